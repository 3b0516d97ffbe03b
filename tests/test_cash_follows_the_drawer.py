"""Cash follows the drawer (issue 18): a void counts in the shift whose drawer took the cash, a 红冲
and a deposit refund in the shift of the desk that pays back; the shift-close papers, the receipt
register and the money collected agree with each other — on SQLite and PostgreSQL, and with two
desks at once."""
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from frontdesk.core import clock
from frontdesk.core.errors import Conflict, NeedsConfirmation, PermissionDenied, ValidationError
from frontdesk.core.operators import OperatorService
from frontdesk.fees.consistency import problems
from frontdesk.fees.deposits import DepositService
from frontdesk.fees.documents import shift_close_pdf, write_register
from frontdesk.fees.models import ShiftClose
from frontdesk.fees.service import FeeService
from frontdesk.fees.shift import ShiftService
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import set_up
from tests.helpers import pdf_text

ZERO = Decimal("0.00")
DAY = datetime(2027, 3, 1, 9, 0)  # a Monday; the story runs over two days of it


@pytest.fixture
def desks(any_store):
    """Two supervisors (two desks) and a receptionist; six rooms with two months billed."""
    with clock.pinned(DAY - timedelta(days=1)):
        boss = set_up(any_store)
        ops = OperatorService(any_store)
        ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
        ops.add(boss, "zhuguan2", "赵主管", "supervisor", "Zhuguan2026")
        clerk = ops.authenticate("qiantai", "Qiantai2026")
        boss2 = ops.authenticate("zhuguan2", "Zhuguan2026")
        reg = RegistrationService(any_store)
        reg.create_building_rooms(boss, "1", plan_building(1, 2, 3, ["89.55", "120.00", "66.30"]), state="已入住")
        fees = FeeService(any_store)
        item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
        fees.set_price(boss, item, date(2027, 1, 1), "1.85")
        for m in (1, 2):
            fees.generate_month(boss, 2027, m)
        rooms = [h.room_id for h in reg.search("1-")]
    return any_store, boss, boss2, clerk, fees, rooms


def _pay(fees, who, room, method="现金"):
    due = fees.due_bills(room)
    return fees.take_payment(who, room, [b.id for b in due], method,
                             reference="" if method == "现金" else "4200123456")


def _register(store, tmp_path):
    path = tmp_path / "register.xlsx"
    write_register(store, DAY.date(), (DAY + timedelta(days=1)).date(), path)
    ws = load_workbook(path).active
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Receipt no.")
    rows = []
    for r in range(header + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, 12)]
        if values[0] and str(values[0]).startswith("SJ"):
            rows.append(values)
    total_cell = ws.cell(header + len(rows) + 1, 6)
    return rows, total_cell


def test_a_void_by_the_supervisor_and_a_reversal_at_another_desk_agree_everywhere(desks, tmp_path):
    store, boss, boss2, clerk, fees, rooms = desks
    shifts = ShiftService(store)
    with clock.pinned(DAY.replace(hour=9, minute=30)):
        a = _pay(fees, clerk, rooms[0])
        b = _pay(fees, clerk, rooms[1])
        c = _pay(fees, clerk, rooms[2], "微信")
        d = _pay(fees, boss, rooms[3])
    with clock.pinned(DAY.replace(hour=10, minute=15)):
        fees.void(boss, b.id, "金额收错")  # the supervisor approves; the cash leaves the receptionist's drawer
        clerk_open = shifts.figures(clerk)
        assert clerk_open.cash_expected == a.total and clerk_open.net == a.total + c.total
        boss_open = shifts.figures(boss)
        assert boss_open.voids == [] and boss_open.cash_expected == d.total  # her drawer: only what she took
    with clock.pinned(DAY.replace(hour=17, minute=30)):
        clerk_close = shifts.close(clerk, str(a.total))  # the drawer holds exactly what it should
        boss_close = shifts.close(boss, str(d.total))
    paper = pdf_text(shift_close_pdf(store, clerk_close).build())
    assert b.number in paper and "approvedby王主管,2027-03-0110:15" in paper
    assert paper.count(format(a.total, ",.2f")) >= 2  # expected and counted, no difference
    # the next day a supervisor at another desk reverses one of yesterday's receipts: paid back by
    # transfer, it falls in her shift; cash would need her drawer's float
    with clock.pinned((DAY + timedelta(days=1)).replace(hour=9, minute=5)):
        with pytest.raises(NeedsConfirmation):
            fees.reverse(boss2, a.id, "重复缴费")
        rev = fees.reverse(boss2, a.id, "重复缴费", "转账", "6222 0000 1111")
        e = _pay(fees, boss2, rooms[4])
    with clock.pinned((DAY + timedelta(days=1)).replace(hour=17, minute=30)):
        boss2_close = shifts.close(boss2, str(e.total))
        assert shifts.figures(clerk).receipts == [] and shifts.figures(boss).receipts == []
    with store.read() as s:
        closes = {c.id: c for c in s.scalars(select(ShiftClose))}
    _, detail2 = shifts.get(boss2_close)
    assert detail2["by_method"] == {"转账": str(-a.total), "现金": str(e.total)}
    assert closes[boss2_close].cash_expected == e.total == closes[boss2_close].cash_counted
    assert closes[clerk_close].cash_expected == a.total and closes[boss_close].cash_expected == d.total
    # the register: every receipt listed, voids shown and not added, the 红冲 negative
    rows, total_cell = _register(store, tmp_path)
    by_number = {r[0]: r for r in rows}
    assert set(by_number) == {a.number, b.number, c.number, d.number, rev.number, e.number}
    assert by_number[b.number][8] == "作废" and by_number[b.number][10].startswith("王主管 2027-03-01 10:15")
    assert by_number[rev.number][5] == float(-a.total) and by_number[rev.number][6] == "转账"
    live = sum((Decimal(str(r[5])) for r in rows if r[8] == "正常"), ZERO)
    assert str(total_cell.value).startswith("=SUMIF(")
    net_of_closes = sum((c.issued_total - c.voided_total for c in closes.values()), ZERO)
    assert live == net_of_closes == fees.collected() == c.total + d.total + e.total
    cash_of_closes = sum((c.cash_expected for c in closes.values()), ZERO)
    assert cash_of_closes == a.total + d.total + e.total  # a's cash is still in the receptionist's takings
    assert problems(store) == []


def test_a_deposit_refund_leaves_the_drawer_that_pays_it(desks):
    store, boss, boss2, clerk, fees, rooms = desks
    deposits, shifts = DepositService(store), ShiftService(store)
    with clock.pinned(DAY.replace(hour=9)):
        deposits.collect(clerk, rooms[0], "装修押金（业主）", "2000", "现金", payer="张三")
        held = deposits.list(rooms[0], held_only=True)[0]
    with clock.pinned(DAY.replace(hour=11)):
        with pytest.raises(NeedsConfirmation):  # the receptionist's drawer holds it, the supervisor's not
            deposits.refund(boss, held.id)
        with pytest.raises(PermissionDenied):  # a receptionist cannot let the float pay
            deposits.refund(clerk, held.id, "现金", float_ok=True)
        voucher = deposits.refund(clerk, held.id)
        f = shifts.figures(clerk)
        assert f.refunds == [(voucher, Decimal("2000.00"), "现金")] and f.cash_expected == ZERO and f.net == ZERO
    with clock.pinned(DAY.replace(hour=17, minute=30)):
        close = shifts.close(clerk, "0")
    paper = pdf_text(shift_close_pdf(store, close).build())
    assert voucher in paper and "Depositsrefunded" in paper
    assert problems(store) == []


def test_any_real_count_closes_a_shift(desks):
    store, boss, boss2, clerk, fees, rooms = desks
    shifts = ShiftService(store)
    with clock.pinned(DAY.replace(hour=9)):
        a = _pay(fees, clerk, rooms[0])
    for count in ("-0.01", "abc", "10000000.01"):
        with pytest.raises(ValidationError) as err:
            shifts.close(clerk, count, "数错")
        assert err.value.field == "cash_counted"
    with clock.pinned(DAY.replace(hour=17, minute=30)):
        close_id = shifts.close(clerk, "0", "钱箱被盗，已报警")  # far below, but a real count: taken with its reason
    c, _ = shifts.get(close_id)
    assert (c.cash_expected, c.cash_counted, c.difference_reason) == (a.total, ZERO, "钱箱被盗，已报警")


@pytest.mark.parametrize("first", ["void", "close"])
def test_two_desks_void_and_close_at_once_agree(pg_store_desks, first):
    """On PostgreSQL, the supervisor voids a receptionist's receipt while she closes her shift at
    her own desk: one wins, and whichever it is, her close and the register agree."""
    from tests.race import race
    store, boss, boss2, clerk, fees, rooms = pg_store_desks
    shifts = ShiftService(store)
    a = _pay(fees, clerk, rooms[0])
    b = _pay(fees, clerk, rooms[1])
    lock = "SELECT id FROM receipt WHERE id = :id FOR UPDATE"
    outcomes = race(store, lock, {"id": b.id}, lambda st: FeeService(st).void(boss, b.id, "收错"),
                    lambda st: ShiftService(st).close(clerk, str(a.total + b.total), "按两张收据清点"))
    won = [o for o in outcomes if o.error is None]
    assert len(won) == 1 and all(isinstance(o.error, Conflict) for o in outcomes if o.error is not None)
    with store.read() as s:
        closes = list(s.scalars(select(ShiftClose)))
    left = shifts.figures(clerk)
    if closes:  # the close won: both receipts in it, the void refused (a 红冲 is the way now)
        assert closes[0].cash_expected == a.total + b.total and fees.correction(b.id) == "reverse"
    else:  # the void won: her drawer is expected to hold a alone
        assert left.cash_expected == a.total and left.net == a.total
    assert sum((c.issued_total - c.voided_total for c in closes), ZERO) + left.net == fees.collected()
    assert problems(store) == []


@pytest.fixture
def pg_store_desks(pg_templates, tmp_path):
    from frontdesk.core.store import open_store
    name = pg_templates.new_db()
    store = open_store(pg_templates.url(name))
    boss = set_up(store)
    ops = OperatorService(store)
    ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    ops.add(boss, "zhuguan2", "赵主管", "supervisor", "Zhuguan2026")
    clerk, boss2 = ops.authenticate("qiantai", "Qiantai2026"), ops.authenticate("zhuguan2", "Zhuguan2026")
    reg = RegistrationService(store)
    reg.create_building_rooms(boss, "1", plan_building(1, 1, 2, ["89.55", "120.00"]), state="已入住")
    fees = FeeService(store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
    fees.set_price(boss, item, date(2026, 1, 1), "1.85")
    fees.generate_month(boss, 2026, 1)
    yield store, boss, boss2, clerk, fees, [h.room_id for h in reg.search("1-")]
    store.dispose()
    pg_templates.drop(name)


def test_refunds_made_before_the_upgrade_keep_to_the_shift_they_happened_in(desks):
    """Schema 0011 places each refund made under 0010 in the refunding operator's next close; one made
    since her last close stays in her open shift, where the cash went out."""
    from sqlalchemy import text

    from frontdesk.core.migrate import upgrade
    from tests.helpers import downgrade_to
    from frontdesk.fees.models import Deposit
    store, boss, boss2, clerk, fees, rooms = desks
    deposits, shifts = DepositService(store), ShiftService(store)
    with clock.pinned(DAY.replace(hour=9)):
        for room in rooms[:2]:
            deposits.collect(clerk, room, "出入证押金", "50", "现金")
        first, second = deposits.list(held_only=True)
        deposits.refund(clerk, first.id)
    with clock.pinned(DAY.replace(hour=17, minute=30)):
        close = shifts.close(clerk, "50")
    with clock.pinned(DAY.replace(hour=18)):
        deposits.refund(clerk, second.id, "转账", "TR9")  # her drawer was handed over
    downgrade_to(store, "0010")
    upgrade(store)
    with store.read() as s:
        placed = dict(s.execute(select(Deposit.id, Deposit.refund_shift_id)).all())
        assert s.execute(text("SELECT count(*) FROM deposit WHERE float_advance IS NOT NULL")).scalar() == 0
    assert placed == {first.id: close, second.id: None}
    with clock.pinned(DAY.replace(hour=19)):
        assert [r[0] for r in shifts.figures(clerk).refunds] == [deposits.list()[1].voucher_number]
