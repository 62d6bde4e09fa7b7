"""Programmes: the list, the editor, the preview and the translation overview."""

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from portal import clock
from portal.admin import bp, drafts, editor, programme_list, revisions
from portal.admin.access import requires
from portal.admin.forms import OTHER_LOCALES, ProgrammeForm
from portal.admin.labels import SORT_LABELS, STATE_LABELS, STATUS_LABELS
from portal.admin.views.roles import EDITOR
from portal.catalog.coverage import coverage
from portal.catalog.localize import Localized
from portal.catalog.queries import Card, vocabulary
from portal.catalog.structured_data import course_json_ld
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.i18n import LOCALES
from portal.models.catalog import Programme, Status
from portal.search_text import slugify


@bp.get("/programmes")
@requires(EDITOR)
def programmes():
    query = programme_list.ListQuery.from_args(request.args)
    choices = editor.list_choices()
    return render(
        "admin/programmes.html",
        block="programme_list",
        query=query,
        result=programme_list.find(query),
        status_options=[(s.value, STATUS_LABELS[s.value]) for s in Status],
        kind_options=[(c.value, c.label) for c in choices["kind"]],
        field_options=[(c.value, c.label) for c in choices["field"]],
        district_options=[(c.value, c.label) for c in choices["district"]],
        lang_options=[(code, LOCALES[code].name) for code in OTHER_LOCALES],
        state_options=[(st, STATE_LABELS[st]) for st in programme_list.STATES],
        sort_options=list(SORT_LABELS.items()),
        locales=OTHER_LOCALES,
    )


@bp.post("/programmes/massandring")
@requires(EDITOR)
def bulk_programmes():
    action = request.form.get("bulk", "")
    ids = [i for i in (editor.optional_int(v) for v in request.form.getlist("ids")) if i]
    back = programme_list.ListQuery.from_args(request.args).args()
    if action not in {*programme_list.BULK_ACTIONS, "copy_intakes"} or not ids:
        return redirect_to(url_for("admin.programmes", **back, massandring="inget"))
    changed = programme_list.bulk(action, ids, current_user)
    return redirect_to(url_for("admin.programmes", **back, massandring=changed))


def _editor_page(form, p, status=200, conflict=None, draft=None):
    return render(
        "admin/edit.html",
        block="editor",
        form=form,
        programme=p,
        other_locales=OTHER_LOCALES,
        stale={c: st == "stale" for c, st in editor.locale_states(p).items()} if p.id else {},
        conflict=conflict,
        draft=draft if draft is not None else drafts.of(p),
        status=status,
    )


@bp.route("/programmes/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_programme():
    return _edit(Programme(status=Status.DRAFT, version=0, swedish_level=None))


@bp.route("/programmes/<int:programme_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_programme(programme_id: int):
    return _edit(db.get_or_404(Programme, programme_id))


def _edit(p: Programme):
    form = ProgrammeForm()
    editor.set_choices(form)
    if request.method == "GET":
        revisions.ensure_baseline(p, current_user)
        draft = drafts.of(p)
        if draft is None:
            editor.fill_form(form, p)
        else:  # go on from the prepared change, not from the published version
            with drafts.applied(p, draft):
                editor.fill_form(form, p)
        return _editor_page(form, p, draft=draft)
    action = request.form.get("action", "save")
    if action == "add_intake":
        form.intakes.append_entry()
        return _editor_page(form, p)
    if not form.slug.data and form.sv.title.data:
        form.slug.data = slugify(form.sv.title.data)[:120]  # editable afterwards
    if not form.validate():
        return _editor_page(form, p, status=422)
    if editor.slug_taken(form.slug.data, p.id):
        form.slug.errors.append(_("Another programme already has this address."))
        return _editor_page(form, p, status=422)
    published = p.status == Status.PUBLISHED
    outcome = editor.save(form, p, current_user, action)
    if isinstance(outcome, editor.Conflict):
        return _editor_page(form, p, status=409, conflict=outcome)
    if isinstance(outcome, editor.NotReady):
        editor.add_problems(form, outcome.problems)
        return _editor_page(form, p, status=422)
    if action == "save" and published:
        return redirect_to(url_for("admin.draft", programme_id=p.id, sparat="draft"))
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat=action))


@bp.get("/programmes/<int:programme_id>/forhandsvisning")
@requires(EDITOR)
def preview(programme_id: int):
    return preview_page(db.get_or_404(Programme, programme_id))


def preview_page(p: Programme, draft=None) -> str:
    """The programme as residents would see it, in the language asked for."""
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
        draft=draft,
    )


@bp.get("/oversattningar")
@requires(EDITOR)
def translations():
    rows, total = coverage()
    return render(
        "admin/translations.html",
        by_locale=editor.translation_status(),
        coverage_rows=rows,
        coverage_total=total,
    )
