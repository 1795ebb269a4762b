"""The `.kvbackup` file: a readable manifest, then the database compressed (and maybe encrypted) in frames.

    b"KVBACKUP"  u32 header length  header (UTF-8 JSON: the manifest)
    frames: u32 (bit 31 = last frame, bits 0-30 = length) + bytes     (zlib stream, cut in ~1 MiB pieces)
    32 bytes: SHA-256 of the header and every frame as written

Encrypted frames are AES-256-GCM: the key comes from the password through scrypt (salt and cost in the
manifest); the nonce is a random 7-byte prefix, the frame's counter and a last-frame flag, and the
header's SHA-256 is the associated data, so a frame cannot be moved, dropped or cut off and the manifest
cannot be edited without the reader noticing. The trailing SHA-256 lets anyone check the bytes without
the password. Nothing is held in memory beyond one frame.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.services.backup.errors import BackupCorrupted, BackupPasswordRequired, WrongBackupPassword
from app.services.i18n import msg

MAGIC = b"KVBACKUP"
FORMAT_VERSION = 1
EXTENSION = ".kvbackup"
FRAME_BYTES = 1 << 20
COMPRESS_LEVEL = 3          # level 3 is about twice as fast as 6 and the file only a few % bigger
LAST = 1 << 31
MAX_HEADER = 16 << 20
# scrypt cost: ~0.1 s and 32 MB per try, so guessing passwords is slow (tests lower SCRYPT_N).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1


@dataclass(frozen=True, slots=True)
class TableStat:
    rows: int
    checksum: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the file says about itself; readable without the password."""

    karavan_version: str
    schema_revision: str
    backend: str                      # "sqlite" or "postgresql"
    created_at: str                   # ISO 8601, UTC
    source: str                       # the file path or user@host:port/database it was made from
    kind: str                         # "scheduled", "manual" or "before-upgrade"
    tables: dict[str, TableStat]
    encrypted: bool = False
    format_version: int = FORMAT_VERSION
    payload: str = ""                 # "sqlite-database" or "pg_dump-custom"
    payload_bytes: int = 0
    compression: str = "zlib"
    kdf: dict[str, Any] = field(default_factory=dict)     # scrypt salt/n/r/p, key check, nonce prefix

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["tables"] = {k: asdict(v) for k, v in self.tables.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        tables = {k: TableStat(int(v["rows"]), str(v["checksum"])) for k, v in data.pop("tables").items()}
        return cls(tables=tables, **data)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables.values())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, kdf: dict[str, Any]) -> tuple[bytes, str]:
    """The AES key and the key check for `password` under the manifest's scrypt parameters."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    out = Scrypt(salt=base64.b64decode(kdf["salt"]), length=64, n=int(kdf["n"]), r=int(kdf["r"]),
                 p=int(kdf["p"])).derive(password.encode("utf-8"))
    return out[:32], hashlib.sha256(b"karavan-backup-key-check" + out[32:]).hexdigest()


def new_kdf(password: str) -> tuple[dict[str, Any], bytes]:
    """Fresh scrypt parameters (with the key check and nonce prefix) and the key they give."""
    kdf: dict[str, Any] = {"name": "scrypt", "salt": _b64(os.urandom(16)), "n": SCRYPT_N, "r": SCRYPT_R,
                           "p": SCRYPT_P, "cipher": "AES-256-GCM", "nonce_prefix": _b64(os.urandom(7))}
    key, check = _derive(password, kdf)
    kdf["key_check"] = check
    return kdf, key


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


class BackupWriter:
    """Write the header, then `write()` the payload bytes as they come; `close()` finishes the file."""

    def __init__(self, out: BinaryIO, manifest: Manifest, key: bytes | None):
        self.out, self.key = out, key
        header = json.dumps(manifest.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        self.aad = hashlib.sha256(header).digest()
        self.digest = hashlib.sha256(header)
        self.prefix = base64.b64decode(manifest.kdf["nonce_prefix"]) if key else b""
        self.comp = zlib.compressobj(COMPRESS_LEVEL)
        self.pending = bytearray()
        self.counter = 0
        self.written = 0
        self._put(MAGIC + struct.pack(">I", len(header)) + header, hashed=False)

    def _put(self, data: bytes, *, hashed: bool = True) -> None:
        self.out.write(data)
        self.written += len(data)
        if hashed:
            self.digest.update(data)

    def _frame(self, data: bytes, last: bool) -> None:
        if self.key is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            data = AESGCM(self.key).encrypt(_nonce(self.prefix, self.counter, last), data, self.aad)
        self.counter += 1
        self._put(struct.pack(">I", len(data) | (LAST if last else 0)) + data)

    def write(self, data: bytes) -> None:
        self.pending += self.comp.compress(data)
        while len(self.pending) >= FRAME_BYTES:
            self._frame(bytes(self.pending[:FRAME_BYTES]), last=False)
            del self.pending[:FRAME_BYTES]

    def close(self) -> None:
        self.pending += self.comp.flush()
        while len(self.pending) > FRAME_BYTES:
            self._frame(bytes(self.pending[:FRAME_BYTES]), last=False)
            del self.pending[:FRAME_BYTES]
        self._frame(bytes(self.pending), last=True)
        self.pending.clear()
        self.out.write(self.digest.digest())
        self.written += 32


def _read_exact(f: BinaryIO, n: int, path: Path, what: str) -> bytes:
    data = f.read(n)
    if len(data) != n:
        part = {"header": msg("header"), "frame": msg("frame")}.get(what, what)  # the part that is short
        raise BackupCorrupted(path, msg("the file ends too early ({part}); it was cut short", part=part))
    return data


def _read_header(f: BinaryIO, path: Path) -> tuple[Manifest, bytes]:
    if f.read(len(MAGIC)) != MAGIC:
        raise BackupCorrupted(path, msg("this is not a Karavan backup file"))
    (size,) = struct.unpack(">I", _read_exact(f, 4, path, "header"))
    if size > MAX_HEADER:
        raise BackupCorrupted(path, msg("the header is unreadable"))
    header = _read_exact(f, size, path, "header")
    try:
        data = json.loads(header.decode("utf-8"))
        manifest = Manifest.from_json(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupCorrupted(path, msg("the header is unreadable")) from exc
    if manifest.format_version > FORMAT_VERSION:
        raise BackupCorrupted(path, msg("it was written by a newer Karavan (format {format_version})", format_version=manifest.format_version))
    return manifest, header


def read_manifest(path: Path | str) -> Manifest:
    """The manifest of a backup file (no password needed); raises BackupCorrupted."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            return _read_header(f, path)[0]
    except OSError as exc:
        raise BackupCorrupted(path, msg("it cannot be read ({reason})", reason=exc.strerror or exc)) from exc


def key_for(path: Path, manifest: Manifest, password: str | None) -> bytes | None:
    """The AES key for an encrypted backup; raises BackupPasswordRequired or WrongBackupPassword."""
    if not manifest.encrypted:
        return None
    if not password:
        raise BackupPasswordRequired(path)
    try:
        key, check = _derive(password, manifest.kdf)
    except (KeyError, ValueError) as exc:
        raise BackupCorrupted(path, msg("its encryption parameters are unreadable")) from exc
    if not hmac.compare_digest(check, str(manifest.kdf.get("key_check", ""))):
        raise WrongBackupPassword(path)
    return key


def _frames(f: BinaryIO, path: Path, header: bytes) -> Iterator[tuple[bytes, bool]]:
    """(frame bytes, is last) in order; at the end the trailing SHA-256 is checked."""
    digest = hashlib.sha256(header)
    while True:
        head = _read_exact(f, 4, path, "frame")
        (word,) = struct.unpack(">I", head)
        size, last = word & (LAST - 1), bool(word & LAST)
        if size > 2 * FRAME_BYTES:
            raise BackupCorrupted(path, msg("a frame length is impossible"))
        data = _read_exact(f, size, path, "frame")
        digest.update(head + data)
        if last:
            trailer = f.read(33)
            if len(trailer) != 32 or not hmac.compare_digest(trailer, digest.digest()):
                raise BackupCorrupted(path, msg("its checksum does not match: bytes were changed or lost"))
            yield data, True
            return
        yield data, False


def iter_payload(path: Path | str, password: str | None = None) -> Iterator[bytes]:
    """The payload's bytes, decrypted and decompressed, a piece at a time. Everything is checked: the
    consumer must discard what it got when this raises (BackupCorrupted, WrongBackupPassword, …)."""
    path = Path(path)
    with path.open("rb") as f:
        manifest, header = _read_header(f, path)
        key = key_for(path, manifest, password)
        aad = hashlib.sha256(header).digest()
        prefix = base64.b64decode(manifest.kdf["nonce_prefix"]) if key else b""
        decomp = zlib.decompressobj()
        for counter, (data, last) in enumerate(_frames(f, path, header)):
            if key is not None:
                from cryptography.exceptions import InvalidTag
                from cryptography.hazmat.primitives.ciphers.aead import AESGCM

                try:
                    data = AESGCM(key).decrypt(_nonce(prefix, counter, last), data, aad)
                except InvalidTag as exc:
                    raise BackupCorrupted(path, msg("frame {frame} does not decrypt: bytes were changed", frame=counter + 1)) from exc
            try:
                out = decomp.decompress(data)
            except zlib.error as exc:
                raise BackupCorrupted(path, msg("frame {frame} does not decompress", frame=counter + 1)) from exc
            if out:
                yield out
        tail = decomp.flush()
        if not decomp.eof or decomp.unused_data:
            raise BackupCorrupted(path, msg("the compressed data is incomplete"))
        if tail:
            yield tail


def verify_bytes(path: Path | str) -> Manifest:
    """Read the whole file and check its SHA-256 (no password needed); raises BackupCorrupted."""
    path = Path(path)
    with path.open("rb") as f:
        manifest, header = _read_header(f, path)
        for _ in _frames(f, path, header):
            pass
    return manifest
