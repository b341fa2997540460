"""The SQLite answer cache and its key."""

from __future__ import annotations

import dataclasses
import sqlite3
import warnings
from pathlib import Path

import pytest

from pytest_trustllm.cache import AnswerCache, CacheWarning, answer_key
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
    [
        {"max_new_tokens": 64}, {"temperature": 0.7}, {"top_p": 0.9}, {"seed": 1}, {"stop": ("\n\n",)},
        {"max_sentences": 3},
    ],
    ids=lambda change: next(iter(change)),
)
def test_key_changes_with_each_generation_parameter(change: dict[str, object]):
    assert set(change) <= {f.name for f in dataclasses.fields(GenerationParams)}
    changed = dataclasses.replace(PARAMS, **change)
    assert answer_key("m", CONVERSATION, PARAMS) != answer_key("m", CONVERSATION, changed)


def test_every_generation_parameter_is_in_the_key():
    # A new field in GenerationParams must reach the key (as_dict covers every field; max_sentences only when set,
    # so that keys from before sentence budgets stay valid).
    every = dataclasses.replace(PARAMS, max_sentences=3)
    assert set(every.as_dict()) == {f.name for f in dataclasses.fields(GenerationParams)}


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


# -- a cache file that cannot be used: the run goes on without it, and says so once ----------------


def test_a_read_only_cache_is_left_alone_and_said_once(db: Path):
    cache = AnswerCache(db)
    cache.put_many("m", [("k", "kept")])
    cache.close()
    cache = AnswerCache(db)
    assert cache._db is not None
    cache._db.close()  # as if the file were read-only (root ignores chmod, so open it read-only instead)
    cache._db = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    with pytest.warns(CacheWarning, match="is read-only .*going on without the answer cache: make the file"):
        cache.put_many("m", [("k2", "new")])
    assert cache.get_many(["k"]) == {} and cache.stats()["enabled"] is False
    with warnings.catch_warnings(record=True) as later:
        warnings.simplefilter("always")
        cache.put_many("m", [("k3", "x")])
    assert later == []  # said once: the cache is off for the run
    assert "read-only" in str(cache.problem)
    assert AnswerCache(db).get_many(["k", "k2"]) == {"k": "kept"}  # the file is untouched


def test_a_cache_locked_too_long_is_given_up(db: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(AnswerCache, "lock_timeout", 0.2)
    cache = AnswerCache(db)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.warns(CacheWarning, match="stayed locked by another process for 0.2 s"):
            cache.put_many("m", [("k", "v")])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cache.stats() == {"enabled": False, "problem": cache.problem}


def test_a_damaged_cache_is_set_aside_and_a_fresh_one_started(db: Path):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"\x00garbage" * 512)
    with pytest.warns(CacheWarning, match="set aside as answers.sqlite3.damaged-"):
        cache = AnswerCache(db)
    cache.put_many("m", [("k", "v")])
    assert cache.get_many(["k"]) == {"k": "v"}
    (aside,) = db.parent.glob("answers.sqlite3.damaged-*")
    assert aside.read_bytes() == b"\x00garbage" * 512  # kept for inspection
    cache.close()
