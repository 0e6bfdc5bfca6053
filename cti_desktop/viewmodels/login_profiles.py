"""Saved profiles and extra directory sources of the sign-in dialog: the account the fields describe,
a source checked before it is added, the profile remembered after a sign-in, the settings saved.

A mixin of :class:`~cti_desktop.viewmodels.login.LoginViewModel` (its fields, settings and store);
secrets are never part of a profile.
"""

from __future__ import annotations

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.account import Account
from cti_desktop.core.settings import Profile, ProfileDirectory
from cti_desktop.core.sources import DirectorySource
from cti_desktop.i18n import translate

__all__ = ["LoginProfilesMixin"]


class LoginProfilesMixin:
    """The account of the fields, the directory sources, and the profile kept after signing in."""

    def _source_from(self, kind: str, server: str, domain: str, user: str) -> DirectorySource:
        kind = (kind or "").strip().lower()
        spec = self.vendors.get(kind)
        if spec is None:
            raise InvalidInput(translate("LoginProfiles", "Choose which kind of directory to add"))
        source = DirectorySource(kind, (server or "").strip(), (domain or "").strip(), (user or "").strip())
        self.vendors.validate_account(source.account(), what=translate("LoginProfiles", "The {source_name} source").format(source_name=spec.source_name))
        problem = spec.source_sign_in_problem(source.server, source.domain, source.user) \
            if spec.source_sign_in_problem else ""
        if problem:
            raise InvalidInput(problem)
        return source

    def directory_sources(self) -> list[tuple[DirectorySource, Credentials | None]]:
        return list(self._sources)

    def account(self) -> Account:
        """The account the fields describe; :class:`InvalidInput` in words when incomplete."""
        backend = self._backend
        spec = self.spec
        names = {f.name for f in spec.fields}
        options = {f.name: self._options[f.name] for f in spec.fields
                   if f.is_option and self._options.get(f.name) not in (None, "")}
        account = Account(backend=backend, server=self._server if "server" in names else "",
                          domain=self._domain if "domain" in names else "",
                          user=self._user if "user" in names else "", options=options)
        if spec.check_sign_in is not None:
            spec.check_sign_in(account, self._mode)
        self.vendors.validate_account(account)
        profile = self._settings.profile(self._profile_name) if self._profile_name else None
        if profile is not None and profile.backend == backend and (profile.server, profile.domain, profile.user) == (
            account.server, account.domain, account.user
        ):
            merged = profile.account()
            merged.options.update(account.options)
            return merged
        return account

    def _remember_profile(self, account: Account, sources: list[DirectorySource] | None = None) -> None:
        existing = self._settings.profile_for(account)
        options = {k: v for k, v in account.options.items() if k != "routes"}
        directories = [ProfileDirectory(s.kind, s.server, s.domain, s.user, dict(s.options)) for s in sources or []]
        if existing is not None:
            name = existing.name
            profile = existing
            profile.options.update(options)
            if sources is not None:
                profile.directories = directories
        else:
            spec = self.vendors.get(account.backend)
            who = f"{account.user}@{account.domain}" if account.domain else account.user
            name = self._profile_name or (f"{self.vendors.label(account.backend)} {who}".strip()
                                          if spec is None or spec.profile_name_has_label else who)
            base = self._settings.profile(name)
            profile = Profile(name=name, server=account.server, domain=account.domain, user=account.user,
                              backend=account.backend, options=options, directories=directories)
            if base is not None:  # keep the preferences of a profile whose account was edited
                profile.default_region = base.default_region
                profile.record_url_template = base.record_url_template
                profile.login_at_start = base.login_at_start
                profile.logout_at_exit = base.logout_at_exit
                profile.routes = dict(base.routes)
        try:
            self._settings.put_profile(profile)
        except InvalidInput as exc:
            self.set_notice(translate("LoginProfiles", "Signed in, but the profile was not saved: {exc}").format(exc=exc))
            return
        self._set_profile_name(name)
        self._save_settings()
        self.profilesChanged.emit()

    def _save_settings(self) -> None:
        try:
            saved = self._store.save(self._settings)
        except OSError as exc:
            self.set_notice(translate("LoginProfiles", "The settings could not be saved ({value}); they apply to this session only.").format(value=exc.strerror or exc))
            return
        if saved is False:
            self.set_notice(translate("LoginProfiles", "The profile applies to this session only: the settings file {path} could not be read, so nothing is saved over it.").format(path=self._store.path))
