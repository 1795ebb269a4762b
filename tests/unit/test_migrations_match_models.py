"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.models import Base

# Added to existing SQLite tables by ALTER TABLE … ADD COLUMN … REFERENCES (migration 0003): SQLAlchemy's
# reflection does not read an inline column constraint's name or ON DELETE, so the comparison sees a
# nameless foreign key. The test below checks those two against SQLite itself instead.
SQLITE_INLINE_FKS = {("client", "source_campaign_id"), ("deal", "source_campaign_id")}


def _ours_by_hand(obj, name, kind, *_args) -> bool:
    # The search indexes of app/models/search.py are made by raw SQL in the migration.
    return not ((kind == "table" and (name or "").startswith("client_search"))
                or name in ("ix_client_search_trgm", "ix_client_name_prefix"))


def _inline_fk(diff, dialect: str) -> bool:
    if dialect != "sqlite" or diff[0] not in ("add_fk", "remove_fk"):
        return False
    fk = diff[1]
    return {(fk.table.name, c.name) for c in fk.columns} <= SQLITE_INLINE_FKS


def test_migrated_schema_equals_the_models(database):
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ours_by_hand, "compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
        assert [d for d in diffs if not _inline_fk(d, conn.dialect.name)] == []


def test_sqlite_inline_foreign_keys_set_null_on_delete(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        for table, column in SQLITE_INLINE_FKS:
            rows = conn.execute(text(f"PRAGMA foreign_key_list({table})")).mappings().all()
            (fk,) = [r for r in rows if r["from"] == column]
            assert (fk["table"], fk["to"], fk["on_delete"]) == ("campaign", "id", "SET NULL")
