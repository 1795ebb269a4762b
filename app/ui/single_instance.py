"""One Karavan window per person and database: a second launch brings the first one forward.

The first instance listens on a QLocalServer (a named pipe on Windows, a socket file elsewhere) whose
name is derived from the operating-system user and the database, so two people on one terminal server,
or one person with two databases, each get their own window. A second launch connects, says "raise"
and ends; the first answers with its process id so that, on Windows, the second (which owns the
foreground) can let it take the focus.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.config import Profile

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
RAISE = b"raise\n"


def database_identity(profile: Profile) -> str:
    """The same string for every way of naming one database (a relative path, another host case)."""
    if profile.is_sqlite:
        return "sqlite:" + os.path.normcase(str(Path(profile.path).expanduser().resolve()))
    return f"postgresql:{profile.user}@{profile.host.lower()}:{int(profile.port)}/{profile.database}"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (a service account): the home folder still tells users apart
        return str(Path.home())


def instance_name(profile: Profile, *, user: str | None = None) -> str:
    """The local server's name for this OS user and database (short: Unix socket paths are limited)."""
    key = f"{user if user is not None else _os_user()}\0{database_identity(profile)}"
    return "karavan-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _allow_foreground(pid: int) -> None:
    if sys.platform == "win32" and pid > 0:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)  # type: ignore[attr-defined]


def bring_forward_running(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Ask a running instance listening on `name` to show its window; True when one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    if socket.waitForReadyRead(timeout_ms):
        data = bytes(socket.readAll().data()).strip()
        _allow_foreground(int(data) if data.isdigit() else 0)
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and brings `window` forward for each."""

    activated = Signal()

    def __init__(self, name: str, window: QWidget, parent: QObject | None = None):
        super().__init__(parent or window)
        self.name, self.window = name, window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed instance (nobody answers on it) is removed."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("single-instance server %s not started: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: (self._read(s), s.deleteLater()))
            # A quick second launch may have said it all, and gone, before we looked: read that first.
            if socket.bytesAvailable() or socket.waitForReadyRead(0):
                self._read(socket)
            if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                socket.write(f"{os.getpid()}\n".encode())
                socket.flush()

    def _read(self, socket: QLocalSocket) -> None:
        if shiboken6.isValid(socket) and socket.isOpen() and RAISE.strip() in bytes(socket.readAll().data()):
            self.bring_forward()

    def bring_forward(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()
        self.activated.emit()


__all__ = ["InstanceServer", "bring_forward_running", "database_identity", "instance_name"]
