"""Throughput of the runner's API path: OpenAIModel against the loopback server with a fixed latency.

Every request waits ``--latency`` seconds at the server, so ``c`` requests in flight at
once can reach at most ``c / latency`` requests per second (the ideal). For each
concurrency the runner answers ``--per-slot`` x concurrency fresh cases (no answer
cache) and the ratio achieved / ideal is printed, with the most requests the server
saw in flight at once.

    python benchmarks/bench_api.py [--latency 0.2] [--concurrency 16 64] [--per-slot 10]
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from servers import Faults, LoopbackServer  # noqa: E402

from pytest_trustllm.cache import AnswerCache  # noqa: E402
from pytest_trustllm.datasets import Case  # noqa: E402
from pytest_trustllm.models.base import GenerationParams, ModelOptions  # noqa: E402
from pytest_trustllm.models.openai import OpenAIModel  # noqa: E402
from pytest_trustllm.runner import Runner  # noqa: E402


def make_runner(concurrency: int) -> Runner:
    """A runner without a cache file, sending ``concurrency`` requests at once (if it can)."""
    params = GenerationParams(max_new_tokens=32)
    if "policy" not in inspect.signature(Runner).parameters:
        return Runner(AnswerCache(None), params)  # a runner without concurrent requests: one at a time
    from pytest_trustllm.retry import RequestPolicy

    policy = RequestPolicy(concurrency=concurrency)
    return Runner(AnswerCache(None), params, policy=lambda name: policy)


def measure(latency: float, concurrency: int, per_slot: int) -> tuple[int, float, int]:
    """(requests, seconds, most in flight) for one pass of ``per_slot * concurrency`` cases."""
    n = per_slot * concurrency
    cases = [
        Case(f"c{i}", ({"role": "user", "content": f"Question {i} at concurrency {concurrency}?"},)) for i in range(n)
    ]
    with LoopbackServer("openai", answer="comply", faults=Faults(latency=latency)) as server:
        model = OpenAIModel(f"bench@{server.base_url}", ModelOptions(timeout=30.0))
        model.complete(cases[0].messages, GenerationParams())  # import the SDK and open the client outside the clock
        server.reset()
        runner = make_runner(concurrency)
        start = time.perf_counter()
        answers = runner.answers("bench", model, cases, batch_size=concurrency)
        seconds = time.perf_counter() - start
        model.close()
        failed = sum(getattr(a, "error", None) is not None for a in answers)
        if failed:
            raise SystemExit(f"{failed} of {n} requests failed")
        return server.requests, seconds, server.max_in_flight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--per-slot", type=int, default=10, help="requests per concurrent slot")
    args = parser.parse_args()
    print(f"server latency {args.latency:g} s; ideal = concurrency / latency")
    print(f"{'concurrency':>11} {'requests':>8} {'seconds':>8} {'req/s':>8} {'ideal':>8} {'ratio':>6} {'in flight':>9}")
    for c in args.concurrency:
        requests, seconds, in_flight = measure(args.latency, c, args.per_slot)
        rate, ideal = requests / seconds, c / args.latency
        print(f"{c:>11} {requests:>8} {seconds:>8.2f} {rate:>8.1f} {ideal:>8.1f} {rate / ideal:>6.2f} {in_flight:>9}")


if __name__ == "__main__":
    main()
