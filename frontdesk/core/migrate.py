"""Schema upgrades through Alembic, applied at start after a backup."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.db import SCHEMA_HEAD, SCHEMA_REVISIONS, Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(store: Store) -> bool:
    """Bring the store to the schema head. Returns True if anything was applied.

    A store with data is backed up first (SQLite). A store made by a newer Frontdesk is refused.
    """
    current = store.schema_revision()
    if current == SCHEMA_HEAD:
        return False
    if current is not None and current not in SCHEMA_REVISIONS:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "This data was written by a newer version of Frontdesk (schema {rev}). "
                      "Please install the newer version."), "newer", rev=current)
    if current is not None and store.is_sqlite:
        from frontdesk.core.backup import backup_store
        backup_store(store, reason="upgrade")
    from alembic import command
    from sqlalchemy import text

    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if store.is_sqlite:  # a batch migration may rebuild a referenced table; outside any transaction
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if store.is_sqlite and conn.execute(text("PRAGMA foreign_key_check")).first():
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "Errors", "The upgrade of the data failed its consistency check; nothing was changed."),
                        "damaged")
        finally:
            if store.is_sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
    return True
