"""Staff accounts in the web interface: roles that exist, new accounts with a one-time
password link handed over by the administrator, deactivation, last sign-in, all audited."""

import re

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Role, User
from portal.models.audit import AuditEvent
from tests.admin_helpers import PASSWORD, csrf_token, make_user, sign_in, totp_code
from tests.helpers import page, text_of

NEW_PASSWORD = "Kanelbulle-Pendeltag-Hostdag-93"


def events(action):
    """The events of one kind, oldest first (PostgreSQL keeps no insertion order)."""
    query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
    return db.session.scalars(query).all()


@pytest.fixture
def admin(app, session):
    user = make_user("admin@stockholm.se", "administrator", totp=True)
    client = app.test_client()
    sign_in(client, user.email, code=totp_code(user))
    return client


def _create(admin, email, *roles):
    data = {
        "email": email,
        "roles": list(roles),
        "csrf_token": csrf_token(admin, "/admin/anvandare"),
    }
    return admin.post("/admin/anvandare/ny", data=data)


def _link(response) -> str:
    soup = page(response, status=response.status_code)
    return soup.select_one("#password-link")["value"]


def test_only_roles_that_exist_are_offered_and_the_audit_says_what_was_stored(admin, session):
    make_user("redaktor@stockholm.se")  # no role; only "administrator" exists so far
    soup = page(admin.get("/admin/anvandare"))
    offered = {i["value"] for i in soup.select('input[name="roles"]')}
    assert offered == {"administrator"}
    assert "Redaktör" in text_of(soup, "#missing-roles")  # the missing roles are named
    target = db.session.scalar(select(User).where(User.email == "redaktor@stockholm.se"))
    token = csrf_token(admin, "/admin/anvandare")
    saved = admin.post(
        f"/admin/anvandare/{target.id}",
        data={"roles": ["editor", "administrator"], "active": "1", "csrf_token": token},
    )
    assert saved.status_code == 303
    assert events("user_changed")[-1].details["roles"] == ["administrator"]
    session.add(Role(name="editor"))
    session.commit()
    saved = admin.post(
        f"/admin/anvandare/{target.id}",
        data={"roles": ["editor"], "active": "1", "csrf_token": token},
    )
    assert saved.status_code == 303
    assert events("user_changed")[-1].details["roles"] == ["editor"]
    db.session.expire_all()
    assert [r.name for r in db.session.get(User, target.id).roles] == ["editor"]


def test_a_new_colleague_chooses_a_password_through_a_one_time_link(app, admin, session):
    session.add(Role(name="editor"))
    session.commit()
    response = _create(admin, "Ny.Kollega@stockholm.se", "editor")
    assert response.status_code == 201
    link = _link(response)
    assert link.startswith("http") and "/admin/valkommen/" in link
    path = re.sub(r"^https?://[^/]+", "", link)
    created = db.session.scalar(select(User).where(User.email == "ny.kollega@stockholm.se"))
    assert created.password is None and [r.name for r in created.roles] == ["editor"]
    assert events("user_created")[-1].details == {"roles": ["editor"]}
    assert path not in str([e.details for e in db.session.scalars(select(AuditEvent))])

    colleague = app.test_client()
    assert sign_in(colleague, "ny.kollega@stockholm.se", password="").status_code == 200
    form = page(colleague.get(path))
    assert "ny.kollega@stockholm.se" in form.get_text()
    token = form.select_one('input[name="csrf_token"]')["value"]
    weak = colleague.post(
        path, data={"password": "sommar2026", "password_confirm": "sommar2026", "csrf_token": token}
    )
    assert "minst 12 tecken" in text_of(page(weak, status=422), ".error-summary")
    done = colleague.post(
        path, data={"password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD, "csrf_token": token}
    )
    assert done.status_code in (302, 303)
    assert colleague.get(path).status_code == 410  # the link works once
    sign_in(colleague, "ny.kollega@stockholm.se", password=NEW_PASSWORD)
    assert colleague.get("/admin/programmes").status_code == 200
    assert events("password_set_by_link")

    listing = page(admin.get("/admin/anvandare"))
    row = next(tr for tr in listing.select("tbody tr") if "ny.kollega" in tr.get_text())
    assert "Aldrig" not in row.get_text()  # the last sign-in is shown


def test_mismatched_or_forged_links_are_refused(app, admin, session):
    link = _link(_create(admin, "annan@stockholm.se"))
    path = re.sub(r"^https?://[^/]+", "", link)
    anonymous = app.test_client()
    assert anonymous.get(path + "x").status_code == 410
    token = page(anonymous.get(path)).select_one('input[name="csrf_token"]')["value"]
    response = anonymous.post(
        path, data={"password": NEW_PASSWORD, "password_confirm": "annat", "csrf_token": token}
    )
    assert "inte likadana" in text_of(page(response, status=422), ".error-summary")


def test_a_new_account_needs_a_real_unused_address(admin, session):
    soup = page(_create(admin, "inte-en-adress"), status=422)
    assert text_of(soup, ".error-summary")
    soup = page(_create(admin, "admin@stockholm.se"), status=422)
    assert "finns redan" in text_of(soup, ".error-summary")


def test_a_deactivated_account_is_marked_and_cannot_sign_in(app, admin, session):
    target = make_user("slutat@stockholm.se", "administrator")
    token = csrf_token(admin, "/admin/anvandare")
    admin.post(f"/admin/anvandare/{target.id}", data={"roles": [], "csrf_token": token})
    row = next(
        tr
        for tr in page(admin.get("/admin/anvandare")).select("tbody tr")
        if "slutat@" in tr.get_text()
    )
    assert "Avstängt" in row.get_text()
    other = app.test_client()
    sign_in(other, "slutat@stockholm.se", password=PASSWORD)
    assert other.get("/admin/").status_code == 302


def test_the_start_page_says_what_the_roles_allow(app, session):
    make_user("person@stockholm.se", "editor")
    client = app.test_client()
    sign_in(client, "person@stockholm.se")
    assert "Du redigerar utbildningar" in text_of(page(client.get("/admin/")), ".role-summary")
    refused = page(client.get("/admin/samtycken"), status=403)
    assert "Kontakthandläggare" in refused.get_text()  # the role the page needs
    assert "Redaktör" in refused.get_text()  # and the one the person has


def test_an_account_without_a_role_is_told_what_to_ask_for(app, session):
    make_user("ny@stockholm.se")
    client = app.test_client()
    sign_in(client, "ny@stockholm.se")
    refused = page(client.get("/admin/"), status=403)
    assert "Ditt konto har ingen roll ännu" in refused.get_text()
