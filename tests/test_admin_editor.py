import csv
import io

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Revision
from portal.models.audit import AuditEvent
from portal.models.catalog import Programme
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.contact_helpers import form_fields
from tests.helpers import HTMX, fragment, page, text_of


@pytest.fixture
def draft(session):
    care = factories.field()
    p = factories.programme(
        "Undersköterska, Järva",
        "Assistant nurse, Järva",
        slug="usk-jarva",
        status="draft",
        field=care,
        provider=factories.provider(),
        apply_url="https://www.stockholm.se/ansok",
    )
    session.commit()
    return p


def editor_form(client, url):
    """The editor form's current values, as the browser would send them."""
    return form_fields(client.get(url).get_data(as_text=True), "#editor form")


def post(client, url, data, **changes):
    data = {**data, **{k: [v] for k, v in changes.items()}}
    return client.post(url, data=data)


def audit_actions():
    return [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_programme_list_shows_status_and_translation_state(editor, draft):
    soup = page(editor.get("/admin/programmes"))
    row = soup.select_one("tbody tr")
    assert "Undersköterska, Järva" in row.get_text() and "Utkast" in row.get_text()
    states = {s.get_text(" ", strip=True) for s in row.select(".locale-state")}
    assert "en : Aktuell" in states and "fi : Saknas" in states
    partial = fragment(editor.get("/admin/programmes?q=jarva&status=draft", headers=HTMX))
    assert len(partial.select("tbody tr")) == 1


def test_edit_with_translations_and_publish_makes_it_public(client, editor, draft):
    url = f"/admin/programmes/{draft.id}"
    assert client.get("/sv/utbildningar/usk-jarva").status_code == 404  # a draft is hidden
    data = editor_form(editor, url)
    response = post(
        editor,
        url,
        data,
        **{
            "sv-summary": "Ny sammanfattning",
            "translations-fi-title": "Lähihoitaja, Järva",
            "translations-fi-reviewed": "y",
            "action": "publish",
        },
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    public = page(client.get("/sv/utbildningar/usk-jarva"))
    assert text_of(public, ".lead") == "Ny sammanfattning"
    assert text_of(page(client.get("/fi/utbildningar/usk-jarva")), "h1") == "Lähihoitaja, Järva"
    # Unpublish hides it again.
    data = editor_form(editor, url)
    post(editor, url, data, action="unpublish")
    assert client.get("/sv/utbildningar/usk-jarva").status_code == 404
    assert {"programme_published", "programme_unpublished"} <= set(audit_actions())


def test_swedish_change_marks_translations_stale(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    post(editor, url, editor_form(editor, url), **{"sv-title": "Undersköterska i Järva"})
    soup = page(editor.get(url))
    assert "Inaktuell" in soup.select_one("#translation-en summary").get_text()
    status = page(editor.get("/admin/oversattningar"))
    assert "usk-jarva" in text_of(status, "#tr-en ~ dl")


def test_invalid_values_show_errors_and_save_nothing(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    data = editor_form(editor, url)
    response = post(editor, url, data, **{"sv-title": "", "slug": "Inte OK!", "pace": "500"})
    soup = page(response, status=422)
    summary = text_of(soup, ".error-summary")
    assert "Skriv en rubrik på svenska." in summary
    assert "Använd bara små bokstäver a–z, siffror och bindestreck." in summary
    assert "Skriv en studietakt från 5 till 100." in summary
    db.session.expire_all()
    assert db.session.get(Programme, draft.id).slug == "usk-jarva"


def test_htmx_save_with_errors_is_a_fragment(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    data = {**editor_form(editor, url), "sv-title": [""]}
    response = editor.post(url, data=data, headers=HTMX)
    soup = fragment(response, status=422)
    assert soup.select_one("#editor .error-summary")


def test_slug_must_be_unique(editor, draft):
    factories.programme("Annan", slug="annan")
    db.session.commit()
    url = f"/admin/programmes/{draft.id}"
    soup = page(post(editor, url, editor_form(editor, url), slug="annan"), status=422)
    assert "En annan utbildning har redan den här adressen." in text_of(soup, ".error-summary")


def test_markdown_with_script_is_stripped_in_preview(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    body = "**Fett**<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))"
    post(editor, url, editor_form(editor, url), **{"sv-body": body})
    preview = editor.get(f"/admin/programmes/{draft.id}/forhandsvisning")
    html = preview.get_data(as_text=True)
    assert "<strong>Fett</strong>" in html
    assert "<script>alert" not in html and "onerror" not in html and "javascript:" not in html
    page(preview)


def test_preview_shows_a_draft_in_any_language(editor, draft):
    soup = page(editor.get(f"/admin/programmes/{draft.id}/forhandsvisning?lang=en"))
    assert text_of(soup, "h1") == "Assistant nurse, Järva"
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"


def test_intakes_are_added_and_removed_inline(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    data = editor_form(editor, url)
    added = post(editor, url, data, action="add_intake")
    rows = page(added).select("#editor tbody tr")
    assert len(rows) == 3  # the existing start, the empty row, and one more
    data = editor_form(editor, url)
    response = post(
        editor,
        url,
        data,
        **{"intakes-1-starts_on": "2027-03-01", "intakes-1-seats": "24", "intakes-0-remove": "y"},
    )
    assert response.status_code == 303
    db.session.expire_all()
    starts = [
        (i.starts_on.isoformat(), i.seats) for i in db.session.get(Programme, draft.id).intakes
    ]
    assert starts == [("2027-03-01", 24)]


def test_revisions_diff_and_restore(editor, draft):
    url = f"/admin/programmes/{draft.id}"
    post(editor, url, editor_form(editor, url), **{"sv-title": "Första"})
    post(editor, url, editor_form(editor, url), **{"sv-title": "Andra"})
    revisions = db.session.scalars(select(Revision).order_by(Revision.id)).all()
    assert [r.summary for r in revisions] == ["baseline", "edited", "edited"]
    revisions = revisions[1:]
    assert revisions[0].user.email == "redaktor@stockholm.se"
    diff = page(editor.get(f"{url}/versioner/{revisions[0].id}"))
    changes = [li.get_text(" ", strip=True) for li in diff.select(".diff li")]
    assert any("[sv] title: Första" in c for c in changes)
    assert any("[sv] title: Andra" in c for c in changes)
    restore = editor.post(
        f"{url}/versioner/{revisions[0].id}/aterstall", data={"csrf_token": csrf_token(editor, url)}
    )
    assert restore.status_code == 303
    db.session.expire_all()
    sv = next(t for t in db.session.get(Programme, draft.id).translations if t.locale == "sv")
    assert sv.title == "Första"
    assert "programme_restored" in audit_actions()


def test_stale_save_is_refused_and_shows_what_changed(app, editor, draft):
    url = f"/admin/programmes/{draft.id}"
    mine = editor_form(editor, url)
    colleague = app.test_client()
    make_user("kollega@stockholm.se", "editor")
    sign_in(colleague, "kollega@stockholm.se")
    post(colleague, url, editor_form(colleague, url), **{"sv-title": "Kollegans rubrik"})
    response = post(editor, url, mine, **{"sv-title": "Min rubrik"})
    soup = page(response, status=409)
    assert "Någon annan sparade utbildningen" in text_of(soup, ".error-summary")
    assert "Kollegans rubrik" in text_of(soup, ".diff")
    db.session.expire_all()
    sv = next(t for t in db.session.get(Programme, draft.id).translations if t.locale == "sv")
    assert sv.title == "Kollegans rubrik"  # nothing silently overwritten


def test_new_programme(editor, session):
    factories.field()
    session.commit()
    data = editor_form(editor, "/admin/programmes/ny")
    response = post(
        editor,
        "/admin/programmes/ny",
        data,
        slug="ny-utbildning",
        **{"sv-title": "Ny utbildning", "kind": "jobbspar", "pace": "100"},
    )
    assert response.status_code == 303
    created = db.session.scalar(select(Programme).where(Programme.slug == "ny-utbildning"))
    assert created.status == "draft" and created.kind == "jobbspar"
    assert "programme_created" in audit_actions()


def test_consent_export_lists_only_the_chosen_purpose_and_is_audited(app, client, session, smtp):
    from tests.contact_helpers import links_in, path_of, sign_up, submit

    sign_up(
        client,
        lang="en",
        email="a@example.org",
        purposes=("newsletter",),
        name='=HYPERLINK("http://evil.example","x")',
    )
    sign_up(client, lang="en", email="b@example.org", purposes=("job_invitations",))
    for message in smtp.messages:
        confirm = path_of(next(u for u in links_in(message) if "/bekrafta/" in u))
        submit(client, confirm, client.get(confirm).get_data(as_text=True))
    sign_up(client, lang="en", email="unconfirmed@example.org", purposes=("newsletter",))
    officer = app.test_client()
    make_user("handlaggare@stockholm.se", "contact_officer")
    sign_in(officer, "handlaggare@stockholm.se")
    stats = page(officer.get("/admin/samtycken"))
    assert "a@example.org" not in stats.get_text()  # no personal data on screen
    response = officer.post(
        "/admin/samtycken/export",
        data={"purpose": "newsletter", "csrf_token": csrf_token(officer, "/admin/samtycken")},
    )
    assert response.headers["Content-Disposition"].endswith('kontakter-newsletter.csv"')
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True)), delimiter=";"))
    assert [r["email"] for r in rows] == ["a@example.org"]
    assert rows[0]["name"].startswith("'=")  # never a formula in the officer's spreadsheet
    assert "/kontakt/aterkalla/" in rows[0]["withdraw_url"]
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "consents_exported"))
    assert event.details == {"rows": 1} and "a@example.org" not in str(event.details)


def test_field_page_texts_are_edited_in_every_language(client, editor, session):
    care = factories.field(body="Gammal text")
    session.commit()
    url = f"/admin/omraden/{care.id}"
    data = form_fields(editor.get(url).get_data(as_text=True), "main form")
    data.update({"fi-name": ["Hoiva ja hoito"], "fi-body": ["## Miksi\n\nTarvitaan lisää."]})
    assert editor.post(url, data=data).status_code == 303
    public = page(client.get("/fi/omraden/vard-och-omsorg"))
    assert text_of(public, "h1") == "Hoiva ja hoito"
    assert "Tarvitaan lisää." in public.select_one(".prose").get_text()
    data["sv-name"] = [""]
    soup = page(editor.post(url, data=data), status=422)
    assert "Skriv ett namn på svenska." in text_of(soup, ".error-summary")
    assert "field_edited" in audit_actions()


@pytest.mark.parametrize("base_revision", ["abc", "99999999999999999999999", "-1", "1e3"])
def test_a_mangled_base_revision_is_a_conflict_not_an_error(editor, draft, base_revision):
    url = f"/admin/programmes/{draft.id}"
    data = editor_form(editor, url)
    response = post(editor, url, data, version="0", base_revision=base_revision)
    soup = page(response, status=409)
    assert "Någon annan sparade utbildningen" in text_of(soup, ".error-summary")


def test_a_save_racing_another_save_is_a_conflict_not_an_error(app, editor, draft):
    """Two saves pass the version check together; the second to write must get the conflict
    page (409), not a 500 from the ORM's version counter."""
    from sqlalchemy import event, update

    url = f"/admin/programmes/{draft.id}"
    data = editor_form(editor, url)

    raced = []

    def colleague_saves_first(mapper, connection, target):
        if raced:
            return
        raced.append(target.id)
        table = Programme.__table__
        connection.execute(
            update(table).where(table.c.id == target.id).values(version=table.c.version + 1)
        )

    event.listen(Programme, "before_update", colleague_saves_first)
    try:
        response = post(editor, url, data, **{"sv-title": "Min rubrik"})
    finally:
        event.remove(Programme, "before_update", colleague_saves_first)
    assert raced
    soup = page(response, status=409)
    assert "Någon annan sparade utbildningen" in text_of(soup, ".error-summary")


def test_restoring_a_version_whose_field_was_deleted_since_leaves_the_field_empty(editor, draft):
    from portal.models.catalog import Field

    url = f"/admin/programmes/{draft.id}"
    post(editor, url, editor_form(editor, url), **{"sv-title": "Första"})
    first = db.session.scalars(select(Revision).order_by(Revision.id)).all()[-1]
    old_field = first.data["programme"]["field_id"]
    other = factories.field("teknik", "Teknik", "Technology")
    db.session.expire_all()  # the saves above moved the version on
    programme = db.session.get(Programme, draft.id)
    programme.field = other
    db.session.commit()
    db.session.delete(db.session.get(Field, old_field))  # nothing uses it any more
    db.session.commit()
    restore = editor.post(
        f"{url}/versioner/{first.id}/aterstall", data={"csrf_token": csrf_token(editor, url)}
    )
    assert restore.status_code == 303
    db.session.expire_all()
    restored = db.session.get(Programme, draft.id)
    assert restored.field_id is None  # to be chosen again, not pointing at nothing
    assert next(t for t in restored.translations if t.locale == "sv").title == "Första"
