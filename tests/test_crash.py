"""The project tries itself the way it was tried: desks killed at random moments, several desks
at once on one PostgreSQL store, backups killed mid-copy. After each, the store is sound and the
money rules hold (``frontdesk.fees.consistency``). The long versions: ``benchmarks/robustness.py``."""
import json
import random

import pytest

from frontdesk.core.backup import backup_store, list_backups, validate_backup
from frontdesk.core.db import check_sqlite_file
from frontdesk.core.store import open_store
from frontdesk.core.task import load
from frontdesk.fees.consistency import problems as fee_problems
from frontdesk.tasks import TASKS
from tests.crash import kill_at_random, spawn
from tests.desks import pad, prepare

KILLS = 20  # per store kind; the benchmark does hundreds


def broken(store) -> list[str]:
    """Every task's rules over the store (work orders, keys, passes …), the fees' with its audit rows."""
    return fee_problems(store) + [line for t in TASKS if t.check and t.key != "fees" for line in load(t.check)(store)]


@pytest.fixture
def work_store(any_store):
    prepare(any_store)
    return any_store


def test_a_desk_killed_at_random_moments_loses_nothing(work_store):
    store = work_store
    rng = random.Random(20261201)

    def check():
        if store.is_sqlite:
            assert check_sqlite_file(store.path, full=True).ok
        found = broken(store)
        assert found == [], found

    for k in range(KILLS):
        user = ("zhuguan", "qiantai")[k % 2]
        kill_at_random(store.url, ["--user", user, "--seed", str(k)], rng, check)
    from sqlalchemy import func, select

    from frontdesk.fees.models import Receipt
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Receipt)) > KILLS  # the desks really worked


def test_a_backup_killed_mid_copy_leaves_no_litter(store):
    prepare(store)
    pad(store, 40)  # copying takes a while: most kills land mid-copy
    rng = random.Random(7)
    left = 0
    for _ in range(6):
        kill_at_random(store.url, ["--backup"], rng, lambda: None, lo=0.3, hi=0.9)
        left = max(left, len([p for p in store.backup_dir.iterdir() if p.name.endswith(".part")]))
    assert left, "no kill landed mid-copy: the test tried nothing"
    made = backup_store(store, "manual", keep=30)  # the next run sweeps what the killed ones left
    assert not [p for p in store.backup_dir.iterdir() if p.name.endswith(".part")]
    backups = list_backups(store.backup_dir)
    assert backups and backups[0].path == made
    for b in backups:  # every backup left behind is complete and would restore
        assert validate_backup(b.path)


def test_many_desks_on_one_postgresql_store(pg_templates):
    """Two receptionists and two supervisors, each its own process, on the same 24 rooms at once:
    each refusal is a plain clash message (a desk stops on anything else), and afterwards no
    number is doubled or missing, no bill paid twice, no receipt voided twice."""
    name = pg_templates.new_db()
    store = open_store(pg_templates.url(name))
    try:
        prepare(store)
        desks = [spawn(store.url, "--user", u, "--seed", str(i), "--seconds", "6")
                 for i, u in enumerate(("zhuguan", "zhuguan2", "qiantai", "qiantai2"))]
        totals = {}
        for d in desks:
            out, err = d.communicate(timeout=120)
            assert d.returncode == 0, err
            for k, v in json.loads(out.strip().splitlines()[-1]).items():
                totals[k] = totals.get(k, 0) + v
        assert totals.get("receipts", 0) > 20, totals
        assert totals.get("move_ins", 0) + totals.get("move_in_steps", 0) > 0, totals  # the receptionists: move-ins
        assert broken(store) == []
    finally:
        store.dispose()
        pg_templates.drop(name)


def test_the_desk_harness_fails_on_a_driver_error(store, monkeypatch):
    """A desk that meets anything but a plain refusal stops — so the runs above would notice."""
    prepare(store)
    from frontdesk.fees.service import FeeService
    from tests.desks import Desk

    def broken(*_a, **_k):
        from sqlalchemy.exc import OperationalError
        raise OperationalError("UPDATE bill", {}, Exception("driver says no"))

    monkeypatch.setattr(FeeService, "take_payment", broken)
    desk = Desk(store, "qiantai", 1)
    with pytest.raises(Exception, match="driver says no"):
        for _ in range(50):
            desk.step()
