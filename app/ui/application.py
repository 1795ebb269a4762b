"""The composition root: builds the database, services and task runner, and starts the screens."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QProcess
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app import config
from app.config import AppPaths, ConfigError, Profile
from app.db import Database, open_database, upgrade_to_head
from app.resources import resource_path
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import DatabaseUnavailable
from app.services.users import UserRow
from app.ui import i18n
from app.ui.crash import CrashHandler
from app.ui.errors import show_error
from app.ui.layout_memory import LayoutMemory
from app.ui.main_window import MainWindow
from app.ui.single_instance import InstanceServer, bring_forward_running, instance_name
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
URL_PROFILE = "--db"


def qapp(paths: AppPaths | None = None) -> QApplication:
    """The application, with Karavan's fonts and the user's language, formats and layout direction
    (Settings → Language and formats, kept in settings.json) in force before the first window opens."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Karavan")
    QCoreApplication.setApplicationName("Karavan")
    if app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(resource_path("icons", "karavan.png"))))
    _load_fonts(app)
    _install_language(app, paths)
    return app  # type: ignore[return-value]


def _install_language(app: QApplication, paths: AppPaths | None) -> None:
    """Karavan's and Qt's own words (OK, Cancel, the file dialog) in the chosen language; once per application
    (a change in Settings applies at the next start)."""
    if getattr(app, "_karavan_language", None) is not None:
        return
    app._karavan_language = i18n.install_choice(app, paths or AppPaths.default())  # type: ignore[attr-defined]


def _load_fonts(app: QApplication) -> None:
    """Use the bundled DejaVu Sans (it covers Latin, Cyrillic, Armenian, Arabic and Persian) where the
    system font may not; Windows' own UI font already covers them."""
    fonts = resource_path("fonts")
    families = []
    for path in sorted(fonts.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if "DejaVu Sans" in families and sys.platform != "win32":
        font = QFont("DejaVu Sans")
        font.setPointSizeF(max(9.0, app.font().pointSizeF()))
        app.setFont(font)


def connect_database(url: str) -> Database:
    """Open `url` and bring its schema to this version (a SQLite file is backed up first)."""
    db = open_database(url)
    try:
        upgrade_to_head(db.engine, backup=True)
    except OperationalError as exc:
        db.dispose()
        raise DatabaseUnavailable(db.describe(), str(exc.orig).strip()) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def profile_from_url(url: str) -> Profile:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return Profile(name=URL_PROFILE, kind="sqlite", path=u.database or "")
    return Profile(name=URL_PROFILE, kind="postgresql", host=u.host or "localhost", port=u.port or 5432,
                   database=u.database or "", user=u.username or "")


def _profile_connector(url: str | None):
    def connect(profile: Profile, password: str | None) -> Database:
        if url is not None and profile.name == URL_PROFILE:
            target = make_url(url)
            if password and not target.password:
                target = target.set(password=password)
            return connect_database(target.render_as_string(hide_password=False))
        return connect_database(profile.url(password))
    return connect


def _edit_profiles(paths: AppPaths):
    def edit(parent: QWidget) -> list[Profile]:
        from app.ui.profiles_dialog import ProfilesDialog

        try:
            profiles = config.load_profiles(paths)
        except ConfigError:
            profiles = [config.default_profile(paths)]
        dialog = ProfilesDialog(profiles, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                config.save_profiles(paths, dialog.profiles)
            except ConfigError as exc:
                QMessageBox.warning(parent, "Karavan", str(exc))
            return dialog.profiles
        return profiles
    return edit


def _open_with_progress(tasks: TaskRunner, connect, profile: Profile) -> Database:
    """Open (and, after an update, migrate and back up) the database on the writer thread; a small
    window says so when it takes more than a moment. Raises what `connect` raises."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    tasks.write(lambda: connect(profile, None), lambda db: finished("db", db),
                lambda exc: finished("error", exc), name="open database")
    if not outcome:
        progress = QProgressDialog(QCoreApplication.translate("Startup", "Opening the database {0}…")
                                   .format(profile.describe()), "", 0, 0)
        progress.setObjectName("opening_progress")
        progress.setCancelButton(None)  # a migration must not be interrupted halfway
        progress.setMinimumDuration(400)
        progress.setWindowTitle("Karavan")
        loop.exec()
        progress.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["db"]  # type: ignore[return-value]


def _wait_for(tasks: TaskRunner, fn):
    """Run the read `fn` on the TaskRunner and wait for it (start-up only: no window is up yet)."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    tasks.read(fn, lambda value: finished("value", value), lambda exc: finished("error", exc))
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


def _change_password_first(ctx: ServiceContext, tasks: TaskRunner) -> bool:
    """A user whose password was set by someone else chooses their own before anything opens; False when
    they cancel (Karavan then quits)."""
    from app.ui.login import ChangePasswordDialog

    dialog = ChangePasswordDialog(ctx, tasks, reason=QCoreApplication.translate(
        "Startup", "Your password was set by an administrator (or has expired). Choose your own before you go "
        "on: at least 8 characters, with letters and digits, and not your login."))
    return dialog.exec() == QDialog.DialogCode.Accepted


def idle_lock_minutes(paths: AppPaths) -> int:
    """The idle lock setting (minutes without input before the window locks; 0: never)."""
    try:
        return config.idle_lock_minutes(config.load_settings(paths))
    except ConfigError as exc:
        log.warning("could not read the settings: %s", exc)
        return config.DEFAULT_IDLE_LOCK_MINUTES


def _first_run(db: Database, tasks: TaskRunner) -> UserRow | None:
    from app.ui.wizard import SetupWizard

    wizard = SetupWizard(ServiceContext(db.session_factory), tasks)
    return wizard.user if wizard.exec() == QDialog.DialogCode.Accepted else None


def _profile_switcher(paths: AppPaths, name: str):
    """Backups → Restore: point the profile in use at the restored database (next start opens it)."""
    def switch(kind: str, target: str) -> str:
        changed = config.point_profile_at(paths, name, kind=kind, target=target)
        return QCoreApplication.translate("Backups", "The connection “{0}” now opens {1}. Start Karavan again to "
                                                     "work in it.").format(changed.name, changed.describe())
    return switch


def run_gui(url: str | None = None, profile_name: str | None = None) -> int:
    """Start the desktop application; returns the process exit code."""
    paths = AppPaths.default().ensure()
    if not logging.getLogger().handlers:  # the CLI has usually set it up already (with -v)
        config.setup_logging(paths)
    app = qapp(paths)
    crashes = CrashHandler(paths, app).install()
    try:
        return _run(app, paths, url, profile_name)
    finally:
        crashes.uninstall()


def _run(app: QApplication, paths: AppPaths, url: str | None, profile_name: str | None) -> int:
    tasks = TaskRunner()
    tasks.default_error = lambda exc: show_error(QApplication.activeWindow(), exc)

    try:
        profiles = [profile_from_url(url)] if url else config.load_profiles(paths)
        selected = URL_PROFILE if url else (profile_name or config.last_profile_name(paths))
    except ConfigError as exc:
        QMessageBox.warning(None, "Karavan", str(exc))
        profiles, selected = [config.default_profile(paths)], None
    connect = _profile_connector(url)
    by_name = {p.name: p for p in profiles}
    profile = by_name.get(selected or "", profiles[0])
    if bring_forward_running(instance_name(profile)):
        log.info("Karavan already runs on %s for this user: brought its window forward", profile.describe())
        return 0

    db: Database | None = None
    user: UserRow | None = None
    principal: Principal | None = None
    if profile.is_sqlite:
        # A file on this PC opens without a password: a brand-new one goes straight to the wizard.
        try:
            db = _open_with_progress(tasks, connect, profile)
            if not ServiceContext(db.session_factory).auth.is_initialized():
                user = _first_run(db, tasks)
                if user is None:
                    return 0
        except Exception as exc:  # shown, then the login dialog lets the user pick another database
            show_error(None, exc)
            db = None
    if user is None:
        if db is not None:
            db.dispose()
        from app.ui.login import LoginDialog

        dialog = LoginDialog(tasks, profiles, connect, selected=profile.name, fixed=bool(url),
                             edit_profiles=None if url else _edit_profiles(paths))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return 0
        result = dialog.result_value
        db, profile, user, principal = result.database, result.profile, result.user, result.principal
        if bring_forward_running(instance_name(profile)):  # another database was chosen, and it is open
            db.dispose()
            return 0
        if user is None:
            user = _first_run(db, tasks)
            if user is None:
                return 0
    if not url:
        try:
            config.remember_last_profile(paths, profile.name)
        except ConfigError as exc:
            log.warning("could not remember the profile: %s", exc)

    assert db is not None
    ctx = ServiceContext(db.session_factory, user_id=user.id, description=db.describe())
    if user.must_change_password and not _change_password_first(ctx, tasks):
        tasks.wait_idle()
        db.dispose()
        return 0
    if principal is None:  # the first-run wizard's administrator
        principal = _wait_for(tasks, ctx.access.my_rights)
    window = MainWindow(ctx, tasks, user=user, database=db.describe(), principal=principal,
                        idle_minutes=idle_lock_minutes(paths), layout_memory=LayoutMemory(paths.ui_state_file))
    window.settings_paths = paths
    window.can_restart = True
    if not url:
        window.switch_database = _profile_switcher(paths, profile.name)
    instance = InstanceServer(instance_name(profile), window)
    instance.listen()
    window.show()
    window.start_reminders()
    window.start_backups()
    window.start_live_updates(db.engine)
    window.start_automation()
    code = app.exec()
    instance.close()
    tasks.wait_idle()
    db.dispose()
    if window.restart_requested:  # Settings → Language and formats… → Save and restart
        start_again()
    return code


def restart_command() -> tuple[str, list[str]]:
    """How this Karavan starts again with the same options: the bundle's program, else this Python."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "app", *sys.argv[1:]]


def start_again() -> bool:
    """Start a new Karavan process (this one is about to end: its single-instance server is closed)."""
    program, arguments = restart_command()
    started = QProcess.startDetached(program, arguments)
    started = started[0] if isinstance(started, tuple) else started
    if not started:
        log.warning("could not start Karavan again: %s %s", program, " ".join(arguments))
    return bool(started)


def process_until(predicate, timeout_ms: int = 10_000) -> bool:
    """Run the event loop until `predicate()` is true (self-test and benchmarks, not screens)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


__all__ = ["connect_database", "process_until", "qapp", "run_gui"]
