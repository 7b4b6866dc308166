"""newsparse: scraped news-article text to structured JSON records.

    >>> import newsparse
    >>> records = newsparse.parse_text(open("page.txt").read())
    >>> records[0].headline

The public API is listed in `__all__`; names are loaded on first use so that
`newsparse --version` starts without importing the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Dateline",
    "InputError",
    "PageMeta",
    "ParseWarning",
    "Quote",
    "Record",
    "Source",
    "Timestamp",
    "__version__",
    "explain_text",
    "html_to_text",
    "load_schema",
    "parse_file",
    "parse_html",
    "parse_text",
]

_LAZY = {
    "Article": "pipeline",
    "explain_text": "pipeline",
    "parse_file": "pipeline",
    "parse_text": "pipeline",
    "Dateline": "model",
    "ParseWarning": "model",
    "Quote": "model",
    "Record": "model",
    "Source": "model",
    "Timestamp": "model",
    "InputError": "reading",
    "load_schema": "schema",
    "PageMeta": "htmltext",
    "html_to_text": "htmltext",
    "parse_html": "inputs",
}

if TYPE_CHECKING:
    from .htmltext import PageMeta, html_to_text
    from .inputs import parse_html
    from .model import Dateline, ParseWarning, Quote, Record, Source, Timestamp
    from .pipeline import Article, explain_text, parse_file, parse_text
    from .reading import InputError
    from .schema import load_schema


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
