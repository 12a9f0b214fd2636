"""`take_screenshots` renders each main view of a real window to a PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from ramstein.ui.app import take_screenshots


def test_screenshots_of_the_five_views(qapp: Any, demo_db: Path, tmp_path: Path) -> None:
    written = take_screenshots(demo_db, tmp_path / "shots")
    assert [p.name for p in written] == ["dashboard.png", "pledges.png", "calendar.png",
                                         "members.png", "member.png", "fund.png"]
    for path in written:
        assert path.stat().st_size > 10_000
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1400, 900)
