"""``--trust-report x.html``: one self-contained page with charts (plotly, inlined: no network needed).

A radar chart of the dimensions per model (the share of thresholded metrics that passed), a chart
per dimension with every metric's value, 95% interval and threshold per model, the comparison with
the baseline when the run had one, the failing examples with a text filter, and the report's data.
Every text from a model or a data file is escaped: HTML-escaped in the page, and in scripts JSON
with ``<``, ``>`` and ``&`` as ``\\u`` escapes, so an answer holding ``</script>`` stays text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..results import ErroredTest, Result
from .json import reported_models
from .text import figure, interval, shortfall, signed

CONFIG = {"displaylogo": False, "responsive": True}
COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")
LEGEND = {"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"}
CHANGE_COLORS = {"regression": "#d62728", "improvement": "#2ca02c", "unchanged": "#7f7f7f", "not-compared": "#bbbbbb"}

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 1200px; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } .fail { color: #b00020; font-weight: 600; }
.partial { background: #fff3cd; padding: .5rem; }
td.text { white-space: pre-wrap; word-break: break-word; max-width: 40rem; font-family: ui-monospace, monospace; }
#example-filter { width: 100%; padding: .4rem; font-size: 1rem; margin: .5rem 0; }
.facts { color: #555; }
"""

FILTER_SCRIPT = """
(function () {
  var input = document.getElementById("example-filter");
  if (!input) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("#examples tbody tr"));
  var count = document.getElementById("example-count");
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.style.display = match ? "" : "none";
      if (match) shown += 1;
    });
    count.textContent = shown + " of " + rows.length;
  });
})();
"""


def script_json(data: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in, nor start markup there."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(document: Mapping[str, Any]) -> str:
    import plotly.offline

    results = [Result.from_dict(r) for r in document.get("metrics", ())]
    errored = [ErroredTest.from_dict(e) for e in document.get("errored", ())]
    models = reported_models(document)
    body = [
        _heading(document, models),
        _summary(results, errored, models),
        _radar(results, models),
        *_dimension_charts(results, models),
        _baseline(document),
        _errors(errored),
        _examples(results),
        _generation(document.get("generation", {})),
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>pytest-trustllm report</title>",
            f"<style>{STYLE}</style>",
            f'<script type="text/javascript">{plotly.offline.get_plotlyjs()}</script>',
            "</head><body>",
            *(part for part in body if part),
            f'<script type="application/json" id="trust-report-data">{script_json(document)}</script>',
            f"<script>{FILTER_SCRIPT}</script>",
            "</body></html>",
        ]
    )


def esc(text: object) -> str:
    return html.escape(str(text))


def _heading(document: Mapping[str, Any], models: Sequence[str]) -> str:
    settings = document.get("settings", {})
    facts = [f"models: {', '.join(map(esc, models))}", f"decision: {esc(settings.get('decision', '?'))}"]
    if settings.get("sample"):
        facts.append(f"{esc(settings['sample'])} cases per test")
    facts.append(f"created {esc(document.get('created', ''))}")
    parts = ["<h1>pytest-trustllm report</h1>", f'<p class="facts">{" · ".join(facts)}</p>']
    if partial := document.get("partial"):
        parts.append(
            f'<p class="partial"><b>Partial report</b>: {esc(partial.get("reason", ""))}; '
            f"{esc(partial.get('tests_reported', '?'))} of {esc(partial.get('tests_collected', '?'))} tests reported, "
            f"{esc(partial.get('answers_generated', '?'))} answers generated, "
            f"{esc(partial.get('answers_cached', '?'))} from the cache.</p>"
        )
    return "\n".join(parts)


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], table_id: str = "", texts: Sequence[int] = ()
) -> str:
    """A table of cells that are HTML already (escape texts first); columns in ``texts`` hold long text."""
    attribute = f' id="{table_id}"' if table_id else ""
    head = "".join(f"<th>{h}</th>" for h in headers)
    tags = ['<td class="text">' if i in texts else "<td>" for i in range(len(headers))]
    body = "".join(
        "<tr>" + "".join(f"{tag}{cell}</td>" for tag, cell in zip(tags, row, strict=True)) + "</tr>" for row in rows
    )
    return f"<table{attribute}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _summary(results: Sequence[Result], errored: Sequence[ErroredTest], models: Sequence[str]) -> str:
    rows = []
    for dimension in sorted({r.dimension for r in results} | {e.dimension for e in errored}):
        cells = [esc(dimension)]
        for model in models:
            verdicts = [r.verdict for r in results if r.model == model and r.dimension == dimension]
            errors = sum(e.model == model and e.dimension == dimension for e in errored)
            words = [f"{verdicts.count(v)} {w}" for v, w in (("pass", "passed"), ("undecided", "undecided"),
                                                              ("info", "reported")) if v in verdicts]
            if failed := verdicts.count("fail"):
                words.insert(1 if "pass" in verdicts else 0, f'<span class="fail">{failed} failed</span>')
            if errors:
                words.append(f'<span class="fail">{errors} error{"s" if errors > 1 else ""}</span>')
            cells.append(", ".join(words) or "–")
        rows.append(cells)
    return "<h2>Summary</h2>" + _table(["dimension", *map(esc, models)], rows)


def _chart(figure_: Any, chart_id: str) -> str:
    import plotly.io

    div: str = plotly.io.to_html(
        figure_, include_plotlyjs=False, full_html=False, div_id=chart_id, config=CONFIG, validate=True
    )
    return f'<div class="chart" data-chart="{esc(chart_id)}">{div}</div>'


def _radar(results: Sequence[Result], models: Sequence[str]) -> str:
    """Per model, the share of each dimension's thresholded metrics that passed (several models overlaid)."""
    import plotly.graph_objects as go

    dimensions = sorted({r.dimension for r in results if r.verdict in ("pass", "fail")})
    if not dimensions:
        return ""
    fig = go.Figure()
    for i, model in enumerate(models):
        shares, hover = [], []
        for dimension in dimensions:
            verdicts = [r.verdict for r in results if r.model == model and r.dimension == dimension]
            decided = verdicts.count("pass") + verdicts.count("fail")
            shares.append(verdicts.count("pass") / decided if decided else None)
            hover.append(f"{verdicts.count('pass')} of {decided} passed" if decided else "nothing decided")
        fig.add_trace(go.Scatterpolar(
            r=[*shares, shares[0]], theta=[*dimensions, dimensions[0]], name=model, fill="toself", opacity=0.6,
            text=[*hover, hover[0]], hovertemplate="%{theta}: %{text}<extra>%{fullData.name}</extra>",
            line={"color": COLORS[i % len(COLORS)]},
        ))
    fig.update_layout(
        polar={"radialaxis": {"range": [0, 1], "tickformat": ".0%"}}, height=460, margin={"t": 40, "b": 40},
        title="Share of checked metrics passed, per dimension", showlegend=True,
    )
    return "<h2>Dimensions</h2>" + _chart(fig, "radar")


def _dimension_charts(results: Sequence[Result], models: Sequence[str]) -> list[str]:
    """Per dimension: each metric's value with its interval per model, and its threshold."""
    import plotly.graph_objects as go

    parts = ["<h2>Metrics by dimension</h2>"] if results else []
    for d, dimension in enumerate(sorted({r.dimension for r in results})):
        mine = [r for r in results if r.dimension == dimension]
        rows = sorted({f"{r.label} · {r.metric}" for r in mine}, reverse=True)  # plotly draws the first at the bottom
        fig = go.Figure()
        for i, model in enumerate(models):
            own = {f"{r.label} · {r.metric}": r for r in mine if r.model == model and r.value is not None}
            if not own:
                continue
            shown = [row for row in rows if row in own]
            fig.add_trace(go.Scatter(
                x=[own[row].value for row in shown], y=shown, name=model, mode="markers",
                marker={"size": 10, "color": COLORS[i % len(COLORS)]}, offsetgroup=model,
                error_x={
                    "type": "data", "symmetric": False,
                    "array": [_upper(own[row]) for row in shown], "arrayminus": [_lower(own[row]) for row in shown],
                },
                text=[f"{own[row].verdict}, n={own[row].n}" for row in shown],
                hovertemplate="%{y}: %{x:.3f} (%{text})<extra>%{fullData.name}</extra>",
            ))
        limits = {f"{r.label} · {r.metric}": r for r in mine if r.threshold is not None}
        if limits:
            fig.add_trace(go.Scatter(
                x=[limits[row].threshold for row in rows if row in limits], y=[row for row in rows if row in limits],
                name="threshold", mode="markers", marker={"symbol": "line-ns-open", "size": 22, "color": "#000"},
                text=[limits[row].threshold_text for row in rows if row in limits],
                hovertemplate="threshold %{text}<extra></extra>",
            ))
        fig.update_layout(
            title=dimension, height=160 + 34 * len(rows), margin={"l": 20, "r": 20, "t": 50, "b": 40},
            xaxis={"title": "value (95% interval)", "zeroline": False}, yaxis={"automargin": True},
            legend=LEGEND, scattermode="group",  # models side by side in a row, not on top of each other
        )
        parts.append(_chart(fig, f"dimension-{d}"))
    return parts


def _upper(r: Result) -> float:
    return max(r.ci_high - (r.value or 0.0), 0.0) if interval(r) else 0.0


def _lower(r: Result) -> float:
    return max((r.value or 0.0) - r.ci_low, 0.0) if interval(r) else 0.0


def _baseline(document: Mapping[str, Any]) -> str:
    """The paired (or unpaired) differences from the baseline, with their intervals, coloured by change."""
    comparisons = document.get("comparisons")
    if comparisons is None:
        return ""
    import plotly.graph_objects as go

    baseline = document.get("baseline") or {}
    compared = [c for c in comparisons if c.get("difference") is not None]
    fig = go.Figure()
    for change, color in CHANGE_COLORS.items():
        mine = [c for c in compared if c.get("change") == change]
        if not mine:
            continue
        fig.add_trace(go.Scatter(
            x=[c["difference"] for c in mine],
            y=[f"{c.get('model')} · {c.get('label')} · {c.get('metric')}" for c in mine],
            name=change, mode="markers", marker={"size": 10, "color": color},
            error_x={
                "type": "data", "symmetric": False,
                "array": [_gap(c.get("ci_high"), c["difference"]) for c in mine],
                "arrayminus": [_gap(c["difference"], c.get("ci_low")) for c in mine],
            },
            hovertemplate="%{y}: %{x:+.3f}<extra>%{fullData.name}</extra>",
        ))
    fig.add_vline(x=0, line={"color": "#999", "dash": "dot"})
    fig.update_layout(
        title="Difference from the baseline (95% interval)", height=160 + 30 * len(compared),
        yaxis={"automargin": True}, margin={"t": 50, "b": 40}, legend=LEGEND,
    )
    rows = [
        [
            f'<span class="{"fail" if c.get("change") == "regression" else ""}">{esc(c.get("change", ""))}</span>',
            esc(c.get("model", "")), esc(c.get("label", "")), esc(c.get("metric", "")),
            figure(c.get("baseline_value")), figure(c.get("value")), signed(c.get("difference")),
            "–" if c.get("p_value") is None else f"{c['p_value']:.3g}", esc(c.get("method", "")),
        ]
        for c in sorted(comparisons, key=lambda c: (c.get("change") != "regression", c.get("change") != "improvement"))
    ]
    lists = "".join(
        f"<p>{title}: {', '.join(esc(k) for k in document.get(key) or [])}</p>"
        for key, title in (("new_metrics", "New metrics"), ("missing_metrics", "Missing metrics"))
        if document.get(key)
    )
    return (
        f"<h2>Against the baseline {esc(baseline.get('path', ''))}</h2>"
        + (_chart(fig, "baseline") if compared else "")
        + _table(["change", "model", "test", "metric", "baseline", "now", "difference", "p", "method"], rows)
        + lists
    )


def _gap(high: float | None, low: float | None) -> float:
    return 0.0 if high is None or low is None else max(high - low, 0.0)


def _errors(errored: Sequence[ErroredTest]) -> str:
    if not errored:
        return ""
    rows = [[esc(e.model), esc(e.label), esc(e.message)] for e in errored]
    return "<h2>Tests that ended in an error</h2>" + _table(["model", "test", "error"], rows, texts=[2])


def _examples(results: Sequence[Result]) -> str:
    failing = sorted((r for r in results if r.verdict == "fail" and r.examples), key=shortfall, reverse=True)
    if not failing:
        return ""
    rows = [
        [
            esc(r.model), esc(r.label), esc(r.metric), f"{figure(r.value, r.method)} (needs {esc(r.threshold_text)})",
            esc(e.id), esc(e.prompt), esc(e.answer),
        ]
        for r in failing
        for e in r.examples
    ]
    return (
        f'<h2>Failing examples (<span id="example-count">{len(rows)} of {len(rows)}</span>)</h2>'
        '<input id="example-filter" type="search" placeholder="Filter: words that must all appear in a row">'
        + _table(["model", "test", "metric", "value", "case", "prompt", "answer"], rows, "examples", texts=[5, 6])
    )


def _generation(generation: Mapping[str, Mapping[str, Any]]) -> str:
    if not generation:
        return ""
    keys = ("requested", "cached", "generated", "errors", "seconds")
    rows = [
        [esc(name), *(esc(f"{numbers.get(k, 0):.1f}" if k == "seconds" else numbers.get(k, 0)) for k in keys)]
        for name, numbers in generation.items()
    ]
    return "<h2>Answers</h2>" + _table(["model", *keys], rows)
