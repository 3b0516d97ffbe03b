"""Alembic environment: runs on the connection the app hands it (``attributes['connection']``).

Upgrades need no metadata; to autogenerate a revision, hand it every task's tables as
``attributes['metadata'] = frontdesk.tasks.metadata()`` (the kernel names no task)."""
from alembic import context

config = context.config
metadata = config.attributes.get("metadata")
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Frontdesk migrations run through frontdesk.core.migrate.upgrade()")

context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
