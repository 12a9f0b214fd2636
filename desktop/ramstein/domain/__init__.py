"""Pure-Python domain: records, enums, money, status rules. No Qt, no SQLAlchemy."""
