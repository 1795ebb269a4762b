"""`karavan backup` and `karavan restore`, run as separate processes the way an administrator would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db import open_database, upgrade_to_head
from app.services.context import ServiceContext

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def karavan(home: Path):
    env = {**os.environ, "KARAVAN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KARAVAN_BACKUP_PASSWORD", None)

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=REPO, timeout=120)
    return run


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "crm.db"
    db = open_database(f"sqlite:///{path}")
    upgrade_to_head(db.engine, backup=False)
    ServiceContext(db.session_factory).auth.initialize(company_name="Office LLC", admin_login="admin",
                                                       admin_full_name="Admin", password="admin-pass-1")
    db.dispose()
    return path


def test_backup_into_the_folder_then_restore_beside_and_switch_the_profile(karavan, office, home):
    # The profile in use is the office file (as the GUI's connections dialog would save it).
    (home / "config").mkdir(parents=True)
    (home / "config" / "profiles.json").write_text(json.dumps(
        {"version": 1, "profiles": [{"name": "Office", "kind": "sqlite", "path": str(office)}]}))

    made = karavan("backup")
    assert made.returncode == 0, made.stderr
    assert "Backed up" in made.stdout and "Checked:" in made.stdout
    (backup,) = (home / "data" / "backups").glob("crm-*.kvbackup")

    done = karavan("restore", str(backup), "--switch")
    assert done.returncode == 0, done.stderr
    assert "verified" in done.stdout and "now opens" in done.stdout
    profiles = json.loads((home / "config" / "profiles.json").read_text())["profiles"]
    restored = Path(profiles[0]["path"])
    assert restored != office and restored.parent == office.parent and restored.exists()
    with sqlite3.connect(restored) as conn:
        assert conn.execute("SELECT name FROM company").fetchone() == ("Office LLC",)
    assert office.exists()                                        # the old one is kept


def test_an_encrypted_backup_to_a_file_and_a_wrong_password(karavan, office, tmp_path):
    url = f"sqlite:///{office}"
    out = tmp_path / "safe" / "office.kvbackup"
    made = karavan("--db", url, "backup", "-o", str(out), "--encrypt", "--password-stdin", stdin="a long secret\n")
    assert made.returncode == 0, made.stderr
    assert out.exists() and "encrypted" in made.stdout
    again = karavan("--db", url, "backup", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr

    wrong = karavan("--db", url, "restore", str(out), "--password-stdin", stdin="not it\n")
    assert wrong.returncode == 1 and "password does not open office.kvbackup" in wrong.stderr
    missing = karavan("--db", url, "restore", str(out))              # no terminal to ask on
    assert missing.returncode == 1 and "--password-stdin" in missing.stderr

    target = tmp_path / "restored.db"
    done = karavan("--db", url, "restore", str(out), "-o", str(target), "--password-stdin", stdin="a long secret\n")
    assert done.returncode == 0, done.stderr
    assert target.exists()
    switch = karavan("--db", url, "restore", str(out), "-o", str(tmp_path / "again.db"), "--switch",
                     "--password-stdin", stdin="a long secret\n")
    assert switch.returncode == 1 and "no profile to switch" in switch.stderr


def test_a_damaged_file_is_refused_by_restore(karavan, office, tmp_path):
    bad = tmp_path / "bad.kvbackup"
    bad.write_bytes(b"KVBACKUP" + b"\x00" * 40)
    done = karavan("--db", f"sqlite:///{office}", "restore", str(bad), "-o", str(tmp_path / "x.db"))
    assert done.returncode == 1 and "bad.kvbackup is damaged" in done.stderr
    assert not (tmp_path / "x.db").exists()
