"""Editors keep the records programmes point to: providers, employers and districts, and the
field pages' texts. Each save keeps a revision shown on the edit page; an outdated form is
refused; a name already taken is said plainly; nothing a programme uses can be deleted."""

import pytest
from sqlalchemy import event, select, update

from portal.admin.revisions import snapshot
from portal.extensions import db
from portal.models.admin import ProgrammeDraft, RecordRevision
from portal.models.audit import AuditEvent
from portal.models.catalog import District, Employer, Field, Provider
from tests import factories
from tests.admin_helpers import make_user, sign_in
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of


def form(client, url):
    return form_fields(client.get(url).get_data(as_text=True), "main form[method=post]")


def actions():
    return [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def revisions(record_type):
    return db.session.scalars(
        select(RecordRevision)
        .where(RecordRevision.record_type == record_type)
        .order_by(RecordRevision.id)
    ).all()


def test_editor_creates_and_edits_a_provider_with_history(editor, session):
    data = form(editor, "/admin/anordnare/ny")
    data.update({"name": ["Lernia"], "url": ["https://www.lernia.se/"]})
    created = editor.post("/admin/anordnare/ny", data=data)
    assert created.status_code == 303
    provider = db.session.scalar(select(Provider).where(Provider.name == "Lernia"))
    url = f"/admin/anordnare/{provider.id}"
    assert created.headers["Location"].startswith(url)
    data = form(editor, url)
    data["url"] = ["https://www.lernia.se/utbildning/"]
    assert editor.post(url, data=data).status_code == 303
    saved = [r.data for r in revisions("provider")]
    assert saved[-1] == {"name": "Lernia", "url": "https://www.lernia.se/utbildning/"}
    assert len(saved) == 2
    assert actions()[-2:] == ["provider_created", "provider_edited"]
    soup = page(editor.get(url))
    history = text_of(soup, "#history-heading + ol")
    assert "redaktor@stockholm.se" in history and "Webbadress" in history  # what changed
    assert "Lernia" in page(editor.get("/admin/anordnare")).get_text()


def test_a_provider_address_must_be_https(editor, session):
    data = form(editor, "/admin/anordnare/ny")
    data.update({"name": ["Lernia"], "url": ["http://www.lernia.se/"]})
    soup = page(editor.post("/admin/anordnare/ny", data=data), status=422)
    assert "börjar med https://" in text_of(soup, ".error-summary")
    assert soup.title.get_text().startswith("Fel:")
    assert db.session.scalar(select(Provider)) is None


@pytest.mark.parametrize(
    ("path", "values"),
    [
        ("anordnare", {"name": ["LERNIA"]}),
        ("arbetsgivare", {"name": ["lernia"], "kind": ["care_home"]}),
        ("stadsdelar", {"name": ["Lernia"]}),
    ],
)
def test_a_name_already_taken_is_a_message_not_an_error(editor, session, path, values):
    session.add_all(
        [
            Provider(name="Lernia"),
            Employer(name="Lernia", kind="care_home"),
            District(slug="lernia", name="Lernia"),
        ]
    )
    session.commit()
    data = form(editor, f"/admin/{path}/ny")
    data.update(values)
    soup = page(editor.post(f"/admin/{path}/ny", data=data), status=422)
    assert "Det finns redan en med det här namnet" in text_of(soup, ".error-summary")


def test_a_stale_form_is_refused_and_the_text_kept(editor, session):
    employer = factories.employer()
    session.commit()
    url = f"/admin/arbetsgivare/{employer.id}"
    first, second = form(editor, url), form(editor, url)
    first["name"] = ["Hemtjänsten Järva"]
    assert editor.post(url, data=first).status_code == 303
    second["name"] = ["Hemtjänst Rinkeby"]
    refused = editor.post(url, data=second)
    soup = page(refused, status=409)
    assert "Någon annan sparade" in text_of(soup, ".error-summary")
    assert soup.select_one("#name")["value"] == "Hemtjänst Rinkeby"  # nothing typed is lost
    db.session.expire_all()
    assert db.session.get(Employer, employer.id).name == "Hemtjänsten Järva"


def test_a_save_racing_another_save_is_a_conflict_not_an_error(editor, session):
    provider = factories.provider()
    session.commit()
    url = f"/admin/anordnare/{provider.id}"
    data = form(editor, url)
    raced = []

    def colleague_saves_first(mapper, connection, target):
        if not raced:
            raced.append(target.id)
            table = Provider.__table__
            connection.execute(
                update(table).where(table.c.id == target.id).values(version=table.c.version + 1)
            )

    event.listen(Provider, "before_update", colleague_saves_first)
    try:
        data["name"] = ["Komvux Stockholm"]
        response = editor.post(url, data=data)
    finally:
        event.remove(Provider, "before_update", colleague_saves_first)
    assert raced
    assert "Någon annan sparade" in text_of(page(response, status=409), ".error-summary")


def test_a_district_gets_its_address_word_once(editor, session):
    data = form(editor, "/admin/stadsdelar/ny")
    data.update({"name": ["Spånga-Tensta"], "outer_city": ["y"]})
    assert editor.post("/admin/stadsdelar/ny", data=data).status_code == 303
    district = db.session.scalar(select(District))
    assert (district.slug, district.outer_city) == ("spanga-tensta", True)
    url = f"/admin/stadsdelar/{district.id}"
    data = form(editor, url)
    assert "slug" not in data  # links and saved searches carry it: not editable
    data.update({"name": ["Spånga–Tensta"], "slug": ["annat"]})
    data.pop("outer_city", None)
    assert editor.post(url, data=data).status_code == 303
    db.session.expire_all()
    district = db.session.get(District, district.id)
    assert (district.slug, district.name, district.outer_city) == (
        "spanga-tensta",
        "Spånga–Tensta",
        False,
    )


def test_an_employer_kind_must_be_one_of_the_list(editor, session):
    data = form(editor, "/admin/arbetsgivare/ny")
    data.update({"name": ["Sjukhuset"], "kind": ["casino"]})
    page(editor.post("/admin/arbetsgivare/ny", data=data), status=422)
    data["kind"] = ["hospital"]
    assert editor.post("/admin/arbetsgivare/ny", data=data).status_code == 303
    assert db.session.scalar(select(Employer)).kind == "hospital"


def test_what_a_programme_uses_is_not_deleted(editor, session):
    district, provider, employer = factories.district(), factories.provider(), factories.employer()
    p = factories.programme("Jobbspår vård", provider=provider, employers=[employer])
    unused = District(slug="skarholmen", name="Skärholmen")
    session.add(unused)
    session.commit()
    # the district is used only by a prepared change of the programme, not yet published
    data = snapshot(p)
    data["programme"]["district_id"] = district.id
    session.add(ProgrammeDraft(programme_id=p.id, data=data))
    session.commit()
    for path, record in (
        ("anordnare", provider),
        ("arbetsgivare", employer),
        ("stadsdelar", district),
    ):
        url = f"/admin/{path}/{record.id}"
        assert "1 utbildning använder den" in page(editor.get(url)).get_text()
        token = form(editor, url)["csrf_token"]
        soup = page(editor.post(f"{url}/ta-bort", data={"csrf_token": token}), status=409)
        assert "Inte borttagen: 1 utbildning använder den." in text_of(soup, ".error-summary")
    db.session.expire_all()
    assert db.session.get(District, district.id) and db.session.get(Provider, provider.id)
    assert db.session.get(Employer, employer.id)
    unused_id = unused.id
    url = f"/admin/stadsdelar/{unused_id}"
    token = form(editor, url)["csrf_token"]
    gone = editor.post(f"{url}/ta-bort", data={"csrf_token": token})
    assert gone.status_code == 303
    db.session.expire_all()
    assert db.session.get(District, unused_id) is None
    assert revisions("district")[-1].data["name"] == "Skärholmen"  # its last state is kept
    assert actions()[-1] == "district_deleted"


def test_a_renamed_provider_shows_on_the_public_page_at_once(editor, client, session):
    provider = factories.provider("Vuxenutbildning Stockholm")
    factories.programme("Barnskötare", slug="barnskotare", provider=provider)
    session.commit()
    assert "Vuxenutbildning Stockholm" in client.get("/sv/utbildningar/barnskotare").text
    url = f"/admin/anordnare/{provider.id}"
    data = form(editor, url)
    data["name"] = ["Komvux Stockholm"]
    assert editor.post(url, data=data).status_code == 303
    assert "Komvux Stockholm" in client.get("/sv/utbildningar/barnskotare").text


def test_field_page_saves_keep_revisions_shown_on_the_page(editor, session):
    care = factories.field()
    session.commit()
    url = f"/admin/omraden/{care.id}"
    first, second = form(editor, url), form(editor, url)
    first["fi-name"] = ["Hoiva ja hoito"]
    assert editor.post(url, data=first).status_code == 303
    first = form(editor, url)
    first["fi-summary"] = ["Työtä riittää."]
    assert editor.post(url, data=first).status_code == 303
    stored = revisions("field")
    assert [r.data["fi"]["summary"] for r in stored] == ["", "Työtä riittää."]
    history = text_of(page(editor.get(url)), "#history-heading + ol")
    assert "Suomi: Sammanfattning" in history
    second["fi-name"] = ["Hoito"]  # opened before both saves
    assert "Någon annan sparade" in text_of(
        page(editor.post(url, data=second), 409), ".error-summary"
    )
    db.session.expire_all()
    names = {t.locale: t.name for t in db.session.get(Field, care.id).translations}
    assert names["fi"] == "Hoiva ja hoito"


def test_the_dashboard_and_menu_offer_the_editors_pages_to_editors_only(client, session):
    make_user("redaktor@stockholm.se", "editor")
    make_user("kontakt@stockholm.se", "contact_officer")
    sign_in(client, "redaktor@stockholm.se")
    soup = page(client.get("/admin/"))
    links = {a["href"] for a in soup.select("main a")}
    assert {"/admin/anordnare", "/admin/arbetsgivare", "/admin/stadsdelar"} <= links
    assert "anordnare" in text_of(soup, ".role-summary")
    other = client.application.test_client()
    sign_in(other, "kontakt@stockholm.se")
    soup = page(other.get("/admin/"))
    assert not soup.select('a[href="/admin/anordnare"]')


def test_lists_cost_the_same_few_queries_however_many_records(editor, session, count_queries):
    made = iter(range(100))

    def queries_for(n):
        for _ in range(n):
            i = next(made)
            factories.programme(f"Utbildning {i}", provider=Provider(name=f"Anordnare {i}"))
        session.commit()
        with count_queries() as counter:
            soup = page(editor.get("/admin/anordnare"))
        return len(soup.select("tbody tr")), counter["n"]

    one, six = queries_for(1), queries_for(5)
    assert (one[0], six[0]) == (1, 6)
    assert one[1] == six[1]
