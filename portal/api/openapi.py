"""The OpenAPI 3.1 document of the open-data API, at /api/v1/openapi.json.

Parameters come from the one parameter table (catalog/parameters.py) and the endpoints'
lists in api/routes.py; response schemas from openapi_components.json, with their enums
filled from the models, so the document cannot drift from the code.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import current_app, jsonify

from portal.api import bp
from portal.api.routes import ENDPOINT_PARAMETERS
from portal.catalog.parameters import BY_NAME, Parameter
from portal.catalog.queries import Vocabulary, vocabulary
from portal.i18n import LOCALES
from portal.models.catalog import Kind, StudyFormat, SwedishLevel

STRING = {"type": "string"}
COMPONENTS = Path(__file__).with_name("openapi_components.json")
ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "405": {"$ref": "#/components/responses/MethodNotAllowed"},
    "429": {"$ref": "#/components/responses/TooManyRequests"},
    "500": {"$ref": "#/components/responses/ServerError"},
}


@cache
def _components() -> dict[str, Any]:
    components = json.loads(COMPONENTS.read_text(encoding="utf-8"))
    summary = components["schemas"]["ProgrammeSummary"]["properties"]
    summary["kind"]["enum"] = [k.value for k in Kind]
    summary["format"]["enum"] = [f.value for f in StudyFormat]
    summary["language"]["enum"] = list(LOCALES)
    summary["swedish_level"]["enum"] = [lv.name.lower() for lv in SwedishLevel]
    return components


def parameter_schema(p: Parameter, vocab: Vocabulary) -> dict[str, Any]:
    one: dict[str, Any] = {"type": "integer" if p.integer else "string"}
    if p.choices is not None:
        one["enum"] = p.allowed(vocab)
    if p.minimum is not None:
        one["minimum"] = p.minimum
    if p.maximum is not None:
        one["maximum"] = p.maximum
    if p.max_length is not None:
        one["maxLength"] = p.max_length
    if p.repeatable:
        return {"type": "array", "items": one}
    if p.default is not None and p.default != "":
        one["default"] = ("1" if p.default else "0") if p.flag else p.default
    return one


def _parameters(endpoint: str, vocab: Vocabulary) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": BY_NAME[name].description,
            "schema": parameter_schema(BY_NAME[name], vocab),
            **({"style": "form", "explode": True} if BY_NAME[name].repeatable else {}),
        }
        for name in ENDPOINT_PARAMETERS[endpoint]
    ]


def _json(schema: str, description: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {"description": description, "content": {"application/json": {"schema": ref}}}


def document(vocab: Vocabulary) -> dict[str, Any]:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Education paths into work: open data",
            "version": "1",
            "description": "Read-only JSON of every published programme of the City of "
            "Stockholm's portal for education paths into work. Free to use.",
        },
        "servers": [{"url": f"{base}/api/v1"}],
        "paths": {
            "/programmes": {
                "get": {
                    "operationId": "listProgrammes",
                    "summary": "Published programmes, filtered like the search page",
                    "parameters": _parameters("api.programmes", vocab),
                    "responses": {"200": _json("ProgrammeList", "One page of results."), **ERRORS},
                }
            },
            "/programmes/{slug}": {
                "get": {
                    "operationId": "getProgramme",
                    "summary": "One published programme with its texts, intakes and outcome",
                    "parameters": [
                        {
                            "name": "slug",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        *_parameters("api.programme", vocab),
                    ],
                    "responses": {
                        "200": _json("ProgrammeDetail", "The programme."),
                        "404": {"$ref": "#/components/responses/NotFound"},
                        **ERRORS,
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "responses": {"200": {"description": "The OpenAPI document."}},
                }
            },
        },
        "components": copy.deepcopy(_components()),
    }


@bp.get("/openapi.json")
def openapi():
    return jsonify(document(vocabulary()))
