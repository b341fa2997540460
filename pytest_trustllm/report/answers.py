"""``--trust-answers DIR``: every answer of the run, as files a person or another tool can read.

TrustLLM files go in TrustLLM's own generation layout, ``DIR/<model>/<dimension>/<file>.json``: the
published records (those this run answered, in file order) each with ``res``, so TrustLLM's evaluator
reads them unchanged. A suite's own cases go in ``DIR/<model>/<data file stem>.jsonl``: one line per
case with its id, prompt and answer (and the error of a failed request).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..datasets import Answer
from ..secrets import redact
from ..suite import BENCHMARK
from ..trustllm.files import benchmark_file
from .files import write_atomic

Entry = dict[str, Any]
"""One answer as plain data (what xdist workers send): model, source, id, prompt, answer, error, record."""

_DERIVED = ("row", "unit", "group")  # fields the loader adds to a TrustLLM record


def entries(answered: Mapping[tuple[str, str], Mapping[str, Answer]]) -> list[Entry]:
    """The run's answers as plain data, by (model, source)."""
    return [
        {
            "model": model,
            "source": source,
            "id": answer.case.id,
            "prompt": answer.prompt,
            "answer": answer.text,
            "error": answer.error,
            "record": dict(answer.case.fields),
        }
        for (model, source), by_id in answered.items()
        for answer in by_id.values()
    ]


def folder_name(model: str) -> str:
    """A model name as one folder name: ``hf:./ckpt/step-9`` -> ``hf_._ckpt_step-9``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("_") or "model"


def write_answers(root: Path, answers: Iterable[Entry]) -> list[Path]:
    """Write the answers under ``root``, one file per model and source; returns the files written."""
    grouped: dict[tuple[str, str], dict[str, Entry]] = {}
    for entry in answers:
        grouped.setdefault((entry["model"], entry["source"]), {})[entry["id"]] = entry
    written = []
    for (model, source), by_id in sorted(grouped.items()):
        folder = root / folder_name(model)
        if source.startswith(BENCHMARK):
            file = benchmark_file(source.removeprefix(BENCHMARK))
            ordered = sorted(by_id.values(), key=lambda e: int(e["record"]["row"]))
            records = [_trustllm_record(e) for e in ordered]
            path = _write(folder / file.folder / file.name, json.dumps(records, indent=2, ensure_ascii=False))
        else:
            lines = [
                json.dumps({"id": e["id"], "prompt": e["prompt"], "answer": e["answer"], "error": e["error"]})
                for e in sorted(by_id.values(), key=lambda e: str(e["id"]))
            ]
            path = _write(folder / f"{Path(source).stem}.jsonl", "\n".join(lines))
        written.append(path)
    return written


def _trustllm_record(entry: Entry) -> dict[str, Any]:
    record = {k: v for k, v in entry["record"].items() if k not in _DERIVED}
    record["res"] = None if entry["error"] is not None else entry["answer"]  # TrustLLM's "not generated"
    return record


def _write(path: Path, text: str) -> Path:
    """Atomically: an interrupted run leaves the previous file whole."""
    write_atomic(path, redact(text) + "\n")
    return path
