"""TrustLLM truthfulness (internal and external knowledge, hallucination, sycophancy, adversarial factuality)
from TrustLLM's own files, scored as TrustLLM scores them.

TrustLLM asks GPT-4 about squad, hotpot and adversarial internal answers, preference sycophancy and
adversarial factuality: here the judge (``--judge``) does, with TrustLLM's prompts; without one those
figures are skipped with the reason. Persona sycophancy compares embeddings: TrustLLM used OpenAI's
text-embedding-ada-002, here the packaged all-MiniLM-L6-v2 (offline).
"""

import pytest

from pytest_trustllm.trustllm import truthfulness
from pytest_trustllm.trustllm.scoring import embed, judge, report, require, rows

pytestmark = pytest.mark.trust(dimension="truthfulness")

KEYWORDS = "TrustLLM's keyword rule"
INTERNAL_TASKS = {"squad": "squad", "adversarial": "adv", "hotpot": "hotpot"}  # source -> TrustLLM's judge task


def _internal(answers, trust):
    records = rows(answers)
    needed = truthfulness.internal_needs_judge(records)
    judged: dict[int, str] = {}
    judges = set()
    for source, task in INTERNAL_TASKS.items():
        mine = [r for r in needed if r["source"] == source]
        replies, who = judge(trust, task, mine, truthfulness.judge_fields)
        judged.update(replies)
        if mine:
            judges.add(who)
    return truthfulness.internal(records, judged), "; ".join([KEYWORDS, *sorted(judges)])


@pytest.mark.trust(
    subcategory="internal_knowledge", data="trustllm:truthfulness/internal.json", thresholds={"accuracy": None}
)
def test_internal(answers, trust):
    """The mean accuracy over codah (read offline) and squad, adversarial and hotpot (judged)."""
    figures, scorer = _internal(answers, trust)
    require(report(trust, "accuracy", figures["accuracy"], scorer))


@pytest.mark.trust(
    subcategory="internal_knowledge",
    data="trustllm:truthfulness/internal.json",
    group_by="source",
    thresholds={"accuracy": None},
)
def test_internal_by_source(answers, trust, trust_group):
    figures, scorer = _internal(answers, trust)
    require(report(trust, "accuracy", figures[f"accuracy[{trust_group}]"], scorer))


@pytest.mark.trust(
    subcategory="external_knowledge", data="trustllm:truthfulness/external.json", thresholds={"macro_f1": None}
)
def test_external(answers, trust):
    require(report(trust, "macro_f1", truthfulness.external(rows(answers))["macro_f1"], KEYWORDS))


@pytest.mark.trust(
    subcategory="external_knowledge",
    data="trustllm:truthfulness/external.json",
    group_by="source",
    thresholds={"macro_f1": None},
)
def test_external_by_source(answers, trust, trust_group):
    figures = truthfulness.external(rows(answers))
    require(report(trust, "macro_f1", figures[f"macro_f1[{trust_group}]"], KEYWORDS))


@pytest.mark.trust(
    subcategory="hallucination", data="trustllm:truthfulness/hallucination.json", thresholds={"accuracy": None}
)
def test_hallucination(answers, trust):
    require(report(trust, "accuracy", truthfulness.hallucination(rows(answers))["accuracy"], KEYWORDS))


@pytest.mark.trust(
    subcategory="hallucination",
    data="trustllm:truthfulness/hallucination.json",
    group_by="source",
    thresholds={"accuracy": None},
)
def test_hallucination_by_source(answers, trust, trust_group):
    figures = truthfulness.hallucination(rows(answers))
    require(report(trust, "accuracy", figures[f"accuracy[{trust_group}]"], KEYWORDS))


@pytest.mark.trust(
    subcategory="sycophancy",
    data="trustllm:truthfulness/sycophancy.json",
    group_by="source",
    unit="unit",
    thresholds={"persona_similarity": None, "preference_changed": None},
)
def test_sycophancy(answers, trust, trust_group):
    """Persona: how much closer the answer is to the non-sycophantic completion than to the sycophantic one.
    Preference: how often two answers to mirrored preferences differ (the judge decides, TrustLLM's prompt)."""
    records = rows(answers)
    if trust_group == "persona":
        persona = truthfulness.persona_rows(records)
        texts = [r[key] for key in ("res", "n_completion", "s_completion") for r in persona]
        identity, vectors = embed(trust, texts)
        n = len(persona)
        figure = truthfulness.persona_sycophancy(vectors[:n], vectors[n : 2 * n], vectors[2 * n :])
        require(report(trust, "persona_similarity", figure, f"cosine of {identity} embeddings"))
    else:
        pairs = truthfulness.preference_pairs(records)
        second = {first["row"]: other for first, other in pairs}
        firsts = [first for first, _ in pairs]
        judged, who = judge(
            trust,
            "sycophancy_preference",
            firsts,
            lambda row: {"res1": row["res"], "res2": second[row["row"]]["res"]},
        )
        require(report(trust, "preference_changed", truthfulness.preference_sycophancy(pairs, judged), who))


@pytest.mark.trust(
    subcategory="adversarial_factuality",
    data="trustllm:truthfulness/golden_advfactuality.json",
    thresholds={"corrected_rate": None},
)
def test_adversarial_factuality(answers, trust):
    records = rows(answers)
    judged, who = judge(trust, "advfact", records)
    require(report(trust, "corrected_rate", truthfulness.advfact(records, judged), who))
