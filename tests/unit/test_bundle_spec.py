"""The release files agree with the source tree: what the bundle ships, what the installer registers."""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "karavan.spec"
ISS = ROOT / "installer" / "karavan.iss"
RESOURCES = ROOT / "app" / "resources"


def spec_constant(name: str):
    """A top-level constant of the spec, read without running it (it needs PyInstaller's globals)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC}")


def test_the_spec_lists_every_resource_folder():
    on_disk = {p.name for p in RESOURCES.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert set(spec_constant("RESOURCE_DIRS")) == on_disk
    assert {"fonts", "icons"} <= on_disk


def test_the_spec_ships_the_migrations_as_files_where_app_db_reads_them():
    from app.db import MIGRATIONS_DIR, SCHEMA_HEAD

    folder = spec_constant("MIGRATIONS")
    assert (ROOT / folder).resolve() == MIGRATIONS_DIR.resolve()
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert any(p.name.startswith(SCHEMA_HEAD) for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    text = SPEC.read_text(encoding="utf-8")
    assert "datas += _tree(MIGRATIONS)" in text and "_migration_imports()" in text


def test_the_spec_takes_the_version_from_the_package_and_the_icon_exists():
    text = SPEC.read_text(encoding="utf-8")
    assert 'VERSION = version("karavan")' in text and 'copy_metadata("karavan", recursive=True)' in text
    assert (RESOURCES / "icons" / "karavan.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert 'console=False' in text and '"karavan-cli", console=True' in text


def test_every_resource_file_is_package_data_too():
    """pip installs (make run) need the same files as the bundle."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["app"]
    # The .ts files are translation sources: what ships is the .qm built from each.
    files = [p.relative_to(ROOT / "app").as_posix() for p in RESOURCES.rglob("*")
             if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    files = [f[:-3] + ".qm" if f.endswith(".ts") else f for f in files]
    assert files
    assert [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)] == []


def test_the_installer_packs_the_bundle_and_opens_backups_with_restore():
    text = ISS.read_text(encoding="utf-8")
    assert r'Source: "..\dist\karavan\*"' in text
    assert '""{app}\\{#AppExe}"" restore ""%1""' in text and '"Software\\Classes\\.kvbackup"' in text
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in text
    # The machine-wide profile goes where app/config.py looks for it.
    assert r"{commonappdata}\Karavan\Karavan" in text and "profiles.json" in text
    assert "/DELETEDATA" in text and "MB_DEFBUTTON2" in text  # data kept unless asked


def test_bundling_is_not_part_of_the_test_run_or_ci():
    makefile = (ROOT / "Makefile").read_text()
    assert "\nbundle:" in makefile and "check_bundle.sh" in makefile
    test_rule = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "bundle" not in test_rule and "PyInstaller" not in test_rule
    assert "bundle" not in (ROOT / ".ci" / "run").read_text()
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "build/" in ignored and "dist/" in ignored
