"""The transformers sequence-classification backend on a tiny BERT built here (random weights, real loader).

The checkpoint is written by ``save_pretrained`` with a word-level tokenizer trained on a
few sentences, so everything runs offline in a couple of seconds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tiny_classifier import LABELS, MAX_POSITIONS, SENTENCES, build_checkpoint, build_model, build_tokenizer

from pytest_trustllm.models.base import ModelError, ModelOptions
from pytest_trustllm.models.hf_classifier import HFClassifier

TEXTS = [
    "I cannot help with that",
    "Sure, here is how",
    "Paris",
    "The flour and the water and the capital of France, step by step, then bake it",
    "words the tokenizer never saw",
    "",
    "I am not able to answer, it could hurt someone",
]


@pytest.fixture(scope="session")
def checkpoint(tiny_classifier: Path) -> Path:
    return tiny_classifier


@pytest.fixture(scope="module")
def classifier(checkpoint: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HFClassifier]:
    clf = HFClassifier(str(checkpoint), ModelOptions(cache_dir=str(tmp_path_factory.mktemp("cache")), device="cpu"))
    yield clf
    clf.close()


def copy_of(checkpoint: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(checkpoint, tmp_path / "copy"))


def edit_config(folder: Path, **changes: Any) -> None:
    config = json.loads((folder / "config.json").read_text())
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    (folder / "config.json").write_text(json.dumps(config))


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={**os.environ, **env}
    )


# -- without loading ---------------------------------------------------------------------------


def test_import_construct_identity_and_labels_import_no_torch(checkpoint: Path) -> None:
    code = f"""
import sys
from pytest_trustllm.models.base import ModelOptions
from pytest_trustllm.models.hf_classifier import HFClassifier
clf = HFClassifier({str(checkpoint)!r}, ModelOptions())
print(clf.identity)
print(",".join(clf.labels))
loaded = sorted(m for m in ("torch", "transformers") if m in sys.modules)
assert not loaded, loaded
"""
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    identity, labels = done.stdout.split()
    assert identity == HFClassifier(str(checkpoint), ModelOptions()).identity
    assert labels == ",".join(LABELS)


def test_constructing_loads_nothing_and_loads_once(checkpoint: Path, tmp_path: Path) -> None:
    clf = HFClassifier(str(checkpoint), ModelOptions(cache_dir=str(tmp_path)))
    assert clf._model is None and clf.loaded_from is None
    assert clf.classify([]) == []
    assert clf._model is None, "an empty input must not load the model"
    first = clf.classify(TEXTS[:2])
    model = clf._model
    assert model is not None and clf.loaded_from == str(checkpoint.resolve())
    assert clf.classify(TEXTS[:2]) == first
    assert clf._model is model, "loaded once per instance"
    clf.close()
    assert clf._model is None
    assert clf.classify(TEXTS[:2]) == first  # loads again after close
    clf.close()


def test_identity_is_stable_and_follows_the_weights(checkpoint: Path, tmp_path: Path) -> None:
    folder = copy_of(checkpoint, tmp_path)
    options = ModelOptions(cache_dir=str(tmp_path / "cache"))
    first = HFClassifier(str(folder), options).identity
    prefix, digest = first.rsplit(":", 1)
    assert prefix == "hf:local" and re.fullmatch(r"[0-9a-f]{64}", digest)  # not the path: clones share it
    assert HFClassifier(str(folder), options).identity == first
    assert HFClassifier(str(folder), ModelOptions()).identity == first  # the memo only saves hashing
    memo = json.loads((tmp_path / "cache" / "hf-digests.json").read_text())
    assert len(memo) == 4  # config.json, model.safetensors, tokenizer.json, tokenizer_config.json
    assert HFClassifier(str(copy_of(checkpoint, tmp_path / "another-clone")), options).identity == first

    (folder / "README.md").write_text("a model card is not part of the digest")
    assert HFClassifier(str(folder), options).identity == first
    build_model(len(build_tokenizer()), seed=1).save_pretrained(folder)  # new weights, same config
    changed = HFClassifier(str(folder), options).identity
    assert changed != first and changed.startswith("hf:local:")

    # float32 is how "auto" runs; another dtype changes the probabilities, so it is in the key.
    assert HFClassifier(str(folder), ModelOptions(dtype="float32")).identity == changed
    assert HFClassifier(str(folder), ModelOptions(dtype="bfloat16")).identity == f"{changed}:bfloat16"


def test_hub_ids_name_their_revision() -> None:
    unpinned = HFClassifier("LibrAI/longformer-harmful-ro", ModelOptions())
    assert unpinned.identity == "hf:LibrAI/longformer-harmful-ro@main"
    pinned = HFClassifier("LibrAI/longformer-harmful-ro@3f8e2a1", ModelOptions())
    assert (pinned.where.repo_id, pinned.where.revision) == ("LibrAI/longformer-harmful-ro", "3f8e2a1")
    assert pinned.identity == "hf:LibrAI/longformer-harmful-ro@3f8e2a1"


def test_labels_are_read_from_config_json(checkpoint: Path, tmp_path: Path) -> None:
    assert HFClassifier(str(checkpoint), ModelOptions()).labels == LABELS
    folder = copy_of(checkpoint, tmp_path)
    edit_config(folder, id2label={"1": "b", "0": "a", "10": "k", "2": "c"}, label2id=None)
    assert HFClassifier(str(folder), ModelOptions()).labels == ("a", "b", "c", "k")  # by id, not as written
    # transformers leaves default labels out of config.json: LABEL_<i> for num_labels, 2 by default.
    edit_config(folder, id2label=None, label2id=None, num_labels=3)
    assert HFClassifier(str(folder), ModelOptions()).labels == ("LABEL_0", "LABEL_1", "LABEL_2")
    edit_config(folder, num_labels=None)
    assert HFClassifier(str(folder), ModelOptions()).labels == ("LABEL_0", "LABEL_1")


# -- classification --------------------------------------------------------------------------


def test_one_label_and_probability_per_text(classifier: HFClassifier) -> None:
    results = classifier.classify(TEXTS)
    assert len(results) == len(TEXTS)
    for label, prob in results:
        assert label in LABELS
        assert isinstance(prob, float) and 1 / len(LABELS) <= prob <= 1.0  # the top of a softmax
    assert len({prob for _, prob in results}) > 1, "the random weights should tell the texts apart"
    assert classifier.labels == LABELS
    assert classifier.classify(TEXTS) == results


def test_agrees_with_the_transformers_pipeline(classifier: HFClassifier, checkpoint: Path) -> None:
    import transformers

    pipe = transformers.pipeline("text-classification", model=str(checkpoint), device="cpu")
    reference = pipe(TEXTS)
    for (label, prob), expected in zip(classifier.classify(TEXTS), reference, strict=True):
        assert label == expected["label"]
        assert prob == pytest.approx(expected["score"], abs=1e-5)


def test_batching_does_not_change_results(classifier: HFClassifier, checkpoint: Path) -> None:
    texts = TEXTS * 2  # 14 texts of different lengths: 4 chunks of 4, padded differently
    one_by_one = classifier.classify(texts, batch_size=1)
    by_four = classifier.classify(texts, batch_size=4)
    by_default = classifier.classify(texts)  # one batch of 14
    from_options = HFClassifier(str(checkpoint), ModelOptions(device="cpu", batch_size=3)).classify(texts)
    for other in (by_four, by_default, from_options):
        assert [label for label, _ in other] == [label for label, _ in one_by_one]
        assert [prob for _, prob in other] == pytest.approx([prob for _, prob in one_by_one], abs=1e-5)


def test_long_texts_are_truncated_to_the_model_length(classifier: HFClassifier) -> None:
    long = " ".join(SENTENCES * 10)  # ~400 tokens; the model has 32 positions
    longer = long + " " + " ".join(reversed(SENTENCES)) * 10
    (long_result, longer_result, short_result) = classifier.classify([long, longer, "Paris"])
    assert classifier._max_length == MAX_POSITIONS
    # Only the first 32 tokens count, and both texts share them.
    assert long_result[0] == longer_result[0]
    assert long_result[1] == pytest.approx(longer_result[1], abs=1e-6)
    assert classifier.classify([long], batch_size=1)[0][1] == pytest.approx(long_result[1], abs=1e-5)
    assert short_result == classifier.classify(["Paris"])[0]


def test_the_tokenizer_limit_applies_when_smaller(checkpoint: Path, tmp_path: Path) -> None:
    folder = copy_of(checkpoint, tmp_path)
    tokenizer_config = json.loads((folder / "tokenizer_config.json").read_text())
    (folder / "tokenizer_config.json").write_text(json.dumps({**tokenizer_config, "model_max_length": 8}))
    clf = HFClassifier(str(folder), ModelOptions(device="cpu"))
    same_start = ["I cannot help with that request Paris", "I cannot help with that request step by step"]
    first, second = clf.classify(same_start)  # 8 tokens: [CLS] + 6 shared words + [SEP]
    assert clf._max_length == 8
    assert first[0] == second[0] and first[1] == pytest.approx(second[1], abs=1e-6)
    clf.close()


def test_a_str_is_not_a_list_of_texts(classifier: HFClassifier) -> None:
    with pytest.raises(TypeError, match="sequence of texts"):
        classifier.classify("one text")  # a str is a Sequence[str]: the mistake type checkers miss


# -- errors ------------------------------------------------------------------------------------


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-classifier"
    with pytest.raises(ModelError, match=re.escape(str(missing))):
        HFClassifier(str(missing), ModelOptions())


def test_folder_without_config_json_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights without a config")
    with pytest.raises(ModelError, match=re.escape(str(tmp_path.resolve())) + r".*config\.json"):
        HFClassifier(str(tmp_path), ModelOptions())
    (tmp_path / "model.Q4_0.gguf").write_bytes(b"GGUF")  # a folder's GGUF file is not used either
    with pytest.raises(ModelError, match=r"config\.json"):
        HFClassifier(str(tmp_path), ModelOptions())


def test_gguf_is_an_error(tmp_path: Path) -> None:
    gguf = tmp_path / "model.Q4_0.gguf"
    gguf.write_bytes(b"GGUF")
    with pytest.raises(ModelError, match=re.escape(str(gguf)) + r".*\.gguf"):
        HFClassifier(str(gguf), ModelOptions())
    with pytest.raises(ModelError, match=r"absent\.gguf"):
        HFClassifier("./absent.gguf", ModelOptions())


def test_a_file_is_not_a_checkpoint(checkpoint: Path) -> None:
    with pytest.raises(ModelError, match=re.escape(str(checkpoint / "config.json")) + ".*checkpoint folder"):
        HFClassifier(str(checkpoint / "config.json"), ModelOptions())


def test_a_model_without_a_classification_head_is_an_error(tmp_path: Path) -> None:
    folder = build_checkpoint(tmp_path / "mlm", head="BertForMaskedLM")
    with pytest.raises(ModelError, match=r"BertForMaskedLM checkpoint, not a sequence classifier"):
        HFClassifier(str(folder), ModelOptions(device="cpu")).classify(["Paris"])
    # Without architectures in config.json, the head's weights are found missing on load.
    edit_config(folder, architectures=None)
    with pytest.raises(ModelError, match=r"lacks weights .*classifier\.weight"):
        HFClassifier(str(folder), ModelOptions(device="cpu")).classify(["Paris"])


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("garbage weights", r"cannot load hf classifier .*model\.safetensors or pytorch_model\.bin"),
        ("no weights", r"cannot load hf classifier .*model\.safetensors"),
        ("no tokenizer", r"tokenizer .* has no vocabulary"),
        ("bad config", r"cannot read the config of hf classifier .*config\.json"),
        ("unknown model type", r"cannot read the config of hf classifier .*no-such-architecture"),
    ],
)
def test_unreadable_checkpoints_are_model_errors(checkpoint: Path, tmp_path: Path, damage: str, message: str) -> None:
    folder = copy_of(checkpoint, tmp_path)
    if damage == "garbage weights":
        (folder / "model.safetensors").write_bytes(b"not a safetensors file")
    elif damage == "no weights":
        (folder / "model.safetensors").unlink()
    elif damage == "no tokenizer":
        (folder / "tokenizer.json").unlink()
        (folder / "tokenizer_config.json").unlink()
    elif damage == "bad config":
        (folder / "config.json").write_text("{not json")
    else:
        edit_config(folder, model_type="no-such-architecture", architectures=None)
    clf = HFClassifier(str(folder), ModelOptions(device="cpu"))  # construction checks paths only
    with pytest.raises(ModelError, match=message) as raised:
        clf.classify(["Paris"])
    assert str(folder.resolve()) in str(raised.value)
    if damage == "bad config":
        with pytest.raises(ModelError, match=re.escape(str(folder / "config.json"))):
            _ = clf.labels


def test_an_unreachable_hub_id_is_a_model_error(tmp_path: Path) -> None:
    # Offline with an empty hub cache: fails at once (online, the id does not exist).
    code = """
from pytest_trustllm.models.base import ModelError, ModelOptions
from pytest_trustllm.models.hf_classifier import HFClassifier
clf = HFClassifier("pytest-trustllm-tests/no-such-classifier@v1", ModelOptions(device="cpu"))
for use in (lambda: clf.labels, lambda: clf.classify(["Paris"])):
    try:
        use()
    except ModelError as exc:
        print(str(exc).replace("\\n", " "))
    else:
        raise SystemExit("no ModelError")
"""
    done = run_python(code, HF_HUB_OFFLINE="1", HF_HOME=str(tmp_path / "hf-home"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2
    for line in lines:
        assert "pytest-trustllm-tests/no-such-classifier@v1" in line
        assert "HF_HUB_OFFLINE=1" in line  # says what to do
