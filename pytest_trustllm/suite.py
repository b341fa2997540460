"""What a suite test declares with ``@pytest.mark.trust(...)``, and the cases that follow from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .datasets import resolve_data_path
from .stats import Threshold

MARK = "trust"
MARK_HELP = (
    "trust(dimension, subcategory, data, group_by, unit, thresholds): a trust test; "
    "data is a JSONL file under trust_suites/data/, group_by a case field to split tests by, "
    "unit a case field whose cases are scored together (and sampled together), "
    "thresholds maps metric names to '>= N' or '<= N'"
)
_FIELDS = {"dimension", "subcategory", "data", "group_by", "unit", "thresholds"}


@dataclass(frozen=True)
class TrustSpec:
    """The merged ``trust`` markers of one test function (the closest marker wins per key)."""

    dimension: str
    subcategory: str
    data: Path | None
    group_by: str | None
    thresholds: Mapping[str, Threshold] = field(default_factory=dict)
    unit: str | None = None


def trust_spec(markers: Iterable[pytest.Mark], where: str, module_dir: Path | None = None) -> TrustSpec | None:
    """Merge markers (closest first), or None for a test that is not a trust test."""
    merged: dict[str, Any] = {}
    found = False
    for mark in markers:
        found = True
        unknown = set(mark.kwargs) - _FIELDS
        if unknown or mark.args:
            raise ValueError(f"{where}: @pytest.mark.trust takes keywords {sorted(_FIELDS)}, got {mark}")
        for key, value in mark.kwargs.items():
            merged.setdefault(key, value)
    if not found:
        return None
    for key in ("dimension", "subcategory"):
        if not isinstance(merged.get(key), str):
            raise ValueError(f"{where}: @pytest.mark.trust needs {key}='...'")
    thresholds = {}
    for metric, text in (merged.get("thresholds") or {}).items():
        if not isinstance(text, str):
            raise ValueError(f"{where}: thresholds[{metric!r}] must read '>= N' or '<= N', got {text!r}")
        thresholds[metric] = Threshold.parse(text)
    data = merged.get("data")
    return TrustSpec(
        merged["dimension"],
        merged["subcategory"],
        resolve_data_path(data, module_dir) if data else None,
        merged.get("group_by"),
        thresholds,
        merged.get("unit"),
    )


def threshold_keys(spec: TrustSpec, group: str | None) -> list[str]:
    """Config keys that may override this test's thresholds, most specific first."""
    return ([f"{spec.subcategory}[{group}]"] if group is not None else []) + [spec.subcategory]
