"""The plugin's command-line options, made from the settings table (:data:`pytest_trustllm.config.SETTINGS`).

Every option has a ``--trust-...`` name. Its value is checked when pytest parses the command
line, by the same :class:`~pytest_trustllm.config.Kind` that checks the settings-file key, so
``--trust-sample 0`` stops pytest with a usage error (exit code 4) before anything runs.

``--model`` and ``--judge`` are short aliases of ``--trust-model`` and ``--trust-judge``,
added only when nothing else in the session (a repository's own conftest.py, another plugin)
defines an option of that name: see :func:`add_free_aliases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from .config import SETTINGS, Kind, Setting, Settings

GROUP = "trustllm"


@dataclass(frozen=True)
class OptionType:
    """The argparse ``type=`` of one option: its setting's kind parsing the text, in messages named as typed.

    A bad value raises :class:`pytest.UsageError` (not ``argparse.ArgumentTypeError``, which
    argparse would rewrite as ``argument --x: ...`` under pytest's usage line): pytest prints
    it as ``ERROR: pytest-trustllm: --trust-sample must be at least 1, got 0`` and exits with 4.
    """

    kind: Kind
    option: str

    def __call__(self, text: str) -> Any:
        return self.kind.parse_text(text, self.option)


def add_options(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager | None = None) -> None:
    """Register every ``--trust-...`` option of :data:`SETTINGS` (from ``pytest_addoption``).

    The aliases wait until the initial conftest.py files are loaded (``pytest_load_initial_conftests``),
    unless those are already loading: then this plugin came from a conftest's ``pytest_plugins``,
    too late for that hook, and the aliases are decided now.
    """
    group = parser.getgroup(GROUP, "trust tests of LLMs (pytest-trustllm)")
    for setting in SETTINGS:
        if setting.option is not None:
            group.addoption(setting.option, **_attributes(setting, setting.option, setting.option_help()))
    # Private API: the plugin manager's set of conftest modules imported so far.
    if pluginmanager is not None and getattr(pluginmanager, "_conftest_plugins", None):
        add_free_aliases(parser)


def add_free_aliases(parser: pytest.Parser) -> list[str]:
    """Add ``--model`` / ``--judge`` for ``--trust-model`` / ``--trust-judge`` where no option has that name yet.

    Called once the initial conftest.py files (and every plugin) have registered their
    options, so a repository whose conftest.py defines its own ``--model`` keeps it, and
    ``--trust-model`` drives the trust tests there. Returns the aliases added.
    """
    taken = option_names(parser)
    group = parser.getgroup(GROUP)
    added = []
    for setting in SETTINGS:
        if setting.alias is None or setting.option is None or setting.alias in taken:
            continue
        text = f"short for {setting.option} (only where no conftest.py or plugin defines its own {setting.alias})"
        group.addoption(setting.alias, **_attributes(setting, setting.alias, text))
        added.append(setting.alias)
    return added


def option_names(parser: pytest.Parser) -> set[str]:
    """Every option string registered so far, such as ``--model`` or ``-k``.

    Private API: pytest has no public way to ask whether an option name is taken. Its
    ``Parser`` keeps the options of ``parser.addoption`` in ``parser._anonymous`` and those of
    ``parser.getgroup(...).addoption`` in ``parser._groups``, each an ``OptionGroup`` whose
    ``options`` are ``Argument`` objects with ``names()`` (so since pytest 7; in pytest 7 and 8
    ``_anonymous`` is not among ``_groups``). pytest 9 also hands each option to argparse at
    once, whose own table (``optparser._option_string_actions``) is read as well.
    """
    names: set[str] = set()
    groups = [getattr(parser, "_anonymous", None), *getattr(parser, "_groups", ())]
    for group in groups:
        for option in getattr(group, "options", ()):
            names.update(option.names())
    optparser = getattr(parser, "optparser", None)
    names.update(getattr(optparser, "_option_string_actions", {}))
    return names


def apply_options(config: pytest.Config, settings: Settings) -> None:
    """Command-line options win over the settings file: each given option's value goes into ``settings``.

    The values were checked when the command line was parsed. Options without a place in
    :class:`Settings` (``--trust-model``, ``--trust-report``...) are read with ``config.getoption``.
    """
    for setting in SETTINGS:
        if setting.option is None or setting.action == "append" or (setting.action == "store_true" and not setting.key):
            continue
        value = config.getoption(setting.option_dest)
        if value is not None and value is not False:  # an absent flag keeps the file's value
            setting.apply(settings, value)
    if config.getoption("trust_no_sequential"):
        settings.sequential = False


def _attributes(setting: Setting, option: str, help: str) -> dict[str, Any]:
    """``addoption`` keyword arguments for ``option``, the setting's option or its alias (same dest and action)."""
    attributes: dict[str, Any] = {"dest": setting.option_dest, "action": setting.action, "help": help}
    if setting.action != "store_true":
        attributes.update(type=OptionType(setting.kind, option), metavar=setting.metavar)
    if setting.nargs is not None:
        attributes["nargs"] = setting.nargs
    return attributes
