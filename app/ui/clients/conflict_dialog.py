"""Someone saved the client while I was editing it: compare field by field, keep theirs or mine."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import ClientKind, ClientRole
from app.services.clients.forms import FORM_FIELDS, ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit
from app.ui.clients.subtables import address_kinds, channel_kinds
from app.ui.text import format_time, isolate, numeric_date
from app.ui.widgets import OutcomeDialog

COLLECTIONS = ("channels", "contacts", "addresses", "bank_accounts")


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientCard", text)


def field_titles() -> dict[str, str]:
    return {
        "kind": tr("Kind"), "display_name": tr("Name"), "legal_name": tr("Legal name"), "tax_id": tr("Tax ID"),
        "registration_ids": tr("Registration numbers"), "source": tr("Source"),
        "manager_id": tr("Responsible manager"), "roles": tr("Roles"), "tags": tr("Tags"), "notes": tr("Notes"),
        "channels": tr("Channels"), "contacts": tr("Contact persons"), "addresses": tr("Addresses"),
        "bank_accounts": tr("Bank accounts"),
    }


def kind_labels() -> dict[str, str]:
    return {ClientKind.COMPANY: tr("Company"), ClientKind.PERSON: tr("Person")}


def role_labels() -> dict[str, str]:
    return {ClientRole.LEAD: tr("Lead"), ClientRole.CUSTOMER: tr("Customer"), ClientRole.SUPPLIER: tr("Supplier")}


def describe(field: str, value: Any, manager_names: Mapping[int, str] | None = None) -> str:
    """A field's value as readable text, collections one item per line; what people typed is wrapped
    in bidi isolates (`strip_isolates` gives the bare text)."""
    if field == "kind":
        return kind_labels().get(value, value)
    if field == "manager_id":
        return "—" if value is None else isolate((manager_names or {}).get(value, f"#{value}"))
    if field == "roles":
        labels = role_labels()
        return ", ".join(labels.get(r, r) for r in labels if r in value) or "—"
    if field == "tags":
        return ", ".join(isolate(t) for t in value) or "—"
    if field == "channels":
        return "\n".join(_channel_text(ch) for ch in value) or "—"
    if field == "contacts":
        return "\n".join(_person_text(p) for p in value) or "—"
    if field == "addresses":
        kinds = address_kinds()
        return "\n".join(f"{kinds.get(a.kind, a.kind)}: {isolate(a.one_line())}" for a in value) or "—"
    if field == "bank_accounts":
        return "\n".join(", ".join(isolate(p) for p in (b.bank_name, b.bic, b.account_number, b.corr_account,
                                                         b.comment) if p) for b in value) or "—"
    return isolate(str(value)) if value not in (None, "") else "—"


def _channel_text(ch) -> str:
    text = f"{channel_kinds().get(ch.kind, ch.kind)}: {isolate(ch.value)}"
    return f"{text} ({isolate(ch.comment)})" if ch.comment else text


def _person_text(p: ContactPersonData) -> str:
    parts = [p.full_name, p.position, numeric_date(p.birthday),
             ", ".join(isolate(ch.value) for ch in p.channels)]
    return " · ".join(isolate(x) for x in parts if x)


def _without_ids(value: Any) -> Any:
    """The value with every row id cleared, so that equal content compares equal."""
    if isinstance(value, tuple) and value and hasattr(value[0], "id"):
        return tuple(replace(item, id=None, **({"channels": _without_ids(item.channels), "position_id": None}
                                               if isinstance(item, ContactPersonData) else {}))
                     for item in value)
    return value


def _same(field: str, a: ClientForm, b: ClientForm) -> bool:
    return _without_ids(getattr(a, field)) == _without_ids(getattr(b, field))


def differing_fields(theirs: ClientForm, mine: ClientForm) -> list[str]:
    return [f for f in FORM_FIELDS if not _same(f, theirs, mine)]


def _keep_known(items: Sequence[Any], known: Sequence[Any]) -> tuple[Any, ...]:
    """My rows, with ids the current record no longer has cleared (they are saved as new rows)."""
    by_id = {k.id: k for k in known if k.id is not None}
    result = []
    for item in items:
        theirs = by_id.get(item.id)
        if theirs is None and item.id is not None:
            item = replace(item, id=None)
        if isinstance(item, ContactPersonData):
            item = replace(item, channels=_keep_known(item.channels, theirs.channels if theirs else ()))
        result.append(item)
    return tuple(result)


def merge_forms(theirs: ClientForm, mine: ClientForm, keep_mine: set[str]) -> ClientForm:
    """`theirs` with the fields named in `keep_mine` taken from `mine` (row ids fixed up to match)."""
    changes: dict[str, Any] = {}
    for name in keep_mine:
        if name not in FORM_FIELDS:
            raise ValueError(f"unknown form field {name!r}")
        value = getattr(mine, name)
        if name in COLLECTIONS:
            value = _keep_known(value, getattr(theirs, name))
        changes[name] = value
    return replace(theirs, **changes)


def keep_edits(saved: ClientForm, sent: ClientForm, edited: ClientForm) -> ClientForm:
    """`saved` with the fields edited after `sent` went out taken from `edited`; rows that were new
    in `sent` get the ids the save gave them, so saving again updates them instead of re-adding."""
    changed = {f for f in FORM_FIELDS if getattr(edited, f) != getattr(sent, f)}
    grafted = {f: _graft_ids(getattr(edited, f), getattr(sent, f), getattr(saved, f))
               for f in COLLECTIONS if f in changed}
    return merge_forms(saved, replace(edited, **grafted), changed)


def _graft_ids(rows: Sequence[Any], sent: Sequence[Any], saved: Sequence[Any]) -> tuple[Any, ...]:
    """`rows` with each row that was sent without an id given the id `saved` has at the same place."""
    if len(sent) != len(saved):
        return tuple(rows)      # no safe pairing: such rows are saved as new ones (content stays right)
    place = {row.id: i for i, row in enumerate(sent) if row.id is not None}
    result = []
    for i, row in enumerate(rows):
        k = place.get(row.id) if row.id is not None else (i if i < len(sent) and sent[i].id is None else None)
        if k is not None:
            row = replace(row, id=saved[k].id)
            if isinstance(row, ContactPersonData):
                row = replace(row, channels=_graft_ids(row.channels, sent[k].channels, saved[k].channels))
        result.append(row)
    return tuple(result)


class ConflictDialog(OutcomeDialog):
    """After exec(): `outcome` is "save" (use `merged_form()`), "reload" or "cancel".

    `base` is the form as the user loaded it: a field defaults to "Keep mine" only where the user
    changed it, so the other person's changes are kept unless the user chooses otherwise.
    """

    SAVE, RELOAD, CANCEL = "save", "reload", "cancel"

    def __init__(self, mine: ClientForm, exc: ConcurrentEdit, *, base: ClientForm | None = None,
                 manager_names: Mapping[int, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("The client was changed by someone else"))
        self.mine, self.exc = mine, exc
        self.theirs: ClientForm = exc.current.form
        names = dict(manager_names or {})
        if self.theirs.manager_id is not None and exc.current.manager_name:
            names[self.theirs.manager_id] = exc.current.manager_name
        self.fields = differing_fields(self.theirs, mine)
        self.choices: dict[str, QComboBox] = {}

        who = exc.changed_by or self.tr("another user")
        header = QLabel(self.tr("Changed by {who} at {when}. Choose which value to keep for each field.")
                        .format(who=isolate(who), when=isolate(format_time(exc.changed_at))), self,
                        objectName="conflict_header")
        header.setWordWrap(True)

        grid_host = QWidget(objectName="conflict_fields")
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for col, title in enumerate((self.tr("Field"), self.tr("Their value"), self.tr("My value"),
                                     self.tr("Keep"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        titles = field_titles()
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        for row, name in enumerate(self.fields, start=1):
            title = QLabel(titles[name])
            title.setAlignment(top)
            grid.addWidget(title, row, 0)
            for col, form in ((1, self.theirs), (2, mine)):
                value = QLabel(describe(name, getattr(form, name), names), objectName=f"{name}_{col}")
                value.setWordWrap(True)
                value.setAlignment(top)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                grid.addWidget(value, row, col)
            combo = QComboBox(objectName=f"choice_{name}")
            combo.addItem(self.tr("Keep theirs"), False)
            combo.addItem(self.tr("Keep mine"), True)
            combo.setCurrentIndex(1 if base is None or not _same(name, mine, base) else 0)
            self.choices[name] = combo
            grid.addWidget(combo, row, 3, Qt.AlignmentFlag.AlignTop)
        if not self.fields:
            grid.addWidget(QLabel(self.tr("Your values are the same as theirs.")), 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.fields) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(grid_host)

        role = QDialogButtonBox.ButtonRole
        box = self.outcome_buttons((self.tr("Save with these choices"), "save_button", role.AcceptRole, self.SAVE),
                                   (self.tr("Reload theirs"), "reload_button", role.ResetRole, self.RELOAD),
                                   (self.tr("Cancel"), "cancel_button", role.RejectRole, self.CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(box)
        self.resize(900, 520)

    def choose(self, field: str, keep_mine: bool) -> None:
        self.choices[field].setCurrentIndex(1 if keep_mine else 0)

    def keep_mine(self) -> set[str]:
        return {name for name, combo in self.choices.items() if combo.currentData()}

    def merged_form(self) -> ClientForm:
        return merge_forms(self.theirs, self.mine, self.keep_mine())
