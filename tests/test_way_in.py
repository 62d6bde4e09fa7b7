"""A way in from every programme, fitting its kind; publishing refuses one without."""

import pytest
from sqlalchemy import select

from portal.catalog.way_in import way_in_problems
from portal.demo import load_demo_content
from portal.models.catalog import Kind, Programme, Status
from tests import factories
from tests.admin_helpers import make_user, sign_in
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of


def test_every_published_demo_programme_has_a_way_in(session):
    load_demo_content()
    published = session.scalars(select(Programme).where(Programme.status == Status.PUBLISHED))
    missing = {p.slug: [str(x) for x in way_in_problems(p)] for p in published}
    assert not {slug: why for slug, why in missing.items() if why}
    kinds = {p.kind for p in session.scalars(select(Programme))}
    assert {Kind.JOBBSPAR, Kind.SFX, Kind.YRKESHOGSKOLA} <= kinds


def test_loading_the_demo_again_fills_a_missing_way_in_only(session):
    load_demo_content()
    track = session.scalar(select(Programme).where(Programme.slug == "jobbspar-bussforare"))
    track.apply_via, track.apply_phone = None, "08-000 00 00"
    session.commit()
    load_demo_content()
    assert track.apply_via == "Jobbtorg Stockholm Farsta"
    assert track.apply_phone == "08-000 00 00"  # what an editor wrote stays


@pytest.mark.parametrize(
    "columns, fields",
    [
        (dict(kind="kombinationsutbildning", apply_url=None), ["apply_url"]),
        (dict(kind="yrkeshogskola", apply_url="ftp://x"), ["apply_url"]),
        (dict(kind="sfx", apply_url=None), ["apply_url"]),
        (dict(kind="jobbspar", apply_url=None), ["apply_via", "apply_address"]),
        (dict(kind="jobbspar", apply_via="Jobbtorg Stockholm Kista"), ["apply_address"]),
        (dict(kind="jobbspar", apply_via="Jobbtorg Kista", apply_phone="08-1"), []),
        (dict(kind="jobbspar", apply_via="Arbetsgivaren", apply_url="https://e.org"), []),
        (dict(kind="sfi", apply_url="https://vuxenutbildning.stockholm/"), []),
    ],
)
def test_what_counts_as_a_way_in_depends_on_the_kind(columns, fields):
    assert [p.field for p in way_in_problems(Programme(**columns))] == fields


def test_the_public_page_shows_the_way_in_of_its_kind(client, session):
    factories.programme(
        "Jobbspår: hemtjänst",
        "Job track: home care",
        kind="jobbspar",
        slug="js",
        apply_via="Jobbtorg Stockholm Kista",
        apply_address="Kista torg 7, Kista",
        apply_phone="08-508 000 00",
    )
    factories.programme(
        "Sfx för ingenjörer",
        "Sfx for engineers",
        kind="sfx",
        slug="sfx",
        apply_url="https://www.sfx.se/",
    )
    factories.programme(
        "Medicinsk sekreterare",
        "Medical secretary",
        kind="yrkeshogskola",
        slug="yh",
        apply_url="https://yh.example.org/ansok",
    )
    session.commit()
    track = page(client.get("/en/utbildningar/js"))
    box = text_of(track, ".programme__facts")
    assert "Jobbtorg Stockholm Kista" in box and "Kista torg 7, Kista" in box
    assert "no application form" in box and "komvux" not in box
    assert track.select_one(".programme__facts a[href='tel:0850800000']")
    sfx = text_of(page(client.get("/en/utbildningar/sfx")), ".programme__facts")
    assert "regional sfx admission" in sfx and "common admission for sfx" in sfx
    yh = page(client.get("/sv/utbildningar/yh"))
    assert yh.select_one(".programme__facts a.button")["href"] == "https://yh.example.org/ansok"
    assert "CSN" in text_of(yh, ".programme__facts")


def test_publishing_without_a_way_in_is_refused_naming_what_is_missing(client, session):
    make_user("redaktor@stockholm.se", "editor")
    p = factories.programme(
        "Jobbspår: buss",
        kind="jobbspar",
        slug="js-buss",
        status="draft",
        provider=factories.provider(),
    )
    session.commit()
    sign_in(client, "redaktor@stockholm.se")
    url = f"/admin/programmes/{p.id}"
    data = form_fields(client.get(url).get_data(as_text=True), "#editor form")
    data["action"] = ["publish"]
    soup = page(client.post(url, data=data), 422)
    summary = text_of(soup, ".error-summary")
    assert "Jobbtorg Stockholm eller arbetsgivaren" in summary
    assert "adress, ett telefonnummer eller en länk" in summary
    assert soup.select_one(".error-summary a[href='#apply_via']")
    session.expire_all()
    assert session.get(Programme, p.id).status == "draft"
    data["apply_via"] = ["Jobbtorg Stockholm Farsta"]
    data["apply_phone"] = ["08-508 000 00"]
    response = client.post(url, data=data)
    assert response.status_code == 303
    session.expire_all()
    assert session.get(Programme, p.id).status == "published"
