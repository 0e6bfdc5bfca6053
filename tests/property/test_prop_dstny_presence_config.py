"""The aggregated configuration reader and the shortcut check, for any input at all: a value of their
type, or their documented refusal (MalformedResponse / InvalidInput); nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.presence_config import IMAGE_IDS, PresenceLists, PresenceShortcut, check_shortcut
from cti_desktop.providers.dstny import wire
from common import dstny_read
from hostile import BOUNDED, hostile_text, json_values, mutated_examples


@BOUNDED
@given(value=st.one_of(json_values("dstny"), mutated_examples("dstny"),
                       st.fixed_dictionaries({"activities": json_values("dstny"), "roles": json_values("dstny"),
                                              "answerplaces": json_values("dstny")})))
def test_config_lists_read_or_refuse(value):
    dstny_read(wire.parse_user_config_lists, value, PresenceLists)


texts = st.one_of(hostile_text, st.text(max_size=50))


@BOUNDED
@given(name=texts, activity=texts, kind=st.one_of(texts, st.sampled_from(["MINUTES", "NO_END_TIME",
                                                                          "UNTIL_NEXT_WORKING_DAY"])),
       minutes=st.integers(-10**6, 10**6), image=st.one_of(texts, st.sampled_from(IMAGE_IDS)),
       number=texts, divert=st.booleans(), available=st.booleans())
def test_shortcut_check_accepts_or_says_why(name, activity, kind, minutes, image, number, divert, available):
    draft = PresenceShortcut(id="1", name=name, activity_id=activity, available=available, duration_type=kind,
                             duration_minutes=minutes, image_id=image, diversion_number=number,
                             apply_diversion_number=divert)
    try:
        checked = check_shortcut(draft)
    except InvalidInput as exc:
        assert str(exc)
        return
    assert checked.name and checked.image_id in IMAGE_IDS
    assert (checked.duration_minutes > 0) == (checked.duration_type == "MINUTES")
    assert checked.diversion_number == "" or checked.apply_diversion_number
