"""A throwaway PostgreSQL cluster on 127.0.0.1, for tests and benchmarks.

Uses Debian's ``postgresql`` package (binaries under ``/usr/lib/postgresql/*/bin``,
installed by ``make setup``): ``initdb`` into a temp folder, ``pg_ctl start`` on a free
loopback port with durability switched off (it is thrown away), and on exit stop and
delete it. As root, the server runs as the ``postgres`` user (it refuses root).

>>> with throwaway_cluster() as url:   # doctest: +SKIP
...     store = open_store(url, settings)
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from copydesk.errors import StoreError


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's ``bin`` folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_cluster(bindir: Path | None = None) -> Iterator[str]:
    """Start a cluster and yield its ``postgresql+psycopg://`` URL; stop and delete it after.

    Raises StoreError when the binaries are missing or the server does not start.
    """
    bindir = bindir or postgres_bin()
    if bindir is None:
        raise StoreError("PostgreSQL is not installed",
                         hint="apt-get install postgresql (make setup installs it)")
    root = Path(tempfile.mkdtemp(prefix="copydesk-pg-"))
    data = root / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
    port = _free_port()
    options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    try:
        subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                     "--no-sync", "-E", "UTF8"]), check=True, capture_output=True, timeout=120)
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60",
                                     "-l", str(root / "server.log"), "-o", options, "start"]),
                       check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise StoreError(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')}") from exc
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(root, ignore_errors=True)
