"""Local Hugging Face ``transformers`` models: a checkpoint folder, a GGUF file or a hub id.

Targets::

    ./my-checkpoint                 folder with config.json and weights
    ~/models/model.Q4_K_M.gguf      GGUF file (dequantized once into the cache)
    ~/models/gguf-folder            folder holding exactly one .gguf file
    meta-llama/Llama-2-7b-chat-hf   hub id, optionally pinned: "id@revision"

A hub id without a pinned revision is keyed as ``@main``: the cache cannot see
the upstream repository change, so pin a revision (a commit hash) to make the
cache trustworthy.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import json
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from .base import Conversation, GenerationParams, Model, ModelError, ModelOptions, apply_stop, complete_sentences

INSTALL_HINT = "install the extra: pip install 'pytest-trustllm[hf]'"

# Files of a checkpoint folder that change what the model answers: weights,
# config, tokenizer, chat template and generation defaults (eos ids...).
_DIGESTED_SUFFIXES = {".json", ".jinja", ".safetensors", ".bin", ".model", ".txt", ".tiktoken"}

_DIGEST_MEMO = "hf-digests.json"
_CHUNK = 1 << 20
_STALE_TMP_S = 3600.0


def _looks_local(target: str) -> bool:
    return (
        target.startswith(("./", "../", "~", ".\\", "..\\"))
        or os.path.isabs(target)
        or target.endswith(".gguf")
        or os.path.exists(target)
    )


# -- shared by the hf adapters (HFModel here, HFClassifier in hf_classifier.py) --------------


@dataclass(frozen=True)
class HFTarget:
    """Where a checkpoint is: a local folder (``path``, maybe with ``gguf_file`` in it) or a hub id."""

    path: Path | None = None
    gguf_file: str | None = None  # file name inside path
    repo_id: str | None = None
    revision: str | None = None

    def source(self) -> tuple[str, dict[str, Any]]:
        """What ``from_pretrained`` takes: the folder or hub id, and the revision kwarg if pinned."""
        if self.path is not None:
            return str(self.path), {}
        assert self.repo_id is not None
        return self.repo_id, ({"revision": self.revision} if self.revision else {})


def hub_identity(repo_id: str | None, revision: str | None) -> str:
    """``hf:<id>@<revision>``; an unpinned id is keyed as ``@main`` (see the module docstring)."""
    return f"hf:{repo_id}@{revision or 'main'}"


def resolve_target(target: str, *, what: str = "hf model", gguf: bool = True) -> HFTarget:
    """A checkpoint folder (config.json), a .gguf file or a folder holding one, or ``hub-id[@revision]``.

    ``gguf=False`` (adapters that cannot run GGUF files) makes a .gguf target an error. Raises
    :class:`ModelError` naming the path and what to point to instead.
    """
    if not _looks_local(target):
        repo_id, _, revision = target.partition("@")
        return HFTarget(repo_id=repo_id, revision=revision or None)
    path = Path(target).expanduser()
    if not gguf and path.suffix == ".gguf":
        raise ModelError(f"{path}: a {what} cannot run a .gguf file; point to a checkpoint folder with config.json")
    if not path.exists():
        raise ModelError(f"{what} path does not exist: {path}")
    path = path.resolve()
    if path.is_file():
        if not gguf:
            raise ModelError(f"{path} is a file; point to the checkpoint folder (with config.json) instead")
        if path.suffix != ".gguf":
            raise ModelError(f"{path} is not a .gguf file; point to a checkpoint folder or a .gguf file")
        return HFTarget(path=path.parent, gguf_file=path.name)
    if not gguf:
        if not (path / "config.json").is_file():
            raise ModelError(
                f"{path} has no config.json; point to a checkpoint folder (config.json, weights, tokenizer files)"
            )
        return HFTarget(path=path)
    ggufs = sorted(p.name for p in path.glob("*.gguf"))
    if len(ggufs) > 1:
        listed = ", ".join(ggufs)
        raise ModelError(f"{path} holds several .gguf files ({listed}); name one, e.g. {path / ggufs[0]}")
    if ggufs:
        return HFTarget(path=path, gguf_file=ggufs[0])
    if (path / "config.json").is_file():
        return HFTarget(path=path)
    raise ModelError(f"{path} has neither a config.json (checkpoint folder) nor a .gguf file")


def checkpoint_files(path: Path, gguf_file: str | None = None) -> list[Path]:
    """The files whose content names the checkpoint: the .gguf file, or the folder's files that matter."""
    if gguf_file:
        return [path / gguf_file]
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix in _DIGESTED_SUFFIXES)


def checkpoint_digest(path: Path, gguf_file: str | None, cache_dir: str) -> str:
    """sha256 over :func:`checkpoint_files` (the file's own hash for a GGUF).

    Each file's hash is memoized by (path, size, mtime) in ``<cache_dir>/hf-digests.json``.
    """
    files = checkpoint_files(path, gguf_file)
    memo_path = Path(cache_dir) / _DIGEST_MEMO if cache_dir else None
    memo = _read_memo(memo_path)
    current: dict[str, str] = {}  # memo key -> digest, for these files as they are now
    per_file: list[tuple[str, str]] = []
    for file in files:
        st = file.stat()
        key = f"{file}|{st.st_size}|{st.st_mtime_ns}"
        current[key] = memo.get(key) or _sha256(file)
        per_file.append((file.name, current[key]))
    if memo_path is not None and not current.keys() <= memo.keys():
        # Re-read right before writing so parallel workers don't drop each other's
        # entries; forget older versions of these files so the memo doesn't grow.
        prefixes = tuple(f"{file}|" for file in files)
        kept = {k: v for k, v in _read_memo(memo_path).items() if not k.startswith(prefixes)}
        _write_json_atomic(memo_path, {**kept, **current})
    if gguf_file:
        return per_file[0][1]
    combined = hashlib.sha256()
    for name, digest in per_file:
        combined.update(f"{name}\0{digest}\n".encode())
    return combined.hexdigest()


def import_hf(what: str = "the hf adapter") -> tuple[Any, Any]:
    """``(torch, transformers)``, or a :class:`ModelError` naming the extra to install."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ModelError(f"{what} needs torch and transformers ({exc}); {INSTALL_HINT}") from exc
    return torch, transformers


def pick_device(torch: Any, name: str) -> Any:
    """``torch.device`` for the device option; "auto" is cuda, then mps, then cpu.

    Under pytest-xdist, "auto" puts worker i on GPU i (modulo the GPUs there are), and warns
    when workers would share one device: each loads its own copy and batches only its own tests.
    """
    if name == "auto":
        if torch.cuda.is_available():
            name = xdist_device("cuda", torch.cuda.device_count())
        elif getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            name = "mps"
        else:
            name = xdist_device("cpu", 1)
    try:
        return torch.device(name)
    except RuntimeError as exc:
        raise ModelError(f"unknown device {name!r}: {exc}") from exc


def xdist_device(kind: str, count: int) -> str:
    """The device of this xdist worker among ``count`` of ``kind`` ("cuda:i" for worker i), or ``kind``."""
    worker, workers = os.environ.get("PYTEST_XDIST_WORKER", ""), int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if not worker.startswith("gw"):
        return kind
    if workers > count:
        where = "one CPU" if kind == "cpu" else f"{count} GPU{'s' if count > 1 else ''}"
        warnings.warn(
            f"pytest-trustllm: {workers} xdist workers share {where}: each loads its own copy of the model and "
            "batches only its own tests' cases, which is slower than one process. Drop -n (one process batches "
            "across every test), run as many workers as GPUs, or serve the model (vLLM, llama.cpp) and test it "
            "as openai:NAME@URL with --trust-concurrency",
            stacklevel=2,
        )
    return f"cuda:{int(worker[2:]) % count}" if kind == "cuda" and count > 1 else kind


def pick_dtype(torch: Any, name: str, device: Any) -> Any:
    """``torch.dtype`` for the dtype option; "auto" is bfloat16 on cuda, float32 elsewhere."""
    if name == "auto":
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        raise ModelError(f"unknown dtype {name!r}; use auto, float32, float16 or bfloat16")
    return dtype


def free_device_memory(device: Any) -> None:
    """Return freed memory to the system after dropping weights (collected first)."""
    gc.collect()
    if device is not None and device.type == "cuda":
        import torch

        torch.cuda.empty_cache()


class HFModel(Model):
    """A causal LM run in-process with ``transformers``; batched, left-padded generation."""

    batch_size: ClassVar[int] = 16

    def __init__(self, target: str, options: ModelOptions) -> None:
        super().__init__(target, options)
        self.path: Path | None = None  # local checkpoint folder, or the folder of the GGUF
        self.gguf_file: str | None = None  # file name inside self.path
        self.repo_id: str | None = None
        self.revision: str | None = None
        # Observable load state (also what the tests check).
        self.loaded_from: str | None = None  # folder or hub id the weights were read from
        self.converted = False  # whether this instance dequantized a GGUF file itself
        self._identity: str | None = None
        self._model: Any = None
        self._tokenizer: Any = None
        self._device: Any = None
        self._resolve(target)

    # -- target and identity -------------------------------------------------

    def _resolve(self, target: str) -> None:
        resolved = resolve_target(target)
        self.path, self.gguf_file = resolved.path, resolved.gguf_file
        self.repo_id, self.revision = resolved.repo_id, resolved.revision

    @property
    def identity(self) -> str:
        """``hf:local:<sha256>:<dtype>`` if local, ``hf:<id>@<revision>:<dtype>`` if on the hub.

        The dtype is the one the weights will run in ("auto" resolved), since it changes answers.
        """
        if self._identity is None:
            # A local checkpoint is named by its digest, not its path: another clone of the same weights hits.
            ident = hub_identity(self.repo_id, self.revision) if self.path is None else f"hf:local:{self._digest()}"
            self._identity = f"{ident}:{self._planned_dtype()}"
        return self._identity

    def _planned_dtype(self) -> str:
        """The dtype name :meth:`_pick_dtype` will choose, found without loading (torch only for "auto" off CPU)."""
        if self.options.dtype != "auto":
            return self.options.dtype
        if self.options.device == "cpu" or importlib.util.find_spec("torch") is None:
            return "float32"
        import torch

        return str(self._pick_dtype(torch, self._pick_device(torch))).removeprefix("torch.")

    def _digest(self) -> str:
        """sha256 over the files that matter, each hash memoized by (path, size, mtime)."""
        assert self.path is not None
        return checkpoint_digest(self.path, self.gguf_file, self.options.cache_dir)

    # -- loading ---------------------------------------------------------------

    def _load(self) -> None:
        if self._model is not None:
            return
        torch, transformers = import_hf()
        device = self._pick_device(torch)
        dtype = self._pick_dtype(torch, device)
        source: str
        kwargs: dict[str, Any] = {}
        if self.path is None:
            assert self.repo_id is not None
            source = self.repo_id
            if self.revision:
                kwargs["revision"] = self.revision
        elif self.gguf_file:
            folder = self._gguf_checkpoint(transformers)
            source = str(folder or self.path)
            if folder is None:
                # No cache folder to convert into: dequantize in memory, every session.
                kwargs["gguf_file"] = self.gguf_file
        else:
            source = str(self.path)

        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(source, **kwargs)
            if "gguf_file" in kwargs:
                kwargs.update(_dequantize_kwargs(transformers))
            kwargs[_dtype_kwarg(transformers)] = dtype
            model: Any = transformers.AutoModelForCausalLM.from_pretrained(source, **kwargs)
        except (OSError, ValueError) as exc:  # missing files, no network, unknown id or architecture
            raise ModelError(f"cannot load hf model {self.target!r}: {exc}") from exc

        model.to(device)
        model.eval()
        # Left padding: every row's prompt then ends at the same column, where generation starts.
        tokenizer.padding_side = "left"
        if tokenizer.pad_token is None:
            if tokenizer.eos_token is None:
                raise ModelError(f"the tokenizer of {self.target!r} has neither a pad nor an eos token")
            tokenizer.pad_token = tokenizer.eos_token
        self._model, self._tokenizer, self._device = model, tokenizer, device
        self.loaded_from = source if "gguf_file" not in kwargs else f"{source}/{self.gguf_file}"

    def _pick_device(self, torch: Any) -> Any:
        return pick_device(torch, self.options.device)

    def _pick_dtype(self, torch: Any, device: Any) -> Any:
        return pick_dtype(torch, self.options.dtype, device)

    def _gguf_checkpoint(self, transformers: Any) -> Path | None:
        """The dequantized checkpoint folder of the GGUF file, converted on first use (None: no cache_dir)."""
        assert self.path is not None and self.gguf_file is not None
        missing = [m for m in ("gguf", "accelerate") if importlib.util.find_spec(m) is None]
        if missing:
            raise ModelError(f"loading a .gguf file needs {' and '.join(missing)}; {INSTALL_HINT}")
        if not self.options.cache_dir:
            return None
        models = Path(self.options.cache_dir) / "models"
        final = models / self._digest()[:16]
        if final.is_dir():
            return final
        models.mkdir(parents=True, exist_ok=True)
        _remove_stale_tmp(models)
        # Convert into a private folder, then rename: a crash or a parallel
        # xdist worker never leaves (or sees) a half-written checkpoint.
        tmp = models / f".tmp-{final.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()  # not mkdtemp: its 0o700 would make a shared cache unreadable to others
        try:
            src, name = str(self.path), self.gguf_file
            try:
                model = transformers.AutoModelForCausalLM.from_pretrained(
                    src, gguf_file=name, **_dequantize_kwargs(transformers)
                )
                tokenizer = transformers.AutoTokenizer.from_pretrained(src, gguf_file=name)
            except (OSError, ValueError) as exc:  # e.g. an architecture transformers can't read from GGUF
                raise ModelError(f"cannot convert {self.path / name}: {exc}") from exc
            model.save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
            del model
            try:
                tmp.rename(final)
                self.converted = True
            except OSError:
                if not final.is_dir():
                    raise
                # Another worker finished first; its folder is as good as ours.
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return final

    # -- generation --------------------------------------------------------------

    def render(self, conversation: Conversation) -> str:
        """The prompt text the model sees: its chat template, or a plain ``role: content`` transcript."""
        self._load()
        tok = self._tokenizer
        messages = [dict(m) for m in conversation]
        if getattr(tok, "chat_template", None):
            text = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            return str(text)
        lines = [f"{m['role']}: {m['content']}" for m in messages]
        return "\n".join([*lines, "assistant:"])

    def prompt_length(self, conversation: Conversation) -> int:
        """Tokens of the rendered prompt: what a row of a left-padded batch is padded to."""
        text = self.render(conversation)  # loads the tokenizer (and the weights) on first use
        templated = bool(getattr(self._tokenizer, "chat_template", None))
        return len(self._tokenizer(text, add_special_tokens=not templated)["input_ids"])

    def generate(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None = None
    ) -> list[str]:
        """Answer each conversation, in chunks of the batch size; greedy when temperature is 0."""
        self._load()
        size = max(1, self.options.batch_size or self.batch_size)
        answers: list[str] = []
        for start in range(0, len(conversations), size):
            chunk = None if seeds is None else seeds[start : start + size]
            answers.extend(self._generate_batch(conversations[start : start + size], params, chunk))
        return answers

    def _generate_batch(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None
    ) -> list[str]:
        import torch

        tok, model = self._tokenizer, self._model
        templated = bool(getattr(tok, "chat_template", None))
        texts = [self.render(c) for c in conversations]
        # A chat template already writes the special tokens (bos...); don't add them twice.
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=not templated).to(self._device)
        kwargs: dict[str, Any] = {
            "max_new_tokens": params.max_new_tokens,
            "pad_token_id": tok.pad_token_id,
        }
        if params.temperature == 0:
            # No temperature/top_p here: transformers warns when they come with greedy decoding.
            kwargs["do_sample"] = False
        elif seeds is not None:
            # Each row samples from its own generator; generate() then takes the one token left (greedy).
            top_k = getattr(model.generation_config, "top_k", None) or 0
            kwargs.update(do_sample=False, logits_processor=row_sampler(seeds, params, top_k))
        else:
            kwargs.update(do_sample=True, temperature=params.temperature, top_p=params.top_p)
            # Seeded per batch, so an answer depends on its batch only, not on earlier calls.
            torch.manual_seed(params.seed)
        if params.stop:
            # Stops early once every row has produced a stop string; the cut itself is apply_stop's.
            kwargs.update(stop_strings=list(params.stop), tokenizer=tok)
        if params.max_sentences is not None:
            # Stops each row once it holds that many complete sentences; the cut itself is the runner's.
            kwargs["stopping_criteria"] = sentence_stop(tok, enc["input_ids"].shape[1], params.max_sentences)
        with torch.inference_mode():
            out = model.generate(**enc, **kwargs)
        new_tokens = out[:, enc["input_ids"].shape[1] :]
        decoded = tok.batch_decode(new_tokens, skip_special_tokens=True)
        return [apply_stop(text.strip(), params.stop).strip() for text in decoded]

    scores_answers = True

    def answer_probability(self, conversation: Conversation, answer: str, prefix: str = "") -> float:
        """The geometric mean of the answer's token probabilities after the prompt and ``prefix``."""
        import torch

        self._load()
        tok, model = self._tokenizer, self._model
        templated = bool(getattr(tok, "chat_template", None))
        context = tok(self.render(conversation) + prefix, add_special_tokens=not templated)["input_ids"]
        scored = tok(answer, add_special_tokens=False)["input_ids"]
        if not scored:
            return 0.0
        ids = torch.tensor([context + scored], device=self._device)
        with torch.inference_mode():
            logits = model(ids).logits[0, len(context) - 1 : -1].float()
        logprobs = torch.log_softmax(logits, dim=-1).gather(1, torch.tensor(scored, device=self._device)[:, None])
        return float(torch.exp(logprobs.mean()))

    def close(self) -> None:
        """Drop the weights; a later :meth:`generate` loads them again."""
        if self._model is None:
            return
        device = self._device
        self._model = self._tokenizer = self._device = None
        free_device_memory(device)


def _dequantize_kwargs(transformers: Any) -> dict[str, Any]:
    """Ask for a plain dense model, which save_pretrained can write.

    Newer transformers may keep GGUF blocks packed (not serializable) unless told
    otherwise; older ones have no GgufConfig and always dequantize.
    """
    config = getattr(transformers, "GgufConfig", None)
    return {"quantization_config": config(dequantize=True)} if config is not None else {}


def _dtype_kwarg(transformers: Any) -> str:
    """``dtype`` since transformers 4.56; ``torch_dtype`` before (deprecated after)."""
    major, minor = (int(x) for x in transformers.__version__.split(".")[:2])
    return "dtype" if (major, minor) >= (4, 56) else "torch_dtype"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _read_memo(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # absent or corrupt: it is only a memo, rebuild it
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def _write_json_atomic(path: Path, data: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}.json.tmp")
    try:
        tmp.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _remove_stale_tmp(models: Path) -> None:
    """Delete conversion folders left by a crash (old enough that no worker still writes them)."""
    stale: Iterable[Path] = (
        p for p in models.glob(".tmp-*") if p.is_dir() and time.time() - p.stat().st_mtime > _STALE_TMP_S
    )
    for p in stale:
        shutil.rmtree(p, ignore_errors=True)


def sentence_stop(tok: Any, prompt_length: int, sentences: int) -> Any:
    """A stopping criterion: row ``i`` is done once its new tokens hold ``sentences`` complete sentences
    (:func:`~pytest_trustllm.models.base.complete_sentences`); transformers pads the rows that are done."""
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class SentenceStop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            texts = tok.batch_decode(input_ids[:, prompt_length:], skip_special_tokens=True)
            done = [complete_sentences(text.strip()) >= sentences for text in texts]
            return torch.tensor(done, dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([SentenceStop()])


def row_sampler(seeds: Sequence[int], params: GenerationParams, top_k: int) -> Any:
    """A logits processor that samples each row's next token from that row's own seeded generator.

    transformers samples a whole batch from one random stream, so a sampled answer would depend
    on its batch mates. This draws row ``i`` from ``seeds[i]`` alone (on the CPU, so it works on
    every device) after transformers' own warpers in their order (temperature, top-k, top-p),
    and leaves only the drawn token, which greedy decoding then takes.
    """
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    class RowSampler(LogitsProcessor):
        def __init__(self) -> None:
            self.generators = [torch.Generator().manual_seed(seed) for seed in seeds]

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            logits = scores.float().cpu() / params.temperature
            if 0 < top_k < logits.shape[-1]:
                kth = torch.topk(logits, top_k).values[:, -1:]
                logits = logits.masked_fill(logits < kth, float("-inf"))
            if params.top_p < 1.0:
                ordered, order = torch.sort(logits, descending=True)
                probs = torch.softmax(ordered, dim=-1)
                outside = probs.cumsum(-1) - probs > params.top_p  # the first token always stays
                logits = logits.scatter(1, order, ordered.masked_fill(outside, float("-inf")))
            probs = torch.softmax(logits, dim=-1)
            drawn = [torch.multinomial(row, 1, generator=g) for row, g in zip(probs, self.generators, strict=True)]
            chosen = torch.stack(drawn).to(scores.device)
            return torch.full_like(scores, float("-inf")).scatter(1, chosen, 0.0)

    return LogitsProcessorList([RowSampler()])
