"""The quarter review: every objective of the period, where each key result ended (or stands), and the
history of its check-ins with their comments, with the period's tally on top."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.services.goals import QuarterReview
from app.ui.errors import show_error
from app.ui.goals.models import level_text, percent_text, status_text, tr, value_text
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, numeric_date


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class ReviewDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, start: date, end: date, *, currency: str = "",
                 today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(tr("Quarter review {0} – {1}").format(numeric_date(start), numeric_date(end)))
        self.resize(1040, 560)
        self.ctx, self.tasks, self.currency = ctx, tasks, currency
        self.review: QuarterReview | None = None
        self.summary = QLabel(tr("Loading…"), objectName="review_summary")
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([tr("Objective / key result / check-in"), tr("Result"), tr("Target"),
                                              tr("Progress"), tr("Status"), tr("Comment")])
        self.tree = QTreeView(objectName="review_tree")
        self.tree.setModel(self.model)
        self.tree.setColumnWidth(0, 330)
        for column in range(1, 5):
            self.tree.setColumnWidth(column, 95)
        self.tree.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tasks.read(lambda: self.ctx.goals.quarter_review(start=start, end=end, today=today), self._loaded,
                        lambda exc: show_error(self, exc))

    def _loaded(self, review: QuarterReview) -> None:
        self.review = review
        currency = self.currency
        self.summary.setText(tr("{0} objective(s), {1} key result(s): {2} done, {3} behind; average progress {4}")
                             .format(len(review.objectives), review.total, review.done, review.behind,
                                     percent_text(review.average_percent)))
        self.model.removeRows(0, self.model.rowCount())
        for ro in review.objectives:
            o = ro.objective
            who = tr("Company") if o.level == "company" else f"{level_text(o.level)}: {o.belongs_to}"
            top = [_item(f"{o.title} ({who})"), _item(""), _item(""), _item(percent_text(o.progress_percent)),
                   _item(status_text(o.status)), _item(o.description)]
            for kr_review in ro.key_results:
                kr = kr_review.key_result
                child = [_item(kr.title), _item(value_text(kr.current_value, kr.value_kind, currency)),
                         _item(value_text(kr.target_value, kr.value_kind, currency)),
                         _item(percent_text(kr.progress_percent)), _item(status_text(kr.status)),
                         _item(kr.metric_title and tr("counted from the data: {0}").format(kr.metric_title))]
                for h in kr_review.history:
                    child[0].appendRow([_item(f"{format_time(h.at)} · {h.user_name}"),
                                        _item(value_text(h.value, kr.value_kind, currency)), _item(""), _item(""),
                                        _item(""), _item(h.comment or "—")])
                top[0].appendRow(child)
            self.model.appendRow(top)
        self.tree.expandAll()
