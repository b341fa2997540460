"""The plugin's own hooks, added with ``pytest_addhooks``; implement them in a conftest.py or plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .models import ModelFactory


@pytest.hookspec
def pytest_trustllm_register_models(register: Callable[[str, ModelFactory], None]) -> None:
    """Register model adapters: ``register("myscheme", MyModel)`` makes ``--model=myscheme:TARGET`` work.

    ``MyModel(target, options)`` must be cheap to build (see ``pytest_trustllm.Model``).
    """
