"""File formats: xlsx schema, writer, reader and diff; Kiel mapping; .ics; PDF (issues 5, 6)."""
