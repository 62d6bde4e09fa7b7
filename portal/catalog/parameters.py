"""The search parameters: one table for the search page, the open-data API and its OpenAPI
document. Names are Swedish path-style words, the same in every language.

Each parameter says which values it accepts; `read` returns the values kept and whether
anything was dropped. The page keeps what it understands (an old shared link still opens);
the API refuses a request with anything dropped, naming the parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from portal.catalog.labels import WITHIN_MONTHS
from portal.i18n import DEFAULT_LOCALE, LOCALES
from portal.models.catalog import Kind, StudyFormat, SwedishLevel
from portal.request_checks import ascii_int

if TYPE_CHECKING:
    from portal.catalog.queries import Vocabulary

MAX_QUERY_LENGTH = 200
MAX_PAGE_SIZE = 100
PACES = (100, 75, 50, 25)
SORTS = ("relevance", "start")
REMOTE = "hela-staden"  # the district choice for programmes not tied to a place


@dataclass(frozen=True)
class Parameter:
    name: str  # in the query string
    attr: str  # the SearchFilters attribute it fills ("" for API-only settings)
    description: str  # English, for the OpenAPI document
    choices: Callable[[Vocabulary], Collection[Any]] | None = None  # values it takes
    integer: bool = False  # values are whole numbers (ASCII digits only)
    minimum: int | None = None
    maximum: int | None = None
    repeatable: bool = False
    flag: bool = False  # "1" is on, "0" off (read as True/False)
    max_length: int | None = None  # free text: whitespace folded, cut at this length
    default: Any = None
    api_only: bool = False

    def allowed(self, vocab: Vocabulary) -> list[Any]:
        return list(self.choices(vocab)) if self.choices else []

    def _value(self, raw: str, vocab: Vocabulary) -> Any:
        """One value as the search uses it, or None when it is not one this parameter takes."""
        value: Any = ascii_int(raw) if self.integer else raw
        if value is None:
            return None
        if self.choices is not None and value not in self.allowed(vocab):
            return None
        if self.minimum is not None and value < self.minimum:
            return None
        if self.maximum is not None and value > self.maximum:
            return None
        return value == "1" if self.flag else value

    def read(self, raw: list[str], vocab: Vocabulary) -> tuple[Any, bool]:
        """(the value, whether every given value was understood)."""
        if self.max_length is not None:
            return " ".join(" ".join(raw[:1]).split())[: self.max_length], len(raw) <= 1
        values = [self._value(r, vocab) for r in raw]
        kept = [v for v in dict.fromkeys(values) if v is not None]
        understood = None not in values and (self.repeatable or len(raw) <= 1)
        if self.repeatable:
            return kept, understood
        return (kept[0] if kept else self.default), understood

    def write(self, value: Any) -> Any:
        """The query-string form of `value`, or None when it is the default (left out)."""
        if value == self.default or value in ([], ""):
            return None
        return "1" if self.flag else value

    def describe(self) -> str:
        """What the API says when a value is refused."""
        if self.integer and self.minimum is not None and self.maximum is not None:
            return f"{self.name}: a whole number from {self.minimum} to {self.maximum}"
        return f"{self.name}: unknown or malformed value"


def _enum(cls) -> Callable[[Vocabulary], list[str]]:
    return lambda vocab: [member.value for member in cls]


PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        "q",
        "q",
        "Free text, matched against titles and texts.",
        max_length=MAX_QUERY_LENGTH,
        default="",
    ),
    Parameter(
        "typ", "kinds", "Kind of programme.", choices=_enum(Kind), repeatable=True, default=[]
    ),
    Parameter(
        "omrade",
        "fields",
        "Field (slug of an occupational field).",
        choices=lambda vocab: list(vocab.field_ids_by_slug),
        repeatable=True,
        default=[],
    ),
    Parameter(
        "niva",
        "level",
        "The reader's Swedish: 0 none, 1-4 sfi A-D, 5 SVA grund, 6 SVA gymnasial. Programmes "
        "asking for that level or less.",
        choices=lambda vocab: [lv.value for lv in SwedishLevel],
        integer=True,
    ),
    Parameter(
        "form",
        "formats",
        "How one studies.",
        choices=_enum(StudyFormat),
        repeatable=True,
        default=[],
    ),
    Parameter(
        "takt",
        "paces",
        "Pace, percent of full time.",
        choices=lambda vocab: PACES,
        integer=True,
        repeatable=True,
        default=[],
    ),
    Parameter(
        "stadsdel",
        "districts",
        f"District slug, or {REMOTE} for programmes not tied to a place.",
        choices=lambda vocab: [*vocab.district_ids_by_slug, REMOTE],
        repeatable=True,
        default=[],
    ),
    Parameter(
        "inom",
        "within",
        "Starts within this many months.",
        choices=lambda vocab: WITHIN_MONTHS,
        integer=True,
    ),
    Parameter(
        "oppen",
        "open_now",
        "1: only programmes open for application today.",
        choices=lambda vocab: ["0", "1"],
        flag=True,
        default=False,
    ),
    Parameter(
        "sort", "sort", "Order of the results.", choices=lambda vocab: SORTS, default="relevance"
    ),
    Parameter(
        "sida",
        "page",
        "Page number (a page past the last gives the last).",
        integer=True,
        minimum=1,
        default=1,
    ),
    Parameter(
        "lang",
        "",
        "Language of the texts (Swedish where not yet translated).",
        choices=lambda vocab: list(LOCALES),
        default=DEFAULT_LOCALE,
        api_only=True,
    ),
    Parameter(
        "per_sida",
        "",
        "Results per page.",
        integer=True,
        minimum=1,
        maximum=MAX_PAGE_SIZE,
        default=20,
        api_only=True,
    ),
)
BY_NAME = {p.name: p for p in PARAMETERS}
SEARCH_PARAMETERS = tuple(p for p in PARAMETERS if not p.api_only)
