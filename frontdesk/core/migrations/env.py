"""Alembic environment: runs on the connection the app hands it (``attributes['connection']``)."""
from alembic import context

from frontdesk.core.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Frontdesk migrations run through frontdesk.core.migrate.upgrade()")

context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
