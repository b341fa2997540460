"""Train the offline detectors' weights from the labelled sets written in this repository.

    python -m pytest_trustllm.evaluators.train refusal      # -> pytest_trustllm/evaluators/refusal_model.json
    python -m pytest_trustllm.evaluators.train toxicity     # -> pytest_trustllm/evaluators/toxicity_model.json
    python -m pytest_trustllm.evaluators.train refusal --by-voice   # also: each voice left out in turn

Reads the ``train`` split of every training set (rows without a split are training rows), prints
agreement on the ``dev`` split, and writes the weights. ``--by-voice`` fits once per voice without it
and measures that voice: how the detector does on a way of writing it has never seen, which is what
chose the L2 weight. The blind sets are never read here: they only measure (``benchmarks/bench_detectors.py``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import refusal_features, refusal_model, toxicity_features, toxicity_model
from .linear import LinearModel, fit

DATA = Path(__file__).resolve().parents[2] / "trust_suites" / "data" / "evaluators"
REFUSAL_SETS = (
    "refusal_train.jsonl",
    "refusal_free_a.jsonl",
    "refusal_free_b.jsonl",
    "refusal_smollm2_real.jsonl",
    "refusal_short.jsonl",
    "refusal_chat.jsonl",
)
TOXICITY_SETS = ("toxicity_train.jsonl", "toxicity_free.jsonl", "toxicity_everyday.jsonl", "toxicity_moderation.jsonl")
Record = dict[str, Any]


def read_sets(names: Sequence[str], split: str | None = None) -> list[Record]:
    """The records of the labelled sets ``names`` (of ``split`` only, when given); a record without a split is a
    training record, one without a voice has its file's name as its voice."""
    rows = []
    for name in names:
        text = (DATA / name).read_text(encoding="utf-8")
        rows += [{"split": "train", "voice": name, **json.loads(line)} for line in text.splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def _by_voice(rows: list[Record], fit_on: Callable[[list[Record]], Callable[[Record], bool]], truth: str) -> None:
    """Fit without each voice in turn and print the agreement on that voice."""
    scores = []
    for voice in sorted({r["voice"] for r in rows}):
        held = [r for r in rows if r["voice"] == voice]
        said = fit_on([r for r in rows if r["voice"] != voice])
        right = sum(said(r) == (r["label"] != truth) for r in held) / len(held)
        scores.append(right)
        print(f"  {voice} left out: {len(held)} answers, agreement {right:.3f}")
    print(f"  mean over voices {sum(scores) / len(scores):.3f}, lowest {min(scores):.3f}")


TWICE = 4
"""A refusal model's vocabulary: words in at least two answers, each of which trains twice (with and without
its prompt)."""


def train_refusal(l2: float, by_voice: bool) -> None:
    rows = read_sets(REFUSAL_SETS)
    # Each training answer also without its prompt: callers may not have one (``refused(text)``), and a
    # model that only saw prompts reads a short answer without one as a refusal.
    train = [r for r in rows if r["split"] == "train"]
    train += [{**r, "prompt": None, "voice": r["voice"]} for r in train]
    names = refusal_features.FEATURE_NAMES
    for r in [*rows, *train]:
        r["x"] = refusal_features.features(r["response"], r["prompt"])
        r["words"] = refusal_features.words(r["response"], r["prompt"])

    def fit_models(part: list[Record]) -> tuple[LinearModel, LinearModel]:
        said = ["yes" if r["label"] != "compliance" else "no" for r in part]
        bags = [r["words"] for r in part]
        refused = fit(
            [r["x"] for r in part], said, names, ("no", "yes"), refusal_model.VERSION, l2, bags, refusal_features.SIGNS,
            min_count=TWICE,
        )  # fmt: skip
        declined = [r for r in part if r["label"] != "compliance"]
        partial = fit(
            [r["x"] for r in declined],
            ["yes" if r["label"] == "partial" else "no" for r in declined],
            names, ("no", "yes"), refusal_model.VERSION, l2, [r["words"] for r in declined], min_count=TWICE,
        )  # fmt: skip
        return refused, partial

    def refuses(weights: tuple[LinearModel, LinearModel]) -> Callable[[Record], bool]:
        model = weights[0]
        return lambda r: model.probabilities(r["x"], r["words"])["yes"] >= refusal_model.THRESHOLD

    if by_voice:
        _by_voice(train, lambda part: refuses(fit_models(part)), "compliance")
    weights = fit_models(train)
    document = {"version": refusal_model.VERSION, "refused": weights[0].to_dict(), "partial": weights[1].to_dict()}
    refusal_model.MODEL_PATH.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    for name in ("train", "dev"):
        split = [r for r in rows if r["split"] == name]
        kinds = [refusal_model.refusal_kind_with(weights, r["response"], r["prompt"]) for r in split]
        three = sum(k == r["label"] for k, r in zip(kinds, split, strict=True)) / len(split)
        two = sum((k != "compliance") == (r["label"] != "compliance") for k, r in zip(kinds, split, strict=True))
        print(f"{name}: {len(split)} answers, refused-or-not {two / len(split):.3f}, three-way {three:.3f}")
    print(f"wrote {refusal_model.MODEL_PATH}")


def train_toxicity(l2: float, by_voice: bool) -> None:
    rows = read_sets(TOXICITY_SETS)
    train = [r for r in rows if r["split"] == "train"]
    names = toxicity_features.FEATURE_NAMES
    for r in rows:
        r["x"] = toxicity_features.features(r["text"])
        r["words"] = toxicity_model.words(r["text"])

    def fit_toxic(part: list[Record]) -> LinearModel:
        labels = ["yes" if r["label"] == "toxic" else "no" for r in part]
        bags = [r["words"] for r in part]
        return fit([r["x"] for r in part], labels, names, ("no", "yes"), toxicity_model.VERSION, l2, bags)

    def toxic(model: LinearModel) -> Callable[[Record], bool]:
        return lambda r: model.probabilities(r["x"], r["words"])["yes"] >= 0.5

    if by_voice:
        _by_voice(train, lambda part: toxic(fit_toxic(part)), "non_toxic")
    model = fit_toxic(train)
    kinds = {
        kind: fit([r["x"] for r in train], ["yes" if kind in r["kinds"] else "no" for r in train], names, ("no", "yes"),
                  toxicity_model.VERSION, l2)
        for kind in toxicity_model.KINDS
    }  # fmt: skip
    kinds_weights = {k: m.to_dict() for k, m in kinds.items()}
    document = {"version": toxicity_model.VERSION, "toxic": model.to_dict(), "kinds": kinds_weights}
    toxicity_model.MODEL_PATH.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    for name in ("train", "dev"):
        split = [r for r in rows if r["split"] == name]
        predicted = [toxic(model)(r) for r in split]
        actual = [r["label"] == "toxic" for r in split]
        tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
        f1 = 2 * tp / max(sum(predicted) + sum(actual), 1)
        print(f"{name}: {len(split)} texts, F1 {f1:.3f}, {sum(predicted) - tp} false, {sum(actual) - tp} missed")
    print(f"wrote {toxicity_model.MODEL_PATH}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("detector", choices=["refusal", "toxicity"])
    parser.add_argument("--l2", type=float, default=0.01, help="L2 weight (0.01: best dev agreement of 0.01, 0.1)")
    parser.add_argument("--by-voice", action="store_true", help="also fit with each voice left out and measure it")
    args = parser.parse_args()
    {"refusal": train_refusal, "toxicity": train_toxicity}[args.detector](args.l2, args.by_voice)


if __name__ == "__main__":
    main()
