"""What a TrustLLM rule computes: a figure, with the records it stands on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


def share(k: int, n: int, note: str = "") -> Figure:
    """k of n as a Figure; value None when there is nothing to divide."""
    return Figure(k / n if n else None, n, k, note)


def check_parallel(rows: Sequence[Row], refused: Sequence[bool]) -> None:
    """Refusal verdicts come one per row, in order."""
    if len(rows) != len(refused):
        raise ValueError(f"refused has {len(refused)} verdicts for {len(rows)} rows")


def join_notes(*parts: str) -> str:
    """The non-empty notes, one after another."""
    return "; ".join(p for p in parts if p)
