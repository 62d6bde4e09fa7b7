import csv
import io

from flask import Response, abort, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from portal import clock
from portal.admin import audit, bp, editor, field_pages, revisions
from portal.admin.access import requires
from portal.admin.forms import OTHER_LOCALES, ProgrammeForm
from portal.catalog.localize import Localized
from portal.catalog.queries import Card, vocabulary
from portal.catalog.structured_data import course_json_ld
from portal.contact.stats import aggregate_counts, contacts_for_purpose
from portal.contact.texts import PURPOSE_TITLES
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.i18n import ADMIN_LOCALES, LOCALES
from portal.models.admin import AuditEvent, Revision, Role, RoleName, User
from portal.models.catalog import Field, Programme, ProgrammeTranslation, Status
from portal.models.contact import Purpose
from portal.search_text import slugify

ANY_STAFF = tuple(RoleName)
EDITOR, OFFICER, ADMIN = RoleName.EDITOR, RoleName.CONTACT_OFFICER, RoleName.ADMINISTRATOR
PAGE_SIZE = 50


@bp.get("/sprak/<code>")
def language(code: str):
    if code in ADMIN_LOCALES:
        session["admin_lang"] = code
    target = request.args.get("next", "")
    return redirect(target if target.startswith("/admin") else url_for("admin.dashboard"))


@bp.get("/")
@requires(*ANY_STAFF)
def dashboard():
    return render("admin/dashboard.html")


@bp.get("/programmes")
@requires(EDITOR)
def programmes():
    q, status = request.args.get("q", "")[:100], request.args.get("status", "")
    stmt = select(Programme).join(
        ProgrammeTranslation,
        (ProgrammeTranslation.programme_id == Programme.id) & (ProgrammeTranslation.locale == "sv"),
    )
    if q:
        stmt = stmt.where(
            or_(ProgrammeTranslation.title.ilike(f"%{q}%"), Programme.slug.ilike(f"%{q}%"))
        )
    if status in {s.value for s in Status}:
        stmt = stmt.where(Programme.status == status)
    stmt = stmt.options(selectinload(Programme.translations))
    rows = db.session.scalars(stmt.order_by(ProgrammeTranslation.title).limit(PAGE_SIZE)).all()
    return render(
        "admin/programmes.html",
        block="programme_list",
        programmes=rows,
        q=q,
        status_filter=status,
        statuses=list(Status),
        states={p.id: editor.locale_states(p) for p in rows},  # translations already loaded
        locales=OTHER_LOCALES,
    )


def _editor_page(form, p, status=200, conflict=None):
    return render(
        "admin/edit.html",
        block="editor",
        form=form,
        programme=p,
        other_locales=OTHER_LOCALES,
        locale_names={c: LOCALES[c].name for c in LOCALES},
        stale={c: st == "stale" for c, st in editor.locale_states(p).items()} if p.id else {},
        conflict=conflict,
        status=status,
    )


@bp.route("/programmes/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_programme():
    return _edit(Programme(status=Status.DRAFT, version=0))


@bp.route("/programmes/<int:programme_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_programme(programme_id: int):
    return _edit(db.get_or_404(Programme, programme_id))


def _edit(p: Programme):
    form = ProgrammeForm()
    editor.set_choices(form)
    if request.method == "GET":
        revisions.ensure_baseline(p, current_user)
        editor.fill_form(form, p)
        return _editor_page(form, p)
    action = request.form.get("action", "save")
    if action == "add_intake":
        form.intakes.append_entry()
        return _editor_page(form, p)
    if not form.slug.data and form.sv.title.data:
        form.slug.data = slugify(form.sv.title.data)[:120]  # editable afterwards
    if not form.validate():
        return _editor_page(form, p, status=422)
    if editor.slug_taken(form.slug.data, p.id):
        form.slug.errors.append(_slug_taken_message())
        return _editor_page(form, p, status=422)
    conflict = editor.save(form, p, current_user, action)
    if conflict:
        return _editor_page(form, p, status=409, conflict=conflict)
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat=action))


def _slug_taken_message():
    return _("Another programme already has this address.")


@bp.get("/programmes/<int:programme_id>/forhandsvisning")
@requires(EDITOR)
def preview(programme_id: int):
    p = db.get_or_404(Programme, programme_id)
    lang = request.args.get("lang", "sv")
    lang = lang if lang in LOCALES else "sv"
    card = Card(p, Localized({t.locale: t for t in p.translations}, lang), list(p.intakes))
    vocab = vocabulary()
    return render_template(
        "admin/preview.html",
        card=card,
        related=[],
        vocab=vocab,
        today=clock.today(),
        json_ld=course_json_ld(card, lang, vocab),
        preview_lang=lang,
        programme=p,
    )


@bp.get("/programmes/<int:programme_id>/versioner")
@requires(EDITOR)
def history(programme_id: int):
    p = db.get_or_404(Programme, programme_id)
    return render("admin/history.html", programme=p, revisions=revisions.history(p.id))


def _programme_and_revision(programme_id: int, revision_id: int):
    p, rev = db.get_or_404(Programme, programme_id), db.get_or_404(Revision, revision_id)
    if rev.programme_id != p.id:
        abort(404)
    return p, rev


@bp.get("/programmes/<int:programme_id>/versioner/<int:revision_id>")
@requires(EDITOR)
def revision(programme_id: int, revision_id: int):
    p, rev = _programme_and_revision(programme_id, revision_id)
    changes = revisions.diff(rev.data, revisions.snapshot(p))
    return render("admin/revision.html", programme=p, revision=rev, changes=changes)


@bp.post("/programmes/<int:programme_id>/versioner/<int:revision_id>/aterstall")
@requires(EDITOR)
def restore(programme_id: int, revision_id: int):
    p, rev = _programme_and_revision(programme_id, revision_id)
    editor.restore(p, rev, current_user)
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat="restore"))


@bp.get("/oversattningar")
@requires(EDITOR)
def translations():
    return render(
        "admin/translations.html",
        by_locale=editor.translation_status(),
        locale_names={c: LOCALES[c].name for c in LOCALES},
    )


@bp.get("/omraden")
@requires(EDITOR)
def fields():
    rows = db.session.scalars(select(Field).order_by(Field.position, Field.slug)).all()
    return render("admin/fields.html", fields=rows)


@bp.route("/omraden/<int:field_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_field(field_id: int):
    field = db.get_or_404(Field, field_id)
    form = field_pages.form_for(field)
    if form.validate_on_submit():
        field_pages.save(field, form)
        return redirect_to(url_for("admin.edit_field", field_id=field.id, sparat="save"))
    status = 422 if form.is_submitted() else 200
    return render("admin/field_edit.html", field=field, form=form, status=status)


@bp.get("/samtycken")
@requires(OFFICER)
def consents():
    return render(
        "admin/consents.html",
        counts=aggregate_counts(),
        purposes=list(Purpose),
        purpose_titles=PURPOSE_TITLES,
    )


@bp.post("/samtycken/export")
@requires(OFFICER)
def export_consents():
    purpose = request.form.get("purpose", "")
    if purpose not in {p.value for p in Purpose}:
        abort(400)
    recipients = contacts_for_purpose(purpose)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["email", "name", "phone", "language", "withdraw_url"])
    for r in recipients:
        writer.writerow([_cell(v) for v in (r.email, r.name, r.phone, r.locale, r.withdraw_url)])
    audit.record("consents_exported", f"purpose:{purpose}", {"rows": len(recipients)})
    db.session.commit()
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="kontakter-{purpose}.csv"'},
    )


def _cell(value: str | None) -> str:
    """A CSV cell a spreadsheet will not run: residents type their own names, and a name
    starting with = + - @ would otherwise be taken as a formula."""
    text = value or ""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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
    if user.id == current_user.id and RoleName.ADMINISTRATOR.value not in wanted:
        abort(400)  # nobody removes their own administrator role by accident
    user.roles = list(db.session.scalars(select(Role).where(Role.name.in_(wanted))))
    user.active = request.form.get("active") == "1" or user.id == current_user.id
    reset = request.form.get("reset_two_factor") == "1" and user.tf_primary_method is not None
    if reset:  # a lost phone: the user sets it up again at the next sign-in
        user.tf_primary_method = user.tf_totp_secret = user.totp_last_counter = None
    details = {"roles": sorted(wanted), "active": user.active, "two_factor_reset": reset}
    audit.record("user_changed", f"user:{user.id}", details)
    db.session.commit()
    return redirect_to(url_for("admin.users"))


@bp.get("/logg")
@requires(ADMIN)
def audit_log():
    action, actor = request.args.get("action", ""), request.args.get("actor", "")[:254]
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if actor:
        stmt = stmt.where(AuditEvent.actor.ilike(f"%{actor}%"))
    events = db.session.scalars(stmt.limit(200)).all()
    actions = db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
    total = db.session.scalar(select(func.count()).select_from(AuditEvent))
    return render(
        "admin/audit.html",
        block="audit_rows",
        events=events,
        actions=list(actions),
        action=action,
        actor=actor,
        total=total,
    )
