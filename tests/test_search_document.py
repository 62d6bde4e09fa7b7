"""Free-text search reads a narrow copy of each text (search_document: folded title and
distinct words) that must follow every change of the text, and phrases of several words
are still matched as written, side by side."""

import pytest

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


def test_a_word_search_reads_only_the_documents_holding_it(client, session):
    """On PostgreSQL a search finds the documents holding its words through the trigram
    indexes rather than reading every document, so its cost follows what it matches, not
    the size of the catalogue (bench/cold_search.py measures it)."""
    from sqlalchemy import Engine, event

    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("the trigram indexes exist only on PostgreSQL")
    factories.programme("Kylteknik", slug="kyl")
    factories.programme("Undersköterska", slug="usk")
    session.commit()
    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "search_document" in statement:
            statements.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", keep)
    try:
        assert found(client, "kylteknik") == ["kyl"]
    finally:
        event.remove(Engine, "before_cursor_execute", keep)
    (statement, parameters), *_ = statements
    cursor = session.connection().connection.cursor()
    # The test catalogue is small enough to read whole; forbid that to see what else can be.
    cursor.execute("SET LOCAL enable_seqscan = off")
    cursor.execute("EXPLAIN " + statement, parameters)
    plan = "\n".join(row[0] for row in cursor.fetchall())
    session.rollback()
    assert "ix_search_document_words_trigram" in plan, plan
