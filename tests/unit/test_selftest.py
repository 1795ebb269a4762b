"""`karavan --self-test` reports each check and fails loudly: one broken step is a FAIL line and exit 1."""

from __future__ import annotations

import io

import pytest

from app import cli, selftest
from app.services.documents import pdf
from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))


def test_a_failing_step_is_named_the_rest_still_run_and_the_exit_code_is_1(monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("the font file is unreadable")
    monkeypatch.setattr(pdf, "render_document", broken)
    monkeypatch.setattr("app.services.documents.render_document", broken)
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    for name in ("versions", "database and migrations", "users", "client", "document"):
        assert any(line.startswith(f"OK   {name} (") for line in lines), name
    assert "FAIL pdf: OSError: the font file is unreadable" in lines
    assert not any(" excel" in line for line in lines)  # it needs the steps before it
    assert any(line.startswith("OK   resources") for line in lines)  # independent checks still run
    assert any(line.startswith("OK   postgresql driver") for line in lines)
    assert not any("qt offscreen" in line for line in lines)  # it reads the PDF back
    assert lines[-1].startswith("self-test: FAIL — ") and lines[-1].endswith("(pdf)")


def test_the_command_line_runs_it(monkeypatch):
    monkeypatch.setattr(selftest, "run", lambda: 7)
    assert cli.main(["--self-test"]) == 7
