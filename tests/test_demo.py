"""The demo content: true to the sources' kinds of programme, complete in sv and en, never stale."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from portal import clock
from portal.demo import load_demo_content
from portal.models.catalog import Intake, Kind, Programme, ProgrammeTranslation, Status
from portal.models.recruitment import RecruitmentDay


@pytest.fixture
def demo(session):
    load_demo_content()
    return session


def published(session):
    return session.scalars(select(Programme).where(Programme.status == Status.PUBLISHED)).all()


def test_at_least_forty_published_programmes_of_every_kind(demo):
    programmes = published(demo)
    assert len(programmes) >= 40
    assert {p.kind for p in programmes} == {k.value for k in Kind}
    drafts = demo.scalar(select(func.count()).where(Programme.status == Status.DRAFT))
    assert drafts >= 2


def test_every_programme_is_in_swedish_and_english(demo):
    for p in demo.scalars(select(Programme)):
        texts = {t.locale: t for t in p.translations}
        assert {"sv", "en"} <= set(texts), p.slug
        assert all(texts[loc].title and texts[loc].summary for loc in ("sv", "en")), p.slug


def test_care_programmes_have_easy_to_read_swedish(demo):
    care = [p for p in published(demo) if p.field and p.field.slug == "vard-och-omsorg"]
    assert len(care) >= 10
    for p in care:
        sv = next(t for t in p.translations if t.locale == "sv")
        assert sv.easy_summary, p.slug


def test_outcome_figures_name_their_source(demo):
    with_outcome = [p for p in published(demo) if p.outcome_share is not None]
    assert with_outcome
    for p in with_outcome:
        assert p.outcome_source and p.outcome_year and p.outcome_months, p.slug
    combined = [p for p in with_outcome if p.kind == Kind.KOMBINATIONSUTBILDNING]
    assert {(p.outcome_share, p.outcome_months, p.outcome_is_target) for p in combined} == {
        (75, 3, True)
    }


def test_intakes_are_spread_over_the_next_twelve_months(demo):
    today = clock.today()
    for p in published(demo):
        upcoming = [i for i in p.intakes if i.starts_on >= today]
        assert upcoming, p.slug
        assert all(i.starts_on <= today + timedelta(days=366) for i in upcoming), p.slug
    open_now = [p for p in published(demo) if any(i.is_open_on(today) for i in p.intakes)]
    assert 5 <= len(open_now) < len(published(demo))


def test_loading_again_adds_nothing(demo):
    before = demo.scalar(select(func.count()).select_from(ProgrammeTranslation))
    assert load_demo_content() == 0
    assert demo.scalar(select(func.count()).select_from(ProgrammeTranslation)) == before


def test_demo_never_goes_stale(demo, monkeypatch):
    later = clock.today() + timedelta(days=500)
    monkeypatch.setattr(clock, "today", lambda: later)
    assert load_demo_content() > 0
    for p in published(demo):
        assert any(i.starts_on >= later for i in p.intakes), p.slug
    assert load_demo_content() == 0
    assert demo.scalar(select(func.count()).select_from(Intake)) > 0


def test_care_field_and_programmes_in_finnish_arabic_and_somali(demo):
    care = [p for p in published(demo) if p.field and p.field.slug == "vard-och-omsorg"]
    for p in care:
        texts = {t.locale: t for t in p.translations}
        for locale in ("fi", "ar", "so"):
            assert texts[locale].title and texts[locale].summary, (p.slug, locale)
            assert texts[locale].reviewed is False  # not yet checked by a native speaker
    field = care[0].field
    assert {"fi", "ar", "so"} <= {t.locale for t in field.translations}


def test_unreviewed_demo_translation_says_so_to_the_reader(demo, client):
    from tests.helpers import page

    care = next(p for p in published(demo) if p.field and p.field.slug == "vard-och-omsorg")
    soup = page(client.get(f"/ar/utbildningar/{care.slug}"))
    ar_title = next(t.title for t in care.translations if t.locale == "ar")
    assert soup.h1.get_text(strip=True) == ar_title and not soup.h1.get("lang")
    # "Not yet checked by a person", in Arabic, with a way to the Swedish page that applies.
    assert soup.select_one('.notice a[hreflang="sv"]')


def test_demo_recruitment_days_fall_on_weekdays(session, monkeypatch):
    # Loaded on a Monday, a day "in 12 days" would be a Saturday: it moves to the Monday after.
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 30))
    load_demo_content()
    days = session.scalars(select(RecruitmentDay)).all()
    assert days
    assert all(d.day.weekday() < 5 for d in days)
