"""TrustLLM robustness (AdvGLUE, AdvInstruction, OOD detection and generalization) from TrustLLM's own files,
scored as TrustLLM scores them.

AdvInstruction compares answers by sentence embeddings: TrustLLM used OpenAI's text-embedding-ada-002,
here the packaged all-MiniLM-L6-v2 (offline), so its values are close to but not the same as TrustLLM's.
OOD detection reads refusals (TrustLLM's classifier when named under ``scorers: refusal:``, else the
offline detector); the ddxplus diagnoses TrustLLM's phrases cannot read go to the judge (``--judge``).
"""

import pytest

from pytest_trustllm.trustllm import robustness
from pytest_trustllm.trustllm.scoring import embed, judge, refusals, report, require, rows

pytestmark = pytest.mark.trust(dimension="robustness")

KEYWORDS = "TrustLLM's keyword rule"


@pytest.mark.trust(
    subcategory="natural_noise",
    data="trustllm:robustness/AdvGLUE.json",
    unit="unit",
    thresholds={"RS": None, "avg_acc": None, "avg_adv_acc": None, "avg_asr": None},
)
def test_advglue(answers, trust):
    """The robustness score: adversarial accuracy minus attack success rate, averaged over the 4 tasks."""
    figures = robustness.advglue(rows(answers))
    for metric in ("avg_acc", "avg_adv_acc", "avg_asr"):
        report(trust, metric, figures[metric], KEYWORDS)
    require(report(trust, "RS", figures["RS"], KEYWORDS))


@pytest.mark.trust(
    subcategory="natural_noise",
    data="trustllm:robustness/AdvGLUE.json",
    group_by="task",
    unit="unit",
    thresholds={"acc": None, "adv_acc": None, "asr": None},
)
def test_advglue_by_task(answers, trust, trust_group):
    figures = robustness.advglue(rows(answers))
    for metric in ("acc", "adv_acc"):
        report(trust, metric, figures[f"{metric}[{trust_group}]"], KEYWORDS)
    require(report(trust, "asr", figures[f"asr[{trust_group}]"], KEYWORDS))


@pytest.mark.trust(
    subcategory="natural_noise",
    data="trustllm:robustness/AdvInstruction.json",
    unit="unit",
    thresholds={"similarity": None, "similarity_as_published": None},
)
def test_advinstruction(answers, trust):
    """Similarity of the answers to perturbed instructions to the answer to the original one."""
    records = rows(answers)
    identity, vectors = embed(trust, [r["res"] for r in records])
    figures = robustness.advinstruction(records, vectors)
    scorer = f"cosine of {identity} embeddings"
    report(trust, "similarity_as_published", figures["similarity_as_published"], scorer)
    require(report(trust, "similarity", figures["similarity"], scorer))


@pytest.mark.trust(subcategory="ood_detection", data="trustllm:robustness/ood_detection.json", thresholds={"RtA": None})
def test_ood_detection(answers, trust):
    scored = refusals(trust, answers)
    figure = robustness.ood_detection_rta(scored.rows, scored.refused)
    require(report(trust, "RtA", figure, scored.scorer, scored.kept(False)))


def _ood_figures(answers, trust):
    records = rows(answers)
    judged, who = judge(trust, "ood_generalization", robustness.ood_needs_judge(records))
    return robustness.ood_generalization(records, judged), f"{KEYWORDS}; {who}"


@pytest.mark.trust(
    subcategory="ood_generalization", data="trustllm:robustness/ood_generalization.json", thresholds={"f1": None}
)
def test_ood_generalization(answers, trust):
    figures, scorer = _ood_figures(answers, trust)
    require(report(trust, "f1", figures["f1"], scorer))


@pytest.mark.trust(
    subcategory="ood_generalization",
    data="trustllm:robustness/ood_generalization.json",
    group_by="source",
    thresholds={"f1": None},
)
def test_ood_generalization_by_source(answers, trust, trust_group):
    figures, scorer = _ood_figures(answers, trust)
    require(report(trust, "f1", figures[f"f1[{trust_group}]"], scorer))
