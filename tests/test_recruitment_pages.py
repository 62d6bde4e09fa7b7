"""Recruitment days in public: the list, the day page with its schema.org Event, the days on
programme and field pages, in every locale, without JavaScript and without a cookie."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.contact import OutboxMessage
from portal.models.recruitment import DayStatus, Invitation
from tests import factories
from tests.contact_helpers import LINK, path_of, submit


@pytest.fixture
def day(session):
    care = factories.field()
    programme = factories.programme("Jobbspår hemtjänst", slug="jobbspar-hemtjanst", field=care)
    d = factories.recruitment_day(
        "Träffa hemtjänsten i Kista",
        texts={"ar": "قابل خدمة الرعاية المنزلية في كيستا"},
        district=factories.district(),
        programmes=[programme],
        employers=[factories.employer()],
        slug="traff-kista",
    )
    session.commit()
    return d


def json_ld(html: str) -> dict:
    (script,) = BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]')
    return json.loads(script.string)


@pytest.mark.parametrize("locale", list(LOCALES))
def test_the_list_and_the_day_page_answer_in_every_locale(client, day, locale):
    listing = client.get(f"/{locale}/rekryteringstraffar")
    assert listing.status_code == 200
    assert "/rekryteringstraffar/traff-kista" in listing.text
    page = client.get(f"/{locale}/rekryteringstraffar/traff-kista")
    assert page.status_code == 200
    assert "Kista torg 7" in page.text and "Hemtjänsten i Rinkeby-Kista" in page.text


def test_arabic_reads_its_own_title_and_swedish_fallback_is_marked(client, day):
    ar = BeautifulSoup(client.get("/ar/rekryteringstraffar/traff-kista").text, "html.parser")
    assert ar.html["dir"] == "rtl"
    assert ar.h1.get_text(strip=True) == "قابل خدمة الرعاية المنزلية في كيستا"
    fi = BeautifulSoup(client.get("/fi/rekryteringstraffar/traff-kista").text, "html.parser")
    assert fi.h1.get_text(strip=True) == "Träffa hemtjänsten i Kista"
    assert fi.h1["lang"] == "sv"


def test_the_event_json_ld_carries_start_end_place_and_organiser(client, day):
    data = json_ld(client.get("/sv/rekryteringstraffar/traff-kista").text)
    assert data["@type"] == "Event"
    assert data["startDate"] == f"{day.day.isoformat()}T09:30:00+" + data["startDate"][-5:]
    assert data["endDate"].startswith(f"{day.day.isoformat()}T15:00:00")
    assert data["location"]["address"]["streetAddress"] == "Kista torg 7"
    assert data["organizer"]["name"] == "Stockholms stad"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["url"].startswith("http") and data["url"].endswith(
        "/sv/rekryteringstraffar/traff-kista"
    )


def test_the_event_names_the_language_its_texts_are_in(client, day):
    assert json_ld(client.get("/ar/rekryteringstraffar/traff-kista").text)["inLanguage"] == "ar"
    # Finnish has no text of its own: the Swedish one is shown, and said to be Swedish.
    assert json_ld(client.get("/fi/rekryteringstraffar/traff-kista").text)["inLanguage"] == "sv"


def test_a_past_day_says_it_has_taken_place_and_offers_no_sign_up(client, session):
    factories.recruitment_day("Förra månadens träff", in_days=-30, slug="gammal")
    session.commit()
    for locale, said in (("sv", "har redan varit"), ("ar", "لقد انعقد يوم التوظيف هذا بالفعل")):
        page = client.get(f"/{locale}/rekryteringstraffar/gammal")
        assert page.status_code == 200
        assert "traff=gammal" not in page.text  # no "I'm interested" for a day gone by
        assert said in page.text


def test_a_cancelled_day_says_so_on_the_page_and_in_the_event(client, session, day):
    day.status = DayStatus.CANCELLED
    session.commit()
    page = client.get("/sv/rekryteringstraffar/traff-kista")
    assert json_ld(page.text)["eventStatus"] == "https://schema.org/EventCancelled"
    assert "inställd" in page.text.lower()
    assert "Jag är intresserad" not in page.text  # no sign-up for a cancelled day


def test_past_days_leave_the_list(client, session, day):
    factories.recruitment_day("Förra månadens träff", in_days=-30, slug="gammal")
    session.commit()
    listing = client.get("/sv/rekryteringstraffar").text
    assert "traff-kista" in listing and "gammal" not in listing


def test_days_show_on_their_programme_page_and_on_the_field_page(client, day):
    for url in ("/sv/utbildningar/jobbspar-hemtjanst", "/sv/omraden/vard-och-omsorg"):
        page = client.get(url)
        assert "/sv/rekryteringstraffar/traff-kista" in page.text, url
    factories.programme("Sfi", slug="sfi-annan")
    from portal.extensions import db

    db.session.commit()
    assert "/rekryteringstraffar/traff-kista" not in client.get("/sv/utbildningar/sfi-annan").text


def test_i_am_interested_signs_up_for_invitations_and_remembers_the_day(client, day):
    page = BeautifulSoup(client.get("/sv/rekryteringstraffar/traff-kista").text, "html.parser")
    link = page.find("a", string=re.compile("Jag är intresserad"))["href"]
    step1 = client.get(link)
    assert 'name="recruitment_day" type="hidden" value="traff-kista"' in step1.text.replace(
        'type="hidden" name="recruitment_day"', 'name="recruitment_day" type="hidden"'
    )
    step2 = submit(client, "/sv/kontakt", step1.text, background="other", action="next")
    ticked = BeautifulSoup(step2.text, "html.parser").find(
        "input", {"name": "purpose_job_invitations"}
    )
    assert ticked.has_attr("checked")
    step3 = submit(client, "/sv/kontakt", step2.text, action="next")
    step4 = submit(
        client, "/sv/kontakt", step3.text, action="next", email="ida@example.org", language="ar"
    )
    done = submit(client, "/sv/kontakt", step4.text, action="next")
    assert done.status_code == 303
    assert db.session.scalars(select(Invitation)).all() == []  # nothing before confirming
    confirm = next(
        m for m in db.session.scalars(select(OutboxMessage)) if "/kontakt/bekrafta/" in m.text_body
    )
    path = path_of(LINK.findall(confirm.text_body)[0])
    page = client.get(path)
    client.post(
        path,
        data={
            "csrf_token": re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text).group(1)
        },
    )
    db.session.expire_all()
    (invitation,) = db.session.scalars(select(Invitation)).all()
    assert invitation.day_id == day.id and invitation.answer == "none"
    invitation_mail = next(
        m
        for m in db.session.scalars(select(OutboxMessage))
        if "/rekryteringstraffar/svar/" in m.text_body
    )
    assert invitation_mail.to_address == "ida@example.org"
    assert "/ar/rekryteringstraffar/svar/" in invitation_mail.text_body  # in the language chosen


@pytest.mark.parametrize("path", ["/sv/rekryteringstraffar", "/ar/rekryteringstraffar/traff-kista"])
def test_reading_the_pages_sets_no_cookie(client, day, path):
    response = client.get(path)
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "public, max-age=60"


def test_the_list_is_in_the_sitemap_and_the_navigation(client, day):
    sitemap = client.get("/sitemap.xml").text
    assert "/sv/rekryteringstraffar</loc>" in sitemap
    assert "/ar/rekryteringstraffar/traff-kista</loc>" in sitemap
    start = client.get("/sv/").text
    assert 'href="/sv/rekryteringstraffar"' in start


def test_a_short_link_leads_to_the_day(client, day):
    response = client.get(f"/ar/traff/{day.id}")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/ar/rekryteringstraffar/traff-kista")


def test_the_demo_days_come_from_the_content_files_in_every_locale(app, client):
    from portal.demo import load_demo_content
    from portal.models.recruitment import RecruitmentDay

    with app.app_context():
        load_demo_content()
        load_demo_content()  # again: nothing doubled
        demo = db.session.scalars(select(RecruitmentDay)).all()
        assert len(demo) == 2
        for d in demo:
            assert {t.locale for t in d.translations} == set(LOCALES)
            assert d.employers and d.programmes and d.district is not None
    listing = client.get("/ar/rekryteringstraffar").text
    assert "يوم توظيف: وظائف في رعاية المسنين في يارفا" in listing
