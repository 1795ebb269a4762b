"""Alembic environment: runs on the engine handed over by `app.db.upgrade_to_head`."""

from alembic import context
from sqlalchemy import create_engine

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` run from the command line during development
    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # A batch step rebuilds a table by copy, drop and rename; with foreign keys on, dropping a table
        # others refer to (app_user) fails. The pragma only takes effect outside a transaction.
        # (Straight on the driver's connection: a statement through SQLAlchemy would begin one first.)
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The FTS5 search table and its shadow tables are made by hand (app/models/search.py).
        include_object=lambda obj, name, kind, *_: not (kind == "table" and (name or "").startswith("client_search")),
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            broken = connection.connection.driver_connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration left rows pointing at nothing: {broken[:5]}")
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
