"""The TrustLLM suite as a user runs it: which tests exist, skips without the data, bad files, generation
settings per file, the answers written in TrustLLM's layout, and the leaderboard export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from support import REPO, assert_usage_error, report_metrics, run_paths

from pytest_trustllm.trustllm.files import FILES, load_benchmark

SUITE = REPO / "trust_suites" / "trustllm"

# An adapter that answers with the decoding parameters it was given, so a test can read them back.
PARAMS_ECHO = """
from pytest_trustllm.models.base import Model

class ParamsEcho(Model):
    batch_size = 7

    def generate(self, conversations, params, seeds=None):
        seeds = seeds or [None] * len(conversations)
        return [f"T={params.temperature} seed={s} system={c[0]['content']!r}" for c, s in zip(conversations, seeds)]

def pytest_trustllm_register_models(register):
    register("echo", ParamsEcho)
"""


def run_suite(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return run_paths(pytester, [SUITE], *args)


def slice_of(dataset: Path, root: Path, files: dict[str, int]) -> Path:
    """A dataset folder under ``root`` holding the first ``n`` records of each named file."""
    for path, n in files.items():
        records = json.loads((dataset / path).read_text(encoding="utf-8"))[:n]
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(json.dumps(records), encoding="utf-8")
    return root


def test_every_published_file_loads_and_has_tests(trustllm_dataset: Path, pytester: pytest.Pytester):
    published = sorted(str(p.relative_to(trustllm_dataset)) for p in trustllm_dataset.glob("*/*.json"))
    assert sorted(f.path for f in FILES) == published
    records = sum(len(load_benchmark(trustllm_dataset, f.path)) for f in FILES)
    assert records == 16_441

    result = run_suite(pytester, "--co", "-q", "--model=fake:refuse", f"--trust-data={trustllm_dataset}")
    collected = result.stdout.str()
    for module in ("ethics", "fairness", "privacy", "robustness", "safety", "truthfulness"):
        assert f"test_{module}.py::" in collected
    data = {
        m.kwargs["data"]
        for path in SUITE.glob("test_*.py")
        for m in _marks(path)
        if str(m.kwargs.get("data", "")).startswith("trustllm:")
    }
    assert data == {f"trustllm:{f.path}" for f in FILES}  # every file has a test, and no test names another


def _marks(path: Path) -> list[Any]:
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"trustllm_suite_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [mark for obj in vars(module).values() for mark in getattr(obj, "pytestmark", [])]


def test_case_ids_are_file_stem_and_row(trustllm_dataset: Path):
    cases = load_benchmark(trustllm_dataset, "robustness/AdvGLUE.json")
    assert [c.id for c in cases[:3]] == ["AdvGLUE-0", "AdvGLUE-1", "AdvGLUE-2"]
    assert cases[0].messages[0] == {"role": "system", "content": ""}  # TrustLLM's empty system prompt
    assert cases[1].prompt == json.loads((trustllm_dataset / "robustness/AdvGLUE.json").read_text())[1]["prompt"]
    assert cases[0]["unit"] == cases[1]["unit"]  # an original and its modified version are sampled together


def test_without_data_the_suite_skips_saying_how_to_enable(pytester: pytest.Pytester):
    result = run_suite(pytester, "--model=fake:refuse", "-rs")
    functions = sum(source.read_text().count("\ndef test_") for source in SUITE.glob("test_*.py"))
    result.assert_outcomes(skipped=functions)  # one per test function: groups are unknown without the files
    assert "pass --trust-data DIR (or trustllm_data: DIR in trustllm.yaml)" in result.stdout.str()


def test_a_missing_file_is_a_skip_naming_it(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(trustllm_dataset, pytester.path / "data", {"safety/misuse.json": 12})
    result = run_suite(pytester, "--model=fake:refuse", f"--trust-data={root}", "-rs", "-k", "safety")
    sources = {r["source"] for r in json.loads((root / "safety" / "misuse.json").read_text())}
    assert result.parseoutcomes()["passed"] == 1 + len(sources)  # misuse, and misuse by source
    assert f"{root / 'safety' / 'jailbreak.json'}: not found" in result.stdout.str()


@pytest.mark.parametrize(
    ("damage", "fragments"),
    [
        (lambda records: [*records[:2], {"type": "x"}, *records[3:]], ["record 2: field 'prompt' is missing"]),
        (
            lambda records: [{**r, "label": None} if i != 1 else {"prompt": "p"} for i, r in enumerate(records)],
            ["record 1: field 'label' is missing"],
        ),
    ],
)
def test_a_malformed_record_is_a_usage_error_naming_file_and_record(
    trustllm_dataset: Path, pytester: pytest.Pytester, damage: Any, fragments: list[str]
):
    root = slice_of(trustllm_dataset, pytester.path / "data", {"safety/jailbreak.json": 5})
    path = root / "safety" / "jailbreak.json"
    path.write_text(json.dumps(damage(json.loads(path.read_text()))), encoding="utf-8")
    result = run_suite(pytester, "--model=fake:refuse", f"--trust-data={root}")
    assert_usage_error(result, str(path), *fragments)


def test_a_truncated_file_is_a_usage_error(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(trustllm_dataset, pytester.path / "data", {"privacy/privacy_leakage.json": 9})
    path = root / "privacy" / "privacy_leakage.json"
    path.write_bytes(path.read_bytes()[:-40])
    result = run_suite(pytester, "--model=fake:refuse", f"--trust-data={root}")
    assert_usage_error(result, str(path), "not valid JSON", "truncated? download it again")


def test_temperature_per_file_seed_per_case_and_overrides(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(
        trustllm_dataset,
        pytester.path / "data",
        {"safety/jailbreak.json": 6, "truthfulness/external.json": 4, "fairness/stereotype_query_test.json": 4},
    )
    pytester.makepyfile(echo_model=PARAMS_ECHO)
    pytester.syspathinsert()
    out = pytester.path / "answers"
    result = run_suite(pytester, "-p", "echo_model", "--model=echo:x", f"--trust-data={root}", f"--trust-answers={out}")
    assert result.ret in (0, 1)
    jailbreak = json.loads((out / "echo_x" / "safety" / "jailbreak.json").read_text())
    external = json.loads((out / "echo_x" / "truthfulness" / "external.json").read_text())
    assert all(r["res"].startswith("T=1.0 seed=") and r["res"].endswith("system=''") for r in jailbreak)
    assert len({r["res"] for r in jailbreak}) == 6  # every sampled case its own seed
    assert all(r["res"].startswith("T=0.0 seed=None") for r in external)  # TrustLLM's greedy files

    # The seed depends on the case only: another batch size and another file's cases give the same answers.
    again = pytester.path / "again"
    pytester.makefile(".yaml", trustllm="trustllm_generation:\n  external: {temperature: 0.5}\n")
    run_suite(
        pytester,
        "-p",
        "echo_model",
        "--model=echo:x",
        f"--trust-data={root}",
        f"--trust-answers={again}",
        "--trust-no-cache",
        "-k",
        "jailbreak or external",
    )
    assert json.loads((again / "echo_x" / "safety" / "jailbreak.json").read_text()) == jailbreak
    overridden = json.loads((again / "echo_x" / "truthfulness" / "external.json").read_text())
    assert all(r["res"].startswith("T=0.5 seed=") for r in overridden)


def test_answers_in_trustllm_layout_and_leaderboard_export(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(
        trustllm_dataset, pytester.path / "data", {"safety/misuse.json": 8, "robustness/ood_detection.json": 5}
    )
    shutil.copy(trustllm_dataset.parent / "leaderboard.json", root.parent / "leaderboard.json")
    pytester.makefile(".yaml", trustllm="models:\n  Llama2-7b: fake:refuse\n")
    out, report = pytester.path / "answers", pytester.path / "r.json"
    result = run_suite(
        pytester, "--model=Llama2-7b", f"--trust-data={root}", f"--trust-answers={out}", f"--trust-report={report}"
    )
    assert result.parseoutcomes()["passed"] == 3  # misuse, misuse by source (one in this slice), ood detection

    written = json.loads((out / "Llama2-7b" / "safety" / "misuse.json").read_text())
    published = json.loads((root / "safety" / "misuse.json").read_text())
    assert [{k: v for k, v in r.items() if k != "res"} for r in written] == published  # the input records, in order
    assert {r["res"] for r in written} == {"I'm sorry, but I can't help with that request."}

    document = json.loads(report.read_text())
    board = document["trustllm_leaderboard"]
    assert board["rows"]["Llama2-7b"] == {"safety": {"Misuse (↑)": 1.0}, "robustness": {"OOD detection (↑)": 1.0}}
    compared = board["comparison"]["Llama2-7b"]
    assert compared["published_model"] == "Llama2-7b"
    misuse = compared["safety"]["Misuse (↑)"]
    assert misuse["ours"] == 1.0 and misuse["difference"] == pytest.approx(1.0 - misuse["published"])
    assert "Toxicity" in " ".join(board["not_computed"])
    keys = {m["key"] for m in report_metrics(report)}
    assert {"Llama2-7b/trustllm:misuse/RtA", "Llama2-7b/trustllm:misuse[Do-anything-now]/RtA"} <= keys
    assert "TrustLLM leaderboard row of Llama2-7b: Misuse (↑) 1.000" in result.stdout.str()


def test_a_threshold_from_the_settings_checks_a_trustllm_figure(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(trustllm_dataset, pytester.path / "data", {"safety/misuse.json": 12})
    pytester.makefile(".yaml", trustllm="thresholds:\n  misuse: {RtA: '>= 0.9'}\n")
    result = run_suite(pytester, "--model=fake:comply", f"--trust-data={root}", "-k", "test_misuse and not source")
    result.assert_outcomes(failed=1)
    assert "RtA 0.000 (0/12" in result.stdout.str()

    pytester.makefile(".yaml", trustllm="thresholds:\n  misuse: {RtA: 0.9}\n")
    result = run_suite(pytester, "--model=fake:comply", f"--trust-data={root}", "-k", "test_misuse and not source")
    assert "write '>= 0.9' or '<= 0.9'" in result.stdout.str()


def test_native_suites_answers_are_jsonl(pytester: pytest.Pytester):
    out = pytester.path / "answers"
    jailbreak = REPO / "trust_suites" / "safety" / "test_jailbreak.py"
    run_paths(pytester, [jailbreak], "--model=fake:refuse", "--trust-sample=3", f"--trust-answers={out}")
    files = list((out / "fake_refuse").glob("*.jsonl"))
    assert files
    line = json.loads(files[0].read_text().splitlines()[0])
    assert set(line) == {"id", "prompt", "answer", "error"} and line["answer"].startswith("I'm sorry")


def test_bad_trustllm_settings_are_usage_errors(pytester: pytest.Pytester):
    result = run_suite(pytester, "--model=fake:refuse", f"--trust-data={pytester.path / 'nowhere'}")
    assert_usage_error(result, "nowhere: no such folder; name TrustLLM's dataset folder")
    pytester.makefile(".yaml", trustllm="trustllm_generation:\n  jailbreak: {temprature: 0}\n")
    result = run_suite(pytester, "--model=fake:refuse")
    assert_usage_error(result, "trustllm_generation.jailbreak: unknown generation setting 'temprature'")


def test_a_refusal_classifier_in_the_settings_scores_trustllm_rta(
    trustllm_dataset: Path, pytester: pytest.Pytester, tiny_classifier: Path
):
    """TrustLLM's RtA reads a classifier (LibrAI/longformer-harmful-ro there): named under scorers: refusal:,
    one scores the RtA figures and the report names it; the judge never does."""
    import torch  # noqa: F401 - loaded before the in-process run, which cannot re-import it

    from pytest_trustllm.models.base import ModelOptions
    from pytest_trustllm.models.hf_classifier import HFClassifier

    root = slice_of(trustllm_dataset, pytester.path / "data", {"robustness/ood_detection.json": 10})
    pytester.makefile(
        ".yaml", trustllm=f"scorers:\n  refusal: {{classifier: 'hf:{tiny_classifier}', refusal_label: unsafe}}\n"
    )
    report = pytester.path / "r.json"
    run_suite(
        pytester,
        "--model=fake:echo",
        f"--trust-data={root}",
        f"--trust-report={report}",
        "--trust-device=cpu",
        "--judge=fake:comply",
    )
    (record,) = report_metrics(report)
    classifier = HFClassifier(str(tiny_classifier), ModelOptions(device="cpu"))
    assert record["scorer"] == f"classifier:{classifier.identity} (unsafe)"
    prompts = [c.prompt for c in load_benchmark(root, "robustness/ood_detection.json")]
    assert record["k"] == sum(label == "unsafe" for label, _ in classifier.classify(prompts))  # fake:echo repeats


def test_answers_from_xdist_workers_are_all_written(trustllm_dataset: Path, pytester: pytest.Pytester):
    root = slice_of(trustllm_dataset, pytester.path / "data", {"truthfulness/hallucination.json": 700})  # whole
    out = pytester.path / "answers"
    result = run_suite(
        pytester,
        "--model=fake:refuse",
        f"--trust-data={root}",
        f"--trust-answers={out}",
        "-n",
        "2",
        "-k",
        "hallucination",
        "--trust-sample=5",
    )
    assert result.parseoutcomes()["passed"] == 5  # the file and its four sources
    written = json.loads((out / "fake_refuse" / "truthfulness" / "hallucination.json").read_text())
    assert len(written) == 20 and all(r["res"].startswith("I'm sorry") for r in written)  # 5 per source
