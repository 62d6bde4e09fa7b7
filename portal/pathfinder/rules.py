"""From a reader's answers to a route: what they can start now, what comes next, the job.

Pure rules over plain facts (no database, no translation), so each can be tested alone. The
texts for the reasons are in portal/pathfinder/reasons.py; a reason here is a key and values.

The rules, in words (facts from the City's budget 2022, ../shared/seeds/004_*):
- A programme is open to a reader whose Swedish reaches the level it asks for and whose years
  of school fit its range (sfi study path 1 is 0-6 years, path 2 7-12, path 3 over 12).
- Swedish courses are offered where the reader is on the ladder: sfi while the reader has sfi
  courses left, SVA at the step the reader has reached, sfx only to people with a profession.
- Programmes made for a group (parents on leave, graduates) come first for that group.
- A wish for a place or a pace narrows the choice; if nothing is left, the rule says so and
  shows what there is elsewhere rather than nothing.
- What comes next: in the chosen field, the programmes that ask for more Swedish than the
  reader has now, nearest level first, and the next steps the chosen programmes point to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from portal.models.catalog import Audience, Kind, SwedishLevel
from portal.pathfinder.questions import Answers

LANGUAGE_KINDS = {Kind.SFI, Kind.SFI_JOBB, Kind.SVA, Kind.SFX, Kind.KOMVUX_GRUNDLAGGANDE}
NOT_OFFERED = {Kind.KOMVUX_SARSKILD}  # decided with a counsellor, never by a questionnaire
NOW_LIMIT, NEXT_LIMIT = 5, 3


@dataclass(frozen=True)
class Offer:
    """What the rules need to know about one published programme."""

    id: int
    kind: str
    level: int
    field: str | None = None
    district: str | None = None  # None: remote or the whole city
    pace: int = 100
    min_years: int | None = None
    max_years: int | None = None
    audience: str | None = None
    next_step: int | None = None
    next_start: date | None = None


@dataclass(frozen=True)
class Reason:
    key: str
    values: tuple = ()


@dataclass
class Pick:
    offer: Offer
    reasons: list[Reason] = field(default_factory=list)


@dataclass
class Route:
    now: list[Pick] = field(default_factory=list)
    next: list[Pick] = field(default_factory=list)
    notes: list[Reason] = field(default_factory=list)
    demand_fields: list[str] = field(default_factory=list)

    @property
    def offers(self) -> list[Offer]:
        return [p.offer for p in self.now + self.next]


def fits_schooling(o: Offer, years: tuple[int, int]) -> bool:
    low, high = years
    return not (o.min_years is not None and o.min_years > high) and not (
        o.max_years is not None and o.max_years < low
    )


def language_course_fits(o: Offer, a: Answers) -> bool:
    if o.kind == Kind.SFX:
        return a.lage == "yrke" and a.level <= SwedishLevel.SFI_D
    if o.kind in (Kind.SFI, Kind.SFI_JOBB):
        return a.level <= SwedishLevel.SFI_C
    if o.kind == Kind.SVA:
        return o.level == a.level
    return o.level <= a.level < SwedishLevel.SVA_GRUND  # komvux at compulsory level


def open_to(o: Offer, a: Answers) -> bool:
    if o.kind in NOT_OFFERED or o.audience == Audience.SPECIAL_NEEDS:
        return False
    if o.level > a.level or not fits_schooling(o, a.years):
        return False
    if o.audience == Audience.PARENTS_ON_LEAVE and a.lage != "foraldraledig":
        return False
    if o.kind in LANGUAGE_KINDS:
        return language_course_fits(o, a)
    return True


def in_field(o: Offer, a: Answers, language_field: str) -> bool:
    """Vocational programmes in the reader's field (any field when they are unsure)."""
    if o.kind in LANGUAGE_KINDS and o.field in (None, language_field):
        return False
    return a.field_slug is None or o.field == a.field_slug


def group_rank(o: Offer, a: Answers) -> float:
    """0 for what is made for the reader's own group (sfx before intensive sfi), 1 otherwise."""
    if a.lage == "foraldraledig":
        return 0 if o.audience == Audience.PARENTS_ON_LEAVE else 1
    if a.lage == "yrke":
        return 0 if o.kind == Kind.SFX else 0.5 if o.audience == Audience.GRADUATES else 1
    return 1


def swedish_for(o: Offer, a: Answers, language_field: str) -> bool:
    """Swedish courses: general ones, and those coloured by a job (sfy, sfx) in the reader's."""
    if o.kind not in LANGUAGE_KINDS:
        return False
    return o.field in (None, language_field) or a.field_slug in (None, o.field)


def rank(o: Offer, a: Answers) -> tuple:
    near = not a.districts or o.district in a.districts
    # The reader's own group first, then work-related programmes before Swedish courses.
    return (group_rank(o, a), o.kind in LANGUAGE_KINDS, not near, o.next_start or date.max, o.id)


def narrow(offers: list[Offer], a: Answers, notes: list[Reason]) -> list[Offer]:
    """Apply the wished place and pace; drop a wish (and say so) when it leaves nothing."""
    if a.districts:
        here = [o for o in offers if o.district is None or o.district in a.districts]
        if here:
            offers = here
        elif offers:
            notes.append(Reason("elsewhere"))
    if a.takt in ("heltid", "deltid"):
        full = a.takt == "heltid"
        paced = [o for o in offers if (o.pace >= 100) == full]
        if paced:
            offers = paced
        elif offers:
            notes.append(Reason("other_pace"))
    return offers


def now_reasons(o: Offer, a: Answers) -> list[Reason]:
    reasons = []
    if o.audience == Audience.PARENTS_ON_LEAVE:
        reasons.append(Reason("parents"))
    if o.kind == Kind.SFX:
        reasons.append(Reason("sfx"))
    elif o.kind == Kind.SFI:
        reasons.append(Reason("sfi_path", (a.sfi_path,)))
    if o.level == SwedishLevel.NONE:
        reasons.append(Reason("no_swedish_needed"))
    else:
        reasons.append(Reason("level_reached", (o.kind, o.level, a.level)))
    return reasons


def swedish_to_begin(offers: list[Offer], a: Answers) -> list[Offer]:
    """When nothing fits every answer: the Swedish courses open to the reader anywhere, soonest
    start first, so the route still begins somewhere real."""
    found = [
        o
        for o in offers
        if o.kind in LANGUAGE_KINDS
        and o.kind != Kind.SFX
        and o.audience is None
        and o.level <= a.level
    ]
    return sorted(found, key=lambda o: (o.next_start or date.max, o.id))[:NEXT_LIMIT]


def build_route(offers: list[Offer], a: Answers, language_field: str, demand: list[str]) -> Route:
    route = Route()
    if a.field_slug is None:
        route.demand_fields = list(demand)
    everything, offers = offers, [o for o in offers if fits_schooling(o, a.years)]
    open_now = [o for o in offers if open_to(o, a)]
    vocational = narrow([o for o in open_now if in_field(o, a, language_field)], a, route.notes)
    language = narrow([o for o in open_now if swedish_for(o, a, language_field)], a, [])
    group_first = sorted(
        vocational + [o for o in language if o not in vocational], key=lambda o: rank(o, a)
    )
    for o in group_first[:NOW_LIMIT]:
        route.now.append(Pick(o, now_reasons(o, a)))
    chosen = {p.offer.id for p in route.now}
    by_id = {o.id: o for o in offers}
    later = [
        o
        for o in offers
        if o.id not in chosen
        and o.kind not in NOT_OFFERED | LANGUAGE_KINDS
        and o.level > a.level
        and in_field(o, a, language_field)
        and a.field_slug is not None
    ]
    later.sort(key=lambda o: (o.level, rank(o, a)))  # nearest level first, near home first
    pointed = [
        by_id[p.offer.next_step]
        for p in route.now
        if p.offer.next_step in by_id and in_field(by_id[p.offer.next_step], a, language_field)
    ]
    for o in [*later, *pointed]:
        if o.id not in chosen and len(route.next) < NEXT_LIMIT:
            chosen.add(o.id)
            reason = Reason("when_level", (o.level,)) if o.level > a.level else Reason("after")
            route.next.append(Pick(o, [reason]))
    if not route.now:
        route.notes.append(Reason("nothing_now"))
        route.now = [Pick(o, now_reasons(o, a)) for o in swedish_to_begin(everything, a)]
    elif not any(in_field(p.offer, a, language_field) for p in route.now) and a.field_slug:
        route.notes.append(Reason("swedish_first"))
    return route
