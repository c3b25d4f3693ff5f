"""What a command's SOURCE argument names: a file, an http(s) URL, or ``-`` for stdin.

The library's :func:`copydesk.enrich` takes a string that is neither a path nor a URL
as the story's text; on the command line that would publish a typo (``gopher://…``,
``http://exa mple.com``, a folder's name) as an article. :func:`cli_source` refuses
anything that is not one of the three, with a coded error.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from copydesk.errors import BadUrl, InputError, SourceNotFound

_SCHEME = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|https?:)", re.IGNORECASE)


def check_url(url: str) -> str:
    """``url`` if it is a well-formed http(s) URL with a host; else BadUrl."""
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise BadUrl(f"{url[:200]!r} is a {scheme}: URL; only http:// and https:// pages can be read",
                     hint="download the story and pass the file, or pass its http(s) URL")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise BadUrl(f"{url[:200]!r} has a space or a control character in it",
                     hint="percent-encode spaces in the path; a host name never has one")
    try:
        host = httpx.URL(url).host
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise BadUrl(f"{url[:200]!r} is not a valid URL: {str(exc)[:200]}") from None
    if not host:
        raise BadUrl(f"{url[:200]!r} names no host")
    return url


def cli_source(arg: str) -> str | Path:
    """``-``, a checked http(s) URL, or the regular file ``arg`` names; else a coded error.

    Raises BadUrl, SourceNotFound (no such file) or InputError (a folder, a device).
    """
    if arg == "-":
        return arg
    if _SCHEME.match(arg):
        return check_url(arg)
    path = Path(arg).expanduser()
    try:
        exists, is_dir, is_file = path.exists(), path.is_dir(), path.is_file()
    except (OSError, ValueError) as exc:
        raise SourceNotFound(f"cannot open {arg[:200]!r}: {exc}") from None
    if not exists:
        raise SourceNotFound(f"no such file: {arg[:200]}",
                             hint="pass a file, an http(s) URL, or - to read the story from stdin")
    if is_dir:
        raise InputError(f"{arg[:200]} is a folder, not a story",
                         hint="enrich every story in a folder with `copydesk batch FOLDER OUT.jsonl`")
    if not is_file:
        raise InputError(f"{arg[:200]} is not a regular file (a device, a pipe or a socket)",
                         hint="pass a file, or pipe the story in with -")
    return path
