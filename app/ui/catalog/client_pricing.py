"""The client card's pricing panel: price list, personal discount and a sample price for one product."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.catalog import ClientTerms, PriceQuote, ProductQuery
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.errors import message_for
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, typed_number
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

SOURCES = {
    "explicit": QT_TRANSLATE_NOOP("ClientPricingPanel", "explicit price"),
    "rule": QT_TRANSLATE_NOOP("ClientPricingPanel", "list rule"),
    "sale_price": QT_TRANSLATE_NOOP("ClientPricingPanel", "product's sale price"),
}


class ClientPricingPanel(QWidget):
    """Which price list a client buys from and their personal discount; Save carries the version seen."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_pricing_panel")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.client_id = ctx, tasks, client_id
        self.terms: ClientTerms | None = None
        self.quote: PriceQuote | None = None

        self.list_combo = QComboBox(objectName="price_list_combo")
        self.discount = QLineEdit(objectName="discount_edit", placeholderText="0")
        self.discount.setMaximumWidth(120)
        self.fields = {"price_list_id": FieldWithError(self.list_combo),
                       "discount_percent": FieldWithError(self.discount)}
        self.save_button = QPushButton(self.tr("Save pricing"), objectName="save_pricing_button")
        self.save_button.clicked.connect(self.save)
        self.discount.returnPressed.connect(self.save)
        self.status = ErrorLabel("pricing_error")
        self.saved_label = QLabel(objectName="pricing_saved_label")

        self.sku = QLineEdit(objectName="sample_sku_edit", placeholderText=self.tr("SKU, then Enter"))
        self.sku.setMaximumWidth(180)
        self.sku.returnPressed.connect(self.sample)
        self.sample_label = QLabel(objectName="sample_price_label")
        self.sample_label.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Price list"), self.fields["price_list_id"])
        form.addRow(self.tr("Personal discount, %"), self.fields["discount_percent"])
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        form.addRow(save_row)
        form.addRow(self.status)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sku)
        sample_row.addWidget(self.sample_label, 1)
        form.addRow(self.tr("Sample price"), sample_row)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        client_id = self.client_id
        self.tasks.read(lambda: (self.ctx.catalog.list_price_lists(include_archived=True),
                                 self.ctx.catalog.client_terms(client_id)), self._loaded, self._failed)

    def _loaded(self, result) -> None:
        lists, terms = result
        self.list_combo.clear()
        for pl in lists:
            if pl.archived and pl.id != terms.price_list_id:
                continue
            title = self.tr("{name} (base)").format(name=pl.name) if pl.is_base else pl.name
            if pl.archived:  # still the client's list: say why documents use the base list
                title = self.tr("{name} (archived: base prices apply)").format(name=pl.name)
            self.list_combo.addItem(title, None if pl.is_base else pl.id)
        self._show_terms(terms)

    def _show_terms(self, terms: ClientTerms) -> None:
        self.terms = terms
        index = self.list_combo.findData(terms.price_list_id)
        self.list_combo.setCurrentIndex(max(index, 0))
        self.discount.setText(f"{terms.discount_percent.normalize():f}")

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.terms is None:
            return
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message("")
        self.saved_label.clear()
        client_id, list_id, discount = self.client_id, self.list_combo.currentData(), typed_number(self.discount.text())
        version = self.terms.version
        self.tasks.write(lambda: self.ctx.catalog.set_client_terms(
            client_id, price_list_id=list_id, discount_percent=discount or "0", expected_version=version),
            self._saved, self._failed, entity="client", ids=lambda t: [t.client_id])

    def _saved(self, terms: ClientTerms) -> None:
        self.terms = terms
        self.saved_label.setText(self.tr("Saved."))
        if self.sku.text().strip():
            self.sample()

    def _failed(self, exc: BaseException) -> None:
        """Messages by the fields (or under them); what the user typed stays."""
        if isinstance(exc, ValidationError):
            rest = []
            for key, message in exc.errors.items():
                if key in self.fields:
                    self.fields[key].set_error(message)
                else:
                    rest.append(message)
            self.status.show_message("\n".join(rest))
            return
        self.status.show_message(message_for(exc) or str(exc))
        if isinstance(exc, ConcurrentEdit) and isinstance(exc.current, ClientTerms):
            # The next Save goes against what is stored now; the typed values are kept.
            self.terms = exc.current

    # -- sample price ----------------------------------------------------------------------------
    def sample(self) -> None:
        sku = self.sku.text().strip()
        if not sku:
            self.sample_label.clear()
            return
        client_id, catalog = self.client_id, self.ctx.catalog

        def work():
            _, rows = catalog.products_first(ProductQuery(search=sku), "sku", False, 20)
            product = next((r for r in rows if r.sku.casefold() == sku.casefold()), rows[0] if rows else None)
            if product is None:
                return None, None
            return product, catalog.price_for(product_id=product.id, client_id=client_id)
        self.tasks.read(work, self._sampled, self._failed)

    def _sampled(self, result) -> None:
        product, quote = result
        self.quote = quote
        if product is None:
            self.sample_label.setText(self.tr("No product with this SKU."))
            return
        self.sample_label.setText(self.tr(
            "{name}: {price} {cur} on “{list}” ({source}) − {discount} % = {final} {cur}").format(
            name=isolate(product.name), price=f"{quote.price:,.2f}", cur=quote.currency,
            list=isolate(quote.list_name), source=self.tr(SOURCES.get(quote.source, quote.source)),
            discount=f"{quote.discount_percent.normalize():f}", final=f"{quote.final_price:,.2f}"))
