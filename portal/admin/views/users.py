"""Staff accounts for administrators."""

from flask import abort, request, url_for
from flask_login import current_user
from sqlalchemy import select

from portal.admin import bp
from portal.admin.access import requires
from portal.admin.users import update_staff
from portal.admin.views.roles import ADMIN
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.admin import RoleName, User


@bp.get("/anvandare")
@requires(ADMIN)
def users():
    people = db.session.scalars(select(User).order_by(User.email)).all()
    return render("admin/users.html", users=people, roles=list(RoleName))


@bp.post("/anvandare/<int:user_id>")
@requires(ADMIN)
def update_user(user_id: int):
    user = db.get_or_404(User, user_id)
    wanted = {r for r in request.form.getlist("roles") if r in {x.value for x in RoleName}}
    try:
        update_staff(
            user,
            wanted,
            active=request.form.get("active") == "1",
            reset_two_factor=request.form.get("reset_two_factor") == "1",
            by=current_user,
        )
    except ValueError:
        abort(400)
    return redirect_to(url_for("admin.users"))
