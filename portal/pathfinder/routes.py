from flask import request
from flask_babel import gettext as _

from portal import clock
from portal.catalog.queries import load_cards, vocabulary
from portal.htmx import render
from portal.i18n import current_locale, swedish_only
from portal.pathfinder import bp, questions, texts
from portal.pathfinder.offers import published_offers
from portal.pathfinder.questions import Answers
from portal.pathfinder.rules import build_route
from portal.pathfinder.view import question_view, route_view


@bp.get("/vilken-vag")
def finder():
    """One question per step; every step is this URL with the answers so far."""
    return answer()


@bp.get("/vilken-vag/lattlast")
def easy():
    """The same path finder in easy-to-read Swedish (a Swedish content variant)."""
    swedish_only()
    return answer(easy=True)


def answer(easy: bool = False):
    locale, today, vocab = current_locale(), clock.today(), vocabulary()
    language_field = questions.data()["language_field"]
    job_fields = [f for f in vocab.fields if f.slug != language_field]
    answers = Answers.from_args(
        request.args, {f.slug for f in job_fields}, set(vocab.district_ids_by_slug)
    )
    asking = answers.next_question()
    if asking:
        context = question_view(answers, asking, job_fields, vocab.districts, locale, easy)
        title = _(
            "%(question)s (step %(num)s of %(total)s)",
            question=context["title"],
            num=context["number"],
            total=context["total"],
        )
        return render(
            "pathfinder/finder.html",
            block="finder",
            step=context,
            route=None,
            finder_title=title,
            words=texts.words(easy, ""),
            easy=easy,
        )
    offers = published_offers(today)
    route = build_route(offers, answers, language_field, questions.demand_fields())
    ids = [o.id for o in route.offers]
    cards = {c.programme.id: c for c in load_cards(ids, locale, today)}
    context = route_view(answers, route, cards, vocab, locale)
    return render(
        "pathfinder/finder.html",
        block="finder",
        step=None,
        route=context,
        vocab=vocab,
        today=today,
        finder_title=_("Your route to work"),
        words=texts.words(easy, context["guidance"]["name"]),
        easy=easy,
    )
