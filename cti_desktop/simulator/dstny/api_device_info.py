"""``/api`` handlers: User Device Information for one device — its attributes and display name.

Decisions (the reference gives the shapes): an unknown device is a 404; the attributes are the
device's user agent (by its type, in the reference's ``Telepo Softphone/Mac/5.x.x.xxxx`` style), its
type and its status; the display name answers a JSON string, and with ``fallback=true`` the
default name when none is set (the simulator's devices always have one); a new name is the
``name`` parameter, 1–32 characters after trimming, else 400; it answers 204, and the device list
and the device stream show the new name.

The display icon name (the reference: "Retrieve display icon name … If no icon has been configured
for the device, the default icon of the type of the device is returned", sample
``"DESKPHONE_TYPE_2"``; "Set or Update … The icon name must correspond to the type of the device",
``name`` Enum DEFAULT, TYPE_1, TYPE_2): the read answers ``"<deviceType>_<variant>"`` as a JSON
string; with none chosen, ``"<deviceType>_DEFAULT"`` when ``fallback=true`` and ``""`` otherwise.
The update takes ``name`` as the bare variant or as the full name of the device's own type
(``MOBILE_TYPE_1`` on a desk phone is refused), else 400 naming the valid ones; it answers 204, and
the device list (``deviceIcon``) and the device stream show it.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from .api_base import ApiError, Ctx, handles, ok

USER_AGENTS = {
    "SOFTPHONE": "Telepo Softphone/Windows/5.8.2.1041",
    "DESKPHONE": "Yealink SIP-T54W 96.86.0.100",
    "MOBILE": "Telepo Mobile/iOS/5.8.0",
    "WEB_SOFTPHONE": "Telepo Web Softphone/5.8.1",
}


def _device(c: Ctx):
    device = c.user.device(c.params["dev"])
    if device is None:
        raise ApiError(404, "device.does.not.exist", f"No device {c.params['dev']}", "deviceId", c.params["dev"])
    return device


@handles("dev.info")
async def h_dev_info(c: Ctx):
    d = _device(c)
    return ok([{"name": "USER_AGENT", "value": USER_AGENTS.get(d.device_type, f"{d.type_name}/1.0")},
               {"name": "DEVICE_TYPE", "value": d.device_type},
               {"name": "STATUS", "value": d.status}])


@handles("dev.name_get")
async def h_dev_name_get(c: Ctx):
    return JSONResponse(_device(c).name)


@handles("dev.name_put")
async def h_dev_name_put(c: Ctx):
    d = _device(c)
    name = " ".join((c.q.get("name") or "").split())
    if not name or len(name) > 32:
        raise ApiError(400, "name.invalid", "The device name must be 1 to 32 characters", "name", name[:32])
    d.name = name
    c.sim.hub.publish("device", {"user": c.user.user_id, "changedField": "DEVICE_INFO"})
    return Response(status_code=204)


ICON_VARIANTS = ("DEFAULT", "TYPE_1", "TYPE_2")


@handles("dev.icon_get")
async def h_dev_icon_get(c: Ctx):
    d = _device(c)
    if not d.icon and not c.flag("fallback"):
        return JSONResponse("")
    return JSONResponse(f"{d.device_type}_{d.icon or 'DEFAULT'}")


@handles("dev.icon_put")
async def h_dev_icon_put(c: Ctx):
    d = _device(c)
    raw = (c.q.get("name") or "").strip()
    name = raw.upper()
    if name.startswith(d.device_type + "_"):
        name = name[len(d.device_type) + 1:]
    if name not in ICON_VARIANTS:
        valid = ", ".join(ICON_VARIANTS + tuple(f"{d.device_type}_{v}" for v in ICON_VARIANTS))
        raise ApiError(400, "name.invalid", f"The icon name must correspond to the device type {d.device_type}: "
                       f"one of {valid}", "name", raw[:64])
    d.icon = name
    c.sim.hub.publish("device", {"user": c.user.user_id, "changedField": "DEVICE_INFO"})
    return Response(status_code=204)
