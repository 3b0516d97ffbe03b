"""Alembic environment and revisions of the Frontdesk schema."""
