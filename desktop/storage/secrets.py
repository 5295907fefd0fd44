"""Passwords of shared libraries in the system keyring, never in a file Triptych writes.

libpq finds a password in the URL, PGPASSWORD or ~/.pgpass by itself; when none of
them has it, Triptych asks the system keyring (the ``keyring`` package: the Secret
Service on Linux, the Keychain, the Windows Credential Locker) under the service
"Triptych" and the name ``user@host:port/database``. Without a keyring (a server with
no desktop session) it is as if the keyring had nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.storage.postgres import Address

log = logging.getLogger(__name__)

SERVICE = "Triptych"


def stored_password(address: Address) -> str | None:
    """The keyring's password for ``address`` (None: none, or no keyring here)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(SERVICE, address.shown)
        except KeyringError as exc:
            log.info("no password from the system keyring: %s", exc)
            return None
        except Exception:  # a third-party backend's own failure: as if it had none
            log.warning("the system keyring failed", exc_info=True)
            return None
    except ImportError:
        return None
    return str(found) if found is not None else None


def store_password(address: Address, password: str) -> bool:
    """Keep ``password`` for ``address`` in the keyring; False when there is no keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(SERVICE, address.shown, password)
    except KeyringError as exc:
        log.warning("the system keyring did not keep the password: %s", exc)
        return False
    log.info("password for %s kept in the system keyring", address.shown)
    return True


def forget_password(address: Address) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError:
        return
    try:
        keyring.delete_password(SERVICE, address.shown)
    except (PasswordDeleteError, KeyringError):
        log.debug("no password to forget for %s", address.shown)
