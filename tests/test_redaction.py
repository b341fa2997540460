"""No piece of a live API key (8 characters or more) reaches any artifact of a run.

The loopback server echoes the key back without its prefix, by its middle, and whole in a
401 message, as careless servers do; the terminal, the JSON report, the JUnit XML, the
answers folder and the cache must hold none of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import Faults, LoopbackServer
from support import cache_dir, make_cases, run, write_suite

from pytest_trustllm.secrets import MIN_SECRET_LENGTH, mask_pieces, redact

SECRET = "sk-live-Q7w9E2r4T6y8U1i3O5p7A9s2D4f6G8h0"


def pieces(secret: str) -> list[str]:
    return [secret[i : i + MIN_SECRET_LENGTH] for i in range(len(secret) - MIN_SECRET_LENGTH + 1)]


def leaks(text: str) -> list[str]:
    return [piece for piece in pieces(SECRET) if piece in text]


def artifacts(folder: Path, result: pytest.RunResult) -> dict[str, str]:
    """Every text the run left: its output, and every file it wrote (the cache read as bytes)."""
    texts = {"terminal": "\n".join(result.outlines + result.errlines)}
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".py":
            texts[str(path.relative_to(folder))] = path.read_bytes().decode("utf-8", "replace")
    return texts


def echo(messages: list[dict[str, str]]) -> str:
    return f"Sure. Your key ends in {SECRET[3:]} and its middle is {SECRET[12:30]}; step 1: {messages[-1]['content']}"


@pytest.mark.parametrize("faults", [Faults(), Faults(unauthorized=1.0)], ids=["echoed-in-answers", "echoed-in-401"])
def test_no_piece_of_the_key_in_any_artifact(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, faults):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    write_suite(pytester, make_cases(4))
    module = pytester.path / "test_suite.py"  # a test that prints a piece of the key, as debugging code does
    debug = "(answers, trust):\n    print('key tail', __import__('os').environ['OPENAI_API_KEY'][6:])"
    module.write_text(module.read_text().replace("(answers, trust):", debug))
    with LoopbackServer("openai", answer=echo, faults=faults) as server:
        result = run(
            pytester, f"--model={server.spec()}", "--trust-report=r.json", "--junitxml=junit.xml",
            "--trust-answers=answers", "-rA", "-o", "junit_logging=all",
        )
        assert any(SECRET in key for key in server.keys)  # the key was sent, and echoed back
    texts = artifacts(pytester.path, result)
    assert {"terminal", "junit.xml"} <= set(texts)
    if faults.unauthorized:
        assert "HTTP 401" in texts["terminal"] and "***" in texts["terminal"]
    else:
        assert "r.json" in texts and any(name.startswith("answers") for name in texts)
        assert "[REDACTED]" in texts["r.json"] and "key tail [REDACTED]" in texts["junit.xml"]
        assert "key tail [REDACTED]" in texts["terminal"]
        assert any(name.startswith("cache") for name in texts)
    assert {name: leaks(text) for name, text in texts.items() if leaks(text)} == {}
    assert cache_dir(pytester).is_dir()


def test_pieces_are_masked_and_widened():
    text = f"a {SECRET[3:]} b {SECRET[10:18]} c {SECRET[5:12]} d sk-live-***G8h0"
    masked = mask_pieces(text, [SECRET], "#")
    assert masked == f"a # b # c {SECRET[5:12]} d #***G8h0"  # 7 characters are no secret; "sk-live-" is 8


def test_redact_masks_pieces_of_secret_environment_variables(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MY_SERVICE_TOKEN", SECRET)
    assert redact(f"echo {SECRET[8:]}") == "echo [REDACTED]"
    assert redact("an ordinary sentence about keys") == "an ordinary sentence about keys"
