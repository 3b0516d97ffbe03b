"""Operators (操作员), log-in and rights. Rights are enforced here, not only in the views.

Roles: ``receptionist`` (前台) does everything at the desk; ``supervisor`` (主管) also manages
operators, settings, the holiday calendar, backups and restores.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, PermissionDenied, ValidationError
from frontdesk.core.models import Operator, now

RECEPTIONIST, SUPERVISOR, GUARD = "receptionist", "supervisor", "guard"
ROLES = {RECEPTIONIST: QT_TRANSLATE_NOOP("Roles", "Receptionist"),
         SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
         GUARD: QT_TRANSLATE_NOOP("Roles", "Gate guard")}  # logs in to the gate's window only (its tasks' ``gate``)
MIN_PASSWORD = 8
_SCRYPT = dict(n=2**14, r=8, p=1)
_FIELDS = ("username", "display_name", "role", "active", "must_change_password")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_password_strength(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD or not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A password needs at least {n} characters, with both letters and digits."),
            field, n=MIN_PASSWORD)


def check_username(username: str) -> str:
    name = (username or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a user name."), "username")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", name):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A user name has 2 to 32 letters, digits, dots, dashes or underscores."), "username")
    return name


def check_display_name(display_name: str) -> str:
    name = (display_name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the operator's name."), "display_name")
    if len(name) > 32:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 32 characters)."),
                              "display_name")
    return name


def require_supervisor(actor: Actor) -> None:
    if not actor.is_supervisor:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "Only a supervisor may do this. Ask your supervisor to log in."))


def actor_of(op: Operator) -> Actor:
    return Actor(op.id, op.username, op.display_name, op.role)


@dataclass(frozen=True)
class OperatorRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None


def create_operator(session: Session, actor: Actor, username: str, display_name: str, role: str,
                    password: str) -> Operator:
    """Add an operator inside the caller's transaction (no rights check: callers do that)."""
    from frontdesk.core.errors import Checks
    check = Checks()  # every field at once
    username = check(check_username, username)
    display_name = check(check_display_name, display_name)
    if role not in ROLES:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Unknown role."), "role")
    check(check_password_strength, password)
    check.done()
    if session.scalar(select(Operator.id).where(func.lower(Operator.username) == username.lower())):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The user name {name} is already taken; choose another."), "username", name=username)
    op = Operator(username=username, display_name=display_name, role=role,
                  password_hash=hash_password(password), active=True, must_change_password=False,
                  failed_logins=0, created_at=now())
    session.add(op)
    session.flush()
    audit.record(session, actor if actor.id is not None else actor_of(op), "create", "operator", op.id,
                 after=audit.snapshot(op, _FIELDS), summary=f"{op.display_name} ({op.username})")
    return op


class OperatorService:
    """Operators and log-in. Every change is audited."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def authenticate(self, username: str, password: str) -> Actor:
        """The operator for this user name and password. Says nothing of which part was wrong."""
        wrong = DomainError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."), "password")
        with self.store.write() as s:
            op = s.scalar(select(Operator).where(func.lower(Operator.username) == (username or "").strip().lower()))
            if op is None or not verify_password(password or "", op.password_hash):
                if op is not None:
                    op.failed_logins += 1
                    audit.record(s, actor_of(op), "login_failed", "operator", op.id)
                failed = True
            else:
                failed = False
                if not op.active:
                    raise DomainError(QT_TRANSLATE_NOOP(
                        "Errors", "This account is disabled. Ask your supervisor."), "username")
                op.failed_logins = 0
                op.last_login_at = now()
                audit.record(s, actor_of(op), "login", "operator", op.id)
                actor = actor_of(op)
        if failed:  # the failed attempt is committed above, then reported
            raise wrong
        return actor

    def verify(self, actor: Actor, password: str) -> None:
        """Check the current operator's password (unlocking the session)."""
        with self.store.read() as s:
            op = s.get(Operator, actor.id)
            ok = op is not None and op.active and verify_password(password or "", op.password_hash)
        if not ok:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Wrong password."), "password")

    def must_change_password(self, actor: Actor) -> bool:
        with self.store.read() as s:
            op = s.get(Operator, actor.id)
            return bool(op and op.must_change_password)

    def list(self) -> list[OperatorRow]:
        with self.store.read() as s:
            return [OperatorRow(o.id, o.username, o.display_name, o.role, o.active, o.created_at, o.last_login_at)
                    for o in s.scalars(select(Operator).order_by(Operator.active.desc(), Operator.username))]

    def add(self, actor: Actor, username: str, display_name: str, role: str, password: str) -> int:
        require_supervisor(actor)
        with self.store.write() as s:
            return create_operator(s, actor, username, display_name, role, password).id

    def _get(self, s: Session, operator_id: int) -> Operator:
        op = s.get(Operator, operator_id)
        if op is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such operator."))
        return op

    def _keep_a_supervisor(self, s: Session, op: Operator) -> None:
        others = s.scalar(select(func.count()).select_from(Operator).where(
            Operator.role == SUPERVISOR, Operator.active.is_(True), Operator.id != op.id))
        if not others:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "At least one active supervisor must remain."), "role")

    def update(self, actor: Actor, operator_id: int, *, display_name: str | None = None,
               role: str | None = None, active: bool | None = None) -> None:
        """Change name, role or whether the account may log in (disable, never delete)."""
        require_supervisor(actor)
        with self.store.write() as s:
            op = self._get(s, operator_id)
            before = audit.snapshot(op, _FIELDS)
            if display_name is not None:
                op.display_name = check_display_name(display_name)
            if role is not None and role != op.role:
                if role not in ROLES:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role."), "role")
                if op.role == SUPERVISOR:
                    self._keep_a_supervisor(s, op)
                op.role = role
            if active is not None and active != op.active:
                if not active and op.id == actor.id:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "You cannot disable your own account."), "active")
                if not active and op.role == SUPERVISOR:
                    self._keep_a_supervisor(s, op)
                op.active = active
            audit.record(s, actor, "update", "operator", op.id, before, audit.snapshot(op, _FIELDS),
                         summary=f"{op.display_name} ({op.username})")

    def reset_password(self, actor: Actor, operator_id: int, new_password: str) -> None:
        """A supervisor sets a new password; the operator must change it at next log-in."""
        require_supervisor(actor)
        check_password_strength(new_password)
        with self.store.write() as s:
            op = self._get(s, operator_id)
            op.password_hash = hash_password(new_password)
            op.must_change_password = op.id != actor.id
            op.failed_logins = 0
            audit.record(s, actor, "update", "operator", op.id, {"password": "…"}, {"password": "reset"},
                         summary=f"{op.display_name} ({op.username})")

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        with self.store.write() as s:
            op = self._get(s, actor.id)
            if not verify_password(old_password or "", op.password_hash):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."), "old_password")
            check_password_strength(new_password, "new_password")
            if old_password == new_password:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The new password must differ from the current one."), "new_password")
            op.password_hash = hash_password(new_password)
            op.must_change_password = False
            audit.record(s, actor, "update", "operator", op.id, {"password": "…"}, {"password": "changed"},
                         summary=f"{op.display_name} ({op.username})")


# ---- the command line acts as an operator too -------------------------------------------------
def acting(store, args, translate=lambda _c, t: t) -> Actor:
    """The operator of ``--operator``, after their password (the terminal asks; a script pipes it in)."""
    import getpass
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(translate("Cli", "Password of {user}: ").format(user=args.operator))
    else:
        try:
            password = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
        except (OSError, ValueError):  # no standard input to read (a service, a test runner)
            password = ""
    actor = OperatorService(store).authenticate(args.operator, password)
    if actor.role == GUARD:  # a gate account checks papers at the gate's window and does nothing else
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "A gate account only checks papers in the gate's window; "
                                                           "it cannot print or export."))
    return actor


def _operator_name(s: Session, value):
    """An operator's id in the audit log → their name."""
    name = s.scalar(select(Operator.display_name).where(Operator.id == value)) if isinstance(value, int) else None
    return name or value


audit.lookup("operator_id", _operator_name, entity="operator")
audit.label_fields({"operator_id": QT_TRANSLATE_NOOP("AuditFields", "operator")})
audit.label_values("role", ROLES, "Roles")
audit.label_values("password", {"reset": QT_TRANSLATE_NOOP("AuditValues", "reset by a supervisor"),
                                "changed": QT_TRANSLATE_NOOP("AuditValues", "changed by its owner")})
