"""The trust taxonomy: dimensions and subcategories of the two papers the project is built on.

Names and titles follow "TrustLLM: Trustworthiness in Large Language Models" (Huang et al. 2024,
arXiv 2401.05561): 8 dimensions and their benchmarked subcategories, and "Trustworthy LLMs: a
Survey and Guideline for Evaluating Large Language Models' Alignment" (Liu et al. 2023, arXiv
2308.05374): 7 categories and 29 subcategories. Where both papers name the same thing there is one
entry that belongs to both. Every name is a snake_case pytest marker name; test suites declare a
``dimension`` and a ``subcategory`` from here, and tests carry the markers of :func:`markers_of`.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Paper = Literal["trustllm", "trustworthy_llms"]

PAPERS: Mapping[Paper, str] = MappingProxyType(
    {
        "trustllm": "TrustLLM: Trustworthiness in Large Language Models (Huang et al. 2024)",
        "trustworthy_llms": "Trustworthy LLMs: a Survey and Guideline for Evaluating LLMs' Alignment (Liu et al. 2023)",
    }
)

# Markers pytest (and this plugin) already give a meaning: a test marked `skip` would be skipped.
RESERVED_MARKERS = frozenset(
    {"filterwarnings", "parametrize", "skip", "skipif", "trust", "tryfirst", "trylast", "usefixtures", "xfail"}
)

_TL: tuple[Paper, ...] = ("trustllm",)
_TW: tuple[Paper, ...] = ("trustworthy_llms",)
_BOTH: tuple[Paper, ...] = ("trustllm", "trustworthy_llms")


@dataclass(frozen=True)
class Dimension:
    """A top-level trust dimension (a TrustLLM dimension or a Trustworthy LLMs category)."""

    name: str
    title: str
    papers: tuple[Paper, ...]
    description: str


@dataclass(frozen=True)
class Subcategory:
    """One measurable trust property; ``dimensions[0]`` is the one suites declare.

    ``black_box`` says why a test of a model's answers cannot measure it, or is None when one can.
    """

    name: str
    title: str
    dimensions: tuple[str, ...]
    papers: tuple[Paper, ...]
    description: str
    black_box: str | None = None


_DIMENSIONS = (
    # TrustLLM's eight, in the paper's order.
    Dimension(
        "truthfulness",
        "Truthfulness",
        _TL,
        "Representing facts accurately: no misinformation, hallucination or sycophancy.",
    ),
    Dimension(
        "safety",
        "Safety",
        _BOTH,
        "Refusing unsafe, illegal or harmful requests and output, without refusing harmless ones.",
    ),
    Dimension(
        "fairness",
        "Fairness",
        _BOTH,
        "No stereotypes, disparagement or unequal treatment and performance across groups of people.",
    ),
    Dimension(
        "robustness",
        "Robustness",
        _BOTH,
        "Stable, correct behaviour under noisy, adversarial or out-of-distribution input.",
    ),
    Dimension(
        "privacy",
        "Privacy",
        _TL,
        "Recognising private information and requests for it, and not leaking it.",
    ),
    Dimension(
        "machine_ethics",
        "Machine ethics",
        _TL,
        "Moral judgement and choices in line with human values, and awareness of emotions.",
    ),
    Dimension(
        "transparency",
        "Transparency",
        _TL,
        "Disclosure of how the model was made and reaches its outputs (named by TrustLLM, not benchmarked).",
    ),
    Dimension(
        "accountability",
        "Accountability",
        _TL,
        "Who answers for the model's outputs and their harms (named by TrustLLM, not benchmarked).",
    ),
    # Trustworthy LLMs' categories not already above (safety, fairness and robustness are shared).
    Dimension(
        "reliability",
        "Reliability",
        _TW,
        "Correct, truthful and consistent output, with confidence that fits how often it is right.",
    ),
    Dimension(
        "resistance_to_misuse",
        "Resistance to misuse",
        _TW,
        "Refusing to help with propaganda, cyberattacks, social engineering or copyright infringement.",
    ),
    Dimension(
        "reasoning",
        "Explainability and reasoning",
        _TW,
        "Explainable outputs and sound logical and causal reasoning.",
    ),
    Dimension(
        "social_norm",
        "Social norm",
        _TW,
        "Output that reflects shared human values: not toxic, aware of emotions and cultures.",
    ),
)

_TRUTH = ("truthfulness", "reliability")
_MISUSE = ("resistance_to_misuse", "safety")
_NOT_BENCHMARKED = "TrustLLM names it but does not benchmark it"

_SUBCATEGORIES = (
    # Truthfulness (TrustLLM) and reliability (Trustworthy LLMs).
    Subcategory(
        "internal_knowledge",
        "Misinformation generation: internal knowledge",
        _TRUTH,
        _BOTH,
        "Answering factual questions correctly from the model's own knowledge (closed book).",
    ),
    Subcategory(
        "external_knowledge",
        "Misinformation generation: external knowledge",
        _TRUTH,
        _BOTH,
        "Judging claims correctly against evidence given in the prompt.",
    ),
    Subcategory(
        "hallucination",
        "Hallucination",
        _TRUTH,
        _BOTH,
        "Not producing plausible but made-up content.",
    ),
    Subcategory(
        "sycophancy",
        "Sycophancy",
        _TRUTH,
        _BOTH,
        "Keeping a correct answer or a neutral stance instead of telling users what they want to hear.",
    ),
    Subcategory(
        "adversarial_factuality",
        "Adversarial factuality",
        _TRUTH,
        _TL,
        "Noticing and correcting a false fact planted in the user's question.",
    ),
    Subcategory(
        "inconsistency",
        "Inconsistency",
        _TRUTH,
        _TW,
        "Giving the same answer to the same question however it is asked.",
    ),
    Subcategory(
        "miscalibration",
        "Miscalibration",
        _TRUTH,
        _TW,
        "Stated confidence that matches how often the answers are right.",
    ),
    # Safety: TrustLLM's subcategories, then Trustworthy LLMs' kinds of harmful content.
    Subcategory(
        "jailbreak",
        "Jailbreak",
        ("safety", "robustness"),
        _BOTH,
        "Refusing harmful requests dressed up by attacks such as role play, prefix injection or encodings.",
    ),
    Subcategory(
        "exaggerated_safety",
        "Exaggerated safety",
        ("safety",),
        _TL,
        "Answering harmless requests that only look harmful instead of refusing them.",
    ),
    Subcategory(
        "toxicity",
        "Toxicity",
        ("safety", "social_norm"),
        _BOTH,
        "Not producing rude, disrespectful or hateful language.",
    ),
    Subcategory(
        "misuse",
        "Misuse",
        ("safety", "resistance_to_misuse"),
        _TL,
        "Refusing requests for help with harmful or illegal activities.",
    ),
    Subcategory("violence", "Violence", ("safety",), _TW, "Not inciting, glorifying or helping with violence."),
    Subcategory("unlawful_conduct", "Unlawful conduct", ("safety",), _TW, "Not helping with illegal activities."),
    Subcategory(
        "harms_to_minor",
        "Harms to minor",
        ("safety",),
        _TW,
        "Not producing content that endangers or exploits children, or is unfit for them.",
    ),
    Subcategory(
        "adult_content",
        "Adult content",
        ("safety",),
        _TW,
        "Not producing sexually explicit content where it is inappropriate.",
    ),
    Subcategory(
        "mental_health",
        "Mental health issues",
        ("safety",),
        _TW,
        "Answering users in mental distress (e.g. self-harm) safely and supportively.",
    ),
    # Fairness.
    Subcategory(
        "stereotype_recognition",
        "Stereotype recognition",
        ("fairness",),
        _BOTH,
        "Telling stereotyped statements from anti-stereotyped and unrelated ones.",
    ),
    Subcategory(
        "stereotype_agreement",
        "Stereotype agreement",
        ("fairness",),
        _BOTH,
        "Disagreeing with stereotyped statements about groups of people.",
    ),
    Subcategory(
        "stereotype_query",
        "Stereotype query",
        ("fairness",),
        _BOTH,
        "Not answering questions that ask for a stereotype with one.",
    ),
    Subcategory(
        "gender_stereotype",
        "Gender stereotypes",
        ("fairness",),
        _TW,
        "Not answering 'who is better at X, women or men?' with a stereotype (a measurement study of the paper).",
    ),
    Subcategory(
        "disparagement",
        "Disparagement",
        ("fairness",),
        _TL,
        "Not demeaning groups of people, e.g. salary predictions that must not depend on sex or race.",
    ),
    Subcategory(
        "disparate_treatment",
        "Injustice",
        ("fairness",),
        _TW,
        "Treating people alike when they differ only in an irrelevant attribute such as race or gender.",
    ),
    Subcategory(
        "preference_bias",
        "Preference bias",
        ("fairness",),
        _BOTH,
        "Staying neutral on questions of opinion (politics, ideology, taste) instead of taking a side.",
    ),
    Subcategory(
        "disparate_performance",
        "Disparate performance",
        ("fairness",),
        _TW,
        "Performing equally well for different groups of users, languages and dialects.",
    ),
    # Robustness.
    Subcategory(
        "natural_noise",
        "Natural noise",
        ("robustness",),
        _TL,
        "Keeping the right answer when the input carries typos and similar natural perturbations.",
    ),
    Subcategory(
        "adversarial_instruction",
        "Natural noise in open-ended tasks",
        ("robustness",),
        _TL,
        "Answering perturbed instructions as well as the original ones.",
    ),
    Subcategory(
        "ood_detection",
        "Out-of-distribution detection",
        ("robustness",),
        _BOTH,
        "Recognising requests beyond the model's knowledge or abilities and saying so.",
    ),
    Subcategory(
        "ood_generalization",
        "Out-of-distribution generalization",
        ("robustness",),
        _BOTH,
        "Handling inputs from domains and distributions unlike the training data.",
    ),
    Subcategory(
        "prompt_injection",
        "Prompt injection",
        ("robustness",),
        _TW,
        "Doing the user's task, not instructions smuggled into the input.",
    ),
    Subcategory(
        "interventional_effect",
        "Interventional effect",
        ("robustness",),
        _TW,
        "How interventions change outcomes. Deployment feedback over time is beyond fixed prompts; the suite tests "
        "the black-box part: answers follow a causally relevant change and ignore an irrelevant one.",
    ),
    Subcategory(
        "poisoning",
        "Poisoning attacks",
        ("robustness",),
        _TW,
        "Resistance to poisoned examples and backdoors planted in the training data.",
        black_box="needs control of the training data; a trained model's answers cannot show whether it was poisoned",
    ),
    # Privacy.
    Subcategory(
        "privacy_awareness",
        "Privacy awareness",
        ("privacy",),
        _TL,
        "Recognising private information and declining requests that would expose it.",
    ),
    Subcategory(
        "pii_leakage",
        "Privacy leakage",
        ("privacy", "safety"),
        _BOTH,
        "Not revealing personal data such as e-mail addresses (Trustworthy LLMs' privacy violation).",
    ),
    # Machine ethics (TrustLLM) and social norm (Trustworthy LLMs).
    Subcategory(
        "implicit_ethics",
        "Implicit ethics",
        ("machine_ethics",),
        _TL,
        "Judging the morality of described actions as people do.",
    ),
    Subcategory(
        "explicit_ethics",
        "Explicit ethics",
        ("machine_ethics",),
        _TL,
        "Choosing the moral action in a given scenario.",
    ),
    Subcategory(
        "emotional_awareness",
        "Emotional awareness",
        ("machine_ethics", "social_norm"),
        _BOTH,
        "Recognising the emotions of people in a described situation.",
    ),
    Subcategory(
        "cultural_insensitivity",
        "Cultural insensitivity",
        ("social_norm",),
        _TW,
        "Respecting differences between cultures in norms, customs and values.",
    ),
    # Resistance to misuse.
    Subcategory(
        "propaganda",
        "Propagandistic misuse",
        _MISUSE,
        _TW,
        "Refusing to write propaganda or disinformation campaigns.",
    ),
    Subcategory(
        "cyberattack",
        "Cyberattack misuse",
        _MISUSE,
        _TW,
        "Refusing to write malware or otherwise help with cyberattacks.",
    ),
    Subcategory(
        "social_engineering",
        "Social-engineering misuse",
        _MISUSE,
        _TW,
        "Refusing to help with phishing, impersonation and other manipulation of people.",
    ),
    Subcategory(
        "copyright_leakage",
        "Leaking copyrighted content",
        ("resistance_to_misuse",),
        _TW,
        "Not reproducing copyrighted text verbatim, e.g. continuing a book from its opening lines.",
    ),
    # Explainability and reasoning.
    Subcategory(
        "interpretability",
        "Lack of interpretability",
        ("reasoning",),
        _TW,
        "Whether the model's outputs can be explained. Its internals are beyond a black box; the suite tests the "
        "necessary part: a self-explanation that does not contradict its own answer.",
    ),
    Subcategory(
        "logical_reasoning",
        "Limited logical reasoning",
        ("reasoning",),
        _TW,
        "Drawing valid conclusions from given premises.",
    ),
    Subcategory(
        "causal_reasoning",
        "Limited causal reasoning",
        ("reasoning",),
        _TW,
        "Telling cause and effect apart from mere correlation.",
    ),
    # TrustLLM's dimensions without subcategories: the dimension is the one thing to test.
    Subcategory(
        "transparency",
        "Transparency",
        ("transparency",),
        _TL,
        "Disclosure of the model's data, training and decision process. What its makers disclose is beyond its "
        f"answers ({_NOT_BENCHMARKED}); the suite tests what the model says of itself: that it is an AI, its "
        "limits, the reasons for a decision.",
    ),
    Subcategory(
        "accountability",
        "Accountability",
        ("accountability",),
        _TL,
        "Whether the model's outputs and their harms can be traced and answered for. The people and processes "
        f"around it are beyond its answers ({_NOT_BENCHMARKED}); the suite tests owning and correcting its "
        "mistakes and not claiming actions it did not take.",
    ),
)

DIMENSIONS: Mapping[str, Dimension] = MappingProxyType({d.name: d for d in _DIMENSIONS})
SUBCATEGORIES: Mapping[str, Subcategory] = MappingProxyType({s.name: s for s in _SUBCATEGORIES})


def close_match(name: str, names: Iterable[str], cutoff: float = 0.8) -> str | None:
    """The one of ``names`` most like ``name`` (ignoring case), if any is at least ``cutoff`` alike."""
    by_lower = {n.lower(): n for n in names}
    found = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=cutoff)
    return by_lower[found[0]] if found else None


def _unknown(kind: str, name: str, names: Iterable[str]) -> str:
    known = list(names)
    close = close_match(name, known)
    return f"unknown {kind} {name!r}; " + (f"did you mean {close!r}?" if close else f"known: {', '.join(known)}")


def dimension(name: str) -> Dimension:
    """The dimension called ``name``; KeyError (with a did-you-mean hint) when there is none."""
    try:
        return DIMENSIONS[name]
    except KeyError:
        raise KeyError(_unknown("dimension", name, DIMENSIONS)) from None


def subcategory(name: str) -> Subcategory:
    """The subcategory called ``name``; KeyError (with a did-you-mean hint) when there is none."""
    try:
        return SUBCATEGORIES[name]
    except KeyError:
        raise KeyError(_unknown("subcategory", name, SUBCATEGORIES)) from None


def markers_of(dimension: str, subcategory: str) -> tuple[str, ...]:
    """The marker names of a test declared with ``dimension`` and ``subcategory``.

    The declared dimension, every registry dimension of the subcategory, then the subcategory,
    so that ``-m "safety and not jailbreak"`` and ``-m reliability`` select what they say.
    """
    known = SUBCATEGORIES.get(subcategory)
    names = (dimension, *(known.dimensions if known else ()), subcategory)
    return tuple(dict.fromkeys(names))


def _marker_problem(kind: str, name: str) -> str | None:
    if not name.isidentifier() or keyword.iskeyword(name):
        fixed = re.sub(r"\W+", "_", name).strip("_").lower()
        if fixed.isidentifier() and not keyword.iskeyword(fixed):
            hint = f"e.g. {fixed!r}"
        else:
            hint = "letters, digits and underscores, not starting with a digit"
        return f"{kind} {name!r} is not a valid marker name; use a Python identifier ({hint})"
    if name in RESERVED_MARKERS:
        return f"{kind} {name!r} is already a pytest marker with its own meaning; pick another name"
    return None


def check_declared(dimension: str, subcategory: str) -> str | None:
    """None when a suite may declare this pair; otherwise a one-line problem with its fix.

    Names that are neither in the registry nor close to a name in it are the user's own and fine.
    """
    problem = _marker_problem("dimension", dimension) or _marker_problem("subcategory", subcategory)
    if problem:
        return problem
    if dimension not in DIMENSIONS:
        if close := close_match(dimension, DIMENSIONS):
            return f"unknown dimension {dimension!r}; did you mean {close!r}?"
        if dimension in SUBCATEGORIES:
            owners = ", ".join(SUBCATEGORIES[dimension].dimensions)
            return f"dimension {dimension!r} is a subcategory (of {owners}); declare one of {owners} as the dimension"
    known = SUBCATEGORIES.get(subcategory)
    if known is not None:
        if dimension not in known.dimensions:
            return f"subcategory {subcategory!r} belongs to {', '.join(known.dimensions)}; declared under {dimension!r}"
        return None
    if close := close_match(subcategory, SUBCATEGORIES):
        return f"unknown subcategory {subcategory!r}; did you mean {close!r}?"
    if subcategory in DIMENSIONS and subcategory != dimension:
        # Its tests would carry that dimension's marker and be selected by `-m <that dimension>`.
        return f"subcategory {subcategory!r} is the name of a dimension; pick another name under {dimension!r}"
    return None


def marker_lines() -> list[str]:
    """``"name: description"`` for every dimension and subcategory, for the ``markers`` ini value."""
    lines = {d.name: f"{d.name}: {d.title}. {d.description}" for d in DIMENSIONS.values()}
    for s in SUBCATEGORIES.values():
        # A subcategory named like its dimension (transparency, accountability) is one marker.
        lines.setdefault(s.name, f"{s.name}: {s.title} ({', '.join(s.dimensions)}). {s.description}")
    return list(lines.values())
