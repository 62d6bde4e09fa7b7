"""Outcome figures (share in work, months after, year, source) are edited with the programme,
kept in its revisions, and never shown without their source."""

from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Revision
from tests import factories
from tests.admin_helpers import make_user, sign_in
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of


def test_outcome_figures_are_edited_with_their_source(client, session):
    make_user("redaktor@stockholm.se", "editor")
    sign_in(client, "redaktor@stockholm.se")
    p = factories.programme("Undersköterska", slug="usk", status="draft")
    session.commit()
    url = f"/admin/programmes/{p.id}"
    data = form_fields(client.get(url).get_data(as_text=True), "#editor form")
    data.update({"outcome_share": ["72"]})
    soup = page(client.post(url, data=data), status=422)
    assert "#outcome_share" in {a["href"] for a in soup.select(".error-summary a")}
    assert "behöver månader efter, år och källa" in text_of(soup, ".error-summary")
    data.update(
        {
            "outcome_months": ["6"],
            "outcome_year": ["2025"],
            "outcome_source": ["Arbetsmarknadsförvaltningens uppföljning"],
        }
    )
    assert client.post(url, data=data).status_code == 303
    saved = form_fields(client.get(url).get_data(as_text=True), "#editor form")
    assert saved["outcome_share"] == ["72"] and saved["outcome_year"] == ["2025"]
    latest = db.session.scalars(select(Revision).order_by(Revision.id.desc())).first()
    assert latest.data["programme"]["outcome_source"] == "Arbetsmarknadsförvaltningens uppföljning"
