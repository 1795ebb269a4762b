"""`karavan export clients|products|stock|documents FILE.xlsx`: a list to Excel with the list's filters."""

from __future__ import annotations

import argparse
import sys
from datetime import date

WHAT = ("clients", "products", "stock", "documents")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common], help="export a list to an Excel workbook",
                            description="karavan export clients clients.xlsx --search acme; "
                                        "karavan export documents invoices.xlsx --type invoice --from 2026-01-01")
    export.add_argument("what", choices=WHAT, help="which list")
    export.add_argument("file", metavar="FILE.xlsx", help="the workbook to write (replaced if it exists)")
    export.add_argument("--search", default="", metavar="TEXT", help="only rows the list's search finds")
    export.add_argument("--status", choices=("active", "archived", "all"), default=None,
                        help="clients: active (default), archived or all; documents: draft, confirmed or "
                             "cancelled are given with --doc-status")
    export.add_argument("--archived", choices=("active", "archived", "all"), default="active",
                        help="products: active (default), archived or all")
    export.add_argument("--type", dest="doc_type", metavar="TYPE", help="documents: only this type (e.g. invoice)")
    export.add_argument("--doc-status", choices=("draft", "confirmed", "cancelled"), help="documents: only this status")
    export.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")


class _Progress:
    """`Writing: 12,000 / 100,000` rewritten in place on a terminal; quiet otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stdout.isatty()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.tty and done:
            print(f"\r{done:,} / {total:,} rows", end="", flush=True)

    def finish(self) -> None:
        if self.tty:
            print("\r", end="")


def run(ctx, args: argparse.Namespace) -> int:
    """Write the chosen list; raises OSError when the file cannot be written."""
    from app.services.catalog import ProductQuery
    from app.services.clients import ClientQuery
    from app.services.exports.common import xlsx_path

    path = xlsx_path(args.file)
    progress = _Progress()
    if args.what == "clients":
        status = {"active": "active", "archived": "archived", "all": None}[args.status or "active"]
        n = ctx.exports.export_clients(path, ClientQuery(search=args.search, status=status), progress=progress)
    elif args.what == "products":
        n = ctx.exports.export_products(path, ProductQuery(search=args.search, archived=args.archived),
                                        progress=progress)
    elif args.what == "stock":
        n = ctx.exports.export_stock(path, search=args.search, progress=progress)
    else:
        n = ctx.exports.export_documents(path, doc_type=args.doc_type, status=args.doc_status, search=args.search,
                                         date_from=args.date_from, date_to=args.date_to, progress=progress)
    progress.finish()
    print(f"{n:,} {'row' if n == 1 else 'rows'} written to {path}")
    return 0
