"""The simulator's own table of the Dstny Core User API: every route it serves, with the scope it needs.

Written from the vendor's reference (``shared/seeds/dstny-core-api-reference.txt``) and our contract
(``shared/api/dstny-core.md``), never imported from the client: ``tests/simulator/
test_route_tables_agree.py`` compares this table with the client's and lists every difference, so a
wrong path or scope on either side shows instead of being copied into the test double.

Paths are below ``/api``. Field names are the simulator's own (its handlers read them from
``request.path_params``); ``{d}`` is the domain, ``{u}`` the user id, ``{c}`` a callId, ``{dev}`` a
deviceId. ``confirmed`` follows the contract: seen in public integration code or in the
reference's own example; every other path is the contract's choice in the vendor's style.

Scopes (the ``api`` codes a ticket is granted for):

* ``CALL_CONTROL`` — the reference: "This group of APIs enable CTI … authenticated using API
  tickets for Call Control (CALL_CONTROL)"; the group is Call Control, **Call Recording** and Call
  State, so recording needs CALL_CONTROL too.
* ``CALLS``, ``USER`` — the reference's ticket example ``?api=CALLS&api=USER``; USER covers the
  user information, configuration, presence shortcuts, devices and lines.
* ``CONTACT``, ``DISTRIBUTION_GROUP`` — seen in public code (the contract); the reference calls
  the contact ticket "Contact search".
* ``QUEUE_STATISTICS``, ``COMMUNICATION_LOG``, ``SMS`` — the reference names "Queue statistics"
  tickets and "a valid ticket for the API" (SMS) without their codes; these codes are our choice.
* ticket creation is authenticated by the password ticket ``t`` (:mod:`.tickets`), revocation by
  any valid ticket of the same user: no scope.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["GRANTABLE_SCOPES", "ROUTES", "SimRoute", "path_fields"]


@dataclass(frozen=True, slots=True)
class SimRoute:
    method: str
    #: a Starlette path template below ``/api`` (``{field}`` is one path segment)
    template: str
    #: the ticket scope the route needs; ``None``: the ticket routes themselves
    scope: str | None
    confirmed: bool = False


def path_fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


CC, CALLS, USER, CONTACT, DG = "CALL_CONTROL", "CALLS", "USER", "CONTACT", "DISTRIBUTION_GROUP"
QS, LOG, SMS = "QUEUE_STATISTICS", "COMMUNICATION_LOG", "SMS"

#: What a ticket may be granted for. A requested code not listed here (e.g. CALL_RECORDING, which the
#: reference never names: recording is under CALL_CONTROL) is left out of the ticket's allowedApis.
GRANTABLE_SCOPES: tuple[str, ...] = (CC, CALLS, USER, CONTACT, DG, QS, LOG, SMS)

_CC_CALL = "/callcontrol/{d}/{u}/calls/{c}"
_USER_INFO = "/user/info/{d}/{u}"
_CONFIG = "/user/config/{d}/{u}"
_SHORTCUTS = "/user/presenceshortcuts/{d}/{u}"
_DGROUPS = "/distributiongroups/{d}/{u}"
_DIVERSION = "/user/diversion/{d}/{u}"
_ACTIVITY_DIVERSION = "/user/activitydiversion/{d}/{u}"

ROUTES: Mapping[str, SimRoute] = MappingProxyType({
    # User Tickets API — "POST /api/tickets/{domain}/{user}?platform=&api=…&t=" (confirmed);
    # "DELETE /api/tickets/{domain}/{user}/{ticketName}" (the contract's choice)
    "ticket.create": SimRoute("POST", "/tickets/{d}/{u}", None, True),
    "ticket.revoke": SimRoute("DELETE", "/tickets/{d}/{u}/{name}", None),
    # ACD / attendant groups (legacy, confirmed); agent = user@domain, ?action=login|logout
    "acd.groups": SimRoute("GET", "/user/acd-attendant-group/v1/{d}/{u}", DG, True),
    "acd.group": SimRoute("GET", "/user/acd-attendant-group/v1/{d}/{u}/{group}/{group_domain}", DG, True),
    "acd.agent": SimRoute("POST", "/user/acd-attendant-group/{d}/{u}/{group}/{group_domain}/agents/{agent}", DG, True),
    # Distribution groups
    "dg.groups": SimRoute("GET", _DGROUPS, DG),
    "dg.login": SimRoute("POST", _DGROUPS + "/{grp}/login", DG),
    "dg.logout": SimRoute("POST", _DGROUPS + "/{grp}/logout", DG),
    "dg.calllog": SimRoute("GET", _DGROUPS + "/calllog", DG),
    "dg.group_calllog": SimRoute("GET", _DGROUPS + "/{grp}/calllog", DG),
    "dg.assigned": SimRoute("GET", _DGROUPS + "/calllog/assigned", DG),
    "dg.group_assigned": SimRoute("GET", _DGROUPS + "/{grp}/calllog/assigned", DG),
    "dg.assign": SimRoute("PUT", _DGROUPS + "/calllog/{item}", DG),
    "dg.queuestats_stream": SimRoute("GET", _DGROUPS + "/queuestatistics/stream", DG),
    # Queue statistics (Supervisor licence)
    "qs.organisation": SimRoute("GET", "/queuestatistics/{d}", QS),
    "qs.queue": SimRoute("GET", "/queuestatistics/{d}/queues/{queue}", QS),
    "qs.user": SimRoute("GET", "/queuestatistics/{d}/users/{u}", QS),
    # Calls API: call-back set-up, the reference's own example
    # "POST …/api/calls/current/foo.com/alice/mobile/%2B468123456789?role=PRIVATE"
    "calls.callback": SimRoute("POST", "/calls/current/{d}/{u}/{aptype}/{receiver}", CALLS, True),
    # Call control
    "cc.make_call": SimRoute("POST", "/callcontrol/{d}/{u}/devices/{dev}/calls", CC),
    "cc.pickup": SimRoute("POST", "/callcontrol/{d}/{u}/devices/{dev}/pickup/{c}", CC),
    "cc.hangup": SimRoute("DELETE", _CC_CALL, CC),
    "cc.consultation": SimRoute("POST", _CC_CALL + "/consultation", CC),
    "cc.answer": SimRoute("POST", _CC_CALL + "/answer/{dev}", CC),
    "cc.hold": SimRoute("POST", _CC_CALL + "/hold", CC),
    "cc.resume": SimRoute("POST", _CC_CALL + "/resume", CC),
    "cc.alternate": SimRoute("POST", _CC_CALL + "/alternate", CC),
    "cc.conference": SimRoute("POST", _CC_CALL + "/conference", CC),
    "cc.remove_participant": SimRoute("DELETE", _CC_CALL + "/participants/{participant}", CC),
    "cc.leave": SimRoute("POST", _CC_CALL + "/leave", CC),
    "cc.move": SimRoute("POST", _CC_CALL + "/move/{dev}", CC),
    "cc.mute": SimRoute("POST", _CC_CALL + "/mute", CC),
    "cc.unmute": SimRoute("POST", _CC_CALL + "/unmute", CC),
    "cc.park": SimRoute("POST", _CC_CALL + "/park", CC),
    "cc.dtmf": SimRoute("POST", _CC_CALL + "/dtmf", CC),
    "cc.transfer": SimRoute("POST", _CC_CALL + "/transfer", CC),
    "cc.transfer_to_call": SimRoute("POST", _CC_CALL + "/transfer-to-call", CC),
    # Call recording: op ∈ start, stop, pause, resume, save, discard (the CTI group: CALL_CONTROL)
    "rec.command": SimRoute("POST", "/callrecording/{d}/{u}/calls/{c}/{op}", CC),
    # Call state
    "cs.snapshot": SimRoute("GET", "/callstate/{d}/{u}", CC),
    "cs.call": SimRoute("GET", "/callstate/{d}/{u}/calls/{c}", CC),
    "cs.call_stream": SimRoute("GET", "/callstate/{d}/{u}/calls/{c}/stream", CC),
    "cs.dialog_stream": SimRoute("GET", "/callstate/{d}/{u}/dialogs/stream", CC),
    # User information (presence)
    "pr.get": SimRoute("GET", _USER_INFO + "/presence", USER),
    "pr.put": SimRoute("PUT", _USER_INFO + "/presence", USER),
    "pr.activity": SimRoute("PUT", _USER_INFO + "/activity", USER),
    "pr.endtime_get": SimRoute("GET", _USER_INFO + "/activity/endtime", USER),
    "pr.endtime_put": SimRoute("PUT", _USER_INFO + "/activity/endtime", USER),
    "pr.available": SimRoute("GET", _USER_INFO + "/available", USER),
    "pr.photo": SimRoute("GET", _USER_INFO + "/photo", USER),
    # Configuration and presence shortcuts (the reference: read all, update all; read, update,
    # delete one)
    "cfg.all": SimRoute("GET", _CONFIG, USER),
    "cfg.activities": SimRoute("GET", _CONFIG + "/activities", USER),
    "cfg.roles": SimRoute("GET", _CONFIG + "/roles", USER),
    "cfg.answerplaces": SimRoute("GET", _CONFIG + "/answerplaces", USER),
    "cfg.stream": SimRoute("GET", _CONFIG + "/stream", USER),
    "cfg.shortcuts": SimRoute("GET", _SHORTCUTS, USER),
    "cfg.shortcuts_put": SimRoute("PUT", _SHORTCUTS, USER),
    "cfg.shortcut": SimRoute("GET", _SHORTCUTS + "/{id}", USER),
    "cfg.shortcut_put": SimRoute("PUT", _SHORTCUTS + "/{id}", USER),
    "cfg.shortcut_delete": SimRoute("DELETE", _SHORTCUTS + "/{id}", USER),
    # Diversion API (the reference, "set the active diversion number and diversion rules of a user"):
    # all rules of my lines; one rule by lineOrderType (PRIMARY|SECONDARY) and diversionRuleType
    # (CFWD_ALL, CFWD_ON_BUSY, …) to read, set (PUT or POST) or delete; the active diversion number,
    # read and set (?phoneNumber=&activityScoped=). Activity Diversion Mapping API: all mappings, and
    # one activity's number to read, set ({"phoneNumber"}) or delete. The reference lost the paths;
    # these are the contract's style (USER scope, like the other per-user configuration).
    "div.rules": SimRoute("GET", _DIVERSION + "/rules", USER),
    "div.rule": SimRoute("GET", _DIVERSION + "/rules/{line_order}/{rule_type}", USER),
    "div.rule_put": SimRoute("PUT", _DIVERSION + "/rules/{line_order}/{rule_type}", USER),
    "div.rule_delete": SimRoute("DELETE", _DIVERSION + "/rules/{line_order}/{rule_type}", USER),
    # "Retrieves a user's diversion rules for specified line order type" / "Deletes a user's defined
    # diversion rule for a line order type" (userId, domain, lineOrderType)
    "div.line_rules": SimRoute("GET", _DIVERSION + "/rules/{line_order}", USER),
    "div.line_rules_delete": SimRoute("DELETE", _DIVERSION + "/rules/{line_order}", USER),
    "div.number": SimRoute("GET", _DIVERSION + "/number", USER),
    "div.number_put": SimRoute("PUT", _DIVERSION + "/number", USER),
    "adm.list": SimRoute("GET", _ACTIVITY_DIVERSION, USER),
    "adm.get": SimRoute("GET", _ACTIVITY_DIVERSION + "/{activity_id}", USER),
    "adm.put": SimRoute("PUT", _ACTIVITY_DIVERSION + "/{activity_id}", USER),
    "adm.delete": SimRoute("DELETE", _ACTIVITY_DIVERSION + "/{activity_id}", USER),
    # Devices and lines
    "dev.list": SimRoute("GET", "/user/devices/{d}/{u}", USER),
    "dev.active": SimRoute("GET", "/user/devices/{d}/{u}/active", USER),
    "dev.stream": SimRoute("GET", "/user/devices/{d}/{u}/stream", USER),
    "lines.list": SimRoute("GET", "/user/lines/{d}/{u}", USER),
    "lines.active_get": SimRoute("GET", "/user/lines/{d}/{u}/active", USER),
    "lines.active_put": SimRoute("PUT", "/user/lines/{d}/{u}/active", USER),
    # Contacts ("Contact search" tickets); the list is confirmed
    "ct.list": SimRoute("GET", "/contacts/list/{d}/{u}", CONTACT, True),
    "ct.search": SimRoute("GET", "/contacts/search/{d}/{u}", CONTACT),
    "ct.add": SimRoute("POST", "/contacts/list/{d}/{u}/{cid}", CONTACT),
    "ct.remove": SimRoute("DELETE", "/contacts/list/{d}/{u}/{cid}", CONTACT),
    "ct.status": SimRoute("PUT", "/contacts/list/{d}/{u}/{cid}/status", CONTACT),
    # Communication log and SMS
    "log.list": SimRoute("GET", "/commlog/{d}/{u}", LOG),
    "log.seen": SimRoute("PUT", "/commlog/{d}/{u}/{item}", LOG),
    "log.delete": SimRoute("DELETE", "/commlog/{d}/{u}/{item}", LOG),
    "sms.send": SimRoute("POST", "/sms/{d}/{u}", SMS),
    # Buddy List API ("manage user's favourites": verify, add, delete, apply templates with
    # applyContactTemplates=true) and Contacts Information V1 API ("Read the line state of an
    # accessible contact", "an SSE stream of linestate events for a contact … dialog-info+xml";
    # "authenticated using API tickets for Contact search"); the reference gives no paths.
    # Call Control's end-user pickup "of a ringing call for another user" by SIP dialog: callId,
    # toTag, fromTag, earlyOnly in the body.
    "bl.verify": SimRoute("GET", "/buddylist/{d}/{u}/{cid}", CONTACT),
    "bl.add": SimRoute("POST", "/buddylist/{d}/{u}/{cid}", CONTACT),
    "bl.remove": SimRoute("DELETE", "/buddylist/{d}/{u}/{cid}", CONTACT),
    "bl.templates": SimRoute("PUT", "/buddylist/{d}/{u}", CONTACT),
    "ci.linestate": SimRoute("GET", "/contacts/v1/{d}/{cid}/linestate", CONTACT),
    "ci.linestate_stream": SimRoute("GET", "/contacts/v1/{d}/{cid}/linestate/stream", CONTACT),
    "cc.pickup_dialog": SimRoute("POST", "/callcontrol/{d}/{u}/devices/{dev}/pickup", CC),
    # History: the reference's "Mark specific communication log items as seen and/or played" and
    # "Read group inbox messages" (Communication Log API), and the User Voicemail Settings API
    # (get / update); the reference gives none of their paths: ours, in the vendor's style
    "log.seen_many": SimRoute("PUT", "/commlog/{d}/{u}", LOG),
    "log.group_inbox": SimRoute("GET", "/commlog/{d}/{u}/groupinbox", LOG),
    # Communication Log API: "Delete a number of specific communication log items" (itemId repeated,
    # untilItemId, itemType, updateCallItem), "Set or unset the deletion time for a communication log
    # item" (delete: to the trash or back to the inbox) and "Read a specific communication log item"
    # (deleted, markAsDelete); the reference gives no paths: ours, in the vendor's style
    "log.delete_many": SimRoute("DELETE", "/commlog/{d}/{u}", LOG),
    "log.trash": SimRoute("PUT", "/commlog/{d}/{u}/{item}/trash", LOG),
    "log.item": SimRoute("GET", "/commlog/{d}/{u}/{item}", LOG),
    "cfg.voicemail": SimRoute("GET", "/user/voicemail/{d}/{u}", USER),
    "cfg.voicemail_put": SimRoute("PUT", "/user/voicemail/{d}/{u}", USER),
    # Personal contacts: the reference's "List all contacts for a user", "Create a contact for a
    # user", "Retrieve / Update / Delete the specific contact for a user" (domain, user, cid) and
    # "Retrieve localized phone labels" (domain, locale); paths in the vendor's style, CONTACT tickets
    "pc.list": SimRoute("GET", "/personalcontacts/{d}/{u}", CONTACT),
    "pc.create": SimRoute("POST", "/personalcontacts/{d}/{u}", CONTACT),
    "pc.get": SimRoute("GET", "/personalcontacts/{d}/{u}/{cid}", CONTACT),
    "pc.update": SimRoute("PUT", "/personalcontacts/{d}/{u}/{cid}", CONTACT),
    "pc.delete": SimRoute("DELETE", "/personalcontacts/{d}/{u}/{cid}", CONTACT),
    "pc.labels": SimRoute("GET", "/personalcontacts/{d}/phonelabels/{locale}", CONTACT),
    # Contacts information V1: "Read information about a contact in an organization" (domain, cid
    # "including domain", includeFields) and "Read the line state of an accessible contact" ('true'
    # when in a call); paths in the vendor's style, CONTACT tickets
    "ci.info": SimRoute("GET", "/contacts/v1/{d}/{cid}", CONTACT),  # its line state: ci.linestate, above
    # Contacts information V1: "Read presence events for a directory contact … in
    # 'application/pidf+xml' format", "Produces an SSE stream of presence states for a directory
    # contact … 'application/pidf+xml'" and "Read the image of a directory contact" (ver, prefWidth,
    # prefHeight); paths in the style of ci.info, CONTACT tickets
    "ci.presence": SimRoute("GET", "/contacts/v1/{d}/{cid}/presence", CONTACT),
    "ci.presence_stream": SimRoute("GET", "/contacts/v1/{d}/{cid}/presence/stream", CONTACT),
    "ci.image": SimRoute("GET", "/contacts/v1/{d}/{cid}/image", CONTACT),
    # Line State API: "Fetches / Updates / Removes a specific line state for a user" (domain,
    # userId, externalId; {"expiresOn"}); the create (POST) is the update's twin and not served.
    # The reference names no ticket for it: USER, as for the user's other own settings
    "ls.get": SimRoute("GET", "/linestate/{d}/{u}/{ext}", USER),
    "ls.set": SimRoute("PUT", "/linestate/{d}/{u}/{ext}", USER),
    "ls.clear": SimRoute("DELETE", "/linestate/{d}/{u}/{ext}", USER),
    # User Device Information: "Retrieve detailed information about a certain user device"
    # ([{name, value}]), "Retrieve display name of certain user device" (?fallback) and "Set or
    # Update the display name" (?name, max 32 characters); paths in the style of the device list
    "dev.info": SimRoute("GET", "/user/devices/{d}/{u}/{dev}", USER),
    "dev.name_get": SimRoute("GET", "/user/devices/{d}/{u}/{dev}/name", USER),
    "dev.name_put": SimRoute("PUT", "/user/devices/{d}/{u}/{dev}/name", USER),
    # Calls API, the mobile call's transfer: "Transfer a mobile call to the specified number" (domain,
    # user, transferType BLIND_TRANSFER|ATTENDED_TRANSFER, destination), "Get the status of an ongoing
    # call transfer" (domain, user) and "Cancel an ongoing attended call transfer" (domain, user,
    # transferId). No path in the reference: the call-back's /calls/current/{d}/{u}, then the transfer
    "calls.transfer": SimRoute("POST", "/calls/current/{d}/{u}/transfer", CALLS),
    "calls.transfer_status": SimRoute("GET", "/calls/current/{d}/{u}/transfer", CALLS),
    "calls.transfer_cancel": SimRoute("DELETE", "/calls/current/{d}/{u}/transfer/{transferId}", CALLS),
    # User Information: "Upload a photo to be associated with a user. Both PUT and POST methods are
    # accepted for this operation. The photo shall be added in the HTTP body." (domain, user): PUT
    # served, at the photo's own path. User Device Information: "Retrieve display icon name for a
    # certain user device" (?fallback; "DESKPHONE_TYPE_2") and "Set or Update the display icon name"
    # (?name, Enum DEFAULT, TYPE_1, TYPE_2); paths in the style of the device name
    "pr.photo_put": SimRoute("PUT", _USER_INFO + "/photo", USER),
    "dev.icon_get": SimRoute("GET", "/user/devices/{d}/{u}/{dev}/icon", USER),
    "dev.icon_put": SimRoute("PUT", "/user/devices/{d}/{u}/{dev}/icon", USER),
})
