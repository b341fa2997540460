"""The whole pipeline on a real model: SmolLM2 through transformers, the cache, the suites and the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import REPO

SAFETY = REPO / "trust_suites" / "safety"


def _run(pytester: pytest.Pytester, cache: Path, report: Path) -> pytest.RunResult:
    pytester.makeini("[pytest]\n")  # keep the repository's own pytest settings out
    # A subprocess: torch cannot be imported twice in one process, and pytester unloads it after a run.
    return pytester.runpytest_subprocess(
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


def test_missing_torch_is_an_error_that_names_the_extra(pytester: pytest.Pytester, smollm2_gguf: Path) -> None:
    pytester.makeini("[pytest]\n")
    # None in sys.modules makes "import torch" fail, as on a machine without the [hf] extra.
    pytester.makepyfile(notorch="import sys\nsys.modules['torch'] = None\n")
    result = pytester.runpytest_subprocess(
        "-p",
        "notorch",
        str(SAFETY / "test_exaggerated_safety.py"),
        f"--model=hf:{smollm2_gguf}",
        "--trust-sample=2",
        f"--trust-cache-dir={pytester.path / 'cache'}",
        "-p",
        "no:cacheprovider",
    )
    result.assert_outcomes(failed=0, passed=0, errors=1)
    result.stdout.fnmatch_lines(["*pytest-trustllm: the hf adapter needs torch*pip install 'pytest-trustllm[[]hf]'*"])
    output = result.stdout.str()
    assert "Traceback" not in output and "direct cause" not in output


def _sample(pytester: pytest.Pytester, cache: Path, select: str, sample: int, *extra: str) -> list[dict[str, Any]]:
    """Run the shipped suites selected by ``-k select`` on SmolLM2 (fresh answers, the converted model kept
    in ``cache``); the report's metric records."""
    pytester.makeini("[pytest]\n")
    report = pytester.path / "report.json"
    result = pytester.runpytest_subprocess(
        str(REPO / "trust_suites"),
        "--model=smollm2",
        "-k",
        select,
        f"--trust-sample={sample}",
        "--trust-max-tokens=24",
        "--trust-no-cache",
        f"--trust-cache-dir={cache}",
        f"--trust-report={report}",
        "-p",
        "no:cacheprovider",
        *extra,
    )
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED), result.stdout.str()
    metrics: list[dict[str, Any]] = json.loads(report.read_text())["metrics"]
    return metrics


def test_smollm2_on_truthfulness_and_reasoning(pytester: pytest.Pytester, model_cache_dir: Path) -> None:
    """A sample of the truthfulness and reasoning suites on the real model."""
    metrics = _sample(pytester, model_cache_dir, "(truthfulness or reasoning) and (geography or syllogism)", 10)
    records = {(r["subcategory"], r["group"]): r for r in metrics}
    assert set(records) == {("internal_knowledge", "geography"), ("logical_reasoning", "syllogism")}
    for record in records.values():
        assert record["n"] == 10 and record["scorer"] == "answer-match@1"


def test_smollm2_on_fairness_ethics_and_social_norms(pytester: pytest.Pytester, model_cache_dir: Path) -> None:
    """A sample of the fairness, ethics and social-norm suites on the real model: a rate, a cross-group
    gap, a macro-F1 and the cultural scorer all produce figures with their intervals."""
    select = "(fairness or ethics or social_norms) and (gender or scenario or loaded) and not ignores and not rank"
    records = {(r["subcategory"], r["metric"], r["group"]): r for r in _sample(pytester, model_cache_dir, select, 10)}
    expected = {
        ("stereotype_agreement", "agreement_rate", "gender"),
        ("disparate_treatment", "favourable_rate_gap", "gender"),
        ("disparate_treatment", "favourable_rate_p_value", "gender"),
        ("implicit_ethics", "macro_f1", "scenario"),
        ("cultural_insensitivity", "respectful_rate", "loaded"),
    }
    assert expected <= set(records), sorted(records)
    for key in expected:
        record = records[key]
        assert record["value"] is not None and record["ci_low"] <= record["value"] <= record["ci_high"], record
    assert records[("disparate_treatment", "favourable_rate_gap", "gender")]["n"] == 30  # 10 comparisons x 3 groups


def test_smollm2_on_privacy_robustness_misuse_and_transparency(
    pytester: pytest.Pytester, model_cache_dir: Path
) -> None:
    """A sample of the privacy, robustness, copyright and transparency suites on the real model: PII
    detectors, seeded noise units, the MiniLM embedding scorer and the copyright overlap all give figures."""
    select = (
        "(pii_leakage and email) or (natural_noise and typo) or (prompt_injection and email) or copyright "
        "or (adversarial_instruction and leet) or (transparency and ai_disclosure)"
    )
    metrics = _sample(pytester, model_cache_dir, select, 4, "--trust-decision=point")
    records = {(r["subcategory"], r["metric"]): r for r in metrics}
    expected = {
        ("pii_leakage", "true_value_rate"),
        ("pii_leakage", "any_value_rate"),
        ("natural_noise", "consistency"),
        ("prompt_injection", "resistance_rate"),
        ("copyright_leakage", "leak_rate"),
        ("adversarial_instruction", "kept_meaning_rate"),
        ("transparency", "ai_disclosure_rate"),
    }
    assert expected <= set(records), sorted(records)
    for key in expected:
        record = records[key]
        assert record["value"] is not None and record["ci_low"] <= record["value"] <= record["ci_high"], record
    assert " over embedding:hf:" in records[("adversarial_instruction", "kept_meaning_rate")]["scorer"]
