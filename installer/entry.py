"""PyInstaller's entry script: the bundle's `ramstein` executable runs the normal front door."""

from __future__ import annotations

import sys

from ramstein.cli import main

if __name__ == "__main__":
    sys.exit(main())
