"""``--trust-report PATH.json``: every checked metric, machine-readable."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..results import Result
from ..secrets import redact

SCHEMA_VERSION = 3
"""2: one record per result (``results.Result``): key, scorer (was evaluator), method, model_spec, verdict.
3: each record's ``cases`` (case or unit id -> verdict: 1/0 for a rate, a number for a mean, null when
unscored) and its examples' ``expected`` and ``parsed``; each model's ``identity``; with a baseline, the
sections ``baseline``, ``comparisons``, ``new_metrics`` and ``missing_metrics`` (see ``baseline.py``)."""


def write_json(
    path: Path,
    results: Sequence[Result],
    models: Mapping[str, Mapping[str, Any]],
    settings: Mapping[str, Any],
    generation: Mapping[str, Mapping[str, Any]] | None = None,
    sections: Mapping[str, Any] | None = None,
) -> None:
    """Write atomically, so a reader never sees half a report; secrets are redacted.

    ``generation`` holds per model (and judge): answers requested, cached, generated, errors, seconds;
    ``sections`` any further top-level sections (``trustllm_leaderboard``).
    """
    document = {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": dict(settings),
        "models": dict(models),
        "generation": dict(generation or {}),
        "metrics": [r.to_dict() for r in sorted(results, key=lambda r: (r.model, r.test, r.group or "", r.metric))],
        **(sections or {}),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(redact(json.dumps(document, indent=2, ensure_ascii=False)) + "\n", encoding="utf-8")
    os.replace(tmp, path)
