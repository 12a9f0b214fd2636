"""The Qt user interface: the only package that imports PySide6."""

from .pyside_workarounds import install as _install_pyside_workarounds

_install_pyside_workarounds()
