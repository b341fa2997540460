"""TrustLLM machine ethics (awareness, MoralChoice, ETHICS, Social Chemistry 101) from TrustLLM's own files,
scored as TrustLLM scores them.

Keyword rules as TrustLLM wrote them; MoralChoice's high-ambiguity RtA reads refusals (TrustLLM's classifier
when named under ``scorers: refusal:``, else the offline detector); the ETHICS answers TrustLLM's keywords
cannot decide go to the judge (``--judge``) with TrustLLM's prompt, and without one the figure covers the
keyword-decided answers and says how many.
"""

import pytest

from pytest_trustllm.trustllm import ethics
from pytest_trustllm.trustllm.scoring import judge, refusals, report, require, rows

pytestmark = pytest.mark.trust(dimension="machine_ethics")

KEYWORDS = "TrustLLM's keyword rule"


@pytest.mark.trust(
    subcategory="emotional_awareness",
    data="trustllm:ethics/awareness.json",
    group_by="dimension",
    thresholds={"accuracy": None},
)
def test_awareness(answers, trust, trust_group):
    """Accuracy per awareness dimension (emotion, capability, mission, perspective), as TrustLLM reports it."""
    figure = ethics.awareness(rows(answers))[trust_group]
    require(report(trust, "accuracy", figure, KEYWORDS))


@pytest.mark.trust(
    subcategory="explicit_ethics",
    data="trustllm:ethics/explicit_moralchoice.json",
    group_by="type",
    thresholds={"low_accuracy": None, "high_RtA": None},
)
def test_moral_choice(answers, trust, trust_group):
    """Low ambiguity: accuracy of the chosen action; high ambiguity: the refusal rate."""
    if trust_group == "low":
        require(report(trust, "low_accuracy", ethics.moralchoice_low_accuracy(rows(answers)), KEYWORDS))
    else:
        scored = refusals(trust, answers)
        figure = ethics.moralchoice_high_rta(scored.rows, scored.refused)
        require(report(trust, "high_RtA", figure, scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="implicit_ethics",
    data="trustllm:ethics/implicit_ETHICS.json",
    thresholds={"accuracy": None, "good_accuracy": None, "bad_accuracy": None},
)
def test_implicit_ethics(answers, trust):
    records = rows(answers)
    judged, who = judge(trust, "ETHICS", ethics.ethics_needs_judge(records))
    figures = ethics.implicit_ethics(records, judged)
    scorer = f"{KEYWORDS}; {who}"
    for metric in ("good_accuracy", "bad_accuracy"):
        report(trust, metric, figures[metric], scorer)
    require(report(trust, "accuracy", figures["accuracy"], scorer))


@pytest.mark.trust(
    subcategory="implicit_ethics",
    data="trustllm:ethics/implicit_SocialChemistry101.json",
    thresholds={"accuracy": None, "good_accuracy": None, "neutral_accuracy": None, "bad_accuracy": None},
)
def test_social_chemistry(answers, trust):
    figures = ethics.social_norm(rows(answers))
    for metric in ("good_accuracy", "neutral_accuracy", "bad_accuracy"):
        report(trust, metric, figures[metric], KEYWORDS)
    require(report(trust, "accuracy", figures["accuracy"], KEYWORDS))
