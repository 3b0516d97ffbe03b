"""Operators, log-in and rights — without Qt, on SQLite and PostgreSQL."""
import json

import pytest
from sqlalchemy import select

from frontdesk.core.audit import history
from frontdesk.core.errors import DomainError, PermissionDenied, ValidationError
from frontdesk.core.models import AuditEntry, Operator
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from tests.conftest import SUPER_PW, set_up


@pytest.fixture
def svc(any_store):
    return OperatorService(any_store)


@pytest.fixture
def boss(any_store):
    return set_up(any_store)


def test_first_setup_creates_property_and_supervisor(any_store):
    settings = SettingsService(any_store)
    assert settings.needs_setup()
    boss = set_up(any_store)
    assert boss.is_supervisor
    assert not settings.needs_setup()
    assert settings.get().property_name == "翠湖花园"
    assert settings.get().hotline == "010-12345678"
    with pytest.raises(DomainError):
        set_up(any_store)  # only once


def test_login_wrong_password_gives_no_hint(svc, boss, any_store):
    with pytest.raises(DomainError) as wrong_pw:
        svc.authenticate("zhuguan", "nope")
    with pytest.raises(DomainError) as wrong_user:
        svc.authenticate("nobody", SUPER_PW)
    assert wrong_pw.value.message == wrong_user.value.message
    with any_store.read() as s:
        actions = [a.action for a in history(s, "operator", boss.id)]
    assert "login_failed" in actions
    assert svc.authenticate("ZhuGuan", SUPER_PW).id == boss.id  # user names ignore case


def test_add_operator_rules(svc, boss):
    with pytest.raises(ValidationError) as err:
        svc.add(boss, "", "张三", "receptionist", "Abcdefg1")
    assert err.value.field == "username"
    with pytest.raises(ValidationError) as err:
        svc.add(boss, "zhangsan", "", "receptionist", "Abcdefg1")
    assert err.value.field == "display_name"
    with pytest.raises(ValidationError) as err:
        svc.add(boss, "zhangsan", "张三", "receptionist", "short1")
    assert err.value.field == "password" and err.value.params == {"n": 8}
    with pytest.raises(ValidationError):
        svc.add(boss, "zhangsan", "张三", "receptionist", "onlyletters")
    svc.add(boss, "zhangsan", "张三", "receptionist", "Abcdefg1")
    with pytest.raises(ValidationError) as err:
        svc.add(boss, "ZHANGSAN", "张三二", "receptionist", "Abcdefg1")
    assert err.value.field == "username"
    assert [o.username for o in svc.list()] == ["zhangsan", "zhuguan"]


def test_receptionist_cannot_do_supervisor_things(svc, boss, any_store):
    svc.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = svc.authenticate("qiantai", "Qiantai2026")
    with pytest.raises(PermissionDenied):
        svc.add(clerk, "x1", "某某", "receptionist", "Abcdefg1")
    with pytest.raises(PermissionDenied):
        svc.reset_password(clerk, boss.id, "Abcdefg12")
    with pytest.raises(PermissionDenied):
        svc.update(clerk, boss.id, active=False)
    with pytest.raises(PermissionDenied):
        SettingsService(any_store).update(clerk, property_name="改名")
    # but a receptionist changes their own password
    svc.change_own_password(clerk, "Qiantai2026", "Newpass2026")
    assert svc.authenticate("qiantai", "Newpass2026").id == clerk.id


def test_disable_instead_of_delete(svc, boss, any_store):
    oid = svc.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    svc.update(boss, oid, active=False)
    with pytest.raises(DomainError) as err:
        svc.authenticate("qiantai", "Qiantai2026")
    assert "disabled" in err.value.message
    with any_store.read() as s:
        assert s.get(Operator, oid) is not None
        rows = history(s, "operator", oid)
    change = [r for r in rows if r.action == "update"][-1]
    assert json.loads(change.before) == {"active": True}
    assert json.loads(change.after) == {"active": False}
    assert change.operator_id == boss.id


def test_last_supervisor_stays(svc, boss):
    with pytest.raises(ValidationError):
        svc.update(boss, boss.id, role="receptionist")
    with pytest.raises(ValidationError):
        svc.update(boss, boss.id, active=False)


def test_reset_password_forces_a_change(svc, boss):
    oid = svc.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    svc.reset_password(boss, oid, "Temp12345")
    clerk = svc.authenticate("qiantai", "Temp12345")
    assert svc.must_change_password(clerk)
    with pytest.raises(ValidationError) as err:
        svc.change_own_password(clerk, "wrong", "Another2026")
    assert err.value.field == "old_password"
    svc.change_own_password(clerk, "Temp12345", "Another2026")
    assert not svc.must_change_password(clerk)


def test_every_change_is_audited_with_who_and_when(svc, boss, any_store):
    oid = svc.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    svc.update(boss, oid, display_name="李小前")
    with any_store.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "operator",
                                                       AuditEntry.entity_id == str(oid))))
    assert [r.action for r in rows] == ["create", "update"]
    assert all(r.operator_name == "王主管" and r.at is not None for r in rows)
    assert json.loads(rows[1].after) == {"display_name": "李小前"}


def test_settings_validation(any_store, boss):
    svc = SettingsService(any_store)
    with pytest.raises(ValidationError) as err:
        svc.update(boss, property_name="  ")
    assert err.value.field == "property_name"
    with pytest.raises(ValidationError) as err:
        svc.update(boss, idle_lock_minutes="0")
    assert err.value.field == "idle_lock_minutes"
    with pytest.raises(ValidationError) as err:
        svc.update(boss, hotline="123")
    assert err.value.field == "hotline"
    assert svc.get().property_name == "翠湖花园"  # nothing changed
    got = svc.update(boss, idle_lock_minutes="15", backup_keep=7)
    assert (got.idle_lock_minutes, got.backup_keep) == (15, 7)
