"""Honest language fallbacks: Swedish inside right-to-left pages is marked left to right, and a
translation older than its Swedish says so and shows the Swedish that changed."""

import pytest

from portal.admin import revisions
from portal.models.catalog import ProgrammeTranslation
from tests import factories
from tests.helpers import page, text_of


@pytest.fixture
def care(session):
    f = factories.field()
    p = factories.programme(
        "Undersköterska, Järva",
        slug="usk",
        field=f,
        district=factories.district(),
        provider=factories.provider(),
        translations=[
            ProgrammeTranslation(
                locale="ar",
                title="مساعد تمريض، يارفا",
                summary="ملخص قديم",
                body="نص",
                source_version=1,
            )
        ],
    )
    sv = next(t for t in p.translations if t.locale == "sv")
    sv.occupation = "Undersköterska"
    session.commit()
    return p


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_swedish_fallback_in_a_right_to_left_page_is_marked_left_to_right(client, care, lang):
    soup = page(client.get(f"/{lang}/utbildningar/usk"))
    assert soup.html["dir"] == "rtl"
    occupation = soup.select_one("#leads-heading").find_next("strong")
    assert occupation.get_text() == "Undersköterska"
    assert occupation["lang"] == "sv" and occupation["dir"] == "ltr"
    field = soup.find("dt", string=lambda s: s and s.strip()).find_next("dd")  # the field's name
    assert field["lang"] == "sv" and field["dir"] == "ltr"  # no Arabic or Persian name yet
    provider = soup.select_one(".programme__facts span[lang=sv]")
    assert provider["dir"] == "ltr"


def test_district_names_are_written_in_the_readers_script(client, care):
    soup = page(client.get("/ar/utbildningar/usk"))
    assert "رينكبي-شيستا" in text_of(soup, ".programme__facts")
    soup = page(client.get("/uk/utbildningar?q=usk"))
    assert "Рінкебю-Шиста" in soup.get_text()


def test_current_translation_has_no_staleness_notice(client, care):
    soup = page(client.get("/ar/utbildningar/usk"))
    assert not soup.select(".notice--stale") and not soup.select(".current-swedish")


def test_stale_translation_says_so_and_shows_the_swedish_that_changed(client, care, session):
    revisions.save_revision(care, None, "baseline")  # the Swedish as the translator saw it
    sv = next(t for t in care.translations if t.locale == "sv")
    sv.summary, sv.source_version = "Ny svensk sammanfattning.", 2
    session.commit()
    soup = page(client.get("/ar/utbildningar/usk"))
    notice = text_of(soup, ".notice--stale")
    assert "نسخة أقدم من النص السويدي" in notice  # in the reader's language
    shown = soup.select(".current-swedish")
    assert len(shown) == 1  # only the summary changed
    current = shown[0].select_one("[lang=sv]")
    assert current["dir"] == "ltr" and current.get_text(strip=True) == "Ny svensk sammanfattning."
    assert "ملخص قديم" in text_of(soup, ".lead")  # the translation is still there
    # Swedish readers see no notice, and readers of another language with no text get the
    # ordinary fallback notice, not the staleness one.
    assert not page(client.get("/sv/utbildningar/usk")).select(".notice--stale")
    assert not page(client.get("/fi/utbildningar/usk")).select(".notice--stale")


def test_stale_without_history_shows_every_swedish_field(client, care, session):
    sv = next(t for t in care.translations if t.locale == "sv")
    sv.source_version = 3
    session.commit()
    soup = page(client.get("/ar/utbildningar/usk"))
    assert soup.select(".notice--stale")
    assert len(soup.select(".current-swedish")) == 4  # title, summary, body, occupation
