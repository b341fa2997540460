"""The API path of the runner: concurrency, retries, backoff, rate limit, errors, and how tests see errors."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from support import REFUSE, make_cases, report_metrics, run, write_suite

from pytest_trustllm.cache import AnswerCache
from pytest_trustllm.datasets import Case
from pytest_trustllm.models.base import (
    Conversation,
    GenerationParams,
    Model,
    ModelError,
    ModelOptions,
    RemoteModel,
    TransientError,
)
from pytest_trustllm.progress import Progress
from pytest_trustllm.retry import RateLimiter, RequestPolicy, SystemClock, call_with_retries
from pytest_trustllm.runner import Runner, case_params
from pytest_trustllm.secrets import redact

PARAMS = GenerationParams()


class VirtualClock:
    """Time that passes only when a thread sleeps, separately per thread; every sleep is recorded."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self._local = threading.local()
        self._lock = threading.Lock()

    def now(self) -> float:
        return float(getattr(self._local, "t", 0.0))

    def sleep(self, seconds: float, cancel: threading.Event | None = None) -> None:
        with self._lock:
            self.sleeps.append(seconds)
        self._local.t = self.now() + max(seconds, 0.0)


class Scripted(RemoteModel):
    """A remote model answering ``answer: PROMPT``; ``script`` maps a prompt to the errors of its first attempts."""

    concurrency = 4

    def __init__(
        self,
        script: dict[str, list[BaseException]] | None = None,
        delay: float = 0.0,
        clock: VirtualClock | None = None,
    ) -> None:
        super().__init__("scripted", ModelOptions())
        self.script = {prompt: list(errors) for prompt, errors in (script or {}).items()}
        self.delay, self.clock = delay, clock
        self.attempts: Counter[str] = Counter()
        self.starts: list[float] = []
        self.in_flight = self.max_in_flight = 0
        self.seeds: list[int] = []
        self._lock = threading.Lock()

    @property
    def identity(self) -> str:
        return "scripted"  # subclasses share the cache

    def complete(self, conversation: Conversation, params: GenerationParams) -> str:
        prompt = conversation[-1]["content"]
        with self._lock:
            self.seeds.append(params.seed)
            self.attempts[prompt] += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if self.clock is not None:
                self.starts.append(self.clock.now())
            errors = self.script.get(prompt, [])
            error = errors.pop(0) if errors else None
        try:
            time.sleep(self.delay)
            if error is not None:
                raise error
            return f"answer: {prompt}"
        finally:
            with self._lock:
                self.in_flight -= 1


def cases(n: int) -> list[Case]:
    return [Case(f"c{i}", ({"role": "user", "content": f"p{i}"},)) for i in range(n)]


def runner(cache: AnswerCache | None = None, clock: VirtualClock | None = None, **policy: float) -> Runner:
    fast = {"backoff_base": 0.5, **policy}
    return Runner(
        cache or AnswerCache(None),
        PARAMS,
        policy=lambda name: RequestPolicy(**fast),  # type: ignore[arg-type]
        clock=clock or VirtualClock(),
        rand=lambda: 0.5,
    )


# -- concurrency -------------------------------------------------------------------------


def test_requests_overlap_up_to_the_model_default():
    model = Scripted(delay=0.05)
    answers = runner().answers("m", model, cases(12), 1)
    assert [a.text for a in answers] == [f"answer: p{i}" for i in range(12)]
    assert 2 <= model.max_in_flight <= Scripted.concurrency


def test_concurrency_setting_caps_requests_in_flight():
    model = Scripted(delay=0.03)
    runner(concurrency=2).answers("m", model, cases(8), 1)
    assert model.max_in_flight == 2
    single = Scripted(delay=0.01)
    runner(concurrency=1).answers("m", single, cases(4), 1)
    assert single.max_in_flight == 1


# -- retries and backoff -----------------------------------------------------------------


def test_retry_after_is_honoured():
    clock = VirtualClock()
    model = Scripted({"p1": [TransientError("429", retry_after=3.0), TransientError("429", retry_after=7.5)]})
    answers = runner(clock=clock).answers("m", model, cases(3), 1)
    assert answers[1].text == "answer: p1" and answers[1].error is None
    assert model.attempts["p1"] == 3
    assert sorted(clock.sleeps) == [3.0, 7.5]  # each wait at least the server's Retry-After


def test_retry_after_is_capped():
    policy = RequestPolicy(retry_after_cap=120.0)
    assert policy.delay(0, 3600.0, lambda: 0.5) == 120.0
    assert policy.delay(0, 0.0, lambda: 0.5) == 0.375  # a zero Retry-After leaves the backoff


def test_backoff_grows_exponentially_within_jitter_bounds():
    policy = RequestPolicy(backoff_base=0.5, backoff_factor=2.0, backoff_cap=30.0)
    for retry in range(10):
        full = min(30.0, 0.5 * 2**retry)
        assert policy.delay(retry, None, lambda: 0.0) == full / 2
        assert policy.delay(retry, None, lambda: 1.0) == full
    assert policy.delay(20, None, lambda: 1.0) == 30.0
    draws = {RequestPolicy().delay(2, None) for _ in range(50)}  # real jitter: spread over [1, 2]
    assert len(draws) > 40 and all(1.0 <= d <= 2.0 for d in draws)


def test_transient_errors_back_off_through_the_runner():
    clock = VirtualClock()
    model = Scripted({"p0": [TransientError("503")] * 4})
    (answer,) = runner(clock=clock).answers("m", model, cases(1), 1)
    assert answer.text == "answer: p0"
    assert clock.sleeps == [0.375, 0.75, 1.5, 3.0]  # base 0.5 doubling, mid-jitter


def test_retries_spent_is_an_error_with_the_last_exception():
    model = Scripted({"p0": [TransientError("HTTP 500: boom")] * 10})
    answers = runner(max_retries=2).answers("m", model, cases(2), 1)
    assert model.attempts["p0"] == 3
    assert answers[0].text == "" and answers[0].error == "TransientError: HTTP 500: boom (after 3 attempts)"
    assert answers[1].error is None


def test_builtin_timeouts_and_dropped_connections_are_retried():
    model = Scripted({"p0": [TimeoutError("read timed out"), ConnectionResetError("reset by peer")]})
    (answer,) = runner().answers("m", model, cases(1), 1)
    assert answer.error is None and model.attempts["p0"] == 3


def test_a_permanent_error_is_not_retried():
    model = Scripted({"p1": [ValueError("bad request")]})
    answers = runner().answers("m", model, cases(3), 1)
    assert model.attempts["p1"] == 1
    assert answers[1].error == "ValueError: bad request (after 1 attempt)"
    assert [a.error is None for a in answers] == [True, False, True]


def test_a_model_error_ends_the_pass():
    model = Scripted({"p0": [ModelError("no API key; set X_API_KEY")]})
    with pytest.raises(ModelError, match="no API key"):
        runner(concurrency=1).answers("m", model, cases(3), 1)


def test_error_messages_are_redacted(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MY_SERVICE_API_KEY", "s3cr3t-value-123")
    model = Scripted({"p0": [ValueError("key s3cr3t-value-123 refused, also sk-abcdefghijklmnopqrstuvwx")]})
    (answer,) = runner().answers("m", model, cases(1), 1)
    assert answer.error is not None
    assert "s3cr3t" not in answer.error and "sk-abc" not in answer.error
    assert answer.error.count("[REDACTED]") == 2


# -- the rate limit ----------------------------------------------------------------------


def test_rate_limit_spaces_request_starts():
    clock = VirtualClock()
    model = Scripted(clock=clock)
    runner(clock=clock, rate_limit=2.0, concurrency=3).answers("m", model, cases(6), 1)
    assert sorted(model.starts) == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5]


def test_rate_limiter_in_real_time():
    limiter = RateLimiter(50.0, SystemClock())
    start = time.monotonic()
    threads = [threading.Thread(target=limiter.acquire) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert time.monotonic() - start >= 5 / 50 * 0.9


def test_retries_also_wait_for_the_rate_limit():
    clock = VirtualClock()
    model = Scripted({"p0": [TransientError("429", retry_after=0.0)]}, clock=clock)
    policy = RequestPolicy(rate_limit=1.0, backoff_base=0.1)
    text, error = call_with_retries(
        lambda: model.complete([{"role": "user", "content": "p0"}], PARAMS), policy, clock, RateLimiter(1.0, clock)
    )
    assert (text, error) == ("answer: p0", None)
    assert model.starts[1] - model.starts[0] >= 1.0


# -- the cache ---------------------------------------------------------------------------


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM answers").fetchone()
    return int(count)


def test_errors_are_not_cached_and_are_retried_next_run(tmp_path: Path):
    path = tmp_path / "answers.sqlite3"
    first = Scripted({"p2": [ValueError("boom")], "p4": [TransientError("500")] * 10})
    r1 = runner(AnswerCache(path), max_retries=1)
    answers = r1.answers("m", first, cases(5), 1)
    assert [a.error is not None for a in answers] == [False, False, True, False, True]
    assert (r1.stats["m"].generated, r1.stats["m"].errors) == (3, 2)
    assert _rows(path) == 3
    second = Scripted()
    r2 = runner(AnswerCache(path))
    answers = r2.answers("m", second, cases(5), 1)
    assert all(a.error is None for a in answers)
    assert set(second.attempts) == {"p2", "p4"}  # only the failed ones are asked again
    assert (r2.stats["m"].cached, r2.stats["m"].generated) == (3, 2)


def test_an_error_is_not_retried_within_the_session():
    model = Scripted({"p0": [ValueError("boom")]})
    r = runner()
    r.answers("m", model, cases(2), 1)
    again = r.answers("m", model, cases(2), 1)
    assert model.attempts["p0"] == 1 and again[0].error is not None


class Interrupting(Scripted):
    def complete(self, conversation: Conversation, params: GenerationParams) -> str:
        if conversation[-1]["content"] == "p5":
            raise KeyboardInterrupt
        return super().complete(conversation, params)


def test_answers_are_saved_as_they_complete(tmp_path: Path):
    path = tmp_path / "answers.sqlite3"
    r = runner(AnswerCache(path), concurrency=1)
    r.save_every = 2
    with pytest.raises(KeyboardInterrupt):
        r.answers("m", Interrupting(), cases(8), 1)
    assert _rows(path) >= 5  # p0-p4 answered before the interrupt (a worker may finish one more)
    again = Scripted()
    runner(AnswerCache(path)).answers("m", again, cases(8), 1)
    assert not {"p0", "p1", "p2", "p3", "p4"} & set(again.attempts)


class Recorded(Progress):
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def start(self, name: str, total: int, what: str) -> None:
        self.calls.append(("start", name, total, what))

    def advance(self, done: int, failed: int = 0) -> None:
        self.calls.append(("advance", done, failed))

    def close(self) -> None:
        self.calls.append(("close",))


def test_progress_of_a_pass():
    shown = Recorded()
    r = runner(concurrency=2)
    r.progress = shown
    r.answers("api", Scripted({"p1": [ValueError("x")]}), cases(3), 1)
    assert shown.calls[0] == ("start", "api", 3, "requesting (0 cached, 2 at a time)")
    assert shown.calls[-2:] == [("advance", 3, 1), ("close",)]
    assert [c[1] for c in shown.calls if c[0] == "advance"] == sorted(c[1] for c in shown.calls if c[0] == "advance")


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux script for a terminal")
def test_progress_is_one_line_updated_in_place_on_a_terminal(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(300))
    command = f"{sys.executable} -m pytest -p no:cacheprovider --model=fake:refuse --trust-cache-dir=cache"
    seen = subprocess.run(["script", "-qc", command, "/dev/null"], cwd=pytester.path, capture_output=True)
    out = seen.stdout.decode()  # bytes: text mode would turn the carriage returns into newlines
    line = next(line for line in out.split("\n") if "trustllm: fake:refuse: generating" in line)
    assert "0/300" in line and "300/300" in line and "answer/s" in line  # one line, redrawn in place
    quiet = subprocess.run(["script", "-qc", command + " -qq --trust-no-cache", "/dev/null"], cwd=pytester.path,
                           capture_output=True)  # fmt: skip
    assert b"trustllm: fake:refuse: generating" not in quiet.stdout
    piped = run(pytester, "--model=fake:refuse", "--trust-no-cache")  # not a terminal: no progress
    assert "generating" not in piped.stdout.str()


# -- errors seen by tests, through pytester -------------------------------------------------

FLAKY_CONFTEST = """
import json
import re
from pathlib import Path

from pytest_trustllm.models.base import RemoteModel

LOG = Path(__file__).parent / "requests.txt"
REFUSE = "__REFUSE__"


class Flaky(RemoteModel):
    \"\"\"flaky:I,J,...: the prompts of case numbers I, J... fail; the others get the refusal.\"\"\"

    def complete(self, conversation, params):
        prompt = conversation[-1]["content"]
        number = re.search(r"number (\\d+)", prompt).group(1)
        with LOG.open("a") as log:
            log.write(json.dumps({"n": number, "timeout": self.options.timeout,
                                  "keys": dict(self.options.extra["api_key_env"])}) + "\\n")
        if number in self.target.split(","):
            raise ValueError(f"server said no to {number}")
        return REFUSE


def pytest_trustllm_register_models(register):
    register("flaky", Flaky)
""".replace("__REFUSE__", REFUSE)


def _requests(path: Path) -> list[str]:
    log = path / "requests.txt"
    if not log.exists():
        return []
    numbers = [json.loads(line)["n"] for line in log.read_text().splitlines()]
    log.unlink()
    return sorted(numbers, key=int)


def test_too_many_errors_make_the_test_an_error(pytester: pytest.Pytester):
    pytester.makeconftest(FLAKY_CONFTEST)
    write_suite(pytester, make_cases(10))
    result = run(pytester, "--model=flaky:1,2", "--trust-report=r.json")
    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert "2 of 10 requests to flaky:1,2 failed after retries (tolerance 5%)" in output
    assert "last error: ValueError: server said no to " in output
    assert "Traceback" not in output
    assert report_metrics(pytester.path / "r.json") == []
    result.stdout.fnmatch_lines(["flaky:1,2: 10 answers needed, 0 from cache, 8 generated in * s, 2 failed"])


def test_errors_within_tolerance_are_left_out_of_n_and_reported(pytester: pytest.Pytester):
    pytester.makeconftest(FLAKY_CONFTEST)
    write_suite(pytester, make_cases(10))
    pytester.makefile(".yaml", trustllm="error_tolerance: 0.25\n")
    result = run(pytester, "--model=flaky:1,2", "--trust-report=r.json")
    result.assert_outcomes(passed=1)
    (record,) = report_metrics(pytester.path / "r.json")
    assert (record["k"], record["n"], record["errors"], record["value"]) == (8, 8, 2, 1.0)
    result.stdout.fnmatch_lines(["test_suite::test_suite", "  refusal_rate *>= 0.9 *1.000 [[]*] n=8 pass 2 errors"])
    document = json.loads((pytester.path / "r.json").read_text())
    assert document["generation"]["flaky:1,2"]["errors"] == 2
    assert document["settings"]["error_tolerance"] == 0.25
    assert _requests(pytester.path) == [str(i) for i in range(10)]
    # The failed requests are not cached: the next run asks them again, and only them.
    run(pytester, "--model=flaky:1,2").assert_outcomes(passed=1)
    assert _requests(pytester.path) == ["1", "2"]


def test_zero_tolerance_makes_one_error_an_error(pytester: pytest.Pytester):
    pytester.makeconftest(FLAKY_CONFTEST)
    write_suite(pytester, make_cases(30))
    run(pytester, "--model=flaky:7").assert_outcomes(passed=1)  # 1 of 30 is within the default 5%
    pytester.makefile(".yaml", trustllm="error_tolerance: 0\n")
    result = run(pytester, "--model=flaky:7", "--trust-no-cache")
    result.assert_outcomes(errors=1)
    assert "1 of 30 requests to flaky:7 failed after retries (tolerance 0%)" in result.stdout.str()


def test_api_settings_reach_the_adapter(pytester: pytest.Pytester):
    pytester.makeconftest(FLAKY_CONFTEST)
    write_suite(pytester, make_cases(10))
    pytester.makefile(".yaml", trustllm="timeout: 12.5\napi_key_env: {openai: MY_KEY}\n")
    run(pytester, "--model=flaky:none").assert_outcomes(passed=1)
    first = json.loads((pytester.path / "requests.txt").read_text().splitlines()[0])
    assert first["timeout"] == 12.5 and first["keys"] == {"openai": "MY_KEY"}
    (pytester.path / "requests.txt").unlink()
    run(pytester, "--model=flaky:none", "--trust-timeout=3", "--trust-no-cache").assert_outcomes(passed=1)
    first = json.loads((pytester.path / "requests.txt").read_text().splitlines()[0])
    assert first["timeout"] == 3.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--trust-concurrency=0",), "--trust-concurrency must be at least 1 and at most 1024, got 0"),
        (("--trust-rate-limit=0",), "--trust-rate-limit must be at least 0.001"),
        (("--trust-timeout=-1",), "--trust-timeout must be at least 0.1"),
    ],
)
def test_bad_api_options_are_usage_errors(pytester: pytest.Pytester, args: Sequence[str], message: str):
    write_suite(pytester, make_cases(3))
    result = run(pytester, "--model=fake:refuse", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert message in "\n".join(result.errlines)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("concurrency: 0", "concurrency must be an integer at least 1 and at most 1024, got 0"),
        ("concurrency: {m: 2.5}", "concurrency.m must be an integer at least 1 and at most 1024, got 2.5"),
        ("rate_limit: -2", "rate_limit must be a number at least 0.001 and at most 10000, got -2"),
        ("error_tolerance: 1.5", "error_tolerance must be a number at least 0 and at most 1, got 1.5"),
        ("max_retries: -1", "max_retries must be an integer at least 0 and at most 100, got -1"),
        ("judge: 3", "judge must be a str, got 3"),
    ],
)
def test_bad_api_settings_are_usage_errors(pytester: pytest.Pytester, setting: str, message: str):
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm=setting + "\n")
    result = run(pytester, "--model=fake:refuse")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert message in "\n".join(result.errlines)


@pytest.mark.parametrize(
    "text",
    ["Use a multi-task-learning-approaches setup", "see the risk-assessment-framework doc", "bearer bonds are risky"],
)
def test_redaction_leaves_ordinary_words_alone(text: str) -> None:
    assert redact(text) == text


def test_sampled_cases_get_their_own_seed_from_the_run_seed_and_case_id():
    sampled = GenerationParams(temperature=1.0, seed=3)
    a, b = Case("a", ({"role": "user", "content": "same"},)), Case("b", ({"role": "user", "content": "same"},))
    assert case_params(sampled, a).seed == case_params(sampled, a).seed != case_params(sampled, b).seed
    assert case_params(GenerationParams(temperature=1.0, seed=4), a).seed != case_params(sampled, a).seed
    assert 0 <= case_params(sampled, a).seed < 2**31
    assert case_params(PARAMS, a) == PARAMS  # greedy answers share one key per prompt


def test_each_request_of_a_sampled_pass_carries_its_case_seed():
    model = Scripted()
    sampled = GenerationParams(temperature=0.7)
    given = runner().answers("m", model, cases(4), 4, sampled)
    assert len(given) == 4
    assert sorted(model.seeds) == sorted(case_params(sampled, c).seed for c in cases(4))


class Recorder(Model):
    """A local model that records the prompts of each batch; a prompt's length is its number of words."""

    def __init__(self) -> None:
        super().__init__("recorder", ModelOptions())
        self.batches: list[list[str]] = []

    def prompt_length(self, conversation: Conversation) -> int:
        return len(conversation[-1]["content"].split())

    def generate(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None = None
    ) -> list[str]:
        self.batches.append([c[-1]["content"] for c in conversations])
        return ["ok"] * len(conversations)


def test_local_batches_group_prompts_by_length_whatever_the_order_of_the_cases():
    prompts = ["a b c d", "a", "a b", "b", "a b c", "c d", "e f g h", "c"]
    made = [Case(f"k{i}", ({"role": "user", "content": p},)) for i, p in enumerate(prompts)]
    seen = []
    for ordering in (made, made[::-1], made[3:] + made[:3]):
        model = Recorder()
        runner().answers("m", model, ordering, 3, PARAMS)
        seen.append(model.batches)
    assert [sorted(len(p.split()) for p in b) for b in seen[0]] == [[1, 1, 1], [2, 2, 3], [4, 4]]
    # The same set of cases makes the same batches, whichever tests asked in whichever order.
    assert seen[0] == seen[1] == seen[2]
