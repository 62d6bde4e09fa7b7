"""The path finder's questions and the answers a URL carries.

Every answer is a query parameter with a Swedish name (the same in every locale, like the path
words), so each step is a plain GET URL that can be shared and works without JavaScript. A
value that is not one of a question's choices is dropped and the question asked again.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from portal.models.catalog import SwedishLevel

SWEDISH = {
    "ingen": SwedishLevel.NONE,
    "sfi-a": SwedishLevel.SFI_A,
    "sfi-b": SwedishLevel.SFI_B,
    "sfi-c": SwedishLevel.SFI_C,
    "sfi-d": SwedishLevel.SFI_D,
    "sva-grund": SwedishLevel.SVA_GRUND,
    "sva-gymnasial": SwedishLevel.SVA_GYMNASIAL,
}
# Years of school -> (fewest, most) years; the sfi study path follows from them.
SCHOOLING = {"0-6": (0, 6), "7-12": (7, 12), "13-": (13, 40)}
UNSURE = "vet-inte"
PACES = ("heltid", "deltid", "alla")
ANYWHERE = "hela-staden"
SITUATIONS = ("yrke", "foraldraledig", "inget")

# The order the questions are asked in: (parameter, key of the question's texts).
ORDER = ("svenska", "skola", "mal", "takt", "var", "lage")


@cache
def data() -> dict:
    return tomllib.loads((Path(__file__).with_name("data.toml")).read_text("utf-8"))


def areas() -> dict[str, dict]:
    return data()["areas"]


def demand_fields() -> list[str]:
    return list(data()["demand"])


@dataclass
class Answers:
    svenska: str | None = None
    skola: str | None = None
    mal: str | None = None
    takt: str | None = None
    var: str | None = None
    lage: str | None = None
    not_understood: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args, field_slugs: set[str], district_slugs: set[str]) -> Answers:
        allowed = choices(field_slugs, district_slugs)
        answers = cls()
        for name in ORDER:
            value = (args.get(name) or "").strip()
            if not value:
                continue
            if value in allowed[name]:
                setattr(answers, name, value)
            else:
                answers.not_understood.append(name)
        return answers

    def next_question(self) -> str | None:
        return next((name for name in ORDER if getattr(self, name) is None), None)

    def to_args(self, upto: str | None = None) -> dict[str, str]:
        """The answers as query parameters, those before question `upto` only if given."""
        names = ORDER[: ORDER.index(upto)] if upto else ORDER
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}

    @property
    def level(self) -> int:
        return SWEDISH[self.svenska or "ingen"]

    @property
    def years(self) -> tuple[int, int]:
        return SCHOOLING[self.skola or "7-12"]

    @property
    def sfi_path(self) -> int:
        low = self.years[0]
        return 1 if low <= 6 else 2 if low <= 12 else 3

    @property
    def field_slug(self) -> str | None:
        return None if self.mal in (None, UNSURE) else self.mal

    @property
    def districts(self) -> list[str]:
        """Districts the reader wants to study in; empty for anywhere."""
        if self.var in (None, ANYWHERE):
            return []
        return list(areas()[self.var]["districts"]) if self.var in areas() else [self.var]


def choices(field_slugs: set[str], district_slugs: set[str]) -> dict[str, set[str]]:
    return {
        "svenska": set(SWEDISH),
        "skola": set(SCHOOLING),
        "mal": set(field_slugs) | {UNSURE},
        "takt": set(PACES),
        "var": set(district_slugs) | set(areas()) | {ANYWHERE},
        "lage": set(SITUATIONS),
    }
