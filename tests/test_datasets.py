"""Loading JSONL case files and choosing the cases of one test."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from support import make_cases, write_jsonl

from pytest_trustllm.datasets import DATA_ROOT, Case, DatasetError, groups, load_cases, resolve_data_path, select


def _write(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_load_prompt_cases(tmp_path: Path):
    path = write_jsonl(tmp_path / "cases.jsonl", [{"id": "a", "prompt": "Hi?", "label": 1}, {"id": 7, "prompt": "Yo"}])
    first, second = load_cases(path)
    assert first.id == "a"
    assert first.messages == ({"role": "user", "content": "Hi?"},)
    assert first.prompt == "Hi?"
    assert first["label"] == 1 and first.get("missing", "x") == "x"
    assert second.id == "7"  # integer ids become strings


def test_blank_lines_are_skipped(tmp_path: Path):
    path = _write(tmp_path / "cases.jsonl", '{"id": "a", "prompt": "one"}', "", "   ", '{"id": "b", "prompt": "two"}')
    assert [c.id for c in load_cases(path)] == ["a", "b"]


def test_system_field_becomes_a_system_message(tmp_path: Path):
    path = write_jsonl(tmp_path / "cases.jsonl", [{"id": "a", "prompt": "Hi", "system": "Be terse."}])
    (case,) = load_cases(path)
    assert case.messages == ({"role": "system", "content": "Be terse."}, {"role": "user", "content": "Hi"})
    assert case.prompt == "Hi"


def test_messages_field(tmp_path: Path):
    messages = [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "First"},
        {"role": "assistant", "content": "Reply"},
        {"role": "user", "content": "Second"},
    ]
    path = write_jsonl(tmp_path / "cases.jsonl", [{"id": "a", "messages": messages}])
    (case,) = load_cases(path)
    assert case.messages == tuple(messages)
    assert case.prompt == "Second"  # the last user message


def test_missing_file(tmp_path: Path):
    path = tmp_path / "nope.jsonl"
    with pytest.raises(DatasetError, match=r"nope\.jsonl: case file not found"):
        load_cases(path)


def test_empty_file(tmp_path: Path):
    path = _write(tmp_path / "empty.jsonl", "", "  ")
    with pytest.raises(DatasetError, match=r"empty\.jsonl: no cases"):
        load_cases(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "b", "prompt": ', r"cases\.jsonl:2: not valid JSON"),
        ('["b", "prompt"]', r"cases\.jsonl:2: expected a JSON object"),
        ('{"prompt": "no id"}', r"cases\.jsonl:2: field 'id' is missing"),
        ('{"id": "", "prompt": "empty id"}', r"cases\.jsonl:2: field 'id' is missing"),
        ('{"id": "b"}', r"cases\.jsonl:2: field 'prompt' is missing or empty"),
        ('{"id": "b", "prompt": "   "}', r"cases\.jsonl:2: field 'prompt' is missing or empty"),
        ('{"id": "b", "prompt": "x", "system": 3}', r"cases\.jsonl:2: field 'system' must be a string"),
        ('{"id": "a", "prompt": "again"}', r"cases\.jsonl:2: duplicate id 'a'"),
    ],
    ids=["bad-json", "not-object", "no-id", "empty-id", "no-prompt", "blank-prompt", "bad-system", "duplicate-id"],
)
def test_malformed_lines_name_file_line_and_field(tmp_path: Path, line: str, message: str):
    path = _write(tmp_path / "cases.jsonl", '{"id": "a", "prompt": "fine"}', line)
    with pytest.raises(DatasetError, match=message):
        load_cases(path)


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user", "content": "Q"}, {"role": "assistant", "content": "A"}],
        [],
        [{"role": "robot", "content": "Q"}],
        [{"role": "user", "content": 3}],
        "just a string",
    ],
    ids=["ends-with-assistant", "empty", "unknown-role", "non-string-content", "not-a-list"],
)
def test_bad_messages(tmp_path: Path, messages: object):
    path = write_jsonl(tmp_path / "cases.jsonl", [{"id": "a", "messages": messages}])
    with pytest.raises(DatasetError, match=r"cases\.jsonl:1: field 'messages' must be .* ending with a user message"):
        load_cases(path)


def test_resolve_data_path():
    assert resolve_data_path("safety/jailbreak.jsonl") == DATA_ROOT / "safety" / "jailbreak.jsonl"
    assert resolve_data_path("/abs/file.jsonl") == Path("/abs/file.jsonl")


# -- groups and select ----------------------------------------------------------------

CASES = tuple(
    Case(r["id"], ({"role": "user", "content": r["prompt"]},), r)
    for r in make_cases(6, "x", kind="b") + make_cases(4, "y", kind="a") + make_cases(2, "z", kind="c")
)


def test_groups_in_order_of_first_appearance():
    assert groups(CASES, "kind") == ["b", "a", "c"]
    assert groups(CASES, "absent") == ["None"]


def test_select_a_group():
    assert [c.id for c in select(CASES, "kind", "a", None)] == ["y0", "y1", "y2", "y3"]
    assert select(CASES, None, None, None) == CASES


def _rank(case_id: str) -> str:
    return hashlib.sha256(case_id.encode()).hexdigest()


def test_sample_takes_the_lowest_hashes_in_file_order():
    chosen = select(CASES, None, None, 5)
    lowest = sorted((c.id for c in CASES), key=_rank)[:5]
    assert {c.id for c in chosen} == set(lowest)
    order = [c.id for c in CASES]
    assert [c.id for c in chosen] == sorted(lowest, key=order.index)


def test_sample_within_a_group():
    chosen = select(CASES, "kind", "b", 3)
    assert len(chosen) == 3
    assert all(c["kind"] == "b" for c in chosen)
    assert {c.id for c in chosen} == set(sorted([f"x{i}" for i in range(6)], key=_rank)[:3])


def test_sample_is_stable_under_reordering_and_additions():
    chosen = {c.id for c in select(CASES, None, None, 4)}
    assert {c.id for c in select(tuple(reversed(CASES)), None, None, 4)} == chosen
    cutoff = max(_rank(i) for i in chosen)
    later = [
        Case(r["id"], ({"role": "user", "content": r["prompt"]},), r)
        for r in make_cases(40, "new")
        if _rank(r["id"]) > cutoff
    ]
    assert later
    assert {c.id for c in select((*later, *CASES), None, None, 4)} == chosen


def test_sample_at_least_the_group_size_takes_all():
    assert select(CASES, "kind", "c", 2) == select(CASES, "kind", "c", None)
    assert len(select(CASES, None, None, 100)) == len(CASES)


def test_loaded_cases_keep_every_field(tmp_path: Path):
    record = {"id": "a", "prompt": "p", "attack": "role_play", "extra": {"nested": [1, 2]}}
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (case,) = load_cases(path)
    assert dict(case.fields) == record
    assert groups(load_cases(path), "attack") == ["role_play"]


def test_sampling_by_unit_keeps_whole_units() -> None:
    cases = tuple(
        Case(f"g{g}-{k}", ({"role": "user", "content": f"q{g}{k}"},), {"id": f"g{g}-{k}", "group": f"g{g}"})
        for g in range(10)
        for k in range(3)
    )
    chosen = select(cases, None, None, 4, unit="group")
    units = {c["group"] for c in chosen}
    assert len(units) == 4 and len(chosen) == 12  # four whole groups, all three paraphrases each
    assert select(tuple(reversed(cases)), None, None, 4, unit="group") == tuple(reversed(chosen))
