"""A real ``kill -9`` of ``copydesk batch`` (its whole process group), then ``--resume``: nothing lost or repeated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from copydesk.model import EnrichedArticle

# Starts a real batch of 40 dev stories twice (minutes on two cores): out of `make test-fast`.
pytestmark = pytest.mark.slow

N = 40


def _complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "copydesk", "batch", *args]
    with log.open("ab") as err:
        # A new session: the process group holds the command, the forkserver and every worker.
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)


def _kill_group_when(proc: subprocess.Popen[bytes], out: Path, lines: int, timeout: float = 240) -> int:
    deadline = time.monotonic() + timeout
    while _complete_lines(out) < lines:
        if proc.poll() is not None:
            pytest.fail(f"batch ended (rc={proc.returncode}) before it could be killed")
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"no {lines} lines within {timeout} s")
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    for _ in range(100):  # the workers and the forkserver die with the group
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("processes of the killed batch are still alive")
    return _complete_lines(out)


def test_kill_9_then_resume(dev_rows: list[dict[str, Any]], tmp_path: Path) -> None:
    src = tmp_path / "stories.jsonl"
    rows = dev_rows[:N]
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    log = tmp_path / "stderr.log"
    args = [str(src), str(out), "--workers", "2"]

    first = _kill_group_when(_start(args, log), out, 3)
    assert 3 <= first < N
    kept = out.read_bytes()[: out.read_bytes().rfind(b"\n") + 1]

    # Killed again while resuming, then resumed to the end.
    second = _kill_group_when(_start([*args, "--resume"], log), out, first + 3)
    assert out.read_bytes().startswith(kept)  # finished lines are never rewritten
    done = subprocess.run(
        [sys.executable, "-m", "copydesk", "batch", *args, "--resume"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"{N} stories:" in done.stderr and f"{second} already done" in done.stderr

    raw = out.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    results = [json.loads(line) for line in raw.splitlines()]
    keys = [r["key"] for r in results]
    assert len(keys) == N and set(keys) == {r["id"] for r in rows}
    for result in results:
        assert result["status"] == "ok", result["error"]
        article = EnrichedArticle.model_validate(result["article"])
        assert article.story.id == result["id"]
