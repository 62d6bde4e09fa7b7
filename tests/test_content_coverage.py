"""Translation coverage per locale and field: the command and the administration's page."""

import re

import pytest
from sqlalchemy import delete, func, select

from portal.demo import load_demo_content
from portal.extensions import db
from portal.models.catalog import Programme, ProgrammeTranslation, Status
from tests.admin_helpers import make_user, sign_in
from tests.helpers import page


@pytest.fixture
def demo(session):
    load_demo_content()
    return session


def coverage_lines(app) -> dict[str, list[str]]:
    result = app.test_cli_runner().invoke(args=["content", "coverage"])
    assert result.exit_code == 0, result.output
    return {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[2:]}


def test_coverage_command_counts_every_locale_per_field(app, demo):
    published = demo.scalar(
        select(func.count()).select_from(Programme).where(Programme.status == Status.PUBLISHED)
    )
    lines = coverage_lines(app)
    assert lines["field"] == ["programmes", "sv", "en", "fi", "ar", "fa", "so", "ti", "uk"]
    # "all" is the first word of the total row "all fields"
    total = lines["all"][1:]
    assert total[0] == str(published)
    sv, en, *others = total[1:]
    assert sv == f"{published}/{published}/{published}"  # Swedish is the source, checked
    assert en.startswith(f"{published}/{published}/")
    assert all(re.fullmatch(rf"{published}/\d+/0", cell) for cell in others), others
    care = lines["vard-och-omsorg"]
    assert all(cell.startswith(f"{care[0]}/{care[0]}/") for cell in care[1:]), care


def test_a_missing_translation_shows_as_a_gap(app, demo):
    care = demo.scalars(select(Programme).where(Programme.slug.like("kombinationsutbildning-%")))
    p = next(p for p in care if p.field and p.field.slug == "vard-och-omsorg")
    before = coverage_lines(app)["vard-och-omsorg"]
    db.session.execute(
        delete(ProgrammeTranslation).where(
            ProgrammeTranslation.programme_id == p.id, ProgrammeTranslation.locale == "ti"
        )
    )
    db.session.commit()
    after = coverage_lines(app)["vard-och-omsorg"]
    n = int(before[0])
    assert after[7] == f"{n - 1}/{n - 1}/0" and after[:7] == before[:7]  # column ti


def test_translation_page_shows_coverage_to_editors(client, demo):
    make_user("redaktor@stockholm.se", "editor")
    sign_in(client, "redaktor@stockholm.se")
    soup = page(client.get("/admin/oversattningar"))
    table = soup.select_one(".coverage-table")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]
    assert headers[2:] == [
        "Svenska",
        "English",
        "Suomi",
        "العربية",
        "فارسی",
        "Soomaali",
        "ትግርኛ",
        "Українська",
    ]
    care = next(tr for tr in table.select("tbody tr") if "Vård och omsorg" in tr.th.get_text())
    cells = [td.get_text(strip=True) for td in care.select("td")]
    assert cells[0] == "16" and cells[1] == "16 / 16 / 16"
    assert not table.select(".coverage-table__gap")  # every locale has every programme


def test_every_published_programme_has_its_way_in_in_every_locale(app, demo):
    from flask_babel import force_locale

    from portal.catalog.way_in import how_to_apply, way_in_problems
    from portal.i18n import LOCALES

    published = demo.scalars(select(Programme).where(Programme.status == Status.PUBLISHED))
    for p in published:
        assert not way_in_problems(p), p.slug  # whom to contact, or where to apply
        with app.test_request_context(), force_locale("en"):
            english = str(how_to_apply(p.kind))
        for loc in LOCALES:
            with app.test_request_context(), force_locale(loc):
                text = str(how_to_apply(p.kind))
            assert text and (text != english or loc == "en"), (p.slug, loc)
