"""The staff programme list: every programme reachable (paging), filters, search and sorting
in the URL, and bulk changes to ticked programmes."""

from datetime import date

from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Revision
from portal.models.audit import AuditEvent
from portal.models.catalog import Intake, Programme
from tests import factories
from tests.admin_helpers import csrf_token
from tests.helpers import page


def titles(soup):
    return [a.get_text() for a in soup.select("tbody td:nth-of-type(2) a")]


def test_every_programme_is_reachable_through_pages(editor, session):
    for n in range(58):
        factories.programme(f"Utbildning {n:02d}", slug=f"u-{n:02d}")
    session.commit()
    first = page(editor.get("/admin/programmes?status=published"))
    assert len(titles(first)) == 50
    assert "58 utbildningar" in first.get_text()
    next_link = first.select_one('a[rel="next"]')["href"]
    assert "status=published" in next_link and "page=2" in next_link  # filters are kept
    second = page(editor.get(next_link))
    assert titles(second) == [f"Utbildning {n:02d}" for n in range(50, 58)]
    assert page(editor.get("/admin/programmes?page=999")).select("tbody a")  # clamped
    assert editor.get("/admin/programmes?page=%C2%B2&field=abc&sort=x").status_code == 200


def test_filters_search_and_sorting_come_from_the_url(editor, session):
    care = factories.field()
    it = factories.field(slug="it", sv="IT", en="IT")
    jarva = factories.district()
    factories.programme("Undersköterska", "Assistant nurse", slug="usk", field=care, district=jarva)
    factories.programme("Barnskötare", slug="bsk", field=care, status="draft", starts_in_days=None)
    factories.programme("Webbutvecklare", slug="webb", field=it, kind="sfi")
    session.commit()

    def shown(query):
        return sorted(titles(page(editor.get(f"/admin/programmes?{query}"))))

    assert shown("status=draft") == ["Barnskötare"]
    assert shown("kind=sfi") == ["Webbutvecklare"]
    assert shown(f"field={care.id}") == ["Barnskötare", "Undersköterska"]
    assert shown(f"district={jarva.id}") == ["Undersköterska"]
    assert shown("upcoming=1") == ["Undersköterska", "Webbutvecklare"]
    assert shown("lang=en&state=missing") == ["Barnskötare", "Webbutvecklare"]
    assert shown("lang=en&state=ok") == ["Undersköterska"]
    assert shown("q=sköt") == ["Barnskötare", "Undersköterska"]
    ordered = titles(page(editor.get("/admin/programmes?sort=-title")))
    assert ordered == ["Webbutvecklare", "Undersköterska", "Barnskötare"]
    form = page(editor.get(f"/admin/programmes?field={care.id}&sort=-title"))
    assert form.select_one(f'#admin-field option[value="{care.id}"]').has_attr("selected")
    assert form.select_one('#admin-sort option[value="-title"]').has_attr("selected")


def _bulk(editor, action, ids):
    token = csrf_token(editor, "/admin/programmes")
    return editor.post(
        "/admin/programmes/massandring?status=published",
        data={"bulk": action, "ids": [str(i) for i in ids], "csrf_token": token},
    )


def test_bulk_archive_and_unpublish(client, editor, session):
    a = factories.programme("A", slug="a")
    b = factories.programme("B", slug="b")
    c = factories.programme("C", slug="c")
    session.commit()
    response = _bulk(editor, "archive", [a.id, b.id])
    assert response.status_code in (302, 303)
    assert "status=published" in response.headers["Location"]  # back to the same list
    assert "2 utbildningar ändrades" in page(editor.get(response.headers["Location"])).get_text()
    db.session.expire_all()
    assert [db.session.get(Programme, i).status for i in (a.id, b.id, c.id)] == [
        "archived",
        "archived",
        "published",
    ]
    assert client.get("/sv/utbildningar/a").status_code == 404
    _bulk(editor, "unpublish", [c.id])
    db.session.expire_all()
    assert db.session.get(Programme, c.id).status == "draft"
    events = db.session.scalars(select(AuditEvent.action)).all()
    assert events.count("programme_bulk_archive") == 2 and "programme_bulk_unpublish" in events
    assert db.session.scalar(select(Revision).where(Revision.programme_id == c.id))
    nothing = _bulk(editor, "archive", [])
    assert "Kryssa i minst en" in page(editor.get(nothing.headers["Location"])).get_text()


def test_copy_intakes_to_next_term(editor, session):
    p = factories.programme("Vård", slug="vard", starts_in_days=None)
    p.intakes.extend(
        [
            Intake(
                starts_on=date(2026, 8, 17),
                application_opens=date(2026, 4, 1),
                application_closes=date(2026, 5, 15),
                seats=24,
            ),
            Intake(
                starts_on=date(2027, 1, 18),
                application_opens=date(2026, 9, 1),
                application_closes=date(2026, 10, 31),
                seats=20,
            ),
            Intake(starts_on=date(2027, 3, 31), seats=10),
        ]
    )
    session.commit()
    _bulk(editor, "copy_intakes", [p.id])
    _bulk(editor, "copy_intakes", [p.id])  # twice adds a term each time, never duplicates
    db.session.expire_all()
    starts = sorted(
        (i.starts_on, i.application_opens, i.application_closes, i.seats)
        for i in db.session.get(Programme, p.id).intakes
    )
    assert (date(2027, 7, 18), date(2027, 3, 1), date(2027, 4, 30), 20) in starts
    assert (date(2027, 9, 30), None, None, 10) in starts  # the 31st of a 30-day month
    assert len(starts) == 7  # 3 + 2 for the next term + 2 for the one after
