"""Fixtures for the account wiring tests: the Telavox and Voxloud simulators on loopback, reset per test."""

from __future__ import annotations

import pytest
from support import reset_around


@pytest.fixture(scope="session")
def telavox_sim_server():
    from cti_desktop.simulator.telavox.server import TelavoxSimulatorThread

    with TelavoxSimulatorThread(seed=5) as server:
        yield server


@pytest.fixture
def tvx(telavox_sim_server):
    yield from reset_around(telavox_sim_server)


@pytest.fixture(scope="session")
def voxloud_sim_server():
    from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread

    with VoxloudSimulatorThread(seed=5, contacts=60) as server:
        yield server


@pytest.fixture
def vox(voxloud_sim_server):
    yield from reset_around(voxloud_sim_server)
