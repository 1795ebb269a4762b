"""Names the services keep in their catalogues and the screens show: automation triggers, fields, operators
and actions, goal metrics, the fields of an Excel import. The services hold them in English, without Qt; this
list is where pyside6-lupdate finds them (QT_TR_NOOP, the empty context), and `word()` translates one at
display. tests/unit/test_ui_strings_translatable.py fails when a catalogue gains a name missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication

WORDS = (
    # automation triggers
    QT_TR_NOOP("Client created"), QT_TR_NOOP("Deal created"), QT_TR_NOOP("Deal moved to a stage"),
    QT_TR_NOOP("Document created"), QT_TR_NOOP("Document confirmed"), QT_TR_NOOP("Document posted to stock"),
    QT_TR_NOOP("Invoice paid in full"), QT_TR_NOOP("Invoice overdue"), QT_TR_NOOP("Payment received"),
    QT_TR_NOOP("Stock of a product below its minimum"), QT_TR_NOOP("Task overdue"),
    QT_TR_NOOP("Production order completed"), QT_TR_NOOP("On a schedule"),
    # automation parameters
    QT_TR_NOOP("Stage kind"), QT_TR_NOOP("Stage"), QT_TR_NOOP("Type"), QT_TR_NOOP("Days after the due date"),
    QT_TR_NOOP("Every"), QT_TR_NOOP("Weekday"), QT_TR_NOOP("At (HH:MM)"), QT_TR_NOOP("For"),
    QT_TR_NOOP("Due in days"), QT_TR_NOOP("and hours"), QT_TR_NOOP("Whom"), QT_TR_NOOP("Message"),
    QT_TR_NOOP("Field"), QT_TR_NOOP("Value"), QT_TR_NOOP("Tag"),
    # automation fields
    QT_TR_NOOP("Kind"), QT_TR_NOOP("Status"), QT_TR_NOOP("Manager"), QT_TR_NOOP("Source"), QT_TR_NOOP("Tags"),
    QT_TR_NOOP("Amount"), QT_TR_NOOP("Pipeline"), QT_TR_NOOP("Currency"), QT_TR_NOOP("Client's tags"),
    QT_TR_NOOP("Total"), QT_TR_NOOP("Payment"), QT_TR_NOOP("Method"), QT_TR_NOOP("SKU"), QT_TR_NOOP("Name"),
    QT_TR_NOOP("Minimum stock"), QT_TR_NOOP("Priority"), QT_TR_NOOP("Assignee"), QT_TR_NOOP("Subject"),
    QT_TR_NOOP("Quantity"), QT_TR_NOOP("Number"), QT_TR_NOOP("Notes"), QT_TR_NOOP("Probability, %"),
    QT_TR_NOOP("Terms"), QT_TR_NOOP("Description"),
    # automation operators
    QT_TR_NOOP("is"), QT_TR_NOOP("is not"), QT_TR_NOOP("contains"), QT_TR_NOOP("is empty"),
    # automation actions
    QT_TR_NOOP("Create a task"), QT_TR_NOOP("Notify in the app"), QT_TR_NOOP("Move the deal to a stage"),
    QT_TR_NOOP("Create a document from it"), QT_TR_NOOP("Set a field"), QT_TR_NOOP("Add a tag to the client"),
    QT_TR_NOOP("Draft a purchase order for the product"),
    # goal metrics
    QT_TR_NOOP("Revenue invoiced"), QT_TR_NOOP("Revenue paid"), QT_TR_NOOP("Deals won"),
    QT_TR_NOOP("New clients"), QT_TR_NOOP("Calls made"), QT_TR_NOOP("Average deal size"),
    QT_TR_NOOP("Conversion rate %"), QT_TR_NOOP("Overdue receivables"),
    QT_TR_NOOP("Stock accuracy after counts %"), QT_TR_NOOP("Units produced"),
    # import fields
    QT_TR_NOOP("Legal name"), QT_TR_NOOP("Tax id"), QT_TR_NOOP("Phone"), QT_TR_NOOP("E-mail"),
    QT_TR_NOOP("Contact name"), QT_TR_NOOP("Contact position"), QT_TR_NOOP("Contact phone"),
    QT_TR_NOOP("Contact e-mail"), QT_TR_NOOP("Country"), QT_TR_NOOP("City"), QT_TR_NOOP("Street"),
    QT_TR_NOOP("Building"), QT_TR_NOOP("Postcode"), QT_TR_NOOP("Unit"), QT_TR_NOOP("Category"),
    QT_TR_NOOP("Purchase price"), QT_TR_NOOP("Sale price"), QT_TR_NOOP("VAT %"), QT_TR_NOOP("Barcode"),
    QT_TR_NOOP("Price list"), QT_TR_NOOP("Price"), QT_TR_NOOP("Warehouse"), QT_TR_NOOP("Unit cost"),
    QT_TR_NOOP("Lot"), QT_TR_NOOP("Expiry"),
)


def word(text: str) -> str:
    """A catalogue's name in the user's language (the text itself when it has no translation)."""
    # the empty context, where lupdate files QT_TR_NOOP marks outside a class
    return QCoreApplication.translate("", text)
