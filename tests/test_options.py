"""The settings table: options checked as the command line is parsed, the settings file, and the short aliases."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from support import assert_usage_error, make_cases, run, write_suite

from pytest_trustllm.config import (
    FILE_SETTINGS,
    SCORER_TRAITS,
    SETTINGS,
    ClassifierSetting,
    Settings,
    parse_settings,
)
from pytest_trustllm.models.base import GenerationParams

# -- the table ----------------------------------------------------------------------------

#: option dests other modules read with config.getoption(...)
READ_DESTS = {
    "trust_models", "trust_config", "trust_sample", "trust_reports", "trust_no_cache", "trust_cache_dir",
    "trust_batch_size", "trust_max_tokens", "trust_decision", "trust_device", "trust_dtype", "trust_judge",
    "trust_concurrency", "trust_rate_limit", "trust_timeout", "trust_data", "trust_answers",
    "trust_baseline", "trust_compare", "trust_log", "trust_undecided", "trust_sequential",
    "trust_sequential_confidence", "trust_budgets", "trust_no_sequential",
}  # fmt: skip


def test_every_settings_field_has_one_row_and_every_row_a_field():
    fields = {f.name for f in dataclasses.fields(Settings)} - {"source"}
    assert set(FILE_SETTINGS) == fields
    keys = [s.key for s in SETTINGS if s.key is not None]
    assert len(keys) == len(set(keys))


def test_every_option_has_a_trust_name_and_the_dests_others_read():
    options = [s.option for s in SETTINGS if s.option is not None]
    assert all(option.startswith("--trust-") for option in options), options
    assert len(options) == len(set(options))
    assert {s.option_dest for s in SETTINGS if s.option is not None} == READ_DESTS
    aliases = {s.alias: s.option for s in SETTINGS if s.alias is not None}
    assert aliases == {"--model": "--trust-model", "--judge": "--trust-judge"}


def test_defaults_come_from_the_table():
    s = Settings()
    assert (s.timeout, s.max_retries, s.error_tolerance) == (60.0, 5, 0.05)
    assert (s.decision, s.device, s.dtype) == ("lenient", "auto", "auto")
    assert (s.sample, s.batch_size, s.judge, s.default_model, s.concurrency, s.rate_limit) == (None,) * 6
    assert s.generation == GenerationParams()
    assert s.models == {} and s.thresholds == {} and s.api_key_env == {} and s.scorers == {}
    assert s.cache_dir.name == "pytest-trustllm"
    # Mutable defaults are fresh per instance.
    s.models["x"] = "fake:refuse"
    assert Settings().models == {}


# -- command-line values are checked at parse time --------------------------------------

CONFIGURED = """
from pathlib import Path

def pytest_configure(config):
    Path(__file__).with_name("configured.txt").write_text("yes")
"""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--trust-sample", "0"), "--trust-sample must be at least 1, got 0"),
        (("--trust-sample", "x"), "--trust-sample must be an integer at least 1, got 'x'"),
        (("--trust-sample=2.5",), "--trust-sample must be an integer at least 1, got '2.5'"),
        (("--trust-timeout", "-1"), "--trust-timeout must be at least 0.1 and at most 3600, got -1"),
        (("--trust-timeout=nan",), "--trust-timeout must be a number at least 0.1 and at most 3600, got 'nan'"),
        (("--trust-rate-limit", "0"), "--trust-rate-limit must be at least 0.001 and at most 10000, got 0"),
        (("--trust-rate-limit=fast",), "--trust-rate-limit must be a number at least 0.001 and at most 10000"),
        (("--trust-concurrency=0",), "--trust-concurrency must be at least 1 and at most 1024, got 0"),
        (("--trust-batch-size=-4",), "--trust-batch-size must be at least 1 and at most 65536, got -4"),
        (("--trust-max-tokens=0",), "--trust-max-tokens must be at least 1 and at most 1000000, got 0"),
        (("--trust-decision", "maybe"), "--trust-decision must be one of lenient, point, strict, got 'maybe'"),
        (("--trust-device=",), "--trust-device must not be empty"),
        (("--trust-model=",), "--trust-model must not be empty"),
        (("--model=",), "--model must not be empty"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else None,
)
def test_bad_option_value_is_a_usage_error_at_parse_time(
    pytester: pytest.Pytester, args: tuple[str, ...], message: str
):
    pytester.makeconftest(CONFIGURED)
    write_suite(pytester, make_cases(3))
    result = run(pytester, "--trust-model=fake:refuse", *args)
    assert_usage_error(result, message)
    # Stopped while parsing the command line: pytest_configure never ran, nothing was collected.
    assert not (pytester.path / "configured.txt").exists()
    assert "collected" not in result.stdout.str()


def test_bad_value_in_addopts_is_a_usage_error_too(pytester: pytest.Pytester):
    pytester.makeini("[pytest]\naddopts = --trust-sample=0\n")
    write_suite(pytester, make_cases(3))
    assert_usage_error(run(pytester, "--trust-model=fake:refuse"), "--trust-sample must be at least 1, got 0")


SHOW_SETTINGS = """
import dataclasses
import json
from pathlib import Path

from pytest_trustllm.plugin import state_key


def test_show(request):
    s = request.config.stash[state_key].settings
    shown = {f.name: getattr(s, f.name) for f in dataclasses.fields(s)}
    shown["generation"] = s.generation.as_dict()
    shown["scorers"] = {k: dataclasses.asdict(v) for k, v in s.scorers.items()}
    shown["models_given"] = request.config.getoption("trust_models")
    Path("settings.json").write_text(json.dumps(shown, default=str))
"""


def _settings(pytester: pytest.Pytester, *args: str) -> dict[str, Any]:
    """The merged settings a run sees, with ``args`` on its command line."""
    pytester.makepyfile(test_show=SHOW_SETTINGS)
    result = run(pytester, "test_show.py", *args)
    result.assert_outcomes(passed=1)
    shown: dict[str, Any] = json.loads((pytester.path / "settings.json").read_text())
    return shown


def test_command_line_wins_over_the_file(pytester: pytest.Pytester):
    pytester.makefile(
        ".yaml",
        trustllm="""
        decision: point
        timeout: 5
        batch_size: 2
        sample: 9
        generation: {max_new_tokens: 12, temperature: 0.5}
        concurrency: {gpt-4o: 2}
        cache_dir: ./from-file
        judge: fake:comply
        """,
    )
    file_only = _settings(pytester)
    assert file_only["decision"] == "point" and file_only["timeout"] == 5.0 and file_only["sample"] == 9
    given = _settings(
        pytester,
        "--trust-decision=strict",
        "--trust-timeout",
        "2.5",
        "--trust-max-tokens=7",
        "--trust-sample=3",
        "--trust-concurrency=4",
        "--trust-rate-limit=1.5",
        "--trust-device=cpu",
        "--trust-dtype=float32",
        "--trust-judge=fake:refuse",
    )
    assert given["decision"] == "strict"
    assert given["timeout"] == 2.5
    assert given["generation"]["max_new_tokens"] == 7 and given["generation"]["temperature"] == 0.5
    assert given["sample"] == 3
    assert given["concurrency"] == 4 and given["rate_limit"] == 1.5
    assert (given["device"], given["dtype"], given["judge"]) == ("cpu", "float32", "fake:refuse")
    assert given["batch_size"] == 2  # not given: the file's
    # run() passes --trust-cache-dir, which wins over cache_dir: in the file
    assert given["cache_dir"] == str((pytester.path / "cache").resolve())


def test_file_paths_are_relative_to_the_settings_file(pytester: pytest.Pytester):
    config = pytester.mkdir("conf") / "trust.yaml"
    config.write_text(
        "cache_dir: ./answers\nscorers: {toxicity: {classifier: 'hf:../models/tox', toxic_label: toxic}}\n"
    )
    shown = _settings(pytester, f"--trust-config={config}")
    assert shown["scorers"] == {
        "toxicity": {"classifier": f"hf:{(pytester.path / 'models' / 'tox').resolve()}", "label": "toxic"}
    }


# -- the settings file ------------------------------------------------------------------------


def _parse(text: str, base: Path = Path("/work/proj")) -> Settings:
    import yaml

    return parse_settings(yaml.safe_load(textwrap.dedent(text)), "trustllm.yaml", base)


def test_file_values_are_checked_by_the_same_kinds():
    s = _parse(
        """
        decision: strict
        sample: 4
        rate_limit: {gpt-4o: 2, claude: 0.5}
        timeout: 10
        max_retries: 0
        error_tolerance: 0
        thresholds: {jailbreak: {refusal_rate: 0.9}, misuse: {refusal_rate: '<= 0.1'}}
        generation: {max_new_tokens: 64, stop: END}
        """
    )
    assert (s.decision, s.sample, s.timeout, s.max_retries, s.error_tolerance) == ("strict", 4, 10.0, 0, 0.0)
    assert s.rate_limit == {"gpt-4o": 2.0, "claude": 0.5}
    assert s.per_model("rate_limit", "claude") == 0.5
    assert s.generation == GenerationParams(max_new_tokens=64, stop=("END",))
    assert s.thresholds["jailbreak"] == {"refusal_rate": 0.9}
    assert str(s.thresholds["misuse"]["refusal_rate"]) == "<= 0.1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sample: 0", "trustllm.yaml: sample must be an integer at least 1, got 0"),
        ("sample: true", "trustllm.yaml: sample must be an integer at least 1, got True"),
        ("timeout: .nan", "trustllm.yaml: timeout must be a number at least 0.1 and at most 3600, got nan"),
        ("decision: maybe", "trustllm.yaml: decision must be one of lenient, point, strict, got 'maybe'"),
        ("device: ''", "trustllm.yaml: device must not be empty"),
        ("models: [a, b]", "trustllm.yaml: models must be a mapping of names to strings"),
        ("models: {a: 3}", "trustllm.yaml: models.a must be a model spec string like 'hf:./ckpt', got 3"),
        ("generation: {beams: 3}", "trustllm.yaml: generation: unknown generation setting 'beams'"),
        ("thresholds: {sub: 0.5}", "trustllm.yaml: thresholds.sub must map metric names to numbers"),
        ("cache_dir: 3", "trustllm.yaml: cache_dir must be a str, got 3"),
    ],
)
def test_bad_file_value_names_the_file_the_key_and_the_fix(text: str, message: str):
    with pytest.raises(pytest.UsageError) as info:
        _parse(text)
    assert message in str(info.value)


def test_unknown_key_lists_every_setting_with_its_help_and_option():
    with pytest.raises(pytest.UsageError) as info:
        _parse("sampel: 3")
    text = str(info.value)
    assert text.startswith("pytest-trustllm: trustllm.yaml: unknown setting 'sampel' (did you mean 'sample'?)")
    for key, setting in FILE_SETTINGS.items():
        assert f"\n  {key}: {setting.help}" in text
    timeout = "seconds one API request may take, start to last byte, before it is retried"
    timeout += " (default: 60; --trust-timeout)"
    assert f"  timeout: {timeout}" in text
    assert "  scorers: trait -> learned classifier" in text


def test_a_key_without_a_value_keeps_its_default():
    s = _parse("timeout:\nsample:\n")
    assert (s.timeout, s.sample) == (60.0, None)


# -- scorers: learned classifiers instead of rules --------------------------------------------


def test_scorers_map_traits_to_classifiers():
    s = _parse(
        """
        scorers:
          refusal: {classifier: "hf:LibrAI/longformer-harmful-ro", refusal_label: LABEL_0}
          toxicity: {classifier: "hf:./tox-clf", toxic_label: toxic}
        """,
        base=Path("/work/proj"),
    )
    assert s.scorers == {
        "refusal": ClassifierSetting("hf:LibrAI/longformer-harmful-ro", "LABEL_0"),
        "toxicity": ClassifierSetting("hf:/work/proj/tox-clf", "toxic"),
    }
    assert SCORER_TRAITS == {"refusal": "refusal_label", "toxicity": "toxic_label"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.scorers["refusal"].label = "x"  # type: ignore[misc]


def test_scorer_paths_resolve_from_the_settings_folder_and_others_stay():
    s = _parse(
        """
        scorers:
          refusal: {classifier: "hf:../shared/refusal@main", refusal_label: LABEL_1}
          toxicity: {classifier: "hf:/abs/tox", toxic_label: "1"}
        """,
        base=Path("/work/proj/conf"),
    )
    assert s.scorers["refusal"] == ClassifierSetting("hf:/work/proj/shared/refusal@main", "LABEL_1")
    assert s.scorers["toxicity"] == ClassifierSetting("hf:/abs/tox", "1")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "scorers: {toxicty: {classifier: 'hf:x/y', toxic_label: t}}",
            "trustllm.yaml: scorers.toxicty: unknown trait (did you mean 'toxicity'?); "
            "the traits are refusal (with refusal_label), toxicity (with toxic_label)",
        ),
        (
            "scorers: {refusal: {classifier: 'hf:x/y'}}",
            "trustllm.yaml: scorers.refusal: refusal_label is missing; "
            "write refusal: {classifier: 'hf:ORG/NAME', refusal_label: LABEL_1}",
        ),
        (
            "scorers: {toxicity: {toxic_label: t}}",
            "trustllm.yaml: scorers.toxicity: classifier is missing",
        ),
        (
            "scorers: {refusal: {classifier: 'hf:x/y', label: LABEL_1}}",
            "trustllm.yaml: scorers.refusal: unknown key 'label'; refusal takes classifier and refusal_label",
        ),
        (
            "scorers: {refusal: {classifier: 'hf:x/y', refusal_label: L, toxic_label: T}}",
            "trustllm.yaml: scorers.refusal: unknown key 'toxic_label'",
        ),
        (
            "scorers: {refusal: {classifier: 'LibrAI/longformer', refusal_label: L}}",
            "trustllm.yaml: scorers.refusal.classifier must be 'hf:' and a local folder or a hub id "
            "(hf:./my-classifier, hf:ORG/NAME), got 'LibrAI/longformer'",
        ),
        (
            "scorers: {refusal: {classifier: 'hf:', refusal_label: L}}",
            "scorers.refusal.classifier must be 'hf:'",
        ),
        (
            "scorers: {refusal: {classifier: 3, refusal_label: L}}",
            "scorers.refusal.classifier must be 'hf:'",
        ),
        (
            "scorers: {refusal: {classifier: 'hf:x/y', refusal_label: 1}}",
            "trustllm.yaml: scorers.refusal.refusal_label must be the classifier's label (a string, e.g. LABEL_1) "
            "that means refusal, got 1",
        ),
        ("scorers: {refusal: 'hf:x/y'}", "trustllm.yaml: scorers.refusal must be a mapping like {classifier:"),
        ("scorers: [refusal]", "trustllm.yaml: scorers must map a trait to a classifier"),
    ],
    ids=[
        "unknown-trait", "missing-label", "missing-classifier", "wrong-label-key", "extra-key", "not-hf",
        "empty-target", "classifier-not-str", "label-not-str", "entry-not-mapping", "not-mapping",
    ],
)  # fmt: skip
def test_bad_scorers_name_the_file_the_key_and_the_fix(text: str, message: str):
    with pytest.raises(pytest.UsageError) as info:
        _parse(text)
    assert message in str(info.value)


def test_bad_scorers_stop_a_run_with_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="scorers:\n  refusal: {classifier: 'hf:./clf'}\n")
    assert_usage_error(run(pytester, "--trust-model=fake:refuse"), "trustllm.yaml: scorers.refusal: refusal_label")


def test_scorers_from_pyproject(pytester: pytest.Pytester):
    pytester.makepyprojecttoml(
        """
        [tool.trustllm.scorers.toxicity]
        classifier = "hf:./tox-clf"
        toxic_label = "toxic"
        """
    )
    shown = _settings(pytester)
    classifier = f"hf:{pytester.path.resolve() / 'tox-clf'}"
    assert shown["scorers"] == {"toxicity": {"classifier": classifier, "label": "toxic"}}


# -- --model and --judge: short aliases where free --------------------------------------------

OWN_MODEL_OPTION = """
def pytest_addoption(parser):
    parser.addoption("--model", action="store", default="resnet", help="this repository's own model")
"""

READS_OWN_OPTION = """
def test_own_option(request):
    assert request.config.getoption("model") == "vit-b16"
"""


def test_a_conftest_with_its_own_model_option_keeps_it(pytester: pytest.Pytester):
    pytester.makeconftest(OWN_MODEL_OPTION)
    pytester.makepyfile(test_own=READS_OWN_OPTION)
    write_suite(pytester, make_cases(4))
    result = run(pytester, "-v", "--model=vit-b16", "--trust-model=fake:refuse")
    output = result.stdout.str() + result.stderr.str()
    assert "conflicting option string" not in output
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines_random(["*test_own.py::test_own_option PASSED*", "*test_suite?fake:refuse? PASSED*"])
    # The space form reaches the conftest's option as well.
    run(pytester, "--model", "vit-b16", "--trust-model", "fake:refuse").assert_outcomes(passed=2)


def test_judge_alias_stays_when_only_model_is_claimed(pytester: pytest.Pytester):
    pytester.makeconftest(OWN_MODEL_OPTION)
    shown = _settings(pytester, "--model", "vit-b16", "--judge", "fake:comply", "--trust-model=fake:refuse")
    assert (shown["judge"], shown["models_given"]) == ("fake:comply", ["fake:refuse"])


def test_the_help_shows_the_conftests_model_and_ours_under_trust_names(pytester: pytest.Pytester):
    pytester.makeconftest(
        OWN_MODEL_OPTION + '    parser.addoption("--judge", action="store_true", help="this repository\'s judge")\n'
    )
    result = pytester.runpytest("--help")
    assert result.ret == pytest.ExitCode.OK
    help_text = result.stdout.str()
    assert "this repository's own model" in help_text and "this repository's judge" in help_text
    assert "--trust-model=SPEC" in help_text and "--trust-judge=SPEC" in help_text
    assert "short for --trust-model" not in help_text and "short for --trust-judge" not in help_text


def test_a_plugin_loaded_by_a_conftest_still_gets_the_aliases(pytester: pytest.Pytester):
    # Not through the entry point: the plugin registers while the initial conftests load.
    pytester.makeconftest('pytest_plugins = ["pytest_trustllm.plugin"]\n')
    write_suite(pytester, make_cases(3))
    result = run(pytester, "-p", "no:trustllm", "-v", "--model=fake:refuse")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*test_suite?fake:refuse? PASSED*"])


@pytest.mark.parametrize(
    "args",
    [
        ("--model=fake:refuse", "--model=fake:comply"),
        ("--model", "fake:refuse", "--model", "fake:comply"),
        ("--trust-model=fake:refuse", "--model", "fake:comply"),
        ("--trust-model", "fake:refuse", "--trust-model=fake:comply"),
    ],
    ids=["equals", "space", "mixed", "trust"],
)
def test_model_alias_without_a_clash(pytester: pytest.Pytester, args: tuple[str, ...]):
    write_suite(pytester, make_cases(4))
    result = run(pytester, "-v", *args)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_suite?fake:refuse? PASSED*", "*test_suite?fake:comply? FAILED*"])


@pytest.mark.parametrize("args", [("--judge=fake:refuse",), ("--judge", "fake:refuse"), ("--trust-judge=fake:refuse",)])
def test_judge_alias_without_a_clash(pytester: pytest.Pytester, args: tuple[str, ...]):
    assert _settings(pytester, *args)["judge"] == "fake:refuse"


def test_the_help_lists_the_trust_options_and_the_free_aliases(pytester: pytest.Pytester):
    result = pytester.runpytest("--help")
    assert result.ret == pytest.ExitCode.OK
    help_text = result.stdout.str()
    for option in (s.option for s in SETTINGS if s.option is not None):
        assert option in help_text, option
    assert "--model=SPEC" in help_text and "short for --trust-model" in help_text
    assert "--judge=SPEC" in help_text and "short for --trust-judge" in help_text
    assert "(default: 60; settings: timeout)" in help_text
