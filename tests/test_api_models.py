"""The OpenAI and Anthropic adapters, with the real SDKs, against the loopback servers of ``servers.py``."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest
from servers import Faults, LoopbackServer, anthropic_server, openai_server
from support import REFUSE, cache_dir, make_cases, report_metrics, run, run_shipped, write_suite

from pytest_trustllm.models import BUILT_IN_ALIASES, GenerationParams, ModelError, ModelOptions, Registry
from pytest_trustllm.models.anthropic import AnthropicModel
from pytest_trustllm.models.base import TransientError
from pytest_trustllm.models.openai import OpenAIModel
from pytest_trustllm.models.remote import PLACEHOLDER_KEY, RequestError, redact, retry_after, split_target

__all__ = ["anthropic_server", "openai_server"]  # fixtures, imported to be used here

SECRET = "sk-test-SECRET-1234567890"
ADAPTERS = {"openai": OpenAIModel, "anthropic": AnthropicModel}
CHAT = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "Say hi."},
    {"role": "assistant", "content": "Hi."},
    {"role": "user", "content": "Again, then STOP and more."},
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "MY_KEY"):
        monkeypatch.delenv(name, raising=False)


def adapter(server: LoopbackServer, model: str = "test-model", **options: Any) -> OpenAIModel | AnthropicModel:
    """The adapter for ``server``'s API, pointed at it."""
    options.setdefault("timeout", 5.0)
    return ADAPTERS[server.api](f"{model}@{server.base_url}", ModelOptions(**options))


@pytest.fixture(params=["openai", "anthropic"])
def server(request: pytest.FixtureRequest) -> Any:
    with LoopbackServer(request.param, answer="echo") as s:
        yield s


# -- request mapping ---------------------------------------------------------------


def test_openai_request_carries_messages_and_every_parameter(openai_server: LoopbackServer):
    openai_server.answer = lambda messages: "Hello there STOP hidden"
    params = GenerationParams(max_new_tokens=17, temperature=0.7, top_p=0.9, seed=42, stop=("STOP",))
    model = adapter(openai_server, "my-model")
    assert model.complete(CHAT, params) == "Hello there "
    (body,) = openai_server.bodies
    assert body["model"] == "my-model"
    assert body["messages"] == CHAT
    assert (body["max_tokens"], body["temperature"], body["top_p"], body["seed"]) == (17, 0.7, 0.9, 42)
    assert body["stop"] == ["STOP"]
    assert "max_completion_tokens" not in body


def test_openai_sends_no_stop_when_there_is_none(openai_server: LoopbackServer):
    assert adapter(openai_server).complete(CHAT[-1:], GenerationParams()) == REFUSE
    assert "stop" not in openai_server.bodies[0]


def test_openai_null_content_is_empty_text(openai_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch):
    import servers

    real = servers._chat_completion

    def null_content(body: dict[str, Any], text: str) -> dict[str, Any]:
        reply = real(body, text)
        reply["choices"][0]["message"]["content"] = None
        return reply

    monkeypatch.setattr(servers, "_chat_completion", null_content)
    assert adapter(openai_server).complete(CHAT[-1:], GenerationParams()) == ""


def test_anthropic_request_puts_system_apart(anthropic_server: LoopbackServer):
    seen: list[list[dict[str, str]]] = []
    anthropic_server.answer = lambda messages: seen.append(messages) or "Fine. STOP hidden"
    conversation = [{"role": "system", "content": "Rule one."}, {"role": "system", "content": "Rule two."}, *CHAT[1:]]
    params = GenerationParams(max_new_tokens=33, temperature=0.5, top_p=0.8, stop=("STOP",))
    assert adapter(anthropic_server, "claude-x").complete(conversation, params) == "Fine. "
    (body,) = anthropic_server.bodies
    assert body["model"] == "claude-x"
    assert body["system"] == "Rule one.\n\nRule two."
    assert body["messages"] == CHAT[1:]
    assert body["max_tokens"] == 33
    assert body["stop_sequences"] == ["STOP"]
    # API version 2026-10-21 (the 2.x SDK) rejects sampling parameters, even at their defaults.
    assert not {"temperature", "top_p", "top_k", "seed"} & set(body)
    assert seen[0][0] == {"role": "system", "content": "Rule one.\n\nRule two."}


def test_anthropic_without_system_or_stop_sends_neither(anthropic_server: LoopbackServer):
    assert adapter(anthropic_server).complete(CHAT[1:2], GenerationParams()) == REFUSE
    assert not {"system", "stop_sequences"} & set(anthropic_server.bodies[0])


def test_anthropic_text_is_the_concatenated_text_blocks(anthropic_server: LoopbackServer, monkeypatch):
    import servers

    real = servers._anthropic_message

    def blocks(body: dict[str, Any], text: str) -> dict[str, Any]:
        reply = real(body, text)
        reply["content"] = [
            {"type": "text", "text": "one, "},
            {"type": "thinking", "thinking": "hmm", "signature": "x"},
            {"type": "text", "text": "two"},
        ]
        return reply

    monkeypatch.setattr(servers, "_anthropic_message", blocks)
    assert adapter(anthropic_server).complete(CHAT[1:2], GenerationParams()) == "one, two"


# -- errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("faults", "expected_retry_after"),
    [
        (Faults(rate_limit=1.0, retry_after="7"), 7.0),
        (Faults(rate_limit=1.0, retry_after=None), None),
        (Faults(server_error=1.0), None),
        (Faults(server_error=1.0, server_error_status=503, retry_after="2"), None),
        (Faults(server_error=1.0, server_error_status=529), None),
        (Faults(malformed=1.0), None),
        (Faults(incomplete=1.0), None),
        (Faults(drop=1.0), None),
        (Faults(slow=1.0, slow_seconds=10.0), None),
    ],
    ids=["429", "429-no-header", "500", "503", "529", "malformed", "incomplete", "drop", "slow"],
)
def test_faults_a_retry_may_fix_are_transient(server: LoopbackServer, faults: Faults, expected_retry_after):
    server.faults = faults
    model = adapter(server, timeout=1.0 if faults.slow else 10.0)
    with pytest.raises(TransientError) as caught:
        model.complete(CHAT[-1:], GenerationParams())
    assert caught.value.retry_after == expected_retry_after
    assert caught.value.__cause__ is None  # the SDK's exception (it holds the request) is not chained
    assert caught.value.__suppress_context__ or caught.value.__context__ is None
    assert sum(server.faults_served.values()) == 1
    # The same prompt succeeds once its failures are spent (failures=1).
    assert model.complete(CHAT[-1:], GenerationParams()) == CHAT[-1]["content"]


def test_retry_after_as_an_http_date(server: LoopbackServer):
    start = time.time()
    server.faults = Faults(rate_limit=1.0, retry_after=formatdate(start + 60, usegmt=True))
    with pytest.raises(TransientError) as caught:
        adapter(server).complete(CHAT[-1:], GenerationParams())
    waited = time.time() - start  # the first import of an SDK may take seconds on a busy machine
    assert caught.value.retry_after is not None and 59 - waited <= caught.value.retry_after <= 60


def test_retry_after_parsing():
    assert retry_after({"retry-after": "3"}) == 3.0
    assert retry_after({"retry-after": "1.5"}) == 1.5
    assert retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after({"retry-after": formatdate(time.time() - 100, usegmt=True)}) == 0.0
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({}) is None and retry_after(None) is None


def test_unauthorized_is_a_model_error_that_hides_the_key(server: LoopbackServer, monkeypatch):
    monkeypatch.setenv(f"{server.api.upper()}_API_KEY", SECRET)
    server.faults = Faults(unauthorized=1.0)
    with pytest.raises(ModelError) as caught:
        adapter(server).complete(CHAT[-1:], GenerationParams())
    assert not isinstance(caught.value, TransientError)
    assert "HTTP 401" in str(caught.value) and f"{server.api.upper()}_API_KEY" in str(caught.value)
    assert SECRET in server.keys[0]  # sent, and echoed back in the error body...
    assert SECRET not in str(caught.value) and SECRET[:12] not in str(caught.value)  # ...but not passed on


def test_wrong_path_is_a_model_error_naming_the_base_url(openai_server: LoopbackServer):
    model = OpenAIModel(f"m@http://127.0.0.1:{openai_server.port}/nope", ModelOptions(timeout=5))
    with pytest.raises(ModelError, match=r"HTTP 404.*base URL http://127\.0\.0\.1:\d+/nope"):
        model.complete(CHAT[-1:], GenerationParams())


def test_a_refused_request_is_not_transient(openai_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch):
    import servers

    def reject(self: Any, status: int, payload: Any, headers: Any = None) -> None:
        real_json(self, 400 if status == 200 else status, {"error": {"message": "context too long"}}, headers)

    real_json = servers._Handler._json
    monkeypatch.setattr(servers._Handler, "_json", reject)
    with pytest.raises(RequestError, match="HTTP 400: context too long"):
        adapter(openai_server).complete(CHAT[-1:], GenerationParams())


def test_redact_hides_the_key_and_its_masked_forms():
    text = f"bad key {SECRET}, also sk-test-SECR***7890 and ...1234567890"
    assert SECRET[:12] not in redact(text, SECRET) and "34567890" not in redact(text, SECRET)
    assert redact(text, None) == text and redact("x not-needed", PLACEHOLDER_KEY) == "x not-needed"


# -- keys, base URLs, identity ---------------------------------------------------------


def test_key_from_the_environment_is_sent(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(f"{server.api.upper()}_API_KEY", SECRET)
    adapter(server).complete(CHAT[-1:], GenerationParams())
    assert server.keys == [f"Bearer {SECRET}"]


def test_key_from_the_configured_variable(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(f"{server.api.upper()}_API_KEY", "sk-the-wrong-one-000000")
    monkeypatch.setenv("MY_KEY", SECRET)
    model = adapter(server, extra={"api_key_env": {server.api: "MY_KEY"}})
    model.complete(CHAT[-1:], GenerationParams())
    assert server.keys == [f"Bearer {SECRET}"]


def test_a_custom_base_url_needs_no_key(server: LoopbackServer):
    adapter(server).complete(CHAT[-1:], GenerationParams())
    assert server.keys == [f"Bearer {PLACEHOLDER_KEY}"]


@pytest.mark.parametrize("scheme", ["openai", "anthropic"])
def test_no_key_for_the_vendor_api_is_a_model_error(scheme: str):
    model = ADAPTERS[scheme]("some-model", ModelOptions(extra={"api_key_env": {scheme: "MY_KEY"}}))
    with pytest.raises(ModelError, match="no API key; set MY_KEY"):
        model.complete(CHAT[-1:], GenerationParams())


def test_base_url_from_the_spec_then_the_environment(monkeypatch: pytest.MonkeyPatch):
    assert OpenAIModel("gpt-4o", ModelOptions()).identity == "openai:gpt-4o@default"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env:1/v1/")
    assert OpenAIModel("m", ModelOptions()).identity == "openai:m@http://env:1/v1"
    assert OpenAIModel("m@http://spec:3/v1", ModelOptions()).identity == "openai:m@http://spec:3/v1"
    assert AnthropicModel("claude-haiku-4-5", ModelOptions()).identity == "anthropic:claude-haiku-4-5@default"


def test_identity_never_holds_the_key(monkeypatch: pytest.MonkeyPatch, openai_server: LoopbackServer):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    model = adapter(openai_server)
    model.complete(CHAT[-1:], GenerationParams())
    assert SECRET not in model.identity and SECRET not in repr(model)


def test_split_target():
    assert split_target("gpt-4o") == ("gpt-4o", None)
    assert split_target("m@http://127.0.0.1:8000/v1/") == ("m", "http://127.0.0.1:8000/v1")
    assert split_target("claude@20240229@https://proxy/x") == ("claude@20240229", "https://proxy/x")
    assert split_target("claude@20240229") == ("claude@20240229", None)


@pytest.mark.parametrize("scheme", ["openai", "anthropic"])
def test_missing_sdk_names_the_extra(scheme: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, scheme, None)  # makes "import openai" fail
    with pytest.raises(ModelError, match=rf"pip install 'pytest-trustllm\[{scheme}\]'"):
        ADAPTERS[scheme]("m@http://127.0.0.1:9/v1", ModelOptions()).complete(CHAT[-1:], GenerationParams())


# -- aliases ---------------------------------------------------------------------------


def _registry() -> Registry:
    registry = Registry()
    for scheme in ("hf", "openai", "anthropic"):
        registry.register(scheme, OpenAIModel)  # any factory: resolve only needs the schemes
    return registry


def test_built_in_aliases_resolve():
    registry = _registry()
    assert registry.resolve("gpt-4o-mini", {}) == ("openai", "gpt-4o-mini")
    assert registry.resolve("claude-sonnet-4-5", {}) == ("anthropic", "claude-sonnet-4-5")
    assert registry.resolve("llama2-7b", {}) == ("hf", "meta-llama/Llama-2-7b-chat-hf")
    assert registry.resolve("mistral-7b", {}) == ("hf", "mistralai/Mistral-7B-Instruct-v0.2")
    for alias in BUILT_IN_ALIASES:
        registry.resolve(alias, {})


def test_config_aliases_override_built_in_ones():
    registry = _registry()
    assert registry.resolve("gpt-4o", {"gpt-4o": "openai:gpt-4o@http://proxy/v1"}) == (
        "openai",
        "gpt-4o@http://proxy/v1",
    )
    assert registry.resolve("mine", {"mine": "gpt-4o"}) == ("openai", "gpt-4o")


# -- whole runs through the plugin -----------------------------------------------------


def test_openai_model_runs_a_suite(pytester: pytest.Pytester, openai_server: LoopbackServer):
    write_suite(pytester, make_cases(6))
    result = run(pytester, "-v", f"--model={openai_server.spec('some-model')}", "--trust-report=r.json")
    result.assert_outcomes(passed=1)
    assert openai_server.requests == 6
    (record,) = report_metrics(pytester.path / "r.json")
    assert (record["value"], record["n"]) == (1.0, 6)
    again = run(pytester, f"--model={openai_server.spec('some-model')}")
    again.assert_outcomes(passed=1)
    assert openai_server.requests == 6  # all from the cache


def test_anthropic_model_runs_a_suite(pytester: pytest.Pytester, anthropic_server: LoopbackServer):
    anthropic_server.answer = "comply"
    write_suite(pytester, make_cases(5))
    result = run(pytester, f"--model={anthropic_server.spec('claude-x')}")
    result.assert_outcomes(failed=1)
    assert anthropic_server.requests == 5
    result.stdout.fnmatch_lines(["  refusal_rate *>= 0.9 *0.000 [[]0.000–0.434] n=5 FAIL"])


def test_two_api_models_share_one_summary(
    pytester: pytest.Pytester, openai_server: LoopbackServer, anthropic_server: LoopbackServer
):
    anthropic_server.answer = "comply"
    write_suite(pytester, make_cases(4))
    first, second = openai_server.spec("gpt-x"), anthropic_server.spec("claude-x")
    result = run(pytester, f"--model={first}", f"--model={second}")
    result.assert_outcomes(passed=1, failed=1)
    assert result.stdout.str().count("trustllm summary") == 1
    # Their long names do not fit side by side in 80 columns: a block per model, in command-line order.
    result.stdout.fnmatch_lines([f"{first}:", "*", "*1.000 * pass", f"{second}:", "*", "*0.000 * FAIL"])


def _run_shipped(pytester: pytest.Pytester, spec: str) -> dict[str, set[bool]]:
    names = ("safety/test_jailbreak.py", "safety/test_misuse.py", "safety/test_exaggerated_safety.py")
    _, metrics = run_shipped(pytester, names, spec, "--trust-sample=5")
    verdicts: dict[str, set[bool]] = {}
    for record in metrics:
        if record["passed"] is not None:  # a reported rate without a threshold has no verdict
            verdicts.setdefault(record["subcategory"], set()).add(record["passed"])
    return verdicts


def test_shipped_suites_over_the_openai_wire_format(pytester: pytest.Pytester):
    with LoopbackServer("openai", answer="refuse") as refusing, LoopbackServer("openai", answer="comply") as complying:
        safe = _run_shipped(pytester, refusing.spec())
        unsafe = _run_shipped(pytester, complying.spec())
    assert safe == {"jailbreak": {True}, "misuse": {True}, "exaggerated_safety": {False}}
    assert unsafe == {"jailbreak": {False}, "misuse": {False}, "exaggerated_safety": {True}}
    assert refusing.requests > 50 and refusing.max_in_flight >= 1


# -- the key never leaks ---------------------------------------------------------------


def test_the_key_appears_nowhere_the_plugin_writes(
    pytester: pytest.Pytester, openai_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    openai_server.answer = "comply"  # fails the refusal threshold
    write_suite(pytester, make_cases(6))
    write_suite(pytester, make_cases(3, prefix="u"), name="test_unauthorized")
    fine = openai_server.spec()
    # A second spec (another identity) whose every request gets a 401 that echoes the key.
    with LoopbackServer("openai", faults=Faults(unauthorized=1.0)) as rejecting:
        result = run(
            pytester,
            "-v",
            "-l",
            "--tb=long",
            "-rA",
            "--trust-report=r.json",
            f"--model={fine}",
            f"--model={rejecting.spec()}",
        )
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert openai_server.keys and all(key == f"Bearer {SECRET}" for key in openai_server.keys)
    assert rejecting.keys and all(key == f"Bearer {SECRET}" for key in rejecting.keys)
    output = "\n".join(result.outlines + result.errlines)
    assert "401" in output  # the rejection is reported...
    places = {"output": output.encode(), "report": (pytester.path / "r.json").read_bytes()}
    places.update({str(p): p.read_bytes() for p in cache_dir(pytester).rglob("*") if p.is_file()})
    assert any(name.endswith(".sqlite3") for name in places)
    for name, data in places.items():
        assert SECRET.encode() not in data, name  # ...without the key


def test_an_api_run_never_imports_torch(pytester: pytest.Pytester, openai_server: LoopbackServer):
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, pytest_trustllm; print(sorted({'torch', 'openai'} & set(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "[]"
    pytester.makeconftest(
        """
        import sys

        def pytest_terminal_summary(terminalreporter):
            terminalreporter.write_line(f"MODULES torch={'torch' in sys.modules} openai={'openai' in sys.modules}")
        """
    )
    write_suite(pytester, make_cases(3))
    result = pytester.runpytest_subprocess(
        f"--trust-cache-dir={cache_dir(pytester)}", "-p", "no:cacheprovider", f"--model={openai_server.spec()}"
    )
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["MODULES torch=False openai=True"])


def test_report_names_the_spec_without_a_key(pytester: pytest.Pytester, openai_server: LoopbackServer, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    write_suite(pytester, make_cases(2))
    run(pytester, f"--model={openai_server.spec('m')}", "--trust-report=r.json").assert_outcomes(passed=1)
    document = json.loads(Path(pytester.path / "r.json").read_text())
    spec = openai_server.spec("m")
    assert document["models"] == {spec: {"spec": spec, "identity": spec}}  # the identity holds no key either


@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_an_empty_answer_at_the_token_limit_is_an_error_not_a_refusal(api: str) -> None:
    with LoopbackServer(api, answer=lambda messages: "") as server:
        scheme, _, target = server.spec("m").partition(":")
        model = (OpenAIModel if scheme == "openai" else AnthropicModel)(target, ModelOptions())
        with pytest.raises(RequestError, match="empty answer, stopped at the token limit"):
            model.complete([{"role": "user", "content": "Think hard."}], GenerationParams(max_new_tokens=8))
