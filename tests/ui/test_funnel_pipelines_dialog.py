"""A sales director sets up the funnel in the "Pipelines…" dialog: stages, their order, lost reasons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.clients import ClientForm
from app.services.funnel import DealForm, StageSpec
from app.ui.funnel.board import FunnelWorkspace
from app.ui.funnel.pipelines_dialog import PipelinesDialog
from tests.ui.typing_helpers import type_text

D = Decimal


@pytest.fixture
def setup(ui_services):
    f = ui_services.funnel
    pipeline = f.create_pipeline("Wholesale", stages=[StageSpec("Lead", D(10)), StageSpec("Proposal", D(40))])
    f.create_pipeline("شرکت آریا — پروژه‌ها", stages=[StageSpec("Brief", D(5))])
    client = ui_services.clients.create_client(ClientForm(display_name="Romashka LLC")).id
    f.create_deal(DealForm(title="Pumps", client_id=client, pipeline_id=pipeline.id, amount=D(100)))
    f.add_lost_reason("Too expensive")
    return pipeline


@pytest.fixture
def dialog(qtbot, ui_services, tasks, setup) -> PipelinesDialog:
    widget = PipelinesDialog(ui_services, tasks, pipeline_id=setup.id)
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    return widget


def stage_names(dialog: PipelinesDialog) -> list[str]:
    return [s.name for s in dialog.stage_model.stages]


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_stage(dialog: PipelinesDialog, name: str) -> None:
    row = stage_names(dialog).index(name)
    dialog.stage_table.setCurrentIndex(dialog.stage_model.index(row, 0))


def test_add_rename_and_reorder_stages(qtbot, dialog, ui_services, setup, shots):
    assert dialog.current_pipeline().name == "Wholesale"
    assert stage_names(dialog) == ["Lead", "Proposal", "Won", "Lost"]
    dialog.stage_name_edit.clear()
    type_text(dialog.stage_name_edit, "Negotiation")
    dialog.stage_probability_edit.clear()
    type_text(dialog.stage_probability_edit, "70")
    click(qtbot, dialog.add_stage_button)
    assert stage_names(dialog) == ["Lead", "Proposal", "Negotiation", "Won", "Lost"]
    assert dialog.current_stage().name == "Negotiation"            # the new stage stays selected
    click(qtbot, dialog.stage_up_button)
    assert stage_names(dialog) == ["Lead", "Negotiation", "Proposal", "Won", "Lost"]
    assert not dialog.stage_up_button.isEnabled() or dialog.current_stage().name == "Negotiation"
    choose_stage(dialog, "Proposal")
    assert not dialog.stage_down_button.isEnabled()                  # Won and Lost stay last
    dialog.stage_name_edit.clear()
    type_text(dialog.stage_name_edit, "Offer sent")
    dialog.stage_probability_edit.clear()
    type_text(dialog.stage_probability_edit, "45,5")
    click(qtbot, dialog.save_stage_button)
    saved = ui_services.funnel.load_pipeline(setup.id)
    assert [(s.name, s.probability) for s in saved.stages] == [
        ("Lead", D("10.00")), ("Negotiation", D("70.00")), ("Offer sent", D("45.50")), ("Won", D("100.00")),
        ("Lost", D("0.00"))]
    dialog.grab().save(str(shots / "funnel_pipelines_dialog.png"))


def test_terminal_stages_cannot_move_or_be_deleted(dialog):
    choose_stage(dialog, "Won")
    assert not dialog.delete_stage_button.isEnabled()
    assert not dialog.stage_up_button.isEnabled() and not dialog.stage_down_button.isEnabled()
    assert not dialog.stage_probability_edit.isEnabled()


def test_a_used_stage_is_refused_with_the_services_message(qtbot, dialog, ui_services, setup):
    choose_stage(dialog, "Lead")   # holds "Pumps"
    click(qtbot, dialog.delete_stage_button)
    assert "holds or held deals" in dialog.stage_error.text()
    assert stage_names(dialog)[0] == "Lead"
    choose_stage(dialog, "Proposal")  # never used: goes
    click(qtbot, dialog.delete_stage_button)
    assert stage_names(dialog) == ["Lead", "Won", "Lost"]


def test_a_duplicate_stage_name_shows_by_the_field(qtbot, dialog):
    choose_stage(dialog, "Proposal")
    dialog.stage_name_edit.clear()
    type_text(dialog.stage_name_edit, "lead")
    click(qtbot, dialog.save_stage_button)
    assert "already has a stage" in dialog.stage_fields["name"].error.text()
    assert dialog.stage_name_edit.text() == "lead"       # what was typed stays


def test_add_rename_and_archive_pipelines(qtbot, dialog, ui_services):
    dialog.ask_text = lambda parent, title, label, text="": "Retail"
    click(qtbot, dialog.add_pipeline_button)
    assert dialog.current_pipeline().name == "Retail"
    assert stage_names(dialog) == ["Lead", "Won", "Lost"]
    dialog.ask_text = lambda parent, title, label, text="": text + " shops"
    click(qtbot, dialog.rename_pipeline_button)
    assert dialog.current_pipeline().name == "Retail shops"
    click(qtbot, dialog.archive_pipeline_button)
    assert "Retail shops" not in [p.name for p in ui_services.funnel.list_pipelines()]
    assert "Retail shops" not in [dialog.pipeline_list.item(i).text() for i in range(dialog.pipeline_list.count())]
    dialog.show_archived_check.setChecked(True)
    assert any("Retail shops" in dialog.pipeline_list.item(i).text() for i in range(dialog.pipeline_list.count()))


def test_a_rename_against_a_stale_pipeline_is_reported_not_written(qtbot, dialog, ui_services, setup,
                                                                   monkeypatch):
    errors = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: errors.append(box.text()) or 0)
    ui_services.funnel.rename_pipeline(setup.id, "Wholesale B2B", expected_version=setup.version)
    dialog.ask_text = lambda parent, title, label, text="": "Mine"
    click(qtbot, dialog.rename_pipeline_button)
    assert errors and "changed by" in errors[0]
    assert ui_services.funnel.load_pipeline(setup.id).name == "Wholesale B2B"
    assert dialog.current_pipeline().name == "Wholesale B2B"     # reloaded: theirs is shown


def test_lost_reasons_add_rename_archive(qtbot, dialog, ui_services, shots):
    dialog.tabs.setCurrentIndex(1)
    type_text(dialog.reason_name_edit, "رقیب ارزان‌تر")
    click(qtbot, dialog.add_reason_button)
    assert [r.name for r in ui_services.funnel.list_lost_reasons()] == ["Too expensive", "رقیب ارزان‌تر"]
    assert dialog.reason_name_edit.text() == ""
    type_text(dialog.reason_name_edit, "too EXPENSIVE")
    click(qtbot, dialog.add_reason_button)
    assert "already in the list" in dialog.reason_field.error.text()
    dialog.reason_list.setCurrentRow(0)
    dialog.ask_text = lambda parent, title, label, text="": "Price too high"
    click(qtbot, dialog.rename_reason_button)
    assert [r.name for r in ui_services.funnel.list_lost_reasons()] == ["Price too high", "رقیب ارزان‌تر"]
    dialog.grab().save(str(shots / "funnel_lost_reasons.png"))
    dialog.reason_list.setCurrentRow(0)
    click(qtbot, dialog.archive_reason_button)
    assert [r.name for r in ui_services.funnel.list_lost_reasons()] == ["رقیب ارزان‌تر"]


def test_stage_model_passes_the_model_tester(dialog, qtmodeltester):
    qtmodeltester.check(dialog.stage_model)


def test_the_workspace_button_opens_the_dialog(qtbot, ui_services, tasks, setup):
    board = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.pipeline_combo.count() == 2)
    opened = []

    def factory(*args, **kwargs):
        dialog = PipelinesDialog(*args, **kwargs)
        dialog.exec = lambda: opened.append(dialog) or 0
        return dialog
    board.pipelines_dialog_factory = factory
    board.pipelines_action.trigger()
    assert opened and opened[0].current_pipeline_id() == board.pipeline_id
