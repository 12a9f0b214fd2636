"""Ramstein Planner: pledges, deliveries and fair shares for military aid coordination."""

from __future__ import annotations

APP_NAME = "Ramstein Planner"
APP_ORG = "Ramstein Planner"
APP_ID = "ramstein-planner"


def __getattr__(name: str) -> str:
    # The version is looked up on first use: importlib.metadata costs about 30 ms, which
    # would otherwise sit on the path to the window's first paint.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("ramstein-planner")
        except metadata.PackageNotFoundError:  # running from a checkout without an install
            version = "0.1.0+checkout"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
