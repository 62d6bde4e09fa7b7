"""The consent CSV opened in a spreadsheet: no cell a resident typed may become a formula,
whichever separator the spreadsheet splits on (Swedish Excel splits on ';')."""

import csv
import io

import pytest

from portal.contact.export import DELIMITER, recipients_csv
from portal.contact.stats import Recipient

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")
NAMES = [
    "x;=1+1;y",
    "x,=1+1,y",
    "x\t=1+1\ty",
    'x";=1+1;"y',
    "x';@SUM(A1)",
    '=HYPERLINK("http://evil.example","x")',
    "-2+3",
    "Anna-Lisa Öberg",
]


def _csv(names):
    rows = [
        Recipient(f"p{i}@example.org", n, "+46701234567", "sv", "https://x/")
        for i, n in enumerate(names)
    ]
    return recipients_csv(rows)


def _naive_cells(text: str, separator: str):
    """How a spreadsheet that ignores quoting would split the file."""
    for line in text.splitlines():
        for cell in line.split(separator):
            yield cell.strip().lstrip('"')


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_no_cell_starts_a_formula_whatever_the_separator(separator):
    text = _csv(NAMES)
    for cell in _naive_cells(text, separator):
        assert not cell.startswith(DANGEROUS), (separator, cell)


def test_every_cell_is_quoted_and_split_on_semicolons_keeping_the_text():
    text = _csv(NAMES)
    assert DELIMITER == ";"
    header, *lines = text.splitlines()
    assert header.startswith('"email";"name"')
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == len(NAMES) + 1
    names = [r[1] for r in rows[1:]]
    assert names[-1] == "Anna-Lisa Öberg"  # ordinary names are untouched
    assert names[0].startswith("x") and "1+1" in names[0]
    for cell in (c for r in rows for c in r):
        assert not cell.startswith(DANGEROUS), cell
