"""`check_database`: is a planner file sound, did the last session crash, which backups exist.

Used by `ramstein check` and by the window on start after a crash (RELIABILITY-NOTES §2: look
for crash traces before opening, let SQLite recover, run the integrity check, tell the user and
name the newest good backup when the check fails).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..storage import health
from ..storage.backup import BackupInfo
from ..storage.revision import HEAD_REVISION

RESTORE_HINT = "File > Restore backup…"


@dataclass(frozen=True)
class HealthReport:
    path: Path
    ok: bool  # the integrity check passed (and the file is a planner database)
    integrity: str  # 'ok' or SQLite's findings
    crash_suspected: bool  # a hot journal or a non-empty WAL was found before the check
    backups: list[BackupInfo]  # newest first
    messages: list[str]  # for the user, most important first
    schema: str | None = None  # the revision in the file
    app_schema: str = HEAD_REVISION  # the revision this build writes
    verified: dict[Path, bool] = field(default_factory=dict)  # backups quick-checked: sound?
    good_backup: BackupInfo | None = None  # the newest backup known sound (checked on failure)


def check_database(
    path: Path | str,
    *,
    quick: bool = False,
    verify_backups: bool = False,
    crash_suspected: bool | None = None,
) -> HealthReport:
    """Check the file at `path` (which must exist; it is never created).

    Call it before the application opens the file, or pass `crash_suspected` as recorded by
    that open (`ws.db.crash_suspected`): an open database always has its WAL, which would
    look like a crash. `quick` runs `quick_check` instead of the full `integrity_check`.
    `verify_backups` quick-checks every backup; when the check fails the backups are checked
    newest first until a sound one is found, whatever `verify_backups` says.
    """
    db_path = Path(path).expanduser()
    if not db_path.is_file():
        return HealthReport(db_path, False, "no such file", False, [],
                            [f"{db_path}: no such database file"])
    traces = health.crash_traces(db_path)
    suspected = traces.suspected if crash_suspected is None else crash_suspected
    integrity = health.integrity_check(db_path, quick=quick)  # recovers first (read-write open)
    schema = health.schema_state(db_path)
    backups = health.backups(db_path)
    verified = {b.path: health.backup_is_sound(b) for b in backups} if verify_backups else {}
    sound = integrity == "ok"
    ok = sound and schema.ours
    good = _newest_good(backups, verified) if not ok else None
    messages = _messages(db_path, sound, integrity, traces, suspected, schema, backups, good)
    return HealthReport(db_path, ok, integrity, suspected, backups, messages, schema.revision,
                        HEAD_REVISION, verified, good)


def _newest_good(backups: list[BackupInfo], verified: dict[Path, bool]) -> BackupInfo | None:
    for backup in backups:
        if backup.path not in verified:
            verified[backup.path] = health.backup_is_sound(backup)
        if verified[backup.path]:
            return backup
    return None


def _messages(
    path: Path,
    sound: bool,
    integrity: str,
    traces: health.CrashTraces,
    suspected: bool,
    schema: health.SchemaState,
    backups: list[BackupInfo],
    good: BackupInfo | None,
) -> list[str]:
    out: list[str] = []
    if not sound:
        out.append(f"{path}: the integrity check failed: {_short(integrity)}")
        if good is not None:
            out.append(f"the newest sound backup is {good.path.name} "
                       f"({good.created:%Y-%m-%d %H:%M} UTC); restore it with {RESTORE_HINT}")
        else:
            out.append("no sound backup was found next to the file"
                       + (f" (in {backups[0].path.parent})" if backups else ""))
    elif not schema.ours:
        out.append(f"{path} is not a Ramstein Planner database")
    if suspected:
        left = traces.describe() or "a journal"
        recovered = "SQLite rolled back the unfinished change" if sound else "SQLite tried to recover it"
        out.append(f"{path.name} was not closed properly ({left} left behind): the application "
                   f"crashed or was stopped, or another window still has it open; {recovered}")
    if schema.ours and not schema.known:
        out.append(f"{path.name} was made by a newer version (schema {schema.revision!r}, "
                   f"this version knows up to {HEAD_REVISION!r})")
    elif schema.ours and not schema.current:
        out.append(f"{path.name} has schema {schema.revision!r}; it is upgraded to "
                   f"{HEAD_REVISION!r} (after a backup) when the application opens it")
    if sound and schema.ours:
        out.append(f"{path.name}: integrity check ok, {len(backups)} backup"
                   f"{'' if len(backups) == 1 else 's'}")
    return out


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
