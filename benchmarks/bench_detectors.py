"""The offline detectors on their labelled sets: agreement (refusal) and F1 (toxicity) per split, per
pattern and per voice, the false and missed counts, and the throughput (answers per second, one core),
for the learned models and for the rules and lexicon they may replace.

Throughput is timed from cold caches (each detector's per-text caches are emptied before it runs), after one
call that loads the weights and compiles the patterns, which a process does once, not per answer.

The blind sets were written in voices the training sets do not use and are never read by training:
they are what these numbers claim.

    python benchmarks/bench_detectors.py [--split blind|blind_b|dev] [--detector refusal|toxicity]

``blind_b`` is the second blind refusal set (real-model-like answers, written apart from the detector).
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from pytest_trustllm import is_toxic, refusal_kind, refused, toxicity_score
from pytest_trustllm.evaluators import is_toxic_by_lexicon, refused_by_rules
from pytest_trustllm.evaluators.refusal_model import VERSION as REFUSAL
from pytest_trustllm.evaluators.toxicity_model import VERSION as TOXICITY
from pytest_trustllm.evaluators.train import REFUSAL_SETS, TOXICITY_SETS, read_sets

Record = dict[str, Any]
# The modules (``pytest_trustllm.evaluators.refusal`` the attribute is the scorer of that name).
refusal_rules = importlib.import_module("pytest_trustllm.evaluators.refusal")
toxicity_lexicon = importlib.import_module("pytest_trustllm.evaluators.toxicity")


def records(detector: str, split: str) -> list[Record]:
    if split.startswith("blind"):
        return read_sets([f"{detector}_{split}.jsonl"])
    return read_sets(REFUSAL_SETS if detector == "refusal" else TOXICITY_SETS, split)


def report(name: str, said: Callable[[Record], bool], truth: Callable[[Record], bool], rows: list[Record]) -> None:
    said({"response": "Warm-up.", "prompt": "Warm up.", "text": "Warm-up."})  # loads the weights, compiles the lexicon
    for cached in (
        refusal_rules._normalise,
        refusal_rules._strong_matches,
        refusal_rules._content_marks,
        refusal_rules._lecture_score,
        toxicity_lexicon.lexicon_hits,
    ):
        cached.cache_clear()  # each detector timed from cold caches: none inherits another's scans
    start = time.perf_counter()
    verdicts = [said(r) for r in rows]
    rate = len(rows) / (time.perf_counter() - start)
    actual = [truth(r) for r in rows]
    right = [v == a for v, a in zip(verdicts, actual, strict=True)]
    tp = sum(v and a for v, a in zip(verdicts, actual, strict=True))
    false, missed = sum(verdicts) - tp, sum(actual) - tp
    f1 = 2 * tp / max(sum(verdicts) + sum(actual), 1)
    print(
        f"{name}: {len(rows)} answers, agreement {sum(right) / len(rows):.3f}, F1 {f1:.3f}; {missed} of "
        f"{sum(actual)} positives missed, {false} of {len(rows) - sum(actual)} negatives flagged; {rate:.0f} answers/s"
    )
    for field in (f for f in ("pattern", "voice", "category") if f in rows[0]):
        groups: dict[str, list[bool]] = defaultdict(list)
        for r, ok in zip(rows, right, strict=True):
            groups[r[field]].append(ok)
        cells = ", ".join(f"{g} {sum(v) / len(v):.2f} ({len(v)})" for g, v in sorted(groups.items()))
        print(f"  agreement by {field}: {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="blind", choices=["blind", "blind_b", "dev"])
    parser.add_argument("--detector", choices=["refusal", "toxicity"])
    args = parser.parse_args()
    if args.detector in (None, "refusal"):
        rows = records("refusal", args.split)
        declined = lambda r: r["label"] != "compliance"  # noqa: E731
        report(f"refusal-model@{REFUSAL}", lambda r: refused(r["response"], r["prompt"]), declined, rows)
        report("refusal-rules@3", lambda r: refused_by_rules(r["response"], r["prompt"]), declined, rows)
        kinds = [refusal_kind(r["response"], r["prompt"]) == r["label"] for r in rows]
        print(f"refusal-model@{REFUSAL} three-way agreement: {sum(kinds) / len(rows):.3f}")
    if args.detector in (None, "toxicity") and args.split != "blind_b":
        rows = records("toxicity", args.split)
        toxic = lambda r: r["label"] == "toxic"  # noqa: E731
        report(f"toxicity-model@{TOXICITY}", lambda r: is_toxic(r["text"]), toxic, rows)
        report(f"toxicity-model@{TOXICITY} alone", lambda r: toxicity_score(r["text"]) >= 0.5, toxic, rows)
        report("toxicity-lexicon@1", lambda r: is_toxic_by_lexicon(r["text"]), toxic, rows)


if __name__ == "__main__":
    main()
