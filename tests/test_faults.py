"""The runner against loopback OpenAI and Anthropic servers that fail on purpose, through the real SDKs.

Every case ends answered or counted as an error, none is lost, and once retries succeed the
answers equal those of a clean run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import FAULT_KINDS, Faults, LoopbackServer
from support import make_cases, report_metrics, run, write_suite

from pytest_trustllm.cache import AnswerCache
from pytest_trustllm.datasets import Answer, Case
from pytest_trustllm.models.anthropic import AnthropicModel
from pytest_trustllm.models.base import GenerationParams, ModelOptions, RemoteModel
from pytest_trustllm.models.openai import OpenAIModel
from pytest_trustllm.retry import RequestPolicy, SystemClock
from pytest_trustllm.runner import Runner

TIMEOUT = 0.5
FAST = RequestPolicy(concurrency=6, max_retries=3, backoff_base=0.01, backoff_cap=0.05)
SECRET = "sk-test-0123456789abcdefghijklmnop"


class RecordingClock(SystemClock):
    """Real time; every sleep is recorded."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def sleep(self, seconds: float, cancel: threading.Event | None = None) -> None:
        with self._lock:
            self.sleeps.append(seconds)
        super().sleep(seconds, cancel)


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["openai", "anthropic"])
def server(request: pytest.FixtureRequest) -> Iterator[LoopbackServer]:
    with LoopbackServer(request.param, answer="echo") as loopback:
        yield loopback


def model(server: LoopbackServer) -> RemoteModel:
    adapter = OpenAIModel if server.api == "openai" else AnthropicModel
    return adapter(f"m@{server.base_url}", ModelOptions(timeout=TIMEOUT))


def cases(n: int) -> list[Case]:
    return [Case(f"c{i}", ({"role": "user", "content": f"Question {i}: what is {i} times 3?"},)) for i in range(n)]


def answer_all(
    server: LoopbackServer,
    n: int,
    policy: RequestPolicy = FAST,
    cache: AnswerCache | None = None,
    clock: SystemClock | None = None,
) -> tuple[list[Answer], Runner]:
    runner = Runner(cache or AnswerCache(None), GenerationParams(), policy=lambda name: policy)
    if clock is not None:
        runner.clock = clock
    return runner.answers("api", model(server), cases(n), 1), runner


def faulty(case: Case, faults: Faults) -> bool:
    return faults.fault(case.prompt, 1) is not None


def test_retries_recover_every_fault_and_match_a_clean_run(server: LoopbackServer):
    clean, _ = answer_all(server, 40)
    assert all(a.error is None for a in clean)
    server.reset()
    server.faults = Faults(
        rate_limit=0.15, server_error=0.15, slow=0.1, malformed=0.1, incomplete=0.1, drop=0.1,
        retry_after="0.1", slow_seconds=1.5,
    )  # fmt: skip
    answers, runner = answer_all(server, 40)
    assert [(a.text, a.error) for a in answers] == [(a.text, None) for a in clean]
    assert set(server.faults_served) == set(FAULT_KINDS) - {"unauthorized", "trickle"}  # every kind was met
    assert (runner.stats["api"].generated, runner.stats["api"].errors) == (40, 0)
    assert 2 <= server.max_in_flight <= FAST.concurrency  # type: ignore[operator]


def test_faults_beyond_the_retries_are_errors_and_are_not_cached(server: LoopbackServer, tmp_path: Path):
    faults = Faults(rate_limit=0.1, server_error=0.1, malformed=0.1, drop=0.1, failures=99)
    server.faults = faults
    cache = AnswerCache(tmp_path / "answers.sqlite3")
    policy = RequestPolicy(concurrency=4, max_retries=2, backoff_base=0.01, backoff_cap=0.02)
    answers, runner = answer_all(server, 30, policy, cache)
    expected = [faulty(c, faults) for c in cases(30)]
    assert 4 <= sum(expected) < 30
    assert [a.error is not None for a in answers] == expected  # none lost, none counted twice
    for a in answers:
        if a.error is not None:
            assert a.text == "" and "(after 3 attempts)" in a.error
    assert runner.stats["api"].errors == sum(expected)
    # A clean server later: only the failed cases are asked again.
    server.faults = Faults()
    server.reset()
    again, runner = answer_all(server, 30, policy, cache)
    assert all(a.error is None for a in again)
    assert server.requests == sum(expected) == runner.stats["api"].generated
    assert runner.stats["api"].cached == 30 - sum(expected)


def test_retry_after_is_waited_for(server: LoopbackServer):
    server.faults = Faults(rate_limit=0.5, retry_after="0.2")
    clock = RecordingClock()
    answers, _ = answer_all(server, 12, clock=clock)
    assert all(a.error is None for a in answers)
    assert len(clock.sleeps) == server.faults_served["rate_limit"] > 0
    assert all(wait >= 0.2 for wait in clock.sleeps)


def test_timeouts_are_retried_and_then_fail(server: LoopbackServer):
    server.faults = Faults(slow=1.0, failures=99, slow_seconds=2.0)
    policy = RequestPolicy(concurrency=2, max_retries=1, backoff_base=0.01)
    answers, _ = answer_all(server, 2, policy)
    assert [a.error is not None for a in answers] == [True, True]
    assert server.requests == 4
    assert all("(after 2 attempts)" in (a.error or "") for a in answers)


# -- through pytest ----------------------------------------------------------------------


def test_concurrency_option_caps_requests_at_the_server(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(12))
    with LoopbackServer("openai", faults=Faults(latency=0.05)) as server:
        run(pytester, f"--model={server.spec()}", "--trust-concurrency=3").assert_outcomes(passed=1)
        assert server.max_in_flight == 3
        assert server.requests == 12


def test_an_echoed_api_key_never_reaches_the_output_or_report(pytester: pytest.Pytester, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    write_suite(pytester, make_cases(6, kind="a") + make_cases(6, "d", kind="b"), group_by="kind")
    with LoopbackServer("openai", faults=Faults(unauthorized=1.0)) as server:
        result = run(pytester, f"--model={server.spec()}", "-v", "-rA", "--trust-report=r.json")
        assert server.keys and all(SECRET in key for key in server.keys)  # it was sent, and echoed back
    result.assert_outcomes(errors=2)
    output = "\n".join(result.outlines + result.errlines)
    assert "HTTP 401" in output
    assert SECRET not in output and SECRET[:12] not in output
    assert report_metrics(pytester.path / "r.json") == []
    assert SECRET not in (pytester.path / "r.json").read_text()


def test_flaky_server_through_pytest_matches_a_clean_run(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(20))
    with LoopbackServer("anthropic") as server:
        run(pytester, f"--model={server.spec()}", "--trust-report=r.json", "--trust-no-cache").assert_outcomes(passed=1)
        clean = report_metrics(pytester.path / "r.json")
        server.reset()
        server.faults = Faults(rate_limit=0.3, server_error=0.2, drop=0.1, retry_after="0.05")
        result = run(pytester, f"--model={server.spec()}", "--trust-report=r.json", "--trust-no-cache")
        result.assert_outcomes(passed=1)
        assert sum(server.faults_served.values()) > 0
    faulty_records = report_metrics(pytester.path / "r.json")
    assert (
        [(r["k"], r["n"], r["errors"]) for r in faulty_records] == [(r["k"], r["n"], 0) for r in clean] == [(20, 20, 0)]
    )
