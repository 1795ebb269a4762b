"""Karavan's translation files, for developers: `python installer/translations.py COMMAND`.

  update             find every translatable text in app/**/*.py (pyside6-lupdate) and bring the .ts files
                     up to date, keeping their translations (`make translations`)
  fill LANG JSON...  put translations from {source: translation} dictionaries into karavan_LANG.ts under
                     every context the source appears in, marked finished; a plural source takes a list
                     of its numerus forms; a {context: {source: translation}} dictionary sets the few texts
                     that read differently in one screen (apply it after the general ones)
  check [LANG...]    list what is unfinished and what lost a placeholder ({0}, {name}, %n, %1, HTML tags,
                     & accelerators); exits 1 when anything is found
  compile [TS...]    build each .ts into the .qm next to it (pyside6-lrelease; `make` does it when needed)

English is the source language: karavan_en.ts holds only the texts with plural forms ("%n deal(s)" →
"1 deal" / "3 deals"), which no other file can give English.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
FOLDER = APP / "resources" / "translations"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGES = ("ru", "fa", "ar")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)
# msg("…") is how the services write what they say to people (app/services/i18n.py); -locations none keeps
# the .ts diffs to the texts themselves; -no-obsolete drops what the code no longer says.
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=msg", "-locations", "none", "-no-obsolete",
                   "-source-language", SOURCE_LANGUAGE, "-silent"]


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"karavan_{language}.ts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 in this Python's environment (pyside6-lupdate …), else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed: it comes with PySide6-Essentials (pip install -e .)")
    return found


def python_sources(app: Path = APP) -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in app.rglob("*.py") if "__pycache__" not in p.parts)


# --- update ---------------------------------------------------------------------------------------

def update(folder: Path = FOLDER, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Run lupdate for each language into `folder` (existing translations are kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = python_sources()
    with tempfile.TemporaryDirectory() as tmp:
        # One file of names instead of hundreds of arguments (Windows caps a command line at 32K).
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        for language in languages:
            extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
            command = [tool("pyside6-lupdate"), f"@{listing}", *LUPDATE_OPTIONS, *extra,
                       "-target-language", language, "-ts", str(ts_path(language, folder))]
            subprocess.run(command, cwd=ROOT, check=True)
            if language == SOURCE_LANGUAGE and _fill_english_plurals(ts_path(language, folder)):
                subprocess.run(command, cwd=ROOT, check=True)  # back to lupdate's own layout


# --- reading and writing .ts files --------------------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: list[str] = field(default_factory=list)  # one text, or the numerus forms
    element: ET.Element | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    messages = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            translation = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if translation is None:
                forms, finished = [], False
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                finished = translation.get("type") is None
            else:
                forms = [translation.text or ""]
                finished = translation.get("type") is None
            finished = finished and all(forms)
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            messages.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "", numerus,
                                    finished, forms, m))
    return tree, messages


def numerus_count(tree: ET.ElementTree) -> int:
    """How many numerus forms lupdate laid out for the file's language (Qt's rules: ru 3, ar 6, fa 1)."""
    for m in tree.getroot().iter("message"):
        if m.get("numerus") == "yes":
            t = m.find("translation")
            return len(list(t.iter("numerusform"))) if t is not None else 0
    return 0


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write the file with lupdate's header; callers then let lupdate rewrite it in its own layout, so a
    later `make translations` leaves no noise in the diff."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _set_forms(message: Message, forms: list[str]) -> None:
    assert message.element is not None
    translation = message.element.find("translation")
    if translation is None:
        translation = ET.SubElement(message.element, "translation")
    translation.attrib.pop("type", None)
    if message.numerus:
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    message.forms, message.finished = list(forms), True


def _english_forms(source: str) -> list[str]:
    """'%n deal(s)' → ['%n deal', '%n deals']; a source without '(s)' reads the same either way."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def _fill_english_plurals(path: Path) -> bool:
    """English plural forms nobody has written yet come from the '(s)' in the source; a human's are kept.
    True when the file was changed."""
    tree, messages = read_ts(path)
    todo = [m for m in messages if m.numerus and not m.finished]
    for m in todo:
        _set_forms(m, _english_forms(m.source))
    if todo:
        write_ts(tree, path)
    return bool(todo)


# --- fill -----------------------------------------------------------------------------------------

@dataclass
class FillReport:
    filled: int = 0
    unchanged: int = 0
    unknown: list[str] = field(default_factory=list)  # sources in the dictionaries the .ts does not have
    rejected: list[str] = field(default_factory=list)  # values of the wrong shape


def fill(language: str, dictionaries: list[Path], folder: Path = FOLDER, *, normalise: bool = True) -> FillReport:
    """Put the dictionaries' translations into karavan_<language>.ts, whatever context each source is under."""
    path = ts_path(language, folder)
    tree, messages = read_ts(path)
    forms_needed = numerus_count(tree)
    by_source: dict[str, list[Message]] = {}
    for m in messages:
        by_source.setdefault(m.source, []).append(m)
    report = FillReport()
    for dictionary in dictionaries:
        data = json.loads(dictionary.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise SystemExit(f"{dictionary}: not a JSON object of {{source: translation}}")
        for source, value in _entries(data):
            targets = by_source.get(source)
            if not targets:
                report.unknown.append(source)
                continue
            if isinstance(value, _InContext):
                targets = [m for m in targets if m.context == value.context]
                if not targets:
                    report.unknown.append(f"{value.context}: {source}")
                value = value.value
            for m in targets:
                forms = _forms_for(m, value, forms_needed)
                if forms is None:
                    report.rejected.append(f"{dictionary.name}: {source!r}: {value!r}")
                elif m.finished and m.forms == forms:
                    report.unchanged += 1
                else:
                    _set_forms(m, forms)
                    report.filled += 1
    write_ts(tree, path)
    if normalise:
        update(folder, (language,))
    return report


def _entries(data: dict) -> list[tuple[str, object]]:
    """(source, translation) pairs of a dictionary; a dictionary of {context: {source: translation}} (the
    few texts that read differently in one screen) gives them for that context only, as (source, value)
    with the value tagged by context."""
    pairs: list[tuple[str, object]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            pairs += [(source, _InContext(key, text)) for source, text in value.items()]
        else:
            pairs.append((key, value))
    return pairs


@dataclass(frozen=True)
class _InContext:
    context: str
    value: object


def _forms_for(message: Message, value: object, forms_needed: int) -> list[str] | None:
    """The translation as a list of forms, or None when it does not fit the message."""
    if message.numerus:
        if isinstance(value, str):
            value = [value] * forms_needed  # one word for every number (a language without plurals)
        if (isinstance(value, list) and len(value) == forms_needed and all(isinstance(v, str) and v for v in value)):
            return list(value)
        return None
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return [value] if isinstance(value, str) and value else None


# --- check ----------------------------------------------------------------------------------------

_FIELD = re.compile(r"\{[^{}]*\}")
_ARG = re.compile(r"%(?:n|L?\d{1,2})")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def placeholders(text: str) -> Counter:
    """What a translation must keep of its source: fields, %-arguments, HTML tags, accelerators."""
    found: Counter = Counter()
    without_braces = text.replace("{{", "").replace("}}", "")
    found.update(f"field {f}" for f in _FIELD.findall(without_braces))
    found.update(f"arg {a}" for a in _ARG.findall(text))
    found.update(f"tag <{t.lower()}>" for t in _TAG.findall(text))
    plain = _ENTITY.sub("", text) if _TAG.search(text) else text
    literal = plain.count("&&")
    accelerators = len(re.findall(r"&(?=[^&\s])", plain.replace("&&", "")))
    if literal:
        found["literal &&"] = literal
    if accelerators:
        found["accelerator &"] = accelerators
    return found


@dataclass
class Problems:
    language: str
    total: int = 0
    unfinished: list[Message] = field(default_factory=list)
    mismatched: list[tuple[Message, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.unfinished and not self.mismatched


def check_file(path: Path, language: str) -> Problems:
    _tree, messages = read_ts(path)
    problems = Problems(language, len(messages))
    for m in messages:
        if not m.finished:
            problems.unfinished.append(m)
            continue
        wanted = placeholders(m.source)
        for form in m.forms:
            got = placeholders(form)
            if m.numerus:
                # A form may leave the number out ("one deal") only when the language's words say it.
                got, want = Counter({k: v for k, v in got.items() if k != "arg %n"}), \
                    Counter({k: v for k, v in wanted.items() if k != "arg %n"})
            else:
                want = wanted
            if got != want:
                missing, extra = want - got, got - want
                detail = "; ".join(filter(None, [
                    "missing " + ", ".join(sorted(missing.elements())) if missing else "",
                    "extra " + ", ".join(sorted(extra.elements())) if extra else ""]))
                problems.mismatched.append((m, f"{detail}: {form!r}"))
                break
    return problems


def check(languages: tuple[str, ...] = LANGUAGES, folder: Path = FOLDER, *, limit: int = 30,
          out=sys.stdout) -> bool:
    """Print each language's problems; True when there are none."""
    ok = True
    for language in languages:
        path = ts_path(language, folder)
        if not path.exists():
            print(f"{language}: {path.name} is missing (run make translations)", file=out)
            ok = False
            continue
        p = check_file(path, language)
        done = p.total - len(p.unfinished)
        print(f"{language}: {p.total} messages, {done} finished, {len(p.unfinished)} unfinished, "
              f"{len(p.mismatched)} with placeholder problems", file=out)
        for m in p.unfinished[:limit]:
            print(f"  unfinished [{m.context}] {m.source!r}", file=out)
        if len(p.unfinished) > limit:
            print(f"  … and {len(p.unfinished) - limit} more unfinished (--all lists them)", file=out)
        for m, detail in p.mismatched:
            print(f"  placeholders [{m.context}] {m.source!r}: {detail}", file=out)
        ok = ok and p.ok
    return ok


# --- compile --------------------------------------------------------------------------------------

def compile_ts(paths: list[Path], out_dir: Path | None = None) -> list[Path]:
    """lrelease each .ts into a .qm beside it (or in `out_dir`); only finished translations are shipped.
    Source texts stay in the .qm (no -compress): app/ui/i18n.py reads them for its context-free lookup."""
    built = []
    for ts in paths:
        qm = (out_dir or ts.parent) / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installer/translations.py", description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="bring the .ts files up to date with the code (make translations)")
    p_fill = sub.add_parser("fill", help="fill karavan_LANG.ts from {source: translation} JSON dictionaries")
    p_fill.add_argument("language", choices=TARGET_LANGUAGES + (SOURCE_LANGUAGE,))
    p_fill.add_argument("dictionaries", nargs="+", type=Path)
    p_check = sub.add_parser("check", help="unfinished messages and lost placeholders; exit 1 on problems")
    # No `choices` here: argparse (3.11) rejects an empty list against them, and no languages means all.
    p_check.add_argument("languages", nargs="*", metavar="LANG", help="one of " + ", ".join(LANGUAGES))
    p_check.add_argument("--all", action="store_true", help="list every unfinished message")
    p_compile = sub.add_parser("compile", help="build .qm files from .ts files")
    p_compile.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        update()
        for language in LANGUAGES:
            _tree, messages = read_ts(ts_path(language))
            print(f"{ts_path(language).relative_to(ROOT)}: {len(messages)} messages, "
                  f"{sum(not m.finished for m in messages)} unfinished")
        return 0
    if args.command == "fill":
        report = fill(args.language, args.dictionaries)
        print(f"karavan_{args.language}.ts: {report.filled} messages filled, {report.unchanged} already so")
        for source in report.unknown:
            print(f"  not in the code (any more?): {source!r}")
        for line in report.rejected:
            print(f"  wrong shape (a plural takes a list of its forms): {line}")
        return 1 if report.rejected else 0
    if args.command == "check":
        unknown = sorted(set(args.languages) - set(LANGUAGES))
        if unknown:
            parser.error(f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}")
        ok = check(tuple(args.languages) or LANGUAGES, limit=10**9 if args.all else 30)
        return 0 if ok else 1
    if args.command == "compile":
        files = args.files or sorted(FOLDER.glob("karavan_*.ts"))
        for qm in compile_ts(files):
            print(f"built {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
