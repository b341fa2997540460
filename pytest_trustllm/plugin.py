"""The pytest plugin: options, the trust marker, fixtures and the hooks that wire the parts together.

Inert unless used: nothing here loads a model, opens the cache or prints until a
test marked ``@pytest.mark.trust`` is collected.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

import pytest

from . import hookspecs, options
from .baseline import Summary, summarize
from .checks import Checker
from .config import Settings, read_settings, usage_error
from .datasets import Answer, Case, DatasetError, groups
from .models import Model, ModelError, ModelFactory
from .report import Document, build_document, summary_lines, write_reports
from .report.answers import Entry, entries, write_answers
from .report.files import partial_path
from .report.log import CASE_LOG, write_log
from .results import RESULTS, SCORING_ERROR, ErroredTest, Result, label_of
from .secrets import redact
from .state import TrustState, item_cases, item_group, item_model, item_spec, last_report, spec_cases
from .suite import MARK, MARK_HELP
from .taxonomy import SUBCATEGORIES, check_declared, close_match, marker_lines, markers_of
from .trustllm import leaderboard

state_key = pytest.StashKey[TrustState]()


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Every ``--trust-...`` option, from the settings table; values are checked as the command line is parsed."""
    options.add_options(parser, pluginmanager)


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(parser: pytest.Parser) -> Generator[None, None, None]:
    """Once the initial conftest.py files have added their options: ``--model`` and ``--judge`` where still free.

    A repository's own conftest.py often defines ``--model``; the short aliases give way to
    it (``--trust-model`` always works) instead of failing every run with argparse's
    "conflicting option string".
    """
    try:
        return (yield)
    finally:
        options.add_free_aliases(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARK_HELP)
    for line in marker_lines():  # -m safety, -m "reliability and not sycophancy"
        config.addinivalue_line("markers", line)
    settings = read_settings(config.rootpath, config.getoption("trust_config"))
    _apply_options(config, settings)
    if settings.trustllm_data is not None and not settings.trustllm_data.is_dir():
        raise usage_error(
            f"trustllm_data / --trust-data {settings.trustllm_data}: no such folder; name TrustLLM's dataset folder "
            "(the one holding ethics/, fairness/, privacy/, robustness/, safety/, truthfulness/)"
        )
    state = TrustState(config, settings)
    state.load_baseline()
    config.stash[state_key] = state
    if _is_xdist_controller(config) and (config.getoption("trust_models") or settings.judge):
        # Workers would report a bad --model from every test: check it here (adapters are cheap to build).
        for name in [*state.model_names(), *([settings.judge] if settings.judge else [])]:
            try:
                state.model(name)
            except ModelError as exc:
                raise usage_error(str(exc)) from None
    config.pluginmanager.register(ResultsPlugin(state), "trustllm-results")


def _is_xdist_controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput") and bool(getattr(config.option, "numprocesses", None))


def _apply_options(config: pytest.Config, s: Settings) -> None:
    """Command-line options win over the settings file (their values were checked at parse time)."""
    options.apply_options(config, s)


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(state_key, None)
    if state is not None:
        state.close()


@pytest.hookimpl
def pytest_trustllm_register_models(register: Callable[[str, ModelFactory], None]) -> None:
    from .models.anthropic import AnthropicModel
    from .models.fake import FakeModel
    from .models.hf import HFModel
    from .models.openai import OpenAIModel

    register("hf", HFModel)
    register("fake", FakeModel)
    register("openai", OpenAIModel)
    register("anthropic", AnthropicModel)


# -- collection ----------------------------------------------------------------


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize every trust test over the models, and over its groups when it has ``group_by``."""
    state = metafunc.config.stash[state_key]
    try:
        spec = item_spec(metafunc.definition)
    except ValueError as exc:
        state.errors.append(str(exc))
        return
    if spec is None:
        return
    if (problem := check_declared(spec.dimension, spec.subcategory)) is not None:
        state.errors.append(f"{metafunc.definition.nodeid}: {problem}")
        return
    names = state.model_names()
    judge = [state.settings.judge] if state.settings.judge else []
    for name in [*names, *judge]:
        try:
            state.model(name)  # adapters are cheap to build; a bad target is a usage error now
        except ModelError as exc:
            state.errors.append(f"the judge: {exc}" if name in judge and name not in names else str(exc))
            return
    if "model" in metafunc.fixturenames:
        metafunc.parametrize("model", names, indirect=True, ids=names, scope="session")
    if state.benchmark_problem(spec) is not None:
        return  # skipped with the reason at collection: no cases, so no groups
    try:
        cases = spec_cases(state.settings, spec)  # a malformed file is a usage error, not a test error
    except DatasetError as exc:
        state.errors.append(str(exc))
        return
    if spec.group_by:
        if not cases:
            state.errors.append(f"{metafunc.definition.nodeid}: group_by needs data='FILE.jsonl' in the trust mark")
            return
        if not any(spec.group_by in case.fields for case in cases):
            state.errors.append(
                f"{metafunc.definition.nodeid}: group_by={spec.group_by!r}, but no case in {spec.source} has that field"
            )
            return
        values = groups(cases, spec.group_by)
        metafunc.parametrize("trust_group", values, indirect=True, ids=values)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Before deselection: turn collected problems and unknown threshold keys into usage errors."""
    state = config.stash[state_key]
    try:
        if state.errors:
            raise usage_error("\n".join(dict.fromkeys(state.errors)))
        _check_threshold_keys(state, items)
        _add_taxonomy_markers(config, items)
        if (pair := state.compared()) is not None:
            # B's result must exist when A's test compares with it: every test of B first (a stable sort).
            items.sort(key=lambda item: item_model(item) != pair[1])
    except pytest.UsageError as exc:
        if not hasattr(config, "workerinput"):
            raise
        # An xdist worker that raises here crashes without the message: every trust test shows it instead.
        state.usage_problem = str(exc)


def _add_taxonomy_markers(config: pytest.Config, items: Sequence[pytest.Item]) -> None:
    """Each trust test carries its dimensions and subcategory as markers, so ``-m`` selects by them."""
    known = {line.split(":")[0] for line in config.getini("markers")}
    for item in items:
        spec = item_spec(item)
        if spec is None:
            continue
        for name in markers_of(spec.dimension, spec.subcategory):
            if name not in known:  # a suite's own subcategory: registered so --strict-markers accepts it
                config.addinivalue_line("markers", f"{name}: trust tests of {name}")
                known.add(name)
            item.add_marker(name)
        if (problem := config.stash[state_key].benchmark_problem(spec)) is not None:
            item.add_marker(pytest.mark.skip(reason=problem))


def _check_threshold_keys(state: TrustState, items: Sequence[pytest.Item]) -> None:
    """Keys of collected subcategories must name their groups and metrics; others are typos or other suites.

    A key for a subcategory this run did not collect is an error when it is close to a known
    name (a typo), and otherwise only a warning: a path-restricted run leaves other suites out.
    """
    known: dict[str, set[str]] = {}  # subcategory -> metrics; "sub[group]" -> metrics
    for item in items:
        spec = item_spec(item)
        if spec is not None:
            known.setdefault(spec.subcategory, set()).update(spec.thresholds)
            if (group := item_group(item)) is not None:
                known.setdefault(f"{spec.subcategory}[{group}]", set()).update(spec.thresholds)
    collected = {k for k in known if "[" not in k}
    names = collected | set(SUBCATEGORIES)
    for key, metrics in state.settings.thresholds.items():
        where = f"{state.settings.source}: thresholds.{key}"
        subcategory = key.split("[")[0]
        if key not in known and subcategory not in collected:
            if subcategory in names:
                continue  # a suite this run did not collect
            if close := close_match(subcategory, names):
                raise usage_error(f"{where}: no test has this subcategory; did you mean {close!r}?")
            message = f"{where}: no collected test has this subcategory; ignored"
            warnings.warn(pytest.PytestConfigWarning(message), stacklevel=1)
            continue
        if key not in known:
            groups_ = ", ".join(sorted(k for k in known if k.startswith(f"{subcategory}["))) or "no groups"
            raise usage_error(f"{where}: no test has this group ({subcategory} has {groups_})")
        for metric in metrics:
            if metric not in known[key]:
                raise usage_error(f"{where}.{metric}: unknown metric; {key} has {', '.join(sorted(known[key]))}")


# -- fixtures ------------------------------------------------------------------


@pytest.fixture(scope="session")
def model(request: pytest.FixtureRequest) -> Model:
    """The model under test (parametrized over ``--model``)."""
    state = request.config.stash[state_key]
    if state.usage_problem:
        pytest.fail(state.usage_problem, pytrace=False)
    name = getattr(request, "param", None)
    if name is None:
        raise pytest.UsageError("the 'model' fixture is for tests marked @pytest.mark.trust")
    try:
        return state.model(name)
    except ModelError as exc:
        problem = str(exc)
    pytest.fail(f"pytest-trustllm: {problem}", pytrace=False)


@pytest.fixture
def trust_group(request: pytest.FixtureRequest) -> str | None:
    """The case group of this test (a value of the mark's ``group_by`` field), if any."""
    return getattr(request, "param", None)


@pytest.fixture
def cases(request: pytest.FixtureRequest, trust_group: str | None) -> tuple[Case, ...]:
    """The cases this test answers, after grouping and --trust-sample."""
    return item_cases(request.config.stash[state_key], request.node)


@pytest.fixture
def answers(request: pytest.FixtureRequest, model: Model, cases: tuple[Case, ...]) -> list[Answer]:
    """The model's answer to each case, from one batched generation pass through the cache."""
    name = item_model(request.node)
    assert name is not None
    return request.config.stash[state_key].answers(request.node, name, cases)


@pytest.fixture
def answer_probability(request: pytest.FixtureRequest, model: Model) -> Callable[..., float]:
    """``answer_probability(answer, text, prefix="")``: the model's own probability of replying ``text``
    (after ``prefix``) to the answer's case, cached. Skips the test for models without token probabilities."""
    if not model.scores_answers:
        pytest.skip(f"{type(model).__name__} gives no token probabilities (local hf models do)")
    state, name = request.config.stash[state_key], item_model(request.node)
    assert name is not None

    def probability(answer: Answer, text: str, prefix: str = "") -> float:
        return state.runner.probability(name, model, answer.case.messages, text, prefix)

    return probability


@pytest.fixture
def trust(request: pytest.FixtureRequest, model: Model, trust_group: str | None) -> Checker:
    """Measures rates over answers and checks them against the thresholds."""
    name = item_model(request.node)
    assert name is not None
    return request.config.stash[state_key].checker(request.node, name)


# -- results -------------------------------------------------------------------


def _redact_report(report: pytest.TestReport) -> None:
    """Secrets out of a trust test's report, before any writer (terminal, JUnit XML, xdist, other plugins) reads it."""
    if report.longrepr is not None:
        text = str(report.longrepr)
        if (clean := redact(text)) != text:
            report.longrepr = clean  # the structured traceback holds the secret: keep its text only, redacted
    report.sections = [(title, redact(content)) for title, content in report.sections]
    report.user_properties = [
        (name, redact(value) if isinstance(value, str) else value) for name, value in report.user_properties
    ]


class ResultsPlugin:
    """Gathers every checked metric (from this process or xdist workers) and reports at the end."""

    def __init__(self, state: TrustState) -> None:
        self.state = state
        self.errored: list[ErroredTest] = []
        self.worker_answers: list[Entry] = []  # --trust-answers: what xdist workers answered
        self.answer_files: list[Path] = []
        self.comparison: Summary | None = None
        self.log_count: int | None = None
        self.document: Document | None = None
        self.report_lines: list[str] = []  # what became of each --trust-report, for the summary

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
        """The report carries the item's results (and its error) as plain data, so xdist brings them to the
        controller."""
        report = yield
        if item.get_closest_marker(MARK) is not None:  # a trust test (its spec may be the usage error at hand)
            _redact_report(report)
        if report.failed and self.state.usage_problem:
            report.trustllm_usage_problem = self.state.usage_problem
        if call.when == "call":
            report.trustllm_results = [r.to_dict() for r in item.stash.get(RESULTS, [])]
            if lines := item.stash.get(CASE_LOG, None):
                report.trustllm_log = lines
            if (error := item.stash.get(SCORING_ERROR, None)) is not None:
                report.trustllm_error = error
        errored = call.when == "setup" or getattr(report, "trustllm_error", None)
        if report.failed and errored and not self.state.usage_problem and item_model(item) is not None:
            try:
                spec = item_spec(item)
            except (ValueError, pytest.UsageError):  # a bad trust mark: the usage error at hand, not an errored test
                return report
            if spec is None:
                return report
            message = getattr(report, "trustllm_error", None) or (str(call.excinfo.value) if call.excinfo else "")
            group = item_group(item)
            report.trustllm_errored = ErroredTest(
                str(item_model(item)), item.nodeid, label_of(item.nodeid, group), spec.dimension, spec.subcategory,
                group, message,
            ).to_dict()
        return report

    @pytest.hookimpl(tryfirst=True)
    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        """A test that ended in request or judge errors is an ERROR, not a verdict on the model."""
        if report.when == "call" and report.failed and getattr(report, "trustllm_error", None):
            return "error", "E", "ERROR"
        return None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        problem = getattr(report, "trustllm_usage_problem", None)
        if problem and not hasattr(self.state.config, "workerinput"):
            # Found by a worker or during a test (a missing API key): the run ends with it once, exit 4.
            raise usage_error(problem.removeprefix("pytest-trustllm: "))
        if report.when == "call":
            self.state.results += [Result.from_dict(r) for r in getattr(report, "trustllm_results", ())]
            self.state.log += getattr(report, "trustllm_log", ())
        if (errored := getattr(report, "trustllm_errored", None)) is not None:
            self.errored.append(ErroredTest.from_dict(errored))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        config = session.config
        if hasattr(config, "workerinput"):
            output = config.workeroutput  # type: ignore[attr-defined]
            output["trustllm_stats"] = self.state.generation_stats()
            output["trustllm_models"] = self.state.resolved
            output["trustllm_answers"] = entries(self.state.answered)
            output["trustllm_identities"] = self.state.identities()
            return
        if folder := config.getoption("trust_answers"):
            self.answer_files = write_answers(Path(folder), [*entries(self.state.answered), *self.worker_answers])
        if path := config.getoption("trust_log"):
            self.log_count = write_log(Path(path), self.state.log)
        reference = self.state.reference()
        if reference is not None:
            self.comparison = summarize(self.state.results, reference, self.state.settings.regression)
        interrupted = session.exitstatus == pytest.ExitCode.INTERRUPTED
        if self.state.results or self.errored or self.state.generation_stats():  # else no trust test ran
            sections: dict[str, Any] = {}
            if self.comparison is not None:
                sections.update(self.comparison.sections(self.state.identities()))
            if board := leaderboard.export(self.state.results, self.state.settings.trustllm_data, self.state.resolved):
                sections["trustllm_leaderboard"] = board
            if interrupted:
                sections["partial"] = self._partial(session)
            self.document = build_document(
                self.state.results,
                self.state.model_summary(),
                self.state.settings_summary(),
                self.state.generation_stats(),
                self.errored,
                sections,
            )
        self._write_reports(config.getoption("trust_reports") or [], interrupted)
        if self.document is not None and self.state.results and not interrupted and (last := last_report(config)):
            write_reports([last], self.document)  # for the next run's --trust-baseline=last

    def _partial(self, session: pytest.Session) -> dict[str, Any]:
        """What an interrupted run's report covers: the tests it finished and the answers it has."""
        stats = self.state.generation_stats().values()
        return {
            "reason": "interrupted before the end of the run (Ctrl-C or pytest.exit)",
            "tests_collected": len(session.items),
            "tests_reported": len({r.test for r in self.state.results} | {e.test for e in self.errored}),
            "answers_cached": sum(s.get("cached", 0) for s in stats),
            "answers_generated": sum(s.get("generated", 0) for s in stats),
        }

    def _write_reports(self, paths: Sequence[Path], interrupted: bool) -> None:
        """Write the report files; a run in which no trust test ended (with a verdict or an error) leaves every
        file the user had as it was, and an interrupted run writes its partial report next to the complete one."""
        for path in dict.fromkeys(paths):
            if self.document is None or not (self.state.results or self.errored):
                why = "the run was interrupted before any test ended" if interrupted else "no trust test ran"
                self.report_lines.append(f"report {path} not written: {why}, so the file there is unchanged")
                continue
            target = partial_path(path) if interrupted else path
            try:
                write_reports([target], self.document)
            except OSError as exc:
                self.report_lines.append(f"report {path} not written: {exc}")
                continue
            if interrupted:
                self.report_lines.append(f"partial report (run interrupted): {target}; {path} is unchanged")
            else:
                self.report_lines.append(f"report: {path}")

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        output = getattr(node, "workeroutput", {})
        self.state.resolved.update(output.get("trustllm_models", {}))
        self.worker_answers += output.get("trustllm_answers", [])
        self.state.worker_identities.update(output.get("trustllm_identities", {}))
        for name, numbers in output.get("trustllm_stats", {}).items():
            total = self.state.worker_stats.setdefault(name, {})
            for key, value in numbers.items():
                total[key] = total.get(key, 0) + value

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.document is None and not self.report_lines:
            return
        terminalreporter.write_sep("=", "trustllm summary")
        document = self.document or {"metrics": [], "errored": [], "generation": {}}
        for line in summary_lines(document, terminalreporter._tw.fullwidth):
            terminalreporter.write_line(redact(line))
        for name, numbers in document["generation"].items():
            terminalreporter.write_line(
                f"{name}: {numbers['requested']} answers needed, {numbers['cached']} from cache, "
                f"{numbers['generated']} generated in {numbers['seconds']:.1f} s"
                + (f", {numbers['errors']} failed" if numbers.get("errors") else "")
            )
            if numbers.get("planned"):
                saved = numbers["planned"] / max(numbers["gated"], 1)
                terminalreporter.write_line(
                    f"{name}: sequential gating used {numbers['gated']} of the {numbers['planned']} cases "
                    f"a fixed run uses ({saved:.1f}x fewer)"
                )
        for model, dimensions in leaderboard.rows(self.state.results).items():
            cells = [f"{c} {'n/a' if v is None else f'{v:.3f}'}" for d in dimensions.values() for c, v in d.items()]
            terminalreporter.write_line(redact(f"TrustLLM leaderboard row of {model}: {'; '.join(cells)}"))
        if self.comparison is not None:
            terminalreporter.write_sep("-", "trustllm baseline")
            for line in self.comparison.lines():
                terminalreporter.write_line(redact(line), red=line.lstrip().startswith("REGRESSION"))
        self._undecided_warning(terminalreporter)
        if self.log_count is not None:
            path = terminalreporter.config.getoption("trust_log")
            terminalreporter.write_line(f"log: {self.log_count} lines in {path}")
        if self.answer_files:
            folder = terminalreporter.config.getoption("trust_answers")
            terminalreporter.write_line(f"answers: {len(self.answer_files)} files under {folder}")
        for line in self.report_lines:
            terminalreporter.write_line(line)

    def _undecided_warning(self, terminalreporter: Any) -> None:
        """A run whose trust tests decided nothing must not look green: say so, loudly."""
        tests: dict[str, set[str]] = {}
        for result in self.state.results:
            if result.verdict != "info":
                tests.setdefault(result.test, set()).add(result.verdict)
        undecided = [test for test, verdicts in tests.items() if verdicts == {"undecided"}]
        if not undecided:
            return
        fix = "run more cases (raise or drop --trust-sample) or use --trust-decision=point"
        if len(undecided) == len(tests):
            terminalreporter.write_sep(
                "!", f"NO TRUST TEST DECIDED: all {len(tests)} trust tests were undecided (too few cases)", red=True
            )
            terminalreporter.write_line(f"this run says nothing about the model; {fix}", red=True)
        else:
            terminalreporter.write_line(f"{len(undecided)} of {len(tests)} trust tests undecided (too few cases).")
            terminalreporter.write_line(f"  {fix}")
