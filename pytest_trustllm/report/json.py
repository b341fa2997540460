"""The report document: every checked metric and how the run went, built once; every report format renders it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..results import ErroredTest, Result

SCHEMA_VERSION = 3
"""2: one record per result (``results.Result``): key, scorer (was evaluator), method, model_spec, verdict.
3: each record's ``cases`` (case or unit id -> verdict: 1/0 for a rate, a number for a mean, null when
unscored) and its examples' ``expected`` and ``parsed``; each model's ``identity``; with a baseline, the
sections ``baseline``, ``comparisons``, ``new_metrics`` and ``missing_metrics`` (see ``baseline.py``)."""

Document = dict[str, Any]
"""The report as plain data: what ``--trust-report x.json`` holds, and what the Markdown and HTML reports read."""


def build_document(
    results: Sequence[Result],
    models: Mapping[str, Mapping[str, Any]],
    settings: Mapping[str, Any],
    generation: Mapping[str, Mapping[str, Any]] | None = None,
    errored: Sequence[ErroredTest] = (),
    sections: Mapping[str, Any] | None = None,
) -> Document:
    """The document; its texts were redacted when the records were built.

    ``generation`` holds per model (and judge): answers requested, cached, generated, errors, seconds;
    ``errored`` the trust tests that ended in an error instead of a verdict; ``sections`` any further
    top-level sections (``trustllm_leaderboard``, ``partial``).
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": dict(settings),
        "models": dict(models),
        "generation": dict(generation or {}),
        "metrics": [r.to_dict() for r in sorted(results, key=lambda r: (r.model, r.test, r.group or "", r.metric))],
        "errored": [e.to_dict() for e in sorted(errored, key=lambda e: (e.model, e.test))],
        **(sections or {}),
    }


def reported_models(document: Mapping[str, Any]) -> list[str]:
    """The models with a metric or an errored test, in the order the command line named them."""
    named = [r["model"] for r in document.get("metrics", ())] + [e["model"] for e in document.get("errored", ())]
    return [m for m in dict.fromkeys([*document.get("models", {}), *named]) if m in set(named)]


def render(document: Document) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
