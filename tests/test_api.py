import pytest

from tests import factories


@pytest.fixture
def published(session):
    care = factories.field()
    factories.programme("Undersköterska", "Assistant nurse", slug="usk", field=care)
    factories.programme("Sfi studieväg 1", kind="sfi", slug="sfi-1", swedish_level=0)
    factories.programme("Utkast", slug="utkast", status="draft")
    session.commit()


def test_list_contract(client, published):
    response = client.get("/api/v1/programmes?lang=sv")
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    body = response.json
    assert body["total"] == 2
    assert {item["slug"] for item in body["items"]} == {"usk", "sfi-1"}
    item = next(i for i in body["items"] if i["slug"] == "usk")
    assert item["kind"] == "kombinationsutbildning"
    assert item["title"] == "Undersköterska" and item["language"] == "sv"
    assert item["url"] == "http://127.0.0.1:5000/sv/utbildningar/usk"  # PUBLIC_BASE_URL
    assert item["intakes"][0]["open_for_application"] is True


def test_list_takes_the_page_filters_and_language(client, published):
    body = client.get("/api/v1/programmes?lang=en&typ=kombinationsutbildning").json
    assert [(i["slug"], i["title"], i["language"]) for i in body["items"]] == [
        ("usk", "Assistant nurse", "en")
    ]
    body = client.get("/api/v1/programmes?lang=en&q=underskoterska").json
    assert body["total"] == 1
    sfi = client.get("/api/v1/programmes?lang=en&typ=sfi").json["items"][0]
    assert sfi["language"] == "sv"  # untranslated: Swedish, and says so


def test_list_is_paginated(client, published):
    body = client.get("/api/v1/programmes?per_sida=1&sida=2").json
    assert (body["total"], body["page"], body["pages"], len(body["items"])) == (2, 2, 2, 1)


def test_detail_contract(client, published):
    body = client.get("/api/v1/programmes/usk?lang=en").json
    assert body["slug"] == "usk" and body["kind"] == "kombinationsutbildning"
    assert body["title"] == "Assistant nurse"
    assert "body_markdown" in body and "employers" in body and "outcome" in body


@pytest.mark.parametrize("slug", ["utkast", "finns-inte"])
def test_drafts_and_unknown_slugs_are_404_json(client, published, slug):
    response = client.get(f"/api/v1/programmes/{slug}")
    assert response.status_code == 404
    assert response.json["error"] == "not_found"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("lang=xx", "lang"),
        ("sida=abc", "sida"),
        ("sida=0", "sida"),
        ("per_sida=1000", "per_sida"),
        ("niva=high", "niva"),
        ("typ=nonsense", "typ"),
        ("oppen=yes", "oppen"),
        ("colour=blue", "colour"),
    ],
)
def test_malformed_parameters_are_400_with_a_json_message(client, published, query, parameter):
    response = client.get(f"/api/v1/programmes?{query}")
    assert response.status_code == 400
    assert response.json["error"] == "bad_request"
    assert parameter in response.json["message"]
