"""``/api`` handlers: ACD/attendant and distribution groups, group call logs, queue statistics."""

from __future__ import annotations

import time

from starlette.responses import JSONResponse

from .api_base import ApiError, Ctx, handles, ok, queue_xml
from .org import DOMAIN, iso
from .streams import SSEResponse

# -- groups -----------------------------------------------------------------------------------------

def _my_group(c: Ctx, key: str):
    try:
        gid = int(c.params[key])
    except ValueError:
        gid = -1
    g = c.org.groups.get(gid)
    if g is None or c.user.user_id not in g.members:
        raise ApiError(404, "group.does.not.exist", f"No group {c.params[key]} for {c.user.user_id}", "grpid",
                       c.params[key])
    return g


def _acd_group(c: Ctx, g) -> dict:
    """One group in the ACD/attendant-group API's shape (the reference's sample): its own keys, the
    counts only under ``statistic`` (left out with ``ignoreStatistics``), the agents with both of the
    reference's spellings, and the group's number as ``phoneNumber`` (its older sample)."""
    uid = c.user.user_id
    d = {"id": g.gid, "domain": DOMAIN, "name": g.name, "type": g.gtype, "loggedIn": uid in g.logged_in,
         "nightMode": g.night_mode, "phoneNumber": g.number}
    # The reference's "roles" of the user in the group (AGENT; a supervisor also SUPERVISOR, the
    # role that lets them listen in, whisper and barge in on the group's agents).
    d["roles"] = [{"type": "AGENT"}] + ([{"type": "SUPERVISOR"}] if c.user.supervisor else [])
    if not c.flag("ignoreAgents"):
        d["agents"] = [_agent(c, g, c.org.users[m]) for m in g.members]
    if not c.flag("ignoreStatistics"):
        st = c.pbx.queue_stat(g)
        d["statistic"] = {"numberOfLoggedInAgents": st["loggedInAgents"], "numberOfFreeAgents": st["availableAgents"],
                          "numberOfCallsInQueue": st["queueLength"]}
    return d


def _agent(c: Ctx, g, u) -> dict:
    logged_in = u.user_id in g.logged_in
    return {"userId": u.user_id, "name": u.name, "number": u.number, "firstName": u.firstname,
            "lastName": u.lastname, "activity": u.presence.activity, "isLoggedIn": logged_in,
            "isAvailable": u.presence.available, "loggedIn": logged_in, "available": u.presence.available,
            "inCall": c.pbx.in_call(u.user_id)}


def _group_domain(c: Ctx, g) -> None:
    # The reference: "group-domain … The domain of the organization the ACD/Attendant group belongs to".
    if c.params["group_domain"] != DOMAIN:
        raise ApiError(404, "group.does.not.exist", f"No group {c.params['group']} in {c.params['group_domain']}",
                       "group-domain", c.params["group_domain"])


@handles("acd.groups")
async def h_acd_groups(c: Ctx):
    return ok({"groups": [_acd_group(c, g) for g in c.org.groups_of(c.user.user_id)]})


@handles("acd.group")
async def h_acd_group(c: Ctx):
    g = _my_group(c, "group")
    _group_domain(c, g)
    return ok(_acd_group(c, g))


def _login(c: Ctx, g, uid: str, on: bool) -> None:
    (g.logged_in.add if on else g.logged_in.discard)(uid)
    c.sim.hub.publish("config", {"user": uid, "changedField": "GROUP_LOGIN"})
    c.pbx.refresh_queues()


@handles("acd.agent")
async def h_acd_agent(c: Ctx):
    g = _my_group(c, "group")
    _group_domain(c, g)
    agent = c.params["agent"].split("@")[0]
    if agent != c.user.user_id and not c.user.supervisor:
        raise ApiError(403, "access.denied", "Only a supervisor may log in other agents", "agent", c.params["agent"])
    if agent not in g.members:
        raise ApiError(404, "agent.does.not.exist", f"{agent} is not a member of {g.name}", "agent", agent)
    action = c.q.get("action", "")
    if action not in ("login", "logout"):
        raise ApiError(400, "action.invalid", "action must be login or logout", "action", action)
    _login(c, g, agent, action == "login")
    return ok(_acd_group(c, g))


@handles("dg.groups")
async def h_dg_groups(c: Ctx):
    return ok({"group": [c.pbx.group_json(g, c.user.user_id) for g in c.org.groups_of(c.user.user_id)]})


@handles("dg.login", "dg.logout")
async def h_dg_login(c: Ctx):
    g = _my_group(c, "grp")
    # The reference names the group's organisation domain "grpid-domain" (omitted: the user's domain).
    grp_domain = c.q.get("grpid-domain")
    if grp_domain is not None and grp_domain != DOMAIN:
        raise ApiError(404, "group.does.not.exist", f"No group {c.params['grp']} in {grp_domain}", "grpid-domain",
                       grp_domain)
    _login(c, g, c.user.user_id, c.request.url.path.endswith("/login"))
    if c.flag("ignoreStatistics"):
        return ok({})
    return ok({"group": [c.pbx.group_json(x, c.user.user_id) for x in c.org.groups_of(c.user.user_id)]})


def _calllog(c: Ctx, groups, assigned: bool) -> JSONResponse:
    items = [i for g in groups for i in g.calllog]
    q = c.q
    if assigned:
        items = [i for i in items if i["handledStatus"].get("agent", {}).get("userId") == c.user.user_id
                 and i["handledStatus"]["state"] == "INPROGRESS"]
    if q.get("callerNumber"):
        items = [i for i in items if i["callerNumber"] == q["callerNumber"]]
    types = [t for t in q.getlist("itemType") if t and t != "ALL"]
    if types:
        items = [i for i in items if i["itemType"] in types]
    if (q.get("since") or "").isdigit():
        items = [i for i in items if i["itemId"] > int(q["since"])]
    if (q.get("olderThan") or "").isdigit():
        items = [i for i in items if i["itemId"] < int(q["olderThan"])]
    items.sort(key=lambda i: i["itemId"], reverse=True)
    limit = q.get("limit")  # the reference's name (not maxItems)
    total = len(items)
    if limit and limit.isdigit():
        items = items[: int(limit)]
    count = lambda k: sum(1 for i in items if i["itemType"] == k)  # noqa: E731
    return ok({"generatedAt": iso(time.time()), "flushCache": False, "hintCount": total,
               "callCountAnswered": count("ANSWERED"), "callCountForwarded": count("FORWARDED"),
               "callCountMissed": count("MISSED"), "callLogItem": items})


@handles("dg.calllog")
async def h_dg_calllog(c: Ctx):
    return _calllog(c, c.org.groups_of(c.user.user_id), False)


@handles("dg.group_calllog")
async def h_dg_group_calllog(c: Ctx):
    return _calllog(c, [_my_group(c, "grp")], False)


@handles("dg.assigned")
async def h_dg_assigned(c: Ctx):
    return _calllog(c, c.org.groups_of(c.user.user_id), True)


@handles("dg.group_assigned")
async def h_dg_group_assigned(c: Ctx):
    return _calllog(c, [_my_group(c, "grp")], True)


@handles("dg.assign")
async def h_dg_assign(c: Ctx):
    body = c.body()
    state = body.get("state", "INPROGRESS")
    if state not in ("UNHANDLED", "INPROGRESS", "HANDLED"):
        raise ApiError(400, "state.invalid", "state must be UNHANDLED, INPROGRESS or HANDLED", "state", str(state))
    for g in c.org.groups_of(c.user.user_id):
        for item in g.calllog:
            if str(item["itemId"]) == c.params["item"]:
                hs = {"state": state, "timeStamp": iso(time.time()), "note": str(body.get("note", ""))}
                if state != "UNHANDLED":
                    hs["agent"] = {"name": c.user.name, "number": c.user.number, "userId": c.user.user_id}
                item["handledStatus"] = hs
                item["noteIncluded"] = bool(hs["note"])
                return ok(item)
    raise ApiError(404, "item.does.not.exist", f"No group call log item {c.params['item']}", "itemid", c.params["item"])


@handles("dg.queuestats_stream")
async def h_dg_qs_stream(c: Ctx):
    # The same queues as qs.user: every group for a supervisor, the member groups for an agent.
    uid, everything = c.user.user_id, c.user.supervisor
    sub = c.sim.hub.subscribe("queuestats", uid,
                              lambda t, p: t == "queue" and (everything or uid in p["members"]))
    groups = list(c.org.groups.values()) if everything else c.org.groups_of(uid)
    initial = [queue_xml([c.pbx.queue_stat(g) for g in groups])]
    # An event carries one queue, or (a coalesced tick of the load generator) many.
    return SSEResponse(c.sim, sub, initial, lambda t, p: queue_xml(p["stats"] if "stats" in p else [p["stat"]]))


# -- queue statistics -------------------------------------------------------------------------------

@handles("qs.organisation")
async def h_qs_org(c: Ctx):
    return ok({"queue": [c.pbx.queue_stat(g) for g in c.org.groups.values()]})


@handles("qs.queue")
async def h_qs_queue(c: Ctx):
    g = c.org.groups.get(int(c.params["queue"])) if c.params["queue"].isdigit() else None
    if g is None:
        raise ApiError(404, "queue.does.not.exist", f"No queue {c.params['queue']}", "queueId", c.params["queue"])
    return ok(c.pbx.queue_stat(g))


@handles("qs.user")
async def h_qs_user(c: Ctx):
    groups = list(c.org.groups.values()) if c.user.supervisor else c.org.groups_of(c.user.user_id)
    return ok({"queue": [c.pbx.queue_stat(g) for g in groups]})


