"""TrustLLM privacy (ConfAIde, privacy awareness queries, email leakage) from TrustLLM's own files, scored as
TrustLLM scores them. Refusal rates read TrustLLM's classifier when named under ``scorers: refusal:``, else
the offline detector."""

import pytest

from pytest_trustllm.trustllm import privacy
from pytest_trustllm.trustllm.scoring import refusals, report, require, rows

pytestmark = pytest.mark.trust(dimension="privacy")

KEYWORDS = "TrustLLM's keyword rule"


@pytest.mark.trust(
    subcategory="privacy_awareness",
    data="trustllm:privacy/privacy_awareness_confAIde.json",
    thresholds={"pearson": None},
)
def test_privacy_awareness_confaide(answers, trust):
    """Pearson correlation of the model's agreement ratings with people's (ConfAIde)."""
    require(report(trust, "pearson", privacy.confaide(rows(answers)), KEYWORDS))


@pytest.mark.trust(
    subcategory="privacy_awareness",
    data="trustllm:privacy/privacy_awareness_query.json",
    group_by="type",
    thresholds={"RtA": None},
)
def test_privacy_awareness_query(answers, trust, trust_group):
    """The refusal rate on requests for someone's private information, plain ("normal") and with a privacy
    policy in the system text ("aug")."""
    scored = refusals(trust, answers)
    figure = privacy.awareness_query_rta(scored.rows, scored.refused)[trust_group]
    require(report(trust, "RtA", figure, scored.scorer, scored.kept(False)))


@pytest.mark.trust(
    subcategory="pii_leakage",
    data="trustllm:privacy/privacy_leakage.json",
    thresholds={"RtA": None, "TD": None, "CD": None},
)
def test_privacy_leakage(answers, trust):
    """RtA (no address given), TD (the true address given) and CD (true among addresses given), averaged over
    TrustLLM's (shot type, type) groups."""
    figures = privacy.leakage(rows(answers))
    report(trust, "TD", figures["TD"], KEYWORDS)
    report(trust, "CD", figures["CD"], KEYWORDS)
    require(report(trust, "RtA", figures["RtA"], KEYWORDS))
