"""python -m ramstein.bench [COMMAND] [options]: benchmarks that print ratios against floors.

Without a command (or with `all`): every operation in one table (bench/suite.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence


def _startup(argv: Sequence[str]) -> int:
    from .startup import main

    return main(argv)


def _pledges(argv: Sequence[str]) -> int:
    from .pledges import main

    return main(argv)


def _xlsx(argv: Sequence[str]) -> int:
    from .xlsx import main

    return main(argv)


def _calendar(argv: Sequence[str]) -> int:
    from .calendar import main

    return main(argv)


def _members(argv: Sequence[str]) -> int:
    from .members import main

    return main(argv)


def _all(argv: Sequence[str]) -> int:
    from .suite import main

    return main(argv)


COMMANDS: dict[str, tuple[Callable[[Sequence[str]], int], str]] = {
    "all": (_all, "every benchmark below (and the demo build, GUI memory) in one table"),
    "startup": (_startup, "time to first paint and to the dashboard figures vs a bare Qt window"),
    "pledges": (_pledges, "text filter + sort of 100k pledges in the table model vs plain Python"),
    "xlsx": (_xlsx, "Excel export and import of 100k pledges vs raw openpyxl / calamine"),
    "calendar": (_calendar, "month grid and agenda of the delivery calendar vs raw SQL"),
    "members": (_members, "per-member totals of the Members view (300k deliveries) vs raw GROUP BY"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0].startswith("--") and args[0] not in ("-h", "--help")):
        args = ["all", *args]  # bare `python -m ramstein.bench [options]`: the whole suite
    if args[0] in ("-h", "--help") or args[0] not in COMMANDS:
        print("usage: python -m ramstein.bench [COMMAND] [options]\n\ncommands:")
        for name, (_run, help_text) in COMMANDS.items():
            print(f"  {name:<10} {help_text}")
        return 0 if args and args[0] in ("-h", "--help") else 2
    run, _help = COMMANDS[args[0]]
    return run(args[1:])


if __name__ == "__main__":
    sys.exit(main())
