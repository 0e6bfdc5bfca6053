"""What this simulated Dstny Core deployment offers: the ticket scopes it refuses, the routes it lacks.

Real deployments differ: an older Core has no Distribution Group API (only the ACD/attendant
group API, now deprecated), and a ticket may not be granted for every scope a client asks for
(the reference names only some scope codes). Tests and demos set this through the control API:

``GET|POST|DELETE /_sim/deployment``  ``{"refuseScopes": [...], "scopeRefusal": "reject"|"omit",
                                        "withoutRoutes": [...]}``

* ``refuseScopes``: scope codes a ticket is never granted for. With ``scopeRefusal`` ``"reject"``
  (the default) a ticket request that asks for one is answered 403 ``api.not.allowed`` naming the
  scope in the error's ``name`` (the vendor's error body); with ``"omit"`` the ticket is granted
  without it (``allowedApis`` lacks it).
* ``withoutRoutes``: route names of :data:`.routes.ROUTES` this deployment does not have: they
  answer 404 ``resource.not.found``, as an unknown path does.

A POST changes only the keys it gives; DELETE (and ``/_sim/reset``) restores the full deployment.
Errors are plain ``{"error": "..."}`` with 400, as in :mod:`.control`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .routes import ROUTES

__all__ = ["SCOPE_REFUSALS", "Deployment", "deployment_routes"]

SCOPE_REFUSALS = ("reject", "omit")


@dataclass
class Deployment:
    refuse_scopes: frozenset[str] = field(default_factory=frozenset)
    scope_refusal: str = "reject"
    without_routes: frozenset[str] = field(default_factory=frozenset)

    def to_json(self) -> dict:
        return {"refuseScopes": sorted(self.refuse_scopes), "scopeRefusal": self.scope_refusal,
                "withoutRoutes": sorted(self.without_routes)}

    def update(self, body: dict) -> None:
        """Apply the keys of a control request; ``ValueError`` (nothing changed) for a bad one."""
        refuse, refusal, without = self.refuse_scopes, self.scope_refusal, self.without_routes
        if "refuseScopes" in body:
            refuse = frozenset(_names(body["refuseScopes"], "refuseScopes"))
        if "scopeRefusal" in body:
            refusal = str(body["scopeRefusal"])
            if refusal not in SCOPE_REFUSALS:
                raise ValueError(f"'scopeRefusal' must be one of {list(SCOPE_REFUSALS)}")
        if "withoutRoutes" in body:
            without = frozenset(_names(body["withoutRoutes"], "withoutRoutes"))
            unknown = sorted(without - set(ROUTES))
            if unknown:
                raise ValueError(f"unknown routes {unknown}")
        self.refuse_scopes, self.scope_refusal, self.without_routes = refuse, refusal, without


def _names(value, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"'{key}' must be a list of names")
    return value


def deployment_routes(sim) -> list[Route]:
    async def deployment(request: Request):
        if request.method == "DELETE":
            sim.deployment = Deployment()
        elif request.method == "POST":
            try:
                body = json.loads(await request.body() or b"{}")
                if not isinstance(body, dict):
                    raise ValueError("body must be a JSON object")
                sim.deployment.update(body)
            except ValueError as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(sim.deployment.to_json())

    return [Route("/_sim/deployment", deployment, methods=["GET", "POST", "DELETE"])]
