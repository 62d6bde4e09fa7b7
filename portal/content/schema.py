"""The content files' schema: the dataclasses below ARE the schema.

Each dataclass is one TOML table. A field without a default is a required key; a field with a
default may be left out (TOML has no null, so "none" is written by leaving the key out). Types
are checked from the annotations (str, int, bool, list[...], nested dataclasses, X | None), and
`metadata` adds value rules: `one_of(...)` and `between(lo, hi)`. To add a key, add a field
here; the loader, the schema test and the README's format description follow from it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from portal.i18n import LOCALES
from portal.models.catalog import (
    Audience,
    EmployerKind,
    Kind,
    Status,
    StudyFormat,
    SwedishLevel,
)

# Locale tables appear in this order in new files; the loader accepts any order.
LOCALE_ORDER: tuple[str, ...] = tuple(LOCALES)


def one_of(values: Iterable[object]) -> dict[str, Any]:
    return {"one_of": frozenset(values)}


def between(low: int, high: int) -> dict[str, Any]:
    return {"between": (low, high)}


@dataclass(frozen=True)
class Source:
    key: str
    title: str


@dataclass(frozen=True)
class Provider:
    name: str
    url: str | None = None


@dataclass(frozen=True)
class District:
    slug: str
    name: str  # a Swedish proper name, the same in every locale
    outer_city: bool


@dataclass(frozen=True)
class Employer:
    name: str
    kind: str = dataclasses.field(metadata=one_of(EmployerKind))


@dataclass(frozen=True)
class FieldText:
    name: str
    summary: str = ""
    body: str = ""  # Markdown
    reviewed: bool = False  # checked by a person who writes the language


@dataclass(frozen=True)
class FieldFacts:
    position: int = dataclasses.field(default=0, metadata=between(0, 1000))


@dataclass(frozen=True)
class ProgrammeText:
    title: str
    summary: str
    prerequisites: str = ""
    occupation: str = ""  # what the programme leads to
    easy_summary: str = ""  # lättläst svenska, Swedish only
    reviewed: bool = False  # checked by a person who writes the language
    body: str = ""  # Markdown


@dataclass(frozen=True)
class Outcome:
    share: int = dataclasses.field(metadata=between(0, 100))  # per cent in work ...
    months: int = dataclasses.field(metadata=between(1, 36))  # ... this many months after
    year: int = dataclasses.field(metadata=between(2000, 2100))
    source: str  # a key in sources.toml
    is_target: bool = False  # a target set by the committee, not a measured result


@dataclass(frozen=True)
class IntakePlan:
    starts_in_weeks: int = dataclasses.field(
        metadata=between(0, 104)
    )  # from the day the demo is loaded
    application_weeks: int = dataclasses.field(
        metadata=between(1, 52)
    )  # applications open this long before
    seats: int | None = dataclasses.field(default=None, metadata=between(1, 1000))


@dataclass(frozen=True)
class ProgrammeFacts:
    kind: str = dataclasses.field(metadata=one_of(Kind))
    status: str = dataclasses.field(metadata=one_of(Status))
    format: str = dataclasses.field(metadata=one_of(StudyFormat))
    pace: int = dataclasses.field(metadata=between(1, 100))  # per cent of full time
    swedish_level: str = dataclasses.field(metadata=one_of(level.name for level in SwedishLevel))
    field: str | None = None  # a file in fields/
    provider: str | None = None  # a name in providers.toml
    district: str | None = None  # a slug in districts.toml
    address: str | None = None
    weeks: int | None = dataclasses.field(default=None, metadata=between(1, 260))
    min_schooling_years: int | None = dataclasses.field(default=None, metadata=between(0, 30))
    max_schooling_years: int | None = dataclasses.field(default=None, metadata=between(0, 30))
    apply_url: str | None = None  # the application form; for sfx the regional admission
    # A jobbspår's way in (portal/catalog/way_in.py): whom it goes through and how to reach them.
    apply_via: str | None = None
    apply_address: str | None = None
    apply_phone: str | None = None
    audience: str | None = dataclasses.field(default=None, metadata=one_of(Audience))
    employers: list[str] = dataclasses.field(default_factory=list)  # names in employers.toml
    next_step: str | None = None  # another programme's slug
    outcome: Outcome | None = None
    intakes: list[IntakePlan] = dataclasses.field(default_factory=list)


@dataclass(frozen=True)
class OccupationText:
    name: str
    synonyms: list[str] = dataclasses.field(default_factory=list)  # everyday words, phrases
    description: str = ""  # what the job is
    need: str = ""  # the need in Stockholm, with figures (cite need_source)
    reviewed: bool = False  # checked by a person who writes the language


@dataclass(frozen=True)
class OccupationFacts:
    ssyk: str  # SSYK 2012 code: 4 digits, or a 3-digit group
    field: str | None = None  # a file in fields/
    need_source: str | None = None  # where the figures in `need` come from
    programmes: list[str] = dataclasses.field(default_factory=list)  # slugs that lead to it


@dataclass(frozen=True)
class RecruitmentDayText:
    title: str
    description: str = ""  # Markdown
    directions: str = ""  # how to get there


@dataclass(frozen=True)
class RecruitmentDayFacts:
    in_days: int = dataclasses.field(metadata=between(1, 365))  # from the day the demo is loaded
    starts: str  # "09:30", Stockholm time
    ends: str
    address: str
    district: str | None = None  # a slug in districts.toml
    capacity: int | None = dataclasses.field(default=None, metadata=between(1, 10000))
    employers: list[str] = dataclasses.field(default_factory=list)  # names in employers.toml
    programmes: list[str] = dataclasses.field(default_factory=list)  # programme slugs


class Problems(list[str]):
    """Everything wrong in the content files, each message naming its file and key."""


def build(cls: type, table: object, where: str, problems: Problems) -> Any:
    """`cls` built from a TOML table, or None after adding what is wrong to `problems`."""
    if not isinstance(table, dict):
        problems.append(f"{where}: expected a table")
        return None
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key in table.keys() - known.keys():
        problems.append(f"{where}: unknown key {key!r}")
    values: dict[str, Any] = {}
    ok = True
    for name, spec in known.items():
        required = (
            spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
        )
        if name not in table:
            if required:
                problems.append(f"{where}: missing key {name!r}")
                ok = False
            continue
        before = len(problems)
        value = _convert(hints[name], table[name], f"{where}.{name}", problems)
        if len(problems) == before:
            _check_rules(spec.metadata, value, f"{where}.{name}", problems)
        ok = ok and len(problems) == before
        values[name] = value
    return cls(**values) if ok else None


def _convert(hint: Any, value: object, where: str, problems: Problems) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):  # X | None: TOML leaves the key out for None
        (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(hint, value, where, problems)
    if origin is list:
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list")
            return None
        (item,) = typing.get_args(hint)
        return [_convert(item, v, f"{where}[{i}]", problems) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(hint):
        return build(hint, value, where, problems)  # type: ignore[arg-type]
    # bool is an int in Python, never in TOML: check it exactly.
    if type(value) is not hint:
        problems.append(f"{where}: expected {hint.__name__}, got {type(value).__name__}")
        return None
    return value.strip() if isinstance(value, str) else value


def _check_rules(rules: typing.Mapping[str, Any], value: object, where: str, problems: Problems):
    if value is None:
        return
    if "one_of" in rules and value not in rules["one_of"]:
        allowed = ", ".join(sorted(str(v) for v in rules["one_of"]))
        problems.append(f"{where}: {value!r} is not one of {allowed}")
    if "between" in rules:
        low, high = rules["between"]
        if not low <= value <= high:
            problems.append(f"{where}: {value!r} is not between {low} and {high}")
