"""A Karavan user who connects with psql sees and may change exactly what the app lets them."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.services.errors import ValidationError
from tests.conftest import PG_SKIP_REASON, PG_URL
from tests.unit.factories import simple_form

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
    pytest.mark.parametrize("database", ["postgresql"], indirect=True),
]


@pytest.fixture
def prefix(services):
    # Roles belong to the whole server: a prefix of its own keeps parallel test runs apart.
    name = f"kt{uuid.uuid4().hex[:6]}_"
    yield name
    services.access.drop_database_roles(prefix=name)


def connect_as(database, role: str, password: str) -> psycopg.Connection:
    url = make_url(str(database.engine.url.render_as_string(hide_password=False)))
    return psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database, user=role,
                           password=password, autocommit=True)


def test_a_sales_manager_on_psql_sees_only_their_clients_and_cannot_touch_the_audit_trail(services, database,
                                                                                            prefix):
    sam = services.users.add_user("sam", full_name="Sam Seller", password="sam-pass-123", role="sales_manager")
    services.clients.create_client(simple_form("Sam's client", manager_id=sam.id))
    services.clients.create_client(simple_form("Somebody else's"))
    sync = services.access.sync_database_roles(prefix=prefix)
    assert sync.user_roles == 2 and sync.group_roles >= 6
    services.access.reset_password(sam.id, new_password="sam-pass-456")
    role = next(a.db_role for a in services.access.list_accounts() if a.login == "sam")
    assert role == f"{prefix}sam"
    with connect_as(database, role, "sam-pass-456") as conn:
        names = [r[0] for r in conn.execute("SELECT display_name FROM client ORDER BY display_name")]
        assert names == ["Sam's client"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_event SET label = 'mine'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT password_hash FROM app_user")
        # What the matrix allows works: his own client's notes.
        conn.execute("UPDATE client SET notes = 'from psql' WHERE display_name = 'Sam''s client'")
        changed = conn.execute("UPDATE client SET notes = 'nope' WHERE display_name = 'Somebody else''s'")
        assert changed.rowcount == 0   # out of his scope: not even visible to the UPDATE


def test_a_warehouse_clerk_on_psql_may_read_clients_but_not_add_them(services, database, prefix):
    services.users.add_user("wanda", full_name="Wanda Clerk", password="wanda-pass-1", role="warehouse_clerk")
    services.clients.create_client(simple_form("Anyone's"))
    services.access.sync_database_roles(prefix=prefix)
    role = f"{prefix}wanda"
    with connect_as(database, role, "") as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO client (kind, display_name, name_key, version) VALUES ('company', 'X', 'x', 1)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM deal")


def test_an_inactive_user_can_no_longer_log_in_to_the_database(services, database, prefix):
    olga = services.users.add_user("olga", full_name="Olga Books", password="olga-pass-1", role="accountant")
    services.access.sync_database_roles(prefix=prefix)
    account = next(a for a in services.access.list_accounts() if a.login == "olga")
    services.access.update_account(olga.id, full_name=account.full_name, email="", role_id=account.role_id,
                                   branch_id=None, department_id=None, active=False,
                                   expected_version=account.version)
    assert services.access.sync_database_roles(prefix=prefix).disabled == 1
    with pytest.raises(psycopg.OperationalError):
        connect_as(database, f"{prefix}olga", "olga-pass-1")


def test_roles_are_refused_on_sqlite(services, database):
    if database.engine.dialect.name == "postgresql":
        return
    with pytest.raises(ValidationError):
        services.access.sync_database_roles()


def test_the_schema_still_goes_down_and_up_after_row_level_security_was_set_up(services, database, prefix):
    from alembic import command

    from app.db import _alembic_config

    services.access.sync_database_roles(prefix=prefix)
    cfg = _alembic_config(database.engine)
    command.downgrade(cfg, "0010")   # the policies read columns 0011 added: they go first
    command.upgrade(cfg, "head")
