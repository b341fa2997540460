"""What the SDK-based API adapters share: target parsing, the API key, one client, error mapping.

The ``openai`` and ``anthropic`` SDKs have the same exception classes (``RateLimitError``,
``APIStatusError``, ``APITimeoutError``, ``APIConnectionError``, ``APIResponseValidationError``),
so one mapping serves both: what a retry may fix becomes :class:`TransientError` (with the
server's Retry-After), a bad key or model a :class:`ModelError`, any other refusal a
:class:`RequestError`. No message this module builds contains the API key.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import threading
import time
from abc import abstractmethod
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Any, ClassVar
from urllib.parse import urlsplit

from ..secrets import mask_pieces
from .base import Conversation, GenerationParams, ModelError, ModelOptions, RemoteModel, TransientError, apply_stop

PLACEHOLDER_KEY = "not-needed"
"""Sent to a custom base URL when no key is set: local servers (vLLM, llama.cpp, Ollama) ignore it."""

_DETAIL_CHARS = 300


class MissingKey(ModelError):
    """No API key for a model that must be asked: a usage error of the run, reported once."""


class RequestError(Exception):
    """The API refused one request for good (a 4xx other than 401/403/404/408/409/429): not retried."""


_ADDRESS = re.compile(
    r"(localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,})(:\d*)?(/.*)?"
    r"|[\w.-]+:\d+(/.*)?"
)
"""What follows an ``@`` when it is a server address without ``http://``: a host with a port or a path."""
_OTHER_SCHEME = re.compile(r"@([A-Za-z][A-Za-z0-9+.-]*)://")
_REVISION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")


def split_target(target: str) -> tuple[str, str | None]:
    """``model`` or ``model@http(s)://base-url`` -> (model, base_url or None); see :func:`parse_target`."""
    model, url, _ = parse_target("openai", target)
    return model, url


def parse_target(scheme: str, target: str) -> tuple[str, str | None, str | None]:
    """``MODEL``, ``MODEL@BASE_URL`` or ``MODEL@BASE_URL@REVISION`` -> (model, base URL, revision).

    The base URL must start with http:// or https://: ``qwen@localhost:8000/v1`` would otherwise
    send the suite, and the key, to the vendor's public endpoint under the name
    ``qwen@localhost:8000/v1``. A model name may hold ``@`` (``claude@20240229``) when what
    follows it is no address. Raises :class:`ModelError` with the fix.
    """
    spec = f"{scheme}:{target}"
    for marker in ("@http://", "@https://"):
        at = target.find(marker)
        if at >= 0:
            model, url = target[:at], target[at + 1 :]
            break
    else:
        if other := _OTHER_SCHEME.search(target):
            raise ModelError(
                f"{spec}: unsupported URL scheme {other.group(1)!r}; the base URL must start with http:// or https://"
            )
        model, url = target, None
        head, _, tail = target.rpartition("@")
        if head and _ADDRESS.fullmatch(tail):
            raise ModelError(
                f"{spec}: {tail!r} looks like a server address without http:// or https://; "
                f"write {scheme}:{head}@http://{tail} (or https://), or the requests go to the vendor's API"
            )
    if not model.strip():
        raise ModelError(f"{spec}: no model name; write {scheme}:MODEL[@BASE_URL]")
    if url is None:
        return model, None, None
    revision = None
    if "@" in url:
        url, _, revision = url.rpartition("@")
        if not _REVISION.fullmatch(revision):
            raise ModelError(
                f"{spec}: {revision!r} after the base URL is no revision (letters, digits, . _ + -); a base URL "
                f"cannot carry user:password@ (the key comes from the environment); write {scheme}:MODEL@URL[@REVISION]"
            )
    return model, check_base_url(url, spec), revision


def check_base_url(url: str, where: str) -> str:
    """``url`` without its trailing slash, if it is an http(s) URL with a host; else :class:`ModelError`."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ModelError(f"{where}: malformed base URL {url!r} ({exc}); write e.g. http://localhost:8000/v1") from None
    if parts.scheme not in ("http", "https"):
        raise ModelError(f"{where}: base URL {url!r} must start with http:// or https://")
    if not parts.hostname or any(c.isspace() for c in url.strip()) or parts.query or parts.fragment:
        raise ModelError(f"{where}: malformed base URL {url!r}; write e.g. http://localhost:8000/v1")
    return url.strip().rstrip("/")


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date), if sent."""
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) / scale
        except ValueError:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
        if seconds == seconds and seconds != float("inf"):  # not NaN or infinite
            return max(0.0, seconds)
    return None


def redact(text: str, secret: str | None) -> str:
    """``text`` with the key, and any piece of it 8 characters or longer, replaced by ``***``.

    Servers echo keys whole, without their prefix, or masked as ``sk-test-***7890``."""
    if not secret or secret == PLACEHOLDER_KEY:
        return text
    return mask_pieces(text, [secret], "***")


class SDKModel(RemoteModel):
    """A model behind an API reached through a vendor SDK (imported on the first request)."""

    scheme: ClassVar[str]
    sdk_module: ClassVar[str]
    key_env: ClassVar[str]
    base_url_env: ClassVar[str]

    def __init__(self, target: str, options: ModelOptions) -> None:
        super().__init__(target, options)
        self.model_name, url, self.revision = parse_target(self.scheme, target)
        if url is None and (from_env := os.environ.get(self.base_url_env)):
            url = check_base_url(from_env, f"{self.base_url_env}={from_env}")
        self.base_url: str | None = url
        self._client: Any = None
        self._identity: str | None = None
        self._secret: str | None = None
        self._lock = threading.Lock()

    @property
    def identity(self) -> str:
        """Name and base URL, then ``@REVISION`` from the spec, or else what the server reports about the model.

        A local server may swap the weights behind a name; its model listing (id, owner, creation
        time, any revision or digest field) then changes the key, so no stale answer is served.
        """
        if self._identity is None:
            ident = f"{self.scheme}:{self.model_name}@{self.base_url or 'default'}"
            if self.revision is not None:
                ident += f"@{self.revision}"
            elif self.base_url is not None and (served := self._served()):
                ident += f"#{hashlib.sha256(json.dumps(served, sort_keys=True).encode()).hexdigest()[:16]}"
            self._identity = ident
        return self._identity

    def _served(self) -> dict[str, Any] | None:
        """What the server says about this model (for the identity), or None when it says nothing."""
        return None

    @property
    def key_env_name(self) -> str:
        """The environment variable holding the key: ``api_key_env`` in the settings, else the SDK's."""
        names = (self.options.extra or {}).get("api_key_env")
        name = names.get(self.scheme) if isinstance(names, Mapping) else None
        return str(name) if name else self.key_env

    def complete(self, conversation: Conversation, params: GenerationParams) -> str:
        sdk, client = self._connect()
        try:
            text = self._request(client, conversation, params)
        except Exception as exc:
            mapped = self._map_error(sdk, exc)
            if mapped is None:
                raise
            raise mapped from None  # the SDK's exception may carry the request: don't chain it
        return apply_stop(text, params.stop)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- for subclasses ----------------------------------------------------------

    @abstractmethod
    def _make_client(self, sdk: ModuleType, key: str) -> Any:
        """The SDK's client, with no retries of its own and ``options.timeout``."""

    @abstractmethod
    def _request(self, client: Any, conversation: Conversation, params: GenerationParams) -> str:
        """Send one conversation; the answer text (raise ``TransientError`` for a malformed reply)."""

    # -- internals ----------------------------------------------------------------

    def _connect(self) -> tuple[ModuleType, Any]:
        with self._lock:
            sdk = _import(self.sdk_module, self.scheme)
            if self._client is None:
                env = self.key_env_name
                secret = os.environ.get(env) or (PLACEHOLDER_KEY if self.base_url else None)
                if secret is None:
                    raise MissingKey(
                        f"{self.scheme}:{self.target}: no API key; set {env} "
                        f"(or name another variable in the settings: api_key_env: {{{self.scheme}: VAR}})"
                    )
                self._secret = secret
                self._client = self._make_client(sdk, secret)
            return sdk, self._client

    def _map_error(self, sdk: ModuleType, exc: Exception) -> Exception | None:
        where = f"{self.scheme}:{self.model_name}"
        if isinstance(exc, sdk.APITimeoutError):
            return TransientError(f"{where}: no answer within {self.options.timeout:g} s")
        if isinstance(exc, sdk.APIConnectionError):
            return TransientError(f"{where}: connection failed ({self._clean(str(exc))})")
        if isinstance(exc, sdk.APIStatusError):
            status: int = exc.status_code
            detail = f"{where}: HTTP {status}: {self._detail(exc)}"
            if status in (408, 409, 429) or status >= 500:
                return TransientError(detail, retry_after(exc.response.headers))
            if status in (401, 403):
                return ModelError(f"{detail} (check the API key in {self.key_env_name})")
            if status == 404:
                return ModelError(f"{detail} (check the model name and the base URL {self.base_url or 'default'})")
            return RequestError(detail)
        if isinstance(exc, (sdk.APIResponseValidationError, json.JSONDecodeError)):
            return TransientError(f"{where}: malformed response ({self._clean(str(exc))})")
        return None

    def _detail(self, exc: Any) -> str:
        body = exc.body
        error = body.get("error", body) if isinstance(body, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        return self._clean(str(message or exc.message))

    def _clean(self, text: str) -> str:
        text = redact(text, self._secret)
        return text if len(text) <= _DETAIL_CHARS else text[:_DETAIL_CHARS] + "..."


def _import(module: str, extra: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ModelError(
            f"the {extra}: models need the {module} package: pip install 'pytest-trustllm[{extra}]'"
        ) from None


def out_of_tokens(where: str, params: GenerationParams) -> RequestError:
    """An empty answer cut by the token limit (a reasoning model that spent it all): an error, not a refusal."""
    return RequestError(
        f"{where}: empty answer, stopped at the token limit ({params.max_new_tokens}); raise --trust-max-tokens"
    )


def malformed(where: str, what: str) -> TransientError:
    """A 200 response without the expected fields (retried, like an error status)."""
    return TransientError(f"{where}: malformed response ({what})")
