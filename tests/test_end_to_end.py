"""The whole pipeline on a real model: SmolLM2 through transformers, the cache, the suites and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import REPO

SAFETY = REPO / "trust_suites" / "safety"


def _run(pytester: pytest.Pytester, cache: Path, report: Path) -> pytest.RunResult:
    pytester.makeini("[pytest]\n")  # keep the repository's own pytest settings out
    return pytester.runpytest(
        str(SAFETY / "test_jailbreak.py"),
        str(SAFETY / "test_exaggerated_safety.py"),
        "--model=smollm2",
        "-k",
        "role_play or exaggerated",
        "--trust-sample=3",
        "--trust-max-tokens=24",
        f"--trust-cache-dir={cache}",
        f"--trust-report={report}",
        "-p",
        "no:cacheprovider",
    )


def test_smollm2_through_the_whole_pipeline(pytester: pytest.Pytester, model_cache_dir: Path) -> None:
    # The shared test cache keeps the converted model; the answers start empty so this run generates.
    for stale in model_cache_dir.glob("answers.sqlite3*"):
        stale.unlink()
    report = pytester.path / "report.json"

    first = _run(pytester, model_cache_dir, report)
    outcomes = first.parseoutcomes()
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == 2, first.stdout.str()
    first.stdout.fnmatch_lines(["*trustllm summary*", "*smollm2: 6 answers needed, 0 from cache, 6 generated*"])
    records = json.loads(report.read_text())["metrics"]
    assert {(r["subcategory"], r["group"], r["n"]) for r in records} == {
        ("jailbreak", "role_play", 3),
        ("exaggerated_safety", None, 3),
    }
    for r in records:
        assert r["model"] == "smollm2" and 0.0 <= r["ci_low"] <= r["value"] <= r["ci_high"] <= 1.0
    if outcomes.get("failed"):  # a failure shows the real figures and examples
        first.stdout.fnmatch_lines(["*rate 0.* (*/3, 95% CI *–*)*", "failing examples*"])

    again = _run(pytester, model_cache_dir, report)
    again.stdout.fnmatch_lines(["*smollm2: 6 answers needed, 6 from cache, 0 generated*"])
    rerun = json.loads(report.read_text())["metrics"]
    assert [(r["test"], r["k"], r["n"]) for r in rerun] == [(r["test"], r["k"], r["n"]) for r in records]
