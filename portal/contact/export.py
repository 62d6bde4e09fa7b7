"""The consent export: the people who agreed to hear about one purpose, as a CSV file an
officer opens in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re

from portal.contact.stats import Recipient, contacts_for_purpose

HEADER = ["email", "name", "phone", "language", "withdraw_url"]
DELIMITER = ";"  # Excel with Swedish settings splits on semicolons


def consents_csv(purpose: str) -> tuple[str, int]:
    """The CSV text for `purpose` and how many people it lists."""
    recipients = contacts_for_purpose(purpose)
    return recipients_csv(recipients), len(recipients)


def recipients_csv(recipients: list[Recipient]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    for r in recipients:
        values = (r.email, r.name, r.phone, r.locale, r.withdraw_url)
        writer.writerow([spreadsheet_cell(v) for v in values])
    return out.getvalue()


def spreadsheet_cell(value: str | None) -> str:
    """A cell no spreadsheet will run as a formula (the OWASP rule, applied at the start of the
    cell and after every separator or quote, since a spreadsheet may split on ',', ';' or tab
    whatever the file uses): residents type their own names. Line breaks and tabs become
    spaces; nothing else a resident typed is changed."""
    text = _CONTROL.sub(" ", value or "")
    return _FORMULA_START.sub(r"\1'", text)


_CONTROL = re.compile(r"[\t\r\n]")
# A formula character at the start of the text or of any piece a separator or quote begins.
_FORMULA_START = re.compile(r"((?:^|[;,\"'])\s*)(?=[=+\-@])")
