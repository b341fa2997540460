"""The summary at the end of a run, fitted to the terminal's width.

Grouped by dimension, then by test; a row per group and metric with its threshold, and per model
the value, its 95% interval, n and the verdict (or ERROR for a test that ended in an error). Models
stand side by side while they fit the width, otherwise each model gets its own block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..results import ErroredTest, Result
from .json import reported_models
from .text import figure, interval

GAP = "  "
MIN_LEFT = 28  # the row's name column never shrinks below this: past it, models go in blocks of their own
VERDICTS = {"pass": "pass", "fail": "FAIL", "undecided": "undecided", "info": ""}


@dataclass(frozen=True)
class Cell:
    """One model's figure in one row, in parts that are aligned down the column."""

    value: str
    interval: str
    n: str
    verdict: str
    errors: str = ""


@dataclass(frozen=True)
class Row:
    dimension: str
    test: str  # the test's label without its group
    name: str  # "[group] metric", or "[group] (error)"
    threshold: str


def summary_lines(document: Mapping[str, Any], width: int = 80) -> list[str]:
    """The summary as lines of at most ``width`` characters (a name too long for its column is cut with …)."""
    results = [Result.from_dict(r) for r in document.get("metrics", ())]
    errored = [ErroredTest.from_dict(e) for e in document.get("errored", ())]
    cells: dict[Row, dict[str, Cell]] = {}
    for r in results:
        test, group = _split(r.label)
        row = Row(r.dimension, test, f"{group} {r.metric}".strip(), r.threshold_text)
        errors = f"{r.errors} error{'s' if r.errors > 1 else ''}" if r.errors else ""
        bounds = f"[{interval(r)}]" if interval(r) else ""
        cell = Cell(figure(r.value, r.method), bounds, f"n={r.n}", VERDICTS[r.verdict], errors)
        cells.setdefault(row, {})[r.model] = cell
    for e in errored:
        test, group = _split(e.label)
        row = Row(e.dimension, test, f"{group} (error)".strip(), "")
        cells.setdefault(row, {})[e.model] = Cell("", "", "", "ERROR")
    if not cells:
        return []
    models = reported_models(document)
    lines = _table(cells, models, width)
    if lines is None:  # side by side they do not fit: one block per model
        lines = []
        for model in models:
            own = {row: {model: c[model]} for row, c in cells.items() if model in c}
            lines += ["", f"{model}:", *(_table(own, [model], width, header="value") or [])]
        lines = lines[1:]
    return [*lines, *_counts(results, errored, models, width)]


def _split(label: str) -> tuple[str, str]:
    """``mod::test[group]`` -> (``mod::test``, ``[group]``)."""
    test, bracket, group = label.partition("[")
    return test, bracket + group


def _table(
    cells: Mapping[Row, Mapping[str, Cell]], models: Sequence[str], width: int, header: str | None = None
) -> list[str] | None:
    """The rows with a column per model, or None when they do not fit ``width``.

    With ``header`` (one model's block, headed by that word) the table is made to fit: names are cut.
    """
    headers = [header] if header is not None else list(models)
    names = ("value", "interval", "n", "verdict", "errors")
    widths = {  # per model: each part's width, so a column's parts align
        m: [max((len(getattr(row[m], f)) for row in cells.values() if m in row), default=0) for f in names]
        for m in models
    }

    def text(cell: Cell | None, model: str) -> str:
        if cell is None:
            return "-"
        fields = [getattr(cell, f).ljust(w) for f, w in zip(names, widths[model], strict=True)]
        fields[0] = cell.value.rjust(widths[model][0])
        return " ".join(f for f, w in zip(fields, widths[model], strict=True) if w).rstrip()

    rendered = {row: [text(c.get(m), m) for m in models] for row, c in cells.items()}
    columns = [max(len(h), *(len(r[i]) for r in rendered.values())) for i, h in enumerate(headers)]
    threshold = max(len("threshold"), *(len(row.threshold) for row in cells))
    right = len(GAP) + threshold + sum(len(GAP) + c for c in columns)
    wanted = max(len(f"  {row.name}") for row in cells)
    left = min(wanted, width - right)
    if left < min(MIN_LEFT, wanted) and header is None:
        return None
    left = max(left, 12)

    def line(name: str, thr: str, figures: Sequence[str]) -> str:
        out = _fit(name, left).ljust(left) + GAP + thr.ljust(threshold)
        out += "".join(GAP + f.ljust(c) for f, c in zip(figures, columns, strict=True))
        return out.rstrip()

    lines: list[str] = []
    order = sorted(cells, key=lambda row: (row.dimension, row.test, row.name))
    for i, row in enumerate(order):
        if i == 0 or row.dimension != order[i - 1].dimension:
            lines += ([""] if lines else []) + [line(row.dimension, "threshold", headers)]
        if i == 0 or (row.dimension, row.test) != (order[i - 1].dimension, order[i - 1].test):
            lines.append(_fit(row.test, width))
        lines.append(line(f"  {row.name}", row.threshold, rendered[row]))
    return lines


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _counts(
    results: Sequence[Result], errored: Sequence[ErroredTest], models: Sequence[str], width: int
) -> list[str]:
    """Per model: how many metrics passed, failed, were undecided or only reported; how many tests errored."""
    lines = []
    for model in models:
        verdicts = [r.verdict for r in results if r.model == model]
        counts = [
            f"{verdicts.count(v)} {word}"
            for v, word in (("pass", "passed"), ("fail", "FAILED"), ("undecided", "undecided"), ("info", "reported"))
            if v in verdicts
        ]
        if errors := sum(e.model == model for e in errored):
            counts.append(f"{errors} test{'s' if errors > 1 else ''} ERROR")
        metrics = f"{len(verdicts)} metric{'' if len(verdicts) == 1 else 's'}"
        lines.append(_fit(f"{model}: {metrics}: {', '.join(counts)}", width))
    return lines
