"""The one request loop of the provider clients, and the auth strategies it sends with.

Every provider client sends its requests through a :class:`RequestLoop`: route name → URL (the
route table, the base URL) → headers → send → transport failure in the vendor's words → a 401
renews the credentials *once* and the request goes out once more (a 401 means nothing was
executed) → a non-success answer in the vendor's words. What differs between vendors is the
credential, so that is a :class:`CredentialAuth`, an :class:`httpx.Auth` whose flow puts the
credentials on the request and, after a 401, calls :meth:`CredentialAuth.renew`:

* :meth:`CredentialAuth.apply` puts the credentials on a request's headers (or on a fresh dict, for a
  stream opened elsewhere);
* :attr:`CredentialAuth.generation` is bumped whenever the credentials change, so that N requests
  refused at once make one new sign-in, not N;
* :meth:`CredentialAuth.renew` signs in again under a lock, unless someone else already did since the
  refused request was sent. It returns ``False`` only when the credentials cannot be renewed or were
  definitely refused; a renewal that meets a server error, a transport failure or an unreadable
  answer raises that error (callers such as the stream supervisor retry those);
* :meth:`CredentialAuth.refusal` gives the vendor's words for a 401 that stands (``None``: the
  words of the answer's status, from the vendor's ``error_from_response``).

What else is the vendor's own — each route's feature in words, its mappings of an answer and of a
transport failure to errors, its JSON decoder, its logger — is declared once per vendor as a
:class:`VendorDialect` and handed to the loop.

Nothing here logs a URL (a query may carry a password ticket or an SMS text), a header or a body:
the log gets the method, the route name and the status.
"""

from __future__ import annotations

import abc
import asyncio
import logging
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ..core.errors import AuthExpired, ServerUnavailable, UserFacingError
from .routing import RouteTable
from .wire_common import UnreadableResponse

__all__ = ["NO_BODY", "CredentialAuth", "HeaderAuth", "RequestLoop", "VendorDialect"]

#: ``body=NO_BODY``: the request has no body (``None`` or ``{}`` are bodies: JSON ``null``/``{}``).
NO_BODY: Any = object()


class CredentialAuth(httpx.Auth, abc.ABC):
    """A vendor's credentials: put on every request; renewed at most once per request after a 401."""

    # The 401 answer is read (and its connection given back) before the renewal sends its own request.
    requires_response_body = True
    #: What a request without credentials that cannot be had says.
    not_signed_in = "Not signed in; please sign in"

    def __init__(self) -> None:
        #: Bumped whenever the credentials change (see :meth:`changed`).
        self.generation = 0
        self._lock = asyncio.Lock()

    @property
    def signed_in(self) -> bool:
        """Whether there are credentials to send (else the loop signs in before the first request)."""
        return True

    @abc.abstractmethod
    def apply(self, headers: MutableMapping[str, str]) -> None:
        """Put the credentials on ``headers`` (nothing when there are none)."""

    def changed(self) -> None:
        self.generation += 1

    async def renew(self, generation: int) -> bool:
        """New credentials after a refusal of those of ``generation``: once, under the lock.

        ``True`` when another request already renewed them meanwhile, or :meth:`sign_in_again` did;
        ``False`` when they cannot be renewed or were refused. Other failures raise.
        """
        async with self._lock:
            if self.generation != generation and self.signed_in:
                return True  # someone else already signed in anew meanwhile
            return await self.sign_in_again()

    async def sign_in_again(self) -> bool:
        """Sign in anew (called under the lock): ``False`` when these credentials cannot be renewed."""
        return False

    def refusal(self, *, after_renewal: bool) -> UserFacingError | None:
        """The error for a 401 that stands; ``None`` for the words of the answer's status."""
        return None

    def forget_received(self) -> None:
        """Called once a request's exchange is over, whatever its outcome (Telavox clears the jar here)."""

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("the provider clients renew their credentials on an httpx.AsyncClient only")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        try:
            generation = self.generation
            self.apply(request.headers)
            response = yield request
            if response.status_code == 401 and await self.renew(generation):
                self.apply(request.headers)
                yield request
        finally:
            self.forget_received()


class HeaderAuth(CredentialAuth):
    """One fixed header (an API key, HTTP Basic, a portal-made token): it cannot renew itself.

    ``refused``: the words of the :class:`AuthExpired` for a 401 (``None``: the vendor's 401 words).
    """

    def __init__(self, name: str, value: str, *, refused: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._value = value
        self._refused = refused

    def __repr__(self) -> str:  # never the value
        return f"HeaderAuth({self._name!r})"

    def apply(self, headers: MutableMapping[str, str]) -> None:
        headers[self._name] = self._value

    def refusal(self, *, after_renewal: bool) -> UserFacingError | None:
        return AuthExpired(self._refused) if self._refused else None


class ResponseErrors(Protocol):
    def __call__(self, response: httpx.Response, *, feature: str, route: str) -> UserFacingError: ...


class TransportErrors(Protocol):
    def __call__(self, exc: BaseException, *, feature: str, command: bool = False) -> ServerUnavailable: ...


@dataclass(frozen=True)
class VendorDialect:
    """What a vendor's requests say in its own words, declared once per vendor.

    ``features`` names each route in words (for error messages); ``response_error``/``transport_error``
    are the vendor's mappings of a non-success answer and of a transport failure; ``parse_json`` its
    decoder (raising :class:`UnreadableResponse`); an unreadable answer is logged on ``logger`` at
    ``unreadable_level``, after ``log_label``.
    """

    features: Mapping[str, str]
    response_error: ResponseErrors
    transport_error: TransportErrors
    parse_json: Callable[[bytes], Any]
    logger: logging.Logger
    unreadable_level: int = logging.DEBUG
    log_label: str = ""


class RequestLoop:
    """Sends the requests of one client: one route at a time, with its auth strategy.

    ``dialect``: the vendor's words (:class:`VendorDialect`). ``base_url``: one URL, or one per
    :attr:`base` of the routes (Telavox's v1 and CAPI). ``path_fields`` gives the fields every path
    may use (Dstny's ``{d}``/``{u}``); ``base_headers`` go on every request (Telavox's ``Content-Type``).
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        dialect: VendorDialect,
        *,
        routes: RouteTable,
        base_url: str | Mapping[str, str],
        auth: CredentialAuth,
        path_fields: Callable[[], Mapping[str, object]] | None = None,
        base_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._http = http
        self.routes = routes
        self._base_url = base_url.rstrip("/") if isinstance(base_url, str) else {
            k: v.rstrip("/") for k, v in base_url.items()}
        self.auth = auth
        self.dialect = dialect
        self._log = dialect.logger
        self._path_fields = path_fields
        self._base_headers = dict(base_headers or {})

    def url(self, route: str, **fields: object) -> str:
        """The absolute URL of ``route`` with ``fields`` (and the ``path_fields``) filled in."""
        values: dict[str, object] = dict(self._path_fields()) if self._path_fields is not None else {}
        values.update(fields)
        base = self._base_url if isinstance(self._base_url, str) else self._base_url[self.routes[route].base]
        return base + self.routes.path(route, **values)

    def headers(self, accept: str = "application/json") -> dict[str, str]:
        """The headers of a request with the current credentials: a fresh dict each call (httpx-sse
        mutates the dict it is given, PITFALLS 5)."""
        headers = {"Accept": accept, **self._base_headers}
        self.auth.apply(headers)
        return headers

    def feature(self, route: str) -> str:
        return self.dialect.features.get(route, route)

    async def send(
        self,
        route: str,
        *,
        fields: Mapping[str, object] | None = None,
        params: Any = None,
        body: Any = NO_BODY,
        accept: str = "application/json",
        command: bool = False,
        content: bytes | None = None,
        content_type: str = "application/octet-stream",
    ) -> httpx.Response:
        """Send one request of ``route``; a 2xx response or a :class:`UserFacingError`.

        ``content`` (instead of a JSON ``body``) sends those bytes as they are, as ``content_type``.

        Without credentials it signs in first; a 401 renews them once and re-sends once.
        """
        auth = self.auth
        if not auth.signed_in and not await auth.renew(auth.generation):
            raise AuthExpired(auth.not_signed_in)
        headers = {"Accept": accept, **self._base_headers}
        kwargs: dict[str, Any] = {"headers": headers, "auth": auth}
        if params:
            kwargs["params"] = params
        if body is not NO_BODY:
            headers.setdefault("Content-Type", "application/json")
            kwargs["json"] = body
        elif content is not None:
            headers["Content-Type"] = content_type
            kwargs["content"] = content
        response = await self._exchange(route, fields, command=command, **kwargs)
        if response.is_success:
            return response
        if response.status_code == 401:
            renewed = any(earlier.status_code == 401 for earlier in response.history)
            error = auth.refusal(after_renewal=renewed)
            if error is not None:
                raise error
        raise self.dialect.response_error(response, feature=self.feature(route), route=route)

    async def json(self, route: str, **kwargs: Any) -> Any:
        """The decoded JSON body of :meth:`send`'s answer; ``None`` for an empty body."""
        response = await self.send(route, **kwargs)
        if not response.content.strip():
            return None
        try:
            return self.dialect.parse_json(response.content)
        except UnreadableResponse as exc:
            self._log.log(self.dialect.unreadable_level, "%s%s: %s", self.dialect.log_label, route, exc.reason)
            raise

    async def sign_in(
        self,
        route: str,
        *,
        refused: str,
        headers: Mapping[str, str],
        params: Any = None,
        data: Any = None,
        on_answer: Callable[[httpx.Response], None] | None = None,
    ) -> httpx.Response:
        """Send a sign-in request of ``route`` without the credentials (the request makes them).

        ``on_answer`` sees the answer first, whatever its status; a 401/403 is :class:`AuthExpired`
        with ``refused``; another non-success answer is the vendor's error; else the 2xx answer.
        """
        kwargs: dict[str, Any] = {"headers": dict(headers)}
        if params is not None:
            kwargs["params"] = params
        if data is not None:
            kwargs["data"] = data
        response = await self._exchange(route, None, command=False, **kwargs)
        if on_answer is not None:
            on_answer(response)
        if response.status_code in (401, 403):
            raise AuthExpired(refused)
        if not response.is_success:
            raise self.dialect.response_error(response, feature=self.feature(route), route=route)
        return response

    async def _exchange(self, route: str, fields: Mapping[str, object] | None, *, command: bool,
                        **kwargs: Any) -> httpx.Response:
        method = self.routes[route].method
        url = self.url(route, **(fields or {}))
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            self._log.debug("%s %s failed: %s", method, route, type(exc).__name__)
            raise self.dialect.transport_error(exc, feature=self.feature(route), command=command) from None
        for answer in (*response.history, response):
            self._log.debug("%s %s -> %s", method, route, answer.status_code)
        return response
