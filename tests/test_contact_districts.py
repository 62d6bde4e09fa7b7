"""Where in Stockholm a person would like to work (issue 13: invitations narrowed by district).

Zero or more districts, chosen at sign-up (stored when the owner of the address confirms, like
the other details) or on the manage page, with plain forms that work without JavaScript; shown
in the data download; gone with the person. A mailing narrowed by district reaches those who
chose one of its districts and those who chose none (anywhere), and an invitation to a
recruitment day starts narrowed to the day's own district."""

import json

import pytest
from sqlalchemy import select

from portal.contact import service
from portal.extensions import db
from portal.mailings import audience
from portal.models.contact import Contact
from portal.models.mailing import Mailing
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.contact_helpers import form_fields, links_in, path_of, sign_up, submit
from tests.helpers import page, text_of
from tests.mailing_helpers import person

ADDRESS = "anna@example.org"


@pytest.fixture
def districts(session):
    made = {
        "rinkeby-kista": factories.district("rinkeby-kista", "Rinkeby-Kista"),
        "farsta": factories.district("farsta", "Farsta"),
        "bromma": factories.district("bromma", "Bromma", outer_city=False),
    }
    session.commit()
    return made


def stored(email=ADDRESS) -> Contact | None:
    db.session.expire_all()
    return db.session.scalar(select(Contact).where(Contact.email == email))


def confirm_link(message) -> str:
    return path_of(next(link for link in links_in(message) if "/bekrafta/" in link))


def confirm(client, message):
    path = confirm_link(message)
    shown = client.get(path)
    return shown, submit(client, path, shown.get_data(as_text=True))


@pytest.mark.parametrize(
    ("lang", "question", "farsta"),
    [("sv", "Var i Stockholm vill du jobba?", "Farsta"), ("ar", "أين في ستوكهولم", "فارستا")],
)
def test_districts_chosen_at_sign_up_are_stored_once_the_address_confirms(
    client, districts, smtp, lang, question, farsta
):
    form = page(client.get(f"/{lang}/kontakt"))
    legends = [" ".join(e.get_text().split()) for e in form.select("fieldset legend")]
    assert any(question in legend for legend in legends)
    boxes = form.select('input[type="checkbox"][name="districts"]')
    assert sorted(b["value"] for b in boxes) == sorted(districts)
    assert not any(b.has_attr("checked") for b in boxes)  # anywhere is the default
    for box in boxes:  # every box has its own label
        assert form.select_one(f'label[for="{box["id"]}"]') is not None

    # A slug that is no district is dropped, never stored.
    sign_up(client, lang=lang, email=ADDRESS, districts=["farsta", "bromma", "nowhere"])
    shown, done = confirm(client, smtp.messages[0])
    assert farsta in text_of(page(shown), "main")  # the confirm page shows what is stored
    assert done.status_code == 303
    person_ = stored()
    assert person_.details_confirmed_at is not None
    assert person_.districts == ["farsta", "bromma"]


def test_no_district_chosen_means_anywhere(client, districts, smtp):
    sign_up(client, email=ADDRESS)
    confirm(client, smtp.messages[0])
    assert stored().districts == []


def test_a_registered_persons_new_districts_wait_for_their_confirmation_link(
    client, districts, smtp
):
    sign_up(client, email=ADDRESS, districts=["farsta"])
    confirm(client, smtp.messages[0])

    sign_up(client, email=ADDRESS, districts=["rinkeby-kista"])  # anyone could type this
    assert stored().districts == ["farsta"]
    shown, _done = confirm(client, smtp.messages[-1])  # after the receipt of the first
    assert "Rinkeby-Kista" in text_of(page(shown), "main")
    assert stored().districts == ["rinkeby-kista"]


def test_the_manage_page_changes_districts_and_the_download_shows_them(client, districts, smtp):
    sign_up(client, lang="en", email=ADDRESS, districts=["farsta"])
    _shown, done = confirm(client, smtp.messages[0])
    url = done.headers["Location"].split("?")[0]
    details = page(client.get(url)).select_one('input[name="action"][value="details"]')
    fields = form_fields(str(details.find_parent("form")), "form")
    assert fields["uppgifter-districts"] == ["farsta"]  # what is stored is ticked

    fields["uppgifter-districts"] = ["bromma", "rinkeby-kista"]
    assert client.post(url, data=fields).status_code == 303
    assert stored().districts == ["bromma", "rinkeby-kista"]

    download = client.get(f"{url}/mina-uppgifter.json")
    data = json.loads(download.get_data(as_text=True))
    assert data["contact"]["districts"] == [
        {"slug": "bromma", "name": "Bromma"},
        {"slug": "rinkeby-kista", "name": "Rinkeby-Kista"},
    ]
    graph = data["consent_record"]["@graph"]
    record = next(node for node in graph if node.get("@type") == "dpv:ConsentRecord")
    assert {"@id": "pd:Preference"} in record["dpv:hasPersonalData"]

    # Unticking every district means anywhere again.
    fields["uppgifter-districts"] = []
    assert client.post(url, data=fields).status_code == 303
    assert stored().districts == []


def test_districts_go_with_the_person(client, districts, smtp):
    sign_up(client, email=ADDRESS, districts=["farsta"])
    confirm(client, smtp.messages[0])
    contact = stored()
    service.withdraw(contact, [c.purpose for c in contact.consents])
    assert stored() is None
    leftovers = db.session.scalars(select(Contact.districts)).all()
    assert leftovers == []


def test_the_privacy_notice_says_the_districts_are_stored(client, session):
    notice = text_of(page(client.get("/sv/kontakt")), "main")
    assert "de stadsdelar där du vill jobba om du väljer några" in notice


def narrowed(districts_, interests=()):
    return Mailing(
        purpose="job_invitations", backgrounds=[], interests=list(interests), districts=districts_
    )


def recipients(mailing) -> list[str]:
    people, _last = audience.batch(mailing, 0, 100)
    return sorted(p.email for p in people)


def test_a_mailing_narrowed_by_district_reaches_those_there_and_those_anywhere(session):
    person("farsta@example.org", purpose="job_invitations", districts=["farsta"])
    person("both@example.org", purpose="job_invitations", districts=["bromma", "farsta"])
    person("bromma@example.org", purpose="job_invitations", districts=["bromma"])
    person("anywhere@example.org", purpose="job_invitations", districts=[])
    person(
        "anywhere-sfi@example.org", purpose="job_invitations", districts=[], interests=["swedish"]
    )
    person("newsletter@example.org", purpose="newsletter", districts=["farsta"])

    assert recipients(narrowed(["farsta"])) == [
        "anywhere-sfi@example.org",
        "anywhere@example.org",
        "both@example.org",
        "farsta@example.org",
    ]
    assert recipients(narrowed(["farsta"], interests=["elderly_care"])) == [
        "anywhere@example.org",
        "both@example.org",
        "farsta@example.org",
    ]
    assert len(recipients(narrowed([]))) == 5  # not narrowed: everyone with the purpose
    assert sum(audience.counts(narrowed(["rinkeby-kista"])).values()) == 2  # only anywhere


@pytest.fixture
def officer(app, session):
    user = make_user("handlaggare@stockholm.se", "contact_officer")
    client = app.test_client()
    sign_in(client, user.email)
    return client


def test_an_invitation_starts_narrowed_to_the_days_district_which_the_officer_can_clear(
    officer, districts
):
    day = factories.recruitment_day(district=districts["farsta"])
    db.session.commit()
    path = f"/admin/rekryteringstraffar/{day.id}/bjud-in"
    form = page(officer.get(path))
    ticked = [b["value"] for b in form.select('input[name="districts"]') if b.has_attr("checked")]
    assert ticked == ["farsta"]

    # As the browser sends the form unchanged: narrowed to the day's district.
    data = {"csrf_token": csrf_token(officer, path), "districts": ticked}
    assert officer.post(path, data=data).status_code == 303
    first = db.session.scalars(select(Mailing).order_by(Mailing.id)).all()[-1]
    assert first.districts == ["farsta"]
    shown = text_of(page(officer.get(f"/admin/utskick/{first.id}")), "main")
    assert "Farsta" in shown

    # Unticked: everyone who agreed, wherever they would like to work.
    data = {"csrf_token": csrf_token(officer, path)}
    assert officer.post(path, data=data).status_code == 303
    second = db.session.scalars(select(Mailing).order_by(Mailing.id)).all()[-1]
    assert second.id != first.id and second.districts == []


def test_an_officer_narrows_any_mailing_by_district_and_sees_how_many_it_reaches(
    officer, districts
):
    person("farsta@example.org", purpose="newsletter", districts=["farsta"])
    person("bromma@example.org", purpose="newsletter", districts=["bromma"])
    person("anywhere@example.org", purpose="newsletter", districts=[])
    form = page(officer.get("/admin/utskick/ny"))
    legends = [" ".join(e.get_text().split()) for e in form.select("fieldset legend")]
    assert "Bara personer som vill jobba i" in legends
    data = {
        "csrf_token": csrf_token(officer, "/admin/utskick/ny"),
        "purpose": "newsletter",
        "texts-sv-subject": "Nytt i Farsta",
        "texts-sv-body": "Hej!",
        "districts": ["farsta", "nowhere"],
    }
    response = officer.post("/admin/utskick/ny", data=data)
    assert response.status_code == 303
    mailing = db.session.scalar(select(Mailing))
    assert mailing.districts == ["farsta"]
    shown = text_of(page(officer.get(response.headers["Location"])), "main")
    assert "Vill jobba i: Farsta" in shown
    assert "2 personer skulle få det nu" in shown  # Farsta and anywhere, not Bromma
