"""Qt item models over domain records and light tuples."""
