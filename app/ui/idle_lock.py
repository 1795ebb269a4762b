"""Locking Karavan after idle time: nobody passing an unattended desk reads or changes anything.

`IdleWatcher` sees every keyboard and mouse input of the application (an event filter on the
QApplication) and restarts one single-shot QTimer; when it fires, the main window shows a
`LockScreen`: a full-screen, application-modal window over everything Karavan has open. Open cards
and dialogs keep what was typed. Only the same user's password opens it again (checked by the
service, like a login: wrong passwords count towards the account lock); anyone else may only
"Close Karavan", which goes through the main window's usual close (it asks about unsaved changes).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import AccountLocked, AuthenticationFailed, TooManyAttempts
from app.services.users import UserRow
from app.ui.errors import message_for
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})
# Mouse moves come by the hundred: the timer is restarted at most this often.
RESTART_EVERY_S = 1.0


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without input (never when minutes is 0)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.minutes = max(0, int(minutes))
        self.timer = QTimer(self, singleShot=True, interval=max(1, self.minutes) * 60_000)
        self.timer.setObjectName("idle_timer")
        self.timer.timeout.connect(self.on_timeout)
        self._last_restart = 0.0
        self._paused = False

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    def start(self) -> None:
        if not self.enabled:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._paused = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def pause(self) -> None:
        """While the lock screen is up, input does not count."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        self._paused = False
        if self.enabled:
            self.timer.start()

    def on_timeout(self) -> None:
        """The idle time is up (tests call this instead of waiting)."""
        if self.enabled and not self._paused:
            self.idle.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if not self._paused and event.type() in INPUT_EVENTS:
            now = time.monotonic()
            if now - self._last_restart >= RESTART_EVERY_S:
                self._last_restart = now
                self.timer.start()
        return False


class LockScreen(QWidget):
    """What covers Karavan while it is locked: who is signed in, their password, Unlock or Close Karavan."""

    unlocked = Signal()
    close_requested = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, user: UserRow, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_screen")
        self.setWindowTitle(self.tr("Karavan — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.ctx, self.tasks, self.user = ctx, tasks, user
        self._busy = False
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_screen { background: #263238; } #lock_panel { background: palette(window); "
                           "border-radius: 8px; }")

        panel = QFrame(self, objectName="lock_panel")
        panel.setFixedWidth(420)
        title = QLabel(self.tr("Karavan is locked"), panel, objectName="lock_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.who_label = QLabel(self.tr("Signed in as {name} ({login}). Nothing you typed is lost: enter your "
                                        "password to go on.").format(name=user.full_name, login=user.login),
                                panel, objectName="lock_who_label")
        self.who_label.setWordWrap(True)
        self.password_edit = QLineEdit(panel, objectName="lock_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.attempt)
        self.error_label = ErrorLabel("lock_error_label", panel)
        self.unlock_button = QPushButton(self.tr("Unlock"), panel, objectName="unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        self.quit_button = QPushButton(self.tr("Close Karavan"), panel, objectName="close_karavan_button")
        self.quit_button.setToolTip(self.tr("Someone else? Close Karavan here (unsaved changes are asked about) "
                                            "and sign in as yourself."))
        self.quit_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(10)
        for w in (title, self.who_label, self.password_edit, self.error_label):
            inner.addWidget(w)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def lock(self) -> None:
        self.password_edit.clear()
        self.error_label.show_message("")
        self.unlock_button.setEnabled(True)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.password_edit.setFocus()

    def attempt(self) -> None:
        if self._busy:
            return
        login, password = self.user.login, self.password_edit.text()
        self._busy = True
        self.unlock_button.setEnabled(False)
        # The same check as logging in (wrong passwords count, a locked account stays locked), made as the
        # login dialog makes it: by nobody yet. (On SQLite, a signed-in context would read its rights in a
        # second connection while the check holds the write lock.)
        anonymous = self.ctx.as_user(None)
        self.tasks.write(lambda: anonymous.auth.authenticate(login, password), self._unlocked, self._failed,
                         name="unlock")

    def _unlocked(self, _user: UserRow) -> None:
        self._busy = False
        self.password_edit.clear()
        self.hide()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        if isinstance(exc, AuthenticationFailed):
            text = self.tr("That is not the password of {login}.").format(login=self.user.login)
        elif isinstance(exc, (TooManyAttempts, AccountLocked)):
            text = message_for(exc)
        else:
            text = message_for(exc) or self.tr("Could not check the password: {0}").format(exc)
        self.error_label.show_message(text)
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt override: Esc must not close the lock
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt override
        # Alt+F4 on the lock means "close Karavan", through the window's own close path.
        if self.isVisible() and not getattr(self, "_closing", False):
            event.ignore()
            self.close_requested.emit()
            return
        event.accept()

    def dismiss(self) -> None:
        """Close for good (Karavan is closing)."""
        self._closing = True
        self.close()


class WindowLock(QObject):
    """The main window's idle lock: the watcher, the lock screen made when first needed, and what happens to
    both when the window closes."""

    def __init__(self, window: QWidget, ctx: ServiceContext, tasks: TaskRunner, *, user: UserRow, minutes: int):
        super().__init__(window)
        self.window, self.ctx, self.tasks, self.user = window, ctx, tasks, user
        self.screen: LockScreen | None = None
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    def lock(self) -> None:
        """Cover Karavan until the same user's password is given again (open cards keep their input)."""
        if self.screen is None:
            self.screen = LockScreen(self.ctx, self.tasks, user=self.user, parent=self.window)
            self.screen.unlocked.connect(self._unlocked)
            self.screen.close_requested.connect(self.window.close)
        self.idle.pause()
        if (reminders := getattr(self.window, "reminders", None)) is not None:
            reminders.pause()
        self.screen.lock()

    def _unlocked(self) -> None:
        self.idle.resume()
        if (reminders := getattr(self.window, "reminders", None)) is not None:
            reminders.resume()
        self.window.activateWindow()

    def is_locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def shutdown(self) -> None:
        """The window is closing (its unsaved changes were asked about): stop watching, close the lock and,
        when closing from it, the dialogs left open, else their event loops would keep Karavan running."""
        self.idle.stop()
        if self.screen is None:
            return
        locked = self.is_locked()
        self.screen.dismiss()
        if locked:
            for widget in QApplication.topLevelWidgets():
                if widget is not self.window and widget is not self.screen and widget.isVisible():
                    widget.close()
