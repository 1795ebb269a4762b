"""Small form helpers shared by cards and dialogs: a field with its error line, tag completion, times."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOR = "#c62828"
# Applied to a card once: any widget with the dynamic property invalid=true gets a red frame.
INVALID_STYLE = f"""
*[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; border-radius: 2px; }}
QLabel[role="error"] {{ color: {ERROR_COLOR}; }}
"""



def error_text(message: str) -> str:
    """A service message ('is required') as a sentence for the error line ('Is required').

    The service wrote it in the user's language already (msg(), app/services/i18n.py)."""
    return message[:1].upper() + message[1:]


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a widget as wrong (red frame) via the `invalid` dynamic property."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class ErrorLabel(QLabel):
    """A red line under a field or a table, hidden while there is nothing to say."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "error")
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldWithError(QWidget):
    """An editor with its error label under it, to put in a QFormLayout row."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.error = ErrorLabel(f"{editor.objectName() or 'field'}_error", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        # Rows of a form must not stretch to match a taller neighbour column.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_error(self, message: str) -> None:
        set_invalid(self.editor, bool(message))
        self.error.show_message(error_text(message) if message else "")


def plain_text_edit(object_name: str) -> QTextEdit:
    """A plain-text notes box. A QTextEdit, not QPlainTextEdit: the latter aligns a Persian or
    Arabic paragraph to the left even in a right-to-left layout (checked with Qt 6.10)."""
    edit = QTextEdit(objectName=object_name)
    edit.setAcceptRichText(False)
    edit.setTabChangesFocus(True)
    return edit


class TagsCompleter(QCompleter):
    """Completes the last item of a comma-separated list, keeping what was typed before it."""

    def __init__(self, edit: QLineEdit):
        super().__init__(QStringListModel([], edit), edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setWidget(edit)
        self.activated[str].connect(self._insert)  # type: ignore[index]
        edit.textEdited.connect(self._complete)
        self._edit = edit

    def set_words(self, words: Iterable[str]) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(set(words), key=str.casefold))

    def _complete(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.popup().hide()
            return
        self.setCompletionPrefix(prefix)
        self.complete()

    def _insert(self, completion: str) -> None:
        head = self._edit.text().rsplit(",", 1)
        done = head[0].strip() + ", " if len(head) > 1 else ""
        self._edit.setText(done + completion + ", ")


def split_tags(text: str) -> tuple[str, ...]:
    """'vip, wholesale,, vip' -> ('vip', 'wholesale', 'vip'): the service removes repeats."""
    return tuple(t.strip() for t in text.split(",") if t.strip())



class OutcomeDialog(QDialog):
    """A dialog that ends in one of a few named outcomes (`outcome` after exec); "cancel" rejects."""

    CANCEL = "cancel"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outcome = self.CANCEL

    def outcome_buttons(self, *specs: tuple[str, str, QDialogButtonBox.ButtonRole, str]) -> QDialogButtonBox:
        """Buttons from (text, objectName, role, outcome); the first is the default. Each button is
        also kept as an attribute named after its objectName."""
        box = QDialogButtonBox(self)
        for i, (text, name, role, outcome) in enumerate(specs):
            button = QPushButton(text, self, objectName=name)
            box.addButton(button, role)
            button.setDefault(i == 0)
            button.clicked.connect(lambda _checked=False, o=outcome: self.finish(o))
            setattr(self, name, button)
        return box

    def finish(self, outcome: str) -> None:
        self.outcome = outcome
        if outcome == self.CANCEL:
            self.reject()
        else:
            self.accept()
