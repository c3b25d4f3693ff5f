"""Service load benchmark (``make bench-service``): the real server on loopback, a bounded load.

Starts ``uvicorn copydesk.web.app:create_app`` in its own process over a tmp SQLite
store (or ``--database URL``), then, each phase with a fixed request count and a time
cap:

* ``GET /healthz``: the baseline, a route that does nothing, on the same server;
* ``GET /articles/{id}``: the published page (rendered once per revision, then cached),
  also with ``If-None-Match`` (304); ``GET /v1/articles/{id}`` with a token, likewise.
  Read phases use a minimal keep-alive HTTP/1.1 client (so the load generator, on the
  same two cores, costs as little as it can) and measure the server's CPU per request
  from ``/proc``: the read table checks each against its targets (>= 1,000 req/s,
  p99 < 50 ms, CPU per request <= 2x ``/healthz`` in the same run);
* ``POST /v1/articles``: enrich (the real pipeline) and store distinct dev-set stories;
* concurrent editors: N threads each saving K revisions of one article through
  ``PATCH …/parts/headline`` with the revision they read as ``parent``, retrying on
  409; asserts afterwards that the article has exactly 1 + N·K revisions and every
  saved headline is in one of them (zero revisions lost).

* pathological stories (many short lines, one huge sentence, deep nesting), POSTed
  while a reader keeps reading: time to the answer, its code, the peak memory of the
  server and its workers, and the read p99 meanwhile; then the segmenter alone on
  each shape at n and 4n characters (time and traced peak memory: linear means ~4x).

Prints the tables: requests/s, p50 and p99 latency, CPU, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import contextlib
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
TARGET_RPS = 1000
TARGET_P99_MS = 50.0
TARGET_CPU_RATIO = 2.0
BUDGET_S = 60.0  # Settings.enrich_timeout_s
BUDGET_MB = 1024  # Settings.enrich_max_memory_mb
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


# --------------------------------------------------------------------------- reads


class KeepAlive:
    """A minimal HTTP/1.1 keep-alive client: one socket, prebuilt requests, Content-Length bodies."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock: socket.socket | None = None
        self.buf = b""

    def _connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=60)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""
        return sock

    def request(self, raw: bytes) -> int:
        """Send one prebuilt request; the response status (the body is read and dropped)."""
        if self.sock is None:
            self.sock = self._connect()
        self.sock.sendall(raw)
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                self.close()
                raise ConnectionError("the server closed the connection")
            self.buf += chunk
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(rest) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                self.close()
                raise ConnectionError("the server closed the connection")
            rest += chunk
        self.buf = rest[length:]
        return status

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None


def raw_get(path: str, headers: dict[str, str] | None = None) -> bytes:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode()


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Read:
    result: Result
    cpu_s: float

    @property
    def cpu_ms_per_request(self) -> float:
        done = len(self.result.latencies)
        return self.cpu_s * 1000 / done if done else float("nan")


def read_load(name: str, port: int, pid: int, raw: bytes, *, count: int, concurrency: int,
              cap_s: float, expect: int = 200) -> Read:
    """``count`` identical GETs over keep-alive connections; latencies and the server's CPU."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(count))
    cpu0 = cpu_seconds(pid)
    start = time.perf_counter()
    deadline = start + cap_s

    def worker() -> None:
        nonlocal errors
        conn = KeepAlive(port)
        mine: list[float] = []
        bad = 0
        try:
            while time.perf_counter() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    break
                t0 = time.perf_counter()
                try:
                    ok = conn.request(raw) == expect
                except OSError:
                    ok = False
                    conn.close()
                if ok:
                    mine.append(time.perf_counter() - t0)
                else:
                    bad += 1
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)
                errors += bad

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    return Read(Result(name, count, concurrency, seconds, latencies, errors), cpu_seconds(pid) - cpu0)


# --------------------------------------------------------------------------- pathological input

SHAPES = {
    "many short lines": lambda n: "a\n" * (n // 2),
    "one huge sentence": lambda n: ("Officials said that the council would meet again and that the budget, "
                                    "which was approved on Monday, would be cut " * (n // 120)).strip() + ".",
    "deep nesting": lambda n: "(" * (n // 2) + ")" * (n // 2),
}


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        todo += children.get(p, [])
    return total


@dataclass
class Bad:
    shape: str
    chars: int
    seconds: float
    status: int
    code: str
    base_mb: float
    peak_mb: float
    read_p99_ms: float
    reads: int


def pathological(base: str, port: int, pid: int, token: str, page_id: str, shape: str, chars: int) -> Bad:
    """POST one pathological story while a reader reads the published page; what it cost."""
    text = SHAPES[shape](chars)
    base_rss = tree_rss(pid)
    peak = base_rss
    done = threading.Event()
    reads: list[float] = []

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(pid))
            time.sleep(0.05)

    def read() -> None:
        conn = KeepAlive(port)
        raw = raw_get(f"/articles/{page_id}")
        while not done.is_set():
            t0 = time.perf_counter()
            try:
                if conn.request(raw) == 200:
                    reads.append(time.perf_counter() - t0)
            except OSError:
                conn.close()
            time.sleep(0.01)
        conn.close()

    threads = [threading.Thread(target=watch), threading.Thread(target=read)]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    try:
        r = httpx.post(f"{base}/v1/articles", json={"text": text}, timeout=600,
                       headers={"Authorization": f"Bearer {token}"})
        status, code = r.status_code, str(r.json().get("code", "")) if r.status_code >= 400 else "created"
    except httpx.HTTPError as exc:
        status, code = 0, type(exc).__name__
    seconds = time.perf_counter() - t0
    done.set()
    for t in threads:
        t.join()
    p99 = Result("reads", len(reads), 1, seconds, reads, 0).pct(0.99)
    return Bad(shape, len(text), seconds, status, code, base_rss / 2**20, peak / 2**20, p99, len(reads))


def segment_rows(sizes: tuple[int, int]) -> list[tuple[str, int, float, float]]:
    """The segmenter alone (tokenize, boundaries, sentences) per shape and size: seconds, peak MB."""
    import tracemalloc

    from spacy.attrs import SENT_START

    from copydesk.nlp.parser import load_pipeline
    from copydesk.nlp.segment import build_sentences, set_boundaries

    nlp = load_pipeline()
    rows = []
    for shape, make in SHAPES.items():
        for n in sizes:
            text = make(n)
            tracemalloc.start()
            t0 = time.perf_counter()
            doc = set_boundaries(nlp.make_doc(text))
            starts = doc.to_array([SENT_START]).astype("int64")
            starts[starts == 0] = -1
            starts[0] = 1
            doc.from_array([SENT_START], starts.astype("uint64"))
            build_sentences(doc)
            seconds = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            rows.append((shape, n, seconds, peak / 2**20))
    return rows


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
    with httpx.Client(base_url=base, headers=auth, timeout=60) as client:
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
    parser.add_argument("--bad-chars", type=int, default=180_000,
                        help="size of each pathological story (the size limit is 200,000 bytes)")
    parser.add_argument("--skip-writes", action="store_true", help="only the read and pathological phases")
    parser.add_argument("--reads-only", action="store_true", help="only the read phases")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the read phases (median reported)")
    parser.add_argument("--src", type=Path, help="serve this source tree instead (e.g. an old commit's "
                                                   "worktree, for a before/after on the same machine)")
    return parser


def run(args: argparse.Namespace) -> int:
    """Start the server over the chosen store, run every phase, print the table."""

    data = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data), "COPYDESK_RATE_LIMIT_PER_MINUTE": "1000000"}
    if args.database:
        env["COPYDESK_DATABASE_URL"] = args.database
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    sys.path.insert(0, str(REPO / "src"))
    # The token is made by the code the server runs (its store schema may be older than this one).
    token = subprocess.run([sys.executable, "-m", "copydesk", "token", "create", "bench"], env=env,
                           cwd=str(REPO), capture_output=True, text=True, check=True).stdout.strip()

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    # The GETs come from a raw keep-alive client (class KeepAlive); uvicorn's access log is off.
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

        json_auth = {"Authorization": f"Bearer {token}"}
        page_etag = httpx.get(f"{base}/articles/{page_id}").headers.get("etag", "\"none\"")
        json_etag = httpx.get(f"{base}/v1/articles/{page_id}", headers=json_auth).headers.get("etag", "\"none\"")
        phases = [
            ("GET /healthz (baseline)", raw_get("/healthz"), 200),
            ("GET /articles/{id}", raw_get(f"/articles/{page_id}"), 200),
            ("GET /articles/{id} (304)", raw_get(f"/articles/{page_id}", {"If-None-Match": page_etag}), 304),
            ("GET /v1/articles/{id}", raw_get(f"/v1/articles/{page_id}", json_auth), 200),
            ("GET /v1/articles/{id} (304)",
             raw_get(f"/v1/articles/{page_id}", {**json_auth, "If-None-Match": json_etag}), 304),
        ]
        for _name, raw, expect in phases:  # warm every path (and the keep-alive connections)
            read_load("warm-up", port, server.pid, raw, count=50, concurrency=2, cap_s=10, expect=expect)
        # Rounds interleave the phases, so a neighbour's load on the shared cores hits them alike;
        # each phase reports its median round (by req/s).
        rounds = [[read_load(name, port, server.pid, raw, count=args.reads, concurrency=args.concurrency,
                             cap_s=args.cap, expect=expect) for name, raw, expect in phases]
                  for _ in range(args.rounds)]
        reads = [sorted((r[i] for r in rounds), key=lambda x: x.result.rps)[len(rounds) // 2]
                 for i in range(len(phases))]

        bad: list[Bad] = []
        if not args.reads_only:
            bad = [pathological(base, port, server.pid, token, page_id, shape, args.bad_chars)
                   for shape in SHAPES]
            bad.append(pathological(base, port, server.pid, token, page_id, "many short lines", 40_000))

        results: list[Result] = []
        edit, conflicts, lost = Result("PATCH part", 0, 0, 0.0, [], 0), 0, 0
        if not args.skip_writes and not args.reads_only:
            results = [
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

    backend = "PostgreSQL (throwaway, loopback)" if args.postgres else args.database or "SQLite (tmp file)"
    print(f"\ncopydesk service on 127.0.0.1, 1 uvicorn worker, store: {backend}, {os.cpu_count()} cores "
          "(shared with the load generator)")
    base_read = reads[0]
    base_cpu = base_read.cpu_ms_per_request
    print(f"\nreads (targets: >= {TARGET_RPS:,} req/s, p99 < {TARGET_P99_MS:g} ms, "
          f"CPU/request <= {TARGET_CPU_RATIO:g}x /healthz)")
    print(f"{'phase':30} {'done':>11} {'conc':>4} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'CPU ms/req':>10} {'CPU vs base':>11} {'rps vs base':>11}  targets")
    read_ok = True
    for r in reads:
        res = r.result
        cpu_ratio = r.cpu_ms_per_request / base_cpu if base_cpu else float("nan")
        checks = [res.rps >= TARGET_RPS, res.pct(0.99) < TARGET_P99_MS]
        if r is not base_read:
            checks.append(cpu_ratio <= TARGET_CPU_RATIO)
        marks = " ".join("met" if ok else "MISSED" for ok in checks)
        if r is not base_read and r.result.name.endswith("}"):
            read_ok = read_ok and all(checks)
        print(f"{res.name:30} {len(res.latencies):>5}/{res.requests:<5} {res.concurrency:>4} {res.rps:>8.1f} "
              f"{res.pct(0.5):>7.2f} {res.pct(0.99):>7.2f} {r.cpu_ms_per_request:>10.3f} {cpu_ratio:>11.2f} "
              f"{res.rps / base_read.result.rps:>11.2f}  {marks}{'  errors: ' + str(res.errors) if res.errors else ''}")

    bad_ok = True
    if not args.reads_only:
        print(f"\npathological stories (each POSTed while a reader reads the published page; "
              f"budget: {BUDGET_S:g} s, {BUDGET_MB:,} MB per story)")
        print(f"{'shape':20} {'chars':>8} {'seconds':>8} {'status':>6} {'code':22} {'base MB':>8} "
              f"{'peak MB':>8} {'+MB':>7} {'read p99 ms':>11} {'reads':>6}")
        for b in bad:
            print(f"{b.shape:20} {b.chars:>8,} {b.seconds:>8.2f} {b.status:>6} {b.code:22} {b.base_mb:>8.0f} "
                  f"{b.peak_mb:>8.0f} {b.peak_mb - b.base_mb:>7.0f} {b.read_p99_ms:>11.2f} {b.reads:>6}")
        bad_ok = all(400 <= b.status < 500 or b.status in (200, 201) for b in bad) and all(
            b.seconds <= BUDGET_S + 10 for b in bad)

        sizes = (args.bad_chars // 4, args.bad_chars)
        print(f"\nsegmentation alone (tokenize, boundaries, sentences) at {sizes[0]:,} and {sizes[1]:,} characters")
        print(f"{'shape':20} {'chars':>8} {'seconds':>8} {'us/char':>8} {'peak MB':>8} {'time x':>7} {'mem x':>7}")
        seg = segment_rows(sizes)
        for (shape, n, sec, mb), prev in zip(seg, [None, *seg[:-1]], strict=True):
            grow = prev is not None and prev[0] == shape
            tx = f"{sec / prev[2]:7.1f}" if grow and prev and prev[2] else f"{'':7}"
            mx = f"{mb / prev[3]:7.1f}" if grow and prev and prev[3] else f"{'':7}"
            print(f"{shape:20} {n:>8,} {sec:>8.3f} {sec / n * 1e6:>8.2f} {mb:>8.2f} {tx} {mx}")

    if results:
        base_rps = base_read.result.rps
        print(f"\nwrites\n{'phase':32} {'done':>9} {'conc':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'vs base':>8} {'errors':>6}")
        for r in results:
            print(f"{r.name:32} {len(r.latencies):>4}/{r.requests:<4} {r.concurrency:>4} {r.rps:>8.1f} "
                  f"{r.pct(0.5):>8.1f} {r.pct(0.99):>8.1f} {r.rps / base_rps:>8.3f} {r.errors:>6}")
        print(f"\nconcurrent editors: {len(edit.latencies)} revisions saved, {conflicts} conflicts retried, "
              f"{lost} revisions lost")
    failed = lost != 0 or any(r.errors for r in results) or any(r.result.errors for r in reads) or not bad_ok or (
        not args.skip_writes and not args.reads_only and len(edit.latencies) != args.editors * args.saves)
    print(json.dumps({"lost_revisions": lost, "read_targets_met": read_ok, "pathological_ok": bad_ok,
                      "ok": not failed}))
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
