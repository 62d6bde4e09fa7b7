"""The choices each search facet offers, labelled in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _

from portal.catalog import labels
from portal.catalog.filters import PACES, REMOTE
from portal.catalog.places import place_name


@dataclass(frozen=True)
class Option:
    value: Any  # as it appears in the URL
    label: str
    key: Any  # as search.py counts it


def facet_options(vocab, locale: str, pace_label) -> dict[str, list[Option]]:
    from portal.catalog.queries import localized_field

    return {
        "kind": [Option(k.value, str(label), k.value) for k, label in labels.KIND_LABELS.items()],
        "field": [
            Option(f.slug, localized_field(f, locale).name.value, f.id) for f in vocab.fields
        ],
        "format": [Option(k.value, str(lb), k.value) for k, lb in labels.FORMAT_LABELS.items()],
        "pace": [Option(p, pace_label(p), p) for p in PACES],
        "district": [Option(d.slug, place_name(d.name), d.id) for d in vocab.districts]
        + [Option(REMOTE, _("Remote or the whole city"), None)],
    }
