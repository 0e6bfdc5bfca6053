"""The route table every provider uses: a vendor's default routes with a deployment's overrides.

Each provider keeps its own ``DEFAULT_ROUTES`` (and its own :class:`Route` when it needs more than
a method, a template and ``confirmed``, as Telavox's ``base``) and subclasses :class:`RouteTable`,
naming its defaults and the words of its refusals. What a table does is the same for all:

* an override maps a route name to a path template (same fields as the default) or to
  ``"METHOD /path"``; unknown names, paths not starting with ``/`` and templates with other fields
  are refused with a message naming the route;
* :meth:`RouteTable.path` percent-encodes every field value as UTF-8 (``safe=''``), so an id, a
  number such as ``+4681234`` or a user id with ``@`` is always one path segment.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import quote

__all__ = ["Route", "RouteTable", "template_fields"]


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    template: str
    confirmed: bool = False


def template_fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


_DEFAULTS: Any = object()


class RouteTable:
    """The routes in force: a vendor's defaults with a deployment's overrides applied.

    A subclass sets :attr:`default_routes` and the message templates (``str.format`` with
    ``name``, ``known`` and ``fields``); ``not_a_table`` (when set) refuses overrides that are not a
    mapping. A route keeps every attribute but its method and template when it is overridden.
    """

    default_routes: ClassVar[Mapping[str, Any]] = {}
    not_a_table: ClassVar[str | None] = None
    unknown_route: ClassVar[str] = "unknown route {name!r} in the settings"
    not_a_path: ClassVar[str] = "route {name!r} must be a path starting with '/'"
    wrong_fields: ClassVar[str] = "route {name!r} must use the fields {fields}"

    def __init__(self, routes: Mapping[str, Any] = _DEFAULTS) -> None:
        self._routes = dict(self.default_routes if routes is _DEFAULTS else routes)

    def __getitem__(self, name: str) -> Any:
        return self._routes[name]

    def __iter__(self):
        return iter(self._routes)

    def items(self):
        return self._routes.items()

    def with_overrides(self, overrides: Mapping[str, str] | None):
        if self.not_a_table is not None and overrides is not None and not isinstance(overrides, Mapping):
            raise ValueError(self.not_a_table)
        routes = dict(self._routes)
        for name, value in (overrides or {}).items():
            if name not in routes:
                raise ValueError(self.unknown_route.format(name=name, known=", ".join(sorted(routes))))
            text = str(value).strip()
            method, _, path = text.partition(" ")
            if path and method.isalpha() and method.isupper():
                path = path.strip()
            else:
                method, path = routes[name].method, text
            if not path.startswith("/"):
                raise ValueError(self.not_a_path.format(name=name))
            if set(template_fields(path)) != set(template_fields(routes[name].template)):
                wanted = sorted(template_fields(routes[name].template))
                raise ValueError(self.wrong_fields.format(name=name, fields=wanted))
            routes[name] = dataclasses.replace(routes[name], method=method, template=path)
        return type(self)(routes)

    def path(self, route_name: str, /, **fields: object) -> str:
        """The path of a route (below its base URL) with every field percent-encoded."""
        route = self._routes[route_name]
        encoded = {k: quote(str(v), safe="") for k, v in fields.items()}
        return route.template.format(**encoded)
