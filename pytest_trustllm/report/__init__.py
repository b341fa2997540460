"""Reports of the checked metrics: the terminal summary, and report files (JSON, Markdown, HTML) by extension."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path

from ..secrets import redact
from .files import FORMATS, write_atomic
from .json import Document, build_document
from .terminal import summary_lines

__all__ = ["Document", "build_document", "render", "summary_lines", "write_reports"]


def render(document: Document, suffix: str) -> str:
    """The document as the text of a ``.json``, ``.md`` or ``.html`` file (the HTML renderer imports plotly)."""
    module = importlib.import_module(f"{__name__}.{FORMATS[suffix.lower()]}")
    text: str = module.render(document)
    return text


def write_reports(paths: Iterable[Path], document: Document) -> None:
    """Write each path in the format its extension names, atomically, with every secret redacted."""
    for path in paths:
        write_atomic(path, redact(render(document, path.suffix)))
