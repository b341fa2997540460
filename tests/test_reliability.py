"""Every bad input we tried, as a hostile user would, with the message and exit code it gets.

:data:`ROWS` is the one table: each row is a pytester run (in its own folder, with its files,
options and environment), checked for its exit code, for its message and for the absence of
any traceback; a representative dozen also run under ``pytest -n 2``. RELIABILITY.md's table is
generated from it (``python tests/test_reliability.py``), and a test keeps the two equal.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from support import REPO, assert_usage_error, cache_dir, make_cases, run, write_jsonl

from pytest_trustllm.cache import AnswerCache

USAGE, OK = pytest.ExitCode.USAGE_ERROR, pytest.ExitCode.OK
SUITE = "test_suite.py"
CASES = "cases.jsonl"


def suite(mark: str = "") -> str:
    """A trust test module whose mark is ``dimension``, ``subcategory``, ``data``, ``mark`` (and thresholds)."""
    if "thresholds" not in mark:
        mark = ", ".join(filter(None, [mark, "thresholds={'refusal_rate': '>= 0.5'}"]))
    arguments = f"dimension='safety', subcategory='sub', data='{CASES}', {mark}"
    return textwrap.dedent(
        f"""\
        import pytest
        from pytest_trustllm import refusal

        @pytest.mark.trust({arguments})
        def test_suite(answers, trust):
            trust.rate("refusal_rate", answers, refusal)
        """
    )


def bare_suite(mark: str) -> str:
    """A trust test module with exactly ``mark`` as the mark's arguments."""
    return suite().replace(f"dimension='safety', subcategory='sub', data='{CASES}', ", f"{mark}, ")


def sqlite_file(setup: str) -> Callable[[Path], None]:
    """A cache file made by running ``setup`` (SQL) on a new database."""

    def make(path: Path) -> None:
        db = sqlite3.connect(path)
        db.executescript(setup)
        db.commit()
        db.close()

    return make


def truncated_cache(path: Path) -> None:
    """A real answer cache cut to a third of its size (a full disk, a killed copy)."""
    cache = AnswerCache(path)
    cache.put_many("m", [(f"k{i}", "an answer " * 200) for i in range(200)])
    cache.close()
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(data[: len(data) // 3])


@dataclass(frozen=True)
class Row:
    """One bad input: where it goes, how it is given, and what the run must answer."""

    area: str
    bad: str  # the input, as RELIABILITY.md shows it
    expect: tuple[str, ...]  # fragments of the message, in order of importance (the first is shown)
    args: tuple[str, ...] = ()
    files: Mapping[str, str | bytes] = field(default_factory=dict)
    make: Mapping[str, Callable[[Path], None]] = field(default_factory=dict)  # files made by a function
    env: Mapping[str, str | None] = field(default_factory=dict)  # None: unset
    model: str | None = "fake:refuse"
    exit: pytest.ExitCode = USAGE
    xdist: bool = False  # also run under -n 2

    @property
    def id(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{self.area} {self.bad}".lower()).strip("-")[:80]


ONLY_INI = ("-c", "pytest.ini")
"""pytest reads pyproject.toml itself (and crashes on a malformed [tool]) unless -c names its ini file."""
NOT_UTF8 = b"\xff\xfe not utf-8 \xe9t\xe9\n"

ROWS: tuple[Row, ...] = (
    # -- model specs -------------------------------------------------------------------------------
    Row("model spec", "`openai:qwen@localhost:8000/v1` (no scheme)",
        ("looks like a server address without http:// or https://", "openai:qwen@http://localhost:8000/v1"),
        args=("--model=openai:qwen@localhost:8000/v1",), model=None, xdist=True),
    Row("model spec", "`openai:qwen@10.0.0.2:8000` (no scheme)", ("openai:qwen@http://10.0.0.2:8000",),
        args=("--model=openai:qwen@10.0.0.2:8000",), model=None),
    Row("model spec", "`anthropic:claude@proxy.example.com/v1` (no scheme)",
        ("anthropic:claude@http://proxy.example.com/v1",),
        args=("--model=anthropic:claude@proxy.example.com/v1",), model=None),
    Row("model spec", "`openai:qwen@ftp://host/v1` (unsupported scheme)", ("unsupported URL scheme 'ftp'",),
        args=("--model=openai:qwen@ftp://host/v1",), model=None, xdist=True),
    Row("model spec", "`openai:@http://127.0.0.1:9/v1` (empty model name)", ("no model name; write openai:MODEL",),
        args=("--model=openai:@http://127.0.0.1:9/v1",), model=None),
    Row("model spec", "`openai:qwen@http://` (no host)", ("malformed base URL 'http://'",),
        args=("--model=openai:qwen@http://",), model=None),
    Row("model spec", "`openai:qwen@http://host:port/v1` (port not a number)", ("malformed base URL", "Port"),
        args=("--model=openai:qwen@http://host:port/v1",), model=None),
    Row("model spec", "`openai:qwen@http://local host/v1` (space in the URL)", ("malformed base URL",),
        args=("--model=openai:qwen@http://local host/v1",), model=None),
    Row("model spec", "`openai:qwen@http://user:pw@host/v1` (credentials in the URL)",
        ("a base URL cannot carry user:password@",), args=("--model=openai:qwen@http://user:pw@host/v1",), model=None),
    Row("model spec", "`OPENAI_BASE_URL=localhost:8000/v1` (no scheme)",
        ("OPENAI_BASE_URL=localhost:8000/v1", "must start with http:// or https://"),
        args=("--model=openai:qwen",), env={"OPENAI_BASE_URL": "localhost:8000/v1"}, model=None),
    Row("model spec", "`openai:gpt-4o` without OPENAI_API_KEY (reported once)",
        ("no API key; set OPENAI_API_KEY",), args=("--model=openai:gpt-4o", "--trust-no-cache"),
        env={"OPENAI_API_KEY": None, "OPENAI_BASE_URL": None}, model=None, xdist=True),
    Row("model spec", "`--model=nosuch:thing` (unknown scheme)", ("--model nosuch:thing: unknown model",),
        args=("--model=nosuch:thing",), model=None, xdist=True),
    Row("model spec", "`--model=hf:./missing` (no such checkpoint)", ("hf model path does not exist",),
        args=("--model=hf:./missing",), model=None),
    Row("model spec", "`--model=fake:missing.jsonl` (no rules file)", ("no such rules file",),
        args=("--model=fake:missing.jsonl",), model=None),
    Row("model spec", "`--model=fake:rules.jsonl` with non-UTF-8 bytes", ("rules.jsonl:1: not UTF-8 text",),
        args=("--model=fake:rules.jsonl",), files={"rules.jsonl": NOT_UTF8}, model=None),
    Row("model spec", "`--model=fake:rules.jsonl` with a line that is not JSON", ("rules.jsonl:1: bad rule",),
        args=("--model=fake:rules.jsonl",), files={"rules.jsonl": "{not json\n"}, model=None),
    Row("model spec", "`--model=` (empty)", ("--model must not be empty",), args=("--model=",), model=None),
    Row("model spec", "aliases that form a loop (`a: b`, `b: a`)", ("model aliases form a loop: a -> b -> a",),
        args=("--model=a",), files={"trustllm.yaml": "models: {a: b, b: a}\n"}, model=None),
    Row("model spec", "`--judge=openai:j@localhost:1/v1` (judge without a scheme)",
        ("openai:j@http://localhost:1/v1",), args=("--judge=openai:j@localhost:1/v1",), xdist=True),
    # -- command-line values -----------------------------------------------------------------------
    Row("CLI value", "`--trust-sample=0`", ("--trust-sample must be at least 1, got 0",), args=("--trust-sample=0",)),
    Row("CLI value", "`--trust-sample=1.5`", ("--trust-sample must be an integer at least 1",),
        args=("--trust-sample=1.5",)),
    Row("CLI value", "`--trust-sample=nan`", ("--trust-sample must be an integer at least 1, got 'nan'",),
        args=("--trust-sample=nan",)),
    Row("CLI value", "`--trust-timeout=nan`", ("--trust-timeout must be a number at least 0.1 and at most 3600",),
        args=("--trust-timeout=nan",), xdist=True),
    Row("CLI value", "`--trust-timeout=inf`", ("--trust-timeout must be a number at least 0.1", "'inf'"),
        args=("--trust-timeout=inf",)),
    Row("CLI value", "`--trust-timeout=-1`", ("--trust-timeout must be at least 0.1 and at most 3600, got -1",),
        args=("--trust-timeout=-1",)),
    Row("CLI value", "`--trust-timeout=1e9` (absurd)", ("--trust-timeout must be at least 0.1 and at most 3600",),
        args=("--trust-timeout=1e9",)),
    Row("CLI value", "`--trust-rate-limit=0`", ("--trust-rate-limit must be at least 0.001 and at most 10000",),
        args=("--trust-rate-limit=0",)),
    Row("CLI value", "`--trust-rate-limit=1e12` (absurd)", ("--trust-rate-limit must be at least 0.001",),
        args=("--trust-rate-limit=1e12",)),
    Row("CLI value", "`--trust-concurrency=100000`", ("--trust-concurrency must be at least 1 and at most 1024",),
        args=("--trust-concurrency=100000",)),
    Row("CLI value", "`--trust-max-tokens=0`", ("--trust-max-tokens must be at least 1",),
        args=("--trust-max-tokens=0",)),
    Row("CLI value", "`--trust-max-tokens=true`", ("--trust-max-tokens must be an integer at least 1",),
        args=("--trust-max-tokens=true",)),
    Row("CLI value", "`--trust-batch-size=1e3` (a float)", ("--trust-batch-size must be an integer",),
        args=("--trust-batch-size=1e3",)),
    Row("CLI value", "`--trust-decision=loose`", ("--trust-decision must be one of lenient, point, strict",),
        args=("--trust-decision=loose",)),
    Row("CLI value", "`--trust-config=missing.yaml`", ("--trust-config missing.yaml: file not found",),
        args=("--trust-config=missing.yaml",)),
    Row("CLI value", "`--trust-data=/nonexistent`", ("--trust-data /nonexistent: no such folder",),
        args=("--trust-data=/nonexistent",)),
    # -- settings files ----------------------------------------------------------------------------
    Row("settings", "YAML syntax error", ("trustllm.yaml:2: not valid YAML",),
        files={"trustllm.yaml": "sample: 2\n  bad: [indent\n"}, xdist=True),
    Row("settings", "non-UTF-8 bytes in trustllm.yaml", ("trustllm.yaml:1: not UTF-8 text (byte 0xff)",),
        files={"trustllm.yaml": b"sample: 2 \xff\n"}),
    Row("settings", "a list instead of a mapping", ("expected a mapping of settings, got list",),
        files={"trustllm.yaml": "- sample\n"}),
    Row("settings", "misspelt key `thresold`", ("unknown setting 'thresold' (did you mean 'thresholds'?)",),
        files={"trustllm.yaml": "thresold: {}\n"}),
    Row("settings", "`timeout: .nan`", ("timeout must be a number at least 0.1 and at most 3600, got nan",),
        files={"trustllm.yaml": "timeout: .nan\n"}),
    Row("settings", "`timeout: .inf`", ("timeout must be a number at least 0.1 and at most 3600, got inf",),
        files={"trustllm.yaml": "timeout: .inf\n"}),
    Row("settings", "`timeout: true` (a boolean)", ("timeout must be a number at least 0.1", "got True"),
        files={"trustllm.yaml": "timeout: true\n"}),
    Row("settings", "`timeout: 1000000` (absurd)", ("timeout must be a number at least 0.1 and at most 3600",),
        files={"trustllm.yaml": "timeout: 1000000\n"}),
    Row("settings", "`rate_limit: {fake:refuse: 0}`", ("rate_limit.fake:refuse must be a number at least 0.001",),
        files={"trustllm.yaml": "rate_limit: {'fake:refuse': 0}\n"}),
    Row("settings", "`concurrency: true`", ("concurrency must be an integer at least 1", "got True"),
        files={"trustllm.yaml": "concurrency: true\n"}),
    Row("settings", "`error_tolerance: 1.5`", ("error_tolerance must be a number at least 0 and at most 1",),
        files={"trustllm.yaml": "error_tolerance: 1.5\n"}),
    Row("settings", "`max_retries: 1000`", ("max_retries must be an integer at least 0 and at most 100",),
        files={"trustllm.yaml": "max_retries: 1000\n"}),
    Row("settings", "`generation: {temperature: .inf}`", ("generation.temperature must be a number at least 0",),
        files={"trustllm.yaml": "generation: {temperature: .inf}\n"}),
    Row("settings", "`generation: {top_p: 2}`", ("generation.top_p must be a number at least 0 and at most 1",),
        files={"trustllm.yaml": "generation: {top_p: 2}\n"}),
    Row("settings", "`generation: {max_new_tokens: 0}`", ("generation.max_new_tokens must be an integer at least 1",),
        files={"trustllm.yaml": "generation: {max_new_tokens: 0}\n"}),
    Row("settings", "threshold 1.5 for a rate", ("thresholds.sub.refusal_rate: >= 1.5 is outside what refusal_rate",
                                                  "(0 to 1)"),
        files={"trustllm.yaml": "thresholds: {sub: {refusal_rate: 1.5}}\n"}, xdist=True),
    Row("settings", "threshold `'<= -1'` for a rate", ("<= -1 is outside what refusal_rate can reach (0 to 1)",),
        files={"trustllm.yaml": "thresholds: {sub: {refusal_rate: '<= -1'}}\n"}),
    Row("settings", "threshold `'>= nan'`", ("thresholds.sub.refusal_rate: threshold '>= nan' must read",),
        files={"trustllm.yaml": "thresholds: {sub: {refusal_rate: '>= nan'}}\n"}),
    Row("settings", "threshold `true`", ("thresholds.sub.refusal_rate must be a number",),
        files={"trustllm.yaml": "thresholds: {sub: {refusal_rate: true}}\n"}),
    Row("settings", "threshold for a misspelt subcategory `subb`",
        ("thresholds.subb: no test has this subcategory; did you mean 'sub'?",),
        files={"trustllm.yaml": "thresholds: {subb: {refusal_rate: 0.9}}\n"}, xdist=True),
    Row("settings", "threshold for an unknown metric", ("thresholds.sub.refusl_rate: unknown metric",),
        files={"trustllm.yaml": "thresholds: {sub: {refusl_rate: 0.9}}\n"}, xdist=True),
    Row("settings", "a number as a key (`models: {1: fake:refuse}`)", ("models: key 1 is a int, not a name",),
        files={"trustllm.yaml": "models: {1: 'fake:refuse'}\n"}),
    Row("settings", "`yes:` read by YAML as a boolean key", ("thresholds.sub: key True is a bool, not a name",),
        files={"trustllm.yaml": "thresholds:\n  sub:\n    yes: 0.9\n"}),
    Row("settings", "`api_key_env: {openai: 5}`", ("api_key_env.openai must be an environment variable name",),
        files={"trustllm.yaml": "api_key_env: {openai: 5}\n"}),
    Row("settings", "`cache_dir: 5`", ("cache_dir must be a str, got 5",), files={"trustllm.yaml": "cache_dir: 5\n"}),
    Row("settings", "pyproject.toml: `tool = 1` (malformed [tool])", ("pyproject.toml: 'tool' must be a table",),
        files={"pyproject.toml": "tool = 1\n", "pytest.ini": "[pytest]\n"}, args=ONLY_INI),
    Row("settings", "pyproject.toml that is not TOML", ("pyproject.toml: not valid TOML",),
        files={"pyproject.toml": "[tool.trustllm\n", "pytest.ini": "[pytest]\n"}, args=ONLY_INI),
    Row("settings", "pyproject.toml with non-UTF-8 bytes", ("pyproject.toml:2: not UTF-8 text",),
        files={"pyproject.toml": b"[tool.trustllm]\nsample = 2 # \xe9\n", "pytest.ini": "[pytest]\n"}, args=ONLY_INI),
    Row("settings", "`[tool.trustllm] sample = \"two\"`", ("[tool.trustllm]: sample must be an integer at least 1",),
        files={"pyproject.toml": "[tool.trustllm]\nsample = \"two\"\n", "pytest.ini": "[pytest]\n"}, args=ONLY_INI),
    # -- case files --------------------------------------------------------------------------------
    Row("case file", "non-UTF-8 bytes", ("cases.jsonl:2: not UTF-8 text (byte 0xe9)",),
        files={CASES: b'{"id": "a", "prompt": "p"}\n{"id": "b", "prompt": "caf\xe9"}\n'}, xdist=True),
    Row("case file", "a line that is not JSON", ("cases.jsonl:2: not valid JSON",),
        files={CASES: '{"id": "a", "prompt": "p"}\n{"id": "b",\n'}, xdist=True),
    Row("case file", "a case without an id", ("cases.jsonl:1: field 'id' is missing",),
        files={CASES: '{"prompt": "p"}\n'}),
    Row("case file", "two cases with one id", ("cases.jsonl:2: duplicate id 'a'",),
        files={CASES: '{"id": "a", "prompt": "p"}\n{"id": "a", "prompt": "q"}\n'}),
    Row("case file", "no cases (empty file)", ("cases.jsonl: no cases",), files={CASES: "\n"}),
    Row("case file", "an empty prompt", ("cases.jsonl:1: field 'prompt' is missing or empty",),
        files={CASES: '{"id": "a", "prompt": "  "}\n'}),
    Row("case file", "a JSON array instead of an object", ("cases.jsonl:1: expected a JSON object",),
        files={CASES: '[1, 2]\n'}),
    Row("case file", "messages that end with the assistant", ("field 'messages' must be a list",),
        files={CASES: '{"id": "a", "messages": [{"role": "assistant", "content": "hi"}]}\n'}),
    Row("case file", "a file that does not exist", ("nope.jsonl: case file not found",),
        files={SUITE: suite().replace(CASES, "nope.jsonl")}, xdist=True),
    Row("case file", "`group_by` a field no case has", ("group_by='lang', but no case in cases.jsonl has that field",),
        files={SUITE: suite("group_by='lang'")}),
    # -- trust marker arguments --------------------------------------------------------------------
    Row("marker", "`thresholds=[...]` (a list)", ("@pytest.mark.trust(thresholds=...) must map metric names",),
        files={SUITE: suite("thresholds=['>= 0.9']")}, xdist=True),
    Row("marker", "`data=123`", ("@pytest.mark.trust(data=...) must be a file name", "got 123"),
        files={SUITE: bare_suite("dimension='safety', subcategory='sub', data=123")}),
    Row("marker", "`group_by=['lang']`", ("@pytest.mark.trust(group_by=...) must name one case field",),
        files={SUITE: suite("group_by=['lang']")}),
    Row("marker", "`unit=5`", ("@pytest.mark.trust(unit=...) must name one case field, got 5",),
        files={SUITE: suite("unit=5")}),
    Row("marker", "no `dimension`", ("@pytest.mark.trust needs dimension='...'",),
        files={SUITE: bare_suite(f"subcategory='sub', data='{CASES}'")}),
    Row("marker", "a positional argument", ("@pytest.mark.trust takes keywords",),
        files={SUITE: bare_suite(f"'safety', subcategory='sub', data='{CASES}'")}),
    Row("marker", "a misspelt keyword `threshold=`", ("@pytest.mark.trust takes keywords",),
        files={SUITE: suite("threshold={'refusal_rate': '>= 0.9'}")}),
    Row("marker", "threshold `'>= 1.5'` for a rate", (">= 1.5 is outside what refusal_rate can reach (0 to 1)",),
        files={SUITE: suite("thresholds={'refusal_rate': '>= 1.5'}")}),
    Row("marker", "threshold `'> 0.9'`", ("threshold '> 0.9' must read '>= NUMBER' or '<= NUMBER'",),
        files={SUITE: suite("thresholds={'refusal_rate': '> 0.9'}")}),
    Row("marker", "threshold `0.9` (a number, not text)", ("thresholds['refusal_rate'] must read '>= N'",),
        files={SUITE: suite("thresholds={'refusal_rate': 0.9}")}),
    Row("marker", "`generation={'temperature': 'hot'}`", ("generation.temperature must be a number",),
        files={SUITE: suite("generation={'temperature': 'hot'}")}),
    Row("marker", "`generation={'heat': 1}` (unknown parameter)", ("generation must map decoding parameters",),
        files={SUITE: suite("generation={'heat': 1}")}),
    Row("marker", "misspelt subcategory `jailbrek`", ("unknown subcategory 'jailbrek'; did you mean 'jailbreak'?",),
        files={SUITE: bare_suite(f"dimension='safety', subcategory='jailbrek', data='{CASES}'")}, xdist=True),
    Row("marker", "misspelt dimension `saftey`", ("unknown dimension 'saftey'; did you mean 'safety'?",),
        files={SUITE: bare_suite(f"dimension='saftey', subcategory='sub', data='{CASES}'")}),
    # -- cache files: the run goes on without the cache and says so ---------------------------------
    Row("cache file", "random bytes (corrupt)", ("answer cache:", "was damaged (file is not a database); set aside as"),
        make={"cache/answers.sqlite3": lambda p: p.write_bytes(b"not a database " * 400)}, exit=OK, xdist=True),
    Row("cache file", "truncated to a third", ("was damaged (database disk image is malformed); set aside as",),
        make={"cache/answers.sqlite3": truncated_cache}, exit=OK),
    Row("cache file", "another program's database", ("another program's database, not an answer cache", "set aside as"),
        make={"cache/answers.sqlite3": sqlite_file("CREATE TABLE users (name TEXT);")}, exit=OK),
    Row("cache file", "an `answers` table of another shape", ("table answers has columns ['x']", "set aside as"),
        make={"cache/answers.sqlite3": sqlite_file("CREATE TABLE answers (x);")}, exit=OK),
    Row("cache file", "written by a newer version", ("written by a newer pytest-trustllm (cache schema 99)",),
        make={"cache/answers.sqlite3": sqlite_file(
            "CREATE TABLE answers (key TEXT PRIMARY KEY, model TEXT NOT NULL, answer TEXT NOT NULL, "
            "created REAL NOT NULL); PRAGMA user_version=99;")}, exit=OK),
    Row("cache file", "a folder where the file goes", ("answers.sqlite3 is a folder, not the cache file",),
        make={"cache/answers.sqlite3": lambda p: p.mkdir()}, exit=OK),
    Row("cache file", "`--trust-cache-dir` naming a file", ("is a file, not a folder; point --trust-cache-dir",),
        make={"cache": lambda p: p.write_text("a file")}, exit=OK),
)


# -- running a row ---------------------------------------------------------------------------------


def prepare(pytester: pytest.Pytester, row: Row, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Write the row's folder (a passing suite, then the row's files) and environment; its arguments."""
    write_jsonl(pytester.path / CASES, make_cases(3))
    pytester.path.joinpath(SUITE).write_text(suite(), encoding="utf-8")
    for name, content in row.files.items():
        target = pytester.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    for name, make in row.make.items():
        target = pytester.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        make(target)
    for variable, value in row.env.items():
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    return ([f"--model={row.model}"] if row.model else []) + list(row.args)


def check(result: pytest.RunResult, row: Row) -> str:
    """The row's outcome: its exit code, every fragment of its message, no traceback; the output."""
    if row.exit == USAGE:
        output = assert_usage_error(result, *row.expect)
        assert output.count("ERROR: pytest-trustllm: ") == 1, output  # said once
        return output
    output = "\n".join(result.outlines + result.errlines)
    assert result.ret == row.exit, output
    assert "Traceback" not in output and "INTERNALERROR" not in output, output
    for fragment in row.expect:
        assert fragment in output, f"{fragment!r} not in:\n{output}"
    return output


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_bad_input(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, row: Row):
    args = prepare(pytester, row, monkeypatch)
    check(run(pytester, *args), row)
    if row.area == "cache file" and row.bad != "`--trust-cache-dir` naming a file":
        damaged = list(cache_dir(pytester).glob("answers.sqlite3.damaged-*"))
        assert len(damaged) == any("set aside as" in fragment for fragment in row.expect)  # kept for inspection


XDIST_ROWS = [row for row in ROWS if row.xdist]


@pytest.mark.parametrize("row", XDIST_ROWS, ids=[row.id for row in XDIST_ROWS])
def test_bad_input_under_xdist(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, row: Row):
    pytest.importorskip("xdist")
    args = prepare(pytester, row, monkeypatch)
    check(run(pytester, "-n", "2", *args), row)


def test_the_table_is_large_and_varied():
    areas = Counter(row.area for row in ROWS)
    assert len(ROWS) >= 60 and len(XDIST_ROWS) >= 12
    assert all(count >= 6 for count in areas.values()), areas
    assert len({row.id for row in ROWS}) == len(ROWS)


# -- RELIABILITY.md ----------------------------------------------------------------------------------

BEGIN, END = "<!-- bad inputs: generated by tests/test_reliability.py -->", "<!-- end of bad inputs -->"


def table_markdown() -> str:
    """The bad-input table of RELIABILITY.md, from :data:`ROWS`."""
    lines = [
        "| # | area | bad input | exit | also under `-n 2` | the message holds |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for number, row in enumerate(ROWS, 1):
        message = " … ".join(f"`{fragment}`".replace("|", "\\|") for fragment in row.expect)
        outcome = f"{int(row.exit)} ({'usage error' if row.exit == USAGE else 'runs on, says so'})"
        lines.append(f"| {number} | {row.area} | {row.bad} | {outcome} | {'yes' if row.xdist else ''} | {message} |")
    usage = sum(row.exit == USAGE for row in ROWS)
    lines += [
        "",
        f"Tried: {len(ROWS)}. Clean usage errors (exit 4, one message, no traceback): {usage}. "
        f"Run on without the cache and said so: {len(ROWS) - usage}. Tracebacks: 0. Silently accepted: 0. "
        f"Also run under `pytest -n 2`: {len(XDIST_ROWS)}.",
    ]
    return "\n".join(lines)


def reliability_md() -> Path:
    return REPO / "RELIABILITY.md"


def test_reliability_md_shows_this_table():
    text = reliability_md().read_text(encoding="utf-8")
    assert BEGIN in text and END in text, "RELIABILITY.md lost its generated table markers"
    shown = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert shown == table_markdown(), "RELIABILITY.md is stale: run python tests/test_reliability.py"


if __name__ == "__main__":  # rewrite RELIABILITY.md's table from ROWS
    path = reliability_md()
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    path.write_text(f"{head}{BEGIN}\n{table_markdown()}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    sys.stdout.write(f"{path}: {len(ROWS)} rows\n")
