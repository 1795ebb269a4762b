"""Crash reports, the rotated log and the machine-wide connection profiles (no Qt)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest

from app import config, crash
from app.config import AppPaths, Profile


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv(config.HOME_ENV, str(tmp_path / "home"))
    monkeypatch.setenv(config.SITE_CONFIG_ENV, str(tmp_path / "machine"))
    return AppPaths.default()


def _raise_inside():
    def deepest():
        raise ValueError("the widget lost its model")
    deepest()


def test_a_crash_report_names_the_error_versions_traceback_and_last_log_lines(paths: AppPaths):
    paths.log_dir.mkdir(parents=True)
    paths.log_file.write_text("".join(f"line {i}\n" for i in range(100)), encoding="utf-8")
    try:
        _raise_inside()
    except ValueError as exc:
        report = crash.write_report(paths.crash_dir, type(exc), exc, exc.__traceback__, thread="Worker-2",
                                    log_file=paths.log_file)
    assert report is not None and report.parent == paths.log_dir / "crashes"
    text = report.read_text(encoding="utf-8")
    assert "Error: ValueError: the widget lost its model" in text and "Thread: Worker-2" in text
    assert f"Python: {sys.version.split()[0]}" in text and "SQLAlchemy:" in text and "karavan:" in text
    assert "in deepest" in text and "_raise_inside" in text
    assert "line 99" in text and "line 39\n" not in text  # the last 60 lines only


def test_only_the_newest_crash_reports_are_kept(paths: AppPaths, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(crash, "KEEP_REPORTS", 3)
    exc = RuntimeError("again")
    written = [crash.write_report(paths.crash_dir, RuntimeError, exc, None) for _ in range(5)]
    kept = sorted(paths.crash_dir.glob("crash-*.txt"))
    assert kept == sorted(written[-3:])


def test_a_report_that_cannot_be_written_returns_none(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert crash.write_report(blocker / "crashes", RuntimeError, RuntimeError("x"), None) is None


def test_the_log_rotates_and_keeps_five_old_files(paths: AppPaths, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(config, "LOG_MAX_BYTES", 2_000)
    log_file = config.setup_logging(paths)
    try:
        log = logging.getLogger("karavan.test.rotation")
        for i in range(400):
            log.info("entry %04d %s", i, "x" * 60)
        old = sorted(p.name for p in paths.log_dir.glob("karavan.log.*"))
        assert old == [f"karavan.log.{n}" for n in range(1, config.LOG_BACKUPS + 1)]
        assert all(p.stat().st_size <= 2_000 for p in paths.log_dir.glob("karavan.log*"))
        assert "entry 0399" in log_file.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for h in [h for h in root.handlers if getattr(h, "_karavan", False)]:
            root.removeHandler(h)
            h.close()


SERVER = Profile(name="Office server", kind="postgresql", host="crm-db.office.lan", port=5432,
                 database="karavan", user="")


def _write_machine(paths: AppPaths, *profiles: Profile) -> None:
    assert paths.site_config_dir is not None
    paths.site_config_dir.mkdir(parents=True, exist_ok=True)
    paths.site_profiles_file.write_text(json.dumps({"version": 1, "profiles": [p.to_json() for p in profiles]}))


def test_the_machine_wide_folder_is_platformdirs_site_config_unless_overridden(monkeypatch: pytest.MonkeyPatch):
    import platformdirs

    monkeypatch.delenv(config.HOME_ENV, raising=False)
    monkeypatch.delenv(config.SITE_CONFIG_ENV, raising=False)
    assert AppPaths.default().site_config_dir == Path(platformdirs.site_config_dir("Karavan", "Karavan"))
    monkeypatch.setenv(config.HOME_ENV, "/tmp/portable")
    assert AppPaths.default().site_config_dir is None  # a portable or test home reads no machine folder


def test_a_new_user_is_offered_the_administrators_server_first(paths: AppPaths):
    _write_machine(paths, SERVER)
    profiles = config.load_profiles(paths)
    assert profiles == [SERVER, config.default_profile(paths)]
    assert config.find_profile(paths) == SERVER


def test_the_users_own_profiles_come_first_and_win_by_name(paths: AppPaths):
    _write_machine(paths, SERVER)
    mine = Profile(name="Office server", kind="postgresql", host="10.0.0.5", database="karavan")
    config.save_profiles(paths, [config.default_profile(paths), mine])
    assert config.load_profiles(paths) == [config.default_profile(paths), mine]


def test_an_unchanged_machine_profile_is_not_copied_into_the_users_file(paths: AppPaths):
    _write_machine(paths, SERVER)
    config.save_profiles(paths, config.load_profiles(paths))
    saved = json.loads(paths.profiles_file.read_text())["profiles"]
    assert [p["name"] for p in saved] == ["This computer"]
    moved = Profile(name="Office server", kind="postgresql", host="new-db.office.lan", database="karavan")
    _write_machine(paths, moved)  # the administrator moves the database: every desktop follows
    assert moved in config.load_profiles(paths)


def test_a_broken_machine_file_is_ignored_not_fatal(paths: AppPaths, caplog: pytest.LogCaptureFixture):
    assert paths.site_config_dir is not None
    paths.site_config_dir.mkdir(parents=True)
    paths.site_profiles_file.write_text("{ not json")
    assert config.load_profiles(paths) == [config.default_profile(paths)]
    assert "machine-wide profiles ignored" in caplog.text


def test_a_machine_file_written_by_the_windows_installer_is_read(paths: AppPaths):
    """Inno Setup's SaveStringsToUTF8File starts the file with a byte-order mark; names may be Cyrillic."""
    assert paths.site_config_dir is not None
    paths.site_config_dir.mkdir(parents=True)
    text = ('{\r\n  "version": 1,\r\n  "profiles": [\r\n    {"name": "Сервер офиса", "kind": "postgresql", '
            '"host": "crm-db.office.lan", "port": 5432, "database": "karavan", "user": "", "path": ""}\r\n  ]\r\n}\r\n')
    paths.site_profiles_file.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    first = config.load_profiles(paths)[0]
    assert (first.name, first.host, first.port) == ("Сервер офиса", "crm-db.office.lan", 5432)
