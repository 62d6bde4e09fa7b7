"""How many SMS segments a text costs, and keeping texts short.

Why texts stay short: one SMS segment carries 160 characters of the GSM 03.38 alphabet
(GSM-7: Latin letters incl. å, ä, ö, é, digits, common punctuation), but only 70 when any
character falls outside it, because the whole text is then sent as UCS-2 (two bytes a
character). Arabic, Persian, Tigrinya and Ukrainian always use UCS-2. A longer text is split
into parts of 153 (GSM-7) or 67 (UCS-2) characters, each billed as one SMS, and phones may
show them out of order. So a reminder says only what is needed (time, place, a link), and the
portal refuses texts over SMS_MAX_SEGMENTS rather than send an expensive, broken message.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The GSM 03.38 default alphabet (the escape character itself left out) ...
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# ... and its extension table: each of these takes two septets (escape + character).
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67


@dataclass(frozen=True)
class Size:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def size(text: str) -> Size:
    """The encoding a phone network would use for `text`, its length and segments."""
    if is_gsm7(text):
        units = sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
        single, part, encoding = GSM7_SINGLE, GSM7_PART, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2  # an emoji takes two
        single, part, encoding = UCS2_SINGLE, UCS2_PART, "UCS-2"
    segments = 1 if units <= single else math.ceil(units / part)
    return Size(encoding, units, segments)


def count(text: str) -> int:
    """How many SMS segments `text` is billed as."""
    return size(text).segments


def shorten(text: str, max_segments: int) -> str:
    """`text`, cut at a word with "..." (GSM-7, so the encoding does not change), to fit."""
    if count(text) <= max_segments:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(" ,.;:") + "..."
        if count(candidate) <= max_segments:
            return candidate
    cut = text
    while cut and count(cut + "...") > max_segments:
        cut = cut[:-1]
    return cut + "..."
