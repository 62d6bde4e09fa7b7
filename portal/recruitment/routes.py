from flask import abort, redirect, request, url_for

from portal import clock
from portal.extensions import db
from portal.htmx import is_htmx_request, redirect_to, render
from portal.i18n import current_locale
from portal.models.recruitment import RecruitmentDay
from portal.recruitment import bp, consent_scope, queries, rsvp
from portal.recruitment.forms import AnswerForm
from portal.recruitment.structured_data import event_json_ld


@bp.get("/rekryteringstraffar")
def days():
    return render("recruitment/list.html", days=queries.upcoming(current_locale()))


@bp.get("/rekryteringstraffar/<slug>")
def day(slug: str):
    found = queries.by_slug(slug)
    if found is None:
        abort(404)
    locale = current_locale()
    return render(
        "recruitment/day.html",
        item=queries.view(found, locale),
        json_ld=event_json_ld(found, locale),
        programmes=queries.programme_links(found, locale),
        past=found.day < clock.today(),
        covered=consent_scope.covers(found),
        interested_url=url_for(
            "contact.start", syfte="job_invitations", traff=found.slug, lang_code=locale
        ),
    )


@bp.get("/traff/<int:day_id>")
def short_link(day_id: int):
    """The short address text messages carry; the day's page is the real one."""
    found = db.session.get(RecruitmentDay, day_id) or abort(404)
    return redirect(url_for(".day", slug=found.slug), code=301)


@bp.route("/rekryteringstraffar/svar/<token>", methods=["GET", "POST"])
def rsvp_page(token: str):
    link = rsvp.read(token)
    if link is None:
        return render("recruitment/rsvp_invalid.html", status=404)
    form, refused = AnswerForm(), None
    if request.method == "POST":
        if not form.validate():
            return _answer_page(link, form, status=422)
        refused = rsvp.answer(link, form.answer.data)
        if refused is None and is_htmx_request():
            return _answer_page(link, AnswerForm(formdata=None), saved=True)
        if refused is None:  # without JavaScript: post, redirect, get
            return redirect_to(url_for(".rsvp_page", token=token, svar="sparat"))
    saved = request.args.get("svar") == "sparat"
    return _answer_page(link, form, refused, saved, status=409 if refused else 200)


def _answer_page(link, form, refused=None, saved=False, status=200):
    return render(
        "recruitment/rsvp.html",
        block="answer",
        link=link,
        item=queries.view(link.day, current_locale()),
        form=form,
        closed=rsvp.closed_reason(link),
        refused=refused,
        places_left=rsvp.places_left(link.day),
        saved=saved,
        status=status,
    )


@bp.after_request
def _no_store_answers(response):
    if request.endpoint == "recruitment.rsvp_page":
        response.headers["Cache-Control"] = "no-store"  # a person's own answer
    return response
