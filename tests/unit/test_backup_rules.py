"""The pure backup rules: when one is due, which files rotation keeps, names, settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.config import AppPaths
from app.services.backup import files
from app.services.backup.schedule import (
    BackupSettings,
    backup_due,
    backup_name,
    file_stem,
    last_backup_time,
    load_settings,
    parse_name,
    save_settings,
    to_keep,
)
from app.services.errors import ValidationError

NOW = datetime(2026, 12, 3, 9, 30)


@pytest.mark.parametrize(("schedule", "last", "due"), [
    ("daily", None, True),                                   # never backed up
    ("daily", NOW - timedelta(hours=23, minutes=59), False),
    ("daily", NOW - timedelta(days=1), True),                 # exactly a day
    ("daily", NOW - timedelta(days=40), True),
    ("weekly", NOW - timedelta(days=6, hours=23), False),
    ("weekly", NOW - timedelta(days=7), True),
    ("off", None, False),
    ("off", NOW - timedelta(days=400), False),
    ("daily", NOW + timedelta(hours=2), True),                # the clock was moved back: do not wait a day
])
def test_a_scheduled_backup_is_due_when_the_newest_is_older_than_the_schedule(schedule, last, due):
    assert backup_due(schedule, last, NOW) is due


def _created(*stamps: str) -> dict[Path, datetime]:
    return {Path(f"k-{s}.kvbackup"): datetime.strptime(s, "%Y%m%d-%H%M") for s in stamps}


def test_rotation_keeps_the_newest_of_each_recent_day_and_of_each_recent_month():
    created = _created(
        "20261203-0900", "20261203-1800",             # today twice: the 18:00 one stands for the day
        "20261202-0900", "20261201-0900",
        "20261130-0900", "20261115-0900",             # November: the 30th is its newest
        "20261031-2300", "20261002-0900",             # October: the 31st
        "20260915-0900",                              # September
        "20250101-0900",                              # long ago
    )
    kept = {p.name for p in to_keep(created, keep_daily=3, keep_monthly=3)}
    assert kept == {
        "k-20261203-1800.kvbackup", "k-20261202-0900.kvbackup", "k-20261201-0900.kvbackup",  # 3 days
        "k-20261130-0900.kvbackup", "k-20261031-2300.kvbackup",    # + newest of November and October
    }                                                              # (December's newest is already kept)
    assert {p.name for p in to_keep(created, keep_daily=1, keep_monthly=0)} == {"k-20261203-1800.kvbackup"}
    everything = to_keep(created, keep_daily=366, keep_monthly=240)
    assert everything == set(created) - {Path("k-20261203-0900.kvbackup")}   # one per day at most
    assert to_keep({}, keep_daily=7, keep_monthly=12) == set()


def test_rotation_deletes_only_this_databases_dated_backups(tmp_path):
    names = ["karavan-20261203-090000.kvbackup", "karavan-20261202-090000.kvbackup",
             "karavan-20261201-090000.kvbackup", "karavan-before-0011-20260101-090000.kvbackup",
             "other-20250101-090000.kvbackup", "karavan-20261203-090000-2.kvbackup", "karavan-notes.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    deleted = files.rotate(tmp_path, "karavan", keep_daily=2, keep_monthly=0)
    assert sorted(p.name for p in deleted) == ["karavan-20261201-090000.kvbackup",
                                               "karavan-20261203-090000.kvbackup"]  # -2 is the newer of that second
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "karavan-before-0011-20260101-090000.kvbackup" in left   # before an upgrade: kept by hand
    assert "other-20250101-090000.kvbackup" in left and "karavan-notes.txt" in left
    assert last_backup_time(tmp_path, "karavan") == datetime(2026, 12, 3, 9, 0)
    assert last_backup_time(tmp_path / "missing", "karavan") is None


def test_backup_names_say_which_database_and_when():
    assert backup_name("/home/anna/Karavan/karavan.db", NOW) == "karavan-20261203-093000.kvbackup"
    assert backup_name("postgres@10.0.0.5:5432/office crm", NOW, before_revision="0011") == \
        "office_crm-before-0011-20261203-093000.kvbackup"
    assert file_stem(r"C:\Users\anna\AppData\Karavan\karavan.db".replace("\\", "/")) == "karavan"
    assert parse_name("karavan-20261203-093000.kvbackup") == (NOW, False)
    assert parse_name("karavan-before-0011-20261203-093000.kvbackup") == (NOW, True)
    assert parse_name("karavan-20261203-093000-3.kvbackup") == (NOW, False)
    assert parse_name("karavan.kvbackup") is None and parse_name("karavan-20261399-093000.kvbackup") is None


def test_settings_are_kept_per_database_on_this_computer(tmp_path):
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    assert load_settings("/a.db", paths) == BackupSettings(folder=str(tmp_path / "data" / "backups"))
    mine = BackupSettings(folder=str(tmp_path / "b"), schedule="weekly", keep_daily=3, keep_monthly=6, encrypt=True)
    save_settings("/a.db", mine, paths)
    assert load_settings("/a.db", paths) == mine
    assert load_settings("/other.db", paths).schedule == "daily"
    assert load_settings("karavan@server:5432/crm", paths, backend="postgresql").schedule == "off"   # one desktop
    assert "password" not in paths.settings_file.read_text()
    with pytest.raises(ValidationError) as bad:
        save_settings("/a.db", BackupSettings(folder=" ", keep_daily=0), paths)
    assert set(bad.value.errors) == {"folder", "keep_daily"}
    assert load_settings("/a.db", paths) == mine   # nothing saved
