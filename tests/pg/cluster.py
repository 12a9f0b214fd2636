"""A throwaway PostgreSQL cluster for the tests: initdb into a temp dir, a Unix socket only.

initdb and postgres refuse to run as root; as root (containers, CI) they run as the
`postgres` user that Debian's package creates, through `runuser`, on a data dir and a socket
dir chowned to it. Without the server binaries the PostgreSQL tests fail (they must not be
skipped in CI without a word) unless RAMSTEIN_SKIP_PG=1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = [Path(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
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

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.conninfo(dbname), autocommit=True) as con:
            con.execute(statement)  # type: ignore[arg-type]


def start_cluster() -> Cluster:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError(SETUP_HINT)
    # /tmp, not pytest's tmp_path: the socket path must stay under 107 bytes, and the
    # postgres user must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="ramstein-pg-", dir="/tmp"))
    os.chmod(root, 0o755)
    cluster = Cluster(bin_dir, root)
    started = time.monotonic()
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    cluster.started_in = time.monotonic() - started  # type: ignore[attr-defined]
    return cluster
