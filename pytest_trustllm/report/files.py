"""Report files: which format a path asks for, whether it can be written, and writing it without ever losing one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FORMATS = {".json": "json", ".md": "markdown", ".html": "html"}
"""File extension -> the module of :mod:`pytest_trustllm.report` that renders it."""

HTML_EXTRA = "pip install 'pytest-trustllm[html]'"


def report_problem(path: Path) -> str | None:
    """Why ``path`` cannot take a report (checked when the command line is read, before any generation), or None."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        given = f"'{suffix}'" if suffix else "no extension"
        return f"{given} names no report format; end the file name in {', '.join(FORMATS)}"
    if suffix == ".html" and not _plotly_installed():
        return f"the HTML report draws its charts with plotly, which is not installed: {HTML_EXTRA}"
    if path.is_dir():
        return f"is a folder; name a file in it, e.g. {path / ('trust-report' + suffix)}"
    folder = path.parent
    while not folder.exists() and folder != folder.parent:  # the folders to create later start here
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is a file, so nothing can be written under it; choose another path"
    try:  # os.access says yes to root on a read-only file system: try it
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".trustllm-probe-")
    except OSError as exc:
        return f"cannot write in {folder} ({exc.strerror}); choose a writable folder"
    os.close(fd)
    os.unlink(probe)
    return None


def _plotly_installed() -> bool:
    try:
        import plotly  # noqa: F401
    except ImportError:
        return False
    return True


def partial_path(path: Path) -> Path:
    """Where an interrupted run's report goes, next to the complete one it must not replace: ``r.partial.json``."""
    return path.with_name(f"{path.stem}.partial{path.suffix}")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never half of either.

    The temporary file has a unique name in the same folder (two runs writing one path do not
    share it) and is removed when anything fails; the file keeps the mode a plain write gives.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode(path: Path) -> int:
    """The existing file's permissions, else what the umask gives a new file (mkstemp's 0600 would hide it)."""
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
