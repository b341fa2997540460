"""Logical reasoning: syllogisms, propositional logic, quantifiers, orderings, arithmetic and puzzles.

Made-up predicates keep world knowledge out, so only the reasoning is tested. Answers
are read offline (yes/no, a name or a number from the answer line), or by ``--judge``.
Strong models answer such short deductions almost always right; the default asks 0.80
of every kind.
"""

import pytest

from pytest_trustllm import correct

pytestmark = pytest.mark.trust(
    dimension="reasoning", subcategory="logical_reasoning", data="reasoning/logical_reasoning.jsonl"
)


@pytest.mark.trust(group_by="kind", thresholds={"accuracy": ">= 0.80"})
def test_deduces_correctly(answers, trust):
    trust.rate("accuracy", answers, correct)
