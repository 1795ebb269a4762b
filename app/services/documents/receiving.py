"""Buying: what a purchase order has received and invoiced, what is still incoming, and the goods receipt.

The chain is purchase order → goods receipt(s) → supplier invoice(s) → return to the supplier, or purchase
order → supplier invoice when the invoice comes with the goods:
- a confirmed purchase order makes its goods incoming (stock_balance.incoming) in its warehouse;
- a goods receipt posts a stock receipt into the order's warehouse at the order lines' net prices (company
  currency) and takes what arrived off incoming; nothing is owed yet;
- a supplier invoice made from the order receives the goods itself and is what we owe; one made from a goods
  receipt is only what we owe: its goods came with the receipt (whose stock document a return to the
  supplier then reads).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DocStatus, DocType, Document, DocumentLine
from app.services.documents.totals import ZERO
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.words import status_word

# What takes a purchase order's goods in: a goods receipt, or a supplier invoice made from the order itself.
RECEIVING_TYPES = (DocType.GOODS_RECEIPT, DocType.SUPPLIER_INVOICE)
UNIT_COST = Decimal("0.0001")


def _confirmed_from(s: Session, line_ids: list[int], types: tuple[str, ...]) -> list[tuple[int, int, Decimal]]:
    """(line id, source line id, quantity) of confirmed lines of `types` copied from `line_ids`."""
    if not line_ids:
        return []
    return [tuple(r) for r in s.execute(
        select(DocumentLine.id, DocumentLine.source_line_id, DocumentLine.quantity)
        .join(Document, Document.id == DocumentLine.document_id)
        .where(DocumentLine.source_line_id.in_(line_ids), Document.doc_type.in_(types),
               Document.status == DocStatus.CONFIRMED)).all()]


def received_qty(s: Session, po_line_ids: list[int]) -> dict[int, Decimal]:
    """Per purchase-order line: what confirmed goods receipts and supplier invoices made from the order took in."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for _id, src, qty in _confirmed_from(s, po_line_ids, RECEIVING_TYPES):
        out[src] += qty
    return out


def invoiced_qty(s: Session, po_line_ids: list[int]) -> dict[int, Decimal]:
    """Per purchase-order line: what confirmed supplier invoices bill, made from the order or from its goods
    receipts."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for _id, src, qty in _confirmed_from(s, po_line_ids, (DocType.SUPPLIER_INVOICE,)):
        out[src] += qty
    receipt_lines = dict(s.execute(
        select(DocumentLine.id, DocumentLine.source_line_id).join(Document, Document.id == DocumentLine.document_id)
        .where(DocumentLine.source_line_id.in_(po_line_ids), Document.doc_type == DocType.GOODS_RECEIPT)).tuples().all()
    ) if po_line_ids else {}
    for _id, src, qty in _confirmed_from(s, list(receipt_lines), (DocType.SUPPLIER_INVOICE,)):
        out[receipt_lines[src]] += qty
    return out


def incoming_of(s: Session, po: Document) -> dict[int, Decimal]:
    """What a confirmed purchase order still has to receive, per product."""
    if po.status != DocStatus.CONFIRMED:
        return {}
    lines = list(s.scalars(select(DocumentLine).where(DocumentLine.document_id == po.id)))
    got = received_qty(s, [ln.id for ln in lines])
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for ln in lines:
        if ln.product_id:
            out[ln.product_id] += max(ZERO, ln.quantity - got[ln.id])
    return out


def shift_incoming(s: Session, warehouse_id: int, before: dict[int, Decimal], after: dict[int, Decimal]) -> None:
    """Move the warehouse's incoming quantities from `before` to `after` (per product), under row locks."""
    changes = {p: after.get(p, ZERO) - before.get(p, ZERO) for p in set(before) | set(after)}
    changes = {p: d for p, d in changes.items() if d}
    if not changes:
        return
    from app.services.stock.ledger import ensure_balance_rows, lock_pairs

    ensure_balance_rows(s, {(p, warehouse_id, 0) for p in changes}, {})
    for row in lock_pairs(s, {(p, warehouse_id) for p in changes}):
        if row.lot_key == 0:
            row.incoming += changes[row.product_id]
            row.version += 1


def receipt_order(s: Session, receipt: Document) -> Document:
    """The confirmed purchase order a goods receipt is made from; ValidationError when there is none."""
    po = s.get(Document, receipt.parent_id) if receipt.parent_id else None
    if po is None or po.doc_type != DocType.PURCHASE_ORDER or po.status != DocStatus.CONFIRMED:
        raise ValidationError({"parent_id": msg("a goods receipt is made from a confirmed purchase order")})
    return po


def receipt_costs(s: Session, lines: list[DocumentLine], po: Document) -> dict[int, Decimal]:
    """Per goods-receipt line: the unit cost of its purchase-order line (net × rate / quantity, company
    currency). A line that is not one of the order's is refused."""
    sources = {ln.id: ln for ln in s.scalars(select(DocumentLine).where(DocumentLine.document_id == po.id))}
    out: dict[int, Decimal] = {}
    errors: dict[str, str] = {}
    for ln in lines:
        src = sources.get(ln.source_line_id)
        if src is None or src.product_id != ln.product_id:
            errors[f"lines.{ln.line_no - 1}.product_id"] = msg("{description} is not on {number}", description=ln.description, number=po.number)
            continue
        out[ln.id] = (src.net * po.rate / src.quantity).quantize(UNIT_COST)
    if errors:
        raise ValidationError(errors)
    return out


def invoiced_receipt(s: Session, invoice: Document) -> Document | None:
    """The goods receipt a supplier invoice is made from (its goods came with it), or None when the invoice
    receives its goods itself. ValidationError when that receipt is no longer confirmed."""
    parent = s.get(Document, invoice.parent_id) if invoice.parent_id else None
    if parent is None or parent.doc_type != DocType.GOODS_RECEIPT:
        return None
    if parent.status != DocStatus.CONFIRMED:
        raise ValidationError({"parent_id": msg("goods receipt {number} is {status}: "
                                            "make the supplier invoice from a confirmed receipt", number=parent.number, status=status_word(parent.status))})
    return parent


def received_stock_of(s: Session, invoice: Document) -> int | None:
    """The stock document that brought a supplier invoice's goods in: its own, or its goods receipt's."""
    if invoice.stock_document_id is not None:
        return invoice.stock_document_id
    parent = s.get(Document, invoice.parent_id) if invoice.parent_id else None
    if parent is not None and parent.doc_type == DocType.GOODS_RECEIPT:
        return parent.stock_document_id
    return None
