"""A simulator of the Voxloud developer API (contacts, users, webhook subscriptions, click-to-call)."""
