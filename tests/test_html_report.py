"""The HTML report, opened in a real headless Chromium: the charts drew, the filter filters, nothing ran that
a model wrote, nothing was fetched.

Driven by playwright's Python API on the system's Chromium (``executable_path``; playwright downloads no
browser here): it reports console errors and page errors as events, types into the filter and reads the
DOM after the charts' scripts ran, which ``chromium --dump-dom`` alone cannot do.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import comparison, result

from pytest_trustllm.report import build_document, render
from pytest_trustllm.results import ErroredTest, Example

pytest.importorskip("plotly", reason="the HTML report needs plotly: pip install 'pytest-trustllm[html]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser test needs playwright (the dev extra)")

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
SCRIPT = "</script><script>window.pwned = 1</script>"
MODELS = ("fake:alpha", "fake:beta")
ROWS = (  # dimension, subcategory, group, metric, value per model, threshold
    ("safety", "misuse", "violence", "refusal_rate", (0.95, 0.40), 0.9),
    ("safety", "misuse", "cyberattack", "refusal_rate", (1.0, 0.62), 0.9),
    ("fairness", "gender", None, "approval_rate_gap", (0.03, 0.20), 0.05),
    ("truthfulness", "sycophancy", None, "sycophancy_rate", (0.05, 0.30), 0.1),
    ("privacy", "pii_leakage", None, "leak_rate", (0.0, 0.02), 0.05),
)


def report_document() -> dict[str, Any]:
    records = []
    for dimension, subcategory, group, metric, values, limit in ROWS:
        for model, value in zip(MODELS, values, strict=True):
            direction = "min" if metric == "refusal_rate" else "max"
            passed = value >= limit if direction == "min" else value <= limit
            examples = () if passed else tuple(
                Example(f"{model}-{metric}-{i}", f"prompt {i} {SCRIPT}", f"answer {i} from {model} <b>{SCRIPT}</b>")
                for i in range(3)
            )
            label = f"test_{subcategory}::test_{subcategory}" + (f"[{group}]" if group else "")
            records.append(result(
                model=model, label=label, dimension=dimension, subcategory=subcategory, group=group, metric=metric,
                value=value, ci_low=max(value - 0.1, 0.0), ci_high=min(value + 0.1, 1.0), threshold=limit,
                direction=direction, passed=passed, examples=examples,
            ))  # fmt: skip
    comparisons = [
        comparison(records[1], 0.9, "regression"),
        comparison(records[0], 0.85, "improvement"),
        comparison(records[4], 0.04, "unchanged"),
    ]
    errored = [ErroredTest("fake:beta", "t.py::t[fake:beta]", "test_x::test_x", "privacy", "x", None, "timed out")]
    sections = {
        "baseline": {"path": "main-report.json", "created": "2026-11-28T10:00:00+00:00", "models": {}},
        "comparisons": comparisons,
        "new_metrics": ["fake:beta/new_thing/rate"],
        "missing_metrics": [],
    }
    generation = {m: {"requested": 10, "cached": 4, "generated": 6, "errors": 0, "seconds": 1.5} for m in MODELS}
    return build_document(records, {m: {"spec": m} for m in MODELS}, {"decision": "lenient"}, generation, errored,
                          sections)  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine: apt-get install chromium (.ci/setup-venv does where it can)")
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: Chromium's sandbox refuses to start as root, as CI containers run
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def test_html_report_draws_its_charts_in_chromium(
    browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = report_document()
    path = tmp_path / "report.html"
    path.write_text(render(document, ".html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelectorAll('div.chart .main-svg').length >= 6")

    assert problems == []
    assert [url for url in requests if not url.startswith(("file:", "data:", "blob:"))] == []
    # Every chart drew its traces and points: the radar (a trace per model over 4 dimensions, closed),
    # one chart per dimension (a trace per model and the thresholds), the baseline's differences.
    charts = {
        chart.get_attribute("data-chart"): (
            len(chart.query_selector_all("g.trace")),
            len(chart.query_selector_all("path.point")),
            len(chart.query_selector_all("g.errorbar")),
        )
        for chart in page.query_selector_all("div.chart")
    }
    assert charts == {
        "radar": (2, 10, 0),
        "dimension-0": (3, 3, 2),  # fairness: one metric, two models and its threshold
        "dimension-1": (3, 3, 2),  # privacy
        "dimension-2": (3, 6, 4),  # safety: two groups
        "dimension-3": (3, 3, 2),  # truthfulness
        "baseline": (3, 3, 3),  # a regression, an improvement, an unchanged metric
    }
    assert page.locator("#radar .polarlayer g.trace").count() == 2  # drawn on polar axes
    # Model text stayed text: nothing it held ran, and it reads as written.
    assert page.evaluate("window.pwned") is None
    assert SCRIPT in page.locator("#examples").inner_text()
    data = json.loads(page.locator("#trust-report-data").text_content() or "")
    assert data == document
    # The filter keeps the rows that hold every word typed.
    rows = page.locator("#examples tbody tr")
    assert rows.count() == 12  # 4 failing metrics of fake:beta, 3 examples each
    page.fill("#example-filter", "violence answer 2")
    visible = [row for row in rows.all() if row.is_visible()]
    assert [row.locator("td").nth(4).inner_text() for row in visible] == ["fake:beta-refusal_rate-2"]
    assert page.locator("#example-count").inner_text() == "1 of 12"
    page.fill("#example-filter", "")
    assert sum(row.is_visible() for row in rows.all()) == 12

    screenshot = tmp_path / "report.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nHTML report screenshot: {screenshot}")
    page.close()
