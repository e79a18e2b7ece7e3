"""OpenAPI post-processing: every operation documents the errors any request can get.

drf-spectacular documents what a view declares; authentication, throttling, content
negotiation and body limits can answer any operation with 401/403/405/406/413/415/429, in
our one error shape. Declaring them everywhere keeps the schema honest (schemathesis checks
that every status code a response carries is documented).
"""

from __future__ import annotations

from typing import Any

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "fields"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}
COMMON_ERRORS = {
    "400": "Invalid input: the fields say what is wrong",
    "401": "No or invalid credentials",
    "403": "Not allowed for your role",
    "404": "No such object",
    "405": "Method not allowed",
    "406": "Cannot produce the requested media type",
    "409": "Conflicts with the current state (e.g. a name already taken)",
    "413": "Request body too large",
    "415": "Unsupported request media type",
    "429": "Too many requests: slow down",
}


# DRF refuses NUL characters in text (PostgreSQL cannot store them); say so.
NO_NUL = "^[^\\u0000]*$"


# A text DRF requires (minLength 1) is stripped first: it needs one character that is not
# white space, or "\n" passes the schema and gets a 400 for being blank.
NOT_BLANK = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"


def _no_nul_in_strings(component: dict[str, Any]) -> None:
    for prop in component.get("properties", {}).values():
        if prop.get("type") == "string" and "pattern" not in prop and "enum" not in prop:
            required_text = prop.get("minLength", 0) >= 1 and "format" not in prop
            prop["pattern"] = NOT_BLANK if required_text else NO_NUL
        if prop.get("type") == "array" and prop.get("items", {}).get("type") == "string":
            prop["items"].setdefault("pattern", NO_NUL)


# PATCH body fields that only annotate a change (a claim's `reason`): alone, they are a 400.
NOT_A_CHANGE = frozenset({"reason"})


def _at_least_one_property(operation: dict[str, Any], components: dict[str, Any]) -> None:
    """An empty PATCH body is a 400 naming the fields (core.api.StrictFieldsMixin)."""
    for media in operation.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        ref = schema.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            schema = components[ref.rsplit("/", 1)[1]]
        if schema.get("type") == "object":
            schema["minProperties"] = 1
            changes = [p for p in schema.get("properties", {}) if p not in NOT_A_CHANGE]
            if len(changes) < len(schema.get("properties", {})):
                schema["anyOf"] = [{"required": [name]} for name in changes]


def add_common_errors(result: dict[str, Any], generator, request, public) -> dict[str, Any]:
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("ErrorResponse", ERROR_SCHEMA)
    for name, component in components.items():
        # Request bodies are strict (core.api.StrictFieldsMixin): say so in the schema.
        if name.endswith("Request") and component.get("type") == "object":
            component["additionalProperties"] = False
            _no_nul_in_strings(component)
    ref = {"$ref": "#/components/schemas/ErrorResponse"}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method == "patch":
                _at_least_one_property(operation, components)
            # A NUL in any query parameter is refused (core.middleware.RejectNulMiddleware).
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                free_text = "pattern" not in schema and "enum" not in schema
                if parameter.get("in") == "query" and schema.get("type") == "string" and free_text:
                    schema["pattern"] = NO_NUL
            if "requestBody" in operation:
                # Every body we declare is needed: an empty POST is a 400, so say so.
                operation["requestBody"]["required"] = True
            responses = operation.setdefault("responses", {})
            for code, description in COMMON_ERRORS.items():
                responses.setdefault(
                    code,
                    {"description": description, "content": {"application/json": {"schema": ref}}},
                )
    return result
