"""`karavan --self-test`: prove an installation (or a freshly built bundle) can do real work.

On a temporary SQLite database: run every migration, create users, a client and an invoice, render the
invoice to PDF and the clients to Excel, check the shipped resources and the PostgreSQL driver, then
start Qt offscreen, read the PDF back with QtPdf and build the main window. One line per check,
`OK name (ms) detail` or `FAIL name: why`, a summary line, exit 0 when all passed, 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO


@dataclass
class SelfTest:
    out: TextIO
    failures: list[str] = field(default_factory=list)
    passed: int = 0
    state: dict[str, Any] = field(default_factory=dict)

    def check(self, name: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 — a self-test reports every failure, never raises
            self.failures.append(name)
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=self.out, flush=True)
            if os.environ.get("KARAVAN_SELF_TEST_TRACEBACK"):
                traceback.print_exc(file=self.out)
            return False
        ms = (time.perf_counter() - started) * 1000
        self.passed += 1
        print(f"OK   {name} ({ms:.0f} ms){' ' + detail if detail else ''}", file=self.out, flush=True)
        return True


def _versions(t: SelfTest) -> str:
    from app import __version__

    mode = "bundle" if getattr(sys, "frozen", False) else "source"
    return f"Karavan {__version__}, Python {sys.version.split()[0]}, {mode}, {sys.platform}"


def _database(t: SelfTest, folder: Path) -> str:
    from app.db import current_revision, head_revision, open_database, upgrade_to_head

    db = open_database(f"sqlite:///{folder / 'self-test.db'}")
    t.state["db"] = db
    upgrade_to_head(db.engine, backup=False)
    rev, head = current_revision(db.engine), head_revision()
    if rev != head:
        raise RuntimeError(f"the schema is at {rev}, expected {head}")
    return f"schema at {rev}"


def _users(t: SelfTest) -> str:
    from app.services.context import ServiceContext

    db = t.state["db"]
    anon = ServiceContext(db.session_factory, description=db.describe())
    admin = anon.auth.initialize(company_name="Karavan self-test", admin_login="admin",
                                 admin_full_name="Self Test", password="self-test-password-1")
    ctx = anon.as_user(admin.id)
    clerk = ctx.users.add_user("clerk", full_name="Self Test Clerk", password="self-test-password-2")
    if not ctx.auth.is_initialized():
        raise RuntimeError("the database does not know it is set up")
    t.state.update(ctx=ctx, admin=admin)
    return f"administrator {admin.login}, user {clerk.login}"


def _client(t: SelfTest) -> str:
    from app.services.clients import ChannelData, ClientForm

    ctx = t.state["ctx"]
    row = ctx.clients.create_client(ClientForm(display_name="Karavan self-test client",
                                               channels=(ChannelData("phone", "+1 555 0100"),)))
    t.state["client_id"] = row.id
    return f"client #{row.id}"


def _document(t: SelfTest) -> str:
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = t.state["ctx"]
    card = ctx.documents.create_document(DocumentForm(
        doc_type="invoice", client_id=t.state["client_id"],
        lines=[LineForm(None, "Installation check", 2, "150.00", vat_rate="20")]))
    card = ctx.documents.confirm_document(card.id, expected_version=card.version)
    if str(card.total) != "360.00":
        raise RuntimeError(f"the invoice totals {card.total}, expected 360.00")
    t.state["doc_id"] = card.id
    return f"invoice {card.number}, total {card.total}"


def _pdf(t: SelfTest, folder: Path) -> str:
    data = t.state["ctx"].documents.render_document(t.state["doc_id"])
    if not data.startswith(b"%PDF") or b"DejaVu" not in data:
        raise RuntimeError("the output is not a PDF with the embedded DejaVu font")
    path = folder / "invoice.pdf"
    path.write_bytes(data)
    t.state["pdf"] = path
    return f"{len(data):,} bytes"


def _excel(t: SelfTest, folder: Path) -> str:
    from openpyxl import load_workbook

    path = folder / "clients.xlsx"
    written = t.state["ctx"].exports.export_clients(path)
    sheet = load_workbook(path, read_only=True).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    if written != 1 or "Karavan self-test client" not in names:
        raise RuntimeError(f"{written} row(s) written, read back {names!r}")
    return f"{path.stat().st_size:,} bytes, {written} row"


def _resources(t: SelfTest) -> str:
    from app.db import MIGRATIONS_DIR
    from app.resources import resource_path

    needed = [resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf"),
              resource_path("fonts", "LICENSE-DejaVu.txt"), resource_path("icons", "karavan.png"),
              MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "script.py.mako"]
    # The interface's translations, compiled by make from app/resources/translations/*.ts.
    catalogues = [resource_path("translations", f"karavan_{code}.qm") for code in ("en", "ru", "fa", "ar")]
    missing = [str(p) for p in needed + catalogues if not p.is_file()]
    if missing:
        raise RuntimeError("missing: " + ", ".join(missing))
    versions = list((MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    return f"fonts, icon, {len(catalogues)} translations, {len(versions)} migrations"


def _postgresql_driver(t: SelfTest) -> str:
    import psycopg

    impl = psycopg.pq.__impl__
    if impl not in ("binary", "c"):
        raise RuntimeError(f"psycopg runs on its {impl!r} libpq wrapper: the bundled libpq is missing")
    return f"psycopg {psycopg.__version__} ({impl}), libpq {psycopg.pq.version()}"


def _keyring(t: SelfTest) -> str:
    """The password store for PostgreSQL profiles; on Windows it must be the Credential Manager."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if sys.platform == "win32" and getattr(backend, "priority", 0) <= 0:
        raise RuntimeError(f"no usable keyring backend ({name}): saved passwords would not work")
    return name


def _qt(t: SelfTest) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtPdf import QPdfDocument

    from app.ui.application import qapp

    app = qapp()
    pdf = QPdfDocument(app)
    pdf.load(str(t.state["pdf"]))
    if pdf.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot read the invoice ({pdf.error()})")
    image = pdf.render(0, pdf.pagePointSize(0).toSize())
    if image.isNull():
        raise RuntimeError("QtPdf rendered an empty page")
    series = QLineSeries()
    series.append(0, 1)
    series.append(1, 2)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 120)
    if view.grab().isNull():
        raise RuntimeError("QtCharts drew nothing")
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    count = len(list(translations.glob("qtbase_*.qm")))
    return (f"Qt {qVersion()} on {app.platformName()}, QtPdf read {pdf.pageCount()} page, QtCharts drew, "
            f"{count} Qt translations")


def _main_window(t: SelfTest) -> str:
    from app.ui.application import process_until
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    db, ctx, admin = t.state["db"], t.state["ctx"], t.state["admin"]
    tasks = TaskRunner()
    window = MainWindow(ctx, tasks, user=admin, database=db.describe(), company="Karavan self-test")
    window.show()
    try:
        ok = process_until(lambda: window.clients.model.rowCount() == 1 and window.clients.model.row_at(0) is not None)
        if not ok:
            raise RuntimeError("the clients list did not show the client within 10 s")
    finally:
        window.close()
        tasks.wait_idle()
    return "clients list shows the client"


def run(out: TextIO | None = None) -> int:
    """Run every check, printing to `out` (standard output when None); 0 when all passed."""
    started = time.perf_counter()
    out = out if out is not None else sys.stdout  # looked up now: tests and tools swap sys.stdout
    t = SelfTest(out=out)
    with tempfile.TemporaryDirectory(prefix="karavan-self-test-") as tmp:
        folder = Path(tmp)
        try:
            t.check("versions", lambda: _versions(t))
            steps: list[tuple[str, Callable[[], str]]] = [
                ("database and migrations", lambda: _database(t, folder)),
                ("users", lambda: _users(t)),
                ("client", lambda: _client(t)),
                ("document", lambda: _document(t)),
                ("pdf", lambda: _pdf(t, folder)),
                ("excel", lambda: _excel(t, folder)),
            ]
            for name, step in steps:  # each needs the one before: stop at the first failure
                if not t.check(name, step):
                    break
            t.check("resources", lambda: _resources(t))
            t.check("postgresql driver", lambda: _postgresql_driver(t))
            t.check("keyring", lambda: _keyring(t))
            if "pdf" in t.state and t.check("qt offscreen", lambda: _qt(t)):
                t.check("main window", lambda: _main_window(t))
        finally:
            if "db" in t.state:
                t.state["db"].dispose()
    total_ms = (time.perf_counter() - started) * 1000
    verdict = "OK" if not t.failures else "FAIL"
    print(f"self-test: {verdict} — {t.passed} passed, {len(t.failures)} failed in {total_ms:.0f} ms"
          + (f" ({', '.join(t.failures)})" if t.failures else ""), file=out, flush=True)
    return 0 if not t.failures else 1


__all__ = ["SelfTest", "run"]
