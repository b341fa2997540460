"""The published TrustLLM dataset for the tests that read it (never copied into the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CANDIDATES = (
    os.environ.get("TRUSTLLM_DATA", ""),  # wherever a user keeps it
    str(REPO.parent / "shared" / "trustllm" / "dataset"),  # beside the checkout, as in this workplace
    "/work/shared/trustllm/dataset",  # the workplace's shared folder, for a clean clone elsewhere (CI)
)


@pytest.fixture(scope="session")
def trustllm_dataset() -> Path:
    """TrustLLM's published dataset folder; tests that need it skip, saying where it is looked for, when absent."""
    for candidate in filter(None, CANDIDATES):
        if (Path(candidate) / "safety" / "jailbreak.json").is_file():
            return Path(candidate)
    pytest.skip(
        "TrustLLM's published dataset (its six folders of JSON files) is not in $TRUSTLLM_DATA nor at "
        + ", ".join(filter(None, CANDIDATES[1:]))
    )
