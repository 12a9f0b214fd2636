"""Storage: the only package that imports SQLAlchemy and Alembic.

It returns plain domain records, never live ORM objects. Hot read paths on SQLite use the
standard-library sqlite3 module (see `reader.py`) so that the window can show figures before
SQLAlchemy is even imported.
"""

from .database import Database, DatabaseError, NewerDatabaseError, NotOurDatabaseError

__all__ = ["Database", "DatabaseError", "NewerDatabaseError", "NotOurDatabaseError"]
