"""Every URL of the Dstny Core User API, in one table.

The vendor's reference lost its URL paths; ``shared/api/dstny-core.md`` records which of these are
confirmed from public sources and which we chose in the vendor's style. A deployment corrects any of
them from configuration (``[dstny.routes]`` in the settings file, or :func:`RouteTable.with_overrides`)
without a code change.

Templates use ``str.format`` fields. Every field value is percent-encoded as UTF-8 (``safe=''``) when
the path is built, so user ids, domains and answer places such as ``bob@foo.com`` or ``+4681234``
are always one path segment.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from .. import routing
from ..routing import Route, template_fields

__all__ = ["DEFAULT_ROUTES", "Route", "RouteTable", "scope_for", "template_fields"]

_C = True  # confirmed
_A = False  # assumed

DEFAULT_ROUTES: Mapping[str, Route] = MappingProxyType(
    {
        # Tickets
        "ticket.create": Route("POST", "/tickets/{d}/{u}", _C),
        "ticket.revoke": Route("DELETE", "/tickets/{d}/{u}/{name}", _A),
        # ACD / attendant groups (legacy, confirmed)
        "acd.groups": Route("GET", "/user/acd-attendant-group/v1/{d}/{u}", _C),
        "acd.group": Route("GET", "/user/acd-attendant-group/v1/{d}/{u}/{group}/{group_domain}", _C),
        "acd.agent": Route("POST", "/user/acd-attendant-group/{d}/{u}/{group}/{group_domain}/agents/{agent}", _C),
        # Distribution groups
        "dg.groups": Route("GET", "/distributiongroups/{d}/{u}"),
        "dg.login": Route("POST", "/distributiongroups/{d}/{u}/{grp}/login"),
        "dg.logout": Route("POST", "/distributiongroups/{d}/{u}/{grp}/logout"),
        "dg.calllog": Route("GET", "/distributiongroups/{d}/{u}/calllog"),
        "dg.group_calllog": Route("GET", "/distributiongroups/{d}/{u}/{grp}/calllog"),
        "dg.assigned": Route("GET", "/distributiongroups/{d}/{u}/calllog/assigned"),
        "dg.group_assigned": Route("GET", "/distributiongroups/{d}/{u}/{grp}/calllog/assigned"),
        "dg.assign": Route("PUT", "/distributiongroups/{d}/{u}/calllog/{item}"),
        "dg.queuestats_stream": Route("GET", "/distributiongroups/{d}/{u}/queuestatistics/stream"),
        # Queue statistics
        "qs.organisation": Route("GET", "/queuestatistics/{d}"),
        "qs.queue": Route("GET", "/queuestatistics/{d}/queues/{queue}"),
        "qs.user": Route("GET", "/queuestatistics/{d}/users/{u}"),
        # Calls API (call-back setup, confirmed)
        "calls.callback": Route("POST", "/calls/current/{d}/{u}/{aptype}/{receiver}", _C),
        # Call control
        "cc.make_call": Route("POST", "/callcontrol/{d}/{u}/devices/{dev}/calls"),
        "cc.consultation": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/consultation"),
        "cc.answer": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/answer/{dev}"),
        "cc.hangup": Route("DELETE", "/callcontrol/{d}/{u}/calls/{c}"),
        "cc.hold": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/hold"),
        "cc.resume": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/resume"),
        "cc.alternate": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/alternate"),
        "cc.conference": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/conference"),
        "cc.remove_participant": Route("DELETE", "/callcontrol/{d}/{u}/calls/{c}/participants/{participant}"),
        "cc.leave": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/leave"),
        "cc.move": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/move/{dev}"),
        "cc.mute": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/mute"),
        "cc.unmute": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/unmute"),
        "cc.park": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/park"),
        "cc.dtmf": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/dtmf"),
        "cc.transfer": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/transfer"),
        "cc.transfer_to_call": Route("POST", "/callcontrol/{d}/{u}/calls/{c}/transfer-to-call"),
        "cc.pickup": Route("POST", "/callcontrol/{d}/{u}/devices/{dev}/pickup/{c}"),
        # Call recording (op ∈ start, stop, pause, resume, save, discard); the reference's CTI group
        # (call control, call recording, call state) is authenticated with CALL_CONTROL tickets
        "rec.command": Route("POST", "/callrecording/{d}/{u}/calls/{c}/{op}"),
        # Call state
        "cs.snapshot": Route("GET", "/callstate/{d}/{u}"),
        "cs.call": Route("GET", "/callstate/{d}/{u}/calls/{c}"),
        "cs.call_stream": Route("GET", "/callstate/{d}/{u}/calls/{c}/stream"),
        "cs.dialog_stream": Route("GET", "/callstate/{d}/{u}/dialogs/stream"),
        # Presence (user information)
        "pr.get": Route("GET", "/user/info/{d}/{u}/presence"),
        "pr.put": Route("PUT", "/user/info/{d}/{u}/presence"),
        "pr.activity": Route("PUT", "/user/info/{d}/{u}/activity"),
        "pr.endtime_get": Route("GET", "/user/info/{d}/{u}/activity/endtime"),
        "pr.endtime_put": Route("PUT", "/user/info/{d}/{u}/activity/endtime"),
        "pr.available": Route("GET", "/user/info/{d}/{u}/available"),
        "pr.photo": Route("GET", "/user/info/{d}/{u}/photo"),
        # Configuration
        "cfg.activities": Route("GET", "/user/config/{d}/{u}/activities"),
        "cfg.roles": Route("GET", "/user/config/{d}/{u}/roles"),
        "cfg.answerplaces": Route("GET", "/user/config/{d}/{u}/answerplaces"),
        "cfg.all": Route("GET", "/user/config/{d}/{u}"),
        "cfg.stream": Route("GET", "/user/config/{d}/{u}/stream"),
        "cfg.shortcuts": Route("GET", "/user/presenceshortcuts/{d}/{u}"),
        "cfg.shortcuts_put": Route("PUT", "/user/presenceshortcuts/{d}/{u}"),
        "cfg.shortcut": Route("GET", "/user/presenceshortcuts/{d}/{u}/{id}"),
        "cfg.shortcut_put": Route("PUT", "/user/presenceshortcuts/{d}/{u}/{id}"),
        # Diversion (call forwarding) and activity diversion mapping; all paths assumed, in the style of
        # the user configuration routes. {line_order}: PRIMARY|SECONDARY, {rule}: CFWD_ALL, CFWD_ON_BUSY, …
        "div.rules": Route("GET", "/user/diversion/{d}/{u}/rules"),
        "div.rule": Route("GET", "/user/diversion/{d}/{u}/rules/{line_order}/{rule}"),
        "div.rule_put": Route("PUT", "/user/diversion/{d}/{u}/rules/{line_order}/{rule}"),
        "div.rule_delete": Route("DELETE", "/user/diversion/{d}/{u}/rules/{line_order}/{rule}"),
        "div.line_rules": Route("GET", "/user/diversion/{d}/{u}/rules/{line_order}"),
        "div.line_rules_delete": Route("DELETE", "/user/diversion/{d}/{u}/rules/{line_order}"),
        "div.number": Route("GET", "/user/diversion/{d}/{u}/number"),
        "div.number_put": Route("PUT", "/user/diversion/{d}/{u}/number"),
        "adm.list": Route("GET", "/user/activitydiversion/{d}/{u}"),
        "adm.get": Route("GET", "/user/activitydiversion/{d}/{u}/{activity}"),
        "adm.put": Route("PUT", "/user/activitydiversion/{d}/{u}/{activity}"),
        "adm.delete": Route("DELETE", "/user/activitydiversion/{d}/{u}/{activity}"),
        # Presence shortcuts: delete one (the reference's Presence Shortcuts API, "Delete a specific
        # presence shortcut for a user"; the path is assumed, in the style of the others)
        "cfg.shortcut_delete": Route("DELETE", "/user/presenceshortcuts/{d}/{u}/{id}"),
        # Devices and lines
        "dev.list": Route("GET", "/user/devices/{d}/{u}"),
        "dev.active": Route("GET", "/user/devices/{d}/{u}/active"),
        "dev.stream": Route("GET", "/user/devices/{d}/{u}/stream"),
        "lines.list": Route("GET", "/user/lines/{d}/{u}"),
        "lines.active_get": Route("GET", "/user/lines/{d}/{u}/active"),
        "lines.active_put": Route("PUT", "/user/lines/{d}/{u}/active"),
        # Contacts
        "ct.list": Route("GET", "/contacts/list/{d}/{u}", _C),
        "ct.search": Route("GET", "/contacts/search/{d}/{u}"),
        "ct.add": Route("POST", "/contacts/list/{d}/{u}/{cid}"),
        "ct.remove": Route("DELETE", "/contacts/list/{d}/{u}/{cid}"),
        "ct.status": Route("PUT", "/contacts/list/{d}/{u}/{cid}/status"),
        # Communication log and SMS
        "log.list": Route("GET", "/commlog/{d}/{u}"),
        "log.seen": Route("PUT", "/commlog/{d}/{u}/{item}"),
        "log.delete": Route("DELETE", "/commlog/{d}/{u}/{item}"),
        "sms.send": Route("POST", "/sms/{d}/{u}"),
        # Buddy list (favourites) and colleagues' line state. The reference's Buddy List API
        # (verify, add, delete, apply templates) and Contacts Information V1 API (line state of a
        # contact, its SSE stream of dialog-info+xml) give no paths: all assumed. The pickup of
        # another user's ringing call by its SIP dialog takes callId, toTag, fromTag and earlyOnly
        # in its body (the end-user form; cc.pickup is for service accounts).
        "bl.verify": Route("GET", "/buddylist/{d}/{u}/{cid}"),
        "bl.add": Route("POST", "/buddylist/{d}/{u}/{cid}"),
        "bl.remove": Route("DELETE", "/buddylist/{d}/{u}/{cid}"),
        "bl.templates": Route("PUT", "/buddylist/{d}/{u}"),
        "ci.linestate": Route("GET", "/contacts/v1/{d}/{cid}/linestate"),
        "ci.linestate_stream": Route("GET", "/contacts/v1/{d}/{cid}/linestate/stream"),
        "cc.pickup_dialog": Route("POST", "/callcontrol/{d}/{u}/devices/{dev}/pickup"),
        # History: bulk marks, the group inbox, voicemail settings (the reference gives no paths)
        "log.seen_many": Route("PUT", "/commlog/{d}/{u}"),
        "log.group_inbox": Route("GET", "/commlog/{d}/{u}/groupinbox"),
        # Communication log: bulk delete, the trash (deletion time), one item (no paths given)
        "log.delete_many": Route("DELETE", "/commlog/{d}/{u}"),
        "log.trash": Route("PUT", "/commlog/{d}/{u}/{item}/trash"),
        "log.item": Route("GET", "/commlog/{d}/{u}/{item}"),
        "cfg.voicemail": Route("GET", "/user/voicemail/{d}/{u}"),
        "cfg.voicemail_put": Route("PUT", "/user/voicemail/{d}/{u}"),
        # Personal contacts (the user's own contacts; CONTACT tickets)
        "pc.list": Route("GET", "/personalcontacts/{d}/{u}"),
        "pc.create": Route("POST", "/personalcontacts/{d}/{u}"),
        "pc.get": Route("GET", "/personalcontacts/{d}/{u}/{cid}"),
        "pc.update": Route("PUT", "/personalcontacts/{d}/{u}/{cid}"),
        "pc.delete": Route("DELETE", "/personalcontacts/{d}/{u}/{cid}"),
        "pc.labels": Route("GET", "/personalcontacts/{d}/phonelabels/{locale}"),
        # Contacts information V1 (a directory contact, cid = userid@domain; CONTACT tickets)
        "ci.info": Route("GET", "/contacts/v1/{d}/{cid}"),  # its line state: ci.linestate, above
        # Contacts information V1: a directory contact's presence ("Read presence events … in
        # 'application/pidf+xml' format", RFC 3863/4480), its SSE stream of presence states (PIDF),
        # and its image (prefWidth, prefHeight). Paths assumed, in the family of ci.info
        "ci.presence": Route("GET", "/contacts/v1/{d}/{cid}/presence"),
        "ci.presence_stream": Route("GET", "/contacts/v1/{d}/{cid}/presence/stream"),
        "ci.image": Route("GET", "/contacts/v1/{d}/{cid}/image"),
        # Line state (the user marked in a call by an outside system, keyed by an external id)
        "ls.get": Route("GET", "/linestate/{d}/{u}/{ext}"),
        "ls.set": Route("PUT", "/linestate/{d}/{u}/{ext}"),
        "ls.clear": Route("DELETE", "/linestate/{d}/{u}/{ext}"),
        # User device information (one device: its attributes, its display name)
        "dev.info": Route("GET", "/user/devices/{d}/{u}/{dev}"),
        "dev.name_get": Route("GET", "/user/devices/{d}/{u}/{dev}/name"),
        "dev.name_put": Route("PUT", "/user/devices/{d}/{u}/{dev}/name"),
        # Calls API: the transfer of the user's mobile call (the reference's "Transfer a mobile call to
        # the specified number", transferType and destination; "Get the status of an ongoing call
        # transfer"; "Cancel an ongoing attended call transfer", transferId). The reference gives no
        # paths: assumed, below the call-back's /calls/current/{d}/{u}
        "calls.transfer": Route("POST", "/calls/current/{d}/{u}/transfer"),
        "calls.transfer_status": Route("GET", "/calls/current/{d}/{u}/transfer"),
        "calls.transfer_cancel": Route("DELETE", "/calls/current/{d}/{u}/transfer/{id}"),
        # My photo (User Information: "Upload a photo to be associated with a user … The photo shall
        # be added in the HTTP body"; PUT, one of the two methods it accepts) and a device's display
        # icon name (User Device Information: read with ?fallback, set with ?name); paths assumed
        "pr.photo_put": Route("PUT", "/user/info/{d}/{u}/photo"),
        "dev.icon_get": Route("GET", "/user/devices/{d}/{u}/{dev}/icon"),
        "dev.icon_put": Route("PUT", "/user/devices/{d}/{u}/{dev}/icon"),
    }
)


_SCOPE_BY_PREFIX = {
    "acd.": "DISTRIBUTION_GROUP",
    "dg.": "DISTRIBUTION_GROUP",
    "qs.": "QUEUE_STATISTICS",
    "calls.": "CALLS",
    "cc.": "CALL_CONTROL",
    "cs.": "CALL_CONTROL",
    "rec.": "CALL_CONTROL",
    "pr.": "USER",
    "cfg.": "USER",
    "dev.": "USER",
    "div.": "USER",
    "adm.": "USER",
    "lines.": "USER",
    "ct.": "CONTACT",
    "log.": "COMMUNICATION_LOG",
    "sms.": "SMS",
    "bl.": "CONTACT",
    "ci.": "CONTACT",
    "pc.": "CONTACT",
    "ls.": "USER",
}


def scope_for(name: str) -> str | None:
    """The ticket scope a route needs (``None`` for the ticket routes themselves)."""
    for prefix, scope in _SCOPE_BY_PREFIX.items():
        if name.startswith(prefix):
            return scope
    return None


class RouteTable(routing.RouteTable):
    """The routes in force: the defaults with a deployment's overrides applied.

    Overrides map a route name to a path template (same fields as the default) or to
    ``"METHOD /path"``. Unknown names and templates with other fields are refused, so a typo in the
    settings file is a clear message at start-up rather than a 404 in the middle of a call.
    """

    default_routes = DEFAULT_ROUTES
    unknown_route = "unknown Dstny route {name!r} in the settings"
