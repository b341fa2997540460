"""What a TrustLLM rule computes: a figure, with the records it stands on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]
"""One TrustLLM record as published, plus ``res`` (the model's answer) and ``row`` (its index in the file)."""


@dataclass(frozen=True)
class Figure:
    """A value computed the way TrustLLM's evaluator computes it.

    ``n`` counts the records the value stands on (after TrustLLM's own exclusions); ``k``
    is set only for a plain share (k of n), which then gets a Wilson interval in the report.
    ``note`` says what was left out and why (for example the part TrustLLM sends to GPT-4
    when no judge is given).
    """

    value: float | None
    n: int
    k: int | None = None
    note: str = ""
