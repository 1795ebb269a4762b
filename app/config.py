"""Where Karavan keeps its files, which databases it knows (connection profiles), and logging.

No Qt here: the CLI, the GUI and the tests share it. Passwords never go to a file; they live in
the operating system's keyring when one is available (Windows Credential Manager, macOS Keychain,
Secret Service), and every keyring failure reads as "not available".
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Karavan"
APP_AUTHOR = "Karavan"
HOME_ENV = "KARAVAN_HOME"
# The machine-wide folder an administrator (or the Windows installer) fills for every user of the PC;
# this variable points elsewhere (tests, a portable install).
SITE_CONFIG_ENV = "KARAVAN_SITE_CONFIG"
KEYRING_SERVICE = "Karavan"
DEFAULT_PROFILE_NAME = "This computer"
PROFILES_FILE = "profiles.json"
SETTINGS_FILE = "settings.json"
UI_STATE_FILE = "ui-state.ini"
LOG_FILE = "karavan.log"
CRASH_DIR = "crashes"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
_FILE_FORMAT_VERSION = 1

ProfileKind = Literal["sqlite", "postgresql"]
PROFILE_KINDS: tuple[str, ...] = ("sqlite", "postgresql")


class ConfigError(Exception):
    """A configuration file cannot be read or a profile is not usable; the file is left as it is."""

    def __init__(self, path: Path | str, detail: str):
        self.path, self.detail = Path(path), detail
        super().__init__(f"{path}: {detail}")


# --- folders ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    # Read-only for the app: profiles.json there is offered to every user of the PC. None: no such folder.
    site_config_dir: Path | None = None

    @classmethod
    def default(cls) -> AppPaths:
        """The per-user folders; KARAVAN_HOME (tests, benches, portable installs) overrides all three.

        The machine-wide folder is platformdirs' site_config_dir (C:\\ProgramData\\Karavan\\Karavan on
        Windows, /etc/xdg/Karavan on Linux), or KARAVAN_SITE_CONFIG; under KARAVAN_HOME only the latter.
        """
        site_env = os.environ.get(SITE_CONFIG_ENV, "").strip()
        site = Path(site_env).expanduser().resolve() if site_env else None
        home = os.environ.get(HOME_ENV, "").strip()
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root / "data", root / "config", root / "logs", site)
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            site or Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)),
        )

    def ensure(self) -> AppPaths:
        """Create the folders if missing; returns self."""
        for d in (self.data_dir, self.config_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def profiles_file(self) -> Path:
        return self.config_dir / PROFILES_FILE

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_FILE

    @property
    def crash_dir(self) -> Path:
        return self.log_dir / CRASH_DIR

    @property
    def ui_state_file(self) -> Path:
        """Window geometry and list column layouts (QSettings, INI format)."""
        return self.config_dir / UI_STATE_FILE

    @property
    def site_profiles_file(self) -> Path | None:
        return self.site_config_dir / PROFILES_FILE if self.site_config_dir else None


# --- connection profiles ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Profile:
    """A named database: a SQLite file on this PC or a PostgreSQL server on the LAN (no password)."""

    name: str
    kind: ProfileKind = "sqlite"
    path: str = ""
    host: str = ""
    port: int = 5432
    database: str = "karavan"
    user: str = ""

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    def problem(self) -> str | None:
        """Why this profile cannot be used, or None."""
        if not self.name.strip():
            return "the profile has no name"
        if self.kind not in PROFILE_KINDS:
            return f"unknown database kind {self.kind!r}"
        if self.is_sqlite:
            return None if self.path.strip() else "no database file is given"
        if not self.host.strip():
            return "no server is given"
        if not 0 < int(self.port) < 65536:
            return f"port {self.port} is out of range"
        if not self.database.strip():
            return "no database name is given"
        return None

    def url(self, password: str | None = None) -> str:
        """sqlite:///absolute/path or postgresql+psycopg://user:password@host:port/database."""
        if self.is_sqlite:
            return f"sqlite:///{Path(self.path).expanduser().resolve()}"
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        at = f"{auth}@" if auth else ""
        return f"postgresql+psycopg://{at}{self.host}:{int(self.port)}/{quote(self.database, safe='')}"

    def describe(self) -> str:
        """One line for lists and the status bar: the file, or user@host:port/database."""
        if self.is_sqlite:
            return str(Path(self.path).expanduser())
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port}/{self.database}"

    @property
    def keyring_user(self) -> str:
        """The keyring entry's name: the server identity, so renaming a profile keeps its password."""
        return f"{self.user}@{self.host}:{int(self.port)}/{self.database}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "port" in values:
            values["port"] = int(values["port"])
        return cls(**values)


def default_profile(paths: AppPaths) -> Profile:
    """The SQLite file in the user's data folder."""
    return Profile(name=DEFAULT_PROFILE_NAME, kind="sqlite", path=str(paths.data_dir / "karavan.db"))


def _read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in `path`, None if the file does not exist; raises ConfigError if unreadable."""
    try:
        # utf-8-sig: a file saved by Notepad or the Windows installer may begin with a byte-order mark.
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(path, f"is not valid JSON (line {exc.lineno}): fix or delete the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(path, "does not hold a JSON object: fix or delete the file")
    return data


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_profiles(path: Path) -> list[Profile] | None:
    """The profiles saved in `path` (None when there is no such file); raises ConfigError for a bad file."""
    data = _read_json(path)
    if data is None:
        return None
    raw = data.get("profiles")
    if not isinstance(raw, list):
        raise ConfigError(path, "has no list of profiles: fix or delete the file")
    profiles = []
    for i, item in enumerate(raw):
        try:
            profile = Profile.from_json(item)
        except (TypeError, ValueError) as exc:
            raise ConfigError(path, f"profile {i + 1} is malformed: {exc}") from exc
        if problem := profile.problem():
            raise ConfigError(path, f"profile {i + 1} ({profile.name!r}): {problem}")
        profiles.append(profile)
    return profiles


def machine_profiles(paths: AppPaths) -> list[Profile]:
    """The profiles an administrator set for every user of this PC (site_config_dir/profiles.json).

    A broken machine-wide file is logged and ignored: one bad file must not lock every user out.
    """
    path = paths.site_profiles_file
    if path is None:
        return []
    try:
        return _read_profiles(path) or []
    except ConfigError as exc:
        log.warning("machine-wide profiles ignored: %s", exc)
        return []


def load_profiles(paths: AppPaths) -> list[Profile]:
    """The user's saved profiles, then the machine-wide ones they have not got under the same name; with
    nothing saved, the machine-wide ones then the default. Raises ConfigError for a bad user file."""
    own = _read_profiles(paths.profiles_file)
    machine = machine_profiles(paths)
    if own is None:
        return machine + [p for p in [default_profile(paths)] if p.name not in {m.name for m in machine}]
    names = {p.name for p in own}
    return (own + [m for m in machine if m.name not in names]) or [default_profile(paths)]


def save_profiles(paths: AppPaths, profiles: list[Profile]) -> None:
    """Replace the saved profiles (names must be unique; passwords are never part of a profile)."""
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        raise ConfigError(paths.profiles_file, "two profiles have the same name")
    for p in profiles:
        if problem := p.problem():
            raise ConfigError(paths.profiles_file, f"profile {p.name!r}: {problem}")
    # A machine-wide profile kept as it is stays the administrator's: when they change the server, it follows.
    machine = set(machine_profiles(paths))
    profiles = [p for p in profiles if p not in machine]
    _write_json(paths.profiles_file, {"version": _FILE_FORMAT_VERSION,
                                      "profiles": [p.to_json() for p in profiles]})


def load_settings(paths: AppPaths) -> dict[str, Any]:
    """The small settings dictionary ({} when none saved); raises ConfigError for a bad file."""
    return _read_json(paths.settings_file) or {}


def save_settings(paths: AppPaths, settings: dict[str, Any]) -> None:
    _write_json(paths.settings_file, settings)


# Minutes without keyboard or mouse input before the main window locks ("idle_lock_minutes" in
# settings.json; 0 turns the lock off).
IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 15


def idle_lock_minutes(settings: dict[str, Any]) -> int:
    """The idle lock from the settings: a whole number of minutes ≥ 0, the default when unset or unusable."""
    value = settings.get(IDLE_LOCK_SETTING, DEFAULT_IDLE_LOCK_MINUTES)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        log.warning("ignoring %s=%r in the settings: not a number of minutes", IDLE_LOCK_SETTING, value)
        return DEFAULT_IDLE_LOCK_MINUTES
    return int(value)


def last_profile_name(paths: AppPaths) -> str | None:
    name = load_settings(paths).get("last_profile")
    return name if isinstance(name, str) and name else None


def remember_last_profile(paths: AppPaths, name: str) -> None:
    settings = load_settings(paths)
    settings["last_profile"] = name
    save_settings(paths, settings)


def point_profile_at(paths: AppPaths, name: str | None, *, kind: str, target: str) -> Profile:
    """Make the profile `name` (else the last used) open another database of its kind — a restored copy:
    `target` is the SQLite file or the server's database name. Saves it as the last profile used; the old
    database is left as it is. Raises ConfigError (another kind of profile, unknown name)."""
    profile = find_profile(paths, name)
    if profile.kind != kind:
        raise ConfigError(paths.profiles_file, f"the profile {profile.name!r} is a {profile.kind} profile, "
                                               f"not {kind}")
    changed = replace(profile, path=target) if kind == "sqlite" else replace(profile, database=target)
    profiles = [changed if p.name == profile.name else p for p in load_profiles(paths)]
    if changed not in profiles:
        profiles.append(changed)
    save_profiles(paths, profiles)
    remember_last_profile(paths, changed.name)
    return changed


def find_profile(paths: AppPaths, name: str | None = None) -> Profile:
    """The profile called `name`, else the last one used, else the first saved (the default when
    nothing is saved); raises ConfigError for an unknown name."""
    profiles = load_profiles(paths)
    by_name = {p.name: p for p in profiles}
    if name is not None:
        if name not in by_name:
            raise ConfigError(paths.profiles_file, f"there is no profile called {name!r}")
        return by_name[name]
    last = last_profile_name(paths)
    return by_name.get(last or "", profiles[0])


# --- passwords in the keyring -----------------------------------------------------------------

def _keyring():
    """The keyring module, or None when it cannot be imported."""
    try:
        import keyring
    except Exception:  # noqa: BLE001 — a broken optional backend must not stop the app
        return None
    return keyring


def keyring_available() -> bool:
    """True when the OS keyring can store passwords (False on headless Linux without a backend)."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        backend = kr.get_keyring()
        if getattr(backend, "priority", 1) <= 0:  # keyring.backends.fail.Keyring and friends
            return False
        kr.get_password(KEYRING_SERVICE, "__karavan_probe__")
    except Exception as exc:  # noqa: BLE001
        log.info("keyring not available: %s", exc)
        return False
    return True


def saved_password(profile: Profile) -> str | None:
    """The password saved for this PostgreSQL profile, or None (also when there is no keyring)."""
    if profile.is_sqlite:
        return None
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, profile.keyring_user)
    except Exception as exc:  # noqa: BLE001
        log.info("cannot read the keyring: %s", exc)
        return None


def save_password(profile: Profile, password: str) -> bool:
    """Keep the password in the keyring; False when no keyring can take it (then ask every time)."""
    kr = _keyring()
    if kr is None or profile.is_sqlite or not keyring_available():
        return False
    try:
        kr.set_password(KEYRING_SERVICE, profile.keyring_user, password)
    except Exception as exc:  # noqa: BLE001
        log.warning("cannot save the password in the keyring: %s", exc)
        return False
    return True


def forget_password(profile: Profile) -> None:
    """Remove a saved password; nothing happens when there is none or no keyring."""
    kr = _keyring()
    if kr is None or profile.is_sqlite:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, profile.keyring_user)
    except Exception as exc:  # noqa: BLE001 — PasswordDeleteError when absent, NoKeyringError, …
        log.debug("no password removed from the keyring: %s", exc)


# --- logging ----------------------------------------------------------------------------------

def setup_logging(paths: AppPaths, level: int = logging.INFO, *, console_level: int = logging.WARNING) -> Path:
    """Log to log_dir/karavan.log (rotated, 1 MB × 5) and warnings to stderr; returns the log file.

    Calling it again replaces the handlers it added before (the CLI and the GUI may both call it).
    """
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_karavan", False):
            root.removeHandler(h)
            h.close()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    file_handler.setLevel(level)
    handlers: list[logging.Handler] = [file_handler]
    if sys.stderr is not None:  # None in the Windows GUI program, which has no console
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        console.setLevel(max(level, console_level))
        handlers.append(console)
    for h in handlers:
        h._karavan = True  # type: ignore[attr-defined]
        root.addHandler(h)
    root.setLevel(min(level, console_level))
    logging.captureWarnings(True)
    return paths.log_file
