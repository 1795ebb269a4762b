"""Merging two cards of the same client: pick the survivor and, field by field, which value to keep."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.clients.forms import ClientCard
from app.services.clients.merge import MERGEABLE_FIELDS
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit
from app.ui.clients.conflict_dialog import describe, field_titles
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner


class MergeDialog(QDialog):
    """Loads both cards, merges on Merge; `merged` carries the surviving ClientCard."""

    merged = Signal(object)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, first_id: int, second_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.first_id, self.second_id = first_id, second_id
        self.survivor: ClientCard | None = None
        self.other: ClientCard | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge clients"))

        intro = QLabel(self.tr("The surviving card keeps its code and history and receives everything of "
                               "the other card, which is then deleted."), self)
        intro.setWordWrap(True)
        self.survivor_label = QLabel(self, objectName="survivor_label")
        self.other_label = QLabel(self, objectName="merged_label")
        for label in (self.survivor_label, self.other_label):
            label.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("⇄ Swap"), self, objectName="swap_button")
        self.swap_button.setToolTip(self.tr("Keep the other card instead"))
        heads = QHBoxLayout()
        heads.addWidget(self.swap_button)
        heads.addStretch(1)

        self.grid_host = QWidget(objectName="merge_fields")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        field = self.tr("Field")
        self.grid.addWidget(QLabel(f"<b>{field}</b>"), 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.survivor_label, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.other_label, 0, 2, Qt.AlignmentFlag.AlignTop)
        self._header_items = self.grid.count()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.summary = QLabel(self, objectName="merge_summary")
        self.summary.setWordWrap(True)

        box = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("Merge"), self, objectName="merge_button")
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="cancel_button")
        box.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        self.swap_button.clicked.connect(self.swap)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(heads)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(box)
        self.resize(820, 480)
        self.reload()

    # -- loading and showing ------------------------------------------------------------------
    def reload(self) -> None:
        first, second = self.first_id, self.second_id
        self.merge_button.setEnabled(False)
        self.tasks.read(lambda: self.ctx.clients.merge_preview(first, second), self._loaded, self._failed)

    def _loaded(self, cards: tuple[ClientCard, ClientCard]) -> None:
        self.survivor, self.other = cards
        self._show()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def swap(self) -> None:
        if self.survivor is None:
            return
        keep = self.take_from_merged()
        self.first_id, self.second_id = self.second_id, self.first_id
        self.survivor, self.other = self.other, self.survivor
        self._show(invert=keep)

    def _show(self, invert: frozenset[str] | None = None) -> None:
        assert self.survivor is not None and self.other is not None
        s, o = self.survivor, self.other
        self.survivor_label.setText("<b>{}</b><br>{}".format(
            self.tr("Keeps"), html.escape(f"{s.form.display_name} ({s.code})")))
        self.other_label.setText("<b>{}</b><br>{}".format(
            self.tr("Is merged in and deleted"), html.escape(f"{o.form.display_name} ({o.code})")))
        while self.grid.count() > self._header_items:
            item = self.grid.takeAt(self._header_items)
            if item.widget():
                item.widget().deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}
        titles = field_titles()
        names = {c.form.manager_id: c.manager_name for c in (s, o) if c.form.manager_id is not None}
        for row, name in enumerate(MERGEABLE_FIELDS, start=1):
            mine, theirs = getattr(s.form, name), getattr(o.form, name)
            group = QButtonGroup(self)
            self.grid.addWidget(QLabel(titles[name]), row, 0)
            for col, value in ((1, mine), (2, theirs)):
                radio = QRadioButton(describe(name, value, names), objectName=f"{name}_{col}")
                group.addButton(radio, col)
                self.grid.addWidget(radio, row, col)
            if invert is not None:
                take_other = name not in invert
            else:   # an empty survivor value is better filled from the other card
                take_other = value_empty(mine) and not value_empty(theirs)
            group.button(2 if take_other else 1).setChecked(True)
            if mine == theirs:
                group.button(2).setEnabled(False)
                group.button(1).setChecked(True)
            self.groups[name] = group
        self.grid.setRowStretch(len(MERGEABLE_FIELDS) + 1, 1)
        self.summary.setText(self.summary_text())
        self.merge_button.setEnabled(True)

    def summary_text(self) -> str:
        assert self.survivor is not None and self.other is not None
        f = self.other.form
        contacts_channels = sum(len(p.channels) for p in f.contacts)
        # "name — count" rather than a sentence with numbers: no plural forms to get wrong.
        return self.tr("Moved to “{survivor}”: contact persons — {contacts}, channels — {channels}, "
                       "addresses — {addresses}, bank accounts — {accounts}, tags — {tags}, and all later "
                       "records. Notes are appended and roles added.").format(
            contacts=len(f.contacts), channels=len(f.channels) + contacts_channels, addresses=len(f.addresses),
            accounts=len(f.bank_accounts), tags=len(f.tags), survivor=self.survivor.form.display_name)

    # -- merging ------------------------------------------------------------------------------
    def take_from_merged(self) -> frozenset[str]:
        return frozenset(name for name, group in self.groups.items() if group.checkedId() == 2)

    def choose(self, field: str, from_other: bool) -> None:
        self.groups[field].button(2 if from_other else 1).setChecked(True)

    def merge(self) -> None:
        if self.survivor is None or self.other is None:
            return
        s, o, take = self.survivor, self.other, self.take_from_merged()
        self.merge_button.setEnabled(False)
        self.tasks.write(
            lambda: self.ctx.clients.merge_clients(s.id, o.id, survivor_version=s.version,
                                                   merged_version=o.version, take_from_merged=take),
            self._merged, self._merge_failed, entity="client", ids=lambda card: [card.id, o.id])

    def _merged(self, card: ClientCard) -> None:
        self.merged.emit(card)
        self.accept()

    def _merge_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit):
            self.reload()
        else:
            self.merge_button.setEnabled(True)


def value_empty(value: object) -> bool:
    return value is None or value == ""
