"""Staff accounts for administrators: create, roles, deactivate, last sign-in, and the
one-time link for a first password (the portal sends staff no mail)."""

from flask import abort, current_app, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from portal.admin import bp, staff
from portal.admin.access import requires
from portal.admin.labels import ROLE_LABELS, password_error
from portal.admin.staff_forms import FirstPasswordForm, NewStaffForm, errors_of
from portal.admin.users import grantable_roles, update_staff
from portal.admin.views.roles import ADMIN
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.admin import RoleName, User


def _users_page(form=None, link=None, link_user=None, status=200):
    roles = grantable_roles()
    return render(
        "admin/users.html",
        users=db.session.scalars(select(User).order_by(User.email)).all(),
        roles=roles,
        missing_roles=[ROLE_LABELS[r] for r in RoleName if r.value not in {x.name for x in roles}],
        last_sign_ins=staff.last_sign_ins(),
        form=form or NewStaffForm(formdata=None),  # a created account leaves the form empty
        errors=errors_of(form) if form else [],
        link=link,
        link_user=link_user,
        link_hours=current_app.config["ADMIN_PASSWORD_LINK_HOURS"],
        status=status,
    )


def _wanted_roles() -> set[str]:
    return {r for r in request.form.getlist("roles") if r in {x.value for x in RoleName}}


@bp.get("/anvandare")
@requires(ADMIN)
def users():
    return _users_page()


@bp.post("/anvandare/ny")
@requires(ADMIN)
def create_staff():
    form = NewStaffForm()
    if form.validate() and staff.email_taken(form.email.data.strip().lower()):
        form.email.errors.append(_("An account with this e-mail address already exists."))
    if form.errors:
        return _users_page(form, status=422)
    user = staff.create_account(form.email.data.strip().lower(), _wanted_roles())
    return _users_page(link=staff.password_link(user), link_user=user, status=201)


@bp.post("/anvandare/<int:user_id>")
@requires(ADMIN)
def update_user(user_id: int):
    user = db.get_or_404(User, user_id)
    try:
        update_staff(
            user,
            _wanted_roles(),
            active=request.form.get("active") == "1",
            reset_two_factor=request.form.get("reset_two_factor") == "1",
            by=current_user,
        )
    except ValueError:
        abort(400)
    return redirect_to(url_for("admin.users"))


@bp.post("/anvandare/<int:user_id>/losenordslank")
@requires(ADMIN)
def password_link(user_id: int):
    user = db.get_or_404(User, user_id)
    if user.id == current_user.id or not user.active:
        abort(400)  # your own password is changed on the password page
    return _users_page(link=staff.password_link(user), link_user=user)


@bp.route("/valkommen/<token>", methods=["GET", "POST"])
def set_password(token: str):
    """Open before sign-in: the link itself is the proof."""
    user = staff.user_for_link(token)
    if user is None:
        return render("admin/auth/link_invalid.html", status=410)
    form = FirstPasswordForm()
    errors: list[tuple[str, str]] = []
    if request.method == "POST":
        if not form.validate():
            errors = errors_of(form)
        elif staff.password_problems(form.password.data):
            errors = [("password", password_error("new_password", ""))]
        else:
            staff.set_password(user, form.password.data)
            return redirect_to(url_for("security.login", klar="1"))
    return render(
        "admin/auth/first_password.html",
        form=form,
        email=user.email,
        errors=errors,
        status=422 if errors else 200,
    )
