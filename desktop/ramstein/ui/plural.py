"""English plurals for texts translated with a count: `tr("{n} row(s)", "", n)`.

Qt picks a translation's plural form from `n` (French has two, Ukrainian three), but with no
translator installed (English, and the tests) it returns the source text as it is: "1 row(s)".
`english_plural` turns the "(s)" of an untranslated source into the English form; translations
write their own forms and never contain "(s)", so it leaves them alone.

    plural(self.tr("{n} conflict(s) without a choice", "", n), n).format(n=count_text(n))
"""

from __future__ import annotations

MARK = "(s)"


def plural(text: str, n: int) -> str:
    """"1 row(s)" -> "1 row", "3 row(s)" -> "3 rows"; a translated text is unchanged."""
    return text.replace(MARK, "" if n == 1 else "s") if MARK in text else text
