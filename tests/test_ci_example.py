"""The GitHub Actions example (examples/trust-gate.yml): valid YAML, the README shows it as it is, and its
pytest command is one this plugin accepts."""

from __future__ import annotations

import os
import re
import shlex
from typing import Any

import pytest
import yaml
from support import REPO, cache_dir, make_cases, run, write_suite

from pytest_trustllm.config import SETTINGS

WORKFLOW = REPO / "examples" / "trust-gate.yml"


def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def step(name: str) -> dict[str, Any]:
    steps: list[dict[str, Any]] = workflow()["jobs"]["trust"]["steps"]
    return next(s for s in steps if s.get("name") == name)


def test_workflow_parses_and_does_what_it_says():
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "pull_request"} and triggers["push"] == {"branches": ["main"]}
    assert flow["permissions"]["pull-requests"] == "write"
    assert step("Upload the HTML report")["with"]["path"] == "trust-report.html"
    assert "--body-file trust-report.md" in step("Comment on the pull request")["run"]
    assert step("Keep main's report as the baseline")["with"] == {
        "name": "trust-report-main",
        "path": "trust-report.json",
        "retention-days": 90,
    }
    assert "--trust-baseline=main-report.json" in step("Main's report (the baseline)")["run"]
    # The reports are uploaded and posted also when the gate fails.
    for name in ("Upload the HTML report", "Comment on the pull request", "Keep main's report as the baseline"):
        assert step(name)["if"].startswith("always()")


def test_readme_shows_the_workflow_as_it_is():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert WORKFLOW.read_text(encoding="utf-8") in blocks


def test_the_gate_command_parses_with_this_plugin(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    """Its pytest command, dry-run (--collect-only) on the shipped suites, a fake model in the checkpoint's place."""
    write_suite(pytester, make_cases(4))
    run(pytester, "--model=fake:refuse", "--trust-report=main-report.json").assert_outcomes(passed=1)
    baseline = (pytester.path / "main-report.json").read_text()
    (pytester.path / "test_suite.py").unlink()
    options = {s.option for s in SETTINGS}
    # --trust-baseline comes with the baseline comparison; until then the command is checked without it.
    given = "--trust-baseline=main-report.json" if "--trust-baseline" in options else ""
    monkeypatch.setenv("CHECKPOINT", "./checkpoints/candidate")
    monkeypatch.setenv("BASELINE", given)
    words = shlex.split(os.path.expandvars(step("Trust suites")["run"]))
    assert words[0] == "pytest" and "--model=hf:./checkpoints/candidate" in words
    words = [("--model=fake:refuse" if w.startswith("--model=") else w) for w in words[1:]]
    assert {w.split("=")[0] for w in words if w.startswith("--trust-")} <= options
    result = pytester.runpytest(*words, "--collect-only", "-q", f"--trust-cache-dir={cache_dir(pytester)}")
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()
    collected = re.search(r"(\d+) tests? collected", result.stdout.str())
    assert collected is not None and int(collected.group(1)) > 50, result.stdout.str()[-2000:]
    assert (pytester.path / "main-report.json").read_text() == baseline  # a dry run writes no report
    assert not list(pytester.path.glob("trust-report.*"))
