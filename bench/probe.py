"""Run in a fresh process by the start-up benchmark: time to a shown window.

`python -m bench.probe floor` — a bare PySide6 main window after `import sqlalchemy.orm`.
`python -m bench.probe app DB_PATH` — Karavan's main window on an existing database, its clients
list filling. Prints `shown` when the window is on screen, `rows` when the list's first page is
in (the parent times both) and `rss <MB>` after scrolling through a few screens.
"""

from __future__ import annotations

import os
import sys


def floor() -> None:
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("shown", flush=True)


def karavan(db_path: str) -> None:
    from app.services.context import ServiceContext
    from app.services.users import UserRow
    from app.ui.application import connect_database, process_until, qapp
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    app = qapp()
    db = connect_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(db.session_factory)
    admin: UserRow = ctx.users.list_users()[0]
    ctx = ctx.as_user(admin.id)
    tasks = TaskRunner()
    window = MainWindow(ctx, tasks, user=admin, database=db.describe())
    window.show()
    app.processEvents()
    print("shown", flush=True)  # the window is on screen; its list fills from a worker thread
    model = window.clients.model
    process_until(lambda: model.rowCount() > 0 and model.row_at(0) is not None, 30_000)
    print("rows", flush=True)
    # Scroll through a few screens as a user would, then report the memory held.
    for row in range(0, min(model.rowCount(), 5000), 500):
        window.clients.table.scrollTo(model.index(row, 0))
        process_until(lambda r=row: model.row_at(r) is not None, 10_000)
    import psutil

    print(f"rss {psutil.Process().memory_info().rss / 2**20:.1f}", flush=True)
    window.close()
    tasks.wait_idle()
    db.dispose()
    app.processEvents()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "floor":
        floor()
    else:
        karavan(sys.argv[2])
