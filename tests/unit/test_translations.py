"""The translation files: current with the code, complete, and faithful to every placeholder; and the
developer's tool that keeps them so (installer/translations.py)."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location("karavan_translations_tool", ROOT / "installer" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tr_tool = _load_tool()


def _keys(path: Path) -> set[tuple[str, str, str, bool]]:
    _tree, messages = tr_tool.read_ts(path)
    return {(m.context, m.source, m.comment, m.numerus) for m in messages}


def _show(keys) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({d})" if d else "") for c, s, d, _n in sorted(keys)[:40])


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """What lupdate finds in the code now, in a folder of its own."""
    folder = tmp_path_factory.mktemp("fresh-ts")
    tr_tool.update(folder)
    return folder


@pytest.mark.parametrize("language", tr_tool.LANGUAGES)
def test_the_committed_ts_files_hold_every_text_of_the_code_and_no_other(fresh, language):
    committed = tr_tool.ts_path(language)
    assert committed.exists(), f"{committed.name} is missing: run make translations"
    now, kept = _keys(tr_tool.ts_path(language, fresh)), _keys(committed)
    missing, extra = now - kept, kept - now
    assert not missing and not extra, (
        f"{committed.name} is not current: run make translations (then translate the new texts).\n"
        f"In the code but not in the file ({len(missing)}):\n{_show(missing)}\n"
        f"In the file but no longer in the code ({len(extra)}):\n{_show(extra)}")


@pytest.mark.parametrize("language", tr_tool.LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    out = io.StringIO()
    ok = tr_tool.check((language,), limit=40, out=out)
    assert ok, "python installer/translations.py check " + language + " says:\n" + out.getvalue()


def test_msg_in_the_services_is_found_as_a_translatable_text(tmp_path):
    module = tmp_path / "service.py"
    module.write_text('from app.services.i18n import msg\n\n\ndef f(name):\n'
                      '    return msg("There is no client called {name}", name=name)\n', encoding="utf-8")
    ts = tmp_path / "out.ts"
    import subprocess

    subprocess.run([tr_tool.tool("pyside6-lupdate"), str(module), *tr_tool.LUPDATE_OPTIONS, "-ts", str(ts)],
                   check=True)
    assert ("", "There is no client called {name}", "", False) in _keys(ts)


def test_msg_texts_of_the_services_are_in_the_committed_files():
    """Whatever the services say through msg() is offered to the translators (none yet: then nothing to do)."""
    import ast

    sources = set()
    for path in (ROOT / "app" / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                sources.add(node.args[0].value)
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path("ru"))
    assert sources - {m.source for m in messages} == set()


def _sample_translation(source: str) -> str:
    """A stand-in translation that keeps every placeholder, as a careful translator would."""
    return f"«{source}»"


@pytest.fixture
def copy(tmp_path) -> Path:
    folder = tmp_path / "ts"
    folder.mkdir()
    for path in tr_tool.FOLDER.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    tr_tool.update(folder)  # current with the code, whatever state the committed files are in
    return folder


def test_a_file_filled_with_faithful_translations_passes_the_check(copy, tmp_path):
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path("ar", copy))
    forms = tr_tool.numerus_count(_tree)
    assert forms == 6  # Arabic: zero, one, two, few, many, other
    sample = {m.source: ([_sample_translation(m.source)] * forms if m.numerus else _sample_translation(m.source))
              for m in messages}
    dictionary = tmp_path / "ar.json"
    dictionary.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")

    report = tr_tool.fill("ar", [dictionary], copy)

    assert report.filled == len(messages) and not report.unknown and not report.rejected
    out = io.StringIO()
    assert tr_tool.check(("ar",), copy, out=out), out.getvalue()
    assert "0 unfinished, 0 with placeholder problems" in out.getvalue()
    # Filled under every context the source is in, and left in lupdate's own layout (no noise in diffs).
    _tree, again = tr_tool.read_ts(tr_tool.ts_path("ar", copy))
    assert all(m.finished for m in again)
    assert tr_tool.ts_path("ar", copy).read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar"')


def test_the_check_names_lost_placeholders_and_unfinished_messages(copy, tmp_path):
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path("ru", copy))
    with_field = next(m.source for m in messages if "{0}" in m.source and not m.numerus)
    accelerator = next(m.source for m in messages if m.source == "&File")
    plural = "%n deal(s)"
    dictionary = tmp_path / "ru.json"
    dictionary.write_text(json.dumps({with_field: with_field.replace("{0}", "{1}"),  # a wrong field
                                      accelerator: "Файл",                            # the & lost
                                      plural: ["%n штука", "%n штуки", "%n штук"],
                                      "Not a text of Karavan": "Нет"}, ensure_ascii=False), encoding="utf-8")
    report = tr_tool.fill("ru", [dictionary], copy)
    assert report.filled == sum(m.source in (with_field, accelerator, plural) for m in messages)
    assert report.unknown == ["Not a text of Karavan"]

    problems = tr_tool.check_file(tr_tool.ts_path("ru", copy), "ru")
    flagged = {m.source: detail for m, detail in problems.mismatched}
    assert set(flagged) == {with_field, accelerator}
    assert "missing field {0}" in flagged[with_field] and "extra field {1}" in flagged[with_field]
    assert "missing accelerator &" in flagged[accelerator]
    assert len(problems.unfinished) == sum(not m.finished for m in messages
                                           if m.source not in (with_field, accelerator, plural))
    assert tr_tool.main(["check", "ru"]) in (0, 1)  # the command runs; its verdict is the committed file's
    out = io.StringIO()
    assert not tr_tool.check(("ru",), copy, out=out)
    assert "placeholders [MainWindow] '&File'" in out.getvalue()


def test_a_plural_needs_all_its_forms(copy, tmp_path):
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path("ru", copy))
    plural = next(m.source for m in messages if m.numerus)
    dictionary = tmp_path / "ru.json"
    dictionary.write_text(json.dumps({plural: ["%n штука", "%n штуки"]}, ensure_ascii=False), encoding="utf-8")
    report = tr_tool.fill("ru", [dictionary], copy)
    assert report.filled == 0 and len(report.rejected) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("&File", {"accelerator &": 1}),
    ("Save && close", {"literal &&": 1}),
    ("<b>{0}</b> of %n", {"field {0}": 1, "arg %n": 1, "tag <b>": 2}),
    ("Tom &amp; Jerry <i>x</i>", {"tag <i>": 2}),
    ("{n:,} rows, {{not a field}}", {"field {n:,}": 1}),
    ("%1 and %L2", {"arg %1": 1, "arg %L2": 1}),
    ("Plain words", {}),
])
def test_placeholders_are_what_a_translation_must_keep(text, expected):
    assert dict(tr_tool.placeholders(text)) == expected


def test_english_plurals_read_as_english():
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path("en"))
    assert messages and all(m.numerus and m.finished for m in messages)
    forms = {m.source: m.forms for m in messages}
    assert forms["%n deal(s)"] == ["%n deal", "%n deals"]
    assert tr_tool._english_forms("+%n more") == ["+%n more", "+%n more"]
