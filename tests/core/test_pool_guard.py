"""The connection pools heal when cancelled requests leak their connections (encode/httpcore#1093).

Against the simulator over loopback: two requests queued on a one-connection pool and cancelled at
once leave the pool holding a connection nobody owns; every later request then waits for a slot
that never comes (PoolTimeout). Found by a day of calls: the window stayed "Reconnecting: could not
refresh the current state" with three calls ringing unseen.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from cti_desktop.core.pool_guard import PoolGuard
from cti_desktop.core.transport import command_client

LIMITS = httpx.Limits(max_connections=1, max_keepalive_connections=1)
TIMEOUT = httpx.Timeout(5.0, pool=0.5)


async def _cancel_two_queued(client: httpx.AsyncClient, url: str) -> None:
    """Two requests for the one connection, both cancelled before either got going."""
    tasks = [asyncio.create_task(client.get(url)) for _ in range(2)]
    await asyncio.sleep(0)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _guarded() -> tuple[httpx.AsyncClient, PoolGuard]:
    guard = PoolGuard(lambda: httpx.AsyncHTTPTransport(limits=LIMITS), LIMITS.max_connections)
    return httpx.AsyncClient(transport=guard, timeout=TIMEOUT), guard


def test_the_fault_the_guard_is_for_still_exists_in_the_pinned_httpcore(sim, arun):
    """A bare pool is lost for good (if this fails, httpcore fixed it: the guard may go)."""
    async def scenario() -> None:
        url = f"{sim.base_url}/_sim/state"
        async with httpx.AsyncClient(limits=LIMITS, timeout=TIMEOUT) as client:
            await _cancel_two_queued(client, url)
            with pytest.raises(httpx.PoolTimeout):
                await client.get(url)
    arun(scenario())


def test_a_pool_that_lost_its_connections_is_replaced_and_the_request_goes_through(sim, arun, caplog):
    async def scenario() -> None:
        url = f"{sim.base_url}/_sim/state"
        client, guard = _guarded()
        async with client:
            await _cancel_two_queued(client, url)
            assert guard.open_requests == 0
            response = await client.get(url)
            assert response.status_code == 200 and "calls" in response.json()
            assert guard.replaced == 1
            for _ in range(3):  # the fresh pool works on
                assert (await client.get(url)).status_code == 200
            assert guard.replaced == 1 and guard.open_requests == 0
    arun(scenario())
    assert any("were lost to cancelled requests" in r.getMessage() for r in caplog.records)


def test_a_pool_full_of_our_own_requests_is_a_real_timeout(sim, arun):
    async def scenario() -> None:
        url = f"{sim.base_url}/_sim/state"
        client, guard = _guarded()
        async with client:
            async with client.stream("GET", url) as held:  # holds the only connection until closed
                assert held.status_code == 200
                assert guard.open_requests == 1
                with pytest.raises(httpx.PoolTimeout):
                    await client.get(url)
                assert guard.replaced == 0
            assert guard.open_requests == 0
            assert (await client.get(url)).status_code == 200
    arun(scenario())


def test_the_replaced_pool_is_closed_once_its_last_request_is_done(sim, arun):
    async def scenario() -> None:
        url = f"{sim.base_url}/_sim/state"
        old: list[httpx.AsyncHTTPTransport] = []

        def make() -> httpx.AsyncHTTPTransport:
            old.append(httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=2)))
            return old[-1]

        guard = PoolGuard(make, 2)
        async with httpx.AsyncClient(transport=guard, timeout=TIMEOUT) as client:
            async with client.stream("GET", url):  # one connection in use on the first pool
                tasks = [asyncio.create_task(client.get(url)) for _ in range(3)]
                await asyncio.sleep(0)
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                assert (await client.get(url)).status_code == 200
                assert guard.replaced == 1
                assert old[0]._pool.connections != []  # still in use by the held stream: left open
            # the held stream was the first pool's last request: now that pool is closed
            assert old[0]._pool.connections == []
    arun(scenario())


def test_the_app_clients_use_the_guard():
    client = command_client()
    assert isinstance(client._transport, PoolGuard)
