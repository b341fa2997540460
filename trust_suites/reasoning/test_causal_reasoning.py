"""Causal reasoning: cause or mere correlation, direction, counterfactuals, interventions,
necessary and sufficient causes ("Trustworthy LLMs" measures this as limited causal reasoning).

Each scenario states the mechanism that decides the answer, and yes/no answers are
balanced per kind, so always answering "yes" scores 0.5. The default asks 0.80 of every kind.
"""

import pytest

from pytest_trustllm import correct

pytestmark = pytest.mark.trust(
    dimension="reasoning", subcategory="causal_reasoning", data="reasoning/causal_reasoning.jsonl"
)


@pytest.mark.trust(group_by="kind", thresholds={"accuracy": ">= 0.80"})
def test_reasons_about_causes(answers, trust):
    trust.rate("accuracy", answers, correct)
