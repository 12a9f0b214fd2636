"""Schema identity, importable without SQLAlchemy or Alembic (start-up path)."""

# `PRAGMA application_id` of every Ramstein Planner database: ASCII "RmSt".
APPLICATION_ID = 0x526D5374

# The newest Alembic revision this build knows. A test checks it equals the script head.
HEAD_REVISION = "0001_initial"

# All revisions this build knows, oldest first. A database at a revision not in this list was
# made by a newer version of the app.
KNOWN_REVISIONS = ("0001_initial",)
