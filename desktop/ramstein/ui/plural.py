"""English plurals for texts translated with a count: `tr("%Ln delivery(ies)", "", n)`.

Qt picks a translation's plural form from `n` (French has two, Ukrainian three), but with no
translator installed (English is the source language, and the tests) it returns the source text
as it stands: "1 row(s)", "3 delivery(ies)". `plural()` turns the "(s)", "(es)" and "y(ies)"
marks of an untranslated source into the English form; translations write their own forms and
never contain such marks, so it leaves them alone.

Two ways of putting the number in, both handled:

    plural(self.tr("%Ln delivery(ies)", "", n), n)          # Qt fills %Ln; "1,234 deliveries"
    plural(self.tr("{n} conflict(s)", "", n), n).format(n=count_text(n))

An untranslated %n/%Ln text gets its digits grouped as the English texts always have
("1,234 deliveries"), whatever the locale: Qt wrote the bare digits.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"y\(ies\)|\((?:s|es)\)")


def plural(text: str, n: int) -> str:
    """"1 row(s)" -> "1 row", "3 delivery(ies)" -> "3 deliveries"; a translated text is unchanged."""
    many = n != 1

    def form(match: re.Match[str]) -> str:
        mark = match.group(0)
        if mark == "y(ies)":
            return "ies" if many else "y"
        return mark[1:-1] if many else ""

    english = _MARKS.sub(form, text)
    if english != text and abs(n) >= 1000:
        # Untranslated: Qt wrote the bare digits (the C locale groups none).
        english = english.replace(str(n), f"{n:,}", 1)
    return english
