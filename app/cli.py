"""`karavan` command line: the GUI by default, plus database upkeep, demo data and users.

    karavan                                  start the application
    karavan --self-test                      check this installation on a temporary database; exit 0 if all is well
    karavan [--db URL | --profile NAME] db upgrade | db current
    karavan [--db URL] db roles [--prefix P]     PostgreSQL: users as database roles with their rights
    karavan [--db URL] demo [--clients N] [--seed S]
    karavan [--db URL] check stock | check audit
    karavan [--db URL] export clients|products|stock|documents FILE.xlsx [--search TEXT] [...]
    karavan [--db URL] user add LOGIN --name "Full Name" [--admin | --role KEY] [--email E] [--password-stdin]
    karavan [--db URL] import clients|products|prices|stock FILE.xlsx [--sheet NAME] [--valid-only] [--as LOGIN]
    karavan [--db URL] backup [-o FILE.kvbackup] [--encrypt] [--password-stdin]
    karavan [--db URL] restore FILE.kvbackup [-o PATH|NAME] [--switch] [--password-stdin]

Without --db the database is the profile named by --profile, else the last one used, else the
SQLite file in the user's data folder. Exit codes: 0 done, 1 rejected input, 2 the database cannot
be used (unreachable, too new, not set up), 130 interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app import config
from app.services.errors import DatabaseUnavailable, DomainError, SchemaTooNew, ValidationError

log = logging.getLogger(__name__)

PASSWORD_ENV = "KARAVAN_DB_PASSWORD"
DEMO_COMPANY = "Karavan Demo"
DEMO_ADMIN_LOGIN = "admin"
DEMO_ADMIN_NAME = "Administrator"
DEMO_ADMIN_PASSWORD = "admin-pass-1"
EXIT_OK, EXIT_INPUT, EXIT_DATABASE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CliError(Exception):
    """A message for the user and the exit code to end with."""

    def __init__(self, message: str, code: int = EXIT_DATABASE):
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    # Global options are accepted before the subcommand and after it (`karavan demo --db …`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL for this run (sqlite:///path or postgresql+psycopg://user@host/db)")
    common.add_argument("--profile", metavar="NAME", default=argparse.SUPPRESS,
                        help="connection profile to use instead of the last one")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log details to the console")

    parser = argparse.ArgumentParser(prog="karavan", parents=[common],
                                     description="Karavan: CRM for small companies.")
    parser.add_argument("--self-test", action="store_true", help="start offscreen, check, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", parents=[common], help="database schema")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="upgrade the schema to this version (backs up SQLite)")
    db_sub.add_parser("current", parents=[common], help="print the schema revision")
    roles = db_sub.add_parser("roles", parents=[common],
                              help="PostgreSQL: make every Karavan user a database role with the rights of their "
                                   "role (table privileges and row-level security); run again after changes")
    roles.add_argument("--prefix", default="karavan_", help="database role names start with this (default karavan_)")

    demo = sub.add_parser("demo", parents=[common], help="fill the database with demo data")
    demo.add_argument("--clients", type=int, default=500, metavar="N", help="how many clients (default 500)")
    demo.add_argument("--seed", type=int, default=42, metavar="S", help="random seed (default 42)")

    check = sub.add_parser("check", parents=[common], help="consistency checks")
    check_sub = check.add_subparsers(dest="check_command", metavar="WHAT", required=True)
    check_sub.add_parser("stock", parents=[common], help="prove every stock balance equals the sum of its ledger moves")
    check_sub.add_parser("audit", parents=[common], help="recompute the audit trail's hash chain; name the first "
                                                         "entry changed, removed or inserted")

    prn = sub.add_parser("print", parents=[common], help="print documents to PDF",
                         description="karavan print INV-2026-000123 -o invoice.pdf; "
                                     "karavan print --type invoice --from 2026-01-01 --to 2026-01-31 -o folder/")
    prn.add_argument("number", nargs="?", help="the document's number")
    prn.add_argument("--type", dest="doc_type", choices=["quote", "order", "invoice", "waybill", "act", "return",
                                                         "purchase_order", "goods_receipt", "supplier_invoice",
                                                         "supplier_return"],
                     help="print every numbered document of this type in the period")
    prn.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    prn.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    prn.add_argument("-o", "--output", required=True, metavar="PATH", help="a PDF file, or a folder for --type")

    from app import cli_export

    cli_export.add_parser(sub, common)
    from app import cli_backup

    cli_backup.add_parsers(sub, common)
    imp = sub.add_parser("import", parents=[common], help="import clients, products, prices or stock from Excel",
                         description="Columns are matched by the header row (or the mapping remembered for the "
                                     "user); every rejected row is printed. Without --valid-only any bad row "
                                     "means nothing is imported.")
    imp.add_argument("kind", choices=["clients", "products", "prices", "stock"])
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    imp.add_argument("--valid-only", action="store_true", help="import the valid rows even when some are rejected")
    imp.add_argument("--as", dest="login", metavar="LOGIN", default="admin",
                     help="the user the changes are recorded for, whose remembered mapping is used (default admin)")

    user = sub.add_parser("user", parents=[common], help="users")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", parents=[common], help="add a user (asks for the password)")
    add.add_argument("login")
    add.add_argument("--name", required=True, metavar="FULL_NAME")
    add.add_argument("--email", default="")
    add.add_argument("--admin", action="store_true", help="the user may administer Karavan")
    add.add_argument("--role", default="director", metavar="KEY",
                     help="their role: director (default), sales_manager, warehouse_clerk, accountant, production, "
                          "or a role made in Users and roles")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_url: str | None = getattr(args, "db", None)
    profile_name: str | None = getattr(args, "profile", None)
    verbose = getattr(args, "verbose", False)
    paths = config.AppPaths.default()
    try:
        config.setup_logging(paths, logging.DEBUG if verbose else logging.INFO,
                             console_level=logging.INFO if verbose else logging.WARNING)
    except OSError as exc:  # a read-only profile folder must not stop the program
        logging.basicConfig(level=logging.WARNING)
        log.warning("cannot write the log file: %s", exc)

    if args.self_test:
        from app.selftest import run

        return run()
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(url=db_url, profile_name=profile_name)

    try:
        url = resolve_url(paths, db_url, profile_name)
        if args.command == "db":
            if args.db_command == "roles":
                return cmd_db_roles(url, args.prefix)
            return cmd_db_upgrade(url) if args.db_command == "upgrade" else cmd_db_current(url)
        if args.command == "demo":
            return cmd_demo(url, clients=args.clients, seed=args.seed)
        if args.command == "check":
            return cmd_check_audit(url) if args.check_command == "audit" else cmd_check_stock(url)
        if args.command == "print":
            return cmd_print(url, args)
        if args.command == "export":
            return cmd_export(url, args)
        if args.command == "import":
            return cmd_import(url, args)
        if args.command in ("backup", "restore"):
            from app import cli_backup

            if args.command == "backup":
                return cli_backup.cmd_backup(url, args)
            return cli_backup.cmd_restore(paths, url, args)
        return cmd_user_add(url, args)
    except CliError as exc:
        print(f"karavan: {exc}", file=sys.stderr)
        return exc.code
    except SchemaTooNew as exc:
        print(f"karavan: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except (DatabaseUnavailable, OperationalError) as exc:
        detail = getattr(exc, "orig", None) or exc
        print(f"karavan: the database cannot be used: {detail}", file=sys.stderr)
        log.debug("database error", exc_info=True)
        return EXIT_DATABASE
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"karavan: {field}: {message}", file=sys.stderr)
        return EXIT_INPUT
    except DomainError as exc:
        print(f"karavan: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("\nkaravan: interrupted; nothing was saved by the unfinished step", file=sys.stderr)
        return EXIT_INTERRUPTED


# --- which database ---------------------------------------------------------------------------

def resolve_url(paths: config.AppPaths, db_url: str | None, profile_name: str | None) -> str:
    """The URL given, else the profile's (asking for a PostgreSQL password if none is saved)."""
    if db_url:
        return db_url
    try:
        profile = config.find_profile(paths, profile_name)
    except config.ConfigError as exc:
        raise CliError(str(exc)) from exc
    return profile.url(profile_password(profile))


def profile_password(profile: config.Profile) -> str | None:
    """Keyring, then KARAVAN_DB_PASSWORD, then a prompt (only on a terminal)."""
    if profile.is_sqlite:
        return None
    password = config.saved_password(profile) or os.environ.get(PASSWORD_ENV)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {profile.describe()}: ")
    return password


def _open(url: str):
    from app.db import open_database

    return open_database(url)


def _context(database, user_id: int | None = None):
    from app.services.context import ServiceContext

    return ServiceContext(database.session_factory, user_id=user_id, description=database.describe())


def _require_current_schema(database) -> None:
    from app.db import check_schema_not_newer, head_revision

    rev = check_schema_not_newer(database.engine)
    if rev != head_revision():
        raise CliError(f"the database at {database.describe()} is not up to date "
                       f"(revision {rev or 'none'}); run `karavan db upgrade` first")


# --- commands ---------------------------------------------------------------------------------

def cmd_db_upgrade(url: str) -> int:
    from app.db import head_revision, upgrade_to_head

    database = _open(url)
    try:
        backup = upgrade_to_head(database.engine)
    finally:
        database.dispose()
    print(f"Database {database.describe()} is at revision {head_revision()}.")
    if backup:
        print(f"A copy from before the upgrade: {backup}")
    return EXIT_OK


def cmd_db_current(url: str) -> int:
    from app.db import current_revision, head_revision

    database = _open(url)
    try:
        rev = current_revision(database.engine)
    finally:
        database.dispose()
    head = head_revision()
    note = "up to date" if rev == head else f"this Karavan expects {head}"
    print(f"{rev or 'empty (no schema)'} ({note})")
    return EXIT_OK


EXIT_INCONSISTENT = 3


def cmd_check_stock(url: str) -> int:
    """Compare every maintained stock balance with the sum of its ledger moves; exit 3 when any differs."""
    from app.services.context import ServiceContext

    database = _open(url)
    try:
        _require_current_schema(database)
        mismatches = ServiceContext(database.session_factory).stock.check_stock()
    finally:
        database.dispose()
    for m in mismatches:
        what = f"month {m.period:%Y-%m} sum" if m.period else "balance"
        print(f"product {m.product_id} warehouse {m.warehouse_id} lot {m.lot_key or '-'}: {what} "
              f"{m.balance_on_hand} (value {m.balance_value}) but the ledger sums to {m.ledger_on_hand} "
              f"(value {m.ledger_value})")
    if mismatches:
        print(f"{len(mismatches)} stock balance(s) differ from the ledger.")
        return EXIT_INCONSISTENT
    print("Stock balances equal the ledger.")
    return EXIT_OK


def cmd_db_roles(url: str, prefix: str) -> int:
    """Create or update the database roles of every user (PostgreSQL) as the system itself."""
    from app.services.context import ServiceContext

    database = _open(url)
    try:
        _require_current_schema(database)
        done = ServiceContext(database.session_factory).access.sync_database_roles(prefix=prefix)
    finally:
        database.dispose()
    print(f"{done.user_roles} user role(s) and {done.group_roles} group role(s) are in step with Karavan's roles"
          + (f"; {done.disabled} inactive user(s) may not log in." if done.disabled else "."))
    print("Each user's database password is set the next time their password is set or changed in Karavan.")
    return EXIT_OK


def cmd_check_audit(url: str) -> int:
    """Verify the audit trail's chain; exit 3 when an entry was tampered with."""
    from app.services.context import ServiceContext

    database = _open(url)
    try:
        _require_current_schema(database)
        result = ServiceContext(database.session_factory).access.check_audit()
    finally:
        database.dispose()
    if not result.ok:
        print(f"The audit trail is broken at entry {result.broken_at}: {result.reason} "
              f"({result.entries} entries before it are intact).")
        return EXIT_INCONSISTENT
    print(f"The audit trail is intact: {result.entries} entries.")
    return EXIT_OK


def cmd_print(url: str, args: argparse.Namespace) -> int:
    """One document by number to a file, or every document of a type in a period to a folder."""
    from app.services.documents import pdf

    out = Path(args.output)
    if (args.number is None) == (args.doc_type is None):
        raise CliError("give a document number, or --type with --from and --to", EXIT_INPUT)
    database = _open(url)
    try:
        _require_current_schema(database)
        ctx = _context(database)
        if args.number:
            card = ctx.documents.find_by_number(args.number)
            if card is None:
                raise CliError(f"no document is numbered {args.number}", EXIT_INPUT)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(ctx.documents.render_document(card.id))
            print(f"{card.number} → {out}")
            return EXIT_OK
        if args.date_from is None or args.date_to is None:
            raise CliError("--type needs --from and --to", EXIT_INPUT)
        found = ctx.documents.documents_between(doc_type=args.doc_type, date_from=args.date_from,
                                                date_to=args.date_to)
        out.mkdir(parents=True, exist_ok=True)
        numbers = dict(found)
        for doc_id, data in pdf.render_many(ctx.uow, numbers):
            target = out / f"{numbers[doc_id].replace('/', '_')}.pdf"
            target.write_bytes(data)
        print(f"{len(found)} {args.doc_type} document(s) → {out}")
        return EXIT_OK
    finally:
        database.dispose()


def cmd_export(url: str, args: argparse.Namespace) -> int:
    """A list to an Excel workbook (app/cli_export.py); exit 1 when the file cannot be written."""
    from app import cli_export

    database = _open(url)
    try:
        _require_current_schema(database)
        return cli_export.run(_context(database), args)
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror or exc}", EXIT_INPUT) from exc
    finally:
        database.dispose()


def cmd_import(url: str, args: argparse.Namespace) -> int:
    """Read the sheet, check and import it; print every rejected row; exit 1 when any was rejected."""
    from app.services import imports

    table = imports.read_table(args.file, args.sheet)
    database = _open(url)
    try:
        _require_current_schema(database)
        ctx = _context(database, _login_id(database, args.login))
        mapping = imports.suggested_mapping(ctx.imports.remembered_mapping(args.kind), args.kind, table.headers)
        progress = _ProgressLine("Rows")
        report = ctx.imports.run_import(args.kind, table, mapping, valid_only=args.valid_only,
                                        progress=_Reporting(progress))
        progress.finish()
    finally:
        database.dispose()
    for e in report.errors:
        print(f"row {e.row}, {e.column}: {e.reason}")
    what = {"clients": "clients", "products": "products", "prices": "prices", "stock": "stock lines"}[args.kind]
    if report.committed:
        print(f"{report.created:,} {what} created, {report.updated:,} updated"
              + (f"; posted {', '.join(report.documents)}" if report.documents else "") + ".")
    if report.rejected:
        print(f"{len(report.rejected):,} of {report.rows:,} rows rejected"
              + ("" if report.committed else "; nothing was imported (use --valid-only to import the rest)") + ".")
        return EXIT_INPUT
    return EXIT_OK


def _login_id(database, login: str) -> int:
    from sqlalchemy import select

    from app.models import User

    with database.session_factory() as s:
        user_id = s.scalar(select(User.id).where(User.login == login, User.active.is_(True)))
    if user_id is None:
        raise CliError(f"there is no active user “{login}” (use --as LOGIN)", EXIT_INPUT)
    return user_id


class _Reporting:
    """`progress.report(done, total, text)` as the services call it, shown on a _ProgressLine."""

    def __init__(self, line: _ProgressLine):
        self.line = line

    def report(self, done: int, total: int, text: str = "") -> None:
        if total:
            self.line(done, total)


def cmd_demo(url: str, *, clients: int, seed: int) -> int:
    from app.db import upgrade_to_head

    if clients < 0:
        raise CliError("--clients must not be negative", EXIT_INPUT)
    database = _open(url)
    try:
        backup = upgrade_to_head(database.engine)
        if backup:
            print(f"Upgraded the schema; a copy from before: {backup}")
        ctx = _context(database)
        admin_id = None
        if not ctx.auth.is_initialized():
            admin = ctx.auth.initialize(company_name=DEMO_COMPANY, admin_login=DEMO_ADMIN_LOGIN,
                                        admin_full_name=DEMO_ADMIN_NAME, password=DEMO_ADMIN_PASSWORD)
            admin_id = admin.id
            print(f"Created company “{DEMO_COMPANY}” with administrator login “{DEMO_ADMIN_LOGIN}”, "
                  f"password “{DEMO_ADMIN_PASSWORD}”.")
        progress = _ProgressLine("Clients")
        summary = ctx.as_user(admin_id).demo.seed_demo(clients=clients, seed=seed, progress=progress)
        progress.finish()
    finally:
        database.dispose()
    from app.services.demo import DEMO_PASSWORD, DEMO_USERS

    print(f"Added {summary.clients} clients ({summary.archived} archived), {summary.contacts} contact persons, "
          f"{summary.channels} phones/e-mails/…, {summary.addresses} addresses, {summary.bank_accounts} bank "
          f"accounts in {summary.seconds:.1f} s.")
    print(f"Also {summary.deals} deals, {summary.tasks} tasks, {summary.interactions} logged interactions and "
          f"{summary.marketing} segments, campaigns, campaign recipients and service requests.")
    if summary.stock:
        print(f"A catalog, three warehouses and six months of stock history ({summary.stock} documents and moves).")
    if summary.documents:
        print(f"{summary.documents} sales documents (quotes, orders, invoices, waybills) with their payments.")
    if summary.production:
        print(f"{summary.production} production orders, with bills of materials and suppliers' terms.")
    if summary.users_created:
        logins = ", ".join(u.login for u in DEMO_USERS)
        print(f"Demo users ({logins}) log in with the password “{DEMO_PASSWORD}”.")
    return EXIT_OK


def cmd_user_add(url: str, args: argparse.Namespace) -> int:
    from app.services.users import validate_new_user

    password = _read_password(args.password_stdin)
    if errors := validate_new_user(args.login, args.name, password):
        raise ValidationError(errors)
    database = _open(url)
    try:
        _require_current_schema(database)
        ctx = _context(database)
        if not ctx.auth.is_initialized():
            raise CliError("this database is not set up yet: start Karavan to create the administrator "
                           "(or run `karavan demo`)")
        row = ctx.users.add_user(args.login, full_name=args.name, password=password, email=args.email,
                                 is_admin=args.admin, role=args.role)
    finally:
        database.dispose()
    print(f"Added {'administrator' if row.is_admin else 'user'} “{row.login}” ({row.full_name}).")
    return EXIT_OK


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password: use --password-stdin", EXIT_INPUT)
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise CliError("the passwords differ", EXIT_INPUT)
    return first


class _ProgressLine:
    """`Clients: 12,000 / 100,000 (12%)` rewritten in place on a terminal, a line per 10% otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.tty = sys.stdout.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        line = f"{self.label}: {done:,} / {total:,} ({percent}%)"
        if self.tty:
            print("\r" + line, end="", flush=True)
        elif percent // 10 != self.last_tenth:
            self.last_tenth = percent // 10
            print(line, flush=True)

    def finish(self) -> None:
        if self.tty:
            print()
