"""What keys an API model's answers in the cache: its name, base URL, and what the server reports about it."""

from __future__ import annotations

import time

import pytest
from servers import LoopbackServer
from support import make_cases, run, write_suite

from pytest_trustllm.models.base import ModelOptions
from pytest_trustllm.models.openai import OpenAIModel

ENTRY = {"id": "test-model", "object": "model", "owned_by": "me", "created": 1_700_000_000, "revision": "step-900"}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with LoopbackServer("openai") as server:
        yield server


def identity(server: LoopbackServer, suffix: str = "") -> str:
    return OpenAIModel(f"test-model@{server.base_url}{suffix}", ModelOptions()).identity


def test_the_servers_report_of_the_model_keys_it(server: LoopbackServer):
    plain = identity(server)  # 404 on GET /v1/models: name and URL only
    assert plain == f"openai:test-model@{server.base_url}"
    server.models = [ENTRY, {**ENTRY, "id": "other-model", "revision": "x"}]
    listed = identity(server)
    assert listed.startswith(plain + "#") and listed == identity(server)
    server.models = [{**ENTRY, "revision": "step-1000"}]  # new weights behind the same name
    assert identity(server) not in (plain, listed)
    server.models = [{**ENTRY, "permission": [{"id": "perm-1", "created": time.time()}]}]  # changes per request
    assert identity(server) == listed
    server.models = [{**ENTRY, "id": "someone-else"}]
    assert identity(server) == plain


def test_a_created_time_that_is_now_says_nothing(server: LoopbackServer):
    # vLLM and llama.cpp report the request's time as ``created``.
    server.models = [{"id": "test-model", "owned_by": "vllm", "root": "/ckpt/step-900", "created": int(time.time())}]
    first = identity(server)
    later = int(time.time()) + 5
    server.models = [{"id": "test-model", "owned_by": "vllm", "root": "/ckpt/step-900", "created": later}]
    assert identity(server) == first
    server.models = [{"id": "test-model", "owned_by": "vllm", "root": "/ckpt/step-1000", "created": int(time.time())}]
    assert identity(server) != first


def test_a_revision_in_the_spec_overrides_the_server(server: LoopbackServer):
    server.models = [ENTRY]
    assert identity(server, "@step-900") == f"openai:test-model@{server.base_url}@step-900"
    assert identity(server, "@step-901") != identity(server, "@step-900")


def test_swapped_weights_behind_one_name_are_not_served_from_the_cache(pytester: pytest.Pytester, server):
    write_suite(pytester, make_cases(3))
    server.models = [ENTRY]
    run(pytester, f"--model={server.spec()}").stdout.fnmatch_lines(["*3 answers needed, 0 from cache, 3 generated*"])
    run(pytester, f"--model={server.spec()}").stdout.fnmatch_lines(["*3 answers needed, 3 from cache, 0 generated*"])
    server.models = [{**ENTRY, "revision": "step-1000"}]
    run(pytester, f"--model={server.spec()}").stdout.fnmatch_lines(["*3 answers needed, 0 from cache, 3 generated*"])
