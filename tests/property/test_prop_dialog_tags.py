"""Property tests of the RFC 4235 parser's SIP-dialog fields (call-id, local-tag, remote-tag), which
name the dialog a pickup replaces, and of the line a dialog document gives a colleague."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.core.colleagues import IDLE, IN_CALL, RINGING, ColleagueLine, apply_dialogs
from cti_desktop.providers.dstny.presence_watch import line_dialog
from cti_desktop.providers.dstny.xml import DialogInfo, XmlDocumentError, parse_dialog_info

# XML 1.0 characters an attribute may hold (no C0 controls besides tab/newline, no surrogates).
_attr_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=40
)
STATES = ("trying", "proceeding", "early", "confirmed", "terminated")


def _doc(dialogs: list[tuple[str, str, str, str, str]], full: bool) -> str:
    body = "".join(
        f"<dialog id={quoteattr(i)} call-id={quoteattr(c)} local-tag={quoteattr(lt)} remote-tag={quoteattr(rt)}"
        f' direction="recipient"><state>{s}</state></dialog>'
        for i, c, lt, rt, s in dialogs
    )
    state = "full" if full else "partial"
    return f'<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="1" state="{state}">{body}</dialog-info>'


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_a_value_or_the_refusal(data):
    try:
        info = parse_dialog_info(data)
    except XmlDocumentError:
        return
    assert isinstance(info, DialogInfo)
    for d in info.dialogs:
        assert isinstance(d.local_tag, str) and isinstance(d.remote_tag, str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_attr_text, _attr_text, _attr_text, _attr_text, st.sampled_from(STATES)), max_size=5),
       st.booleans())
def test_tags_round_trip_and_the_lamp_follows(dialogs, full):
    info = parse_dialog_info(_doc(dialogs, full))
    assert [(d.call_id, d.local_tag, d.remote_tag) for d in info.dialogs] == [
        (c.strip(), lt.strip(), rt.strip()) for _i, c, lt, rt, _s in dialogs
    ]
    line = apply_dialogs(ColleagueLine("x", "X", live=True), [line_dialog(d) for d in info.dialogs], full=True)
    # The last word on each dialog counts (a later one of the same id replaces an earlier one).
    last: dict[str, str] = {}
    for i, c, _lt, _rt, s in dialogs:
        key = i.strip() or c.strip()
        if key:
            last[key] = s
    live = [s for s in last.values() if s != "terminated"]
    expected = RINGING if any(s in ("trying", "proceeding", "early") for s in live) else IN_CALL if live else IDLE
    assert line.lamp == expected
    target = line.pickup_target()
    if target is not None:
        assert (target.call_id, target.to_tag) != ("", "")
