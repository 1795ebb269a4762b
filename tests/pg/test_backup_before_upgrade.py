"""A PostgreSQL database is backed up through pg_dump before a schema upgrade, and the copy restores."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import _alembic_config, head_revision, open_database, upgrade_to_head
from app.services.backup import postgres
from app.services.backup.fileformat import read_manifest
from app.services.backup.making import restore_postgresql
from tests.conftest import PG_SKIP_REASON, PG_URL

pytestmark = pytest.mark.pg


@pytest.fixture
def old_server_db(tmp_path, monkeypatch):
    if not PG_URL:
        pytest.skip(PG_SKIP_REASON)
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))
    server = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"karavan_old_{uuid.uuid4().hex[:8]}"
    postgres.create_database(server, name)
    db = open_database(server.set(database=name))
    made = [name]
    yield db, server, made
    db.dispose()
    for n in made:
        postgres.drop_database(server, n)


def test_a_server_on_an_old_schema_is_dumped_before_the_upgrade(old_server_db, tmp_path):
    from alembic import command

    db, server, made = old_server_db
    command.upgrade(_alembic_config(db.engine), "0001")   # as Karavan 0.1 left it
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO company (name, version, created_at, updated_at) "
                          "VALUES ('Old Office', 1, now(), now())"))

    backup = upgrade_to_head(db.engine)

    assert backup is not None and backup.parent == tmp_path / "home" / "data" / "backups"
    assert f"before-{head_revision()}" in backup.name
    manifest = read_manifest(backup)
    assert (manifest.backend, manifest.schema_revision, manifest.kind) == ("postgresql", "0001", "before-upgrade")
    assert manifest.tables["company"].rows == 1

    name = f"{db.url.database}_restored"
    restore_postgresql(backup, server, name)
    made.append(name)
    engine = create_engine(server.set(database=name))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert conn.execute(text("SELECT name FROM company")).scalar() == "Old Office"
    engine.dispose()


def test_without_pg_dump_the_upgrade_goes_on_and_says_why_there_is_no_copy(old_server_db, monkeypatch, tmp_path,
                                                                           caplog):
    from alembic import command

    db, _server, _made = old_server_db
    command.upgrade(_alembic_config(db.engine), "0001")
    monkeypatch.setenv(postgres.BIN_ENV, str(tmp_path / "nothing"))
    assert upgrade_to_head(db.engine) is None
    assert "pg_dump was not found" in caplog.text
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
