"""The role matrix: every registered admin route, for every role and for anonymous visitors."""

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.mailings import workflow
from portal.models.admin import Revision, User
from portal.models.audit import AuditEvent
from portal.models.catalog import Employer, Provider
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in, totp_code

EDITOR, OFFICER, ADMIN = "editor", "contact_officer", "administrator"

# Who may use each route of ours. A new route fails this test until it is added here.
EXPECTED = {
    "admin.dashboard": {EDITOR, OFFICER, ADMIN},
    "admin.programmes": {EDITOR},
    "admin.bulk_programmes": {EDITOR},
    "admin.new_programme": {EDITOR},
    "admin.edit_programme": {EDITOR},
    "admin.preview": {EDITOR},
    "admin.history": {EDITOR},
    "admin.revision": {EDITOR},
    "admin.restore": {EDITOR},
    "admin.translations": {EDITOR},
    "admin.draft": {EDITOR},
    "admin.preview_draft": {EDITOR},
    "admin.publish_draft": {EDITOR},
    "admin.discard_draft": {EDITOR},
    "admin.fields": {EDITOR},
    "admin.edit_field": {EDITOR},
    "admin.new_field": {EDITOR},
    "admin.delete_field": {EDITOR},
    "admin.occupations_list": {EDITOR},
    "admin.new_occupation": {EDITOR},
    "admin.edit_occupation": {EDITOR},
    "admin.providers": {EDITOR},
    "admin.new_provider": {EDITOR},
    "admin.edit_provider": {EDITOR},
    "admin.delete_provider": {EDITOR},
    "admin.employers": {EDITOR},
    "admin.new_employer": {EDITOR},
    "admin.edit_employer": {EDITOR},
    "admin.delete_employer": {EDITOR},
    "admin.districts": {EDITOR},
    "admin.new_district": {EDITOR},
    "admin.edit_district": {EDITOR},
    "admin.delete_district": {EDITOR},
    "admin.consents": {OFFICER},
    "admin.export_consents": {OFFICER},
    "admin.mailings": {OFFICER, ADMIN},
    "admin.new_mailing": {OFFICER, ADMIN},
    "admin.edit_mailing": {OFFICER, ADMIN},
    "admin.mailing": {OFFICER, ADMIN},
    "admin.preview_mailing": {OFFICER, ADMIN},
    "admin.preview_mailing_html": {OFFICER, ADMIN},
    "admin.mailing_step": {OFFICER, ADMIN},
    "admin.recruitment_days": {EDITOR, OFFICER, ADMIN},
    "admin.new_recruitment_day": {EDITOR},
    "admin.edit_recruitment_day": {EDITOR},
    "admin.cancel_recruitment_day": {EDITOR},
    "admin.invite_to_recruitment_day": {OFFICER, ADMIN},
    "admin.recruitment_day_coming": {OFFICER, ADMIN},
    "admin.recruitment_day_coming_csv": {OFFICER, ADMIN},
    "admin.users": {ADMIN},
    "admin.update_user": {ADMIN},
    "admin.create_staff": {ADMIN},
    "admin.password_link": {ADMIN},
    "admin.audit_log": {ADMIN},
}
OPEN = {"admin.language", "admin.set_password"}  # work before signing in (a link is the proof)


@pytest.fixture
def world(app, session):
    field = factories.field()
    p = factories.programme("Matris", slug="matris", field=field)
    occupation = factories.occupation(programmes=[p])
    provider = Provider(name="Lernia", url="https://www.lernia.se/")
    employer = Employer(name="Stockholms stad", kind="care_home")
    district = factories.district()
    session.add_all([provider, employer])
    recruitment_day = factories.recruitment_day(programmes=[p])
    session.commit()
    session.add(
        Revision(
            programme_id=p.id,
            summary="baseline",
            data={"programme": {}, "translations": {}, "intakes": []},
        )
    )
    session.commit()
    from portal.admin.revisions import snapshot
    from portal.models.admin import ProgrammeDraft

    session.add(ProgrammeDraft(programme_id=p.id, data=snapshot(p)))  # a prepared change
    session.commit()
    users = {
        EDITOR: make_user("e@stockholm.se", EDITOR),
        OFFICER: make_user("o@stockholm.se", OFFICER),
        ADMIN: make_user("a@stockholm.se", ADMIN, totp=True),
    }
    target = make_user("t@stockholm.se", EDITOR)
    author = make_user("m@stockholm.se", OFFICER)
    item = workflow.save(
        None, workflow.Draft("newsletter", [], [], {"sv": ("Hej", "Text")}), author
    )
    revision = db.session.scalar(select(Revision))
    args = {
        "programme_id": p.id,
        "revision_id": revision.id,
        "user_id": target.id,
        "field_id": field.id,
        "occupation_id": occupation.id,
        "provider_id": provider.id,
        "employer_id": employer.id,
        "district_id": district.id,
        "day_id": recruitment_day.id,
        "code": "sv",
        "mailing_id": item.id,
        "step": "testutskick",
        "token": "x",
    }
    return users, args


def admin_routes(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("admin."):
            yield rule


def url_for_rule(rule, args):
    path = rule.rule
    for name in rule.arguments:
        path = path.replace(f"<int:{name}>", str(args[name])).replace(f"<{name}>", str(args[name]))
    return path


def request(client, rule, url):
    method = "GET" if "GET" in rule.methods else "POST"
    if method == "GET":
        return client.get(url)
    data = {
        "csrf_token": csrf_token(client, "/admin/"),
        "purpose": "newsletter",
        "roles": ["editor"],
        "action": "save",
    }
    return client.post(url, data=data)


def test_every_admin_route_declares_its_roles(app):
    for rule in admin_routes(app):
        if rule.endpoint in OPEN:
            continue
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "required_roles", None), f"{rule.endpoint} declares no role"
        assert rule.endpoint in EXPECTED, f"add {rule.endpoint} to the matrix"
        assert {r.value for r in view.required_roles} == EXPECTED[rule.endpoint]


def test_anonymous_visitors_are_sent_to_sign_in(app, world):
    _, args = world
    client = app.test_client()
    for rule in admin_routes(app):
        if rule.endpoint in OPEN:
            continue
        response = request(client, rule, url_for_rule(rule, args))
        assert response.status_code in (302, 303), rule.endpoint
        assert response.headers["Location"].startswith("/admin/login"), rule.endpoint


@pytest.mark.parametrize("role", [EDITOR, OFFICER, ADMIN])
def test_role_matrix(app, world, role):
    users, args = world
    client = app.test_client()
    code = totp_code(users[role]) if role == ADMIN else None
    sign_in(client, users[role].email, code=code)
    for rule in admin_routes(app):
        if rule.endpoint in OPEN:
            continue
        response = request(client, rule, url_for_rule(rule, args))
        if role in EXPECTED[rule.endpoint]:
            assert response.status_code not in (401, 403), f"{role} refused {rule.endpoint}"
            assert response.status_code < 500, f"{rule.endpoint} failed for {role}"
        else:
            assert response.status_code == 403, f"{role} reached {rule.endpoint}"
    refusals = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "access_denied")
    ).all()
    denied = sum(role not in roles for roles in EXPECTED.values())
    assert len(refusals) == denied  # each refusal is in the audit log


def test_deactivated_user_cannot_sign_in(app, world):
    users, _ = world
    user = db.session.get(User, users[EDITOR].id)
    user.active = False
    db.session.commit()
    client = app.test_client()
    sign_in(client, "e@stockholm.se")
    assert client.get("/admin/").status_code == 302
