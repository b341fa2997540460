"""Reports: the terminal summary's width, report files by extension, and never losing a report."""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from support import assert_usage_error, cache_dir, make_cases, report_metrics, run, write_jsonl, write_suite

from pytest_trustllm.report import files
from pytest_trustllm.report.files import write_atomic

MODELS_CONFTEST = """
from pytest_trustllm.models.base import ModelError
from pytest_trustllm.models.fake import FakeModel


class Broken(FakeModel):
    @property
    def identity(self):  # its own answers, not fake:refuse's
        return "broken:" + self.target

    def generate(self, conversations, params, seeds=None):
        raise ModelError("the server at http://127.0.0.1:9 refused the connection")


class StopsAfterOneBatch(FakeModel):
    \"\"\"Answers one batch of 2, then the user presses Ctrl-C.\"\"\"

    batch_size = 2
    batches = 0

    @property
    def identity(self):
        return "stops:" + self.target

    def generate(self, conversations, params, seeds=None):
        self.batches += 1
        if self.batches > 1:
            raise KeyboardInterrupt
        return super().generate(conversations, params, seeds)


def pytest_trustllm_register_models(register):
    register("broken", Broken)
    register("stops", StopsAfterOneBatch)
"""

UNDECIDED_SUITE = """
import pytest
from pytest_trustllm import Rule

length = Rule("length", lambda a: float(len(a.text)), version=1)


@pytest.mark.trust(dimension="truthfulness", subcategory="short", data={data!r}, thresholds={{"length": "<= 500"}})
def test_answers_are_short(answers, trust):
    trust.mean("length", answers, length)
"""


def write_three_dimensions(pytester: pytest.Pytester) -> None:
    """A passing/failing safety test, a fairness test with groups, and a truthfulness test that cannot decide."""
    pytester.makeconftest(MODELS_CONFTEST)
    write_suite(pytester, make_cases(8), name="test_refuses_requests", subcategory="misuse")
    cases = make_cases(4, "a", kind="alpha") + make_cases(4, "b", kind="beta_group_with_a_long_name")
    write_suite(
        pytester, cases, name="test_answers_every_group_alike", subcategory="groups", dimension="fairness",
        group_by="kind", checks=(("answer_rate", "answered"),), thresholds={"answer_rate": "<= 0.5"},
    )  # fmt: skip
    data = write_jsonl(pytester.path / "short.jsonl", make_cases(3, "s"))
    pytester.makepyfile(test_short=UNDECIDED_SUITE.format(data=str(data)))


def run_to_interrupt(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """:func:`support.run` for a run that ends with Ctrl-C (pytester would raise it in this test too)."""
    return pytester.runpytest(
        f"--trust-cache-dir={cache_dir(pytester)}", "-p", "no:cacheprovider", *args, no_reraise_ctrlc=True
    )


def summary(result: pytest.RunResult) -> list[str]:
    """The lines of the trustllm summary section."""
    lines = result.outlines
    start = next(i for i, line in enumerate(lines) if "trustllm summary" in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("==="))
    return lines[start + 1 : end]


# -- the terminal summary --------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 120])
def test_summary_of_one_model_fits_the_width(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, width: int):
    monkeypatch.setenv("COLUMNS", str(width))
    write_three_dimensions(pytester)
    result = run(pytester, "--model=fake:refuse")
    result.assert_outcomes(passed=3, skipped=1)
    lines = summary(result)
    assert max(map(len, lines)) <= width, "\n".join(lines)
    text = "\n".join(lines)
    # Grouped by dimension (each a header with the model's column), then by test; intervals shown.
    assert re.search(r"^fairness +threshold +fake:refuse$", text, re.M), text
    assert re.search(r"^safety +threshold +fake:refuse$", text, re.M), text
    result.stdout.fnmatch_lines(
        [
            "fairness *threshold *fake:refuse",
            "test_answers_every_group_alike::test_answers_every_group_alike",
            "  [[]alpha] answer_rate *<= 0.5 *0.000 [[]0.000–0.490] *n=4 pass",
            "  [[]beta_group_with_a_long_name* *<= 0.5 *0.000 [[]0.000–0.490] *n=4 pass",
            "",
            "safety *threshold *fake:refuse",
            "test_refuses_requests::test_refuses_requests",
            "  refusal_rate *>= 0.9 *1.000 [[]0.676–1.000] *n=8 pass",
            "",
            "truthfulness *threshold *fake:refuse",
            "test_short::test_answers_are_short",
            "  length *<= 500 *46.000 [[]46.000–46.000] *n=3 undecided",
            "fake:refuse: 4 metrics: 3 passed, 1 undecided",
        ]
    )


@pytest.mark.parametrize("width", [80, 120])
def test_summary_of_several_models_side_by_side_only_while_they_fit(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, width: int
):
    monkeypatch.setenv("COLUMNS", str(width))
    write_three_dimensions(pytester)
    result = run(pytester, "--model=fake:comply", "--model=broken:refuse")
    result.assert_outcomes(failed=3, skipped=1, errors=4)
    lines = summary(result)
    assert max(map(len, lines)) <= width, "\n".join(lines)
    text = "\n".join(lines)
    if width == 120:  # side by side, the errored model's column too
        assert re.search(r"^safety +threshold +fake:comply +broken:refuse$", text, re.M), text
        result.stdout.fnmatch_lines(
            [
                "test_refuses_requests::test_refuses_requests",
                "  (error) * - * ERROR",
                "  refusal_rate *>= 0.9 *0.000 [[]0.000–0.324] *n=8 FAIL *-",
            ]
        )
    else:  # one block per model, in command-line order
        heads = [line for line in lines if line.endswith(":") and not line.startswith(" ")]
        assert heads == ["fake:comply:", "broken:refuse:"], text
        result.stdout.fnmatch_lines(["broken:refuse:", "fairness *threshold *value", "*", "  [[]alpha] (error) *ERROR"])
    # Every errored test (the broken model errors in each of its 4 tests) and every verdict is counted.
    result.stdout.fnmatch_lines(
        ["fake:comply: 4 metrics: 3 FAILED, 1 undecided", "broken:refuse: 0 metrics: 4 tests ERROR"]
    )
    # Three models are too wide even for 120 columns: blocks.
    three = run(pytester, "--model=fake:refuse", "--model=fake:comply", "--model=broken:refuse")
    assert [line for line in summary(three) if line.endswith(":")] == ["fake:refuse:", "fake:comply:", "broken:refuse:"]
    assert max(map(len, summary(three))) <= width


def test_report_lists_errored_tests(pytester: pytest.Pytester):
    write_three_dimensions(pytester)
    run(pytester, "--model=broken:refuse", "--trust-report=r.json").assert_outcomes(errors=4, skipped=0)
    document = json.loads((pytester.path / "r.json").read_text())
    assert document["metrics"] == []
    errored = {(e["label"], e["dimension"], e["group"]) for e in document["errored"]}
    assert errored == {
        ("test_refuses_requests::test_refuses_requests", "safety", None),
        ("test_answers_every_group_alike::test_answers_every_group_alike[alpha]", "fairness", "alpha"),
        (
            "test_answers_every_group_alike::test_answers_every_group_alike[beta_group_with_a_long_name]",
            "fairness",
            "beta_group_with_a_long_name",
        ),
        ("test_short::test_answers_are_short", "truthfulness", None),
    }
    assert all("refused the connection" in e["message"] for e in document["errored"])


# -- report files by extension ---------------------------------------------------------------


def external_references(page: str) -> list[str]:
    """Every src or href of the page's elements (what a browser would fetch), read by an HTML parser."""
    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.extend(f"<{tag} {name}={value}>" for name, value in attrs if name in ("src", "href") and value)

    Parser().feed(page)
    return found


def test_one_run_writes_every_format_from_one_document(pytester: pytest.Pytester):
    write_three_dimensions(pytester)
    args = ["--trust-report=out/r.json", "--trust-report=out/r.md", "--trust-report=out/r.html"]
    result = run(pytester, "--model=fake:refuse", "--model=fake:comply", *args)
    result.assert_outcomes(passed=3, failed=3, skipped=2)
    result.stdout.fnmatch_lines(["report: out/r.json", "report: out/r.md", "report: out/r.html"])
    document = json.loads((pytester.path / "out/r.json").read_text())
    markdown = (pytester.path / "out/r.md").read_text()
    page = (pytester.path / "out/r.html").read_text()
    # The same records in each: the failing test's figures, and the page's data is the JSON document.
    row = r"| <code>fake:comply</code> | test\_refuses\_requests::test\_refuses\_requests | refusal\_rate | 0.000 |"
    assert row in markdown
    embedded = re.search(r'<script type="application/json" id="trust-report-data">(.*?)</script>', page, re.S)
    assert embedded is not None and json.loads(embedded.group(1)) == document
    assert external_references(page) == []  # nothing fetched from the network: scripts and styles inline


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("r.txt", "--trust-report r.txt: '.txt' names no report format; end the file name in .json, .md, .html"),
        ("report", "--trust-report report: no extension names no report format"),
    ],
)
def test_unknown_report_extension_is_a_usage_error(pytester: pytest.Pytester, name: str, fragment: str):
    write_suite(pytester, make_cases(3))
    assert_usage_error(run(pytester, "--model=fake:refuse", f"--trust-report={name}"), fragment)
    assert not cache_dir(pytester).exists()  # nothing generated


def test_html_report_without_plotly_says_which_extra(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(__import__("sys").modules, "plotly", None)  # as if not installed: import fails
    write_suite(pytester, make_cases(3))
    result = run(pytester, "--model=fake:refuse", "--trust-report=r.html")
    assert_usage_error(result, "--trust-report r.html: ", "pip install 'pytest-trustllm[html]'")


# -- never lose a report -----------------------------------------------------------------------

OLD = '{"previous": "report"}\n'


@pytest.fixture
def old_report(pytester: pytest.Pytester) -> Path:
    write_suite(pytester, make_cases(6))
    path = pytester.path / "r.json"
    path.write_text(OLD)
    return path


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--trust-sample=0"], id="usage-error"),
        pytest.param(["--collect-only"], id="collect-only"),
        pytest.param(["-k", "nothing_matches_this"], id="k-matches-nothing"),
    ],
)
def test_a_run_that_checks_nothing_leaves_the_report(pytester: pytest.Pytester, old_report: Path, args: list[str]):
    result = run(pytester, "--model=fake:refuse", f"--trust-report={old_report.name}", *args)
    assert result.ret in (pytest.ExitCode.USAGE_ERROR, pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED)
    assert old_report.read_text() == OLD
    assert not list(pytester.path.glob("r.*.json"))
    if result.ret != pytest.ExitCode.USAGE_ERROR:
        result.stdout.fnmatch_lines(["report r.json not written: no trust test ran, so the file there is unchanged"])


def test_ctrl_c_before_any_verdict_leaves_the_report(pytester: pytest.Pytester, old_report: Path):
    pytester.makepyfile(test_aaa_first="def test_interrupt():\n    raise KeyboardInterrupt\n")
    result = run_to_interrupt(pytester, "--model=fake:refuse", f"--trust-report={old_report.name}")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert old_report.read_text() == OLD
    assert not list(pytester.path.glob("r.*.json"))


def test_ctrl_c_after_verdicts_writes_a_partial_report_beside_the_old_one(pytester: pytest.Pytester, old_report: Path):
    pytester.makeconftest(MODELS_CONFTEST)
    # fake:refuse answers its 6 cases and passes; then stops: answers 2 (one batch) and is interrupted.
    models = ("--model=fake:refuse", "--model=stops:refuse")
    result = run_to_interrupt(pytester, *models, f"--trust-report={old_report.name}")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert old_report.read_text() == OLD
    partial = pytester.path / "r.partial.json"
    result.stdout.fnmatch_lines([f"partial report (run interrupted): {partial.name}; r.json is unchanged"])
    document = json.loads(partial.read_text())
    assert document["partial"] == {
        "reason": "interrupted before the end of the run (Ctrl-C or pytest.exit)",
        "tests_collected": 2,
        "tests_reported": 1,
        "answers_cached": 0,
        "answers_generated": 8,
    }
    assert [(m["model"], m["verdict"]) for m in document["metrics"]] == [("fake:refuse", "pass")]
    assert document["generation"]["stops:refuse"]["generated"] == 2  # its first batch, kept in the cache
    # The rerun finds those 8 in the cache and writes the complete report in place.
    again = run(pytester, "--model=fake:refuse", "--model=fake:comply", f"--trust-report={old_report.name}")
    again.assert_outcomes(passed=1, failed=1)
    assert [m["model"] for m in report_metrics(old_report)] == ["fake:comply", "fake:refuse"]
    again.stdout.fnmatch_lines(["fake:refuse: 6 answers needed, 6 from cache, 0 generated*"])


def unwritable_folder(base: Path) -> Path:
    """A folder this process cannot write in: a read-only one, or (as root, who writes anywhere) /sys."""
    for folder in (base / "locked", Path("/sys")):
        if folder == base / "locked":
            folder.mkdir()
            folder.chmod(0o500)
        try:
            tempfile.TemporaryFile(dir=folder).close()
        except OSError:
            return folder
    pytest.skip("no folder here refuses this process a new file (root without a read-only /sys)")


@pytest.mark.parametrize("where", ["folder", "under-a-file", "unwritable"])
def test_report_path_that_cannot_be_written_is_a_usage_error_before_generation(pytester: pytest.Pytester, where: str):
    write_suite(pytester, make_cases(3))
    (pytester.path / "folder.json").mkdir()
    (pytester.path / "plain").write_text("a file")
    if where == "unwritable":
        folder = unwritable_folder(pytester.path)
        path, fragment = f"{folder}/r.json", f"cannot write in {folder} ("
    else:
        path, fragment = {
            "folder": ("folder.json", "--trust-report folder.json: is a folder; name a file in it"),
            "under-a-file": ("plain/sub/r.md", f"{Path('plain')} is a file, so nothing can be written under it"),
        }[where]
    assert_usage_error(run(pytester, "--model=fake:refuse", f"--trust-report={path}"), fragment)
    assert not cache_dir(pytester).exists()


def test_tilde_in_a_report_path_is_the_home_folder(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    home = pytester.path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    write_suite(pytester, make_cases(3))
    run(pytester, "--model=fake:refuse", "--trust-report=~/reports/r.md").assert_outcomes(passed=1)
    assert (home / "reports" / "r.md").read_text().startswith("## pytest-trustllm report")
    assert not (pytester.path / "~").exists()


# -- atomic writes --------------------------------------------------------------------------------


def test_atomic_writes_use_unique_temporary_names_and_never_show_half_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "r.json"
    temporaries: list[str] = []
    replace = os.replace

    def recording_replace(src: str, dst: Path) -> None:
        temporaries.append(os.path.basename(src))
        assert json.loads(Path(src).read_text())["writer"] is not None  # complete before it is moved in place
        replace(src, dst)

    monkeypatch.setattr(files.os, "replace", recording_replace)
    texts = [json.dumps({"writer": i, "padding": "x" * 100_000}) for i in range(8)]
    threads = [threading.Thread(target=lambda t=t: [write_atomic(path, t) for _ in range(5)]) for t in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(temporaries) == 40 and len(set(temporaries)) == 40, "two writers shared a temporary file"
    assert all(name.startswith(".r.json.") and name.endswith(".tmp") for name in temporaries)
    assert path.read_text() in texts
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary left behind


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "r.md"
    path.write_text("old")
    path.chmod(0o640)

    def full_disk(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    monkeypatch.undo()
    write_atomic(path, "new")
    assert (path.read_text(), path.stat().st_mode & 0o777) == ("new", 0o640)  # the file keeps its mode
