"""The vendor registry: every phone system's spec is complete, its demo signs in to its own simulator,
and the sign-in dialog builds each system's fields from the spec alone."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
from pathlib import Path

import pytest

import cti_desktop
from cti_desktop.accounts import connect_account
from cti_desktop.cli import build_parser
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account
from cti_desktop.core.settings import SettingsStore
from cti_desktop.core.vendors import (
    MODE_API_KEY,
    MODE_PASSWORD,
    MODE_TICKET,
    AccountField,
    VendorCatalog,
    catalog,
)
from cti_desktop.demo import DemoSimulators
from cti_desktop.providers.registry import VENDORS
from cti_desktop.ui.login_dialog import LoginDialog
from cti_desktop.viewmodels.login import LoginViewModel

SPECS = VENDORS.specs
IDS = [spec.key for spec in SPECS]
PACKAGE = Path(cti_desktop.__file__).parent


def test_the_composition_root_installs_the_registry():
    assert catalog() is VENDORS
    assert VENDORS.default is SPECS[0]


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_spec_is_complete_and_lives_in_its_own_package(spec):
    assert spec.key.isidentifier() and spec.key == spec.key.lower()
    assert (PACKAGE / "providers" / spec.key / "spec.py").is_file()
    assert spec.label and spec.source_name and spec.words.subtitle and spec.words.stored_as
    names = [f.name for f in spec.fields]
    assert "server" in names and len(set(names)) == len(names)
    for f in spec.fields:
        assert f.label and f.kind in ("text", "choice", "port")
        if f.kind == "choice":
            assert f.choices and f.default in {value for value, _ in f.choices}
        if f.is_option:
            assert f.accessible, f"the option {f.name} of {spec.key} has no accessible name"
    assert spec.modes and set(spec.modes) <= {MODE_PASSWORD, MODE_TICKET, MODE_API_KEY}
    if MODE_API_KEY in spec.modes:
        assert spec.words.api_key_placeholder and spec.words.paste_api_key and spec.words.api_key_only
    if MODE_TICKET in spec.modes:
        assert spec.words.ticket_choice and spec.words.paste_ticket
    assert set(spec.source_fields) <= {"server", "domain", "user"} and "server" in spec.source_fields
    for part in (spec.connect, spec.validate, spec.store_secrets, spec.source_credentials,
                 spec.account_from_options, spec.directory_of):
        assert callable(part)
    assert all(isinstance(words, str) and words for words in spec.missing.values())
    # its demo: a simulator that exists, and an account of this very system
    assert spec.demo is not None
    module, _, name = spec.demo.simulator.partition(":")
    assert callable(getattr(importlib.import_module(module), name))
    account, credentials = spec.demo.account("http://127.0.0.1:9", False)
    assert account.backend == spec.key and credentials.source == "environment"


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_demo_of_every_system_signs_in_to_its_own_simulator(spec, arun):
    simulators = DemoSimulators(spec.key, seed=5).start()
    try:
        account, credentials, sources = simulators.account()
        assert sources == [] and account.backend == spec.key

        async def connect_and_read() -> str:
            backend = await connect_account(account, credentials, heartbeat_interval=1.0, backoff_initial=0.1)
            try:
                assert backend.call_control is not None
                await backend.call_control.get_calls()  # a real request, answered by the simulator
                return backend.name
            finally:
                await backend.aclose()

        assert arun(asyncio.wait_for(connect_and_read(), 20)) == spec.key
    finally:
        simulators.stop()
    assert simulators.running == {}


def test_a_combined_demo_adds_the_sources_simulator_as_a_directory(arun):
    combination = next(d for d in VENDORS.demos if "+" in d)
    primary, source = combination.split("+")
    simulators = DemoSimulators(combination, seed=5).start()
    try:
        account, credentials, sources = simulators.account()
        assert account.backend == primary and [s.kind for s, _c in sources] == [source]

        async def connect() -> list[str]:
            backend = await connect_account(account, credentials, sources=sources, heartbeat_interval=1.0,
                                            backoff_initial=0.1)
            try:
                return [d.name for d in backend.directories]
            finally:
                await backend.aclose()

        names = arun(asyncio.wait_for(connect(), 20))
        assert VENDORS.source_name(source) in names and not simulators.running[source] is None
    finally:
        simulators.stop()


def test_demo_and_backend_choices_of_the_command_line_come_from_the_registry():
    parser = build_parser()
    for demo in VENDORS.demos:
        assert parser.parse_args(["--demo", demo]).demo == demo
    for key in VENDORS.keys:
        assert parser.parse_args(["--backend", key]).backend == key
    assert parser.parse_args(["--demo"]).demo == VENDORS.demos[0]
    with pytest.raises(SystemExit):
        parser.parse_args(["--backend", "no-such-system"])


def make_dialog(qtbot, vendors=None):
    store = SettingsStore()
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False), vendors=vendors)
    dialog = LoginDialog(vm)
    qtbot.addWidget(dialog)
    return vm, dialog


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_dialog_shows_exactly_the_fields_of_the_chosen_system(spec, qtbot):
    vm, dialog = make_dialog(qtbot)
    dialog.backend_box.setCurrentIndex(dialog.backend_box.findData(spec.key))
    dialog.backend_box.activated.emit(dialog.backend_box.currentIndex())
    assert vm.backend == spec.key and dialog.backend_box.currentText() == spec.label
    own = {f.name: f for f in spec.fields}
    for name, widget in dialog.field_edits.items():
        assert widget.isVisibleTo(dialog) == (name in own), name
        if name in own:
            assert dialog.field_labels[name].text() == own[name].label
            assert widget.toolTip() == own[name].tip
    assert dialog.subtitle.text() == spec.words.subtitle
    assert vm.mode in spec.modes
    # the source chooser offers every system under its source name
    kinds = [dialog.source_kind.itemData(i) for i in range(dialog.source_kind.count())]
    assert kinds == list(VENDORS.keys)


def test_a_new_system_is_data_the_dialog_and_the_view_model_follow(qtbot):
    """A fourth phone system is one more spec: its option becomes a widget, its words are used."""
    base = VENDORS.default
    region = AccountField("region", "&Region:", tip="Where the account is hosted", accessible="Region",
                          kind="choice", default="eu", choices=(("eu", "Europe"), ("us", "United States")))
    fourth = dataclasses.replace(
        base, key="fourth", label="Fourth", source_name="Fourth contacts",
        fields=(AccountField("server", "&Server:", "https://fourth.example"), region),
        modes=(MODE_API_KEY,),
        words=dataclasses.replace(base.words, subtitle="Fourth keeps the key in the keyring.",
                                  api_key_placeholder="Paste the Fourth key", paste_api_key="Paste the Fourth key",
                                  api_key_only="Fourth signs in with a key"),
        check_sign_in=None, validate=lambda account, what: None,
    )
    vendors = VendorCatalog((*SPECS, fourth))
    vm, dialog = make_dialog(qtbot, vendors)
    vm.backend = "fourth"
    box = dialog.field_edits["region"]
    assert box.isVisibleTo(dialog) and box.accessibleName() == "Region" and box.count() == 2
    assert not dialog.domain_edit.isVisibleTo(dialog) and not dialog.user_edit.isVisibleTo(dialog)
    assert vm.mode == MODE_API_KEY and dialog.api_key_edit.placeholderText() == "Paste the Fourth key"
    assert dialog.subtitle.text() == "Fourth keeps the key in the keyring."
    box.setCurrentIndex(box.findData("us"))
    box.activated.emit(box.currentIndex())
    vm.server = "https://fourth.example"
    account = vm.account()
    assert account == Account("fourth", "https://fourth.example") and account.options == {"region": "us"}
    # the systems declared before keep their own fields
    vm.backend = base.key
    assert not box.isVisibleTo(dialog)


def test_the_catalog_refuses_in_words():
    with pytest.raises(ValueError):
        VendorCatalog((SPECS[0], SPECS[0]))
    with pytest.raises(ValueError):
        VendorCatalog(SPECS, demo_combinations=(f"{SPECS[0].key}+no-such-system",))
    with pytest.raises(InvalidInput) as refused:
        VENDORS.spec("no-such-system")
    assert "this version supports" in str(refused.value) and all(k in str(refused.value) for k in VENDORS.keys)
    assert VENDORS.missing_reason("no-such-system", "queues", what="queues").endswith("for this account")


def test_no_layer_above_the_providers_names_a_phone_system():
    """A new phone system needs no edit above ``providers/``: none of them is named there."""
    words = {spec.key for spec in SPECS} | {spec.label.lower() for spec in SPECS}
    places = [PACKAGE / "ui", PACKAGE / "viewmodels", PACKAGE / "core", PACKAGE / "app", PACKAGE / "cli"]
    found = []
    for place in places:
        for path in ([place] if place.is_file() else sorted(place.rglob("*.py"))):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if any(word in line.lower() for word in words):
                    found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []
