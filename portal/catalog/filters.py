"""The search form's state, parsed from the query string.

Unknown or malformed values are dropped, never errors: a shared link with an old filter
value still opens, showing what still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkzeug.datastructures import MultiDict

from portal.catalog.labels import WITHIN_MONTHS
from portal.models.catalog import Kind, StudyFormat, SwedishLevel
from portal.request_checks import ascii_int

MAX_QUERY_LENGTH = 200
PACES = (100, 75, 50, 25)
SORTS = ("relevance", "start")
REMOTE = "hela-staden"  # the district choice for programmes not tied to a place


@dataclass
class SearchFilters:
    q: str = ""
    kinds: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    level: int | None = None
    formats: list[str] = field(default_factory=list)
    paces: list[int] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    within: int | None = None
    open_now: bool = False
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_args(
        cls, args: MultiDict, field_slugs: set[str], district_slugs: set[str]
    ) -> SearchFilters:
        def known(name: str, allowed) -> list:
            return [v for v in dict.fromkeys(args.getlist(name)) if v in allowed]

        level = ascii_int(args.get("niva"))
        within = ascii_int(args.get("inom"))
        page = ascii_int(args.get("sida"))
        sort = args.get("sort", "relevance")
        paces = [p for p in dict.fromkeys(ascii_int(v) for v in args.getlist("takt")) if p in PACES]
        return cls(
            q=" ".join(args.get("q", "").split())[:MAX_QUERY_LENGTH],
            kinds=known("typ", {k.value for k in Kind}),
            fields=known("omrade", field_slugs),
            level=level if level in {lv.value for lv in SwedishLevel} else None,
            formats=known("form", {f.value for f in StudyFormat}),
            paces=paces,
            districts=known("stadsdel", district_slugs | {REMOTE}),
            within=within if within in WITHIN_MONTHS else None,
            open_now=args.get("oppen") == "1",
            sort=sort if sort in SORTS else "relevance",
            page=page if page and page > 0 else 1,
        )

    def to_args(self, **changes: Any) -> dict[str, Any]:
        """Query-string arguments for this state (with `changes`), for links and pagination."""
        state = {**self.__dict__, **changes}
        args = {
            "q": state["q"] or None,
            "typ": state["kinds"],
            "omrade": state["fields"],
            "niva": state["level"],
            "form": state["formats"],
            "takt": state["paces"],
            "stadsdel": state["districts"],
            "inom": state["within"],
            "oppen": "1" if state["open_now"] else None,
            "sort": state["sort"] if state["sort"] != "relevance" else None,
            "sida": state["page"] if state["page"] > 1 else None,
        }
        return {k: v for k, v in args.items() if v not in (None, [], "")}

    def cache_key(self) -> tuple:
        """The state as hashable plain data (page and sort included)."""
        args = self.to_args(page=self.page)
        return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in args.items()))

    @property
    def active(self) -> bool:
        return bool(self.to_args(page=1, sort="relevance"))

    @property
    def active_count(self) -> int:
        """How many filters are set (the text query is not a filter)."""
        lists = (self.kinds, self.fields, self.formats, self.paces, self.districts)
        single = (self.level is not None, self.within is not None, self.open_now)
        return sum(len(x) for x in lists) + sum(single)
