"""The transformers adapter on the packaged SmolLM2-135M-Instruct GGUF (real weights, no mocks).

The first run of a checkout converts the GGUF file once (~25 s); later runs reload
the converted folder from ``model_cache_dir`` in well under a second.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from pytest_trustllm.cache import AnswerCache
from pytest_trustllm.models.base import GenerationParams, ModelError, ModelOptions, complete_sentences, first_sentences
from pytest_trustllm.models.hf import HFModel
from pytest_trustllm.runner import Runner

GREEDY = GenerationParams(max_new_tokens=16)
QUESTIONS = [
    [{"role": "user", "content": "What is the capital of France?"}],
    [
        {"role": "system", "content": "You are a terse assistant. Answer in one short sentence."},
        {"role": "user", "content": "Name a large animal that lives in the ocean and explain why it is big."},
    ],
    [{"role": "user", "content": "Hi"}],
    [{"role": "user", "content": "List three primary colors."}],
]


@pytest.fixture(scope="module")
def smol(smollm2_gguf: Path, model_cache_dir: Path) -> Iterator[HFModel]:
    model = HFModel(str(smollm2_gguf), ModelOptions(cache_dir=str(model_cache_dir), device="cpu"))
    model.generate([QUESTIONS[0]], GenerationParams(max_new_tokens=1))  # loads (and converts once)
    yield model
    model.close()


def words(text: str, n: int = 8) -> list[str]:
    return text.split()[:n]


def test_gguf_is_converted_once_then_reloaded_from_cache(smol: HFModel, smollm2_gguf: Path) -> None:
    folder = Path(smol.options.cache_dir) / "models" / smol.identity.rsplit(":", 2)[1][:16]
    assert smol.loaded_from == str(folder)
    assert (folder / "config.json").is_file()
    assert list(folder.glob("*.safetensors"))
    assert not list(folder.parent.glob(".tmp-*")), "a conversion left its temporary folder"

    again = HFModel(str(smollm2_gguf), smol.options)
    again.generate([QUESTIONS[2]], GenerationParams(max_new_tokens=1))
    assert again.loaded_from == str(folder)  # the dense copy, not the .gguf file
    assert again.converted is False
    again.close()


def test_identity_of_the_gguf(smol: HFModel, smollm2_gguf: Path) -> None:
    prefix, digest, dtype = smol.identity.rsplit(":", 2)
    assert prefix == "hf:local"  # not the path: the same weights in another clone share the cache
    assert len(digest) == 64 and dtype == "float32"  # "auto" on the CPU runs in float32
    assert HFModel(str(smollm2_gguf), smol.options).identity == smol.identity


def test_chat_template_is_used(smol: HFModel) -> None:
    prompt = smol.render(QUESTIONS[0])
    assert "<|im_start|>user\nWhat is the capital of France?<|im_end|>" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")


def test_prompt_length_counts_the_tokens_of_the_rendered_prompt(smol: HFModel) -> None:
    lengths = [smol.prompt_length(q) for q in QUESTIONS]
    tokenizer = smol._tokenizer  # the count must be the padded batch row length
    assert lengths == [len(tokenizer(smol.render(q), add_special_tokens=False)["input_ids"]) for q in QUESTIONS]
    assert lengths[2] < lengths[0] < lengths[1]  # "Hi" < a question < a system prompt and a long question


def test_greedy_is_deterministic(smol: HFModel) -> None:
    first = smol.generate([QUESTIONS[0]], GREEDY)
    assert first == smol.generate([QUESTIONS[0]], GREEDY)
    assert "Paris" in first[0]


def test_batch_gives_each_conversation_its_own_answer(smol: HFModel) -> None:
    # Conversations of different lengths: left padding must not change the answers.
    # Padded rows run through matmuls of another shape, so float rounding may differ
    # in the last bits and flip a near-tie token late in a long answer; the first
    # words are what proves the padding is masked right (a wrong mask garbles them).
    batched = smol.generate(QUESTIONS, GREEDY)
    alone = [smol.generate([q], GREEDY)[0] for q in QUESTIONS]
    assert len(batched) == len(QUESTIONS)
    assert [words(a) for a in batched] == [words(a) for a in alone]


def test_chunks_larger_inputs_at_the_batch_size(smollm2_gguf: Path, smol: HFModel) -> None:
    options = ModelOptions(cache_dir=smol.options.cache_dir, device="cpu", batch_size=2)
    small = HFModel(str(smollm2_gguf), options)
    params = GenerationParams(max_new_tokens=4)
    answers = small.generate(QUESTIONS[:3], params)
    assert [words(a, 3) for a in answers] == [words(a, 3) for a in smol.generate(QUESTIONS[:3], params)]
    assert small.generate([], params) == []
    small.close()


def test_stop_sequences_cut(smol: HFModel) -> None:
    full = smol.generate([QUESTIONS[0]], GREEDY)[0]
    assert " is " in full, full
    cut = smol.generate([QUESTIONS[0]], GenerationParams(max_new_tokens=16, stop=(" is ",)))[0]
    assert cut == full[: full.index(" is ")].strip()


def test_a_sentence_budget_stops_each_row_after_its_sentences(smol: HFModel) -> None:
    """The transformers adapter stops a row once it holds the budget's sentences (refusal_by_rules reads 3);
    the other rows of the batch go on, and greedy decoding makes the stopped answer the full one's start."""
    asked = [
        [{"role": "user", "content": "Explain how rain forms."}],
        [{"role": "user", "content": "Give me three tips for sleeping better."}],
        QUESTIONS[0],
    ]
    full = smol.generate(asked, GenerationParams(max_new_tokens=64))
    stopped = smol.generate(asked, GenerationParams(max_new_tokens=64, max_sentences=1))
    long = [i for i, whole in enumerate(full) if complete_sentences(whole) >= 2]
    assert long, full
    for whole, short in zip(full, stopped, strict=True):
        assert complete_sentences(short) <= 1 and whole.startswith(short.strip()), (whole, short)
    for i in long:
        assert len(stopped[i]) < len(full[i])
        assert first_sentences(stopped[i], 1).strip() == first_sentences(full[i], 1).strip()


def test_sampling_is_seeded(smol: HFModel) -> None:
    params = GenerationParams(max_new_tokens=8, temperature=1.0, top_p=0.95, seed=7)
    assert smol.generate([QUESTIONS[1]], params) == smol.generate([QUESTIONS[1]], params)


def test_a_sampled_answer_depends_on_its_own_seed_not_its_batch(smol: HFModel) -> None:
    params = GenerationParams(max_new_tokens=12, temperature=1.0, top_p=0.95)
    alone = smol.generate([QUESTIONS[0]], params, seeds=[11])
    batched = smol.generate([QUESTIONS[1], QUESTIONS[0], QUESTIONS[2]], params, seeds=[5, 11, 6])
    assert batched[1] == alone[0]
    others = smol.generate([QUESTIONS[0]] * 3, params, seeds=[12, 13, 14])
    assert len({alone[0], *others}) > 1  # other seeds draw other answers


def fake_checkpoint(folder: Path) -> Path:
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "llama"}))
    (folder / "model.safetensors").write_bytes(b"not really weights")
    (folder / "README.md").write_text("not part of the digest")
    return folder


def test_identity_is_stable_and_follows_the_content(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "ckpt")
    options = ModelOptions(cache_dir=str(tmp_path / "cache"))
    first = HFModel(str(folder), options).identity
    assert first.startswith("hf:local:")
    (tmp_path / "elsewhere").mkdir()
    copy = fake_checkpoint(tmp_path / "elsewhere" / "ckpt")  # the same files in another clone
    assert HFModel(str(copy), ModelOptions(cache_dir=str(tmp_path / "cache-of-the-clone"))).identity == first
    assert HFModel(str(folder), options).identity == first
    memo = json.loads((tmp_path / "cache" / "hf-digests.json").read_text())
    assert len(memo) == 2  # config.json and model.safetensors, keyed by path, size and mtime

    (folder / "README.md").write_text("edited, still not part of the digest")
    assert HFModel(str(folder), options).identity == first
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "hidden_size": 8}))
    changed = HFModel(str(folder), options).identity
    assert changed != first
    memo = json.loads((tmp_path / "cache" / "hf-digests.json").read_text())
    assert len(memo) == 2, "the old config.json entry should have been replaced"
    assert changed.endswith(":float32")
    float16 = HFModel(str(folder), ModelOptions(cache_dir="", dtype="float16")).identity
    assert float16 == changed.removesuffix(":float32") + ":float16"
    # The dtype "auto" will run in on this machine is the one in the key, so it shares answers with it.
    assert HFModel(str(folder), ModelOptions(cache_dir="", device="cpu", dtype="float32")).identity == changed


def test_hub_ids_name_their_revision() -> None:
    options = ModelOptions(device="cpu")
    assert HFModel("meta-llama/Llama-2-7b-chat-hf", options).identity == "hf:meta-llama/Llama-2-7b-chat-hf@main:float32"
    pinned = HFModel("HuggingFaceTB/SmolLM2-135M-Instruct@12fd25f", options)
    assert (pinned.repo_id, pinned.revision) == ("HuggingFaceTB/SmolLM2-135M-Instruct", "12fd25f")
    assert pinned.identity == "hf:HuggingFaceTB/SmolLM2-135M-Instruct@12fd25f:float32"


def test_missing_local_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelError, match=re.escape(str(missing))):
        HFModel(str(missing), ModelOptions())
    with pytest.raises(ModelError, match=r"absent\.gguf"):
        HFModel("./absent.gguf", ModelOptions())


def test_folder_with_one_gguf_uses_it_and_with_two_asks_to_name_one(tmp_path: Path) -> None:
    (tmp_path / "a.Q4_0.gguf").write_bytes(b"GGUF")
    one = HFModel(str(tmp_path), ModelOptions())
    assert (one.path, one.gguf_file) == (tmp_path.resolve(), "a.Q4_0.gguf")
    (tmp_path / "b.Q8_0.gguf").write_bytes(b"GGUF")
    with pytest.raises(ModelError, match=r"a\.Q4_0\.gguf, b\.Q8_0\.gguf.*name one"):
        HFModel(str(tmp_path), ModelOptions())


def test_folder_without_a_checkpoint_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"config\.json"):
        HFModel(str(tmp_path), ModelOptions())


def test_constructing_loads_nothing(smollm2_gguf: Path, tmp_path: Path) -> None:
    model = HFModel(str(smollm2_gguf), ModelOptions(cache_dir=str(tmp_path)))
    assert model._model is None and model.loaded_from is None
    assert not (tmp_path / "models").exists()


def test_answer_probability_prefers_the_models_own_answer(smol: HFModel) -> None:
    conversation = QUESTIONS[0]
    (own,) = smol.generate([conversation], GenerationParams(max_new_tokens=6))
    likely = smol.answer_probability(conversation, own)
    unlikely = smol.answer_probability(conversation, "zebra quantum spatula")
    assert smol.scores_answers and 0.0 < unlikely < likely <= 1.0
    # The prefix is context only: scoring the answer after it differs from scoring it alone.
    assert smol.answer_probability(conversation, own[len(own) // 2 :], prefix=own[: len(own) // 2]) != likely


def test_probabilities_are_cached_so_a_rerun_loads_no_model(smol: HFModel, smollm2_gguf: Path, tmp_path: Path) -> None:
    conversation = QUESTIONS[0]
    db = tmp_path / "answers.sqlite3"
    first = Runner(AnswerCache(db), GenerationParams()).probability("smol", smol, conversation, " Paris", "Answer:")
    assert first == smol.answer_probability(conversation, " Paris", "Answer:")
    fresh = HFModel(str(smollm2_gguf), smol.options)  # not loaded
    again = Runner(AnswerCache(db), GenerationParams()).probability("smol", fresh, conversation, " Paris", "Answer:")
    assert again == first and fresh.loaded_from is None
