"""Words the services say to people (validation messages, Excel column titles, report names) in the user's
language, without Qt: the desktop installs Qt's translator here at start-up (`set_translator`); until then,
and in tests, the English source text is used.

`msg("…{name}…", name=value)` is the one way to write such a text. pyside6-lupdate finds it as a
translatable source (the build runs it with `-tr-function-alias QT_TR_NOOP+=msg`), so the template — never
the filled-in sentence — is what translators see. Write it where the text is made for a person, at call
time; never around what is stored (a stored text stays in the language it was written in).

A table of words built when a module loads (column titles, trigger names) is marked with `msg("…")` at its
definition, so translators see it, and shown through `translated(text)` — at import time the translator may
not be installed yet, and `translated` of an already translated text returns it unchanged.

Work that writes what it says into the database (automation rules running as the system, with their run
log and notices) runs inside `english()`, so a stored text never depends on whose desktop made it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_translate: Callable[[str], str] = lambda text: text  # noqa: E731 (replaced by set_translator)
_here = threading.local()  # .english: this thread is making texts to store


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Translate every later `msg` with `translate(source) -> text`; None goes back to English."""
    global _translate
    _translate = translate if translate is not None else (lambda text: text)


def msg(template: str, /, **params: Any) -> str:
    """`template` in the user's language, with `{name}` fields filled from `params`."""
    text = template if getattr(_here, "english", False) else (_translate(template) or template)
    return text.format(**params) if params else text


def translated(text: str) -> str:
    """A source text marked with `msg` where it was defined (a table built at import), in the user's
    language; a text with no translation comes back as it is."""
    if not text or getattr(_here, "english", False):
        return text
    return _translate(text) or text


@contextmanager
def english() -> Iterator[None]:
    """Inside, `msg` and `translated` give the English source on this thread (other threads, such as the
    GUI's, keep the user's language): for texts that are stored."""
    before = getattr(_here, "english", False)
    _here.english = True
    try:
        yield
    finally:
        _here.english = before
