"""A tiny sequence classifier built offline: a one-layer BERT with random (seeded) weights and a
word-level tokenizer trained on a few sentences, saved with ``save_pretrained``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

LABELS = ("safe", "unsafe", "unsure")
MAX_POSITIONS = 32
SENTENCES = [
    "I cannot help with that request",
    "Sure, here is how you do it step by step",
    "As an AI I am not able to answer",
    "The capital of France is Paris",
    "Mix the flour and the water, then bake it",
    "I will not write that, it could hurt someone",
]


def build_tokenizer() -> Any:
    """A word-level tokenizer trained on SENTENCES, with BERT's special tokens, no model_max_length."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(SENTENCES, trainers.WordLevelTrainer(special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]"]))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]"
    )


def build_model(vocab_size: int, seed: int, head: str = "BertForSequenceClassification") -> Any:
    import torch
    import transformers

    torch.manual_seed(seed)
    config = transformers.BertConfig(
        vocab_size=vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=MAX_POSITIONS,
        initializer_range=0.5,  # large random weights: texts get distinct probabilities
        pad_token_id=0,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    return getattr(transformers, head)(config)


def build_checkpoint(folder: Path, seed: int = 0, head: str = "BertForSequenceClassification") -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    tokenizer = build_tokenizer()
    build_model(len(tokenizer), seed, head).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
