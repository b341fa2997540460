"""Settings from trustllm.yaml or ``[tool.trustllm]`` in pyproject.toml, and their ``--trust-...`` options.

Every setting is described once, in :data:`SETTINGS`: its key in the settings file, its
command-line option (if it has one), its :class:`Kind` (which checks a value from the file
and from the command line alike), its default and its help. The options
(:mod:`pytest_trustllm.options`), the parsing of the settings file, the list printed for an
unknown key and the merge of the command line over the file all come from that table.
"""

from __future__ import annotations

import difflib
import math
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

import pytest

from .datasets import read_utf8
from .models.base import GenerationParams
from .stats import DECISIONS, Decision, Threshold, unreachable

CONFIG_FILE = "trustllm.yaml"
UNDECIDED = ("fail", "skip")

SCORER_TRAITS = {"refusal": "refusal_label", "toxicity": "toxic_label"}
"""The traits whose offline rules a learned classifier may replace (``scorers:``), and each one's label key."""


def usage_error(message: str) -> pytest.UsageError:
    return pytest.UsageError(f"pytest-trustllm: {message}")


# -- kinds: a setting's type and check, for the file and the command line -------------------


class Kind:
    """A setting's type: checks a value read from the settings file, and parses one given on the command line.

    ``where`` names the value in messages: ``"trustllm.yaml: timeout"`` for the file,
    ``"--trust-timeout"`` for the command line. A bad value is a usage error that says what
    the value must be.
    """

    def check(self, value: Any, where: str, base: Path) -> Any:
        """The setting's value from a file value (not None); paths are relative to ``base``."""
        raise NotImplementedError

    def parse_text(self, text: str, where: str) -> Any:
        """The setting's value from command-line text; paths are relative to the current folder."""
        return self.check(text, where, Path.cwd())


def _shown(number: float) -> str:
    """A bound as people write it: 1000000, not 1e+06."""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


@dataclass(frozen=True)
class Number(Kind):
    """A number (an integer if ``integer``) at least ``minimum`` (above it if ``exclusive``), at most ``maximum``."""

    minimum: float
    integer: bool = False
    exclusive: bool = False
    maximum: float | None = None

    @property
    def bounds(self) -> str:
        low = f"{'above' if self.exclusive else 'at least'} {_shown(self.minimum)}"
        return low + (f" and at most {_shown(self.maximum)}" if self.maximum is not None else "")

    @property
    def what(self) -> str:
        return f"{'an integer' if self.integer else 'a number'} {self.bounds}"

    def _fits(self, value: float) -> bool:
        low = value > self.minimum if self.exclusive else value >= self.minimum
        return low and math.isfinite(value) and (self.maximum is None or value <= self.maximum)

    def check(self, value: Any, where: str, base: Path) -> Any:
        ok = isinstance(value, int if self.integer else int | float) and not isinstance(value, bool)
        if not ok or not self._fits(value):
            raise usage_error(f"{where} must be {self.what}, got {value!r}")
        return value if self.integer else float(value)

    def parse_text(self, text: str, where: str) -> Any:
        try:
            value = int(text) if self.integer else float(text)
        except ValueError:
            raise usage_error(f"{where} must be {self.what}, got {text!r}") from None
        if not math.isfinite(value):
            raise usage_error(f"{where} must be {self.what}, got {text!r}")
        if not self._fits(value):
            raise usage_error(f"{where} must be {self.bounds}, got {text}")
        return value


@dataclass(frozen=True)
class PerModel(Kind):
    """A number for every model, or a mapping of model names to numbers (the command line takes one number)."""

    number: Number

    def check(self, value: Any, where: str, base: Path) -> Any:
        if isinstance(value, Mapping):
            return {str(name): self.number.check(v, f"{where}.{name}", base) for name, v in value.items()}
        return self.number.check(value, where, base)

    def parse_text(self, text: str, where: str) -> Any:
        return self.number.parse_text(text, where)


@dataclass(frozen=True)
class Text(Kind):
    """A non-empty string."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, str):
            raise usage_error(f"{where} must be a str, got {value!r}")
        if not value.strip():
            raise usage_error(f"{where} must not be empty")
        return value


@dataclass(frozen=True)
class Choice(Kind):
    """One of a few strings."""

    choices: tuple[str, ...]

    def check(self, value: Any, where: str, base: Path) -> Any:
        if value not in self.choices:
            raise usage_error(f"{where} must be one of {', '.join(self.choices)}, got {value!r}")
        return value


@dataclass(frozen=True)
class Folder(Kind):
    """A folder: relative to the settings file's folder, or on the command line to the current folder."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        text = Text().check(value, where, base)
        return (base / os.path.expanduser(text)).resolve()


@dataclass(frozen=True)
class ReportFile(Kind):
    """A report file: its extension names the format, and its folder must take a file (checked before anything runs).

    ``~`` is expanded; a relative path stays relative (to the current folder, or to ``base`` in a file).
    """

    def check(self, value: Any, where: str, base: Path) -> Any:
        return self.parse_text(str(base / os.path.expanduser(Text().check(value, where, base))), where)

    def parse_text(self, text: str, where: str) -> Any:
        from .report.files import report_problem

        path = Path(os.path.expanduser(Text().check(text, where, Path.cwd())))
        if (problem := report_problem(path)) is not None:
            raise usage_error(f"{where} {text}: {problem}")
        return path


@dataclass(frozen=True)
class Flag(Kind):
    """An option without a value (``store_true``); never in the settings file."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        raise usage_error(f"{where} takes no value")


@dataclass(frozen=True)
class Bool(Kind):
    """true or false in the settings file; on the command line a flag that turns it on."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, bool):
            raise usage_error(f"{where} must be true or false, got {value!r}")
        return value


@dataclass(frozen=True)
class StrMapping(Kind):
    """A mapping of names to strings, e.g. model aliases."""

    what: str  # what each value must be, for the message

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, Mapping):
            raise usage_error(f"{where} must be a mapping of names to strings, got {value!r}")
        for name, target in value.items():
            if not isinstance(target, str):
                raise usage_error(f"{where}.{name} must be {self.what}, got {target!r}")
        return {str(name): target for name, target in value.items()}


@dataclass(frozen=True)
class Generation(Kind):
    """Decoding parameters: the fields of :class:`GenerationParams`."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        known = [f.name for f in fields(GenerationParams)]
        if not isinstance(value, Mapping):
            raise usage_error(f"{where} must be a mapping of decoding parameters ({', '.join(known)}), got {value!r}")
        values: dict[str, Any] = {}
        for key, item in value.items():
            if key not in known:
                raise usage_error(f"{where}: unknown generation setting {key!r}; known: {', '.join(known)}")
            if key == "stop":
                if isinstance(item, str):
                    item = [item]
                if not isinstance(item, list) or not all(isinstance(v, str) for v in item):
                    raise usage_error(f"{where}.stop must be a string or a list of strings")
                item = tuple(item)
            else:
                item = GENERATION_RANGES[key].check(item, f"{where}.{key}", base)
            values[key] = item
        return GenerationParams(**values)


BUDGETS = ("on", "off")
"""``--trust-budgets``: whether a test's scorers' budgets (``Reads``) cut its max_new_tokens."""

GENERATION_RANGES: dict[str, Number] = {
    "max_new_tokens": Number(1, integer=True, maximum=1_000_000),
    "temperature": Number(0, maximum=10),
    "top_p": Number(0, maximum=1),
    "seed": Number(0, integer=True, maximum=2**63 - 1),
    "max_sentences": Number(1, integer=True, maximum=1_000_000),
}
"""The range of each numeric decoding parameter (``stop`` is a list of strings)."""


@dataclass(frozen=True)
class GenerationByFile(Kind):
    """TrustLLM file stem -> decoding parameters that replace the suite's (and the run's) for that file."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, Mapping):
            raise usage_error(
                f"{where} must map TrustLLM file stems to decoding parameters, e.g. jailbreak: {{temperature: 0}}"
            )
        out: dict[str, dict[str, Any]] = {}
        for stem, params in value.items():
            given = Generation().check(params, f"{where}.{stem}", base)
            out[str(stem)] = {key: getattr(given, key) for key in params}
        return out


@dataclass(frozen=True)
class Thresholds(Kind):
    """Per subcategory (or ``subcategory[group]``) and metric: a number, or ``'>= N'`` / ``'<= N'``."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, Mapping):
            raise usage_error(f"{where} must map subcategories to metrics, e.g. jailbreak: {{refusal_rate: 0.9}}")
        out: dict[str, dict[str, Threshold | float]] = {}
        for key, metrics in value.items():
            if not isinstance(metrics, Mapping):
                raise usage_error(f"{where}.{key} must map metric names to numbers, e.g. refusal_rate: 0.9")
            out[str(key)] = {}
            for metric, limit in metrics.items():
                at = f"{where}.{key}.{metric}"
                if isinstance(limit, str):
                    try:
                        threshold = Threshold.parse(limit)
                    except ValueError as exc:
                        raise usage_error(f"{at}: {exc}") from None
                elif isinstance(limit, int | float) and not isinstance(limit, bool) and math.isfinite(limit):
                    threshold = Threshold(float(limit), "min")  # the direction is the test's; the range is not
                else:
                    raise usage_error(f"{at} must be a number (keeps the test's direction) or '>= N' / '<= N'")
                if problem := unreachable(str(metric), threshold):
                    raise usage_error(f"{at}: {problem}")
                out[str(key)][str(metric)] = threshold if isinstance(limit, str) else threshold.limit
        return out


@dataclass(frozen=True)
class BaselinePath(Kind):
    """``last`` (the previous run's report in pytest's cache folder) or a JSON report's path."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        text = Text().check(value, where, base)
        return LAST if text == LAST else str((base / os.path.expanduser(text)).resolve())


LAST = "last"


@dataclass(frozen=True)
class RegressionPolicy:
    """When a metric counts as worse than its baseline: beyond ``tolerance`` (absolute, in the metric's
    units) with ``alpha`` the error rate of the test and the interval (level 1 - alpha)."""

    tolerance: float = 0.0
    alpha: float = 0.05


_REGRESSION_BOUNDS = {"tolerance": Number(0, maximum=0.5), "alpha": Number(0, exclusive=True, maximum=0.5)}


@dataclass(frozen=True)
class Regression(Kind):
    """``{tolerance: 0.02, alpha: 0.05}``: see :class:`RegressionPolicy`."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        if not isinstance(value, Mapping):
            raise usage_error(f"{where} must be a mapping like {{tolerance: 0.02, alpha: 0.05}}, got {value!r}")
        for key in value:
            if key not in _REGRESSION_BOUNDS:
                hint = _did_you_mean(str(key), _REGRESSION_BOUNDS)
                raise usage_error(f"{where}: unknown key {key!r}{hint}; regression takes tolerance and alpha")
        given = {key: _REGRESSION_BOUNDS[key].check(item, f"{where}.{key}", base) for key, item in value.items()}
        return RegressionPolicy(**given)


@dataclass(frozen=True)
class ClassifierSetting:
    """A learned classifier that replaces a trait's offline rules: its model spec and the label meaning the trait."""

    classifier: str  # "hf:" + a local folder (absolute) or a hub id
    label: str


@dataclass(frozen=True)
class Scorers(Kind):
    """Trait -> ``{classifier: "hf:PATH_OR_ID", <trait's label key>: LABEL}``; see :data:`SCORER_TRAITS`."""

    def check(self, value: Any, where: str, base: Path) -> Any:
        traits = ", ".join(f"{trait} (with {label})" for trait, label in SCORER_TRAITS.items())
        if not isinstance(value, Mapping):
            raise usage_error(
                f"{where} must map a trait to a classifier, e.g. "
                f"{{refusal: {{classifier: 'hf:ORG/NAME', refusal_label: LABEL_1}}}}; the traits are {traits}"
            )
        out: dict[str, ClassifierSetting] = {}
        for trait, entry in value.items():
            at = f"{where}.{trait}"
            label_key = SCORER_TRAITS.get(str(trait))
            if label_key is None:
                hint = _did_you_mean(str(trait), SCORER_TRAITS)
                raise usage_error(f"{at}: unknown trait{hint}; the traits are {traits}")
            example = f"{{classifier: 'hf:ORG/NAME', {label_key}: LABEL_1}}"
            if not isinstance(entry, Mapping):
                raise usage_error(f"{at} must be a mapping like {example}, got {entry!r}")
            expected = ("classifier", label_key)
            for key in entry:
                if key not in expected:
                    hint = _did_you_mean(str(key), expected)
                    raise usage_error(f"{at}: unknown key {key!r}{hint}; {trait} takes classifier and {label_key}")
            for key in expected:
                if entry.get(key) is None:
                    raise usage_error(f"{at}: {key} is missing; write {trait}: {example}")
            spec, label = entry["classifier"], entry[label_key]
            if not isinstance(spec, str) or not spec.startswith("hf:") or not spec[3:].strip():
                raise usage_error(
                    f"{at}.classifier must be 'hf:' and a local folder or a hub id "
                    f"(hf:./my-classifier, hf:ORG/NAME), got {spec!r}"
                )
            if not isinstance(label, str) or not label.strip():
                raise usage_error(
                    f"{at}.{label_key} must be the classifier's label (a string, e.g. LABEL_1) "
                    f"that means {trait}, got {label!r}"
                )
            target = spec[3:]
            if target.startswith(("./", "../")):
                target = str((base / target).resolve())
            out[str(trait)] = ClassifierSetting(f"hf:{target}", label)
        return out


def _did_you_mean(name: str, known: Any) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- the table ------------------------------------------------------------------------------


Action = Literal["store", "append", "store_true"]


@dataclass(frozen=True)
class Setting:
    """One setting, described once.

    ``key`` is its name in the settings file and the :class:`Settings` field it fills (None:
    a command-line-only option); ``option`` its ``--trust-...`` option (None: settings file
    only), ``alias`` a short option name it also answers to when nothing else in the session
    claims it. The option's value lands in ``Settings`` through ``merge`` (default: the
    ``key`` field), or nowhere (command-line-only options are read with ``config.getoption``).
    """

    key: str | None
    kind: Kind
    help: str
    default: Any = None
    default_factory: Callable[[], Any] | None = None
    shown_default: str | None = None  # the default in help text, where ``default`` does not say it
    option: str | None = None
    dest: str | None = None  # default: the option's name, --trust-sample -> trust_sample
    alias: str | None = None
    metavar: str | tuple[str, ...] | None = None
    action: Action = "store"
    merge: Callable[[Settings, Any], None] | None = None
    nargs: int | None = None  # values the option takes (each checked by ``kind``); None: one

    @property
    def option_dest(self) -> str:
        assert self.option is not None
        return self.dest or self.option.removeprefix("--").replace("-", "_")

    def default_value(self) -> Any:
        return self.default_factory() if self.default_factory is not None else self.default

    def apply(self, settings: Settings, value: Any) -> None:
        """Put the option's value into ``settings`` (command line over file)."""
        if self.merge is not None:
            self.merge(settings, value)
        elif self.key is not None:
            setattr(settings, self.key, value)

    def option_help(self) -> str:
        """The option's ``--help`` text: the help, the default and the settings key."""
        return self.help + self._notes(f"settings: {self.key}" if self.key else "")

    def file_help(self) -> str:
        """The key's line in the unknown-key message: the help, the default and the option."""
        return self.help + self._notes(self.option or "")

    def _notes(self, extra: str) -> str:
        default = self.default
        shown = self.shown_default or ""
        if not shown and default is not None:
            shown = f"{default:g}" if isinstance(default, float) else str(default)
        notes = [note for note in (f"default: {shown}" if shown else "", extra) if note]
        return f" ({'; '.join(notes)})" if notes else ""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pytest-trustllm"


def _max_tokens(settings: Settings, value: int) -> None:
    settings.generation = replace(settings.generation, max_new_tokens=value)


_COUNT = Number(1, integer=True)

SETTINGS: tuple[Setting, ...] = (
    # key, kind, help, default; then the command-line option, if any
    Setting(
        None, Text(), "model under test, repeatable: an alias, smollm2, hf:PATH_OR_ID, openai:MODEL[@URL], "
        "anthropic:MODEL, fake:RULES", shown_default="default_model from the settings, else smollm2",
        option="--trust-model", dest="trust_models", alias="--model", metavar="SPEC", action="append",
    ),
    Setting("default_model", Text(), "model spec or alias used when no --trust-model is given"),
    Setting(
        "models", StrMapping("a model spec string like 'hf:./ckpt'"), "aliases: name -> model spec",
        default_factory=dict,
    ),
    Setting(
        "generation", Generation(), "decoding parameters: " + ", ".join(f.name for f in fields(GenerationParams)),
        default_factory=GenerationParams,
    ),
    Setting(
        None, GENERATION_RANGES["max_new_tokens"], "most new tokens per answer (settings: generation.max_new_tokens)",
        option="--trust-max-tokens", metavar="N", merge=_max_tokens,
    ),
    Setting(
        "batch_size", Number(1, integer=True, maximum=65_536), "conversations per batch for local models",
        option="--trust-batch-size", metavar="N",
    ),
    Setting(
        "device", Text(), "device for local models: auto, cpu, cuda, mps", "auto",
        option="--trust-device", metavar="DEVICE",
    ),
    Setting(
        "dtype", Text(), "dtype for local models: auto, float32, bfloat16, float16", "auto",
        option="--trust-dtype", metavar="DTYPE",
    ),
    Setting(
        "decision", Choice(DECISIONS), "how a rate meets its threshold: " + ", ".join(DECISIONS), "lenient",
        option="--trust-decision", metavar="{" + ",".join(DECISIONS) + "}",
    ),
    Setting(
        "thresholds", Thresholds(), "per subcategory and metric overrides, e.g. jailbreak: {refusal_rate: 0.9}",
        default_factory=dict,
    ),
    Setting(
        "cache_dir", Folder(), "folder for the answer cache and converted models",
        default_factory=default_cache_dir, shown_default="$XDG_CACHE_HOME or ~/.cache, then pytest-trustllm",
        option="--trust-cache-dir", metavar="DIR",
    ),
    Setting("sample", _COUNT, "run a stable subset of N cases per test", option="--trust-sample", metavar="N"),
    Setting(
        "sequential", Bool(),
        "generate each test's cases in rounds and stop once its verdict is settled (off against a baseline, "
        "whose paired comparison needs every case)", False,
        option="--trust-sequential", action="store_true",
    ),
    Setting(
        "sequential_confidence", Number(0.5, maximum=0.999),
        "confidence at which sequential gating settles a verdict (its false-verdict rate is 1 minus this)", 0.95,
        option="--trust-sequential-confidence", metavar="C",
    ),
    Setting(
        "budgets", Choice(BUDGETS),
        "token budgets: generate each test's answers only as long as its scorers read them (refusal_by_rules reads "
        "the opening sentences); off: every answer gets the run's max_new_tokens", "on",
        option="--trust-budgets", metavar="{" + ",".join(BUDGETS) + "}",
    ),
    Setting(
        "judge", Text(), "model spec or alias of the LLM judge for judged evaluators",
        shown_default="the offline evaluators", option="--trust-judge", alias="--judge", metavar="SPEC",
    ),
    Setting(
        "scorers", Scorers(),
        "trait -> learned classifier replacing its offline rules, e.g. "
        "refusal: {classifier: 'hf:ORG/NAME', refusal_label: LABEL_1}; traits: "
        + ", ".join(f"{trait} with {label}" for trait, label in SCORER_TRAITS.items()),
        default_factory=dict,
    ),
    Setting(
        "concurrency", PerModel(Number(1, integer=True, maximum=1024)),
        "API requests in flight per model: a number, or model name -> number",
        shown_default="the adapter's, 8 for API models",
        option="--trust-concurrency", metavar="N",
    ),
    Setting(
        "rate_limit", PerModel(Number(0.001, maximum=10_000)),
        "API requests started per second per model: a number, or model name -> number", shown_default="unlimited",
        option="--trust-rate-limit", metavar="R",
    ),
    Setting(
        "timeout", Number(0.1, maximum=3600),
        "seconds one API request may take, start to last byte, before it is retried", 60.0,
        option="--trust-timeout", metavar="S",
    ),
    Setting(
        "max_retries", Number(0, integer=True, maximum=100),
        "retries of a failed API request (429, 5xx, timeout, dropped connection)", 5,
    ),
    Setting(
        "error_tolerance", Number(0, maximum=1),
        "share of a test's answers that may fail (0 to 1); more makes the test an error", 0.05,
    ),
    Setting(
        "api_key_env", StrMapping("an environment variable name like MY_OPENAI_KEY"),
        "scheme -> environment variable holding its API key, e.g. openai: MY_OPENAI_KEY", default_factory=dict,
    ),
    Setting(
        None, Text(), "settings file", shown_default="trustllm.yaml, else [tool.trustllm] in pyproject.toml",
        option="--trust-config", metavar="PATH",
    ),
    Setting(
        "trustllm_data", Folder(),
        "TrustLLM's dataset folder (ethics/, fairness/, ... as published): runs trust_suites/trustllm",
        shown_default="the TrustLLM suite is skipped", option="--trust-data", metavar="DIR",
    ),
    Setting(
        "trustllm_generation", GenerationByFile(),
        "TrustLLM file stem -> decoding parameters over TrustLLM's per-file ones, e.g. jailbreak: {temperature: 0}",
        default_factory=dict,
    ),
    Setting(
        None, ReportFile(), "write every checked metric to this file, repeatable; the extension names the format: "
        ".json, .md (a pull-request comment), .html (charts)", option="--trust-report", dest="trust_reports",
        metavar="PATH", action="append",
    ),
    Setting(
        "baseline", BaselinePath(),
        "compare every metric with the same metric of this JSON report (or of the previous run: last); "
        "a metric worse beyond noise fails its test",
        option="--trust-baseline", metavar="PATH.json|last",
    ),
    Setting(
        None, Text(), "run models A and B and compare A's metrics with B's (B is A's baseline)",
        option="--trust-compare", metavar=("A", "B"), nargs=2,
    ),
    Setting(
        "regression", Regression(),
        "when a metric is worse than its baseline's: {tolerance: absolute margin, alpha: test error rate}",
        default_factory=RegressionPolicy, shown_default="tolerance 0, alpha 0.05",
    ),
    Setting(
        None, Text(), "write every case's prompt, answer, reference, verdict and scorer to this JSONL file",
        option="--trust-log", metavar="PATH.jsonl",
    ),
    Setting(
        "undecided", Choice(UNDECIDED),
        "a test with too few cases to decide: fail, or skip with the reason",
        shown_default="fail under decision strict, else skip", option="--trust-undecided",
        metavar="{" + ",".join(UNDECIDED) + "}",
    ),
    Setting(
        None, Text(), "write every answer of the run under this folder (TrustLLM files in TrustLLM's own layout)",
        option="--trust-answers", metavar="DIR",
    ),
    Setting(None, Flag(), "neither read nor write the answer cache", option="--trust-no-cache", action="store_true"),
    Setting(
        None, Flag(), "generate every case of every test, whatever the settings file says (sequential: true)",
        option="--trust-no-sequential", action="store_true",
    ),
)
"""Every setting and option of the plugin, in the order ``--help`` and the unknown-key message show them."""

FILE_SETTINGS: dict[str, Setting] = {s.key: s for s in SETTINGS if s.key is not None}


def _default(key: str) -> Callable[[], Any]:
    return lambda: FILE_SETTINGS[key].default_value()


@dataclass
class Settings:
    """The plugin's settings after the file and the command line are merged (defaults: :data:`SETTINGS`)."""

    source: str = "defaults"
    default_model: str | None = field(default_factory=_default("default_model"))
    models: dict[str, str] = field(default_factory=_default("models"))
    generation: GenerationParams = field(default_factory=_default("generation"))
    batch_size: int | None = field(default_factory=_default("batch_size"))
    device: str = field(default_factory=_default("device"))
    dtype: str = field(default_factory=_default("dtype"))
    decision: Decision = field(default_factory=_default("decision"))
    thresholds: dict[str, dict[str, Threshold | float]] = field(default_factory=_default("thresholds"))
    cache_dir: Path = field(default_factory=_default("cache_dir"))
    sample: int | None = field(default_factory=_default("sample"))
    sequential: bool = field(default_factory=_default("sequential"))
    sequential_confidence: float = field(default_factory=_default("sequential_confidence"))
    budgets: str = field(default_factory=_default("budgets"))
    judge: str | None = field(default_factory=_default("judge"))
    scorers: dict[str, ClassifierSetting] = field(default_factory=_default("scorers"))
    concurrency: int | dict[str, int] | None = field(default_factory=_default("concurrency"))
    rate_limit: float | dict[str, float] | None = field(default_factory=_default("rate_limit"))
    timeout: float = field(default_factory=_default("timeout"))
    max_retries: int = field(default_factory=_default("max_retries"))
    error_tolerance: float = field(default_factory=_default("error_tolerance"))
    api_key_env: dict[str, str] = field(default_factory=_default("api_key_env"))
    trustllm_data: Path | None = field(default_factory=_default("trustllm_data"))
    trustllm_generation: dict[str, dict[str, Any]] = field(default_factory=_default("trustllm_generation"))
    baseline: str | None = field(default_factory=_default("baseline"))
    regression: RegressionPolicy = field(default_factory=_default("regression"))
    undecided: str | None = field(default_factory=_default("undecided"))

    @property
    def undecided_outcome(self) -> str:
        """What an undecided test becomes: ``undecided``, else fail under the strict decision (a release
        sign-off must not pass on too few cases), else skip."""
        return self.undecided or ("fail" if self.decision == "strict" else "skip")

    def per_model(self, key: str, name: str) -> Any:
        """``concurrency`` or ``rate_limit`` for model ``name`` (a number, or its entry in a mapping)."""
        value = getattr(self, key)
        return value.get(name) if isinstance(value, dict) else value


# -- reading the file -----------------------------------------------------------------------


def read_settings(rootpath: Path, explicit: str | None) -> Settings:
    """Find and parse the settings file: --trust-config, else trustllm.yaml, else pyproject.toml."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise usage_error(f"--trust-config {explicit}: file not found")
        return parse_settings(_read_yaml(path), str(path), path.parent)
    path = rootpath / CONFIG_FILE
    if path.is_file():
        return parse_settings(_read_yaml(path), str(path), rootpath)
    pyproject = rootpath / "pyproject.toml"
    if pyproject.is_file():
        try:
            tool = tomllib.loads(_read_text(pyproject)).get("tool", {})
        except tomllib.TOMLDecodeError as exc:
            raise usage_error(f"{pyproject}: not valid TOML ({exc})") from None
        if not isinstance(tool, Mapping):
            raise usage_error(f"{pyproject}: 'tool' must be a table ([tool.trustllm]), got {type(tool).__name__}")
        table = tool.get("trustllm")
        if table is not None:
            return parse_settings(table, f"{pyproject} [tool.trustllm]", rootpath)
    return Settings()


def _read_text(path: Path) -> str:
    try:
        return read_utf8(path)
    except ValueError as exc:
        raise usage_error(str(exc)) from None


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        data = yaml.safe_load(_read_text(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or exc
        raise usage_error(f"{where}: not valid YAML ({problem}); fix the syntax there") from None
    return {} if data is None else data


def parse_settings(raw: Any, source: str, base: Path) -> Settings:
    """Check every key and value; anything wrong is a usage error naming the file, the key and the fix.

    ``base`` is the folder relative paths in the file start from (the file's own folder).
    A key with no value (``sample:`` in YAML) keeps its default.
    """
    if not isinstance(raw, Mapping):
        raise usage_error(f"{source}: expected a mapping of settings, got {type(raw).__name__}")
    unknown = sorted(str(key) for key in raw if key not in FILE_SETTINGS)
    if unknown:
        hint = _did_you_mean(unknown[0], FILE_SETTINGS)
        raise usage_error(f"{source}: unknown setting {unknown[0]!r}{hint}; the settings are:\n{settings_list()}")
    _check_keys(raw, source)
    settings = Settings(source=source)
    for key, value in raw.items():
        if value is not None:
            setattr(settings, key, FILE_SETTINGS[key].kind.check(value, f"{source}: {key}", base))
    return settings


def _check_keys(value: Any, source: str, at: str = "") -> None:
    """Every key of every mapping is a string: YAML reads ``1:`` as a number and ``yes:`` or ``on:`` as True."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                where = f"{source}: {at}" if at else source
                raise usage_error(
                    f"{where}: key {key!r} is a {type(key).__name__}, not a name; quote it if it is meant as one"
                )
            _check_keys(item, source, f"{at}.{key}" if at else key)
    elif isinstance(value, list):
        for item in value:
            _check_keys(item, source, at)


def settings_list() -> str:
    """The settings file's keys, one a line with their help (and option), for the unknown-key message."""
    return "\n".join(f"  {key}: {setting.file_help()}" for key, setting in FILE_SETTINGS.items())
