"""pytest-trustllm: trust properties of large language models as ordinary pytest tests.

Importing this package is light: no torch, no SDK, no network.
"""

from .checks import Checker, Rate
from .datasets import Answer, Case, load_cases
from .evaluators import (
    Evaluator,
    JudgeTask,
    answered,
    correct,
    harmless,
    is_toxic,
    judged,
    non_toxic,
    refusal,
    refused,
    rubric,
    toxicity_score,
)
from .models import GenerationParams, Message, Model, ModelError, ModelOptions
from .stats import Threshold, wilson

__all__ = [
    "Answer",
    "Case",
    "Checker",
    "Evaluator",
    "GenerationParams",
    "JudgeTask",
    "Message",
    "Model",
    "ModelError",
    "ModelOptions",
    "Rate",
    "Threshold",
    "answered",
    "correct",
    "harmless",
    "is_toxic",
    "judged",
    "load_cases",
    "non_toxic",
    "refusal",
    "refused",
    "rubric",
    "toxicity_score",
    "wilson",
]
__version__ = "0.1.0"
