"""A small HTTP client for SPARQL servers: kept-alive connections, Basic and Digest authentication.

Only the standard library (``http.client``).  Used by :mod:`kg._push` (Graph Store Protocol) and
:mod:`kg.remote` (queries on a remote endpoint).  Why not ``urllib``: its auth handlers send every
request twice (once to be told to log in), which for a Graph Store PUT means uploading each graph
twice; here the server's Digest challenge is kept and answered up front on the next requests
(``nc`` counting up), as browsers do.

Credentials come from the environment (``KG_PUSH_USER`` / ``KG_PUSH_PASSWORD``) or a netrc file
(``$NETRC``, else ``~/.netrc``), never from the command line: a URL with ``user:password@`` is
refused.  The password is never put in a message; :func:`scrub` removes it from any text that
is shown, as a second guard.

Errors (all :class:`extract.errors.KGError`, one line each)::

    RemoteError            the server could not be reached, or answered with an error
    ├── RemoteTimeout      it did not answer in time
    └── AuthError          it asks for a login kg has not got, or refuses it (401/403)
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import secrets
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from extract.errors import KGError

__all__ = ["AuthError", "Client", "Credentials", "RemoteError", "RemoteTimeout", "Response", "credentials_for", "plain_url",
           "scrub", "shown_url"]

USER_ENV = "KG_PUSH_USER"
PASSWORD_ENV = "KG_PUSH_PASSWORD"
#: the longest server message kept in an error
MESSAGE_CHARS = 200


class RemoteError(KGError):
    """A SPARQL server could not be reached, or answered a request with an error."""

    code = "KG600"


class RemoteTimeout(RemoteError):
    """The server did not answer within the time limit."""

    code = "KG602"


class AuthError(RemoteError):
    """The server asks for credentials kg has not got, or refuses the ones it sent (401/403)."""

    code = "KG601"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)
    source: str = ""  # where they came from, for messages ("KG_PUSH_USER", "~/.netrc")


def plain_url(url: str) -> str:
    """``url`` checked: http(s), a host, no ``user:password@`` (credentials never go on a command line)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"“{shown_url(url)}” is not an http:// or https:// URL")
    if parts.username is not None or parts.password is not None:
        raise RemoteError(f"credentials do not go in the URL (they would show in the shell history and process "
                          f"list): set {USER_ENV} and {PASSWORD_ENV}, or add the host to ~/.netrc")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise RemoteError(f"“{shown_url(url)}”: the port is not a number") from None
    return url


def shown_url(url: str) -> str:
    """A URL as it may be shown: without user information, query or fragment."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        parts = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])
    return urlunsplit(parts._replace(query="", fragment=""))[:200]


def credentials_for(url: str, env: dict[str, str] | None = None) -> Credentials | None:
    """The credentials for ``url``: ``KG_PUSH_USER``/``KG_PUSH_PASSWORD``, else the netrc entry of its host."""
    import netrc

    e = os.environ if env is None else env
    user, password = e.get(USER_ENV), e.get(PASSWORD_ENV)
    if user and password is not None:
        return Credentials(user, password, f"{USER_ENV}/{PASSWORD_ENV}")
    if password is not None and not user:
        raise AuthError(f"{PASSWORD_ENV} is set but {USER_ENV} is not: set both")
    path = e.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None
    try:
        auth = netrc.netrc(path).authenticators(urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as err:
        # the parser's message may quote a line of the file, which can hold a password
        lineno = getattr(err, "lineno", None)
        raise AuthError(f"{path}: not a readable netrc file" + (f" (line {lineno})" if lineno else "")) from None
    if not auth or not auth[0]:
        return None
    return Credentials(auth[0], auth[2] or "", path)


def scrub(text: str, creds: Credentials | None) -> str:
    """``text`` with the password (and its URL-encoded form) replaced by ``***``."""
    if creds is None or not creds.password:
        return text
    from urllib.parse import quote

    for secret in {creds.password, quote(creds.password, safe="")}:
        if len(secret) >= 1:
            text = text.replace(secret, "***")
    return text


@dataclass
class Response:
    status: int
    reason: str
    headers: Any  # http.client.HTTPMessage
    body: bytes

    def message(self) -> str:
        """The server's error message, shortened to one line (HTML tags and blank space removed)."""
        ctype = (self.headers.get("Content-Type") or "").lower()
        text = self.body[:20000].decode("utf-8", errors="replace")
        if "html" in ctype or text.lstrip().startswith("<"):
            # the head, scripts and the heading that repeats the status line go; so do tags, but not the
            # <IRI>s a message may quote
            text = re.sub(r"(?is)<(script|style|head|h1)\b.*?</\1\s*>", " ", text)
            text = re.sub(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<!DOCTYPE[^>]*>|<!--.*?-->", " ", text, flags=re.S)
            import html

            text = html.unescape(text)
        text = " ".join(text.split())
        return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


# a WWW-Authenticate value: scheme words, each followed by its key=value parameters
_TOKEN = re.compile(r'(?P<key>[A-Za-z0-9_.-]+)\s*=\s*(?P<value>"(?:[^"\\]|\\.)*"|[^,\s]*)|(?P<scheme>[A-Za-z][A-Za-z0-9_-]*)')


def _challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` values as {scheme (lower case): {param: value}}.

    >>> _challenges(['Digest realm="SPARQL", nonce="a,b", qop="auth", Basic realm="x"'])["digest"]["nonce"]
    'a,b'
    """
    out: dict[str, dict[str, str]] = {}
    for v in values:
        current: dict[str, str] | None = None
        for m in _TOKEN.finditer(v):
            if m.group("scheme"):
                current = out.setdefault(m.group("scheme").lower(), {})
            elif current is not None:
                x = m.group("value")
                current[m.group("key").lower()] = re.sub(r"\\(.)", r"\1", x[1:-1]) if x.startswith('"') else x
    return out


class _Digest:
    """The state of a Digest challenge: answered up front on every later request (``nc`` counts up)."""

    def __init__(self, params: dict[str, str]) -> None:
        self.params = params
        self.nc = 0
        algo = params.get("algorithm", "MD5").upper()
        self.sess = algo.endswith("-SESS")
        name = algo.removesuffix("-SESS")
        if name not in ("MD5", "SHA-256", "SHA-512-256"):
            raise RemoteError(f"the server asks for Digest authentication with {algo}, which kg does not speak")
        self.hash = {"MD5": "md5", "SHA-256": "sha256", "SHA-512-256": "sha512_256"}[name]
        qops = [q.strip() for q in params.get("qop", "").split(",") if q.strip()]
        if qops and "auth" not in qops:
            raise RemoteError(f"the server asks for Digest qop={params['qop']}, which kg does not speak")
        self.qop = "auth" if qops else ""
        self.cnonce = secrets.token_hex(8)

    def _h(self, text: str) -> str:
        return hashlib.new(self.hash, text.encode("utf-8")).hexdigest()

    def header(self, creds: Credentials, method: str, uri: str) -> str:
        p = self.params
        self.nc += 1
        nc = f"{self.nc:08x}"
        ha1 = self._h(f"{creds.user}:{p.get('realm', '')}:{creds.password}")
        if self.sess:
            ha1 = self._h(f"{ha1}:{p.get('nonce', '')}:{self.cnonce}")
        ha2 = self._h(f"{method}:{uri}")
        if self.qop:
            resp = self._h(f"{ha1}:{p.get('nonce', '')}:{nc}:{self.cnonce}:{self.qop}:{ha2}")
        else:
            resp = self._h(f"{ha1}:{p.get('nonce', '')}:{ha2}")

        def q(v: str) -> str:
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

        parts = [f"username={q(creds.user)}", f"realm={q(p.get('realm', ''))}", f"nonce={q(p.get('nonce', ''))}",
                 f"uri={q(uri)}", f"response={q(resp)}"]
        if "algorithm" in p:
            parts.append(f"algorithm={p['algorithm']}")
        if "opaque" in p:
            parts.append(f"opaque={q(p['opaque'])}")
        if self.qop:
            parts += [f"qop={self.qop}", f"nc={nc}", f"cnonce={q(self.cnonce)}"]
        return "Digest " + ", ".join(parts)


class Client:
    """Requests to one or more servers, each connection kept alive; logs in when a server asks.

    ``creds`` are used only when a server answers 401 (and then on every later request to that
    host, answering its Digest challenge up front).  Basic is sent over ``http://`` only when the
    server asks for nothing stronger.
    """

    def __init__(self, creds: Credentials | None, *, timeout: float = 300.0) -> None:
        self.creds = creds
        self.timeout = timeout
        self._conns: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._auth: dict[str, _Digest | str] = {}  # per host:port: a Digest state, or "basic"

    def close(self) -> None:
        for c in self._conns.values():
            c.close()
        self._conns.clear()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _conn(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        key = (scheme, netloc)
        c = self._conns.get(key)
        if c is None:
            if scheme == "https":
                c = http.client.HTTPSConnection(netloc, timeout=self.timeout, context=ssl.create_default_context())
            else:
                c = http.client.HTTPConnection(netloc, timeout=self.timeout)
            self._conns[key] = c
        return c

    def _drop(self, scheme: str, netloc: str) -> None:
        c = self._conns.pop((scheme, netloc), None)
        if c is not None:
            c.close()

    def _authorization(self, netloc: str, method: str, uri: str) -> str | None:
        import base64

        state = self._auth.get(netloc)
        if state is None or self.creds is None:
            return None
        if isinstance(state, _Digest):
            return state.header(self.creds, method, uri)
        token = base64.b64encode(f"{self.creds.user}:{self.creds.password}".encode()).decode("ascii")
        return f"Basic {token}"

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        uri = parts.path or "/"
        if parts.query:
            uri += "?" + parts.query
        h = {"User-Agent": "kg", **headers}
        auth = self._authorization(parts.netloc, method, uri)
        if auth:
            h["Authorization"] = auth
        for attempt in (0, 1):
            fresh = (parts.scheme, parts.netloc) not in self._conns
            c = self._conn(parts.scheme, parts.netloc)
            try:
                c.request(method, uri, body=body, headers=h)
                r = c.getresponse()
                data = r.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
                    http.client.CannotSendRequest, http.client.BadStatusLine) as e:
                self._drop(parts.scheme, parts.netloc)
                if fresh or attempt:  # a new connection that fails is a real failure; a kept one may have closed
                    raise _unreachable(url, e) from None
                continue
            except (OSError, http.client.HTTPException) as e:
                self._drop(parts.scheme, parts.netloc)
                raise _unreachable(url, e) from None
            if r.will_close:
                self._drop(parts.scheme, parts.netloc)
            return Response(r.status, r.reason, r.headers, data)
        raise AssertionError("unreachable")  # pragma: no cover

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:
        """Send one request, logging in when the server asks (401); return the final response.

        Raises :class:`RemoteError` when the server cannot be reached, and :class:`AuthError`
        when it asks for a login kg cannot give or refuses the one it gave.  Any other status
        is returned for the caller to judge.
        """
        netloc = urlsplit(url).netloc
        headers = dict(headers or {})
        sent_auth = netloc in self._auth and self.creds is not None
        r = self._send(method, url, body, headers)
        tries = 0
        while r.status == 401 and tries < 2:
            tries += 1
            chal = _challenges(r.headers.get_all("WWW-Authenticate") or [])
            if self.creds is None:
                raise AuthError(f"{shown_url(url)} asks for a login ({r.status} {r.reason}): set {USER_ENV} and "
                                f"{PASSWORD_ENV}, or add the host to ~/.netrc")
            stale = "digest" in chal and chal["digest"].get("stale", "").lower() == "true"
            if sent_auth and not stale:
                break
            if "digest" in chal:
                self._auth[netloc] = _Digest(chal["digest"])
            elif "basic" in chal:
                self._auth[netloc] = "basic"
            else:
                schemes = ", ".join(chal) or "none named"
                raise AuthError(f"{shown_url(url)} asks for a login kg cannot give (schemes: {schemes})")
            sent_auth = True
            r = self._send(method, url, body, headers)
        if r.status == 401:
            self._auth.pop(netloc, None)
            assert self.creds is not None
            raise AuthError(f"{shown_url(url)} refused the credentials of user “{self.creds.user}” "
                            f"(from {self.creds.source}): 401 {r.reason}")
        return r


def _unreachable(url: str, e: BaseException) -> RemoteError:
    if isinstance(e, socket.gaierror):
        why = f"unknown host ({e.strerror or e})"
    elif isinstance(e, ConnectionRefusedError):
        why = "connection refused (is the server running, on this port?)"
    elif isinstance(e, (TimeoutError, socket.timeout)):
        return RemoteTimeout(f"{shown_url(url)} did not answer in time")
    elif isinstance(e, ssl.SSLError):
        why = f"TLS failed ({e.reason or e})"
    elif isinstance(e, OSError) and e.strerror:
        why = e.strerror
    else:
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
    return RemoteError(f"cannot reach {shown_url(url)}: {why}")
