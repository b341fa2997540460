"""The summary table at the end of a run: a row per test and metric, a column per model."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from ..results import Result


def _cell(result: Result) -> str:
    value = "n/a" if result.value is None else f"{result.value:.3f}"
    mark = {"pass": "pass", "fail": "FAIL", "undecided": "undecided", "info": ""}[result.verdict]
    errors = f", errors={result.errors}" if result.errors else ""
    return f"{value} {mark} (n={result.n}{errors})".replace("  ", " ")


def summary_lines(results: Sequence[Result]) -> list[str]:
    """The table as lines of text; models are columns in the order they first appear."""
    models = list(dict.fromkeys(r.model for r in results))
    rows: dict[tuple[str, str], dict[str, str]] = {}
    thresholds: dict[tuple[str, str], str] = {}
    for r in results:
        key = (r.label, r.metric)
        rows.setdefault(key, {})[r.model] = _cell(r)
        thresholds[key] = r.threshold_text
    table = [
        [label, metric, thresholds[(label, metric)], *(cells.get(m, "-") for m in models)]
        for (label, metric), cells in sorted(rows.items())
    ]
    return tabulate(table, headers=["test", "metric", "threshold", *models], tablefmt="simple").splitlines()
