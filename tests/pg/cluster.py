"""A throwaway PostgreSQL cluster for the tests: initdb into a temp dir, a Unix socket only.

initdb and postgres refuse to run as root; as root (containers, CI) they run as the
`postgres` user that Debian's package creates, through `runuser`, on a data dir and a socket
dir chowned to it. Without the server binaries the PostgreSQL tests fail (they must not be
skipped in CI without a word) unless RAMSTEIN_SKIP_PG=1.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = [Path(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
TMPFS_NEEDED = 1 << 30  # bytes free on /dev/shm to put the cluster there (it uses ~80 MB)
SETUP_HINT = ("PostgreSQL server binaries (initdb, pg_ctl) not found: run `scripts/setup.sh "
              "--test` (installs Debian's postgresql package), or set RAMSTEIN_SKIP_PG=1 to skip "
              "the PostgreSQL tests on purpose")


def find_bin_dir() -> Path | None:
    for folder in BIN_DIRS:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and (Path(found).parent / "initdb").exists() else None


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    user: str = "postgres"
    on_tmpfs: bool = False

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{dbname}?host={self.socket_dir}"

    def conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} user={self.user} dbname={dbname}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket_dir, "postgres")
            shutil.chown(self.data, "postgres")
        # C collation: ORDER BY name sorts as SQLite's BINARY does, so both backends agree.
        done = self._run("initdb", "-D", str(self.data), "-U", self.user, "-A", "trust",
                         "-E", "UTF8", "--locale=C", "--no-sync")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        opts = (f"-c listen_addresses='' -k {self.socket_dir} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        done = self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l",
                         str(self.root / "server.log"), "-w", "-t", "30", "start")
        if done.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    @functools.cached_property
    def version_num(self) -> int:
        """The server's version as a number: 150004 for 15.4."""
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as con:
            row = con.execute("SHOW server_version_num").fetchone()
        return int(row[0]) if row else 0

    def create_database(self, name: str, template: str) -> None:
        """A copy of `template` (~8 MB, most of it the system catalogs). On tmpfs, FILE_COPY
        (PG 15+: copy the files, with a checkpoint before and after) takes 12 ms against 21 ms
        for the default WAL_LOG (every page through shared buffers and the WAL). On disk the
        checkpoints write the other tests' dirty pages out: FILE_COPY took 257 ms, WAL_LOG
        176 ms (the whole PostgreSQL run, this 2-core VM), so WAL_LOG stays there."""
        file_copy = self.on_tmpfs and self.version_num >= 150000
        self.sql(f"CREATE DATABASE {name} TEMPLATE {template}"
                 + (" STRATEGY FILE_COPY" if file_copy else ""))

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.conninfo(dbname), autocommit=True) as con:
            con.execute(statement)  # type: ignore[arg-type]


def cluster_parent() -> Path:
    """Where the cluster lives: RAMSTEIN_PG_DIR if set, else /dev/shm when it is a roomy tmpfs,
    else /tmp. A database made from the template costs 12 ms on tmpfs and 176 ms on this VM's
    disk even with fsync=off (creating and unlinking ~300 files per database is what costs):
    the PostgreSQL tests take 46 s instead of 103 s. A container's default 64 MB /dev/shm is
    too small (the cluster grows to ~80 MB), hence the room asked for."""
    chosen = os.environ.get("RAMSTEIN_PG_DIR")
    if chosen:
        return Path(chosen)
    shm = Path("/dev/shm")
    try:
        room = shutil.disk_usage(shm).free
    except OSError:
        return Path("/tmp")
    roomy = _is_tmpfs(shm) and room >= TMPFS_NEEDED and os.access(shm, os.W_OK)
    return shm if roomy else Path("/tmp")


def _is_tmpfs(folder: Path) -> bool:
    """Whether `folder` is on a tmpfs: the type of the deepest mount point above it."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return False
    where = folder.resolve()
    above = [(Path(point), kind) for point, kind in mounts
             if Path(point) == where or Path(point) in where.parents]
    return bool(above) and max(above, key=lambda m: len(m[0].parts))[1] == "tmpfs"


def start_cluster() -> Cluster:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(SETUP_HINT)
    # Not pytest's tmp_path: the socket path must stay under 107 bytes, and the postgres user
    # must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="ramstein-pg-", dir=cluster_parent()))
    os.chmod(root, 0o755)
    cluster = Cluster(bin_dir, root, on_tmpfs=_is_tmpfs(root.parent))
    started = time.monotonic()
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    cluster.started_in = time.monotonic() - started  # type: ignore[attr-defined]
    return cluster
