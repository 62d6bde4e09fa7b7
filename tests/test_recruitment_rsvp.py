"""Answering an invitation through its signed link, without an account: in Swedish and
Arabic, with htmx and as a plain form; capacity, the day passed, a cancelled day and a
withdrawn consent each say so clearly and store nothing."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.recruitment import DayStatus, Invitation
from tests import factories
from tests.recruitment_helpers import answer_path, invited

HTMX = {"HX-Request": "true"}
TEXTS = {
    "sv": {
        "coming": "Tack. Vi har antecknat att du kommer.",
        "not_coming": "Tack. Vi har antecknat att du inte kan komma.",
        "full": "alla platser",
        "past": "redan varit",
        "cancelled": "inställd",
        "withdrawn": "återkallat",
    },
    "ar": {
        "coming": "شكرًا. سجّلنا أنك ستحضر.",
        "not_coming": "شكرًا. سجّلنا أنك لا تستطيع الحضور.",
        "full": "جميع الأماكن",
        "past": "انعقد",
        "cancelled": "أُلغي",
        "withdrawn": "سحبت",
    },
}


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def answer(client, path, value, headers=None):
    page = client.get(path)
    data = {"answer": value, "csrf_token": token_of(page.text)}
    return client.post(path, data=data, headers=headers or {})


def stored(invitation_id):
    db.session.expire_all()
    return db.session.get(Invitation, invitation_id)


@pytest.fixture
def day(session):
    d = factories.recruitment_day(texts={"ar": "يوم التوظيف في كيستا"}, capacity=2)
    session.commit()
    return d


@pytest.mark.parametrize("locale", ["sv", "ar"])
def test_without_javascript_the_answer_is_posted_redirected_and_shown(client, day, locale):
    person, invitation = invited(day, f"p-{locale}@example.org", locale=locale)
    path = answer_path(person, day, locale)
    page = client.get(path)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    soup = BeautifulSoup(page.text, "html.parser")
    assert soup.html["lang"] == locale
    form = soup.select_one("form.rsvp__form")
    assert form["method"] == "post" and form["action"] == path
    response = answer(client, path, "coming")
    assert response.status_code == 303
    shown = client.get(response.headers["Location"])
    assert TEXTS[locale]["coming"] in shown.text
    assert stored(invitation.id).answer == "coming"
    assert stored(invitation.id).answered_at is not None
    answer(client, path, "not_coming")  # changed before the day
    assert stored(invitation.id).answer == "not_coming"
    assert TEXTS[locale]["not_coming"] in client.get(path + "?svar=sparat").text


@pytest.mark.parametrize("locale", ["sv", "ar"])
def test_with_htmx_the_answer_comes_back_as_a_fragment(client, day, locale):
    person, invitation = invited(day, f"h-{locale}@example.org", locale=locale)
    path = answer_path(person, day, locale)
    response = answer(client, path, "coming", headers=HTMX)
    assert response.status_code == 200
    assert "<html" not in response.text and 'id="answer"' in response.text
    assert 'id="answer-result"' in response.text
    assert TEXTS[locale]["coming"] in response.text
    assert stored(invitation.id).answer == "coming"


def test_an_answer_without_the_csrf_token_is_refused(client, day):
    person, invitation = invited(day, "x@example.org")
    response = client.post(answer_path(person, day), data={"answer": "coming"})
    assert response.status_code == 400
    assert stored(invitation.id).answer == "none"


@pytest.mark.parametrize("locale", ["sv", "ar"])
def test_when_the_places_are_taken_coming_is_refused_clearly(client, day, locale):
    for n in range(2):
        invited(day, f"full{n}@example.org", answer="coming")
    person, invitation = invited(day, f"late-{locale}@example.org", locale=locale)
    response = answer(client, answer_path(person, day, locale), "coming")
    assert response.status_code == 409
    assert TEXTS[locale]["full"] in response.text
    assert stored(invitation.id).answer == "none"
    # "I can't come" is still possible, and someone already coming keeps their place
    answer(client, answer_path(person, day, locale), "not_coming")
    assert stored(invitation.id).answer == "not_coming"


@pytest.mark.parametrize("locale", ["sv", "ar"])
@pytest.mark.parametrize("reason", ["past", "cancelled", "withdrawn"])
def test_a_closed_invitation_says_why_and_stores_nothing(client, session, day, locale, reason):
    person, invitation = invited(
        day,
        f"c-{reason}-{locale}@example.org",
        locale=locale,
        state="withdrawn" if reason == "withdrawn" else "active",
        answer="coming",
    )
    if reason == "past":
        day.day = clock.today() - timedelta(days=1)
    if reason == "cancelled":
        day.status = DayStatus.CANCELLED
    session.commit()
    path = answer_path(person, day, locale)
    page = client.get(path)
    assert TEXTS[locale][reason] in page.text
    assert "rsvp__form" not in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is None  # no form, so no token either
    response = client.post(path, data={"answer": "not_coming"})
    assert response.status_code in (400, 409)
    assert stored(invitation.id).answer == "coming"


def test_a_tampered_link_is_refused(client, day):
    person, _ = invited(day, "t@example.org")
    response = client.get(answer_path(person, day) + "x")
    assert response.status_code == 404


def test_the_answer_can_be_given_on_the_day_itself(client, session, day):
    day.day = clock.today()
    session.commit()
    person, invitation = invited(day, "today@example.org")
    answer(client, answer_path(person, day), "coming")
    assert stored(invitation.id).answer == "coming"


def test_a_link_for_a_person_never_invited_to_that_day_still_answers_once(client, session, day):
    person, invitation = invited(day, "o@example.org")
    other = factories.recruitment_day("Annan träff")
    session.commit()
    answer(client, answer_path(person, other), "coming")
    rows = db.session.scalars(select(Invitation).where(Invitation.contact_id == person.id)).all()
    assert sorted(r.day_id for r in rows) == sorted([day.id, other.id])
