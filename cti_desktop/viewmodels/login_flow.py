"""The sign-in flow: the typed secret (password, ticket or API key) or the demo → a started session,
its secrets stored in the keyring (or kept for this session, in words), the profile remembered.

A mixin of :class:`~cti_desktop.viewmodels.login.LoginViewModel`: every attempt is a task the
view-model holds, so it can be cancelled and awaited at shutdown; errors come back in words.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from cti_desktop.core.account import Account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import AuthExpired, InvalidInput
from cti_desktop.core.sign_in_fields import check_secret_kind, typed_credentials
from cti_desktop.core.sources import DirectorySource
from cti_desktop.i18n import translate

if TYPE_CHECKING:
    from cti_desktop.core.session import Session

__all__ = ["SignInFlowMixin"]


class SignInFlowMixin:
    """Signing in from the fields, to the demo, or with a given account (``--demo``, account options)."""

    async def _sign_in_to_demo(self) -> Session:
        if self._demo is None:
            raise InvalidInput(translate("LoginFlow", "This app has no demo phone system to try"))
        # the chosen phone system's demo when it has one, else the default demo
        key = self._backend if self.spec.demo is not None else ""
        self._set_status(translate("LoginFlow", "Starting the demo phone system…"))
        try:
            account, credentials, sources = await self._demo(key)
        finally:
            self._set_status("")
        return await self.sign_in(account, credentials, persist=False, remember=False, sources=sources)

    def _spawn(self, coro) -> asyncio.Task:
        # guarded shows a UserFacingError; anything else goes to the one reporter (core.tasks)
        return self._tasks.spawn(self.guarded(coro), name="sign-in")

    async def _sign_in_from_fields(self, *, password: str | None = None, ticket: str | None = None,
                                   api_key: str | None = None) -> Session:
        spec = self.spec
        check_secret_kind(spec, self.vendors, api_key=api_key is not None)
        account = self.account()
        credentials = typed_credentials(spec, self.vendors, password=password, ticket=ticket, api_key=api_key)
        return await self.sign_in(account, credentials, persist=True, remember=self._remember,
                                  sources=self.directory_sources())

    async def sign_in(self, account: Account, credentials: Credentials, *, persist: bool, remember: bool,
                      sources: list[tuple[DirectorySource, Credentials | None]] | None = None) -> Session:
        """Connect (the phone system and every directory source), check the credentials, store the
        secrets (``persist``), save the profile (``remember``).

        Emits :attr:`signedIn` with the started session and returns it; raises
        :class:`UserFacingError` in words. Used by the dialog, ``--demo`` and the account options.
        """
        sources = list(sources or [])
        who = f"{account.user}@{account.domain}" if account.domain else (account.user or translate("LoginFlow", "the API key's company"))
        self._set_status(translate("LoginFlow", "Signing in as {who}…").format(who=who))
        tickets: list[str] = []
        backend = None
        try:
            backend = await self._accounts.connect_account(
                account,
                credentials,
                sources=sources,
                secrets=self._secrets,
                on_ticket=tickets.append,
                extra_ca_file=self._extra_ca_file,
                heartbeat_interval=self._heartbeat,
                backoff_initial=self._backoff_initial,
            )
            spec = self.vendors.get(account.backend)
            if spec is not None and spec.proves_ticket and credentials.ticket and not credentials.password:
                # A ticket is only proven by using it.
                try:
                    await backend.call_control.get_calls()
                except AuthExpired:
                    raise AuthExpired(translate("LoginFlow", "The server refused this ticket (it may have expired, been revoked or lack permissions)")) from None
            from cti_desktop.core.session import Session  # with the first session: not needed before the window

            session = Session(account, backend)
        except BaseException:
            if backend is not None:
                await backend.aclose()
            self._set_status("")
            raise
        try:
            if persist and credentials.source != "environment":
                self._set_status(translate("LoginFlow", "Storing the secrets…"))
                await self._accounts.store_credentials(account, credentials, self._secrets,
                                                       new_ticket=tickets[-1] if tickets else None)
                connected = {id(src) for src in backend.connected_sources}
                for source, creds in sources:
                    if creds is not None and id(source) in connected:
                        await self._accounts.store_credentials(source.account(), creds, self._secrets)
                self.set_notice(self._secrets.warning)
            if backend.source_errors:
                self.set_notice(" ".join(filter(None, [self._get_notice(), *backend.source_errors])))
            if remember:
                self._remember_profile(account, [src for src, _ in sources])
        except BaseException:
            await session.aclose()
            self._set_status("")
            raise
        self._set_status("")
        session.start()
        self.signedIn.emit(session)
        return session
