"""Queue statistics of the distribution groups, as a mixin of :class:`~.pbx.Pbx`.

``queue_stat`` renders the contract's ``QueueStat``: agents logged in / available (logged in, presence
available, not in a call) are computed; ``queueLength`` is the callers really ringing through the
group plus the ones the control API or the demo put in the queue (``Group.synthetic_waiting``);
period counters start seeded and count the calls that pass through the group; the control API's
``overrides`` win. ``refresh_queues`` publishes a ``queue`` change only for groups whose figures
changed (``longestWaiting`` alone, which grows every second, does not count).
"""

from __future__ import annotations

import time

from .org import ACTIVITY_BY_ID, DOMAIN, Group


class QueueStats:
    # -- queue statistics ------------------------------------------------------------------------

    def waiting_offers(self, g: Group) -> list:
        seen: dict = {}
        for l in self.legs.values():
            o = l.offer
            if o and o.group is g and not o.answered and l.status == "RINGING":
                seen[id(o)] = o
        return list(seen.values())

    def queue_stat(self, g: Group) -> dict:
        logged = [self.org.users[u] for u in g.members if u in g.logged_in]
        free = [u for u in logged if u.presence.available and not self.in_call(u.user_id)]
        waiting = self.waiting_offers(g)
        now = time.time()
        longest = max((int(now - o.started) for o in waiting), default=0)
        if g.synthetic_waiting:
            longest = max(longest, int(g.stats.get("longestWaiting", 0)))
        presence: dict[str, int] = {}
        for u in logged:
            name = self.org_activity_name(u.presence.activity)
            presence[name] = presence.get(name, 0) + 1
        s = g.stats
        answered, dropped = s.get("answeredCallsForPeriod", 0), s.get("droppedCallsForPeriod", 0)
        stat = {
            "name": g.name, "domain": DOMAIN, "number": g.number, "id": g.gid,
            "queueLength": g.synthetic_waiting + len(waiting),
            "availableAgents": len(free), "loggedInAgents": len(logged),
            "longestWaiting": longest, "lastWait": s.get("lastWait", 0), "averageWait": s.get("averageWait", 0),
            "droppedCallsForPeriod": dropped,
            "totalCallsForPeriod": s.get("totalCallsForPeriod", answered + dropped),
            "answeredCallsForPeriod": answered,
            "totalCallsLast24h": s.get("totalCallsLast24h", s.get("answeredCallsLast24h", 0) + s.get("droppedCallsLast24h", 0)),
            "droppedCallsLast24h": s.get("droppedCallsLast24h", 0),
            "answeredCallsLast24h": s.get("answeredCallsLast24h", 0),
            "current-agent-presence": [{"name": k, "count": v} for k, v in sorted(presence.items())],
        }
        stat.update(g.overrides)
        return stat

    @staticmethod
    def org_activity_name(activity: str) -> str:
        a = ACTIVITY_BY_ID.get(activity)
        return a[1] if a else activity.title()

    def group_json(self, g: Group, uid: str) -> dict:
        st = self.queue_stat(g)
        return {"id": g.gid, "domain": DOMAIN, "name": g.name, "type": g.gtype, "loggedIn": uid in g.logged_in,
                "nightMode": g.night_mode, "loggedInAgents": st["loggedInAgents"],
                "freeAgents": st["availableAgents"], "callsWaiting": st["queueLength"]}

    def refresh_queues(self, force: Group | None = None) -> None:
        """Publish the queues whose statistics changed (and ``force`` in any case)."""
        for g in self.org.groups.values():
            st = self.queue_stat(g)
            cmp = {k: v for k, v in st.items() if k != "longestWaiting"}
            if g is force or self._last_queue.get(g.gid) != cmp:
                self._last_queue[g.gid] = cmp
                self.publish("queue", {"group": g.gid, "members": set(g.members), "stat": st})

    def _bump_group(self, g: Group | None, answered: bool, waited: float) -> None:
        if g is None:
            return
        s = g.stats
        key = "answeredCallsForPeriod" if answered else "droppedCallsForPeriod"
        s[key] = s.get(key, 0) + 1
        key24 = "answeredCallsLast24h" if answered else "droppedCallsLast24h"
        s[key24] = s.get(key24, 0) + 1
        s.pop("totalCallsForPeriod", None)
        s.pop("totalCallsLast24h", None)
        s["lastWait"] = int(waited)
        s["averageWait"] = int((s.get("averageWait", 0) * 4 + waited) / 5)

