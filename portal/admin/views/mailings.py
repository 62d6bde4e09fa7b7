"""Mailings (utskick) in the administration, for contact officers and administrators: thin
views over portal.mailings (workflow, audience, content)."""

from __future__ import annotations

from flask import abort, make_response, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select

from portal.admin import bp
from portal.admin.access import requires
from portal.admin.mailing_forms import MailingForm
from portal.contact import districts
from portal.contact.texts import BACKGROUND_LABELS, INTEREST_LABELS, PURPOSE_TITLES
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.i18n import LOCALES
from portal.mailings import audience, content, workflow
from portal.models.admin import RoleName, User
from portal.models.mailing import Mailing, MailingRecipient

OFFICERS = (RoleName.CONTACT_OFFICER, RoleName.ADMINISTRATOR)
# The mail's own HTML, shown in a sandboxed frame of the preview page only.
PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
DONE = {
    "testutskick": _l("The test is on its way to your own address."),
    "godkann": _l("The mailing is approved. It can now be sent."),
    "skicka": _l("The mailing is being sent. This page shows how far it has come."),
    "avbryt": _l("The mailing is cancelled. Nothing more will be sent."),
}


def _mailing(mailing_id: int) -> Mailing:
    return db.session.get(Mailing, mailing_id) or abort(404)


STATUS_LABELS = {
    "draft": _l("Draft"),
    "approved": _l("Approved"),
    "sending": _l("Sending"),
    "sent": _l("Sent"),
    "cancelled": _l("Cancelled"),
}
STATUS_TAGS = {
    "draft": "draft",
    "approved": "open",
    "sending": "open",
    "sent": "published",
    "cancelled": "archived",
}
RECIPIENT_LABELS = {
    "queued": _l("Queued, not sent yet"),
    "sent": _l("Sent"),
    "failed": _l("Failed"),
    "skipped": _l("Skipped: consent withdrawn or ended after queueing"),
    "cancelled": _l("Not sent: the mailing was cancelled"),
}


def _labels() -> dict:
    return {
        "mailing_status_labels": STATUS_LABELS,
        "mailing_tags": STATUS_TAGS,
        "recipient_status_labels": RECIPIENT_LABELS,
        "background_labels": BACKGROUND_LABELS,
        "interest_labels": INTEREST_LABELS,
        "district_labels": districts.labels,  # called where needed: it reads the database
        "purpose_titles": PURPOSE_TITLES,
    }


@bp.get("/utskick")
@requires(*OFFICERS)
def mailings():
    items = db.session.scalars(select(Mailing).order_by(Mailing.created_at.desc())).all()
    return render("admin/mailings/list.html", mailings=items, **_labels())


@bp.route("/utskick/ny", methods=["GET", "POST"])
@requires(*OFFICERS)
def new_mailing():
    return _compose(None)


@bp.route("/utskick/<int:mailing_id>/redigera", methods=["GET", "POST"])
@requires(*OFFICERS)
def edit_mailing(mailing_id: int):
    return _compose(_mailing(mailing_id))


def _compose(mailing: Mailing | None):
    form = MailingForm()
    if request.method == "GET" and mailing is not None:
        form.fill(mailing)
    problem = None
    if form.validate_on_submit():
        try:
            saved = workflow.save(mailing, form.draft(), current_user)
            return redirect_to(url_for("admin.mailing", mailing_id=saved.id))
        except workflow.Refused as refused:
            problem = str(refused)
    status = 422 if request.method == "POST" else 200
    return render(
        "admin/mailings/compose.html",
        form=form,
        mailing=mailing,
        problem=problem,
        status=status,
        text_locales=LOCALES,  # not `locales`: the language switcher lists those
        **_labels(),
    )


@bp.get("/utskick/<int:mailing_id>")
@requires(*OFFICERS)
def mailing(mailing_id: int):
    return _show(_mailing(mailing_id), notice=DONE.get(request.args.get("klart", "")))


def _show(item: Mailing, notice=None, problem=None, status=200):
    report = dict(
        db.session.execute(
            select(MailingRecipient.status, func.count())
            .where(MailingRecipient.mailing_id == item.id)
            .group_by(MailingRecipient.status)
        ).all()
    )
    errors = db.session.execute(
        select(MailingRecipient.error, func.count())
        .where(MailingRecipient.mailing_id == item.id, MailingRecipient.error.is_not(None))
        .group_by(MailingRecipient.error)
    ).all()
    staff = [item.created_by_id, item.approved_by_id, item.sent_by_id, item.cancelled_by_id]
    people = {u.id: u.email for u in db.session.scalars(select(User).where(User.id.in_(staff)))}
    return render(
        "admin/mailings/show.html",
        status=status,
        mailing=item,
        counts=audience.counts(item),
        report=report,
        errors=errors,
        people=people,
        notice=notice,
        problem=problem,
        **_labels(),
    )


@bp.get("/utskick/<int:mailing_id>/forhandsvisning/<code>")
@requires(*OFFICERS)
def preview_mailing(mailing_id: int, code: str):
    item = _mailing(mailing_id)
    if code not in LOCALES:
        abort(404)
    return render(
        "admin/mailings/preview.html",
        text_locales=LOCALES,  # not `locales`: the language switcher lists those
        mailing=item,
        code=code,
        message=content.render(item, code),
        **_labels(),
    )


@bp.get("/utskick/<int:mailing_id>/forhandsvisning/<code>/html")
@requires(*OFFICERS)
def preview_mailing_html(mailing_id: int, code: str):
    item = _mailing(mailing_id)
    if code not in LOCALES:
        abort(404)
    response = make_response(content.render(item, code).html)
    response.headers["Content-Security-Policy"] = PREVIEW_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.post("/utskick/<int:mailing_id>/steg/<step>")
@requires(*OFFICERS)
def mailing_step(mailing_id: int, step: str):
    item = _mailing(mailing_id)
    if step not in DONE:
        abort(404)
    try:
        if step == "testutskick":
            code = request.form.get("locale", "sv")
            workflow.test_send(item, current_user, code if code in LOCALES else "sv")
        elif step == "godkann":
            workflow.approve(item, current_user, request.form.get("version", type=int))
        elif step == "skicka":
            workflow.send(item, current_user)
        else:
            workflow.cancel(item, current_user)
    except workflow.Refused as refused:
        return _show(item, problem=str(refused), status=409)
    return redirect_to(url_for("admin.mailing", mailing_id=item.id, klart=step))
