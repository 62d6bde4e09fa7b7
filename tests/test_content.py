"""The content files (portal/content/): every file checked against the schema, and a broken file
explained by name and key rather than half-loaded."""

import shutil
from pathlib import Path

import pytest

from portal.content.loader import CONTENT_DIR, ContentError, load_content
from portal.i18n import LOCALES
from portal.models.catalog import Kind, Status


def test_every_content_file_matches_the_schema():
    content = load_content()  # raises ContentError listing every problem
    assert len(content.programmes) >= 40 and len(content.fields) >= 10
    assert {p.facts.kind for p in content.programmes} == {k.value for k in Kind}
    for entry in (*content.programmes, *content.fields):
        assert set(entry.texts) <= set(LOCALES), entry.slug
        assert entry.texts["sv"].reviewed, entry.slug  # Swedish is the source, written by staff


def test_only_swedish_has_easy_to_read_summaries():
    for p in load_content().programmes:
        assert all(not t.easy_summary for loc, t in p.texts.items() if loc != "sv"), p.slug


def test_published_programmes_have_what_a_resident_needs():
    for p in load_content().programmes:
        if p.facts.status != Status.PUBLISHED:
            continue
        assert p.facts.intakes and p.facts.provider and p.facts.field, p.slug
        sv = p.texts["sv"]
        assert sv.title and sv.summary and sv.prerequisites and sv.body, p.slug


@pytest.fixture
def copy(tmp_path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return caught.value.problems


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_unknown_keys_values_and_references_are_named_with_their_file(copy):
    programme = copy / "programmes" / "sfi-studievag-1-rinkeby.toml"
    edit(programme, 'kind = "sfi"', 'kind = "sfi_express"\ncolour = "blue"')
    edit(programme, "pace = 100", "pace = 150")
    edit(programme, 'district = "rinkeby-kista"', 'district = "rinkeby"')
    edit(programme, "[en]", "[de]")
    found = problems(copy)
    where = "programmes/sfi-studievag-1-rinkeby.toml"
    assert any(p.startswith(f"{where}.kind: 'sfi_express' is not one of") for p in found)
    assert f"{where}: unknown key 'colour'" in found
    assert f"{where}.pace: 150 is not between 1 and 100" in found
    assert f"{where}: unknown key 'de'" in found  # not a locale the portal has
    # A file that fails its own checks is left out, so its references are not checked yet.
    edit(programme, 'kind = "sfi_express"\ncolour = "blue"', 'kind = "sfi"')
    edit(programme, "pace = 150", "pace = 100")
    edit(programme, "[de]", "[en]")
    assert problems(copy) == [f"{where}: district 'rinkeby' is not in the content files"]


def test_wrong_types_and_missing_text_are_reported(copy):
    field = copy / "fields" / "it.toml"
    edit(field, "position = 10", 'position = "10"')
    programme = copy / "programmes" / "yh-apotekstekniker.toml"
    edit(programme, "reviewed = false", "reviewed = 0")
    edit(programme, 'title = "Pharmacy', 'name = "Pharmacy')
    found = problems(copy)
    assert "fields/it.toml.position: expected int, got str" in found
    assert "programmes/yh-apotekstekniker.toml [en].reviewed: expected bool, got int" in found
    assert "programmes/yh-apotekstekniker.toml [en]: missing key 'title'" in found
    assert "programmes/yh-apotekstekniker.toml [en]: unknown key 'name'" in found


def test_a_file_that_is_not_toml_says_where(copy):
    (copy / "districts.toml").write_text('[[district]]\nslug = "farsta\n')
    (found,) = [p for p in problems(copy) if p.startswith("districts.toml")]
    assert "line 2" in found


def test_text_is_trimmed_so_multi_line_markdown_reads_naturally(copy):
    body = load_content(copy).programmes[0].texts["sv"].body
    assert body == body.strip() and "\n\n" in body


# What a resident needs in their own language before deciding whether to apply.
EVERY_LOCALE = ("title", "summary", "prerequisites")
CARE = "vard-och-omsorg"  # the mission's focus: the whole page in every locale


def test_every_published_programme_is_in_every_locale():
    missing = [
        f"{p.slug} [{loc}] {key}"
        for p in load_content().programmes
        if p.facts.status == Status.PUBLISHED
        for loc in LOCALES
        for key in EVERY_LOCALE + (("body",) if p.facts.field == CARE else ())
        if not getattr(p.texts.get(loc), key, "")
    ]
    assert not missing, missing


def test_every_field_is_named_in_every_locale_and_the_care_field_told_in_full():
    for f in load_content().fields:
        for loc in LOCALES:
            assert f.texts[loc].name and f.texts[loc].summary, (f.slug, loc)
            assert f.slug != CARE or f.texts[loc].body, loc


def test_translations_are_not_marked_as_reviewed_until_a_person_has():
    for p in load_content().programmes:
        assert not any(t.reviewed for loc, t in p.texts.items() if loc != "sv"), p.slug
