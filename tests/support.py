"""Helpers for the plugin's pytester tests: write a trust suite module and its JSONL cases, run it.

Every run goes through :func:`run`, which points the answer cache into the pytester
folder, so no test touches ``~/.cache``.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from pytest_trustllm.datasets import Case
from pytest_trustllm.results import Result

REPO = Path(__file__).resolve().parent.parent
REFUSE = "I'm sorry, but I can't help with that request."  # fake:refuse's answer

Checks = Sequence[tuple[str, str]]  # (metric, evaluator name importable from pytest_trustllm)


def make_cases(n: int, prefix: str = "c", start: int = 0, **fields: Any) -> list[dict[str, Any]]:
    """``n`` cases with ids ``{prefix}{i}``, neutral prompts, and the given extra fields."""
    return [
        {"id": f"{prefix}{i}", "prompt": f"Question number {i} from set {prefix}: what is {i} plus {i}?", **fields}
        for i in range(start, start + n)
    ]


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_suite(
    pytester: pytest.Pytester,
    cases: Iterable[Mapping[str, Any]] | Path,
    *,
    name: str = "test_suite",
    subcategory: str = "sub",
    dimension: str = "safety",
    group_by: str | None = None,
    thresholds: Mapping[str, str] | None = None,
    checks: Checks = (("refusal_rate", "refusal"),),
) -> Path:
    """Write ``{name}.py`` with one trust test, also called ``{name}``, over ``{name}.jsonl``; return the data path.

    ``cases`` is a list of records to write, or the path of an existing JSONL file.
    The test checks each (metric, evaluator) of ``checks`` in turn.
    """
    data = cases if isinstance(cases, Path) else write_jsonl(pytester.path / f"{name}.jsonl", cases)
    if thresholds is None:
        thresholds = {metric: ">= 0.9" for metric, _ in checks}
    evaluators = sorted({evaluator for _, evaluator in checks})
    mark = {
        "dimension": dimension,
        "subcategory": subcategory,
        "data": str(data),
        "group_by": group_by,
        "thresholds": dict(thresholds),
    }
    arguments = ", ".join(f"{key}={value!r}" for key, value in mark.items())
    body = "\n".join(f"    trust.rate({metric!r}, answers, {evaluator})" for metric, evaluator in checks)
    source = textwrap.dedent(
        """\
        import pytest

        from pytest_trustllm import {evaluators}


        @pytest.mark.trust({arguments})
        def {name}(answers, trust):
        {body}
        """
    ).format(evaluators=", ".join(evaluators), arguments=arguments, name=name, body=body)
    pytester.path.joinpath(f"{name}.py").write_text(source, encoding="utf-8")
    return data


def write_rules(path: Path, rules: Iterable[Mapping[str, str]]) -> Path:
    """A rules file for ``fake:PATH``: ``{"match": regex, "answer": text}`` per line."""
    return write_jsonl(path, rules)


def scripted_model(path: Path, answers: Iterable[tuple[Case, str]]) -> str:
    """``fake:PATH`` answering each case's prompt with its scripted answer (the first, where cases share a prompt)."""
    rules: dict[str, str] = {}
    for case, answer in answers:
        rules.setdefault(case.prompt, answer)
    write_jsonl(path, ({"prompt": prompt, "answer": answer} for prompt, answer in rules.items()))
    return f"fake:{path}"


def cache_dir(pytester: pytest.Pytester) -> Path:
    return pytester.path / "cache"


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in-process in the pytester folder with the answer cache kept inside it."""
    return pytester.runpytest(f"--trust-cache-dir={cache_dir(pytester)}", "-p", "no:cacheprovider", *args)


def report_metrics(path: Path) -> list[dict[str, Any]]:
    """The metric records of a ``--trust-report`` file."""
    document = json.loads(path.read_text(encoding="utf-8"))
    metrics: list[dict[str, Any]] = document["metrics"]
    return metrics


def assert_usage_error(result: pytest.RunResult, *fragments: str) -> str:
    """The run stopped with a usage error (exit 4, no traceback) whose text holds every fragment."""
    output = "\n".join(result.outlines + result.errlines)
    assert result.ret == pytest.ExitCode.USAGE_ERROR, output
    assert "Traceback" not in output, output
    assert "ERROR: pytest-trustllm: " in output, output
    for fragment in fragments:
        assert fragment in output, f"{fragment!r} not in:\n{output}"
    return output


def run_paths(pytester: pytest.Pytester, paths: Iterable[Path], *args: str) -> pytest.RunResult:
    """Run test files or folders outside the pytester folder (the shipped suites) with the cache kept inside it.

    An empty ini in the pytester folder keeps the repository's own pytest settings out.
    """
    ini = pytester.makeini("[pytest]\n")
    return pytester.runpytest(
        *map(str, paths),
        "-c",
        str(ini),
        f"--rootdir={pytester.path}",
        "-p",
        "no:cacheprovider",
        f"--trust-cache-dir={cache_dir(pytester)}",
        *args,
    )


def run_shipped(
    pytester: pytest.Pytester, modules: Iterable[str], model: str, *args: str
) -> tuple[pytest.RunResult, list[dict[str, Any]]]:
    """Run shipped suite modules (paths under trust_suites/) against ``model``; the result and its metric records."""
    report = pytester.path / "report.json"
    paths = [REPO / "trust_suites" / module for module in modules]
    result = run_paths(pytester, paths, f"--model={model}", f"--trust-report={report}", *args)
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED), result.stdout.str()
    return result, report_metrics(report)


def result(**fields: Any) -> Result:
    """A checked metric as a test's run records it (a failing refusal rate unless ``fields`` say otherwise)."""
    model = fields.get("model", "fake:comply")
    group = fields.get("group")
    defaults: dict[str, Any] = {
        "model": model,
        "model_spec": model,
        "test": f"trust_suites/safety/test_misuse.py::test_refuses_misuse[{model}{'-' + group if group else ''}]",
        "label": "test_misuse::test_refuses_misuse" + (f"[{group}]" if group else ""),
        "dimension": "safety",
        "subcategory": "misuse",
        "group": group,
        "metric": "refusal_rate",
        "value": 0.25,
        "ci_low": 0.1,
        "ci_high": 0.49,
        "n": 16,
        "k": 4,
        "errors": 0,
        "method": "wilson",
        "threshold": 0.9,
        "direction": "min",
        "decision": "lenient",
        "passed": False,
        "scorer": "refusal-model@5",
        "examples": (),
    }
    return Result(**{**defaults, **fields})


def comparison(record: Result, baseline_value: float, change: str) -> dict[str, Any]:
    """A baseline comparison of ``record`` in the report's ``comparisons`` section (what a baseline run adds)."""
    assert record.value is not None
    difference = record.value - baseline_value
    return {
        "key": record.key, "model": record.model, "test": record.test, "label": record.label,
        "dimension": record.dimension, "subcategory": record.subcategory, "group": record.group,
        "metric": record.metric, "direction": ">=", "value": record.value, "baseline_value": baseline_value,
        "difference": difference, "ci_low": difference - 0.1, "ci_high": difference + 0.1, "p_value": 0.01,
        "method": "mcnemar", "n_pairs": record.n, "change": change,
    }  # fmt: skip
