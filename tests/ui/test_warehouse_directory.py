"""An administrator keeps the warehouses (add, edit, allow negative stock, archive; a conflicting edit is
refused and explained) and sets the PIN a clerk types on the shared clerk screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.text import strip_isolates
from app.ui.warehouse.warehouses_dialog import ClerkPinsDialog, WarehousesDialog
from tests.ui.warehouse_fixtures import shop  # noqa: F401


def open_dialog(qtbot, cls, shop, tasks):  # noqa: F811
    dialog = cls(shop.ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def names(dialog) -> list[str]:
    return [strip_isolates(dialog.model.index(r, 0).data()) for r in range(dialog.model.rowCount())]


def test_warehouses_are_added_edited_and_archived(qtbot, shop, tasks, shots):  # noqa: F811
    dialog = open_dialog(qtbot, WarehousesDialog, shop, tasks)
    assert names(dialog) == ["Main warehouse", "Tabriz store"]
    assert not dialog.archived_check.isEnabled()          # a new warehouse is not archived
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)            # a name is required
    assert dialog.fields["name"].error.isVisible() and dialog.fields["name"].error.text() == "Is required"
    assert {w.name for w in shop.ctx.stock.list_warehouses()} == {"Main warehouse", "Tabriz store"}
    type_into(qtbot, dialog.name_edit, "Isfahan depot")
    type_into(qtbot, dialog.address_edit, "Isfahan, Chahar Bagh 3")
    qtbot.keyClick(dialog.negative_check, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    made = next(w for w in shop.ctx.stock.list_warehouses() if w.name == "Isfahan depot")
    assert (made.address, made.allow_negative, made.archived) == ("Isfahan, Chahar Bagh 3", True, False)
    assert names(dialog) == ["Isfahan depot", "Main warehouse", "Tabriz store"]
    dialog.grab().save(str(shots / "warehouses_dialog.png"))
    # Edit Tabriz: archive it; it leaves the list unless archived ones are shown.
    dialog.table.selectRow(2)
    assert dialog.name_edit.text() == "Tabriz store" and dialog.archived_check.isEnabled()
    type_into(qtbot, dialog.name_edit, "Tabriz shop")
    dialog.archived_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Isfahan depot", "Main warehouse"]
    dialog.show_archived.setChecked(True)
    assert names(dialog) == ["Isfahan depot", "Main warehouse", "Tabriz shop"]
    archived = next(w for w in shop.ctx.stock.list_warehouses(include_archived=True) if w.id == shop.tabriz)
    assert archived.name == "Tabriz shop" and archived.archived


def test_a_warehouse_changed_meanwhile_is_not_overwritten_silently(qtbot, shop, tasks):  # noqa: F811
    dialog = open_dialog(qtbot, WarehousesDialog, shop, tasks)
    dialog.table.selectRow(0)
    seen = dialog.current
    shop.ctx.stock.update_warehouse(seen.id, name="Main (office)", address=seen.address, allow_negative=False,
                                    archived=False, expected_version=seen.version)   # someone else saves
    type_into(qtbot, dialog.name_edit, "Main store")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.isVisible() and "Anna Admin" in dialog.status.text() and "Main (office)" in dialog.status.text()
    assert shop.ctx.stock.list_warehouses()[0].name == "Main (office)"      # theirs kept
    assert dialog.name_edit.text() == "Main store"                         # mine still typed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)       # Save again: overwrite, knowingly
    assert {w.name for w in shop.ctx.stock.list_warehouses()} == {"Main store", "Tabriz store"}


def test_an_admin_sets_a_clerks_pin_and_the_clerk_switches_in_with_it(qtbot, shop, tasks, shots):  # noqa: F811
    dialog = open_dialog(qtbot, ClerkPinsDialog, shop, tasks)
    users = [(strip_isolates(dialog.model.index(r, 0).data()), strip_isolates(dialog.model.index(r, 2).data())) for r in range(dialog.model.rowCount())]
    assert users == [("Anna Admin", "Not set"), ("Bahram Karimi", "Set")]
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.pin_edit, "12")
    qtbot.keyClicks(dialog.repeat_edit, "12")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.pin_field.error.isVisible() and "4 to 8" in dialog.pin_field.error.text()
    dialog.pin_edit.clear()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.pin_edit, "2580")
    qtbot.keyClicks(dialog.repeat_edit, "2589")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.repeat_field.error.text()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "2580")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "Anna Admin" in dialog.status.text() and strip_isolates(dialog.model.index(0, 2).data()) == "Set"
    dialog.grab().save(str(shots / "clerk_pins_dialog.png"))
    assert shop.ctx.stock.switch_clerk(login_or_id="admin", pin="2580").full_name == "Anna Admin"
    # A clerk may not set another user's PIN.
    as_clerk = ClerkPinsDialog(shop.ctx.as_user(shop.clerk.id), tasks)
    qtbot.addWidget(as_clerk)
    as_clerk.show()
    as_clerk.table.selectRow(0)
    qtbot.keyClicks(as_clerk.pin_edit, "1111")
    qtbot.keyClicks(as_clerk.repeat_edit, "1111")
    qtbot.mouseClick(as_clerk.set_button, Qt.MouseButton.LeftButton)
    assert as_clerk.status.isVisible() and as_clerk.status.text()
    assert shop.ctx.stock.switch_clerk(login_or_id="admin", pin="2580").full_name == "Anna Admin"   # unchanged


def test_the_warehouse_workspace_opens_both_directories(qtbot, shop, tasks):  # noqa: F811
    from app.ui.warehouse.workspace import WarehouseWorkspace

    widget = WarehouseWorkspace(shop.ctx, tasks)
    qtbot.addWidget(widget)
    opened = []

    class Fake:
        def __init__(self, ctx, tasks, *, parent=None, name=""):
            self.name = name

        def exec(self):
            return 0
    widget.warehouses_dialog_factory = lambda ctx, tasks, parent=None: opened.append("warehouses") or Fake(ctx, tasks)
    widget.pins_dialog_factory = lambda ctx, tasks, parent=None: opened.append("pins") or Fake(ctx, tasks)
    widget.warehouses_action.trigger()
    widget.pins_action.trigger()
    assert opened == ["warehouses", "pins"]
