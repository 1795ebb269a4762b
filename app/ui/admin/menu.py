"""The Settings menu's entries for the administrator's screens, shown to whoever the matrix lets see them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu

from app.services.access.matrix import Action, Area
from app.services.access.principal import Principal

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

def install_admin_menu(window: MainWindow) -> None:
    """Ask what the signed-in user may do (off the GUI thread), then add the entries they may use."""
    window.tasks.read(window.ctx.access.my_rights, lambda rights: add_entries(window, rights), name="my rights")


def settings_menu(window: MainWindow) -> QMenu:
    """The window's Settings menu; made (before Help) when the user sees no other setting."""
    found = window.menuBar().findChild(QMenu, "settings_menu")
    if found is not None:
        return found
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Settings"), window.menuBar())
    menu.setObjectName("settings_menu")
    actions = window.menuBar().actions()
    if actions:
        window.menuBar().insertMenu(actions[-1], menu)   # the last menu is Help
    else:
        window.menuBar().addMenu(menu)
    return menu


def add_entries(window: MainWindow, rights: Principal) -> None:
    entries = [e for e in ENTRIES if rights.allows(e[2], Action.VIEW)]
    if not entries:
        return
    menu = settings_menu(window)
    if menu.actions():
        menu.addSeparator()
    for text, name, _area, opener in entries:
        act = menu.addAction(QCoreApplication.translate("AdminMenu", text))
        act.setObjectName(name)
        act.triggered.connect(lambda _checked=False, o=opener: o(window, rights))


def _run(dialog) -> None:
    dialog.exec()
    dialog.deleteLater()


def open_users(window: MainWindow, rights: Principal) -> None:
    from app.ui.admin.users import UsersRolesDialog

    _run(UsersRolesDialog(window.ctx, window.tasks, rights, window))


def open_branches(window: MainWindow, rights: Principal) -> None:
    from app.ui.admin.branches import BranchesDialog

    _run(BranchesDialog(window.ctx, window.tasks, rights, window))


def open_audit(window: MainWindow, rights: Principal) -> None:
    from app.ui.admin.audit import AuditWindow

    _run(AuditWindow(window.ctx, window.tasks, rights, window))


# (text, objectName, the area whose View right shows it, what opens it)
ENTRIES = (
    (QT_TRANSLATE_NOOP("AdminMenu", "Users and roles…"), "menu_users_roles", Area.USERS, open_users),
    (QT_TRANSLATE_NOOP("AdminMenu", "Branches and departments…"), "menu_branches", Area.USERS, open_branches),
    (QT_TRANSLATE_NOOP("AdminMenu", "Audit trail…"), "menu_audit_trail", Area.AUDIT, open_audit),
)
