"""Use cases over storage: every operation the GUI offers, runnable and testable without Qt."""

from .workspace import Workspace, open_workspace

__all__ = ["Workspace", "open_workspace"]
