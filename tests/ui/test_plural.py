"""The English form of an untranslated numerus text (ui/plural): what a planner reads when no
translator is installed."""

from __future__ import annotations

from ramstein.ui.plural import plural


def test_marks_become_english_forms() -> None:
    assert plural("1 delivery(ies)", 1) == "1 delivery"
    assert plural("3 delivery(ies)", 3) == "3 deliveries"
    assert plural("{n} row(s)", 1).format(n=1) == "1 row"
    assert plural("{n} row(s)", 2).format(n=2) == "2 rows"
    assert plural("0 box(es)", 0) == "0 boxes"
    assert plural("%Ln pledge(s), %Ln delivery(ies)", 5) == "%Ln pledges, %Ln deliveries"


def test_untranslated_counts_are_grouped_translations_untouched() -> None:
    assert plural("1234 delivery(ies)", 1234) == "1,234 deliveries"
    assert plural("{n} rate(s) deleted", 1234).format(n="1,234") == "1,234 rates deleted"
    assert plural("1234 livraisons", 1234) == "1234 livraisons"  # a translation: as Qt wrote it
