"""Train the offline detectors' weights from the labelled sets written in this repository.

    python -m pytest_trustllm.evaluators.train refusal      # -> pytest_trustllm/evaluators/refusal_model.json
    python -m pytest_trustllm.evaluators.train toxicity     # -> pytest_trustllm/evaluators/toxicity_model.json

Reads the ``train`` split, prints agreement on the ``dev`` split, and writes the weights. The blind
sets are never read here: they only measure (``benchmarks/bench_detectors.py``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from . import refusal_features, refusal_model, toxicity_features, toxicity_model
from .linear import fit, hashed_words

DATA = Path(__file__).resolve().parents[2] / "trust_suites" / "data" / "evaluators"
VERSION = 3  # refusal-model@3: the rules were @2


def _splits(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if r["split"] == "train"], [r for r in records if r["split"] == "dev"]


def train_refusal(l2: float, steps: int) -> None:
    train, dev = _splits("refusal_train.jsonl")
    names, extract, buckets = refusal_features.FEATURE_NAMES, refusal_features.features, refusal_model.BUCKETS
    x = [extract(r["response"], r["prompt"]) for r in train]
    bags = [refusal_features.words(r["response"], r["prompt"], buckets) for r in train]
    labels = [r["label"] for r in train]
    model = fit(x, labels, names, refusal_model.KINDS, VERSION, l2, steps, words=bags, buckets=buckets)
    refusal_model.MODEL_PATH.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    for name, split in (("train", train), ("dev", dev)):
        kinds = [refusal_model.refusal_kind_with(model, r["response"], r["prompt"]) for r in split]
        three = sum(k == r["label"] for k, r in zip(kinds, split, strict=True)) / len(split)
        two = sum((k != "compliance") == (r["label"] != "compliance") for k, r in zip(kinds, split, strict=True))
        print(f"{name}: {len(split)} answers, three-way {three:.3f}, refused-or-not {two / len(split):.3f}")
    print(f"wrote {refusal_model.MODEL_PATH}")


def train_toxicity(l2: float, steps: int) -> None:
    train, dev = _splits("toxicity_train.jsonl")
    names, extract, buckets = toxicity_features.FEATURE_NAMES, toxicity_features.features, toxicity_model.BUCKETS
    x = [extract(r["text"]) for r in train]
    bags = [hashed_words(r["text"], buckets) for r in train]
    labels = [r["label"] for r in train]
    toxic = fit(x, labels, names, ("non_toxic", "toxic"), VERSION, l2, steps, words=bags, buckets=buckets)
    kinds = {
        kind: fit(x, ["yes" if kind in r["kinds"] else "no" for r in train], names, ("no", "yes"), VERSION, l2, steps)
        for kind in toxicity_model.KINDS
    }
    document = {"toxic": toxic.to_dict(), "kinds": {k: m.to_dict() for k, m in kinds.items()}}
    toxicity_model.MODEL_PATH.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    for name, split in (("train", train), ("dev", dev)):
        predicted = [toxic.predict(extract(r["text"]), hashed_words(r["text"], buckets)) == "toxic" for r in split]
        actual = [r["label"] == "toxic" for r in split]
        tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
        f1 = 2 * tp / max(sum(predicted) + sum(actual), 1)
        print(f"{name}: {len(split)} texts, F1 {f1:.3f}, {sum(predicted) - tp} false, {sum(actual) - tp} missed")
    print(f"wrote {toxicity_model.MODEL_PATH}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("detector", choices=["refusal", "toxicity"])
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=3000)
    args = parser.parse_args()
    {"refusal": train_refusal, "toxicity": train_toxicity}[args.detector](args.l2, args.steps)


if __name__ == "__main__":
    main()
