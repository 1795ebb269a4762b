"""Alembic environment: runs on the engine handed over by `app.db.upgrade_to_head`."""

from alembic import context
from sqlalchemy import create_engine

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` run from the command line during development
    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The FTS5 search table and its shadow tables are made by hand (app/models/search.py).
        include_object=lambda obj, name, kind, *_: not (kind == "table" and (name or "").startswith("client_search")),
    )
    with context.begin_transaction():
        context.run_migrations()
