"""Where a database lives: a SQLite file or a PostgreSQL server (standard library only).

`--db` takes a path, `sqlite:///path` or `postgresql+psycopg://user@host[:port]/dbname`
(`postgresql://` and `postgres://` mean the same). The password, when the URL carries one, is
never shown: `display` is `user@host/dbname`, for titles and messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

_PG_SCHEMES = ("postgresql+psycopg", "postgresql", "postgres")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


class LocationError(ValueError):
    """A --db value that is neither a file path nor a URL we can open."""


@dataclass(frozen=True)
class Location:
    backend: str  # "sqlite" or "postgresql"
    path: Path | None  # the file (SQLite only)
    url: str  # SQLAlchemy URL, password included (never printed)
    display: str  # the file path, or user@host/dbname

    @property
    def is_server(self) -> bool:
        return self.backend == "postgresql"

    @property
    def conninfo(self) -> str:
        """The libpq connection URI (PostgreSQL only)."""
        return "postgresql://" + self.url.split("://", 1)[1]

    @property
    def dbname(self) -> str:
        return self.display.rsplit("/", 1)[-1]

    def __str__(self) -> str:
        return self.display


def is_url(text: str) -> bool:
    return _SCHEME.match(text) is not None


def parse_location(target: Path | str) -> Location:
    """A path or URL as a Location; LocationError names what is wrong."""
    if isinstance(target, Path) or not is_url(target):
        path = Path(target).expanduser()
        return Location("sqlite", path, f"sqlite:///{path}", str(path))
    scheme = _SCHEME.match(target).group(1).lower()  # type: ignore[union-attr]
    if scheme == "sqlite":
        rest = target.split("://", 1)[1]
        if not rest.startswith("/") or rest == "/":
            raise LocationError(f"{target}: a SQLite URL is sqlite:///path/to/file.db")
        # As SQLAlchemy reads it: sqlite:///planner.db is relative, sqlite:////tmp/p.db absolute.
        path = Path(unquote(rest[1:])).expanduser()
        return Location("sqlite", path, f"sqlite:///{path}", str(path))
    if scheme in _PG_SCHEMES:
        return _postgres(target)
    raise LocationError(f"{target}: unknown kind of database URL (use a file path, "
                        "sqlite:///path or postgresql+psycopg://user@host/dbname)")


def _postgres(target: str) -> Location:
    rest = target.split("://", 1)[1]
    parts = urlsplit("postgresql://" + rest)
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise LocationError(f"{_without_password(target)}: name the database, as in "
                            "postgresql+psycopg://user@host/dbname")
    query = parse_qs(parts.query)
    user = unquote(parts.username or "") or query.get("user", [""])[0]
    host = parts.hostname or query.get("host", ["localhost"])[0]
    port = f":{parts.port}" if parts.port else ""
    display = f"{user + '@' if user else ''}{host}{port}/{dbname}"
    return Location("postgresql", None, "postgresql+psycopg://" + rest, display)


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
