"""Where a call goes: destinations, ringing a user or a group (its queue), forwarding, the group log.

A part of :class:`~.pbx.Pbx`.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

from .legs import RINGING, CallError, External, Leg, Offer, Party
from .org import DOMAIN, Group, User


class GroupRouting:
    """Offering calls to users and groups (a part of :class:`~.pbx.Pbx`)."""

    def resolve(self, destination: str) -> User | Group | str:
        """A user, a group or an E.164 number for a dial string (tel:/sip: URI, id, extension, number)."""
        d = (destination or "").strip()
        if not d:
            raise CallError(400, "destination.missing", "No destination given", "destination")
        low = d.lower()
        if low.startswith("tel:"):
            d = d[4:]
        elif low.startswith("sip:") or low.startswith("sips:"):
            d = d.split(":", 1)[1].split(";", 1)[0]
            user_part, _, dom = d.partition("@")
            if dom.lower() == DOMAIN and user_part in self.org.users:
                return self.org.users[user_part]
            d = user_part
        if d.endswith("@" + DOMAIN):
            d = d[: -len(DOMAIN) - 1]
        if d in self.org.users:
            return self.org.users[d]
        compact = re.sub(r"[\s\-().]", "", d)
        if compact in self.org.by_extension:
            return self.org.by_extension[compact]
        if compact in self.org.group_by_extension:
            return self.org.group_by_extension[compact]
        if re.fullmatch(r"00\d{6,15}", compact):
            compact = "+" + compact[2:]
        elif re.fullmatch(r"0\d{6,12}", compact):
            compact = "+46" + compact[1:]
        if not re.fullmatch(r"\+[1-9]\d{6,14}", compact):
            raise CallError(400, "destination.invalid", f"Cannot call {destination!r}", "destination", destination)
        if compact in self.org.by_number:
            return self.org.by_number[compact]
        if compact in self.org.group_by_number:
            return self.org.group_by_number[compact]
        return compact

    def offer(self, caller: Party, users: list[User], *, group: Group | None = None,
              history: dict | None = None, divert: bool = True) -> list[Leg]:
        if divert and group is None and len(users) == 1:  # a direct call follows the user's forwarding
            diverted = self.diversions.ring(self, caller, users[0])
            if diverted is not None:
                return diverted
        o = Offer(caller, group=group)
        for u in users:
            leg = self._new_leg(u, True, RINGING, [d.device_id for d in u.devices if d.status == "ACTIVE"])
            leg.history = dict(history) if history else None
            leg.offer = o
            o.legs.append(leg)
            self.link(caller, leg)
        for leg in o.legs:
            self._changed(leg)
        if isinstance(caller, Leg) and caller.is_live():
            self._changed(caller)
        return o.legs

    def ring_group(self, caller: Party, g: Group, to: User | None = None, *, rotate: int = 0) -> list[Leg]:
        caller_rp = caller.remote_party() if isinstance(caller, External) else caller.user.remote_party()
        history = {"subject": g.name, "acdSupport": g.number, "campOn": False, "initialParty": caller_rp,
                   "previousParty": g.remote_party(), "previousRetargetReason": "DISTRIBUTED"}
        if g.night_mode and to is None:
            self._forward_group_call(caller, g, "NIGHT_MODE")
            return []
        if to is not None:
            users = [to]
        else:
            logged = [self.org.users[u] for u in g.members if u in g.logged_in]
            free = [u for u in logged if u.presence.available and not self.in_call(u.user_id)]
            if g.gtype == "ACD":
                pool = free or logged
                users = [pool[rotate % len(pool)]] if pool else []
            else:
                users = free or logged
        if not users:
            g.synthetic_waiting += 1
            self.refresh_queues()
            return []
        return self.offer(caller, users, group=g, history=history)

    def inject(self, to: User | None, number: str, name: str | None, via: Group | None,
               rotate: int = 0) -> list[Leg]:
        """An external caller ringing ``to`` (and/or through group ``via``)."""
        ext = self._new_external(number, name)
        if via is not None:
            legs = self.ring_group(ext, via, to, rotate=rotate)
        else:
            legs = self.offer(ext, [to]) if to else []
        if not legs:
            self.externals.pop(ext.id, None)
        return legs

    def _forward_group_call(self, caller: Party, g: Group, reason: str) -> None:
        """A group in night mode forwards its callers (to voicemail): a FORWARDED log item."""
        number = caller.number if isinstance(caller, External) else caller.user.number
        self.org.next_log_id += 1
        item = self.org.calllog_item(self.org.next_log_id, g, "FORWARDED", number, datetime.now(timezone.utc),
                                     None, 0, 0)
        item["forwardReason"] = reason
        g.calllog.append(item)

    def _group_log(self, g: Group, kind: str, leg: Leg, agent: User | None, waited: float) -> None:
        rp = self.remote_of(leg)
        self.org.next_log_id += 1
        item = self.org.calllog_item(self.org.next_log_id, g, kind, rp.get("telUri", "").removeprefix("tel:"),
                                     datetime.fromtimestamp(leg.offer.started if leg.offer else leg.created, timezone.utc),
                                     agent, int(time.time() - (leg.answered_at or time.time())), int(waited))
        g.calllog.append(item)
