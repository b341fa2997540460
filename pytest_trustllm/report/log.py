"""``--trust-log PATH.jsonl``: every scored case of the run, one JSON line per case and metric, so a reviewer
can read every answer and its verdict, not only the failing examples a test shows.

A line holds the model, the metric's key and test, the case id (and its unit, for metrics scored per
unit), the prompt (the last user message), the answer or its error, the case's reference answer or label,
what the scorer read in the answer and why (a judge's or a classifier's label), the verdict (1/0 for a
rate's true/false, a number for a mean, null when unscored) and the scorer. Lines are built where the
test ran (an xdist worker sends them with its results) and written at the end, redacted, atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from ..datasets import Answer
from ..evaluators.base import Verdict
from ..results import Result, reading, reference
from ..secrets import redact

LogLine = dict[str, Any]
CASE_LOG = pytest.StashKey[list[LogLine]]()
"""An item's log lines, attached to its call report by the plugin."""


def log_lines(
    result: Result, answers: Mapping[str, tuple[Answer, ...]], readings: Mapping[int, Verdict]
) -> list[LogLine]:
    """One line per answer of each case (or unit) ``result`` scored; ``answers``: id -> its answers,
    ``readings``: id(answer) -> the scorer's verdict on that answer."""
    lines = []
    for case, verdict in result.cases.items():
        shown = answers.get(case, ())
        for answer in shown:
            own = readings.get(id(answer))
            lines.append(
                {
                    "model": result.model,
                    "key": result.key,
                    "test": result.test,
                    "case": answer.case.id,
                    **({"unit": case} if case != answer.case.id or len(shown) > 1 else {}),
                    "prompt": answer.prompt,
                    "answer": answer.text if answer.error is None else None,
                    "error": answer.error,
                    "reference": reference(answer) or None,
                    "parsed": (own and reading(own.value)) or None,
                    "reason": own.reason if own is not None else None,
                    "verdict": verdict,
                    "scorer": result.scorer,
                }
            )
    return lines



def write_log(path: Path, lines: Iterable[LogLine]) -> int:
    """Write the lines (sorted by model, key and case) atomically; returns how many."""
    ordered = sorted(lines, key=lambda line: (line["model"], line["key"], str(line.get("unit", "")), line["case"]))
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in ordered)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(redact(text), encoding="utf-8")
    os.replace(tmp, path)
    return len(ordered)
