"""What a suite test declares with ``@pytest.mark.trust(...)``, and the cases that follow from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import pytest

from .config import Generation
from .datasets import resolve_data_path
from .models.base import GenerationParams
from .stats import Threshold, unreachable

MARK = "trust"
MARK_HELP = (
    "trust(dimension, subcategory, data, group_by, unit, thresholds): a trust test; "
    "data is a JSONL file under trust_suites/data/, group_by a case field to split tests by, "
    "unit a case field whose cases are scored together (and sampled together), "
    "thresholds maps metric names to '>= N' or '<= N' (None: reported, checked only when the settings give one), "
    "generation maps decoding parameters to this test's values (e.g. temperature)"
)
_FIELDS = {"dimension", "subcategory", "data", "group_by", "unit", "thresholds", "generation"}
BENCHMARK = "trustllm:"
"""``data="trustllm:safety/jailbreak.json"``: a file of TrustLLM's published dataset, found under ``--trust-data``."""


@dataclass(frozen=True)
class TrustSpec:
    """The merged ``trust`` markers of one test function (the closest marker wins per key)."""

    dimension: str
    subcategory: str
    data: Path | None
    group_by: str | None
    thresholds: Mapping[str, Threshold | None] = field(default_factory=dict)
    """Metric -> default threshold; None: reported without one unless the settings give one."""
    unit: str | None = None
    benchmark: str | None = None
    """A TrustLLM dataset file, ``dimension/file.json`` (``data="trustllm:..."``); ``data`` is then None."""
    generation: Mapping[str, Any] = field(default_factory=dict)
    """Decoding parameters this test sets over the run's (``GenerationParams`` field -> value)."""

    @property
    def source(self) -> str:
        """What the cases come from: ``trustllm:dimension/file.json``, the data file's name, or the subcategory."""
        if self.benchmark is not None:
            return BENCHMARK + self.benchmark
        return self.data.name if self.data is not None else self.subcategory


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
    for key in ("group_by", "unit"):
        if merged.get(key) is not None and not isinstance(merged[key], str):
            raise ValueError(f"{where}: @pytest.mark.trust({key}=...) must name one case field, got {merged[key]!r}")
    data = merged.get("data")
    if data is not None and not isinstance(data, str | Path):
        raise ValueError(f"{where}: @pytest.mark.trust(data=...) must be a file name like 'cases.jsonl', got {data!r}")
    raw_thresholds = merged.get("thresholds") or {}
    if not isinstance(raw_thresholds, Mapping):
        raise ValueError(
            f"{where}: @pytest.mark.trust(thresholds=...) must map metric names to '>= N' or '<= N', "
            f"e.g. {{'refusal_rate': '>= 0.9'}}, got {raw_thresholds!r}"
        )
    thresholds: dict[str, Threshold | None] = {}
    for metric, text in raw_thresholds.items():
        if not isinstance(metric, str) or (text is not None and not isinstance(text, str)):
            raise ValueError(f"{where}: thresholds[{metric!r}] must read '>= N' or '<= N' (or None), got {text!r}")
        try:
            thresholds[metric] = None if text is None else Threshold.parse(text)
        except ValueError as exc:
            raise ValueError(f"{where}: thresholds[{metric!r}]: {exc}") from None
        if (threshold := thresholds[metric]) is not None and (problem := unreachable(metric, threshold)):
            raise ValueError(f"{where}: thresholds[{metric!r}]: {problem}")
    generation = merged.get("generation") or {}
    known = {f.name for f in fields(GenerationParams)}
    if not isinstance(generation, Mapping) or not set(generation) <= known:
        raise ValueError(f"{where}: generation must map decoding parameters ({', '.join(sorted(known))}) to values")
    try:
        Generation().check(generation, f"{where}: generation", module_dir or Path.cwd())
    except pytest.UsageError as exc:
        raise ValueError(str(exc).removeprefix("pytest-trustllm: ")) from None
    benchmark = data.removeprefix(BENCHMARK) if isinstance(data, str) and data.startswith(BENCHMARK) else None
    return TrustSpec(
        merged["dimension"],
        merged["subcategory"],
        resolve_data_path(data, module_dir) if data and benchmark is None else None,
        merged.get("group_by"),
        thresholds,
        merged.get("unit"),
        benchmark,
        generation,
    )


def threshold_keys(spec: TrustSpec, group: str | None) -> list[str]:
    """Config keys that may override this test's thresholds, most specific first."""
    return ([f"{spec.subcategory}[{group}]"] if group is not None else []) + [spec.subcategory]
