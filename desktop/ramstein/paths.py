"""Where things live: resources (checkout, wheel, bundle alike) and per-user files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from . import APP_ID

_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: bundle (_MEIPASS), installed package, or the checkout's resources/."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "ramstein" / "resources")
    candidates.append(_HERE / "resources")  # wheel: resources/ mapped to ramstein.resources
    candidates.append(_HERE.parent.parent / "resources")  # checkout or editable install
    for path in candidates:
        if (path / "roster" / "members.csv").is_file():
            return path
    raise FileNotFoundError(
        "Ramstein Planner resources not found (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "); the installation is incomplete"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    override = os.environ.get("RAMSTEIN_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("RAMSTEIN_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("RAMSTEIN_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    """The per-user database used when no --db is given."""
    return data_dir() / "planner.db"
