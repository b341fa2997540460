"""The Markdown report: a pull-request comment under the size limit, with model text escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest
from support import comparison, result

from pytest_trustllm.report import build_document, markdown, render
from pytest_trustllm.report.markdown import LIMIT
from pytest_trustllm.results import ErroredTest, Example, Result

markdown_it = pytest.importorskip("markdown_it")

DIMENSIONS = ("safety", "fairness", "privacy", "truthfulness", "robustness", "machine_ethics")
HOSTILE = "| col `code` <script>alert(1)</script> **bold** [link](http://evil.example) @octocat $x^2$ ~~gone~~"


def many(models: int, failing: int) -> tuple[list[Result], list[dict[str, Any]]]:
    """``failing`` failing metrics per model, each with five long examples, and comparisons for some."""
    results, comparisons = [], []
    for m in range(models):
        model = f"hf:./checkpoints/step-{m:03d}"
        for i in range(failing):
            examples = tuple(
                Example(f"case-{i}-{j}", f"Prompt {j} about {'x' * 100}", f"{HOSTILE} {'answer ' * 25}")
                for j in range(5)
            )
            record = result(
                model=model, group=f"group_{i}", dimension=DIMENSIONS[i % len(DIMENSIONS)], value=0.5 - i / 1000,
                examples=examples,
            )  # fmt: skip
            results.append(record)
            if i < 3:
                comparisons.append(comparison(record, 0.9, "regression"))
            elif i < 5:
                comparisons.append(comparison(record, 0.1, "improvement"))
        results.append(result(model=model, group="fine", value=1.0, ci_low=0.8, ci_high=1.0, passed=True))
    return results, comparisons


def document(results: list[Result], comparisons: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    models = {r.model: {"spec": r.model} for r in results}
    sections = {
        "baseline": {"path": "main-report.json", "created": "2026-11-28T10:00:00+00:00", "models": {}},
        "comparisons": comparisons,
        "new_metrics": [],
        "missing_metrics": [],
        **extra,
    }
    return build_document(results, models, {"decision": "lenient"}, {}, (), sections)


def section(text: str, title: str) -> str:
    """The text of one ``###`` section."""
    match = re.search(rf"^### {re.escape(title)}.*?(?=^### |\Z)", text, re.M | re.S)
    assert match is not None, f"no section {title!r} in:\n{text[:2000]}"
    return match.group(0)


def test_many_models_and_failures_fit_a_pull_request_comment():
    results, comparisons = many(models=30, failing=60)
    text = render(document(results, comparisons), ".md")
    assert len(text) <= LIMIT < 65_536  # GitHub's limit for a comment
    # Most important first, and kept: every model in the summary, every regression.
    assert text.index("### Summary") < text.index("### Against the baseline") < text.index("#### Regressions")
    header = next(line for line in text.splitlines() if line.startswith("| dimension |"))
    assert header.count("<code>hf:./checkpoints/step-") == 30
    regressions = section(text, "Against the baseline")
    assert regressions.count("| <code>hf:") >= 90  # 3 per model (improvements may be cut)
    assert "**90 regressions**, 60 improvements" in text
    # The least important went first, and the comment says so.
    assert "<details><summary>hf:" not in text
    assert "more failing tests' examples, left out to keep this comment short" in text


def test_nothing_is_cut_when_it_fits():
    results, comparisons = many(models=2, failing=3)
    text = render(document(results, comparisons), ".md")
    assert "left out" not in text
    assert text.count("<details><summary>hf:") == 6  # every failing test's examples
    assert section(text, "Failing tests (6)").count("| <code>hf:") == 6


@pytest.mark.parametrize("limit", [4_000, 12_000, 30_000])
def test_cuts_follow_importance(limit: int):
    results, comparisons = many(models=4, failing=20)
    text = markdown.render(document(results, comparisons), limit=limit)
    assert len(text) <= limit
    rows = {title: section(text, title).count("| <code>hf:") for title in ("Failing tests", "Against the baseline")}
    examples = text.count("<details><summary>hf:")
    if limit == 30_000:  # some examples fit, after everything else
        assert 0 < examples < 80 and rows == {"Failing tests": 80, "Against the baseline": 20}
    if limit == 12_000:  # no example; failing tests cut from the least failing end
        assert examples == 0 and rows["Against the baseline"] == 20 and 0 < rows["Failing tests"] < 80
        kept = [float(v) for v in re.findall(r"\| refusal\\_rate \| (0\.\d+) \|", section(text, "Failing tests"))]
        assert kept == sorted(kept) and kept[0] == 0.481  # the furthest below the threshold first
    if limit == 4_000:  # improvements go before regressions
        assert examples == 0 and rows["Failing tests"] == 0 and 12 <= rows["Against the baseline"] < 20
        assert "more improvements, left out" in text and "more regressions" not in text


def test_model_text_cannot_format_link_mention_or_run_script():
    group = "a|b `c` <b>"
    errored = ErroredTest("fake:x", "t.py::t[fake:x]", "t::t", "safety", "misuse", None, f"error {HOSTILE}")
    records = [result(group=group, examples=(Example("id|1", f"prompt {HOSTILE}", f"answer {HOSTILE}"),))]
    text = build_and_render(records, errored)
    assert "<script>" not in text and "@octocat" not in text
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(text)
    assert "<script>" not in page  # shown as text, not run
    assert "<strong>bold" not in page and "<a href" not in page and "<del>" not in page and "<b>" not in page
    assert "<code>code" not in page and "<code>c" not in page  # backticks in model text start no code span
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Every table row keeps its columns: a | in model text does not split a cell.
    for table in re.findall(r"<table>.*?</table>", page, re.S):
        widths = {len(re.findall(r"<t[hd]>", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)}
        assert len(widths) == 1, table
    assert "a|b `c` &lt;b&gt;" in page  # the group's text, as text


def build_and_render(records: list[Result], errored: ErroredTest) -> str:
    document = build_document(records, {"fake:comply": {"spec": "fake:comply"}}, {}, {}, [errored])
    return render(document, ".md")


def test_partial_report_says_so_first():
    document = build_document([result()], {}, {}, {}, (), {"partial": {
        "reason": "interrupted", "tests_collected": 9, "tests_reported": 1, "answers_cached": 3, "answers_generated": 5,
    }})  # fmt: skip
    text = render(document, ".md")
    assert text.index("**Partial report**") < text.index("### Summary")
    assert "1 of 9 tests reported, 5 answers generated and 3 from the cache" in text
