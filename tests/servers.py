"""Loopback HTTP servers that speak the OpenAI and Anthropic wire formats, with fault injection.

One :class:`LoopbackServer` answers both APIs on 127.0.0.1 (a free port), in a background
thread; ``api`` only picks which ``base_url`` and ``spec()`` it hands out::

    POST /v1/chat/completions   OpenAI Chat Completions   base_url http://127.0.0.1:PORT/v1
    POST /v1/messages           Anthropic Messages        base_url http://127.0.0.1:PORT

Use it as a context manager or through the fixtures ``openai_server`` and
``anthropic_server`` (import them into a test module: ``from servers import openai_server``)::

    with LoopbackServer("openai", answer="comply", faults=Faults(rate_limit=0.5)) as server:
        run(pytester, f"--model={server.spec('m')}")
        assert server.requests == ...

Answers: ``answer`` is ``"refuse"`` (default), ``"comply"`` or ``"echo"`` (the texts of
``fake:`` models, ``{prompt}`` filled in), or a function of the messages (a list of
``{"role", "content"}``; Anthropic's ``system`` comes first as a system message) to the text.

Faults (:class:`Faults`, assignable at any time as ``server.faults``) are deterministic: a
prompt (the last message's content) hashes to a number in [0, 1), and the shares
``rate_limit``, ``server_error``, ``slow``, ``malformed``, ``incomplete``, ``drop``,
``unauthorized``, ``trickle`` take consecutive slices of [0, 1) in that order. A prompt in a
fault's slice fails its first ``failures`` attempts (attempts are counted per prompt), then
succeeds; ``unauthorized`` and ``trickle`` (a byte a second) fail every attempt. ``latency``
delays every answer. ``models`` is what ``GET /v1/models`` lists (None: 404).

Records (reset with :meth:`LoopbackServer.reset`): ``requests`` (all requests), ``max_in_flight``
(most requests handled at once), ``keys`` (the Authorization / x-api-key header values seen),
``attempts`` (a Counter of requests per prompt), ``bodies`` (the parsed JSON of every request)
and ``faults_served`` (a Counter of fault kinds sent).
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from pytest_trustllm.models.fake import BUILT_IN

Messages = list[dict[str, str]]
AnswerFn = Callable[[Messages], str]

FAULT_KINDS = ("rate_limit", "server_error", "slow", "malformed", "incomplete", "drop", "unauthorized", "trickle")


@dataclass(frozen=True)
class Faults:
    """Which requests fail and how (shares of prompts, see the module docstring)."""

    rate_limit: float = 0.0
    """429 with ``Retry-After: {retry_after}`` (no header when ``retry_after`` is None)."""
    server_error: float = 0.0
    """``server_error_status`` (500; use 503, or 529 for Anthropic's "overloaded")."""
    slow: float = 0.0
    """Sleep ``slow_seconds`` (past the client's timeout), then answer."""
    malformed: float = 0.0
    """Status 200 with a body that is not JSON."""
    incomplete: float = 0.0
    """Status 200 with JSON that lacks ``choices`` / ``content``."""
    drop: float = 0.0
    """Close the connection without any response."""
    unauthorized: float = 0.0
    """401 on every attempt (not transient); the message echoes the key sent, to test redaction."""
    trickle: float = 0.0
    """Status 200 and headers at once, then the body one byte every ``trickle_seconds`` (every attempt)."""
    trickle_seconds: float = 1.0
    failures: int = 1
    """Attempts of a selected prompt that fail before it succeeds."""
    retry_after: str | None = "0"
    server_error_status: int = 500
    slow_seconds: float = 2.0
    latency: float = 0.0
    """Seconds every request waits before its answer (or its fault)."""

    def fault(self, prompt: str, attempt: int) -> str | None:
        """The fault kind for this prompt's ``attempt`` (1-based), or None to answer."""
        point = int.from_bytes(hashlib.sha256(prompt.encode()).digest()[:8], "big") / 2.0**64
        edge = 0.0
        for kind in FAULT_KINDS:
            share: float = getattr(self, kind)
            if edge <= point < edge + share:
                return kind if kind in ("unauthorized", "trickle") or attempt <= self.failures else None
            edge += share
        return None


class LoopbackServer:
    """An OpenAI- and Anthropic-compatible server on 127.0.0.1 in a background thread."""

    def __init__(self, api: str = "openai", answer: str | AnswerFn = "refuse", faults: Faults | None = None) -> None:
        if api not in ("openai", "anthropic"):
            raise ValueError(f"api must be 'openai' or 'anthropic', not {api!r}")
        self.api = api
        self.answer = answer
        self.faults = faults or Faults()
        self.models: list[dict[str, Any]] | None = None
        """What ``GET /v1/models`` lists (None: 404)."""
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.reset()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._httpd.owner = self  # type: ignore[attr-defined]
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.02,), name=f"{api}-loopback", daemon=True
        )

    # -- lifecycle ----------------------------------------------------------

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()  # wakes slow handlers
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        root = f"http://127.0.0.1:{self.port}"
        return f"{root}/v1" if self.api == "openai" else root

    def spec(self, model: str = "test-model") -> str:
        """A ``--model`` value for this server: ``openai:MODEL@URL`` or ``anthropic:MODEL@URL``."""
        return f"{self.api}:{model}@{self.base_url}"

    def reset(self) -> None:
        """Forget every record (requests, in-flight peak, keys, attempts, bodies)."""
        with self._lock:
            self.requests = 0
            self.in_flight = 0
            self.max_in_flight = 0
            self.keys: list[str] = []
            self.attempts: Counter[str] = Counter()
            self.bodies: list[dict[str, Any]] = []
            self.faults_served: Counter[str] = Counter()

    # -- used by the handler ------------------------------------------------

    def _enter(self, body: dict[str, Any], key: str | None, prompt: str) -> str | None:
        """Record a request; return its fault kind, or None to answer it."""
        with self._lock:
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if key is not None:
                self.keys.append(key)
            self.bodies.append(body)
            self.attempts[prompt] += 1
            fault = self.faults.fault(prompt, self.attempts[prompt])
            if fault is not None:
                self.faults_served[fault] += 1
            return fault

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._closing.wait(seconds)

    def _text(self, messages: Messages) -> str:
        if callable(self.answer):
            return self.answer(messages)
        prompt = messages[-1]["content"] if messages else ""
        return BUILT_IN[self.answer].replace("{prompt}", prompt)


def _content_text(content: Any) -> str:
    """A message's content as text (Anthropic allows a list of blocks)."""
    if isinstance(content, list):
        return "".join(block.get("text", "") for block in content if isinstance(block, dict))
    return str(content)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ThreadingHTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        """``GET /v1/models``: the server's ``models`` list, when a test gave one (else 404, as some servers do)."""
        owner: LoopbackServer = self.server.owner  # type: ignore[attr-defined]
        if self.path == "/v1/models" and owner.models is not None:
            self._json(200, {"object": "list", "data": owner.models})
        else:
            self._json(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        owner: LoopbackServer = self.server.owner  # type: ignore[attr-defined]
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self._json(400, {"error": {"message": "request body is not JSON"}})
            return
        if self.path == "/v1/chat/completions":
            messages = [{"role": m["role"], "content": _content_text(m["content"])} for m in body["messages"]]
        elif self.path == "/v1/messages":
            system = body.get("system")
            messages = [{"role": "system", "content": _content_text(system)}] if system else []
            messages += [{"role": m["role"], "content": _content_text(m["content"])} for m in body["messages"]]
        else:
            self._json(404, {"error": {"message": f"no route {self.path}"}})
            return
        key = self.headers.get("Authorization") or self.headers.get("x-api-key")
        prompt = messages[-1]["content"] if messages else ""
        fault = owner._enter(body, key, prompt)
        try:
            owner._wait(owner.faults.latency)
            self._serve(owner, body, messages, fault, key or "")
        except OSError:
            pass  # the client gave up (timeout): nothing to answer
        finally:
            owner._leave()

    def _serve(
        self, owner: LoopbackServer, body: dict[str, Any], messages: Messages, fault: str | None, key: str
    ) -> None:
        faults = owner.faults
        anthropic = self.path == "/v1/messages"
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "rate_limit":
            headers = {} if faults.retry_after is None else {"Retry-After": faults.retry_after}
            self._json(429, _error(anthropic, "rate_limit_error", "rate limited"), headers)
            return
        if fault == "server_error":
            kind = "overloaded_error" if faults.server_error_status == 529 else "api_error"
            self._json(faults.server_error_status, _error(anthropic, kind, "server error"))
            return
        if fault == "unauthorized":
            # Echoes the key, as careless servers do, to test that adapters redact it.
            self._json(401, _error(anthropic, "authentication_error", f"invalid api key: {key}"))
            return
        if fault == "malformed":
            self._send(200, b'{"id": "broken", "choices": [', "application/json")
            return
        if fault == "incomplete":
            self._json(200, {"id": "incomplete", "model": body.get("model", "")})
            return
        if fault == "trickle":
            data = json.dumps(_chat_completion(body, owner._text(messages))).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                owner._wait(faults.trickle_seconds)
                if owner._closing.is_set():
                    return
            return
        if fault == "slow":
            owner._wait(faults.slow_seconds)
        text = owner._text(messages)
        # An empty answer is one cut at the token limit (as a reasoning model's that spent it thinking).
        payload = _anthropic_message(body, text) if anthropic else _chat_completion(body, text)
        if not text:
            if anthropic:
                payload["stop_reason"] = "max_tokens"
            else:
                payload["choices"][0]["finish_reason"] = "length"
        self._json(200, payload)

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", headers)

    def _send(self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _error(anthropic: bool, kind: str, message: str) -> dict[str, Any]:
    if anthropic:
        return {"type": "error", "error": {"type": kind, "message": message}}
    return {"error": {"message": message, "type": kind, "code": None}}


def _usage(body: dict[str, Any], text: str) -> tuple[int, int]:
    return len(json.dumps(body.get("messages", [])).split()), len(text.split())


def _chat_completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    prompt_tokens, completion_tokens = _usage(body, text)
    return {
        "id": f"chatcmpl-{hashlib.sha256(text.encode()).hexdigest()[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _anthropic_message(body: dict[str, Any], text: str) -> dict[str, Any]:
    input_tokens, output_tokens = _usage(body, text)
    return {
        "id": f"msg_{hashlib.sha256(text.encode()).hexdigest()[:12]}",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", ""),
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


@pytest.fixture
def openai_server() -> Iterator[LoopbackServer]:
    """A refusing OpenAI-compatible server; set ``.answer`` / ``.faults`` to change it."""
    with LoopbackServer("openai") as server:
        yield server


@pytest.fixture
def anthropic_server() -> Iterator[LoopbackServer]:
    """A refusing Anthropic-compatible server; set ``.answer`` / ``.faults`` to change it."""
    with LoopbackServer("anthropic") as server:
        yield server
