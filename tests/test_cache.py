"""The SQLite answer cache and its key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pytest_trustllm.cache import AnswerCache, answer_key
from pytest_trustllm.models.base import GenerationParams

CONVERSATION = ({"role": "user", "content": "How do tides work?"},)
PARAMS = GenerationParams()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "answers.sqlite3"


def test_round_trip(db: Path):
    cache = AnswerCache(db)
    try:
        assert cache.get_many(["k1", "k2"]) == {}
        cache.put_many("m", [("k1", "one"), ("k2", "two ünïcode")])
        assert cache.get_many(["k1", "k2", "k3"]) == {"k1": "one", "k2": "two ünïcode"}
        cache.put_many("m", [("k1", "replaced")])
        assert cache.get_many(["k1"]) == {"k1": "replaced"}
        assert cache.stats() == {"enabled": True, "path": str(db), "answers": 2}
    finally:
        cache.close()
    assert db.is_file()  # the parent folder was created


def test_answers_persist_across_instances(db: Path):
    first = AnswerCache(db)
    first.put_many("m", [("k", "kept")])
    first.close()
    second = AnswerCache(db)
    try:
        assert second.get_many(["k"]) == {"k": "kept"}
    finally:
        second.close()


def test_many_keys_at_once(db: Path):
    cache = AnswerCache(db)
    try:
        items = [(f"k{i}", f"a{i}") for i in range(1200)]  # more than one query's parameter chunk
        cache.put_many("m", items)
        assert cache.get_many([k for k, _ in items]) == dict(items)
    finally:
        cache.close()


def test_none_path_disables_the_cache(tmp_path: Path):
    cache = AnswerCache(None)
    cache.put_many("m", [("k", "v")])
    assert cache.get_many(["k"]) == {}
    assert cache.stats() == {"enabled": False}
    cache.close()
    assert list(tmp_path.iterdir()) == []


def test_close_twice_is_harmless(db: Path):
    cache = AnswerCache(db)
    cache.close()
    cache.close()


# -- the key ---------------------------------------------------------------------------


def test_key_is_deterministic():
    assert answer_key("fake:refuse", CONVERSATION, PARAMS) == answer_key("fake:refuse", list(CONVERSATION), PARAMS)
    assert len(answer_key("fake:refuse", CONVERSATION, PARAMS)) == 64


def test_key_changes_with_identity():
    assert answer_key("hf:/a:abc", CONVERSATION, PARAMS) != answer_key("hf:/a:abd", CONVERSATION, PARAMS)


@pytest.mark.parametrize(
    "other",
    [
        ({"role": "user", "content": "How do tides work"},),
        ({"role": "system", "content": "Be terse."}, {"role": "user", "content": "How do tides work?"}),
        ({"role": "assistant", "content": "How do tides work?"},),
    ],
    ids=["content", "extra-system", "role"],
)
def test_key_changes_with_messages(other: tuple[dict[str, str], ...]):
    assert answer_key("m", CONVERSATION, PARAMS) != answer_key("m", other, PARAMS)


@pytest.mark.parametrize(
    "change",
    [{"max_new_tokens": 64}, {"temperature": 0.7}, {"top_p": 0.9}, {"seed": 1}, {"stop": ("\n\n",)}],
    ids=lambda change: next(iter(change)),
)
def test_key_changes_with_each_generation_parameter(change: dict[str, object]):
    assert set(change) <= {f.name for f in dataclasses.fields(GenerationParams)}
    changed = dataclasses.replace(PARAMS, **change)
    assert answer_key("m", CONVERSATION, PARAMS) != answer_key("m", CONVERSATION, changed)


def test_every_generation_parameter_is_in_the_key():
    # A new field in GenerationParams must reach the key (as_dict covers every field).
    assert set(PARAMS.as_dict()) == {f.name for f in dataclasses.fields(GenerationParams)}


def test_workers_opening_a_new_cache_together_all_get_it(tmp_path: Path) -> None:
    """xdist workers open the same fresh file at once; switching it to WAL must not fail any of them."""
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "answers.sqlite3"

    def open_and_write(i: int) -> None:
        cache = AnswerCache(path)
        cache.put_many("m", [(f"k{i}", f"a{i}")])
        cache.close()

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(open_and_write, range(16)))
    cache = AnswerCache(path)
    assert cache.get_many([f"k{i}" for i in range(16)]) == {f"k{i}": f"a{i}" for i in range(16)}
    cache.close()
