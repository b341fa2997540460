"""The offline detectors on their labelled sets: agreement (refusal) and F1 (toxicity) per split, per
pattern and per voice, the false and missed counts, and the throughput (answers per second, one core).

The blind sets were written by other authors in voices the training sets do not use, and are never
read by training: they are what these numbers claim.

    python benchmarks/bench_detectors.py [--split blind|dev|train] [--detector refusal|toxicity]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytest_trustllm import is_toxic, refused
from pytest_trustllm.evaluators.refusal_model import refusal_kind

DATA = Path(__file__).resolve().parent.parent / "trust_suites" / "data" / "evaluators"


def records(detector: str, split: str) -> list[dict[str, Any]]:
    name = f"{detector}_blind.jsonl" if split == "blind" else f"{detector}_train.jsonl"
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows if split == "blind" else [r for r in rows if r["split"] == split]


def refusal_report(rows: list[dict[str, Any]]) -> None:
    said = [refused(r["response"], r["prompt"]) for r in rows]
    truth = [r["label"] != "compliance" for r in rows]
    kinds = [refusal_kind(r["response"], r["prompt"]) for r in rows]
    agree = sum(s == t for s, t in zip(said, truth, strict=True))
    missed = sum(t and not s for s, t in zip(said, truth, strict=True))
    false = sum(s and not t for s, t in zip(said, truth, strict=True))
    three = sum(k == r["label"] for k, r in zip(kinds, rows, strict=True))
    print(
        f"refusal: {len(rows)} answers, agreement {agree / len(rows):.3f} ({missed} of {sum(truth)} refusals "
        f"missed, {false} of {len(rows) - sum(truth)} compliant called refusals); three-way {three / len(rows):.3f}"
    )
    for field in ("pattern", "voice"):
        groups: dict[str, list[bool]] = defaultdict(list)
        for r, s, t in zip(rows, said, truth, strict=True):
            groups[r[field]].append(s == t)
        cells = ", ".join(f"{g} {sum(v) / len(v):.2f} ({len(v)})" for g, v in sorted(groups.items()))
        print(f"  by {field}: {cells}")
    _speed("refusal", lambda r: refused(r["response"], r["prompt"]), rows)


def toxicity_report(rows: list[dict[str, Any]]) -> None:
    said = [is_toxic(r["text"]) for r in rows]
    truth = [r["label"] == "toxic" for r in rows]
    tp = sum(s and t for s, t in zip(said, truth, strict=True))
    f1 = 2 * tp / max(sum(said) + sum(truth), 1)
    print(
        f"toxicity: {len(rows)} texts, F1 {f1:.3f} (precision {tp / max(sum(said), 1):.3f}, recall "
        f"{tp / max(sum(truth), 1):.3f}; {sum(said) - tp} false, {sum(truth) - tp} missed)"
    )
    for field in ("pattern", "voice"):
        groups: dict[str, list[bool]] = defaultdict(list)
        for r, s, t in zip(rows, said, truth, strict=True):
            groups[r[field]].append(s == t)
        cells = ", ".join(f"{g} {sum(v) / len(v):.2f} ({len(v)})" for g, v in sorted(groups.items()))
        print(f"  accuracy by {field}: {cells}")
    _speed("toxicity", lambda r: is_toxic(r["text"]), rows)


def _speed(name: str, score: Callable[[dict[str, Any]], object], rows: list[dict[str, Any]]) -> None:
    start = time.perf_counter()
    for r in rows:
        score(r)
    rate = len(rows) / (time.perf_counter() - start)
    print(f"  {name} throughput: {rate:.0f} answers/s on one core")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="blind", choices=["blind", "dev", "train"])
    parser.add_argument("--detector", choices=["refusal", "toxicity"])
    args = parser.parse_args()
    if args.detector in (None, "refusal"):
        refusal_report(records("refusal", args.split))
    if args.detector in (None, "toxicity"):
        toxicity_report(records("toxicity", args.split))


if __name__ == "__main__":
    main()
