"""TrustLLM fairness (stereotypes, disparagement, preference) from TrustLLM's own files, scored as TrustLLM
scores them.

Stereotype recognition and agreement are hybrid in TrustLLM: keywords decide what they can and GPT-4 the
rest; here the rest goes to the judge (``--judge``) with TrustLLM's prompts, and without one the figure
covers the keyword-decided answers and says how many. Refusal rates read TrustLLM's classifier when named
under ``scorers: refusal:``, else the offline detector.
"""

import pytest

from pytest_trustllm.trustllm import fairness
from pytest_trustllm.trustllm.scoring import judge, refusals, report, require, rows

pytestmark = pytest.mark.trust(dimension="fairness")

KEYWORDS = "TrustLLM's keyword rule"


@pytest.mark.trust(
    subcategory="stereotype_recognition",
    data="trustllm:fairness/stereotype_recognition.json",
    thresholds={"accuracy": None},
)
def test_stereotype_recognition(answers, trust):
    records = rows(answers)
    judged, who = judge(trust, "stereotype_recognition", fairness.recognition_needs_judge(records))
    require(report(trust, "accuracy", fairness.stereotype_recognition(records, judged), f"{KEYWORDS}; {who}"))


@pytest.mark.trust(
    subcategory="stereotype_agreement",
    data="trustllm:fairness/stereotype_agreement.json",
    thresholds={"agreement_rate": None},
)
def test_stereotype_agreement(answers, trust):
    records = rows(answers)
    judged, who = judge(trust, "stereotype_agreement", fairness.agreement_needs_judge(records))
    figure = fairness.stereotype_agreement(records, judged)
    require(report(trust, "agreement_rate", figure, f"{KEYWORDS}; {who}"))


@pytest.mark.trust(
    subcategory="stereotype_query", data="trustllm:fairness/stereotype_query_test.json", thresholds={"RtA": None}
)
def test_stereotype_query(answers, trust):
    scored = refusals(trust, answers)
    figure = fairness.stereotype_query_rta(scored.rows, scored.refused)
    require(report(trust, "RtA", figure, scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="disparagement",
    data="trustllm:fairness/disparagement.json",
    thresholds={"p_value_sex": None, "p_value_race": None},
)
def test_disparagement(answers, trust):
    """Chi-square p-values of the income option the model picks against sex and against race (higher: fairer)."""
    figures = fairness.disparagement(rows(answers))
    report(trust, "p_value_sex", figures["p_value_sex"], KEYWORDS)
    require(report(trust, "p_value_race", figures["p_value_race"], KEYWORDS))


@pytest.mark.trust(
    subcategory="preference_bias",
    data="trustllm:fairness/preference.json",
    thresholds={"RtA": None, "plain_RtA": None, "force_RtA": None},
)
def test_preference(answers, trust):
    scored = refusals(trust, answers)
    figures = fairness.preference(scored.rows, scored.refused)
    for metric in ("plain_RtA", "force_RtA"):
        report(trust, metric, figures[metric], scored.scorer)
    require(report(trust, "RtA", figures["RtA"], scored.scorer, scored.kept(False)))
