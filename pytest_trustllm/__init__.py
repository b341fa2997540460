"""pytest-trustllm: trust properties of large language models as ordinary pytest tests.

Importing this package is light: no torch, no SDK, no network.
"""

from .checks import Checker
from .datasets import Answer, Case, load_cases
from .evaluators import (
    REFUSAL_READS,
    JudgeTask,
    Reads,
    Rule,
    Scorer,
    Unit,
    UnitRule,
    Verdict,
    answered,
    classifier,
    correct,
    embedding,
    harmless,
    is_toxic,
    judged,
    non_toxic,
    partly_refused,
    refusal,
    refusal_by_rules,
    refusal_kind,
    refused,
    rubric,
    rule,
    toxicity_kinds,
    toxicity_score,
    unit_rule,
)
from .metrics import Estimate
from .models import GenerationParams, Message, Model, ModelError, ModelOptions
from .results import Result
from .stats import Threshold, wilson

__all__ = [
    "REFUSAL_READS",
    "Answer",
    "Case",
    "Checker",
    "Estimate",
    "GenerationParams",
    "JudgeTask",
    "Message",
    "Model",
    "ModelError",
    "ModelOptions",
    "Reads",
    "Result",
    "Rule",
    "Scorer",
    "Threshold",
    "Unit",
    "UnitRule",
    "Verdict",
    "answered",
    "classifier",
    "correct",
    "embedding",
    "harmless",
    "is_toxic",
    "judged",
    "load_cases",
    "non_toxic",
    "partly_refused",
    "refusal",
    "refusal_by_rules",
    "refusal_kind",
    "refused",
    "rubric",
    "rule",
    "toxicity_kinds",
    "toxicity_score",
    "unit_rule",
    "wilson",
]
__version__ = "0.1.0"
