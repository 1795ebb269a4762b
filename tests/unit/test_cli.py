"""The `karavan` command line, run as a separate process the way an administrator would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.db import SCHEMA_HEAD, open_database, upgrade_to_head
from app.models import Client, Company, User
from app.services.context import ServiceContext

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def karavan(tmp_path: Path):
    env = {**os.environ, "KARAVAN_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KARAVAN_DB_PASSWORD", None)

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=REPO, timeout=120)

    return run


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'crm.db'}"


def _services(url: str) -> ServiceContext:
    return ServiceContext(open_database(url).session_factory)


def _count(url: str, model) -> int:
    with _services(url).uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_upgrade_then_current(karavan, db_url: str) -> None:
    done = karavan("--db", db_url, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert f"revision {SCHEMA_HEAD}" in done.stdout
    current = karavan("--db", db_url, "db", "current")
    assert current.returncode == 0 and current.stdout.startswith(f"{SCHEMA_HEAD} (up to date)")
    # the option is also accepted after the subcommand
    assert karavan("db", "current", "--db", db_url).stdout == current.stdout


def test_demo_sets_up_an_empty_database_and_seeds_it(karavan, db_url: str) -> None:
    done = karavan("--db", db_url, "demo", "--clients", "50", "--seed", "5")
    assert done.returncode == 0, done.stderr
    assert "admin-pass-1" in done.stdout and "demo-pass-1" in done.stdout
    assert "Clients: 50 / 50 (100%)" in done.stdout
    assert _count(db_url, Client) == 50
    services = _services(db_url)
    assert services.auth.company_name() == "Karavan Demo"
    assert services.auth.authenticate("admin", "admin-pass-1").is_admin

    again = karavan("--db", db_url, "demo", "--clients", "5")
    assert again.returncode == 0, again.stderr
    assert "admin-pass-1" not in again.stdout  # the existing administrator is kept
    assert _count(db_url, Client) == 55 and _count(db_url, Company) == 1


def _initialised(url: str) -> ServiceContext:
    database = open_database(url)
    upgrade_to_head(database.engine, backup=False)
    services = ServiceContext(database.session_factory)
    services.auth.initialize(company_name="Test LLC", admin_login="admin", admin_full_name="Admin",
                             password="admin-pass-1")
    return services


def test_user_add_reads_the_password_from_stdin(karavan, db_url: str) -> None:
    _initialised(db_url)
    done = karavan("--db", db_url, "user", "add", "Lena", "--name", "Lena Petrosyan", "--admin",
                   "--password-stdin", stdin="lena-pass-77\n")
    assert done.returncode == 0, done.stderr
    user = _services(db_url).auth.authenticate("lena", "lena-pass-77")
    assert (user.full_name, user.is_admin) == ("Lena Petrosyan", True)

    taken = karavan("--db", db_url, "user", "add", "LENA", "--name", "Another", "--password-stdin",
                    stdin="other-pass-77\n")
    assert taken.returncode == 1 and "already taken" in taken.stderr
    weak = karavan("--db", db_url, "user", "add", "max", "--name", "Max", "--password-stdin", stdin="short\n")
    assert weak.returncode == 1 and "password" in weak.stderr
    assert _count(db_url, User) == 2  # the administrator and Lena


def test_user_add_needs_an_initialised_database(karavan, db_url: str) -> None:
    assert karavan("--db", db_url, "db", "upgrade").returncode == 0
    done = karavan("--db", db_url, "user", "add", "bob", "--name", "Bob", "--password-stdin", stdin="bob-pass-123\n")
    assert done.returncode == 2 and "not set up" in done.stderr


def test_without_db_the_default_profile_in_karavan_home_is_used(karavan, tmp_path: Path) -> None:
    done = karavan("db", "upgrade")
    assert done.returncode == 0, done.stderr
    default_file = tmp_path / "home" / "data" / "karavan.db"
    assert str(default_file) in done.stdout and default_file.exists()
    assert (tmp_path / "home" / "logs" / "karavan.log").exists()


def test_a_newer_database_is_refused_with_exit_code_2(karavan, db_url: str) -> None:
    assert karavan("--db", db_url, "db", "upgrade").returncode == 0
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    done = karavan("--db", db_url, "db", "upgrade")
    assert done.returncode == 2 and "newer" in done.stderr
    assert karavan("--db", db_url, "demo", "--clients", "1").returncode == 2


def test_an_unreachable_server_gives_exit_code_2(karavan) -> None:
    done = karavan("--db", "postgresql+psycopg://nobody@127.0.0.1:1/karavan", "db", "current")
    assert done.returncode == 2 and "cannot" in done.stderr


def test_a_corrupt_profiles_file_is_reported(karavan, tmp_path: Path) -> None:
    config_dir = tmp_path / "home" / "config"
    config_dir.mkdir(parents=True)
    (config_dir / "profiles.json").write_text("{oops", encoding="utf-8")
    done = karavan("db", "current")
    assert done.returncode == 2 and "profiles.json" in done.stderr
    assert (config_dir / "profiles.json").read_text(encoding="utf-8") == "{oops"


def test_check_stock_passes_on_demo_data_and_names_a_tampered_balance(karavan, db_url: str) -> None:
    from app.models import StockBalance

    assert karavan("--db", db_url, "demo", "--clients", "30").returncode == 0
    done = karavan("--db", db_url, "check", "stock")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Stock balances equal the ledger." in done.stdout
    assert _count(db_url, StockBalance) > 0

    engine = create_engine(db_url)
    with engine.begin() as conn:
        row = conn.execute(select(StockBalance.id, StockBalance.product_id, StockBalance.warehouse_id)
                           .where(StockBalance.on_hand > 0).limit(1)).one()
        conn.execute(text("UPDATE stock_balance SET on_hand = on_hand + 1 WHERE id = :id"), {"id": row.id})
    engine.dispose()
    bad = karavan("--db", db_url, "check", "stock")
    assert bad.returncode == 3
    assert f"product {row.product_id} warehouse {row.warehouse_id}" in bad.stdout
    assert "1 stock balance(s) differ from the ledger." in bad.stdout
