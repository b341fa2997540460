"""How API requests are sent: retries with backoff and jitter, Retry-After, and a request-rate limit."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .models.base import ModelError, TransientError
from .secrets import redact

RETRYABLE: tuple[type[Exception], ...] = (TransientError, TimeoutError, ConnectionError)
"""What a retry may fix. Adapters raise TransientError; the builtins are accepted too."""


class Clock(Protocol):
    """Time as the runner sees it; tests inject one that records sleeps instead of waiting."""

    def now(self) -> float: ...

    def sleep(self, seconds: float, cancel: threading.Event | None = None) -> None: ...


class SystemClock:
    """Monotonic time; a sleep ends early when ``cancel`` is set (an interrupted run)."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, cancel: threading.Event | None = None) -> None:
        if seconds <= 0:
            return
        if cancel is None:
            time.sleep(seconds)
        else:
            cancel.wait(seconds)


@dataclass(frozen=True)
class RequestPolicy:
    """Concurrency, rate and retries for one API model."""

    concurrency: int | None = None
    """Requests in flight at once; None: the adapter's ``concurrency``."""
    rate_limit: float | None = None
    """Requests started per second, over all threads; None: unlimited."""
    max_retries: int = 5
    timeout: float | None = None
    """Seconds one request may take from start to last byte (None: the adapter's own timeouts only)."""
    backoff_base: float = 0.5
    backoff_factor: float = 2.0
    backoff_cap: float = 30.0
    retry_after_cap: float = 120.0

    def delay(self, retry: int, retry_after: float | None, rand: Callable[[], float] = random.random) -> float:
        """Seconds before retry number ``retry`` (0 for the first).

        Exponential backoff with jitter, drawn in [backoff/2, backoff], and never less than
        the server's Retry-After (capped at ``retry_after_cap``).
        """
        backoff = min(self.backoff_cap, self.backoff_base * self.backoff_factor**retry)
        wait = backoff * (0.5 + 0.5 * rand())
        if retry_after is not None and retry_after > 0:
            wait = max(wait, min(retry_after, self.retry_after_cap))
        return wait


class RateLimiter:
    """A token bucket of one token, refilled ``rate`` times per second and shared by threads.

    Each caller reserves the next free start time under the lock, then sleeps outside it,
    so requests start at least ``1 / rate`` seconds apart.
    """

    def __init__(self, rate: float, clock: Clock) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self._next = float("-inf")
        self._lock = threading.Lock()

    def acquire(self, cancel: threading.Event | None = None) -> None:
        with self._lock:
            now = self.clock.now()
            start = max(now, self._next)
            self._next = start + self.interval
        self.clock.sleep(start - now, cancel)


def call_with_retries(
    request: Callable[[], str],
    policy: RequestPolicy,
    clock: Clock,
    limiter: RateLimiter | None = None,
    rand: Callable[[], float] = random.random,
    cancel: threading.Event | None = None,
) -> tuple[str | None, str | None]:
    """``(answer, None)``, or ``(None, error message)`` once retries are spent or the error is permanent.

    A :class:`ModelError` is raised: it ends the pass, as for a local model that fails to load.
    """
    attempt = 0
    while True:
        if limiter is not None:
            limiter.acquire(cancel)
        if cancel is not None and cancel.is_set():
            return None, "cancelled: the run was interrupted"
        attempt += 1
        try:
            answer = request() if policy.timeout is None else bounded(request, policy.timeout, cancel)
        except Cancelled:
            return None, "cancelled: the run was interrupted"
        except RETRYABLE as exc:
            if attempt > policy.max_retries:
                return None, describe(exc, attempt)
            clock.sleep(policy.delay(attempt - 1, getattr(exc, "retry_after", None), rand), cancel)
            continue
        except ModelError:
            raise  # the model itself is unusable (no key, unknown model): every case would fail alike
        except Exception as exc:  # a permanent error of this request: it fails the case, not the run
            return None, describe(exc, attempt)
        if not isinstance(answer, str):
            return None, f"the adapter returned {type(answer).__name__}, not str"
        return answer, None


class Cancelled(Exception):
    """The run was interrupted while a request was in flight."""


def bounded(request: Callable[[], str], seconds: float, cancel: threading.Event | None = None) -> str:
    """``request()``, given up after ``seconds`` or as soon as ``cancel`` is set.

    An HTTP client's timeout bounds each read, not the request: a server that trickles a byte a
    second holds it forever. The request runs in a daemon thread that is abandoned at the deadline
    (the process may exit while it hangs), so neither a deadline nor Ctrl-C waits on the server.
    """
    outcome: list[tuple[Any, BaseException | None]] = []  # (answer, error): an adapter's answer is checked later
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((request(), None))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((None, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="trustllm-request", daemon=True).start()
    end = time.monotonic() + seconds
    while not done.wait(min(0.1, max(0.0, end - time.monotonic()))):
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled: the run was interrupted")
        if time.monotonic() >= end:
            raise TimeoutError(f"no complete answer within {seconds:g} s (--trust-timeout)")
    answer, error = outcome[0]
    if error is not None:
        raise error
    return answer  # type: ignore[no-any-return]


def describe(exc: BaseException, attempts: int) -> str:
    """The last error of a request, with its type, redacted."""
    text = " ".join(str(exc).split()) or "(no message)"
    if len(text) > 300:
        text = text[:299] + "…"
    return redact(f"{type(exc).__name__}: {text} (after {attempts} attempt{'s' if attempts > 1 else ''})")
