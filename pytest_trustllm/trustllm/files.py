"""The 24 files of TrustLLM's published dataset: how TrustLLM generates their answers, and reading them as cases.

Nothing of the dataset ships with the plugin: ``--trust-data DIR`` points at the user's copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..datasets import Case, DatasetError
from .safety import jailbreak_label

Unit = Callable[[int, Mapping[str, Any], int], str]
"""(row, record, position among the records of its kind) -> the unit a record is sampled (and scored) with."""


@dataclass(frozen=True)
class BenchmarkFile:
    """One file of the dataset: where it lies, TrustLLM's temperature for it, the fields its scoring reads,
    and the unit that keeps records scored together (pairs) together when a run samples."""

    folder: str
    name: str
    temperature: float
    fields: tuple[str, ...] = ()
    unit: Unit | None = None
    group: Callable[[Mapping[str, Any]], str] | None = None
    """A record's group where no field names it plainly (a suite's ``group_by="group"``)."""
    strata: str | None = None
    """The field whose groups TrustLLM's figure averages over: a sampled run takes its sample from each."""

    @property
    def path(self) -> str:
        """``folder/name``, as a suite's ``data="trustllm:..."`` names it."""
        return f"{self.folder}/{self.name}"

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".json")


def _advglue_pair(row: int, record: Mapping[str, Any], position: int) -> str:
    return f"{record.get('task')}/{record.get('index')}"  # an original and its modified version


def _advinstruction_question(row: int, record: Mapping[str, Any], position: int) -> str:
    return str(record.get("index"))  # the original instruction and its 11 perturbations


def _leakage_group(record: Mapping[str, Any]) -> str:
    return f"{record.get('shotType')}/{record.get('type')}"  # TrustLLM averages over these 8 groups


def _sycophancy_unit(row: int, record: Mapping[str, Any], position: int) -> str:
    # TrustLLM pairs the preference records by position (0 with 1, 2 with 3, ...); persona records stand alone.
    return f"preference/{position // 2}" if record.get("source") == "preference" else f"row/{row}"


# TrustLLM's generation settings: temperature 0 for the classification-style files, 1.0 for the rest
# (generation/generation.py, file_config of each run_<dimension>).
FILES: tuple[BenchmarkFile, ...] = (
    BenchmarkFile("ethics", "awareness.json", 0.0, ("dimension", "label")),
    BenchmarkFile("ethics", "explicit_moralchoice.json", 1.0, ("type", "label")),
    BenchmarkFile("ethics", "implicit_ETHICS.json", 0.0, ("label",), strata="label"),
    BenchmarkFile("ethics", "implicit_SocialChemistry101.json", 0.0, ("label",), strata="label"),
    BenchmarkFile("fairness", "disparagement.json", 1.0, ("sex", "race")),
    BenchmarkFile("fairness", "preference.json", 1.0, ("type",), strata="type"),
    BenchmarkFile("fairness", "stereotype_agreement.json", 1.0),
    BenchmarkFile("fairness", "stereotype_query_test.json", 1.0),
    BenchmarkFile("fairness", "stereotype_recognition.json", 0.0, ("label",)),
    BenchmarkFile("privacy", "privacy_awareness_confAIde.json", 0.0, ("label",)),
    BenchmarkFile("privacy", "privacy_awareness_query.json", 1.0, ("type",)),
    BenchmarkFile(
        "privacy", "privacy_leakage.json", 1.0, ("gt-email", "shotType", "type"), group=_leakage_group, strata="group"
    ),
    BenchmarkFile("robustness", "AdvGLUE.json", 0.0, ("task", "index", "type", "label"), _advglue_pair, strata="task"),
    BenchmarkFile("robustness", "AdvInstruction.json", 1.0, ("index", "type"), _advinstruction_question),
    BenchmarkFile("robustness", "ood_detection.json", 1.0),
    BenchmarkFile("robustness", "ood_generalization.json", 0.0, ("source", "label"), strata="source"),
    BenchmarkFile("safety", "exaggerated_safety.json", 1.0),
    BenchmarkFile("safety", "jailbreak.json", 1.0, ("label",), group=jailbreak_label),
    BenchmarkFile("safety", "misuse.json", 1.0),
    BenchmarkFile("truthfulness", "external.json", 0.0, ("source", "answer"), strata="source"),
    BenchmarkFile("truthfulness", "golden_advfactuality.json", 1.0, ("modified knowledge",)),
    BenchmarkFile("truthfulness", "hallucination.json", 0.0, ("source", "answer"), strata="source"),
    BenchmarkFile("truthfulness", "internal.json", 1.0, ("source", "answer"), strata="source"),
    BenchmarkFile("truthfulness", "sycophancy.json", 1.0, ("source",), _sycophancy_unit),
)
BY_PATH: dict[str, BenchmarkFile] = {f.path: f for f in FILES}


def benchmark_file(path: str) -> BenchmarkFile:
    """The table entry of ``dimension/file.json``; KeyError names the known files."""
    if path not in BY_PATH:
        raise KeyError(f"{path!r} is not a file of TrustLLM's dataset; known: {', '.join(BY_PATH)}")
    return BY_PATH[path]


def load_benchmark(root: Path, path: str) -> tuple[Case, ...]:
    """The records of one file as cases: id ``<file stem>-<row>``, TrustLLM's empty system prompt, then the prompt.

    The record's own fields ride along, with ``row`` (its index in the file) and ``unit``.
    A malformed or truncated file raises :class:`DatasetError` naming the file and the record.
    """
    file = benchmark_file(path)
    full = root / path
    stat = full.stat()
    return _load(full, file, stat.st_mtime_ns, stat.st_size)


@cache
def _load(full: Path, file: BenchmarkFile, mtime_ns: int, size: int) -> tuple[Case, ...]:
    try:
        records = json.loads(full.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        truncated = " (the file ends early: truncated? download it again)" if exc.pos >= len(exc.doc.rstrip()) else ""
        raise DatasetError(
            f"{full}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}){truncated}; "
            "use TrustLLM's published file as downloaded"
        ) from None
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{full}: not UTF-8 ({exc.reason}, byte {exc.start}); use the file as published") from None
    if not isinstance(records, list) or not records:
        raise DatasetError(f"{full}: expected a JSON list of records (TrustLLM's format), got {type(records).__name__}")
    cases: list[Case] = []
    positions: dict[str, int] = {}
    for row, record in enumerate(records):
        _check(full, file, row, record)
        kind = str(record.get("source", ""))
        position = positions[kind] = positions.get(kind, -1) + 1
        unit = file.unit(row, record, position) if file.unit else f"row/{row}"
        messages = ({"role": "system", "content": ""}, {"role": "user", "content": record["prompt"]})
        derived = {"row": row, "unit": unit, **({"group": file.group(record)} if file.group else {})}
        cases.append(Case(f"{file.stem}-{row}", messages, {**record, **derived}))
    return tuple(cases)


def _check(full: Path, file: BenchmarkFile, row: int, record: Any) -> None:
    where = f"{full}: record {row}"
    if not isinstance(record, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(record).__name__}; use the published file")
    if not isinstance(record.get("prompt"), str) or not record["prompt"].strip():
        raise DatasetError(f"{where}: field 'prompt' is missing or empty; each record needs the text sent to the model")
    missing = [name for name in file.fields if name not in record]
    if missing:
        raise DatasetError(
            f"{where}: field {missing[0]!r} is missing; TrustLLM scores {file.name} with it "
            "(use the published file, unchanged)"
        )
