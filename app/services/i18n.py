"""Words the services say to people (validation messages, Excel column titles, report names) in the user's
language, without Qt: the desktop installs Qt's translator here at start-up (`set_translator`); until then,
and in tests, the English source text is used.

`msg("…{name}…", name=value)` is the one way to write such a text. pyside6-lupdate finds it as a
translatable source (the build runs it with `-tr-function-alias QT_TR_NOOP+=msg`), so the template — never
the filled-in sentence — is what translators see.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_translate: Callable[[str], str] = lambda text: text  # noqa: E731 (replaced by set_translator)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Translate every later `msg` with `translate(source) -> text`; None goes back to English."""
    global _translate
    _translate = translate if translate is not None else (lambda text: text)


def msg(template: str, **params: Any) -> str:
    """`template` in the user's language, with `{name}` fields filled from `params`."""
    text = _translate(template) or template
    return text.format(**params) if params else text
