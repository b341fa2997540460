"""Settings from trustllm.yaml or ``[tool.trustllm]`` in pyproject.toml, checked once."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, cast

import pytest

from .models.base import GenerationParams
from .stats import DECISIONS, Decision, Threshold

CONFIG_FILE = "trustllm.yaml"
_KEYS = {
    "default_model": "model spec or alias used when no --model is given",
    "models": "aliases: name -> model spec",
    "generation": "decoding parameters: " + ", ".join(f.name for f in fields(GenerationParams)),
    "batch_size": "conversations per batch for local models",
    "device": "device for local models (auto, cpu, cuda, mps)",
    "dtype": "dtype for local models (auto, float32, bfloat16, float16)",
    "decision": "how a rate meets its threshold: " + ", ".join(DECISIONS),
    "thresholds": "per subcategory and metric overrides, e.g. jailbreak: {refusal_rate: 0.9}",
    "cache_dir": "folder for the answer cache and converted models",
    "sample": "cases per test (a stable subset) for quick runs",
    "judge": "model spec or alias of the LLM judge for judged evaluators (default: offline evaluators)",
    "concurrency": "API requests in flight per model: a number, or model name -> number",
    "rate_limit": "API requests started per second per model: a number, or model name -> number",
    "timeout": "seconds one API request may take before it is retried",
    "max_retries": "retries of a failed API request (429, 5xx, timeout, dropped connection)",
    "error_tolerance": "share of a test's answers that may fail (0 to 1); more makes the test an error",
    "api_key_env": "scheme -> environment variable holding its API key, e.g. openai: MY_OPENAI_KEY",
}


def usage_error(message: str) -> pytest.UsageError:
    return pytest.UsageError(f"pytest-trustllm: {message}")


@dataclass
class Settings:
    """The plugin's settings after the file and the command line are merged."""

    source: str = "defaults"
    default_model: str | None = None
    models: dict[str, str] = field(default_factory=dict)
    generation: GenerationParams = field(default_factory=GenerationParams)
    batch_size: int | None = None
    device: str = "auto"
    dtype: str = "auto"
    decision: Decision = "lenient"
    thresholds: dict[str, dict[str, Threshold | float]] = field(default_factory=dict)
    cache_dir: Path = field(default_factory=lambda: default_cache_dir())
    sample: int | None = None
    judge: str | None = None
    concurrency: int | dict[str, int] | None = None
    rate_limit: float | dict[str, float] | None = None
    timeout: float = 60.0
    max_retries: int = 5
    error_tolerance: float = 0.05
    api_key_env: dict[str, str] = field(default_factory=dict)

    def per_model(self, key: str, name: str) -> Any:
        """``concurrency`` or ``rate_limit`` for model ``name`` (a number, or its entry in a mapping)."""
        value = getattr(self, key)
        return value.get(name) if isinstance(value, dict) else value


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pytest-trustllm"


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
            table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("trustllm")
        except tomllib.TOMLDecodeError as exc:
            raise usage_error(f"{pyproject}: not valid TOML ({exc})") from None
        if table is not None:
            return parse_settings(table, f"{pyproject} [tool.trustllm]", rootpath)
    return Settings()


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or exc
        raise usage_error(f"{where}: not valid YAML ({problem}); fix the syntax there") from None
    return {} if data is None else data


def parse_settings(raw: Any, source: str, base: Path) -> Settings:
    """Check every key and value; anything wrong is a usage error naming the file and key."""
    if not isinstance(raw, Mapping):
        raise usage_error(f"{source}: expected a mapping of settings, got {type(raw).__name__}")
    unknown = sorted(set(raw) - set(_KEYS))
    if unknown:
        known = "\n".join(f"  {k}: {v}" for k, v in _KEYS.items())
        raise usage_error(f"{source}: unknown setting {unknown[0]!r}; the settings are:\n{known}")
    s = Settings(source=source)
    get = _Getter(source, raw)
    s.default_model = get.optional("default_model", str)
    s.models = get.mapping_of_str("models")
    s.generation = _generation(source, get.optional("generation", dict) or {})
    s.batch_size = get.positive_int("batch_size")
    s.device = get.optional("device", str) or "auto"
    s.dtype = get.optional("dtype", str) or "auto"
    decision = get.optional("decision", str) or "lenient"
    if decision not in DECISIONS:
        raise usage_error(f"{source}: decision {decision!r} must be one of {', '.join(DECISIONS)}")
    s.decision = cast(Decision, decision)
    s.thresholds = _thresholds(source, get.optional("thresholds", dict) or {})
    cache_dir = get.optional("cache_dir", str)
    if cache_dir:
        s.cache_dir = (base / os.path.expanduser(cache_dir)).resolve()
    s.sample = get.positive_int("sample")
    s.judge = get.optional("judge", str)
    s.concurrency = get.per_model("concurrency", int, 0)
    s.rate_limit = get.per_model("rate_limit", float, 0)
    s.timeout = get.number("timeout", 0, s.timeout)
    s.max_retries = int(get.number("max_retries", -1, s.max_retries, integer=True))
    s.error_tolerance = get.number("error_tolerance", -1e-12, s.error_tolerance, most=1.0)
    s.api_key_env = get.mapping_of_str("api_key_env", "an environment variable name like MY_OPENAI_KEY")
    return s


class _Getter:
    def __init__(self, source: str, raw: Mapping[str, Any]) -> None:
        self.source, self.raw = source, raw

    def optional(self, key: str, kind: type) -> Any:
        value = self.raw.get(key)
        if value is not None and not isinstance(value, kind):
            raise usage_error(f"{self.source}: {key} must be a {kind.__name__}, got {value!r}")
        return value

    def positive_int(self, key: str) -> int | None:
        value = self.optional(key, int)
        if value is not None and value < 1:
            raise usage_error(f"{self.source}: {key} must be a positive integer, got {value!r}")
        return cast("int | None", value)

    def mapping_of_str(self, key: str, what: str = "a model spec string like 'hf:./ckpt'") -> dict[str, str]:
        value = self.optional(key, dict) or {}
        for name, target in value.items():
            if not isinstance(target, str):
                raise usage_error(f"{self.source}: {key}.{name} must be {what}")
        return dict(value)

    def number(
        self, key: str, above: float, default: float, *, integer: bool = False, most: float | None = None
    ) -> float:
        """A number greater than ``above`` (and at most ``most``), or the default when absent."""
        value = self.raw.get(key)
        if value is None:
            return default
        return float(check_number(f"{self.source}: {key}", value, above, integer=integer, most=most))

    def per_model(self, key: str, kind: type, above: float) -> Any:
        """A number, or a mapping of model names to numbers."""
        value = self.raw.get(key)
        integer = kind is int
        if value is None or not isinstance(value, Mapping):
            return None if value is None else check_number(f"{self.source}: {key}", value, above, integer=integer)
        return {
            str(name): check_number(f"{self.source}: {key}.{name}", v, above, integer=integer)
            for name, v in value.items()
        }


def check_number(where: str, value: Any, above: float, *, integer: bool = False, most: float | None = None) -> Any:
    """``value`` if it is a number (an integer when asked) greater than ``above``; else a usage error."""
    kind = "an integer" if integer else "a number"
    ok = isinstance(value, int if integer else int | float) and not isinstance(value, bool)
    if not ok or value <= above or (most is not None and value > most):
        bound = f"at least {above + 1:g}" if integer else ("at least 0" if above < 0 else f"above {above:g}")
        limit = f" and at most {most:g}" if most is not None else ""
        raise usage_error(f"{where} must be {kind} {bound}{limit}, got {value!r}")
    return value


def _generation(source: str, raw: Mapping[str, Any]) -> GenerationParams:
    known = {f.name: f for f in fields(GenerationParams)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise usage_error(f"{source}: unknown generation setting {key!r}; known: {', '.join(known)}")
        default = getattr(GenerationParams(), key)
        if key == "stop":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise usage_error(f"{source}: generation.stop must be a string or a list of strings")
            value = tuple(value)
        elif not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise usage_error(f"{source}: generation.{key} must be a non-negative number, got {value!r}")
        elif isinstance(default, int) and not isinstance(value, int):
            raise usage_error(f"{source}: generation.{key} must be an integer, got {value!r}")
        values[key] = value
    return GenerationParams(**values)


def _thresholds(source: str, raw: Mapping[str, Any]) -> dict[str, dict[str, Threshold | float]]:
    out: dict[str, dict[str, Threshold | float]] = {}
    for key, metrics in raw.items():
        if not isinstance(metrics, Mapping):
            raise usage_error(f"{source}: thresholds.{key} must map metric names to numbers, e.g. refusal_rate: 0.9")
        out[str(key)] = {}
        for metric, value in metrics.items():
            where = f"{source}: thresholds.{key}.{metric}"
            if isinstance(value, str):
                try:
                    out[str(key)][str(metric)] = Threshold.parse(value)
                except ValueError as exc:
                    raise usage_error(f"{where}: {exc}") from None
            elif isinstance(value, int | float) and not isinstance(value, bool):
                out[str(key)][str(metric)] = float(value)
            else:
                raise usage_error(f"{where} must be a number (keeps the test's direction) or '>= N' / '<= N'")
    return out
