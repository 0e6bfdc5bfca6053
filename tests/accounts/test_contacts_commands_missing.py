"""Where the phone system keeps no contact list of the person's own and no favourites templates
(Telavox, Voxloud), the contact search offers neither: the commands are disabled with its words."""

from __future__ import annotations


from cti_desktop.accounts import connect_account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.ui.contact_search import ContactSearch
from cti_desktop.viewmodels.contacts import ContactSearchViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def test_telavox_offers_neither_and_says_why(tvx, arun, qtbot):
    account = Account("telavox", tvx.base_url, "", "agent1", options={"poll_interval": 0.5})
    session = Session(account, arun(connect_account(account, Credentials(password="demo"))))
    bridge = SessionBridge(session)
    vm = ContactSearchViewModel(bridge)
    widget = ContactSearch(vm)
    qtbot.addWidget(widget)
    try:
        assert not vm.removeSupported and not vm.templatesSupported
        assert not widget.template_action.isEnabled()
        assert widget.template_action.toolTip().startswith("Telavox has no favourites templates")
        assert vm.removeNote.startswith("Telavox has no contact list")
        assert widget.ask_reset_favourites() is None
    finally:
        arun(vm.aclose())
        bridge.detach()
        arun(session.aclose())
