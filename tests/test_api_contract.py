"""The open-data API as a contract: its OpenAPI document agrees with the code's parameter
table and with what the API really does, and property-based requests (Hypothesis, through
the Flask test client) never get a 5xx or a response outside the documented schema."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from portal.api.routes import ENDPOINT_PARAMETERS
from portal.catalog.parameters import PARAMETERS
from tests import factories

SETTINGS = settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


@pytest.fixture
def catalogue(session):
    care, it = factories.field(), factories.field(slug="it", sv="IT", en="IT")
    factories.programme("Undersköterska", "Assistant nurse", slug="usk", field=care)
    factories.programme("Sfi studieväg 1", kind="sfi", slug="sfi-1", swedish_level=0)
    factories.programme("Utvecklare", slug="dev", field=it, study_format="distans", pace=50)
    factories.programme("Utkast", slug="utkast", status="draft")
    session.commit()


@pytest.fixture
def doc(client, catalogue):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.json


def validator(doc, name):
    root = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def documented(doc, path):
    return {p["name"]: p for p in doc["paths"][path]["get"]["parameters"] if p["in"] == "query"}


def test_the_document_is_openapi_3_1_with_valid_schemas(doc):
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"] == [{"url": "http://127.0.0.1:5000/api/v1"}]
    for schema in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_the_document_and_the_parameter_table_agree(doc):
    listed = documented(doc, "/programmes")
    assert (
        list(listed) == [p.name for p in PARAMETERS] == list(ENDPOINT_PARAMETERS["api.programmes"])
    )
    assert list(documented(doc, "/programmes/{slug}")) == list(ENDPOINT_PARAMETERS["api.programme"])
    for p in PARAMETERS:
        schema = listed[p.name]["schema"]
        one = schema["items"] if p.repeatable else schema
        assert (schema["type"] == "array") == p.repeatable
        assert one["type"] == ("integer" if p.integer else "string")
        assert listed[p.name]["description"] == p.description


def test_every_documented_value_is_accepted_and_others_are_refused(client, doc):
    for name, parameter in documented(doc, "/programmes").items():
        schema = parameter["schema"].get("items", parameter["schema"])
        for value in schema.get("enum", []):
            response = client.get("/api/v1/programmes", query_string={name: value})
            assert response.status_code == 200, (name, value, response.json)
        if "enum" in schema or schema["type"] == "integer":
            response = client.get("/api/v1/programmes", query_string={name: "not-a-value"})
            assert response.status_code == 400 and name in response.json["message"]
        if "maximum" in schema:
            too_big = {name: schema["maximum"] + 1}
            assert client.get("/api/v1/programmes", query_string=too_big).status_code == 400
        if "minimum" in schema:
            too_small = {name: schema["minimum"] - 1}
            assert client.get("/api/v1/programmes", query_string=too_small).status_code == 400
    undocumented = client.get("/api/v1/programmes?utbildning=1")
    assert undocumented.status_code == 400 and "utbildning" in undocumented.json["message"]


def query_strategy(parameters):
    """Per documented parameter: absent, documented values, or any text; plus stray names."""

    def values(parameter):
        schema = parameter["schema"].get("items", parameter["schema"])
        valid = (
            st.sampled_from(schema["enum"])
            if schema.get("enum")
            else st.integers(schema.get("minimum", -5) - 2, schema.get("maximum", 1000) + 2)
            if schema["type"] == "integer"
            else TEXT
        )
        one = st.one_of(valid.map(str), TEXT)
        many = (
            st.lists(one, max_size=3)
            if parameter["schema"]["type"] == "array"
            else one.map(lambda v: [v])
        )
        return st.one_of(st.just([]), many)

    pairs = st.fixed_dictionaries({name: values(p) for name, p in parameters.items()})
    strays = st.lists(st.tuples(TEXT.filter(lambda n: n not in parameters), TEXT), max_size=2)
    return st.tuples(pairs, strays).map(
        lambda t: [(n, v) for n, vs in t[0].items() for v in vs] + t[1]
    )


def check_answer(doc, response, success_schema):
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    name = success_schema if response.status_code == 200 else "Error"
    errors = sorted(validator(doc, name).iter_errors(response.json), key=str)
    assert not errors, (response.status_code, errors[0].message, errors[0].json_path)


def test_property_based_list_requests_stay_inside_the_schema(client, doc):
    @SETTINGS
    @given(query=query_strategy(documented(doc, "/programmes")))
    def run(query):
        response = client.get("/api/v1/programmes", query_string=query)
        check_answer(doc, response, "ProgrammeList")

    run()


def test_property_based_detail_requests_stay_inside_the_schema(client, doc):
    slugs = st.one_of(st.sampled_from(["usk", "sfi-1", "dev", "utkast"]), TEXT.filter(bool))

    @SETTINGS
    @given(slug=slugs, query=query_strategy(documented(doc, "/programmes/{slug}")))
    def run(slug, query):
        response = client.get(f"/api/v1/programmes/{quote(slug, safe='')}", query_string=query)
        assert response.status_code in (200, 400, 404, 308), response.status_code
        if response.status_code != 308:
            check_answer(doc, response, "ProgrammeDetail")

    run()


def test_documented_examples_answer_as_documented(client, doc):
    listing = client.get("/api/v1/programmes?per_sida=2&sida=2")
    check_answer(doc, listing, "ProgrammeList")
    assert listing.json["page"] == 2 and listing.json["per_page"] == 2
    detail = client.get("/api/v1/programmes/usk?lang=en")
    check_answer(doc, detail, "ProgrammeDetail")
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        refused = client.open("/api/v1/programmes", method=method)
        assert refused.status_code == 405
        check_answer(doc, refused, "Error")
