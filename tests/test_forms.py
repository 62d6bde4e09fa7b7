"""One form and error path: the error summary, inline errors, the page title and flashes."""

from werkzeug.datastructures import MultiDict

from portal.admin.forms import ProgrammeForm
from tests import factories
from tests.admin_helpers import PASSWORD, csrf_token, make_user, sign_in
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of


def test_error_list_walks_nested_forms_in_field_order(app):
    posted = MultiDict(
        {
            "slug": "Fel Adress",
            "sv-title": "",
            "intakes-0-starts_on": "2026-01-10",
            "intakes-0-application_closes": "2026-02-01",
            "pace": "100",
        }
    )
    with app.test_request_context("/admin/", method="POST", data=posted):
        form = ProgrammeForm(meta={"csrf": False})
        form.field_id.choices = form.provider_id.choices = form.district_id.choices = [("", "-")]
        assert not form.validate()
        ids = [field_id for field_id, _ in form.field_errors()]
    nested = ["slug", "sv-title", "intakes-0-application_closes"]
    assert [i for i in ids if i in nested] == nested  # top level, FormField, FieldList entry
    assert ids.index("slug") < ids.index("kind") < ids.index("sv-title")


def test_field_page_errors_are_inline_with_aria_invalid_and_nothing_is_saved(editor, session):
    care = factories.field(body="Gammal text")
    session.commit()
    url = f"/admin/omraden/{care.id}"
    data = form_fields(editor.get(url).get_data(as_text=True), "main form")
    data.update({"sv-name": [""], "fi-name": ["Hoiva"], "fi-summary": ["x" * 601]})
    soup = page(editor.post(url, data=data), status=422)
    assert soup.title.get_text().startswith("Fel: ")
    summary = [a["href"] for a in soup.select(".error-summary a")]
    assert summary == ["#sv-name", "#fi-summary"]
    for field_id in ("sv-name", "fi-summary"):
        control = soup.select_one(f"#{field_id}")
        assert control["aria-invalid"] == "true"
        assert control["aria-describedby"] == f"{field_id}-error"
        assert soup.select_one(f"#{field_id}-error").get_text(strip=True)
    assert "Skriv högst 600 tecken." in text_of(soup, "#fi-summary-error")
    assert soup.select_one("#field-fi").has_attr("open")  # the language with the error is open
    assert soup.select_one("#fi-summary").get_text().strip() == "x" * 601  # typed text is kept
    session.refresh(care)
    assert {t.locale for t in care.translations} == {"sv", "en"}


def test_a_page_without_errors_has_a_plain_title(editor, session):
    care = factories.field()
    session.commit()
    soup = page(editor.get(f"/admin/omraden/{care.id}"))
    assert soup.title.get_text().startswith("Redigera")


def test_flashed_messages_appear_once_in_the_public_layout(client, session):
    with client.session_transaction() as flask_session:
        flask_session["_flashes"] = [("error", "Något gick fel.")]
    soup = page(client.get("/sv/"))
    assert text_of(soup, "main .flash[role=alert]") == "Något gick fel."
    assert not page(client.get("/sv/")).select(".flash")


def test_flask_security_messages_are_shown_translated_in_the_admin_layout(client, session):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    new = "Kanelbulle-Pendeltag-Skargard-82"
    response = client.post(
        "/admin/change",
        data={
            "password": PASSWORD,
            "new_password": new,
            "new_password_confirm": new,
            "csrf_token": csrf_token(client, "/admin/change"),
        },
        follow_redirects=True,
    )
    soup = page(response)
    assert text_of(soup, "main .flash.notice--success[role=status]") == "Ditt lösenord är bytt."
