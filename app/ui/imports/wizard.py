"""The import wizard: choose a file and sheet → map columns → preview → check (bad rows listed, corrected
in a grid, checked again, saved as an error report) → import (all or nothing, or only the valid rows) →
the result. Reading, checking and importing run off the GUI thread through the TaskRunner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services import imports
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.i18n import translated
from app.ui.errors import message_for, show_error
from app.ui.imports.models import ErrorsModel, FixGridModel, PreviewModel, number
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel
from app.ui.wizard_buttons import name_back_and_next

PREVIEW_ROWS = 20
# What each kind's import touches, for the app-wide `changed` signal.
ENTITIES = {"clients": "client", "products": "product", "prices": "price_list", "stock": "stock_document"}


def _n(value: int) -> str:
    return number(value)


def _table_view(name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SourcePage(QWizardPage):
    """What to import, from which file and sheet."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("source_page")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) whose first row holds the column titles."))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        for kind, label in (("clients", self.tr("Clients (with a contact person and an address)")),
                            ("products", self.tr("Products")), ("prices", self.tr("Price list prices")),
                            ("stock", self.tr("Opening stock balances"))):
            self.kind_combo.addItem(label, kind)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file_edit")
        self.file_edit.setPlaceholderText(self.tr("Path to an .xlsx file"))
        self.file_edit.editingFinished.connect(self._load_sheets)
        self.file_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("browse_button")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheet_combo")
        self.sheet_combo.currentIndexChanged.connect(self.completeChanged)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("read_progress")
        self.progress.hide()
        self.error = ErrorLabel("source_error", self)
        note = QLabel(self.tr("At most {n} data rows are read at once; empty rows are skipped.")
                      .format(n=_n(imports.MAX_ROWS)), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Import:"), self.kind_combo)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._loaded_for: tuple[str, str] | None = None
        self._reading = False

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), self.file_edit.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.file_edit.setText(path)
            self._load_sheets()

    def _load_sheets(self) -> None:
        path = self.file_edit.text().strip()
        self.sheet_combo.clear()
        self.error.show_message("")
        if not path:
            return

        def done(names: list[str]) -> None:
            self.sheet_combo.addItems(names)
            self.completeChanged.emit()
        self.w.tasks.read(lambda: imports.sheet_names(path), done, self._failed, name="import sheets")

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.progress.hide()
        text = message_for(exc)
        if text:
            self.error.show_message(text)
        else:
            show_error(self, exc)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.file_edit.text().strip()) and self.sheet_combo.currentIndex() >= 0

    def validatePage(self) -> bool:  # noqa: N802
        key = (self.file_edit.text().strip(), self.sheet_combo.currentText())
        if self._loaded_for == key and self.w.table is not None:
            self.w.kind = self.kind_combo.currentData()
            return True
        if self._reading:
            return False
        self._reading = True
        path, sheet = key
        self.error.show_message("")
        self.progress.setRange(0, 0)
        self.progress.show()

        def done(table: imports.Table) -> None:
            self._reading = False
            self.progress.hide()
            self.w.table, self._loaded_for = table, key
            self.w.kind = self.kind_combo.currentData()
            self.w.next()
        task = self.w.tasks.long(lambda progress: imports.read_table(path, sheet, progress=progress), done,
                                 self._failed, name="import read")
        self.w.watch(task, self.progress)
        return False


class MappingPage(QWizardPage):
    """A combo per field of the kind: which column of the file fills it."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("mapping_page")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Which column of the file fills each field; fields marked * are required. "
                                 "Your choice is remembered for the next file."))
        self.form = QFormLayout()
        self.error = ErrorLabel("mapping_error", self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.error.show_message("")
        headers = self.w.table.headers
        for f in imports.fields_of(self.w.kind):
            combo = QComboBox(self)
            combo.setObjectName(f"map_{f.name}")
            combo.addItem(self.tr("(not imported)"), "")
            for h in headers:
                combo.addItem(h, h)
            self.combos[f.name] = combo
            self.form.addRow(translated(f.label) + (" *" if f.required else ""), combo)
        kind = self.w.kind
        self.w.tasks.read(lambda: self.w.ctx.imports.remembered_mapping(kind), self._prefill,
                          name="import mapping")

    def _prefill(self, remembered: dict[str, str]) -> None:
        mapping = imports.suggested_mapping(remembered, self.w.kind, self.w.table.headers)
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, ""))))

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def validatePage(self) -> bool:  # noqa: N802
        mapping = self.mapping()
        try:
            imports.check_mapping(self.w.kind, self.w.table.headers, mapping)
        except ValidationError as exc:
            self.error.show_message("\n".join(m[:1].upper() + m[1:] for m in exc.errors.values()))
            return False
        self.w.mapping = mapping
        kind = self.w.kind
        self.w.tasks.write(lambda: self.w.ctx.imports.remember_mapping(kind, mapping), name="import remember")
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("preview_page")
        self.setTitle(self.tr("Preview"))
        self.view = _table_view("preview_table", self)
        self.summary = QLabel(self)
        self.summary.setObjectName("preview_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802
        table, mapping = self.w.table, self.w.mapping
        fields = [f for f in imports.fields_of(self.w.kind) if f.name in mapping]
        columns = [table.headers.index(mapping[f.name]) for f in fields]
        rows = table.rows[:PREVIEW_ROWS]
        self.view.setModel(PreviewModel([translated(f.label) for f in fields], rows, columns, self.view))
        self.view.resizeColumnsToContents()
        self.setSubTitle(self.tr("Sheet “{sheet}” of {file}.").format(sheet=table.sheet, file=Path(table.file).name))
        self.summary.setText(self.tr("{rows} data rows (empty rows skipped); the first {n} are shown, "
                                     "numbered as in Excel.").format(rows=_n(len(table.rows)),
                                                                      n=_n(min(PREVIEW_ROWS, len(table.rows)))))


class CheckPage(QWizardPage):
    """Every row checked as the import would check it; bad rows listed and correctable here."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("check_page")
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing is saved yet. Correct rejected rows in the lower grid and check again, "
                                 "or save them as an Excel file with the reason in an Error column."))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("check_progress")
        self.summary = QLabel(self)
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        self.errors = ErrorsModel(self)
        self.errors_view = _table_view("errors_table", self)
        self.errors_view.setModel(self.errors)
        self.errors_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.errors_view.verticalHeader().hide()
        self.grid = FixGridModel(self)
        self.grid_view = _table_view("fix_grid", self)
        self.grid_view.setModel(self.grid)
        self.grid_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.recheck = QPushButton(self.tr("Check again"), self)
        self.recheck.setObjectName("recheck_button")
        self.recheck.clicked.connect(self.recheck_rows)
        self.save_report = QPushButton(self.tr("Save error report…"), self)
        self.save_report.setObjectName("save_report_button")
        self.save_report.clicked.connect(self._save_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck)
        buttons.addWidget(self.save_report)
        buttons.addStretch(1)
        self.grid_label = QLabel(self.tr("Rejected rows: double-click a cell to correct it, then Check again."),
                                 self)
        self.grid_label.setObjectName("fix_grid_label")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.grid_label)
        lower_layout.addWidget(self.grid_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("check_splitter")
        split.addWidget(self.errors_view)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.report: imports.ImportReport | None = None
        self._task = None

    def initializePage(self) -> None:  # noqa: N802
        self.run_check()

    def run_check(self) -> None:
        self.report = None
        self.completeChanged.emit()
        self.recheck.setEnabled(False)
        self.save_report.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.progress.setRange(0, max(1, len(self.w.table.rows)))
        self.progress.setValue(0)
        self.progress.show()
        kind, table, mapping = self.w.kind, self.w.table, self.w.mapping
        # A check runs the import and rolls it back, so it takes the writer like the import does.
        if self._task is not None:
            self._task.cancel()  # the user went back and came again: only the newest check counts
        task = self.w.tasks.long(lambda progress: self.w.ctx.imports.check_import(kind, table, mapping,
                                                                                   progress=progress),
                                 self._checked, self._failed, write=True, name="import check")
        self._task = task
        self.w.watch(task, self.progress)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.setText("")
        self.recheck.setEnabled(True)
        show_error(self, exc)

    def _checked(self, report: imports.ImportReport) -> None:
        self.report = self.w.report = report
        self.progress.hide()
        bad = len(report.rejected)
        what = self.w.what()
        text = self.tr("{valid} of {rows} rows can be imported: {created} new {what}, {updated} updated.").format(
            valid=_n(report.valid), rows=_n(report.rows), created=_n(report.created), updated=_n(report.updated),
            what=what)
        if bad:
            text += " " + self.tr("Rows with errors: {bad} (listed below, numbered as in Excel).").format(bad=_n(bad))
        else:
            text += " " + self.tr("No errors.")
        self.summary.setText(text)
        self.errors.set_errors(report.errors)
        self.errors_view.resizeColumnToContents(0)
        self.grid.set_rows(self.w.table.headers, imports.rejected_rows(self.w.table, report), report.errors)
        self.grid_view.resizeColumnsToContents()
        self.errors_view.setVisible(bool(bad))
        self.grid_view.setVisible(bool(bad))
        self.grid_label.setVisible(bool(bad))
        for button in (self.recheck, self.save_report):
            button.setEnabled(bool(bad))
            button.setVisible(bool(bad))
        self.completeChanged.emit()

    def recheck_rows(self) -> None:
        """Take the corrected grid rows into the table and check everything again."""
        self.w.table = imports.with_rows(self.w.table, self.grid.rows())
        self.run_check()

    def _save_report(self) -> None:
        if self.report is None:
            return
        suggested = str(Path(self.w.table.file).with_name(Path(self.w.table.file).stem + " - errors.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"), suggested,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        table, report = self.w.table, self.report
        self.w.tasks.read(lambda: imports.write_error_report(path, table, report),
                          lambda n: self.summary.setText(self.summary.text() + "\n" + self.tr(
                              "Rejected rows saved ({n}) to {path}.").format(n=_n(n), path=path)),
                          self._failed, name="import error report")

    def isComplete(self) -> bool:  # noqa: N802
        return self.report is not None and self.report.valid > 0


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("import_page")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Everything is saved in one go: the import is never left half-done."))
        self.all_radio = QRadioButton(self.tr("All or nothing: import only if every row is valid"), self)
        self.all_radio.setObjectName("all_or_nothing_radio")
        self.valid_radio = QRadioButton(self.tr("Only the valid rows: leave the rejected rows out"), self)
        self.valid_radio.setObjectName("valid_only_radio")
        self.note = QLabel(self)
        self.note.setObjectName("import_note")
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.valid_radio)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self._done = False
        self._running = False

    def initializePage(self) -> None:  # noqa: N802
        self._done = False
        report = self.w.report
        bad = len(report.rejected) if report else 0
        self.all_radio.setEnabled(bad == 0)
        (self.valid_radio if bad else self.all_radio).setChecked(True)
        self.note.setText(self.tr("Rejected rows left out: {bad}; rows imported: {valid}.")
                          .format(bad=_n(bad), valid=_n(report.valid)) if bad else
                          self.tr("All {rows} rows are valid.").format(rows=_n(report.rows)))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def validatePage(self) -> bool:  # noqa: N802
        if self._done:
            return True
        if self._running:  # a second click on Import while the first one runs
            return False
        self._running = True
        kind, table, mapping = self.w.kind, self.w.table, self.w.mapping
        valid_only = self.valid_radio.isChecked()
        self.progress.setRange(0, max(1, len(table.rows)))
        self.progress.show()

        def done(report: imports.ImportReport) -> None:
            self._running = False
            self.progress.hide()
            self.w.result_report = report
            self._done = True
            self.w.next()

        def failed(exc: BaseException) -> None:
            self._running = False
            self.progress.hide()
            show_error(self, exc)
        task = self.w.tasks.long(lambda progress: self.w.ctx.imports.run_import(
            kind, table, mapping, valid_only=valid_only, progress=progress), done, failed, write=True,
            entity=ENTITIES[kind], name="import")
        self.w.watch(task, self.progress)
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("result_page")
        self.setTitle(self.tr("Done"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        r = self.w.result_report
        if r is None:
            return
        if not r.committed:
            text = self.tr("Nothing was imported: rows with errors: {bad}.").format(bad=_n(len(r.rejected)))
        else:
            text = self.tr("{created} {what} created, {updated} updated.").format(
                created=_n(r.created), updated=_n(r.updated), what=self.w.what())
            if r.rejected:
                text += "\n" + self.tr("Rejected rows left out: {bad}.").format(bad=_n(len(r.rejected)))
            if r.documents:
                text += "\n" + self.tr("Posted stock receipts: {numbers}.").format(numbers=", ".join(r.documents))
        self.result_label.setText(text)


class ImportWizard(QWizard):
    """File → Import…: clients, products, price-list prices or opening stock from an Excel sheet."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        name_back_and_next(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(900, 620)
        self.kind = "clients"
        self.table: imports.Table | None = None
        self.mapping: dict[str, str] = {}
        self.report: imports.ImportReport | None = None
        self.result_report: imports.ImportReport | None = None
        self._progress_bars: dict[int, tuple[object, QProgressBar]] = {}
        self.tasks.progress.connect(self._on_progress)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.result_page = ResultPage(self)
        for page in (self.source_page, self.mapping_page, self.preview_page, self.check_page, self.import_page,
                     self.result_page):
            self.addPage(page)

    def what(self) -> str:
        return {"clients": self.tr("clients"), "products": self.tr("products"), "prices": self.tr("prices"),
                "stock": self.tr("stock lines")}[self.kind]

    def watch(self, task, bar: QProgressBar) -> None:
        """Show the task's progress on `bar`; Cancel stops it."""
        self._progress_bars[id(task)] = (task, bar)

    def _on_progress(self, task, done: int, total: int, _text: str) -> None:
        _, bar = self._progress_bars.get(id(task), (None, None))
        if bar is not None and total:
            bar.setRange(0, total)
            bar.setValue(done)

    def reject(self) -> None:
        for task, _ in self._progress_bars.values():
            task.cancel()
        super().reject()
