"""Backups of a working database and restores into a new one, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from app.services.backup import fileformat, postgres
from app.services.backup.errors import (
    BackupCorrupted,
    BackupIncompatible,
    BackupPasswordRequired,
    BackupToolMissing,
    WrongBackupPassword,
)
from app.services.backup.fileformat import BackupWriter, Manifest, read_manifest
from app.services.backup.files import check_backup, list_backups
from app.services.backup.making import restore_sqlite
from app.services.backup.schedule import BackupSettings, save_settings
from app.services.backup.tables import database_stats
from app.services.clients import ChannelData, ClientForm
from tests.unit.factories import simple_form


@pytest.fixture(autouse=True)
def _quick(monkeypatch, tmp_path):
    monkeypatch.setattr(fileformat, "SCRYPT_N", 1 << 10)   # the real cost is for people, not for tests
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))


@pytest.fixture
def restored(services):
    """Names of the PostgreSQL databases a test restored, dropped afterwards (files go with tmp_path)."""
    made: list[str] = []
    yield made
    for name in made:
        postgres.drop_database(_server(services), name)


def _server(services):
    with services.uow() as uow:
        return uow.session.get_bind().url


def _fill(services, batch: int = 0) -> None:
    for i in range(batch * 100, batch * 100 + 25):
        services.clients.create_client(simple_form(f"Client {i:03d} — Ünïcode ✓", phone=f"+1 555 0{i:03d}",
                                                   email=f"c{i}@example.com"))
    services.clients.create_client(ClientForm(display_name="Ararat LLC", legal_name="«Արարատ» ՍՊԸ",
                                              channels=(ChannelData("email", "hi@ararat.am"),)),
                                   allow_duplicates=True)


def _stats(url) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return database_stats(conn)
    finally:
        engine.dispose()


def test_backup_then_restore_gives_the_same_rows_and_checksums_in_every_table(services, restored, tmp_path):
    _fill(services)
    source_url = _server(services)
    before = _stats(source_url)

    result = services.backup.make_backup(tmp_path / "backups")
    assert result.check.ok and result.check.full
    assert result.path.suffix == ".kvbackup" and result.path.parent == tmp_path / "backups"
    assert result.manifest.tables == before            # the manifest is the database at that moment
    assert result.manifest.tables["client"].rows == 26
    _fill(services, 1)                                  # people keep working after the backup

    done = services.backup.restore_backup(result.path)
    if services.backup.backend_of() == "postgresql":
        restored.append(done.target)
        new_url = make_url(source_url).set(database=done.target)
    else:
        new_url = done.url
        assert Path(done.target).parent == Path(source_url.database).parent   # beside the current file
    assert _stats(new_url) == before                    # every table: same row count, same checksum
    assert _stats(source_url)["client"].rows == 52      # the current database was not touched


def test_an_encrypted_backup_needs_its_password_and_says_clearly_when_it_is_wrong(services, restored, tmp_path):
    _fill(services)
    result = services.backup.make_backup(tmp_path, password="correct horse battery")
    manifest = read_manifest(result.path)
    assert manifest.encrypted and manifest.kdf["name"] == "scrypt"
    assert b"Client 001" not in result.path.read_bytes()   # compressed and encrypted, nothing readable

    with pytest.raises(WrongBackupPassword) as wrong:
        services.backup.restore_backup(result.path, password="correct horse battery staple")
    assert "password does not open" in str(wrong.value)
    with pytest.raises(BackupPasswordRequired):
        services.backup.restore_backup(result.path)
    with pytest.raises(WrongBackupPassword):
        check_backup(result.path, password="nope")
    without = check_backup(result.path)                  # no password: the bytes can still be checked
    assert without.ok and not without.full

    done = services.backup.restore_backup(result.path, password="correct horse battery")
    if services.backup.backend_of() == "postgresql":
        restored.append(done.target)
    assert done.manifest.tables["client"].rows == 26


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("password", [None, "s3cret-pass"])
def test_a_damaged_or_cut_file_is_detected_and_nothing_is_restored(sqlite_db, password, tmp_path):
    from app.services.context import ServiceContext

    services = ServiceContext(sqlite_db.session_factory)
    services.auth.initialize(company_name="Co", admin_login="admin", admin_full_name="Admin",
                             password="admin-pass-1")
    good = services.backup.make_backup(tmp_path / "b", password=password).path
    damaged = good.with_name("damaged.kvbackup")
    damaged.write_bytes(good.read_bytes())
    _flip(damaged, damaged.stat().st_size // 2)
    cut = good.with_name("cut.kvbackup")
    cut.write_bytes(good.read_bytes()[:-100])
    not_ours = good.with_name("notes.kvbackup")
    not_ours.write_text("just some text")

    for bad in (damaged, cut, not_ours):
        result = check_backup(bad, password=password)
        assert not result.ok and "damaged" in result.message
        target = tmp_path / f"{bad.stem}-restored.db"
        with pytest.raises(BackupCorrupted):
            restore_sqlite(bad, target, password=password)
        assert not target.exists() and not list(tmp_path.glob("*.part"))
    listed = {e.path.name: e for e in list_backups(tmp_path / "b")}
    assert listed[good.name].check.ok
    assert not listed["damaged.kvbackup"].check.ok
    assert listed["notes.kvbackup"].manifest is None and "not a Karavan backup" in listed["notes.kvbackup"].problem


def test_an_edited_manifest_is_detected(sqlite_db, tmp_path):
    from app.services.context import ServiceContext

    services = ServiceContext(sqlite_db.session_factory)
    good = services.backup.make_backup(tmp_path).path
    data = good.read_bytes()
    edited = good.with_name("edited.kvbackup")
    edited.write_bytes(data.replace(b'"kind": "manual"', b'"kind": "manuaL"', 1))
    assert not check_backup(edited).ok


def test_a_sqlite_backup_is_made_while_someone_holds_a_write_transaction(sqlite_db, tmp_path):
    from app.services.context import ServiceContext

    services = ServiceContext(sqlite_db.session_factory)
    admin = services.auth.initialize(company_name="Co", admin_login="admin", admin_full_name="Admin",
                                     password="admin-pass-1")
    other = sqlite3.connect(sqlite_db.url.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE company SET name = 'Not yet committed'")
    try:
        result = services.as_user(admin.id).backup.make_backup(tmp_path)   # WAL: the writer does not block it
    finally:
        other.execute("ROLLBACK")
        other.close()
    target = tmp_path / "restored.db"
    restore_sqlite(result.path, target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM company").fetchone() == ("Co",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_backup_of_the_other_backend_or_of_a_newer_schema_is_refused(tmp_path):
    def forged(name: str, **changes) -> Path:
        values = dict(karavan_version="9.0", schema_revision="0010", backend="sqlite", created_at="2026-01-01",
                      source="x", kind="manual", tables={})
        values.update(changes)
        path = tmp_path / name
        with path.open("wb") as f:
            writer = BackupWriter(f, Manifest(**values), None)
            writer.write(b"not a database")
            writer.close()
        return path

    with pytest.raises(BackupIncompatible, match="newer than this Karavan"):
        restore_sqlite(forged("new.kvbackup", schema_revision="ffff"), tmp_path / "a.db")
    with pytest.raises(BackupIncompatible, match="postgresql backup"):
        restore_sqlite(forged("pg.kvbackup", backend="postgresql"), tmp_path / "b.db")
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "b.db").exists()


def test_without_pg_dump_a_server_backup_says_what_to_install(services, monkeypatch, tmp_path):
    monkeypatch.setenv(postgres.BIN_ENV, str(tmp_path / "no-tools-here"))
    with pytest.raises(BackupToolMissing) as missing:
        postgres.find_tool("pg_dump")
    assert "install the PostgreSQL client tools" in str(missing.value) and "KARAVAN_PG_BIN" in str(missing.value)
    if services.backup.backend_of() == "postgresql":
        with pytest.raises(BackupToolMissing):
            services.backup.make_backup(tmp_path)
        assert not list(tmp_path.glob("*.kvbackup*"))


def test_the_scheduled_backup_at_start_runs_when_due_and_rotates(services, monkeypatch, tmp_path):
    from datetime import datetime, timedelta

    from app.services.backup import schedule

    folder = tmp_path / "scheduled"
    source = services.backup.source_of()
    stem = schedule.file_stem(source)
    save_settings(source, BackupSettings(folder=str(folder), schedule="daily", keep_daily=2, keep_monthly=0))
    for days in (3, 2):  # backups from earlier days: rotation keeps the two newest days
        stamp = (datetime.now() - timedelta(days=days)).strftime(schedule.STAMP)
        services.backup.make_backup(folder, name=f"{stem}-{stamp}.kvbackup")

    first = services.backup.run_scheduled_backup()
    assert first.result is not None and first.result.manifest.kind == "scheduled"
    assert [p.name for p in first.deleted] == [f"{stem}-{(datetime.now() - timedelta(days=3)).strftime('%Y%m%d')}"
                                               + first.deleted[0].name.split(stem)[1][9:]]
    assert len(list(folder.glob("*.kvbackup"))) == 2
    assert services.backup.run_scheduled_backup().skipped == "not due"
    tomorrow = datetime.now() + timedelta(days=1, minutes=1)
    assert services.backup.run_scheduled_backup(now=tomorrow).result is not None

    later = datetime.now() + timedelta(days=3)
    save_settings(source, BackupSettings(folder=str(folder), schedule="daily", encrypt=True))
    monkeypatch.setattr(schedule, "saved_password", lambda _source: None)
    assert services.backup.run_scheduled_backup(now=later).skipped == "no password"
    monkeypatch.setattr(schedule, "saved_password", lambda _source: "kept-in-keyring")
    made = services.backup.run_scheduled_backup(now=later).result
    assert made is not None and made.manifest.encrypted
    save_settings(source, BackupSettings(folder=str(folder), schedule="off"))
    assert services.backup.run_scheduled_backup(now=later).skipped == "off"


class _Stop(Exception):
    pass


def test_a_restore_stopped_halfway_or_onto_a_taken_name_leaves_nothing(services, tmp_path):
    from app.services.errors import ValidationError

    _fill(services)
    made = services.backup.make_backup(tmp_path)
    target = services.backup.default_restore_target()

    def stop(_done, _total, text):
        if text == "Restoring…":
            raise _Stop()   # what Cancel does through the task runner's progress
    with pytest.raises(_Stop):
        services.backup.restore_backup(made.path, target=target, progress=stop)
    if services.backup.backend_of() == "postgresql":
        assert not postgres.database_exists(_server(services), target)   # the half-restored database is dropped
        taken = _server(services).database
    else:
        assert not Path(target).exists() and not list(Path(target).parent.glob("*.part"))
        taken = str(Path(_server(services).database))
    with pytest.raises(ValidationError) as exists:
        services.backup.restore_backup(made.path, target=taken)
    assert "already exists" in exists.value.errors["target"]
