"""The published TrustLLM dataset for the tests that read it (never copied into the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATASET = Path(__file__).resolve().parents[2].parent / "shared" / "trustllm" / "dataset"


@pytest.fixture(scope="session")
def trustllm_dataset() -> Path:
    """TrustLLM's published dataset folder; tests that need it skip, saying where it is looked for, when absent."""
    if not (DATASET / "safety" / "jailbreak.json").is_file():
        pytest.skip(f"TrustLLM's published dataset is not at {DATASET} (its six folders of JSON files)")
    return DATASET
