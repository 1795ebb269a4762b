"""Every word the desktop shows goes through Qt translation where pyside6-lupdate can find it (issue 10).

Two walks over the syntax trees of app/ui/**/*.py, no Qt needed:

1. A string literal or f-string with letters in it, passed unwrapped to a call that puts text on the screen
   (QLabel("…"), setText("…"), addItem("…", data), QMessageBox.warning(parent, "…", "…"), headerData
   returning "…", …), is a word no translator will ever see.
2. A translation call lupdate cannot read is one too: tr(f"…"), f"<b>{tr('…')}</b>" (lupdate does not look
   inside f-strings), tr(title) over a list lupdate never saw,
   or `parent.tr("…")`, which lupdate files under the context "parent" while Qt looks the text up under
   the class of `parent`. Contexts must agree: `self.tr` and `QCoreApplication.translate("Ctx", "…")` carry
   their own; a bare `tr("…")` helper is filed under the empty context by lupdate, so such a helper must
   translate with context "" too. A variable passed to a translation call is allowed only where its
   values are marked at their definition — QT_TRANSLATE_NOOP("Ctx", "…") for `translate("Ctx", value)`,
   QT_TR_NOOP("…") for a bare `tr(value)` (both in the empty context) — in the same module or one it
   imports from.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"

# Calls whose every positional string argument is shown (constructors of widgets with a text).
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QMessageBox", "QCommandLinkButton", "QProgressDialog", "QStandardItem", "QListWidgetItem",
    "QTableWidgetItem", "QTreeWidgetItem", "QBarSet", "QPieSlice", "QWizardPage", "QDockWidget",
}
# method name -> indexes of the positional arguments that are shown (None: every one).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setSubTitle": (0,), "setTitleText": (0,),
    "addTab": (1, 2), "insertTab": (2, 3), "setTabText": (1,), "setTabToolTip": (1,), "addMenu": (0, 1),
    "addRow": (0,), "setItemText": (1,), "showMessage": (0,), "show_message": (0,), "setLabelText": (0,),
    "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "setCancelButtonText": (0,), "setOkButtonText": (0,), "setButtonText": (1,), "addButton": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,), "setHeaderLabels": (0,),
    "setHeaderLabel": (0,), "addSection": (0,), "setName": (0,), "setLabel": (0,), "drawText": None,
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2), "getMultiLineText": (1, 2),
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,), "setHtml": (0,),
    "set_error": (0,),
}
# Calls that take {field: message} and show the messages next to the fields.
ERROR_DICT_CALLS = {"ValidationError", "show_errors", "_show_errors", "_show_stage_errors", "set_errors"}
TEXT_KEYWORDS = {"text", "title", "toolTip", "statusTip", "windowTitle", "placeholderText", "labelText",
                 "caption", "filter", "whatsThis", "accessibleName", "informativeText"}
# addItem/insertItem/addAction: the text, never the data that follows it.
ITEM_METHODS = {"addItem": 0, "insertItem": 1, "addAction": 0}

# Words that are the same in every language, or are not words: kept short, each with its reason.
ALLOWED_TEXTS = {
    "Karavan",  # the product's name
    "PDF (*.pdf)", "CSV (*.csv)",  # file type filters that are an abbreviation and a pattern only
    "Excel (*.xlsx)",  # the program's name and its pattern
    "EAN-13", "Code 128",  # barcode symbologies: standard names, never translated
}
# Single places where a literal is data, not a word; (file, text) -> why.
ALLOWED_AT = {
    ("app/ui/documents_settings/rates_dialog.py", "EUR"): "an example currency code as placeholder",
    ("app/ui/documents_settings/send_dialog.py", "f'.pdf'"): "the attachment's file name",
    ("app/ui/funnel/reports_view.py", "pad"): "an invisible bar set that offsets the funnel; the legend is hidden",
    ("app/ui/wizard.py", "admin"): "the suggested login name, typed at sign-in as it is",
}
# Whole modules the second check leaves alone; file -> why.
NOT_YET_READABLE = {
    "app/ui/errors.py": "reworked with the services' msg() (issue 10) on its own branch, which also moves its tr() "
                        "helper to the empty context",
}
EXAMPLE = re.compile(r"example\.(com|org|net)|^https?://|^[\w.+-]+@[\w-]+\.\w+$")  # placeholder examples


def shown(text: str) -> bool:
    """Whether `text` holds words a person reads (letters that are not an allowed token)."""
    stripped = text.strip()
    if not any(ch.isalpha() for ch in stripped) or stripped in ALLOWED_TEXTS or EXAMPLE.search(stripped):
        return False
    # markup, entities, format codes ("%1", "{0}", "{value:,}") and the product's name carry no words
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>|&\w+;|\{[^}]*\}|%\w|\bKaravan\b", "", stripped))


def literal_texts(node: ast.AST) -> list[str]:
    """The shown text of a string literal, an f-string or a list/tuple of them (others: none)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if shown(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [f"f{text!r}"] if shown(text) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return literal_texts(node.left) + (literal_texts(node.right) if isinstance(node.op, ast.Add) else [])
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for item in node.elts for t in literal_texts(item)]
    if isinstance(node, ast.IfExp):
        return literal_texts(node.body) + literal_texts(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return literal_texts(node.func.value)
    return []


def error_slot(target: ast.AST) -> bool:
    """`errors[key]` (or a tuple holding one) as an assignment's target: a message shown by a field."""
    if isinstance(target, ast.Tuple):
        return any(error_slot(t) for t in target.elts)
    return isinstance(target, ast.Subscript) and "error" in ast.unparse(target.value).lower()


def call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def is_icon(node: ast.AST) -> bool:
    return "icon" in ast.unparse(node).lower() or "pixmap" in ast.unparse(node).lower()


@dataclass
class Module:
    path: Path
    tree: ast.Module
    marked: set[str] = field(default_factory=set)  # contexts with QT_TRANSLATE_NOOP/QT_TR_NOOP marks
    imports: set[Path] = field(default_factory=set)

    @property
    def where(self) -> str:
        return str(self.path.relative_to(ROOT))


def load_modules() -> dict[Path, Module]:
    modules = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module = Module(path, tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and call_name(node) == "QT_TRANSLATE_NOOP" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                module.marked.add(node.args[0].value)
            elif isinstance(node, ast.Call) and call_name(node) == "QT_TR_NOOP":
                module.marked.add("")
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app."):
                target = ROOT.joinpath(*node.module.split("."))
                module.imports.add(target.with_suffix(".py") if target.with_suffix(".py").exists()
                                   else target / "__init__.py")
        modules[path] = module
    return modules


def translation_call(node: ast.Call) -> tuple[str, str | None, ast.AST | None] | None:
    """(kind, context as lupdate files it, text argument) of a translation call, else None."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "translate" and ast.unparse(func.value) in (
            "QCoreApplication", "QApplication", "QGuiApplication"):
        ctx = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
        return "translate", ctx, node.args[1] if len(node.args) > 1 else None
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "method", ast.unparse(func.value), node.args[0] if node.args else None
    if isinstance(func, ast.Name) and func.id == "tr":
        return "bare", "", node.args[0] if node.args else None
    return None


def made_up(node: ast.AST) -> bool:
    """Whether the text is computed (`key.capitalize()`, `a + b`, `v[:1].upper()`), not a marked value."""
    if isinstance(node, ast.BinOp):
        return True
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Slice) or made_up(node.value)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr in (
                "capitalize", "replace", "upper", "lower", "title", "strip", "format", "join"):
            return True
        return any(made_up(a) for a in node.args) or isinstance(node.func, ast.Attribute) and made_up(node.func.value)
    return False


def enclosing_classes(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node inside a class body -> that class's name (the innermost)."""
    owner: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                if inner is not node:
                    owner[inner] = node.name
    # ast.walk is breadth first: inner classes come later and overwrite outer ones
    return owner


def untranslated_texts(module: Module) -> list[str]:
    """Rule 1: literals with words passed unwrapped to a call that shows them."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            name = call_name(node)
            args: list[ast.AST] = []
            if name in TEXT_CONSTRUCTORS:
                args = list(node.args)
                args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            elif name in ITEM_METHODS:
                index = ITEM_METHODS[name]
                if len(node.args) > index + 1 and is_icon(node.args[index]):
                    index += 1
                args = node.args[index:index + 1] + [k.value for k in node.keywords if k.arg == "text"]
            elif name in TEXT_METHODS:
                indexes = TEXT_METHODS[name]
                args = list(node.args) if indexes is None else [node.args[i] for i in indexes if i < len(node.args)]
                args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            elif translation_call(node) is None and name not in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
                args = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS and name[:1].isupper()]
            found += [f"{module.where}:{node.lineno}: {name}({text})" for a in args for text in literal_texts(a)
                      if (module.where, text) not in ALLOWED_AT]
        if isinstance(node, ast.Call) and call_name(node) in ERROR_DICT_CALLS:
            found += [f"{module.where}:{node.lineno}: {call_name(node)}({text})" for a in node.args
                      if isinstance(a, ast.Dict) for v in a.values for text in literal_texts(v)]
        elif isinstance(node, ast.Assign) and any(error_slot(t) for t in node.targets):
            # errors["qty"] = "is not a number"; errors["qty"], value = "is not a number", None
            pairs = [(t, node.value) for t in node.targets] if not isinstance(node.targets[0], ast.Tuple) else \
                list(zip(node.targets[0].elts, node.value.elts if isinstance(node.value, ast.Tuple) else [], strict=False))
            found += [f"{module.where}:{node.lineno}: error message {text}" for t, v in pairs if error_slot(t)
                      for text in literal_texts(v)]
        elif isinstance(node, ast.FunctionDef) and node.name in ("data", "headerData"):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    found += [f"{module.where}:{ret.lineno}: {node.name} returns {text}"
                              for text in literal_texts(ret.value)]
    return found


HELPERS = ("tr", "_tr")  # module functions `tr(text)` whose calls lupdate reads as bare tr("…")
# Functions that translate texts marked elsewhere: (file, function) -> where the marks are.
MARKED_ELSEWHERE = {
    ("app/ui/i18n.py", "_translate_service_text"): "msg(\"…\") in app/services, read by lupdate as QT_TR_NOOP",
}


def helper_contexts(module: Module) -> list[str]:
    """A `def tr(text)` helper must translate in the empty context, where lupdate files bare tr() calls."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.FunctionDef) and node.name in HELPERS:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and (kind := translation_call(call)) and kind[0] == "translate" \
                        and kind[1] != "":
                    found.append(f"{module.where}:{call.lineno}: tr() helper translates in context {kind[1]!r}, "
                                 "but lupdate files bare tr() calls under the empty context")
    return found


def borrowed_tr(module: Module) -> list[str]:
    """`tr = self.tr`, `self.tr = tr`, `f(self.tr)`: lupdate files the later tr("…") calls under the empty
    context (or the wrong class), while Qt looks them up under the class that lent its tr."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Assign) and any(ast.unparse(t) in ("tr", "self.tr") for t in node.targets):
            found.append(f"{module.where}:{node.lineno}: {ast.unparse(node)[:80]} — call self.tr(\"…\") itself")
        elif isinstance(node, ast.Call):
            lent = [a for a in (*node.args, *(k.value for k in node.keywords))
                    if isinstance(a, ast.Attribute) and a.attr == "tr"]
            found += [f"{module.where}:{node.lineno}: {ast.unparse(node)[:80]} — lends {ast.unparse(a)}; the callee's "
                      "tr(\"…\") calls are filed under the empty context" for a in lent]
    return found


def unreadable_translations(module: Module, modules: dict[Path, Module]) -> list[str]:
    """Rule 2: translation calls lupdate cannot read, or files under a context Qt does not look in."""
    visible = set(module.marked)
    for imported in module.imports:
        if imported in modules:
            visible |= modules[imported].marked
    helpers = {id(call) for node in ast.walk(module.tree) if isinstance(node, ast.FunctionDef)
               and (node.name in HELPERS or (module.where, node.name) in MARKED_ELSEWHERE) for call in ast.walk(node)}
    classes = enclosing_classes(module.tree)
    in_fstrings = {id(call) for node in ast.walk(module.tree) if isinstance(node, ast.JoinedStr)
                   for call in ast.walk(node) if isinstance(call, ast.Call)}
    found = []
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call) or id(node) in helpers or (kind := translation_call(node)) is None:
            continue
        how, ctx, text = kind
        where = f"{module.where}:{node.lineno}: {ast.unparse(node)[:90]}"
        if how == "method" and ctx != "self" and ctx not in ("QDialog", "QWidget", "QObject"):
            found.append(f"{where} — lupdate files this under the context {ctx!r}, Qt looks elsewhere")
            continue
        if id(node) in in_fstrings and isinstance(text, ast.Constant):
            found.append(f"{where} — inside an f-string, where lupdate does not look: fetch the words first")
            continue
        if how == "method" and ctx == "self":
            ctx = classes.get(node)
        if text is None or isinstance(text, ast.Constant) and isinstance(text.value, str):
            continue
        if isinstance(text, ast.JoinedStr):
            found.append(f"{where} — an f-string: translate the template, then .format()")
        elif made_up(text):
            found.append(f"{where} — a text made up at run time: no source for it can be marked")
        elif how in ("translate", "method") and ctx is not None and ctx in visible:
            continue  # a value marked with QT_TRANSLATE_NOOP(ctx, …) where it is defined
        elif how == "bare" and "" in visible:
            continue  # a value marked with QT_TR_NOOP(…) where it is defined
        else:
            found.append(f"{where} — lupdate cannot see this text; mark its values with QT_TRANSLATE_NOOP")
    return found


def test_every_shown_string_is_translated():
    modules = load_modules()
    found = [line for module in modules.values() for line in untranslated_texts(module)]
    assert not found, "Words shown without tr():\n" + "\n".join(found)


def test_every_translation_is_readable_by_lupdate():
    modules = load_modules()
    found = [line for module in modules.values() if module.where not in NOT_YET_READABLE
             for line in helper_contexts(module) + borrowed_tr(module) + unreadable_translations(module, modules)]
    assert not found, "Translations lupdate cannot extract under the context Qt uses:\n" + "\n".join(found)


def test_the_check_sees_a_bare_label(tmp_path):
    """The rules themselves, on a small screen with every kind of mistake (and what is allowed)."""
    source = (
        "class Screen:\n"
        "    def build(self, titles, errors):\n"
        "        QLabel('Hello')\n"
        "        self.combo.addItem(self.tr('Open'), 'ean13')\n"
        "        self.combo.addItem('Closed', 'closed')\n"
        "        QLabel('%1 / {0}')\n"
        "        QLabel('Karavan')\n"
        "        self.edit.setPlaceholderText('office@example.com')\n"
        "        errors['qty'], qty = 'is not a number', None\n"
        "        raise ValidationError({'name': 'is required'})\n"
        "        for t in titles:\n"
        "            self.tr(t)\n"
        "        self.tr(f'{len(titles)} titles')\n"
        "        tr = self.tr\n"
        "        show(parent.tr('Saved'))\n"
        "        QCoreApplication.translate('Screen', key.capitalize())\n"
        "        QLabel(f\"<b>{self.tr('Field')}</b>\")\n"
        "    def headerData(self, section, orientation, role):\n"
        "        return 'Name'\n")
    module = Module(ROOT / "probe.py", ast.parse(source))
    assert sorted(line.split(": ", 1)[1] for line in untranslated_texts(module)) == sorted([
        "QLabel(Hello)", "addItem(Closed)", "error message is not a number", "ValidationError(is required)",
        "headerData returns Name"])
    readable = sorted(line.split(" — ")[1].split(";")[0] for line in unreadable_translations(module, {}))
    assert readable == sorted(["lupdate cannot see this text", "an f-string: translate the template, then .format()",
                        "lupdate files this under the context 'parent', Qt looks elsewhere",
                        "a text made up at run time: no source for it can be marked",
                        "inside an f-string, where lupdate does not look: fetch the words first"])
    assert len(borrowed_tr(module)) == 1
    marked = Module(ROOT / "probe.py", ast.parse("T = {'a': QT_TRANSLATE_NOOP('Screen', 'Alpha')}\n"
                                                 "class Screen:\n"
                                                 "    def show(self, key):\n"
                                                 "        return self.tr(T[key])\n"), marked={"Screen"})
    assert unreadable_translations(marked, {}) == []


def catalogue_words() -> dict[str, str]:
    """The names the services' catalogues hold for screens to show, each with where it comes from."""
    from app.services.automation import catalog
    from app.services.goals.metrics import METRICS
    from app.services.imports.mapping import FIELDS as IMPORT_FIELDS

    words: dict[str, str] = {}
    for trigger in catalog.TRIGGERS:
        words[trigger.title] = f"automation trigger {trigger.key}"
        words.update({title: f"parameter {key} of {trigger.key}" for key, title, _kind in trigger.params})
    for entity, fields in (*catalog.FIELDS.items(), *catalog.SETTABLE.items()):
        words.update({title: f"automation field {entity}.{name}" for name, (title, _kind) in fields.items()})
    words.update({title: f"automation operator {op}" for op, title in catalog.OPS.items()})
    for action in catalog.ACTIONS:
        words[action.title] = f"automation action {action.key}"
        words.update({title: f"parameter {key} of {action.key}" for key, title, _kind in action.params})
    words.update({m.title: f"goal metric {key}" for key, m in METRICS.items()})
    words.update({f.label: f"import field {kind}.{f.name}" for kind, fields in IMPORT_FIELDS.items() for f in fields})
    return {text: where for text, where in words.items() if shown(text)}


def test_every_catalogue_name_the_screens_show_is_marked():
    """The names the services keep in English for the screens are marked with msg() where they are defined, so
    lupdate files them in the .ts files and `translated()` finds them at display."""
    from app.services.i18n import msg

    root = ET.parse(ROOT / "app" / "resources" / "translations" / "karavan_ru.ts").getroot()
    sources = {m.findtext("source") for m in root.iter("message")}
    missing = [f"{where}: {text!r}" for text, where in catalogue_words().items() if text not in sources]
    assert not missing, f"Mark these with {msg.__name__}() where the service defines them:\n" + "\n".join(missing)
