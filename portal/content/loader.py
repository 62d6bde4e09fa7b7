"""Read the content files into typed records, checking every file against portal.content.schema.

One programme or field per file, named by its slug, with its facts at the top and one table per
locale (`[sv]`, `[en]`, ...). Providers, districts, employers and sources are small list files.
Everything wrong is reported at once, each problem naming its file and key.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, Generic, TypeVar

from portal.content.schema import (
    LOCALE_ORDER,
    District,
    Employer,
    FieldFacts,
    FieldText,
    OccupationFacts,
    OccupationText,
    Problems,
    ProgrammeFacts,
    ProgrammeText,
    Provider,
    RecruitmentDayFacts,
    RecruitmentDayText,
    Source,
    build,
)
from portal.models.catalog import Kind

CONTENT_DIR = Path(__file__).parent

Facts = TypeVar("Facts")
Text = TypeVar("Text")


class ContentError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("Content files have problems:\n" + "\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Localized(Generic[Facts, Text]):
    """One file of facts with its text per locale."""

    slug: str
    facts: Facts
    texts: dict[str, Text]


FieldEntry = Localized[FieldFacts, FieldText]
ProgrammeEntry = Localized[ProgrammeFacts, ProgrammeText]
OccupationEntry = Localized[OccupationFacts, OccupationText]
RecruitmentDayEntry = Localized[RecruitmentDayFacts, RecruitmentDayText]


@dataclass(frozen=True)
class Content:
    sources: dict[str, str]  # key -> full title, as cited under an outcome figure
    providers: list[Provider]
    districts: list[District]
    employers: list[Employer]
    fields: list[FieldEntry]
    programmes: list[ProgrammeEntry]
    occupations: list[OccupationEntry] = field(default_factory=list)
    recruitment_days: list[RecruitmentDayEntry] = field(default_factory=list)


def _read(path: Path, problems: Problems) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        problems.append(f"{path.name}: {e}")
        return {}


def _list_file(root: Path, name: str, table: str, cls: type, problems: Problems) -> list[Any]:
    """A file of `[[table]]` entries, such as providers.toml's `[[provider]]`."""
    data = _read(root / name, problems)
    for key in data.keys() - {table}:
        problems.append(f"{name}: unknown key {key!r}")
    entries = data.get(table, [])
    built = [build(cls, e, f"{name} [[{table}]] {i + 1}", problems) for i, e in enumerate(entries)]
    return [e for e in built if e is not None]


def _localized(
    folder: Path, facts_cls: type, text_cls: type, problems: Problems
) -> list[Localized[Any, Any]]:
    entries = []
    for path in sorted(folder.glob("*.toml")):
        where = f"{folder.name}/{path.name}"
        data = _read(path, problems)
        facts = build(
            facts_cls, {k: v for k, v in data.items() if k not in LOCALE_ORDER}, where, problems
        )
        texts = {
            loc: build(text_cls, data[loc], f"{where} [{loc}]", problems)
            for loc in LOCALE_ORDER
            if loc in data
        }
        if "sv" not in texts:
            problems.append(f"{where}: missing the Swedish table [sv]")
        if facts is not None and None not in texts.values():
            entries.append(Localized(path.stem, facts, texts))
    return entries


def _sources(root: Path, problems: Problems) -> dict[str, str]:
    data = _read(root / "sources.toml", problems)
    sources = [
        build(Source, {"key": k, "title": v}, f"sources.toml {k}", problems)
        for k, v in data.items()
    ]
    return {s.key: s.title for s in sources if s is not None}


def _check_references(content: Content, problems: Problems) -> None:
    fields = {f.slug for f in content.fields}
    providers = {p.name for p in content.providers}
    districts = {d.slug for d in content.districts}
    employers = {e.name for e in content.employers}
    programmes = {p.slug for p in content.programmes}
    for p in content.programmes:
        where, f = f"programmes/{p.slug}.toml", p.facts
        for key, value, known in (
            ("field", f.field, fields),
            ("provider", f.provider, providers),
            ("district", f.district, districts),
            ("next_step", f.next_step, programmes),
            ("outcome.source", f.outcome and f.outcome.source, content.sources),
        ):
            if value is not None and value not in known:
                problems.append(f"{where}: {key} {value!r} is not in the content files")
        problems.extend(
            f"{where}: employer {name!r} is not in employers.toml"
            for name in f.employers
            if name not in employers
        )
        low, high = f.min_schooling_years, f.max_schooling_years
        if low is not None and high is not None and low > high:
            problems.append(f"{where}: min_schooling_years is above max_schooling_years")
    for o in content.occupations:
        where = f"occupations/{o.slug}.toml"
        if o.facts.field is not None and o.facts.field not in fields:
            problems.append(f"{where}: field {o.facts.field!r} is not in the content files")
        if not (o.facts.ssyk.isdigit() and len(o.facts.ssyk) in (3, 4)):
            problems.append(f"{where}: ssyk {o.facts.ssyk!r} is not an SSYK 2012 code")
        problems.extend(
            f"{where}: programme {slug!r} is not in the content files"
            for slug in o.facts.programmes
            if slug not in programmes
        )
    for r in content.recruitment_days:
        _check_recruitment_day(r, districts, employers, programmes, problems)
    for kind, names in (
        ("district", [d.slug for d in content.districts]),
        ("provider", [p.name for p in content.providers]),
        ("employer", [e.name for e in content.employers]),
    ):
        problems.extend(f"{kind} {n!r} appears twice" for n in set(names) if names.count(n) > 1)


def _check_recruitment_day(r, districts, employers, programmes, problems: Problems) -> None:
    where, f = f"recruitment_days/{r.slug}.toml", r.facts
    if f.district is not None and f.district not in districts:
        problems.append(f"{where}: district {f.district!r} is not in the content files")
    problems.extend(
        f"{where}: employer {name!r} is not in employers.toml"
        for name in f.employers
        if name not in employers
    )
    problems.extend(
        f"{where}: programme {slug!r} is not in the content files"
        for slug in f.programmes
        if slug not in programmes
    )
    times = []
    for key in ("starts", "ends"):
        try:
            times.append(time.fromisoformat(getattr(f, key)))
        except ValueError:
            problems.append(f"{where}: {key} {getattr(f, key)!r} is not a time like 09:30")
    if len(times) == 2 and times[1] <= times[0]:
        problems.append(f"{where}: ends is not after starts")


def load_content(root: Path = CONTENT_DIR) -> Content:
    """All content files under `root`, checked; raises ContentError listing every problem."""
    problems = Problems()
    kind_order = {kind.value: i for i, kind in enumerate(Kind)}
    programmes = _localized(root / "programmes", ProgrammeFacts, ProgrammeText, problems)
    content = Content(
        sources=_sources(root, problems),
        providers=_list_file(root, "providers.toml", "provider", Provider, problems),
        districts=_list_file(root, "districts.toml", "district", District, problems),
        employers=_list_file(root, "employers.toml", "employer", Employer, problems),
        fields=_localized(root / "fields", FieldFacts, FieldText, problems),
        # Grouped by kind, as the catalogue lists them; ties in listings fall back to this order.
        programmes=sorted(programmes, key=lambda p: (kind_order[p.facts.kind], p.slug)),
        occupations=_localized(root / "occupations", OccupationFacts, OccupationText, problems),
        recruitment_days=_localized(
            root / "recruitment_days", RecruitmentDayFacts, RecruitmentDayText, problems
        ),
    )
    _check_references(content, problems)
    if problems:
        raise ContentError(problems)
    return content


@functools.cache
def content() -> Content:
    """The portal's own content files, read once per process."""
    return load_content()
