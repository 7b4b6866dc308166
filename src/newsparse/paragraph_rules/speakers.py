"""Speakers rule: who said each quote. Placeholder until attribution lands:
leaves speakers empty."""

from __future__ import annotations

from .draft import Draft


def rule(draft: Draft) -> None:
    return None
