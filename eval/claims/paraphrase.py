"""Real paraphrases for the claim set: a local instruct model restates story sentences as claims.

Runs Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF, see README.md for its provenance and
sha256) on llama.cpp's server (``xllamacpp``) bound to 127.0.0.1, over a few dev stories,
and writes its raw answers to ``model_raw.jsonl``: one row per story with the numbered
sentences it was shown and the claims and questions it wrote, each citing sentence ids
(``copydesk.enrich(text).analysis.sentences``). Labels are added by hand afterwards
(``model.jsonl``); the model is never committed.

Run: ``nice -n 10 python eval/claims/paraphrase.py MODEL.gguf [--stories 15]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import sys
import time
from pathlib import Path

import httpx

import copydesk

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / ".." / "shared" / "data" / "news_dev.jsonl"
MAX_SENTENCES = 14

PROMPT = """Here are numbered sentences from a news story.

{sentences}

Write 8 short statements about this story, each under 15 words and in your own words (do \
not copy a sentence: shorten and rephrase it), each saying what one or two of the sentences \
above say, and 3 short questions a reader might ask that the story answers. Every statement \
and question cites the ids of the sentences it comes from. Answer with JSON only, in this shape:
{{"claims": [{{"text": "...", "cites": ["s1"]}}], "questions": [{{"text": "...?", "cites": ["s2"]}}]}}"""
PROMPT_VERSION = 2
"""The first four stories of ``model_raw.jsonl`` were asked with version 1, which did not
ask for short statements; the model then mostly copied the sentences."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def pick(rows: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """``n`` stories of moderate length, in a fixed pseudo-random order (hash of the id)."""
    ok = [r for r in rows if 1500 <= len(r["text"]) <= 6000]
    return sorted(ok, key=lambda r: hashlib.sha1(("para" + r["id"]).encode()).hexdigest())[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("--stories", type=int, default=15)
    ap.add_argument("--out", type=Path, default=HERE / "model_raw.jsonl")
    args = ap.parse_args(argv)
    import xllamacpp as xlc  # type: ignore[import-untyped]

    params = xlc.CommonParams()
    params.model.path = str(args.model)
    params.n_parallel = 1
    params.n_ctx = 4096
    for cpu in (params.cpuparams, params.cpuparams_batch):
        cpu.n_threads = 1  # one thread: on shared cores two threads wait on each other
        cpu.poll = 0
    params.port = _free_port()
    server = xlc.Server(params)
    base = str(server.listening_address)
    assert base.startswith("http://127.0.0.1:"), base
    deadline = time.monotonic() + 120
    while httpx.get(f"{base}/health", timeout=5).status_code != 200:
        if time.monotonic() > deadline:
            raise SystemExit("server not healthy")
        time.sleep(0.5)
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    done = set()
    if args.out.exists():
        done = {json.loads(x)["story"] for x in args.out.read_text().splitlines() if x}
    with args.out.open("a", encoding="utf-8") as fh:
        for row in pick(rows, args.stories):
            if row["id"] in done:
                continue
            sents = copydesk.enrich(row["text"]).analysis.sentences[:MAX_SENTENCES]
            listing = "\n".join(f"[{s.id}] {s.text}" for s in sents)
            t0 = time.monotonic()
            resp = httpx.post(f"{base}/v1/chat/completions", timeout=1500, json={
                "messages": [{"role": "user", "content": PROMPT.format(sentences=listing)}],
                "temperature": 0.3, "max_tokens": 600, "seed": 7,
                "response_format": {"type": "json_object"}})
            answer = resp.json()["choices"][0]["message"]["content"]
            fh.write(json.dumps({"story": row["id"], "prompt": PROMPT_VERSION,
                                 "seconds": round(time.monotonic() - t0, 1),
                                 "sentences": {s.id: s.text for s in sents},
                                 "answer": answer}, ensure_ascii=False) + "\n")
            fh.flush()
            print(row["id"], round(time.monotonic() - t0, 1), flush=True)
    del server
    return 0


if __name__ == "__main__":
    sys.exit(main())
