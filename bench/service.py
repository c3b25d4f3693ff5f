"""Service load benchmark (``make bench-service``): the real server on loopback, a bounded load.

Starts ``uvicorn copydesk.web.app:create_app`` in its own process over a tmp SQLite
store (or ``--database URL``), then, each phase with a fixed request count and a time
cap:

* ``GET /healthz``: the baseline, a route that does nothing, on the same server;
* ``GET /articles/{id}``: the published page (store read + page render; narration cached);
* ``POST /v1/articles``: enrich (the real pipeline) and store distinct dev-set stories;
* concurrent editors: N threads each saving K revisions of one article through
  ``PATCH …/parts/headline`` with the revision they read as ``parent``, retrying on
  409; asserts afterwards that the article has exactly 1 + N·K revisions and every
  saved headline is in one of them (zero revisions lost).

Prints one table: requests/s, p50 and p99 latency, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "data" / "news_dev.jsonl"
EXAMPLE = REPO / "examples" / "wire_story.txt"


@dataclass
class Result:
    name: str
    requests: int
    concurrency: int
    seconds: float
    latencies: list[float]
    errors: int

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load(name: str, base: str, make: Callable[[httpx.Client, int], httpx.Response], *,
         count: int, concurrency: int, cap_s: float, expect: tuple[int, ...] = (200,)) -> Result:
    """Issue ``count`` requests from ``concurrency`` threads, stopping at ``cap_s`` seconds."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(count))
    start = time.perf_counter()
    deadline = start + cap_s

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=120) as client:
            while time.perf_counter() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t0 = time.perf_counter()
                try:
                    ok = make(client, i).status_code in expect
                except httpx.HTTPError:
                    ok = False
                dt = time.perf_counter() - t0
                with lock:
                    if ok:
                        latencies.append(dt)
                    else:
                        errors += 1

    with ThreadPoolExecutor(concurrency) as pool:
        for _ in range(concurrency):
            pool.submit(worker)
    return Result(name, count, concurrency, time.perf_counter() - start, latencies, errors)


def editors(base: str, token: str, id: str, *, n: int, k: int, cap_s: float) -> tuple[Result, int, int]:
    """N editors racing to save K headline revisions each; (result, conflicts, lost)."""
    auth = {"Authorization": f"Bearer {token}"}
    saved: list[str] = []
    latencies: list[float] = []
    conflicts = 0
    errors = 0
    lock = threading.Lock()
    start = time.perf_counter()
    deadline = start + cap_s

    def editor(e: int) -> None:
        nonlocal conflicts, errors
        with httpx.Client(base_url=base, headers=auth, timeout=60) as client:
            for j in range(k):
                text = f"Editor {e} revision {j}"
                while time.perf_counter() < deadline:
                    current = client.get(f"/v1/articles/{id}").json()
                    claim = {**current["article"]["parts"]["headline"], "text": text}
                    t0 = time.perf_counter()
                    r = client.patch(f"/v1/articles/{id}/parts/headline",
                                     json={"value": claim, "parent": current["revision"]})
                    dt = time.perf_counter() - t0
                    with lock:
                        if r.status_code == 200:
                            saved.append(text)
                            latencies.append(dt)
                        elif r.status_code == 409:
                            conflicts += 1
                        else:
                            errors += 1
                    if r.status_code == 200:
                        break

    threads = [threading.Thread(target=editor, args=(e,)) for e in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    with httpx.Client(base_url=base, timeout=60) as client:
        revisions = client.get(f"/v1/articles/{id}/revisions").json()
        heads = {
            client.get(f"/v1/articles/{id}", params={"revision": r["number"]}).json()["article"]["parts"]["headline"]["text"]
            for r in revisions
        }
    lost = len(set(saved) - heads) + abs(len(revisions) - (1 + len(saved)))
    result = Result(f"PATCH part ({n} editors)", n * k, n, seconds, latencies, errors)
    return result, conflicts, lost


def main() -> int:
    """Parse the flags and run the phases (against a throwaway PostgreSQL with --postgres)."""
    args = _parser().parse_args()
    if args.postgres:
        sys.path.insert(0, str(REPO / "src"))
        from copydesk.store.pgcluster import throwaway_cluster

        with throwaway_cluster() as url:
            args.database = url
            return run(args)
    return run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="store URL (default: a tmp SQLite file)")
    parser.add_argument("--postgres", action="store_true",
                        help="run against a throwaway PostgreSQL cluster on loopback")
    parser.add_argument("--reads", type=int, default=1000, help="requests per GET phase")
    parser.add_argument("--posts", type=int, default=40, help="stories to POST")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--editors", type=int, default=8)
    parser.add_argument("--saves", type=int, default=10, help="revisions each editor saves")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds cap per phase")
    return parser


def run(args: argparse.Namespace) -> int:
    """Start the server over the chosen store, run every phase, print the table."""

    data = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data), "COPYDESK_RATE_LIMIT_PER_MINUTE": "1000000"}
    if args.database:
        env["COPYDESK_DATABASE_URL"] = args.database
    sys.path.insert(0, str(REPO / "src"))
    from copydesk.settings import load_settings
    from copydesk.store import open_store

    store = open_store(None, load_settings(env={k: v for k, v in env.items() if k.startswith("COPYDESK_")}))
    token = store.create_token("bench")
    store.close()

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "copydesk.web.app:create_app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"],
        env=env, cwd=str(REPO),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        auth = {"Authorization": f"Bearer {token}"}
        stories = _stories(args.posts + 2)

        # Warm-up: load the NLP model, create and publish the article the page phase reads,
        # and narrate it once (the narration is cached per revision).
        with httpx.Client(base_url=base, headers=auth, timeout=300) as c:
            page_id = c.post("/v1/articles", json={"text": EXAMPLE.read_text(), "published": "2025-10-29"}).json()["id"]
            c.post(f"/v1/articles/{page_id}/approve")
            assert c.get(f"/articles/{page_id}").status_code == 200
            edit_id = c.post("/v1/articles", json={"text": stories[0]}).json()["id"]

        results = [
            load("GET /healthz (baseline)", base, lambda c, i: c.get("/healthz"),
                 count=args.reads, concurrency=args.concurrency, cap_s=args.cap),
            load("GET /articles/{id}", base, lambda c, i: c.get(f"/articles/{page_id}"),
                 count=args.reads, concurrency=args.concurrency, cap_s=args.cap),
            load("GET /v1/articles/{id}", base, lambda c, i: c.get(f"/v1/articles/{page_id}"),
                 count=args.reads, concurrency=args.concurrency, cap_s=args.cap),
            load("POST /v1/articles (enrich)", base,
                 lambda c, i: c.post("/v1/articles", json={"text": stories[2 + i]}, headers=auth),
                 count=args.posts, concurrency=2, cap_s=args.cap, expect=(200, 201)),
            load("POST /v1/articles (repost)", base,
                 lambda c, i: c.post("/v1/articles", json={"text": stories[2 + i % args.posts]}, headers=auth),
                 count=args.posts, concurrency=2, cap_s=args.cap, expect=(200, 201)),
        ]
        edit, conflicts, lost = editors(base, token, edit_id, n=args.editors, k=args.saves, cap_s=args.cap)
        results.append(edit)
    finally:
        server.terminate()
        server.wait(timeout=30)

    base_rps = results[0].rps
    backend = "PostgreSQL (throwaway, loopback)" if args.postgres else args.database or "SQLite (tmp file)"
    print(f"\ncopydesk service on 127.0.0.1, 1 uvicorn worker, store: {backend}")
    print(f"{'phase':32} {'done':>9} {'conc':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs base':>8} {'errors':>6}")
    for r in results:
        print(f"{r.name:32} {len(r.latencies):>4}/{r.requests:<4} {r.concurrency:>4} {r.rps:>8.1f} "
              f"{r.pct(0.5):>8.1f} {r.pct(0.99):>8.1f} {r.rps / base_rps:>8.3f} {r.errors:>6}")
    print(f"\nconcurrent editors: {len(edit.latencies)} revisions saved, {conflicts} conflicts retried, "
          f"{lost} revisions lost")
    failed = lost != 0 or any(r.errors for r in results) or len(edit.latencies) != args.editors * args.saves
    print(json.dumps({"lost_revisions": lost, "ok": not failed}))
    return 1 if failed else 0


def _stories(n: int) -> list[str]:
    """Distinct real stories from the dev set (or numbered variants of the example)."""
    if DEV.exists():
        rows = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = rows[:n]
    else:
        out = []
    text = EXAMPLE.read_text()
    out += [f"{text}\n\nUpdate {i}: officials said talks would continue." for i in range(n - len(out))]
    return out


if __name__ == "__main__":
    sys.exit(main())
