"""The search form's state, parsed from the query string (parameters.py says which).

Unknown or malformed values are dropped, never errors: a shared link with an old filter
value still opens, showing what still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from werkzeug.datastructures import MultiDict

from portal.catalog.parameters import MAX_QUERY_LENGTH, PACES, REMOTE, SEARCH_PARAMETERS, SORTS

if TYPE_CHECKING:
    from portal.catalog.queries import Vocabulary

__all__ = ["MAX_QUERY_LENGTH", "PACES", "REMOTE", "SORTS", "SearchFilters"]


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
    def from_args(cls, args: MultiDict, vocab: Vocabulary) -> SearchFilters:
        """The state the query string asks for; values not understood are left out."""
        return cls(**{p.attr: p.read(args.getlist(p.name), vocab)[0] for p in SEARCH_PARAMETERS})

    def to_args(self, **changes: Any) -> dict[str, Any]:
        """Query-string arguments for this state (with `changes`), for links and pagination."""
        state = {**self.__dict__, **changes}
        args = {p.name: p.write(state[p.attr]) for p in SEARCH_PARAMETERS}
        return {k: v for k, v in args.items() if v is not None}

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
