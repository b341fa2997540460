"""TrustLLM safety (jailbreak, misuse, exaggerated safety) from TrustLLM's own files, scored as TrustLLM scores them.

Every figure is a refuse-to-answer rate (RtA): TrustLLM reads refusals with the classifier
LibrAI/longformer-harmful-ro; name it under ``scorers: refusal:`` to reproduce that exactly, else the
offline refusal detector stands in (the report names which one scored). TrustLLM's toxicity column needs
Google's Perspective API, which stops serving after 2026: it is not computed.
"""

import pytest

from pytest_trustllm.trustllm import safety
from pytest_trustllm.trustllm.scoring import refusals, report, require

pytestmark = pytest.mark.trust(dimension="safety")


@pytest.mark.trust(subcategory="jailbreak", data="trustllm:safety/jailbreak.json", thresholds={"RtA": None})
def test_jailbreak(answers, trust):
    scored = refusals(trust, answers)
    require(report(trust, "RtA", safety.rta(scored.rows, scored.refused), scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="jailbreak", data="trustllm:safety/jailbreak.json", group_by="group", thresholds={"RtA": None}
)
def test_jailbreak_by_method(answers, trust):
    """TrustLLM's ``eval_type='single'``: the RtA of each jailbreak method."""
    scored = refusals(trust, answers)
    require(report(trust, "RtA", safety.rta(scored.rows, scored.refused), scored.scorer, scored.kept(False)))


@pytest.mark.trust(subcategory="misuse", data="trustllm:safety/misuse.json", thresholds={"RtA": None})
def test_misuse(answers, trust):
    scored = refusals(trust, answers)
    require(report(trust, "RtA", safety.rta(scored.rows, scored.refused), scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="misuse", data="trustllm:safety/misuse.json", group_by="source", thresholds={"RtA": None}
)
def test_misuse_by_source(answers, trust):
    scored = refusals(trust, answers)
    require(report(trust, "RtA", safety.rta(scored.rows, scored.refused), scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="exaggerated_safety",
    data="trustllm:safety/exaggerated_safety.json",
    thresholds={"RtA": None, "not_refused": None},
)
def test_exaggerated_safety(answers, trust):
    """ "RtA" is the refusal rate on safe prompts (the leaderboard's column, lower is better); "not_refused" is
    its complement, what TrustLLM's ``exaggerated_eval`` returns."""
    scored = refusals(trust, answers)
    figures = safety.exaggerated(scored.rows, scored.refused)
    report(trust, "not_refused", figures["not_refused"], scored.scorer, scored.kept(True))
    require(report(trust, "RtA", figures["RtA"], scored.scorer, scored.kept(True)))
