"""URL → page bytes, safely: public addresses only, bounded time, size and redirects.

Every hop (the first URL and each redirect) is resolved and checked: private,
loopback, link-local, multicast, reserved and unspecified addresses, IPv4 and IPv6
(IPv4-mapped and 6to4/NAT64 forms included), raise :class:`BlockedAddress` unless
``settings.allow_private_addresses``.

DNS rebinding: the connection is *pinned* to the address that was checked. The request
goes to ``scheme://<checked IP>:port/path`` with the original ``Host`` header and, for
HTTPS, the original name as SNI and certificate hostname (httpcore's ``sni_hostname``
extension), so a second DNS answer cannot swap in a private address. An injected
``client`` therefore sees the IP in ``request.url`` and the name in ``Host``.

>>> page = fetch_url("https://example.com/story")   # doctest: +SKIP
>>> page.status, page.content_type
(200, 'text/html; charset=UTF-8')
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from copydesk.errors import (
    BadUrl,
    BlockedAddress,
    FetchError,
    FetchStatus,
    FetchTimeout,
    InputTooLarge,
)
from copydesk.settings import DEFAULTS, Settings

log = logging.getLogger(__name__)

Resolver = Callable[[str], list[str]]
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HEADERS = {
    "User-Agent": "copydesk/0.1 (+newsroom copy desk; fetches one page per request)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
}
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: the URL asked for, the URL that answered, and its bytes."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of the Content-Type header, if any."""
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def system_resolver(host: str) -> list[str]:
    """Every address ``host`` resolves to, via ``socket.getaddrinfo``."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", hint="check the URL's host name", host=host) from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in ipaddress.IPv6Network("64:ff9b::/96"):  # NAT64
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def blocked_reason(address: str) -> str | None:
    """Why ``address`` may not be fetched ("loopback", "private", …), or None if public."""
    try:
        ip: _IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            reason = blocked_reason(str(inner))
            return f"{reason} (embedded in IPv6)" if reason else None
    for reason, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("not globally routable", not ip.is_global),
    ):
        if flag:
            return reason
    return None


def _check_url(url: httpx.URL, settings: Settings, resolver: Resolver) -> str:
    """Validate one hop's URL and return the address to connect to."""
    if url.scheme not in ("http", "https"):
        raise BlockedAddress(
            f"only http and https URLs are fetched, not {url.scheme + ':' if url.scheme else 'a URL without a scheme'}",
            hint="pass an http:// or https:// URL",
            url=str(url),
        )
    host = url.host
    if not host:
        raise FetchError(f"the URL has no host: {url}", hint="pass an absolute URL", url=str(url))
    try:
        addresses = [str(ipaddress.ip_address(host))]
        literal = True
    except ValueError:
        addresses, literal = resolver(host), False
    if not addresses:
        raise FetchError(f"host {host!r} resolves to no address", url=str(url), host=host)
    if not settings.allow_private_addresses:
        for address in addresses:
            reason = blocked_reason(address)
            if reason is not None:
                where = f"{host} is" if literal else f"{host} resolves to {address},"
                raise BlockedAddress(
                    f"{where} a {reason} address; refused",
                    url=str(url),
                    host=host,
                    address=address,
                )
    return addresses[0]


def _pinned_request(client: httpx.Client, url: httpx.URL, address: str) -> httpx.Request:
    """A GET to ``address`` that presents ``url``'s host as Host header and SNI name."""
    host_header = url.netloc.decode("ascii")
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    return client.build_request(
        "GET",
        url.copy_with(host=address),
        headers={**_HEADERS, "Host": host_header},
        extensions=extensions,
    )


def _read_body(response: httpx.Response, settings: Settings, deadline: float, url: str) -> bytes:
    limit = settings.fetch_max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputTooLarge(
            f"the page is {int(declared):,} bytes, over the {limit:,}-byte fetch limit",
            size=int(declared),
            limit=limit,
            url=url,
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(
                f"the page is over the {limit:,}-byte fetch limit", size=size, limit=limit, url=url
            )
        if time.monotonic() > deadline:
            raise FetchTimeout(f"{url} took over {settings.fetch_timeout:g}s to send", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_url(
    url: str,
    *,
    settings: Settings = DEFAULTS,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
) -> FetchedPage:
    """Fetch ``url`` (following at most ``settings.fetch_max_redirects`` redirects).

    Raises :class:`BlockedAddress`, :class:`FetchTimeout` (per operation and for the
    whole fetch), :class:`InputTooLarge` past ``settings.fetch_max_bytes``,
    :class:`FetchStatus` for a 4xx/5xx answer and :class:`FetchError` otherwise.
    """
    resolve = resolver or system_resolver
    own = client is None
    http = client or httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False)
    deadline = time.monotonic() + settings.fetch_timeout
    try:
        current = httpx.URL(url)
        for _hop in range(settings.fetch_max_redirects + 1):
            address = _check_url(current, settings, resolve)
            request = _pinned_request(http, current, address)
            try:
                response = http.send(request, stream=True, follow_redirects=False)
            except httpx.TimeoutException:
                raise FetchTimeout(f"{current} did not answer within {settings.fetch_timeout:g}s", url=str(current)) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch {current}: {exc}", hint="check the URL", url=str(current)) from None
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    log.debug("redirect %s → %s", current, location)
                    current = current.join(location)
                    continue
                if response.status_code >= 400:
                    raise FetchStatus(
                        f"{current} answered HTTP {response.status_code}",
                        status=response.status_code,
                        url=str(current),
                    )
                try:
                    body = _read_body(response, settings, deadline, str(current))
                except httpx.TimeoutException:
                    raise FetchTimeout(f"{current} stopped sending", url=str(current)) from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"could not read {current}: {exc}", url=str(current)) from None
                return FetchedPage(
                    url=url,
                    final_url=str(current),
                    status=response.status_code,
                    content_type=response.headers.get("content-type"),
                    body=body,
                )
            finally:
                response.close()
        raise FetchError(
            f"{url} redirected more than {settings.fetch_max_redirects} times",
            hint="the site redirects in a loop; pass the final URL or the page's HTML",
            url=url,
        )
    except (httpx.InvalidURL, UnicodeError) as exc:  # malformed URL, host or IDNA label
        raise BadUrl(f"{url[:200]!r} is not a valid URL: {str(exc)[:200]}", url=url[:200]) from None
    finally:
        if own:
            http.close()
