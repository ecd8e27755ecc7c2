"""Alembic environment: always run from database.migrate with a live connection."""

from alembic import context

from database import search
from database.models import Base

target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # the search index is created by hand (FTS5 on SQLite, tsvector on PostgreSQL)
    return not (name or "").startswith(search.PREFIX)


connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("Run migrations through 'ris3desk init', not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
context.run_migrations()
