"""English plurals for Qt's numerus translations.

`self.tr("%Ln delivery(ies)", "", n)` takes its forms from the language's .qm (two in French,
three in Ukrainian). English is the source language and has no .qm: Qt then fills the number
into the source as it stands ("3 delivery(ies)"). `plural()` turns such an untranslated text
into English ("3 deliveries", "1 delivery") and groups the digits as the English texts always
have ("1,234 deliveries"), whatever the locale. A translated text has no "(s)" marks and passes
through unchanged.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"y\(ies\)|\((?:s|es)\)")


def plural(text: str, n: int) -> str:
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
