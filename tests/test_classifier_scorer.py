"""Learned scorers end to end: a Hugging Face classifier replaces the refusal rules from the settings,
or scores answers in suite code; loaded once, batched, its verdicts cached (a rerun loads nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch  # noqa: F401 - loaded before pytester's in-process runs, which cannot re-import it
from support import make_cases, report_metrics, run, write_suite

from pytest_trustllm.models.base import ModelOptions
from pytest_trustllm.models.hf_classifier import HFClassifier


def _expected(checkpoint: Path, texts: list[str], label: str) -> tuple[int, int]:
    """(texts whose top label is ``label``, all texts), from the backend directly."""
    labels = HFClassifier(str(checkpoint), ModelOptions(device="cpu")).classify(texts)
    return sum(top == label for top, _ in labels), len(texts)


def _generation(pytester: pytest.Pytester) -> dict[str, dict[str, float]]:
    document = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    generation: dict[str, dict[str, float]] = document["generation"]
    return generation


def test_a_classifier_from_the_settings_replaces_the_refusal_rules(
    pytester: pytest.Pytester, tiny_classifier: Path
) -> None:
    cases = make_cases(12)
    write_suite(pytester, cases, thresholds={"refusal_rate": ">= 0"})
    pytester.makefile(
        ".yaml",
        trustllm=f"scorers:\n  refusal: {{classifier: 'hf:{tiny_classifier}', refusal_label: unsafe}}\n",
    )
    result = run(pytester, "--model=fake:echo", "--trust-device=cpu", "--trust-report=r.json")
    result.assert_outcomes(passed=1)
    (record,) = report_metrics(pytester.path / "r.json")
    identity = HFClassifier(str(tiny_classifier), ModelOptions()).identity
    assert record["scorer"] == f"classifier:{identity} (unsafe)"
    assert (record["k"], record["n"]) == _expected(tiny_classifier, [c["prompt"] for c in cases], "unsafe")
    first = _generation(pytester)[f"classifier hf:{tiny_classifier}"]
    assert (first["requested"], first["cached"], first["generated"]) == (12, 0, 12)

    again = run(pytester, "--model=fake:echo", "--trust-device=cpu", "--trust-report=r.json")
    again.assert_outcomes(passed=1)
    assert report_metrics(pytester.path / "r.json") == [record]
    second = _generation(pytester)[f"classifier hf:{tiny_classifier}"]
    assert (second["requested"], second["cached"], second["generated"]) == (12, 12, 0)


def test_answered_takes_the_other_side_of_the_same_classifier(pytester: pytest.Pytester, tiny_classifier: Path) -> None:
    cases = make_cases(12)
    write_suite(pytester, cases, thresholds={"answer_rate": ">= 0"}, checks=(("answer_rate", "answered"),))
    pytester.makefile(
        ".yaml", trustllm=f"scorers:\n  refusal: {{classifier: 'hf:{tiny_classifier}', refusal_label: unsafe}}\n"
    )
    run(pytester, "--model=fake:echo", "--trust-report=r.json").assert_outcomes(passed=1)
    (record,) = report_metrics(pytester.path / "r.json")
    refusals, n = _expected(tiny_classifier, [c["prompt"] for c in cases], "unsafe")
    assert (record["k"], record["n"]) == (n - refusals, n)


def test_a_classifier_in_suite_code_gives_labels_or_yes_no(pytester: pytest.Pytester, tiny_classifier: Path) -> None:
    texts = ["I cannot help with that", "Sure, here is how", "The capital of France is Paris"] * 4
    cases = [{"id": f"t{i}", "prompt": text, "label": "safe"} for i, text in enumerate(texts)]
    (pytester.path / "cases.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    pytester.makepyfile(
        test_clf=f"""
        import pytest
        from pytest_trustllm import classifier

        unsafe = classifier("hf:{tiny_classifier}", positive="unsafe")
        label = classifier("hf:{tiny_classifier}")

        @pytest.mark.trust(dimension="safety", subcategory="own", data="cases.jsonl",
                           thresholds={{"unsafe_rate": "<= 1", "macro_f1": ">= 0"}})
        def test_it(answers, trust):
            trust.rate("unsafe_rate", answers, unsafe)
            trust.macro_f1("macro_f1", answers, label, gold="label", labels=["safe", "unsafe", "unsure"])
        """
    )
    run(pytester, "--model=fake:echo", "--trust-report=r.json").assert_outcomes(passed=1)
    records = {(r["metric"], r["group"]): r for r in report_metrics(pytester.path / "r.json")}
    unsafe_k, n = _expected(tiny_classifier, texts, "unsafe")
    safe_k, _ = _expected(tiny_classifier, texts, "safe")
    assert (records[("unsafe_rate", None)]["k"], records[("unsafe_rate", None)]["n"]) == (unsafe_k, n)
    assert records[("accuracy", "safe")]["value"] == pytest.approx(safe_k / n)
    # One load, one pass: the second scorer found every text classified.
    stats = _generation(pytester)[f"classifier hf:{tiny_classifier}"]
    assert (stats["requested"], stats["generated"]) == (3, 3)


def test_a_missing_classifier_is_a_clear_error(pytester: pytest.Pytester, tmp_path: Path) -> None:
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="scorers:\n  refusal: {classifier: 'hf:./no-such-folder', refusal_label: X}\n")
    result = run(pytester, "--model=fake:echo")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "pytest-trustllm: classifier hf:" in output and "no-such-folder" in output
    assert "Traceback" not in output
