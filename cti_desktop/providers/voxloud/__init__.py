"""Voxloud: contacts, users, click-to-call and call events through webhooks (see :mod:`.backend`)."""
