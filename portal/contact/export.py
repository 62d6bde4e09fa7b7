"""The consent export: the people who agreed to hear about one purpose, as a CSV file an
officer opens in a spreadsheet."""

from __future__ import annotations

import csv
import io

from portal.contact.stats import contacts_for_purpose

HEADER = ["email", "name", "phone", "language", "withdraw_url"]


def consents_csv(purpose: str) -> tuple[str, int]:
    """The CSV text for `purpose` and how many people it lists."""
    recipients = contacts_for_purpose(purpose)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for r in recipients:
        writer.writerow([_cell(v) for v in (r.email, r.name, r.phone, r.locale, r.withdraw_url)])
    return out.getvalue(), len(recipients)


def _cell(value: str | None) -> str:
    """A CSV cell a spreadsheet will not run: residents type their own names, and a name
    starting with = + - @ would otherwise be taken as a formula."""
    text = value or ""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
