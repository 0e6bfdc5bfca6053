"""My photo (pr.photo, pr.photo_put) and a device's display icon (dev.icon_get, dev.icon_put): what
the client sends, over loopback to the simulator, and what it refuses before sending.

The reference (Dstny Core User API, User Information): "Upload a photo to be associated with a
user. Both PUT and POST methods are accepted for this operation. The photo shall be added in the
HTTP body." User Device Information: "Retrieve display icon name for a certain user device …" (its
sample answer ``"DESKPHONE_TYPE_2"``, parameter ``fallback``) and "Set or Update the display icon
name for a certain user device. The icon name must correspond to the type of the device." (``name``,
Enum ``"DEFAULT" "TYPE_1" "TYPE_2"``).
"""

from __future__ import annotations

import httpx
import pytest
from photo_bytes import png

from cti_desktop.core.device_icons import DeviceIcons
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.user_photo import PHOTO_UPLOAD_LIMIT, UserPhoto
from cti_desktop.providers.dstny import wire
from support import dstny_signed_in, sim_post

DOMAIN = "demo.example"


@pytest.fixture
async def client(sim):
    """agent1 signed in, and the requests its client sends from then on."""
    async with dstny_signed_in(sim) as signed:
        signed.sent.clear()
        yield signed.client, signed.sent


async def test_upload_sends_the_image_itself_and_the_photo_reads_it_back(sim, client):
    c, seen = client
    assert isinstance(c, UserPhoto)
    drawn = await c.photo(96, 96)
    assert drawn.startswith(b"<svg")  # the simulator's initials until one is uploaded
    image = png(8, 8)
    await c.upload_photo(image)
    put = seen[-1]
    assert put.method == "PUT" and put.url.path == f"/api/user/info/{DOMAIN}/agent1/photo"
    assert put.headers["content-type"] == "image/png"
    assert put.content == image  # the photo is the body, nothing around it
    assert not put.url.query
    assert await c.photo(96, 96) == image
    get = seen[-1]
    assert get.method == "GET" and dict(get.url.params) == {"prefWidth": "96", "prefHeight": "96"}
    assert get.headers["accept"] == "image/*"
    assert sim.sim.org.users["agent1"].photo == image


async def test_a_jpeg_goes_as_a_jpeg(sim, client):
    c, seen = client
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 64
    await c.upload_photo(jpeg)
    assert seen[-1].headers["content-type"] == "image/jpeg"
    assert sim.sim.org.users["agent1"].photo_type == "image/jpeg"


@pytest.mark.parametrize("data, words", [
    (b"", "The photo is empty"),
    (b"GIF89a" + b"\x00" * 20, "The photo must be a PNG or JPEG image"),
    (b"%PDF-1.7 not an image", "The photo must be a PNG or JPEG image"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * PHOTO_UPLOAD_LIMIT, "larger than"),
])
async def test_anything_but_a_png_or_jpeg_is_refused_before_sending(sim, client, data, words):
    c, seen = client
    with pytest.raises(InvalidInput, match=words):
        await c.upload_photo(data)
    assert seen == []
    assert sim.sim.org.users["agent1"].photo == b""


async def test_the_simulator_refuses_a_body_that_is_not_its_type(sim, client):
    c, _seen = client
    http = httpx.AsyncClient(timeout=10)
    try:
        url = c.url("pr.photo_put")
        for content_type, body, status in (("image/png", b"\xff\xd8\xff jpeg bytes", 400),
                                           ("image/gif", b"GIF89a....", 415),
                                           ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 << 20), 413)):
            response = await http.put(url, content=body, headers={**c.auth_headers(), "Content-Type": content_type})
            assert response.status_code == status, content_type
            assert wire.parse_error_body(response.content)
    finally:
        await http.aclose()
    assert sim.sim.org.users["agent1"].photo == b""


async def test_a_garbled_photo_answer_is_handed_over_as_bytes_for_the_caller_to_judge(sim, client):
    c, _seen = client
    sim_post(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["pr.photo"]})
    body = await c.photo()  # bytes come back: deciding whether they are an image is the caller's
    assert isinstance(body, bytes) and body


async def test_device_icon_read_and_set(sim, client):
    c, seen = client
    assert isinstance(c, DeviceIcons)
    device = (await c.devices())[0]
    assert device.icon == "DEFAULT"
    assert await c.device_icon(device.device_id, device.kind) == "DEFAULT"
    read = seen[-1]
    assert read.method == "GET" and read.url.path.endswith(f"/{device.device_id}/icon")
    assert dict(read.url.params) == {"fallback": "true"}
    assert await c.set_device_icon(device.device_id, "type_2", device.kind) == "TYPE_2"
    put = next(r for r in seen if r.method == "PUT")
    assert dict(put.url.params) == {"name": "TYPE_2"} and put.content == b""
    assert [d.icon for d in await c.devices() if d.device_id == device.device_id] == ["TYPE_2"]
    # the full name of the device's own type is the same icon
    assert await c.set_device_icon(device.device_id, f"{device.kind}_TYPE_1", device.kind) == "TYPE_1"


async def test_an_icon_of_another_type_is_refused_before_sending(sim, client):
    c, seen = client
    device = next(d for d in await c.devices() if d.kind != "MOBILE")
    seen.clear()
    for bad in ("", "TYPE_3", "MOBILE_TYPE_1", "../name"):
        with pytest.raises(InvalidInput, match="is not an icon"):
            await c.set_device_icon(device.device_id, bad, device.kind)
    assert seen == []


async def test_the_simulator_refuses_an_icon_of_another_type_in_words(sim, client):
    c, _seen = client
    device = next(d for d in await c.devices() if d.kind != "MOBILE")
    http = httpx.AsyncClient(timeout=10)
    try:
        response = await http.put(c.url("dev.icon_put", dev=device.device_id), params={"name": "MOBILE_TYPE_1"},
                                  headers=c.auth_headers())
    finally:
        await http.aclose()
    assert response.status_code == 400
    words = response.json()["field"][0]["description"]
    assert f"must correspond to the device type {device.kind}" in words and f"{device.kind}_TYPE_2" in words


async def test_a_garbled_icon_answer_is_an_unreadable_response(sim, client):
    c, _seen = client
    device = (await c.devices())[0]
    sim_post(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["dev.icon_get"]})
    with pytest.raises(wire.MalformedResponse):
        await c.device_icon(device.device_id, device.kind)
