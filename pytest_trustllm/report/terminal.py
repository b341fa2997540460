"""The summary table at the end of a run: a row per test and metric, a column per model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tabulate import tabulate


def _cell(record: Mapping[str, Any]) -> str:
    value = "n/a" if record["value"] is None else f"{record['value']:.3f}"
    mark = {True: "pass", False: "FAIL", None: "undecided"}[record["passed"]]
    errors = f", errors={record['errors']}" if record.get("errors") else ""
    return f"{value} {mark} (n={record['n']}{errors})"


def summary_lines(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The table as lines of text; models are columns in the order they first appear."""
    models = list(dict.fromkeys(r["model"] for r in records))
    rows: dict[tuple[str, str], dict[str, str]] = {}
    thresholds: dict[tuple[str, str], str] = {}
    for r in records:
        key = (r["label"], r["metric"])
        rows.setdefault(key, {})[r["model"]] = _cell(r)
        thresholds[key] = f"{'>=' if r['direction'] == 'min' else '<='} {r['threshold']:g}"
    table = [
        [label, metric, thresholds[(label, metric)], *(cells.get(m, "-") for m in models)]
        for (label, metric), cells in sorted(rows.items())
    ]
    return tabulate(table, headers=["test", "metric", "threshold", *models], tablefmt="simple").splitlines()
