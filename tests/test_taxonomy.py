"""The taxonomy registry: coverage of both papers, marker names and declaration checks."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

import pytest

from pytest_trustllm.taxonomy import (
    DIMENSIONS,
    PAPERS,
    RESERVED_MARKERS,
    SUBCATEGORIES,
    check_declared,
    close_match,
    dimension,
    marker_lines,
    markers_of,
    subcategory,
)

TRUSTLLM_DIMENSIONS = [
    "truthfulness",
    "safety",
    "fairness",
    "robustness",
    "privacy",
    "machine_ethics",
    "transparency",
    "accountability",
]
TRUSTWORTHY_LLMS_CATEGORIES = {
    "Reliability": "reliability",
    "Safety": "safety",
    "Fairness": "fairness",
    "Resistance to Misuse": "resistance_to_misuse",
    "Explainability & Reasoning": "reasoning",
    "Social Norm": "social_norm",
    "Robustness": "robustness",
}
# The 29 subcategories of Trustworthy LLMs (Liu et al. 2023, figure 1), by category, and the
# registry entries that measure each.
TRUSTWORTHY_LLMS_SUBCATEGORIES: dict[str, dict[str, list[str]]] = {
    "reliability": {
        "Misinformation": ["internal_knowledge", "external_knowledge"],
        "Hallucination": ["hallucination"],
        "Inconsistency": ["inconsistency"],
        "Miscalibration": ["miscalibration"],
        "Sycophancy": ["sycophancy"],
    },
    "safety": {
        "Violence": ["violence"],
        "Unlawful Conduct": ["unlawful_conduct"],
        "Harms to Minor": ["harms_to_minor"],
        "Adult Content": ["adult_content"],
        "Mental Health Issues": ["mental_health"],
        "Privacy Violation": ["pii_leakage"],
    },
    "fairness": {
        "Injustice": ["disparate_treatment"],
        "Stereotype Bias": ["stereotype_recognition", "stereotype_agreement", "stereotype_query", "gender_stereotype"],
        "Preference Bias": ["preference_bias"],
        "Disparate Performance": ["disparate_performance"],
    },
    "resistance_to_misuse": {
        "Propagandistic Misuse": ["propaganda"],
        "Cyberattack Misuse": ["cyberattack"],
        "Social-engineering Misuse": ["social_engineering"],
        "Leaking Copyrighted Content": ["copyright_leakage"],
    },
    "reasoning": {
        "Lack of Interpretability": ["interpretability"],
        "Limited Logical Reasoning": ["logical_reasoning"],
        "Limited Causal Reasoning": ["causal_reasoning"],
    },
    "social_norm": {
        "Toxicity": ["toxicity"],
        "Unawareness of Emotions": ["emotional_awareness"],
        "Cultural Insensitivity": ["cultural_insensitivity"],
    },
    "robustness": {
        "Prompt Attacks": ["jailbreak", "prompt_injection"],
        "Paradigm & Distribution Shifts": ["ood_detection", "ood_generalization"],
        "Interventional Effect": ["interventional_effect"],
        "Poisoning Attacks": ["poisoning"],
    },
}
# TrustLLM's benchmarked subcategories (Huang et al. 2024, sections 5-10) and their entries.
TRUSTLLM_SUBCATEGORIES: dict[str, list[str]] = {
    "truthfulness": [
        "internal_knowledge",
        "external_knowledge",
        "hallucination",
        "sycophancy",
        "adversarial_factuality",
    ],
    "safety": ["jailbreak", "exaggerated_safety", "toxicity", "misuse"],
    "fairness": [
        "stereotype_recognition",
        "stereotype_agreement",
        "stereotype_query",
        "disparagement",
        "preference_bias",
    ],
    "robustness": ["natural_noise", "adversarial_instruction", "ood_detection", "ood_generalization"],
    "privacy": ["privacy_awareness", "pii_leakage"],
    "machine_ethics": ["implicit_ethics", "explicit_ethics", "emotional_awareness"],
    "transparency": ["transparency"],
    "accountability": ["accountability"],
}
# (dimension, subcategory) of every shipped suite, as trust_suites/*/test_*.py declare them.
SHIPPED = [
    ("safety", "jailbreak"),
    ("safety", "misuse"),
    ("safety", "exaggerated_safety"),
    ("safety", "toxicity"),
    ("truthfulness", "internal_knowledge"),
    ("truthfulness", "external_knowledge"),
    ("truthfulness", "hallucination"),
    ("truthfulness", "sycophancy"),
    ("truthfulness", "adversarial_factuality"),
    ("truthfulness", "inconsistency"),
    ("truthfulness", "miscalibration"),
    ("reasoning", "logical_reasoning"),
    ("reasoning", "causal_reasoning"),
]


# -- coverage of the papers ----------------------------------------------------------


def test_trustllm_dimensions_are_present():
    for name in TRUSTLLM_DIMENSIONS:
        assert "trustllm" in DIMENSIONS[name].papers, name
    assert {d.name for d in DIMENSIONS.values() if "trustllm" in d.papers} == set(TRUSTLLM_DIMENSIONS)


def test_trustworthy_llms_categories_are_present():
    for title, name in TRUSTWORTHY_LLMS_CATEGORIES.items():
        assert "trustworthy_llms" in DIMENSIONS[name].papers, title
    assert {d.name for d in DIMENSIONS.values() if "trustworthy_llms" in d.papers} == set(
        TRUSTWORTHY_LLMS_CATEGORIES.values()
    )
    assert DIMENSIONS["reasoning"].title == "Explainability and reasoning"


def test_each_of_the_29_trustworthy_llms_subcategories_maps_to_registry_entries():
    titles = [title for by_title in TRUSTWORTHY_LLMS_SUBCATEGORIES.values() for title in by_title]
    assert len(titles) == len(set(titles)) == 29
    mapped: set[str] = set()
    for category, by_title in TRUSTWORTHY_LLMS_SUBCATEGORIES.items():
        for title, names in by_title.items():
            for name in names:
                entry = SUBCATEGORIES[name]
                assert "trustworthy_llms" in entry.papers, (title, name)
                assert category in entry.dimensions, (title, name, entry.dimensions)
            mapped.update(names)
    # Every entry that claims Trustworthy LLMs is one of those subcategories, and no other.
    assert mapped == {s.name for s in SUBCATEGORIES.values() if "trustworthy_llms" in s.papers}


def test_unsplit_trustworthy_llms_subcategories_keep_the_papers_title():
    for by_title in TRUSTWORTHY_LLMS_SUBCATEGORIES.values():
        for title, names in by_title.items():
            entry = SUBCATEGORIES[names[0]]
            if len(names) == 1 and entry.papers == ("trustworthy_llms",):
                assert entry.title.lower() == title.lower(), (entry.name, entry.title, title)


def test_each_trustllm_subcategory_is_an_entry_of_its_dimension():
    mapped: set[str] = set()
    for dim, names in TRUSTLLM_SUBCATEGORIES.items():
        for name in names:
            entry = SUBCATEGORIES[name]
            assert "trustllm" in entry.papers, name
            assert dim in entry.dimensions, (name, entry.dimensions)
        mapped.update(names)
    assert mapped == {s.name for s in SUBCATEGORIES.values() if "trustllm" in s.papers}


def test_things_both_papers_name_are_one_entry():
    for name, dims in [
        ("toxicity", {"safety", "social_norm"}),
        ("hallucination", {"truthfulness", "reliability"}),
        ("sycophancy", {"truthfulness", "reliability"}),
        ("emotional_awareness", {"machine_ethics", "social_norm"}),
    ]:
        assert SUBCATEGORIES[name].papers == ("trustllm", "trustworthy_llms")
        assert set(SUBCATEGORIES[name].dimensions) == dims


def test_entries_are_consistent():
    for s in SUBCATEGORIES.values():
        assert s.dimensions, s.name
        assert len(set(s.dimensions)) == len(s.dimensions), s.name
        assert set(s.dimensions) <= set(DIMENSIONS), s.name
        assert s.papers and set(s.papers) <= set(PAPERS), s.name
        # Each paper that names it defines at least one of its dimensions.
        for paper in s.papers:
            assert any(paper in DIMENSIONS[d].papers for d in s.dimensions), (s.name, paper)
        assert s.title and s.description, s.name
        assert s.black_box is None or s.black_box.strip(), s.name
    for d in DIMENSIONS.values():
        assert d.title and d.description and d.papers, d.name
        assert any(d.name in s.dimensions for s in SUBCATEGORIES.values()), d.name


def test_black_box_reasons_are_given_where_answers_cannot_measure():
    unmeasurable = {s.name for s in SUBCATEGORIES.values() if s.black_box is not None}
    assert unmeasurable == {"poisoning"}
    assert not unmeasurable & {name for _, name in SHIPPED}


def test_every_name_is_a_usable_marker_name():
    names = [*DIMENSIONS, *SUBCATEGORIES]
    for name in names:
        assert name.isidentifier() and not keyword.iskeyword(name), name
        assert name == name.lower(), name
        assert name not in RESERVED_MARKERS, name
    assert all(d.name == name for name, d in DIMENSIONS.items())
    assert all(s.name == name for name, s in SUBCATEGORIES.items())
    # A name is a dimension and a subcategory only where the subcategory is the whole dimension.
    for name in set(DIMENSIONS) & set(SUBCATEGORIES):
        assert SUBCATEGORIES[name].dimensions == (name,)


# -- lookups -------------------------------------------------------------------------------


def test_lookups_return_entries():
    assert dimension("safety").title == "Safety"
    assert subcategory("jailbreak").dimensions == ("safety", "robustness")


def test_lookup_of_a_misspelt_name_suggests_the_right_one():
    with pytest.raises(KeyError, match="unknown subcategory 'jailbrake'; did you mean 'jailbreak'"):
        subcategory("jailbrake")
    with pytest.raises(KeyError, match="unknown dimension 'safty'; did you mean 'safety'"):
        dimension("safty")


def test_lookup_of_an_unknown_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="unknown dimension 'weather'; known: truthfulness, safety"):
        dimension("weather")


def test_close_match():
    assert close_match("jailbrake", SUBCATEGORIES) == "jailbreak"
    assert close_match("Toxicity", ["toxicity", "violence"]) == "toxicity"
    assert close_match("capitals", SUBCATEGORIES) is None
    assert close_match("x", []) is None
    assert close_match("robust", DIMENSIONS, cutoff=0.7) == "robustness"


# -- markers ----------------------------------------------------------------------------


def test_markers_of_a_shipped_suite():
    markers = markers_of("safety", "jailbreak")
    assert markers == ("safety", "robustness", "jailbreak")
    assert markers_of("truthfulness", "miscalibration") == ("truthfulness", "reliability", "miscalibration")


def test_markers_of_a_user_suite_are_its_own_names():
    assert markers_of("truthfulness", "capitals") == ("truthfulness", "capitals")
    assert markers_of("transparency", "transparency") == ("transparency",)


def test_marker_lines_cover_every_name_once():
    lines = marker_lines()
    names = [line.split(":", 1)[0] for line in lines]
    assert len(names) == len(set(names))
    assert set(names) == set(DIMENSIONS) | set(SUBCATEGORIES)
    assert all(": " in line and "\n" not in line for line in lines)


# -- check_declared ----------------------------------------------------------------------


@pytest.mark.parametrize(("dim", "sub"), SHIPPED)
def test_shipped_suites_are_declared_correctly(dim: str, sub: str):
    assert check_declared(dim, sub) is None
    assert SUBCATEGORIES[sub].dimensions[0] == dim


def test_every_registry_pair_passes():
    for s in SUBCATEGORIES.values():
        for dim in s.dimensions:
            assert check_declared(dim, s.name) is None, (dim, s.name)


@pytest.mark.parametrize(
    ("dim", "sub"),
    [("truthfulness", "capitals"), ("style", "tone"), ("d", "sub"), ("privacy", "privacy"), ("Support", "Tone")],
)
def test_user_defined_names_are_fine(dim: str, sub: str):
    assert check_declared(dim, sub) is None


@pytest.mark.parametrize(
    ("dim", "sub", "problem"),
    [
        ("fairness", "jailbreak", "subcategory 'jailbreak' belongs to safety, robustness; declared under 'fairness'"),
        ("mine", "toxicity", "subcategory 'toxicity' belongs to safety, social_norm; declared under 'mine'"),
        ("safety", "jailbrake", "unknown subcategory 'jailbrake'; did you mean 'jailbreak'?"),
        ("mine", "harms_to_minors", "unknown subcategory 'harms_to_minors'; did you mean 'harms_to_minor'?"),
        ("safty", "jailbreak", "unknown dimension 'safty'; did you mean 'safety'?"),
        ("truthfulnes", "capitals", "unknown dimension 'truthfulnes'; did you mean 'truthfulness'?"),
        (
            "jailbreak",
            "role_play",
            "dimension 'jailbreak' is a subcategory (of safety, robustness); declare one of safety, robustness as the"
            " dimension",
        ),
        ("truthfulness", "safety", "subcategory 'safety' is the name of a dimension; pick another name under"),
        ("my dim", "x", "dimension 'my dim' is not a valid marker name; use a Python identifier (e.g. 'my_dim')"),
        ("safety", "jail-break", "subcategory 'jail-break' is not a valid marker name; use a Python identifier"),
        ("safety", "2fast", "subcategory '2fast' is not a valid marker name"),
        ("safety", "not", "subcategory 'not' is not a valid marker name"),
        ("safety", "skip", "subcategory 'skip' is already a pytest marker with its own meaning; pick another name"),
        ("trust", "x", "dimension 'trust' is already a pytest marker"),
    ],
)
def test_declaration_problems_say_what_to_fix(dim: str, sub: str, problem: str):
    found = check_declared(dim, sub)
    assert found is not None and found.startswith(problem), found
    assert "\n" not in found


def test_the_readme_maps_every_subcategory_to_its_test_or_reason():
    """The README's taxonomy table has a row per registry entry, naming a shipped module or the reason."""
    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The taxonomy", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| [^|`]+`(\w+)` \|[^|]+\|[^|]+\| (.+) \|$", table, re.M)}
    assert set(rows) == set(SUBCATEGORIES)
    for name, where in rows.items():
        modules = re.findall(r"`(\w+/test_\w+\.py)`", where)
        if SUBCATEGORIES[name].black_box is not None:
            assert where.startswith("no test:"), name
        else:
            assert modules and all((repo / "trust_suites" / m).is_file() for m in modules), (name, where)
