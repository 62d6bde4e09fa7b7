"""Editors make new field pages (yrkesområden) and delete unused ones: a new page is public at
once under an address word made from its Swedish name; one that programmes or occupations
use is not deleted, and says why. Both keep revisions and are audited."""

from sqlalchemy import select

from portal.admin.revisions import snapshot
from portal.extensions import db
from portal.models.admin import ProgrammeDraft
from portal.models.catalog import Field
from tests import factories
from tests.admin_helpers import make_user, sign_in
from tests.helpers import page, text_of
from tests.test_admin_reference_data import actions, form, revisions

NEW = "/admin/omraden/ny"


def test_an_editor_makes_a_field_page_residents_can_open_at_once(editor, client, session):
    factories.field()
    session.commit()
    assert NEW in {a["href"] for a in page(editor.get("/admin/omraden")).select("main a")}
    data = form(editor, NEW)
    data.update(
        {
            "sv-name": ["Transport och logistik"],
            "sv-summary": ["Kör buss, lastbil eller arbeta på lager."],
            "en-name": ["Transport and logistics"],
        }
    )
    created = editor.post(NEW, data=data)
    assert created.status_code == 303
    made = db.session.scalar(select(Field).where(Field.slug == "transport-och-logistik"))
    assert created.headers["Location"].startswith(f"/admin/omraden/{made.id}")
    assert made.position == 1  # after the pages there were
    public = page(client.get("/sv/omraden/transport-och-logistik"))
    assert "Transport och logistik" in text_of(public, "h1")
    assert "Transport and logistics" in text_of(
        page(client.get("/en/omraden/transport-och-logistik")), "h1"
    )
    assert [r.summary for r in revisions("field")] == ["created"]
    assert "field_created" in actions()


def test_a_new_field_page_needs_a_swedish_name_not_taken(editor, session):
    factories.field()
    session.commit()
    data = form(editor, NEW)
    data["en-name"] = ["Cleaning"]
    refused = page(editor.post(NEW, data=data), 422)
    assert "Skriv ett namn på svenska." in text_of(refused, ".error-summary")
    assert refused.select_one("#en-name")["value"] == "Cleaning"  # nothing typed is lost
    data["sv-name"] = ["Vård och omsorg"]  # the address word vard-och-omsorg is taken
    refused = page(editor.post(NEW, data=data), 422)
    assert "Det finns redan en med det här namnet" in text_of(refused, ".error-summary")
    assert db.session.scalar(select(db.func.count(Field.id))) == 1


def test_a_field_page_in_use_stays_and_an_unused_one_is_deleted(editor, client, session):
    care = factories.field()
    factories.programme("Undersköterska", field=care)
    tech = factories.field("teknik", "Teknik", "Technology")
    session.commit()
    care_id, tech_id = care.id, tech.id
    data = {"csrf_token": form(editor, f"/admin/omraden/{care_id}")["csrf_token"]}
    refused = editor.post(f"/admin/omraden/{care_id}/ta-bort", data=data)
    assert "Inte borttagen: 1 utbildning använder den." in text_of(page(refused, 409), "main")
    assert db.session.get(Field, care_id) is not None

    soup = page(editor.get(f"/admin/omraden/{tech_id}"))
    assert soup.select_one(f'form[action="/admin/omraden/{tech_id}/ta-bort"]') is not None
    deleted = editor.post(f"/admin/omraden/{tech_id}/ta-bort", data=data)
    assert deleted.status_code == 303 and "borttagen=1" in deleted.headers["Location"]
    db.session.expire_all()
    assert db.session.get(Field, tech_id) is None
    assert client.get("/sv/omraden/teknik").status_code == 404
    assert [r.summary for r in revisions("field")] == ["deleted"]
    assert revisions("field")[0].data["sv"]["name"] == "Teknik"  # the last state is kept
    assert "field_deleted" in actions()


def test_a_field_page_only_a_prepared_change_points_to_is_not_deleted(editor, session):
    care, tech = factories.field(), factories.field("teknik", "Teknik", "Technology")
    p = factories.programme("Elteknik", field=care)
    session.commit()
    data = snapshot(p)
    data["programme"]["field_id"] = tech.id  # moved to Teknik in a change not yet published
    session.add(ProgrammeDraft(programme_id=p.id, data=data))
    session.commit()
    for field in (care, tech):  # the live version counts for one, the change for the other
        url = f"/admin/omraden/{field.id}"
        token = form(editor, url)["csrf_token"]
        refused = editor.post(f"{url}/ta-bort", data={"csrf_token": token})
        assert "Inte borttagen: 1 utbildning använder den." in text_of(page(refused, 409), "main")
    db.session.expire_all()
    assert db.session.scalars(select(Field.slug)).all().count("teknik") == 1


def test_a_field_page_an_occupation_belongs_to_is_not_deleted(editor, session):
    care = factories.field()
    session.commit()
    factories.occupation().field_id = care.id
    session.commit()
    data = {"csrf_token": form(editor, f"/admin/omraden/{care.id}")["csrf_token"]}
    refused = editor.post(f"/admin/omraden/{care.id}/ta-bort", data=data)
    assert "1 yrke hör till den" in text_of(page(refused, 409), "main")
    assert db.session.get(Field, care.id) is not None


def test_only_editors_make_or_delete_field_pages(client, session):
    from tests.admin_helpers import csrf_token

    care = factories.field()
    session.commit()
    make_user("kontakt@stockholm.se", "contact_officer")
    sign_in(client, "kontakt@stockholm.se")
    assert client.get(NEW).status_code == 403
    data = {"csrf_token": csrf_token(client, "/admin/")}
    assert client.post(f"/admin/omraden/{care.id}/ta-bort", data=data).status_code == 403
    assert db.session.get(Field, care.id) is not None


def test_a_name_that_makes_no_address_or_a_very_long_one_is_handled(editor, session):
    data = form(editor, NEW)
    data["sv-name"] = ["???"]
    refused = page(editor.post(NEW, data=data), 422)
    assert "minst en bokstav" in text_of(refused, ".error-summary")
    data["sv-name"] = ["Vård " * 23 + "och omsorg"]  # 125 characters: over the name's limit
    assert editor.post(NEW, data=data).status_code == 422
    data["sv-name"] = [
        "Vård och omsorg för äldre, hemtjänst, vård- och omsorgsboenden och sjukhus i hela "
        "Stockholms stad"
    ]  # 98 characters: a fine name, too long for an address word
    assert editor.post(NEW, data=data).status_code == 303
    (made,) = db.session.scalars(select(Field)).all()
    assert len(made.slug) <= 80 and not made.slug.endswith("-")
