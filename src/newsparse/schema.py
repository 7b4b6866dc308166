"""The JSON Schema of a record, shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "record.schema.json"


def schema_text() -> str:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text("utf-8")


@cache
def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_text())
    return schema


def _type_of(spec: dict[str, Any], defs: dict[str, Any]) -> str:
    """A short human name for a property's type."""
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        target = defs[name]
        return _type_of(target, defs) if "oneOf" in target else name.capitalize()
    if "oneOf" in spec:
        return " or ".join(_type_of(option, defs) for option in spec["oneOf"])
    if "const" in spec:
        return f"`{json.dumps(spec['const'])}`"
    if "enum" in spec:
        return " \\| ".join(f"`{json.dumps(v)}`" for v in spec["enum"])
    kind = spec.get("type", "object")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "array":
        return f"array of {_type_of(spec.get('items', {}), defs)}"
    return str(kind)


def _table(properties: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    rows = ["| key | type | meaning |", "|---|---|---|"]
    for key, spec in properties.items():
        description = spec.get("description", "").replace("|", "\\|")
        rows.append(f"| `{key}` | {_type_of(spec, defs)} | {description} |")
    return rows


def reference_markdown() -> str:
    """The record reference for the README, generated from the shipped schema:
    one table for the record and one for each object it holds."""
    schema = load_schema()
    defs = schema["$defs"]
    out = ["A record, keys in output order:", "", *_table(schema["properties"], defs), ""]
    nested = [
        ("source", schema["properties"]["source"]["properties"]),
        ("dateline", schema["properties"]["dateline"]["oneOf"][1]["properties"]),
        ("Timestamp (`published`, `updated`)", defs["timestamp"]["properties"]),
        ("Quote (`quotes[]`)", defs["quote"]["properties"]),
        ("Warning (`warnings[]`)", defs["warning"]["properties"]),
    ]
    for title, properties in nested:
        out += [f"{title}:", "", *_table(properties, defs), ""]
    return "\n".join(out)
