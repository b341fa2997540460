"""Local models under pytest-xdist: worker i on GPU i, and a warning when workers would share a device."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from pytest_trustllm.models.hf import pick_device


def fake_torch(gpus: int) -> Any:
    cuda = SimpleNamespace(is_available=lambda: gpus > 0, device_count=lambda: gpus)
    mps = SimpleNamespace(is_available=lambda: False)
    return SimpleNamespace(cuda=cuda, backends=SimpleNamespace(mps=mps), device=lambda name: name)


def as_worker(monkeypatch: pytest.MonkeyPatch, worker: int, workers: int) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER", f"gw{worker}")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", str(workers))


@pytest.mark.filterwarnings("error")
def test_each_worker_gets_its_own_gpu(monkeypatch: pytest.MonkeyPatch):
    devices = []
    for worker in range(4):
        as_worker(monkeypatch, worker, 4)
        devices.append(pick_device(fake_torch(4), "auto"))
    assert devices == ["cuda:0", "cuda:1", "cuda:2", "cuda:3"]


@pytest.mark.parametrize(
    ("gpus", "where", "device"), [(2, "2 GPUs", "cuda:1"), (1, "1 GPU", "cuda"), (0, "one CPU", "cpu")]
)
def test_workers_sharing_a_device_are_warned(monkeypatch: pytest.MonkeyPatch, gpus: int, where: str, device: str):
    as_worker(monkeypatch, 3, 4)
    with pytest.warns(UserWarning, match=f"4 xdist workers share {where}: each loads its own copy.*openai:NAME@URL"):
        assert pick_device(fake_torch(gpus), "auto") == device


@pytest.mark.filterwarnings("error")
def test_one_process_and_an_explicit_device_are_left_alone(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    assert pick_device(fake_torch(4), "auto") == "cuda"
    as_worker(monkeypatch, 1, 8)
    assert pick_device(fake_torch(4), "cuda:0") == "cuda:0"
