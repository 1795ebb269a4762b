"""User folders, connection profiles, saved passwords and logging (no Qt, no database)."""

from __future__ import annotations

import json
import logging
import logging.handlers
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError
from sqlalchemy.engine import make_url

from app import config
from app.config import AppPaths, ConfigError, Profile


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv(config.HOME_ENV, str(tmp_path / "home"))
    return AppPaths.default()


SERVER = Profile(name="Office server", kind="postgresql", host="srv.local", port=5433, database="karavan",
                 user="anna")


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(KeyringBackend):
    """A backend that is installed but fails at every call (locked or no D-Bus session)."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring is locked")


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_karavan_home_overrides_every_folder(paths: AppPaths, tmp_path: Path) -> None:
    home = (tmp_path / "home").resolve()
    assert paths == AppPaths(home / "data", home / "config", home / "logs")
    paths.ensure()
    assert paths.data_dir.is_dir() and paths.config_dir.is_dir() and paths.log_dir.is_dir()


def test_without_karavan_home_the_folders_are_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.HOME_ENV, raising=False)
    paths = AppPaths.default()
    assert "Karavan" in str(paths.data_dir) and "Karavan" in str(paths.config_dir)


def test_first_start_offers_this_computer(paths: AppPaths) -> None:
    profiles = config.load_profiles(paths)
    assert profiles == [config.default_profile(paths)]
    only = profiles[0]
    assert only.name == "This computer" and only.kind == "sqlite"
    assert only.url() == f"sqlite:///{paths.data_dir / 'karavan.db'}"
    assert config.find_profile(paths) == only


def test_profiles_round_trip_and_the_last_one_is_remembered(paths: AppPaths) -> None:
    local = config.default_profile(paths)
    config.save_profiles(paths, [local, SERVER])
    assert config.load_profiles(paths) == [local, SERVER]
    assert config.find_profile(paths) == local
    config.remember_last_profile(paths, SERVER.name)
    assert config.last_profile_name(paths) == SERVER.name
    assert config.find_profile(paths) == SERVER
    assert config.find_profile(paths, local.name) == local
    with pytest.raises(ConfigError, match="no profile called"):
        config.find_profile(paths, "Nowhere")


def test_no_password_is_ever_written_to_the_profiles_file(paths: AppPaths) -> None:
    config.save_profiles(paths, [SERVER])
    saved = json.loads(paths.profiles_file.read_text(encoding="utf-8"))
    assert "password" not in json.dumps(saved).lower()
    assert not list(paths.config_dir.glob("*.tmp")), "the temporary file of the atomic write is left over"


def test_postgresql_url_quotes_user_and_password() -> None:
    tricky = "p@ss:w/rd %?#"
    profile = Profile(name="x", kind="postgresql", host="db.example", port=5432, database="crm", user="o'neil@hq")
    url = make_url(profile.url(tricky))
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "o'neil@hq", tricky, "db.example", 5432, "crm")
    assert make_url(profile.url()).password is None
    assert profile.describe() == "o'neil@hq@db.example:5432/crm"


def test_sqlite_url_is_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = make_url(Profile(name="rel", path="sub/crm.db").url())
    assert Path(url.database) == (tmp_path / "sub" / "crm.db").resolve()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"profiles": "nope"}',
                                     '{"profiles": [{"name": "x", "kind": "oracle"}]}'])
def test_a_corrupt_profiles_file_is_reported_and_left_alone(paths: AppPaths, content: str) -> None:
    paths.ensure()
    paths.profiles_file.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.load_profiles(paths)
    assert info.value.path == paths.profiles_file
    assert paths.profiles_file.read_text(encoding="utf-8") == content


def test_profiles_with_the_same_name_are_refused(paths: AppPaths) -> None:
    with pytest.raises(ConfigError, match="same name"):
        config.save_profiles(paths, [SERVER, SERVER])


def test_settings_keep_other_keys(paths: AppPaths) -> None:
    config.save_settings(paths, {"language": "hy"})
    config.remember_last_profile(paths, "Office server")
    assert config.load_settings(paths) == {"language": "hy", "last_profile": "Office server"}


def test_passwords_go_to_the_keyring_when_there_is_one(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    assert config.keyring_available()
    assert config.saved_password(SERVER) is None
    assert config.save_password(SERVER, "s3cret")
    assert config.saved_password(SERVER) == "s3cret"
    assert backend.store == {(config.KEYRING_SERVICE, "anna@srv.local:5433/karavan"): "s3cret"}
    config.forget_password(SERVER)
    config.forget_password(SERVER)  # forgetting twice is fine
    assert config.saved_password(SERVER) is None


def test_no_keyring_backend_means_not_available_never_an_error(use_keyring) -> None:
    from keyring.backends import fail

    use_keyring(fail.Keyring())
    assert not config.keyring_available()
    assert config.saved_password(SERVER) is None
    assert config.save_password(SERVER, "s3cret") is False
    config.forget_password(SERVER)


def test_a_failing_keyring_degrades_to_not_available(use_keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keyring(BrokenKeyring())
    assert not config.keyring_available()
    assert config.saved_password(SERVER) is None
    assert config.save_password(SERVER, "s3cret") is False
    config.forget_password(SERVER)

    def no_backend():
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_keyring", no_backend)
    assert not config.keyring_available()


def test_sqlite_profiles_never_touch_the_keyring(use_keyring, paths: AppPaths) -> None:
    backend = use_keyring(MemoryKeyring())
    local = config.default_profile(paths)
    assert config.save_password(local, "x") is False
    assert backend.store == {}


def test_logging_goes_to_a_rotating_file(paths: AppPaths) -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        log_file = config.setup_logging(paths)
        config.setup_logging(paths)  # a second call replaces, not duplicates, the handlers
        ours = [h for h in root.handlers if getattr(h, "_karavan", False)]
        assert len(ours) == 2
        rotating = next(h for h in ours if isinstance(h, logging.handlers.RotatingFileHandler))
        assert (rotating.maxBytes, rotating.backupCount) == (1_000_000, 5)
        logging.getLogger("karavan.test").info("hello from the test")
        rotating.flush()
        assert log_file == paths.log_dir / "karavan.log"
        assert "hello from the test" in log_file.read_text(encoding="utf-8")
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)
        logging.captureWarnings(False)


def test_shipped_fonts_are_found_with_their_licence() -> None:
    from app.resources import resource_path

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert resource_path("fonts", name).is_file(), name
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_resources_are_looked_up_inside_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from app.resources import resource_path

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "app" / "resources" / "fonts" / "DejaVuSans.ttf"
