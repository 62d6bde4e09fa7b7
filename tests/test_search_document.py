"""Free-text search reads a narrow copy of each text (search_document: folded title and
distinct words) that must follow every change of the text, and phrases of several words
are still matched as written, side by side."""

from portal.models.catalog import ProgrammeTranslation
from tests import factories
from tests.helpers import HTMX, fragment


def found(client, query, lang="sv"):
    soup = fragment(client.get(f"/{lang}/utbildningar", query_string={"q": query}, headers=HTMX))
    return [a["href"].rsplit("/", 1)[-1] for a in soup.select(".programme-card__title a")]


def test_an_edited_text_is_searched_as_it_now_reads(client, session):
    p = factories.programme("Installation", slug="installation")
    p.translations[0].body = "Du lär dig kylteknik på riktiga anläggningar."
    session.commit()
    assert found(client, "kylteknik") == ["installation"]
    p.translations[0].body = "Du lär dig elteknik på riktiga anläggningar."
    p.translations[0].title = "Elinstallation"
    session.commit()
    assert found(client, "kylteknik") == []
    assert found(client, "elteknik") == ["installation"]
    assert found(client, "elinstallation") == ["installation"]
    assert found(client, "installation") == ["installation"]  # now inside the title word


def test_a_removed_translation_is_no_longer_searched(client, session):
    p = factories.programme("Svetsning", "Welding", slug="svets")
    session.commit()
    assert found(client, "welding", "en") == ["svets"]
    p.translations.remove(next(t for t in p.translations if t.locale == "en"))
    session.commit()
    assert session.query(ProgrammeTranslation).filter_by(locale="en").count() == 0
    assert found(client, "welding", "en") == []
    assert found(client, "svetsning", "en") == ["svets"]  # the Swedish text still counts


def test_a_phrase_matches_only_its_words_side_by_side(client, session):
    factories.occupation("snickare", "Snickare", synonyms="bygga hus")
    # The words of "bygga hus" appear in both, side by side only in the first; its distinct
    # words ("hus av tra: vi ska bygga") do not hold the phrase, the text does.
    first = factories.programme("Trähus", slug="trahus")
    first.translations[0].body = "Hus av trä: vi ska bygga hus."
    second = factories.programme("Stora hus", slug="stora-hus")
    second.translations[0].body = "Vi ska bygga stora hus."
    session.commit()
    assert found(client, "bygga hus") == ["trahus"]


def test_a_lost_search_row_comes_back_with_the_next_save(client, session):
    from sqlalchemy import delete

    from portal.models.catalog import search_document

    p = factories.programme("Kylteknik", slug="kyl")
    session.commit()
    session.execute(delete(search_document))
    session.commit()
    assert found(client, "kylteknik") == []
    p.translations[0].body = "Värmepumpar och kylanläggningar."
    session.commit()
    assert found(client, "kylteknik") == ["kyl"]
    assert found(client, "varmepumpar") == ["kyl"]
