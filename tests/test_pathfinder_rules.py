"""The path finder's rules alone: answers and plain programme facts in, a route out."""

from datetime import date

import pytest
from werkzeug.datastructures import MultiDict

from portal.models.catalog import Audience, Kind, SwedishLevel
from portal.pathfinder.questions import Answers
from portal.pathfinder.rules import Offer, build_route

LANG = "svenska-och-grund"
DEMAND = ["vard-och-omsorg", "barn-och-fritid"]
FIELDS = {"vard-och-omsorg", "barn-och-fritid", "transport", "teknik"}
DISTRICTS = {"rinkeby-kista", "spanga-tensta", "farsta", "sodermalm"}
SOON, LATER = date(2027, 1, 10), date(2027, 3, 1)

CATALOGUE = [
    Offer(1, Kind.SFI, 0, LANG, "rinkeby-kista", 100, 0, 6, next_step=5, next_start=SOON),
    Offer(2, Kind.SFI, 0, LANG, "farsta", 100, 7, 12, next_start=SOON),
    Offer(3, Kind.SFI, 0, LANG, None, 50, 13, None, audience=Audience.GRADUATES),
    Offer(4, Kind.SFI, 0, LANG, "rinkeby-kista", 50, audience=Audience.PARENTS_ON_LEAVE),
    Offer(5, Kind.SFI_JOBB, 0, "vard-och-omsorg", "spanga-tensta", 100, 0, 6, next_start=SOON),
    Offer(6, Kind.KOMBINATIONSUTBILDNING, SwedishLevel.SFI_C, "vard-och-omsorg", "rinkeby-kista"),
    Offer(7, Kind.KOMBINATIONSUTBILDNING, SwedishLevel.SFI_B, "vard-och-omsorg", "farsta"),
    Offer(8, Kind.JOBBSPAR, SwedishLevel.SFI_D, "transport", "farsta", next_start=LATER),
    Offer(9, Kind.SVA, SwedishLevel.SVA_GRUND, LANG, "sodermalm", 50),
    Offer(10, Kind.SFX, 0, "teknik", "sodermalm", 100, 13, None),
    Offer(11, Kind.SFX, 0, "transport", "farsta", 100),
    Offer(12, Kind.YRKESUTBILDNING, SwedishLevel.SVA_GRUND, "teknik", "farsta"),
    Offer(13, Kind.YRKESUTBILDNING, SwedishLevel.SVA_GRUND, "vard-och-omsorg", "sodermalm"),
    Offer(14, Kind.KOMVUX_SARSKILD, SwedishLevel.SFI_C, LANG, "sodermalm"),
    Offer(15, Kind.KOMBINATIONSUTBILDNING, SwedishLevel.SFI_C, "barn-och-fritid", "rinkeby-kista"),
]


def route(**answers):
    a = Answers.from_args(MultiDict(answers), FIELDS, DISTRICTS)
    assert a.next_question() is None, a
    return build_route(CATALOGUE, a, LANG, DEMAND)


def ids(picks):
    return [p.offer.id for p in picks]


def keys(pick):
    return [r.key for r in pick.reasons]


BASE = dict(takt="alla", var="hela-staden", lage="inget")


def test_no_swedish_six_years_of_school_starts_on_sfi_study_path_1():
    r = route(svenska="ingen", skola="0-6", mal="vard-och-omsorg", **BASE)
    assert set(ids(r.now)[:2]) == {1, 5}  # sfi study path 1, and sfy in care
    assert 2 not in ids(r.now) and 3 not in ids(r.now)  # other study paths
    sfi = next(p for p in r.now if p.offer.id == 1)
    assert ("sfi_path", (1,)) in [(x.key, x.values) for x in sfi.reasons]
    assert 4 not in ids(r.now)  # made for parents on leave
    assert ids(r.next)[:2] == [7, 6]  # combined programmes, the nearest level first


def test_sfi_c_wanting_elderly_care_in_jarva_begins_a_combined_programme_now():
    r = route(
        svenska="sfi-c", skola="7-12", mal="vard-och-omsorg", takt="alla", var="jarva", lage="inget"
    )
    assert ids(r.now)[0] == 6  # kombinationsutbildning in Rinkeby-Kista, asks for sfi C
    assert "level_reached" in keys(r.now[0])
    assert 14 not in ids(r.now)  # komvux as special education is never suggested
    assert 13 in ids(r.next)  # vocational training once the Swedish reaches SVA
    assert not r.notes


def test_sva_done_wanting_to_drive_a_bus():
    r = route(
        svenska="sva-grund",
        skola="7-12",
        mal="transport",
        takt="heltid",
        var="hela-staden",
        lage="inget",
    )
    assert ids(r.now)[0] == 8  # the bus job track
    assert 9 in ids(r.now)  # SVA at the step reached
    assert 1 not in ids(r.now) and 2 not in ids(r.now)  # sfi is behind this reader


def test_engineer_from_abroad_gets_sfx_for_their_own_profession_first():
    r = route(
        svenska="ingen", skola="13-", mal="teknik", takt="heltid", var="hela-staden", lage="yrke"
    )
    assert ids(r.now)[0] == 10
    assert 11 not in ids(r.now)  # sfx for truck drivers is for another profession
    assert "sfx" in keys(r.now[0])
    assert 12 in ids(r.next)


def test_someone_unsure_is_shown_the_fields_with_most_demand():
    r = route(svenska="sfi-b", skola="7-12", mal="vet-inte", **BASE)
    assert r.demand_fields == DEMAND
    assert 7 in ids(r.now)  # open to them whatever the field


def test_parent_on_leave_gets_sfi_for_parents_first():
    r = route(
        svenska="ingen",
        skola="7-12",
        mal="barn-och-fritid",
        takt="deltid",
        var="jarva",
        lage="foraldraledig",
    )
    assert ids(r.now)[0] == 4
    assert "parents" in keys(r.now[0])
    assert ("swedish_first", ()) in [(n.key, n.values) for n in r.notes]
    assert ids(r.next) == [15]


def test_a_wish_that_matches_nothing_is_dropped_and_said():
    r = route(
        svenska="sva-grund",
        skola="7-12",
        mal="transport",
        takt="deltid",
        var="sodermalm",
        lage="inget",
    )
    assert ids(r.now)[0] == 8
    assert {n.key for n in r.notes} >= {"elsewhere", "other_pace"}


def test_nothing_fits_still_gives_a_route_that_starts_with_swedish():
    a = Answers.from_args(
        MultiDict(dict(svenska="ingen", skola="7-12", mal="teknik", **BASE)), FIELDS, DISTRICTS
    )
    only_vocational = [o for o in CATALOGUE if o.kind == Kind.YRKESUTBILDNING] + [CATALOGUE[1]]
    r = build_route(only_vocational, a, LANG, DEMAND)
    assert "nothing_now" not in [n.key for n in r.notes]
    r = build_route([CATALOGUE[11]], a, LANG, DEMAND)  # no Swedish course at all
    assert [n.key for n in r.notes] == ["nothing_now"] and r.now == []


@pytest.mark.parametrize(
    "args, asked, dropped",
    [
        ({}, "svenska", []),
        ({"svenska": "sfi-q"}, "svenska", ["svenska"]),
        ({"svenska": "sfi-c", "skola": "99"}, "skola", ["skola"]),
        ({"svenska": "sfi-c", "skola": "7-12", "mal": "astronaut"}, "mal", ["mal"]),
        (
            {
                "svenska": "ingen",
                "skola": "0-6",
                "mal": "vet-inte",
                "takt": "alla",
                "var": "<script>",
            },
            "var",
            ["var"],
        ),
    ],
)
def test_answers_out_of_range_ask_the_question_again(args, asked, dropped):
    a = Answers.from_args(MultiDict(args), FIELDS, DISTRICTS)
    assert a.next_question() == asked
    assert a.not_understood == dropped


def test_jarva_means_its_two_districts():
    a = Answers.from_args(MultiDict({"var": "jarva"}), FIELDS, DISTRICTS)
    assert a.districts == ["rinkeby-kista", "spanga-tensta"]
