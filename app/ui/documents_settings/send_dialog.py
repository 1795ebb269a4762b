"""Send a document by e-mail: to (the client's primary e-mail), subject and body prefilled, the SMTP password
asked only when this desktop's keyring has none; the PDF goes attached as NUMBER.pdf."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.documents.mailing import DocumentMailDraft, SentDocument
from app.services.marketing import saved_smtp_password
from app.services.marketing.mail import MailError
from app.ui.documents_settings.common import show_failure
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit


class SendDocumentDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, doc_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("send_document_dialog")
        self.setWindowTitle(self.tr("Send by e-mail"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(520)
        self.ctx, self.tasks, self.doc_id = ctx, tasks, doc_id
        self.draft: DocumentMailDraft | None = None
        self.sent: SentDocument | None = None
        self.saved_password: str | None = None
        self.to_edit = QLineEdit(objectName="to_edit", placeholderText="name@example.com")
        self.subject_edit = QLineEdit(objectName="subject_edit")
        self.body_edit = plain_text_edit("body_edit")
        self.body_edit.setMinimumHeight(140)
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(self.tr("SMTP password"))
        self.attachment_label = QLabel(objectName="attachment_label")
        self.fields = {"to": FieldWithError(self.to_edit, self), "subject": FieldWithError(self.subject_edit, self),
                       "body": FieldWithError(self.body_edit, self)}
        form = QFormLayout()
        form.addRow(self.tr("To*"), self.fields["to"])
        form.addRow(self.tr("Subject*"), self.fields["subject"])
        form.addRow(self.tr("Message"), self.fields["body"])
        form.addRow(self.tr("Attachment"), self.attachment_label)
        form.addRow(self.password_label, self.password_edit)
        self.form = form
        self.status = ErrorLabel("send_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(True)
        self.send_button.setEnabled(False)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_password(False)

        def read():
            draft = self.ctx.documents.document_mail_draft(doc_id)
            return draft, saved_smtp_password(draft.smtp)
        self.tasks.read(read, self._loaded, self._load_failed)

    def _show_password(self, visible: bool) -> None:
        self.password_label.setVisible(visible)
        self.password_edit.setVisible(visible)

    def _loaded(self, loaded: tuple[DocumentMailDraft, str | None]) -> None:
        self.draft, self.saved_password = loaded
        d = self.draft
        self.setWindowTitle(self.tr("Send {0} by e-mail").format(d.number))
        self.to_edit.setText(d.to)
        self.subject_edit.setText(d.subject)
        self.body_edit.setPlainText(d.body)
        self.attachment_label.setText(f"{d.number}.pdf")
        self._show_password(bool(d.smtp.username) and self.saved_password is None)
        if d.smtp.username and self.saved_password is None:
            self.password_label.setText(self.tr("Password of {0}").format(d.smtp.username))
        self.send_button.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(False)
        show_failure(self, self.fields, self.status, exc)

    def send(self) -> None:
        if self.draft is None:
            return
        to, subject, body = self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText()
        password = self.saved_password if self.saved_password is not None else (self.password_edit.text() or None)
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message(self.tr("Sending…"))
        self.send_button.setEnabled(False)
        doc_id = self.doc_id
        # Sending may take long: off the single writer; the service writes its one transaction itself.
        self.tasks.long(lambda _progress: self.ctx.documents.send_document(doc_id, to=to, subject=subject,
                                                                           body=body, password=password),
                        self._sent, self._failed, own_writes=True, name="send document")

    def _sent(self, sent: SentDocument) -> None:
        self.sent = sent
        self.tasks.notify_changed("document", [sent.doc_id])
        self.tasks.notify_changed("interaction", [sent.interaction_id])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(exc, MailError):
            for field in self.fields.values():
                field.set_error("")
            self.status.show_message(self.tr("Not sent: {0}").format(exc.detail))
            return
        show_failure(self, self.fields, self.status, exc)


def open_send_document_dialog(parent: QWidget | None, ctx: ServiceContext, tasks: TaskRunner,
                              doc_id: int) -> SentDocument | None:
    """Ask for the message and send the document's PDF; returns what was sent, or None when cancelled."""
    dialog = SendDocumentDialog(ctx, tasks, doc_id, parent)
    try:
        dialog.exec()
        return dialog.sent
    finally:
        dialog.deleteLater()
