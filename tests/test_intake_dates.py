"""The next intake start and open status stored on a programme for search
(portal/catalog/intake_dates.py): kept when intakes are saved, and never trusted past the
days they were computed for, so a search is right on any day with or without a refresh."""

from datetime import timedelta

from portal import clock
from portal.catalog.filters import SearchFilters
from portal.catalog.queries import vocabulary
from portal.catalog.search import search
from portal.extensions import db
from portal.models.catalog import Intake, Programme
from tests import factories


def found(**filters):
    today = clock.today()
    result = search(SearchFilters(**filters), "sv", today, vocabulary())
    slugs = dict(db.session.query(Programme.id, Programme.slug).all())
    return [slugs[i] for i in result.ids]


def test_saving_intakes_stores_the_next_start_and_open_status(session):
    today = clock.today()
    p = factories.programme("Undersköterska", slug="usk", starts_in_days=30, open_now=False)
    session.commit()
    assert (p.next_start, p.open_now) == (today + timedelta(days=30), False)
    p.intakes.append(
        Intake(
            starts_on=today + timedelta(days=10),
            application_opens=today - timedelta(days=1),
            application_closes=today + timedelta(days=5),
        )
    )
    session.commit()
    session.refresh(p)
    assert (p.next_start, p.open_now) == (today + timedelta(days=10), True)
    assert p.version == 1  # a derived value is no editor's change: no optimistic-lock bump
    p.intakes[0].cancelled = True  # the earlier, open one
    session.commit()
    session.refresh(p)
    assert (p.next_start, p.open_now) == (today + timedelta(days=30), False)


def test_a_search_on_a_later_day_is_right_without_a_refresh(session, monkeypatch):
    today = clock.today()
    factories.programme("Snart öppen", slug="snart", starts_in_days=30, open_now=False)
    factories.programme("Startar snart", slug="startar", starts_in_days=2)
    factories.programme("Senare", slug="senare", starts_in_days=60)
    session.commit()
    assert found(open_now=True) == ["startar", "senare"]
    assert found()[0] == "startar"

    later = today + timedelta(days=4)  # "snart" opens on day 3; "startar" started on day 2
    monkeypatch.setattr(clock, "today", lambda: later)
    assert found(open_now=True) == ["snart", "senare"]
    assert found() == ["snart", "senare", "startar"]  # no upcoming intake: last
    assert found(within=1) == ["snart"]


def test_refresh_dates_stores_the_values_for_today(app, session, monkeypatch):
    today = clock.today()
    p = factories.programme("Snart öppen", slug="snart", starts_in_days=30, open_now=False)
    factories.programme("Senare", slug="senare", starts_in_days=200)  # open until day 199
    session.commit()
    later = today + timedelta(days=4)
    monkeypatch.setattr(clock, "today", lambda: later)
    result = app.test_cli_runner().invoke(args=["catalog", "refresh-dates"])
    assert result.exit_code == 0, result.output
    assert "Programmes refreshed: 1." in result.output  # only the one whose window passed
    session.refresh(p)
    assert (p.open_now, p.dates_on) == (True, later)


def test_pages_keep_one_date_order_across_stored_and_worked_out_dates(session, monkeypatch):
    """A search without words reads its page from the stored dates in index order, merged
    with the programmes whose dates must be worked out again: every page follows the one
    order, and no programme is lost or shown twice."""
    today = clock.today()
    for slug, days in (("a", 5), ("b", 10), ("c", 20), ("d", 30), ("e", 40)):
        factories.programme(slug.upper(), slug=slug, starts_in_days=days)
    session.commit()
    monkeypatch.setattr(clock, "today", lambda: today + timedelta(days=6))  # "a" has started

    def page(number):
        result = search(SearchFilters(page=number), "sv", clock.today(), vocabulary(), 2)
        slugs = dict(db.session.query(Programme.id, Programme.slug).all())
        return [slugs[i] for i in result.ids]

    assert [page(1), page(2), page(3)] == [["b", "c"], ["d", "e"], ["a"]]
    assert page(9) == ["a"]  # past the end: the last page
