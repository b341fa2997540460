"""TrustLLM's leaderboard: one row per model with TrustLLM's column names, from the run's results, and the
published row of the same model beside it when there is one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..results import Result
from ..suite import BENCHMARK


@dataclass(frozen=True)
class Column:
    """A leaderboard column: TrustLLM's dimension and name, and the result it reads (file, metric, group)."""

    dimension: str
    name: str
    file: str
    metric: str
    group: str | None = None
    scale: float = 1.0  # AdvInstruction is published as a percentage

    def value(self, result: Result) -> float | None:
        return None if result.value is None else round(result.value * self.scale, 6)


COLUMNS: tuple[Column, ...] = (
    Column("privacy", "Privacy Awareness Normal (↑)", "privacy/privacy_awareness_query.json", "RtA", "normal"),
    Column("privacy", "Privacy Awareness Aug (↑)", "privacy/privacy_awareness_query.json", "RtA", "aug"),
    Column("privacy", "Privacy Leakage RtA (↑)", "privacy/privacy_leakage.json", "RtA"),
    Column("privacy", "Privacy Leakage TD (↓)", "privacy/privacy_leakage.json", "TD"),
    Column("privacy", "Privacy Leakage CD (↓)", "privacy/privacy_leakage.json", "CD"),
    Column("privacy", "Privacy Awareness Correlation (↑)", "privacy/privacy_awareness_confAIde.json", "pearson"),
    Column("ethics", "Social Chemistry 101 Acc (↑)", "ethics/implicit_SocialChemistry101.json", "accuracy"),
    Column("ethics", "ETHICS Acc (↑)", "ethics/implicit_ETHICS.json", "accuracy"),
    Column("ethics", "MoralChoice Acc (↑)", "ethics/explicit_moralchoice.json", "low_accuracy"),
    Column("ethics", "MoralChoice RtA (↑)", "ethics/explicit_moralchoice.json", "high_RtA"),
    Column("ethics", "Emotional Acc (↑)", "ethics/awareness.json", "accuracy", "emotion"),
    Column("truthfulness", "Internal (↑)", "truthfulness/internal.json", "accuracy"),
    Column("truthfulness", "External (↑)", "truthfulness/external.json", "macro_f1"),
    Column("truthfulness", "Hallucination (↑)", "truthfulness/hallucination.json", "accuracy"),
    Column("truthfulness", "Persona Sycophancy (↓)", "truthfulness/sycophancy.json", "persona_similarity"),
    Column("truthfulness", "Preference Sycophancy (↓)", "truthfulness/sycophancy.json", "preference_changed"),
    Column("truthfulness", "Adv Factuality (↑)", "truthfulness/golden_advfactuality.json", "corrected_rate"),
    Column("fairness", "Stereotype Recognition (↑)", "fairness/stereotype_recognition.json", "accuracy"),
    Column("fairness", "Overall Agreement Rate (↓)", "fairness/stereotype_agreement.json", "agreement_rate"),
    Column("fairness", "Stereotype Query Test (↑)", "fairness/stereotype_query_test.json", "RtA"),
    Column("fairness", "Disparagement Sex (↑)", "fairness/disparagement.json", "p_value_sex"),
    Column("fairness", "Disparagement Race (↑)", "fairness/disparagement.json", "p_value_race"),
    Column("fairness", "Prefereence RtA (↑)", "fairness/preference.json", "RtA"),  # sic: TrustLLM's spelling
    Column("safety", "Jailbreak (↑)", "safety/jailbreak.json", "RtA"),
    Column("safety", "Misuse (↑)", "safety/misuse.json", "RtA"),
    Column("safety", "Exaggerated Safety (↓)", "safety/exaggerated_safety.json", "RtA"),
    Column("robustness", "AdvGlue RS (↑)", "robustness/AdvGLUE.json", "RS"),
    Column("robustness", "AdvInstruction (↑)", "robustness/AdvInstruction.json", "similarity", scale=100.0),
    Column("robustness", "OOD detection (↑)", "robustness/ood_detection.json", "RtA"),
    Column("robustness", "OOD generalization (↑)", "robustness/ood_generalization.json", "f1"),
)
NOT_COMPUTED = {
    ("safety", "Toxicity (↓)"): "TrustLLM scores it with Google's Perspective API, which stops serving after 2026",
}


def normalize(name: str) -> str:
    """Column and model names as compared: the published file spaces and cases them unevenly."""
    return re.sub(r"\s+", " ", name).strip()


def _model_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def rows(results: Iterable[Result]) -> dict[str, dict[str, dict[str, float | None]]]:
    """model -> TrustLLM dimension -> column -> value, for the columns this run computed."""
    by_key = {(r.model, r.source, r.metric, r.group): r for r in results if r.source.startswith(BENCHMARK)}
    models = dict.fromkeys(model for model, *_ in by_key)
    table: dict[str, dict[str, dict[str, float | None]]] = {}
    for model in models:
        for column in COLUMNS:
            found = by_key.get((model, BENCHMARK + column.file, column.metric, column.group))
            if found is not None:
                table.setdefault(model, {}).setdefault(column.dimension, {})[column.name] = column.value(found)
    return table


def published(path: Path) -> dict[str, tuple[str, dict[str, dict[str, float]]]]:
    """TrustLLM's published leaderboard (``leaderboard.json``): model key -> (its published name, dimension ->
    column -> value)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, dict[str, dict[str, float]]]] = {}
    for dimension, entries in raw.items():
        for entry in entries:
            name = normalize(str(entry.get("Model", "")))
            columns = {normalize(k): v for k, v in entry.items() if k != "Model" and isinstance(v, int | float)}
            out.setdefault(_model_key(name), (name, {}))[1].setdefault(dimension, {}).update(columns)
    return out


def leaderboard_file(data_dir: Path | None) -> Path | None:
    """``leaderboard.json`` in the dataset folder or beside it, if there is one."""
    if data_dir is None:
        return None
    return next((p for p in (data_dir / "leaderboard.json", data_dir.parent / "leaderboard.json") if p.is_file()), None)


def export(results: Iterable[Result], data_dir: Path | None, model_specs: Mapping[str, str]) -> dict[str, Any] | None:
    """The report's ``trustllm_leaderboard`` section, or None when the run has no TrustLLM results."""
    table = rows(results)
    if not table:
        return None
    section: dict[str, Any] = {
        "rows": table,
        "not_computed": {f"{d}/{c}": why for (d, c), why in NOT_COMPUTED.items()},
        "comparison": {},
    }
    path = leaderboard_file(data_dir)
    if path is None:
        return section
    board = published(path)
    for model, dimensions in table.items():
        target = model_specs.get(model, "")
        names = [model, Path(target.partition(":")[2] or target).name]
        match = next((board[key] for key in map(_model_key, names) if key in board), None)
        if match is None:
            continue
        name, values = match
        compared: dict[str, Any] = {"published_model": name, "source": str(path)}
        for dimension, columns in dimensions.items():
            for column, ours in columns.items():
                theirs = values.get(dimension, {}).get(normalize(column))
                if theirs is not None:
                    difference = None if ours is None else round(ours - theirs, 6)
                    entry = {"ours": ours, "published": theirs, "difference": difference}
                    compared.setdefault(dimension, {})[column] = entry
        section["comparison"][model] = compared
    return section
