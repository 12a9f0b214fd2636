"""The demo's fast random draws are the standard library's: a seed keeps giving the same demo.

`services.demo._below` replaces `Random.choice`, `randint` and `randrange` on the hot paths;
if a Python release drew them differently, the demo of a seed would change without a word.
The bulk-write mode of a transaction gives the connection back with its usual page cache.
"""

from __future__ import annotations

import random
from typing import Any

from ramstein.services.demo import _below, build_demo

from .helpers import sql, sql_one


def test_below_draws_what_choice_randint_and_randrange_draw() -> None:
    ours, theirs = random.Random(2022), random.Random(2022)
    items = tuple(range(47))
    for n in (1, 2, 3, 9, 47, 77, 431, 1_000_001):
        for _ in range(2_000):
            assert items[_below(ours.getrandbits, len(items))] == theirs.choice(items)
            assert 14 + _below(ours.getrandbits, 77) == theirs.randint(14, 90)
            assert _below(ours.getrandbits, n) == theirs.randrange(n)
    assert ours.random() == theirs.random()  # and the streams are still in step


def test_demo_rows_of_a_seed_are_pinned(ws: Any) -> None:
    """A few values of seed 5's demo, as they were before the draws were made faster."""
    build_demo(ws, pledges=150, deliveries=450, seed=5)
    first = sql(ws.path, "SELECT uuid, reference, value_eur_cents FROM pledges ORDER BY id")[0]
    total = sql_one(ws.path, "SELECT SUM(value_eur_cents) FROM deliveries")
    days = sql(ws.path, "SELECT planned_on, status FROM deliveries ORDER BY id")[:3]
    assert (first, total, days) == PINNED


def test_bulk_write_gives_the_connection_back_with_its_cache(ws: Any) -> None:
    if ws.db.is_server:
        return  # a no-op on a server
    with ws.db.transaction() as tx:
        usual = tx.scalar_sql("PRAGMA cache_size")
        with tx.bulk_write(cache_mib=32):
            assert tx.scalar_sql("PRAGMA cache_size") == -32 * 1024
        assert tx.scalar_sql("PRAGMA cache_size") == usual
    with ws.db.transaction() as tx:
        assert tx.scalar_sql("PRAGMA cache_size") == usual


PINNED = (("617959ce-3f1f-45a8-9e52-71007814e8a2", "USA-2025-001", 4400000000), 718827615768,
          [("2026-02-08", "in_transit"), ("2022-06-04", "delivered"), ("2023-08-14", "delivered")])
