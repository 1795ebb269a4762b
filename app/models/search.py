"""Substring search indexes that SQLAlchemy's metadata cannot describe.

SQLite: an FTS5 table with the trigram tokenizer over `client.search_text`, kept in step by
triggers, so "contains" searches over 100,000 clients use an index instead of a scan.
PostgreSQL: a pg_trgm GIN index on the same column serves LIKE '%…%' directly.
Note for later migrations: Alembic's batch mode on SQLite re-creates a changed table, which drops
its triggers — run `SQLITE_CLIENT_SEARCH_TRIGGERS` again after any batch change to `client`.
"""

SQLITE_CLIENT_SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE client_search USING fts5("
    "search_text, content='client', content_rowid='id', tokenize='trigram')"
)

SQLITE_CLIENT_SEARCH_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS client_search_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS client_search_delete AFTER DELETE ON client BEGIN
        INSERT INTO client_search(client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS client_search_update AFTER UPDATE OF search_text ON client BEGIN
        INSERT INTO client_search(client_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO client_search(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)

SQLITE_CLIENT_SEARCH_REBUILD = "INSERT INTO client_search(client_search) VALUES ('rebuild')"

# The FTS5 trigram tokenizer indexes three-character runs: shorter terms fall back to LIKE.
TRIGRAM = 3
