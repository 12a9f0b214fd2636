"""Ramstein Planner: pledges, deliveries and fair shares for military aid coordination."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("ramstein-planner")
except _metadata.PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.1.0+checkout"

APP_NAME = "Ramstein Planner"
APP_ORG = "Ramstein Planner"
APP_ID = "ramstein-planner"
