"""No request holds a run: ``--trust-timeout`` bounds a whole request, and Ctrl-C ends a run with requests hanging.

The limits asserted are generous (tens of seconds) so a loaded machine cannot fail them; what
they catch is a run held for minutes: a server trickling one byte a second sends a body of
a few hundred bytes, so an unbounded request would take that many seconds.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from servers import Faults, LoopbackServer
from support import cache_dir, make_cases, run, write_suite

from pytest_trustllm.retry import Cancelled, bounded


def test_a_trickling_server_is_cut_at_the_deadline(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    write_suite(pytester, make_cases(2))
    pytester.makefile(".yaml", trustllm="max_retries: 1\n")
    with LoopbackServer("openai", faults=Faults(trickle=1.0, trickle_seconds=1.0)) as server:
        start = time.monotonic()
        result = run(pytester, f"--model={server.spec()}", "--trust-timeout=2", "--trust-no-cache")
        elapsed = time.monotonic() - start
        assert server.faults_served["trickle"] == 4  # 2 cases, each tried twice, each trickled
    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert "no complete answer within 2 s (--trust-timeout)" in output, output
    assert elapsed < 60, f"held for {elapsed:.0f} s"  # unbounded: about 300 s per request


def test_bounded_gives_up_at_the_deadline_and_on_cancel():
    import threading

    release = threading.Event()

    def hang() -> str:
        release.wait(30)
        return "late"

    start = time.monotonic()
    with pytest.raises(TimeoutError, match=r"no complete answer within 0\.3 s"):
        bounded(hang, 0.3)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(Cancelled):
        bounded(hang, 30, cancel)
    assert time.monotonic() - start < 10
    release.set()
    assert bounded(lambda: "fast", 5) == "fast"
    with pytest.raises(ValueError, match="boom"):
        bounded(lambda: (_ for _ in ()).throw(ValueError("boom")), 5)


def test_ctrl_c_ends_a_run_whose_requests_hang(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(6))
    with LoopbackServer("openai", faults=Faults(latency=600)) as server:  # never answers within the run
        command = [
            sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--trust-cache-dir={cache_dir(pytester)}",
            f"--model={server.spec()}", "--trust-timeout=300", "--trust-concurrency=3",
        ]
        process = subprocess.Popen(
            command, cwd=pytester.path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        try:
            deadline = time.monotonic() + 60
            while server.in_flight < 3 and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.05)
            assert server.in_flight == 3, "the requests never reached the server"
            process.send_signal(signal.SIGINT)
            interrupted = time.monotonic()
            output, _ = process.communicate(timeout=30)
            took = time.monotonic() - interrupted
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == pytest.ExitCode.INTERRUPTED, output
    assert "KeyboardInterrupt" in output and "Traceback" not in output.split("KeyboardInterrupt")[0]
    assert took < 15, f"Ctrl-C took {took:.1f} s to end the run"  # measured here: well under 2 s
