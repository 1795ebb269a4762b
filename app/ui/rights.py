"""What the signed-in user may do, as the screens show it: areas left out, actions hidden, cards read-only.

The services decide (every service function names the right it needs); the screens only follow: the
composition root reads the user's rights once at login (`ctx.access.my_rights()`, a Principal) and
remembers them for that ServiceContext. A screen built without that (a test, a tool) shows everything,
and the services still refuse what the user may not do.

Hidden and read-only parts stay that way: a screen's own state code calling `show()` or
`setEnabled(True)` on a forbidden button later (after a selection, after a load) is undone at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.access.principal import Principal
from app.services.context import ServiceContext

# Nothing known about the user: the screens show everything and leave the refusals to the services.
EVERYTHING = Principal(user_id=None)

# The main window's areas (its navigation keys) and the rights area each one shows.
PAGE_AREAS: dict[str, Area] = {
    "clients": Area.CLIENTS, "funnel": Area.DEALS, "tasks": Area.TASKS, "service": Area.SERVICE_DESK,
    "marketing": Area.MARKETING, "products": Area.PRODUCTS, "warehouse": Area.WAREHOUSE,
    "production": Area.PRODUCTION, "documents": Area.DOCUMENTS, "payments": Area.PAYMENTS,
    "reports": Area.REPORTS, "goals": Area.REPORTS, "settings": Area.SETTINGS,
}

_PRINCIPALS: WeakKeyDictionary[ServiceContext, Principal] = WeakKeyDictionary()


def tr(text: str) -> str:
    return QCoreApplication.translate("Rights", text)


def remember(ctx: ServiceContext, principal: Principal) -> None:
    """The rights every screen built on `ctx` follows (read once at login)."""
    _PRINCIPALS[ctx] = principal


def rights_of(ctx: ServiceContext) -> Principal:
    return _PRINCIPALS.get(ctx, EVERYTHING)


def allows(ctx: ServiceContext, area: str, action: str) -> bool:
    return rights_of(ctx).allows(area, action)


def may_open_page(principal: Principal, key: str) -> bool:
    """Whether the main window lists the area `key` (the dashboard is everyone's: its tiles say what
    they may not show)."""
    area = PAGE_AREAS.get(key)
    return area is None or principal.allows(area, Action.VIEW)


Item = QAction | QWidget


def apply_rights(widget_actions: Mapping[str, Iterable[Item | None]], principal: Principal, area: str) -> None:
    """Hide (and disable) every action or widget listed under an action the user may not do in `area`:
    `apply_rights({Action.CREATE: [self.new_action], Action.EXPORT: [self.export_button]}, p, Area.CLIENTS)`."""
    for action, items in widget_actions.items():
        if principal.allows(area, action):
            continue
        for item in items:
            if item is not None:
                forbid(item)


def forbid(item: Item) -> None:
    """Hide and disable `item` for good (its screen's later show/enable calls are undone)."""
    if isinstance(item, QAction):
        item.setProperty("karavan_forbidden", True)
        _keep_action_off(item)
        item.changed.connect(lambda a=item: _keep_action_off(a))
        return
    bar = item.parentWidget()
    if isinstance(bar, QToolBar):  # a toolbar shows its widgets through their actions
        for action in bar.actions():
            if bar.widgetForAction(action) is item:
                forbid(action)
    _keeper().watch(item, hidden=True)


def is_forbidden(item: Item) -> bool:
    return bool(item.property("karavan_forbidden"))


def _keep_action_off(action: QAction) -> None:
    if action.isVisible() or action.isEnabled():
        action.setVisible(False)
        action.setEnabled(False)


READ_ONLY_NOTE = "Read only — your role does not allow changes"


def read_only_note(parent: QWidget) -> QLabel:
    """The small line a read-only card shows above its form (hidden until `make_read_only`)."""
    note = QLabel(tr(READ_ONLY_NOTE), parent)
    note.setObjectName("read_only_note")
    note.setStyleSheet("color: palette(dark); font-style: italic;")
    note.hide()
    return note


def make_read_only(fields: Iterable[QWidget], *, hide: Iterable[Item | None] = (), note: QLabel | None = None) -> None:
    """Turn a card into a view: its input widgets (and theirs, recursively) cannot change anything, the
    save-like `hide` items are gone, the `note` says why. Tabs stay clickable and text stays selectable."""
    for root in fields:
        for widget in [root, *root.findChildren(QWidget)]:
            _freeze(widget)
    for item in hide:
        if item is not None:
            forbid(item)
    if note is not None:
        note.show()


def _freeze(widget: QWidget) -> None:
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(True)
        widget.setProperty("karavan_read_only", True)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif isinstance(widget, (QComboBox, QAbstractButton)) and not _is_tab_part(widget):
        _keeper().watch(widget, hidden=False)


def _is_tab_part(widget: QWidget) -> bool:
    # The scroll arrows of a tab bar are tool buttons too; reading a card still means switching tabs.
    parent = widget.parentWidget()
    return parent is not None and (isinstance(parent, QTabWidget) or parent.inherits("QTabBar"))


class _Keeper(QObject):
    """Keeps watched widgets disabled (and hidden when asked) whatever their screen does later."""

    def watch(self, widget: QWidget, *, hidden: bool) -> None:
        widget.setProperty("karavan_forbidden" if hidden else "karavan_frozen", True)
        widget.installEventFilter(self)
        widget.setEnabled(False)
        if hidden:
            widget.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and isinstance(obj, QWidget) and obj.isEnabled():
            obj.setEnabled(False)
        elif kind == QEvent.Type.Show and obj.property("karavan_forbidden") and isinstance(obj, QWidget):
            obj.hide()
        return False


_KEEPER: _Keeper | None = None


def _keeper() -> _Keeper:
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _Keeper()
    return _KEEPER


def denied_text(area: str | None, action: str | None) -> str:
    """The words for a PermissionDenied: which right in which area the user's role lacks."""
    from app.services.access.matrix import AREA_TITLES
    from app.services.i18n import translated

    phrases = {Action.VIEW: tr("Your role does not allow you to see {area}."),
               Action.CREATE: tr("Your role does not allow you to create records in {area}."),
               Action.EDIT: tr("Your role does not allow you to change records in {area}."),
               Action.DELETE: tr("Your role does not allow you to delete records in {area}."),
               Action.POST: tr("Your role does not allow you to post or confirm in {area}."),
               Action.PRINT: tr("Your role does not allow you to print from {area}."),
               Action.EXPORT: tr("Your role does not allow you to export from {area}.")}
    try:
        title, phrase = translated(AREA_TITLES[Area(area)]), phrases[Action(action)]
    except (ValueError, KeyError):
        if action and area:
            return tr("Your role does not allow this ({action} in {area}).").format(action=action, area=area)
        return tr("You are not allowed to do this.")
    return phrase.format(area=title) + " " + tr("Ask an administrator if you need it; roles may have "
                                                "changed since you logged in.")


def guard_card(ctx: ServiceContext, area: str, *, new: bool, fields: Iterable[QWidget],
               hide: Iterable[Item | None] = (), note: QLabel | None = None) -> bool:
    """A card of `area`: read-only (see `make_read_only`) unless the user may create (a new record) or
    edit (an existing one) there; returns whether they may."""
    may = rights_of(ctx).allows(area, Action.CREATE if new else Action.EDIT)
    if not may:
        make_read_only(fields, hide=hide, note=note)
    return may
