import random
from decimal import Decimal

import cn2an
import pytest

from frontdesk.core.errors import ValidationError
from frontdesk.core.money import amount_in_words, fen, format_yuan, to_money


@pytest.mark.parametrize("value,words", [
    ("0.05", "人民币伍分"),
    ("10.00", "人民币壹拾元整"),
    ("1001.10", "人民币壹仟零壹元壹角整"),
    ("100000.01", "人民币壹拾万元零壹分"),
    ("120000000", "人民币壹亿贰仟万元整"),
    ("325.04", "人民币叁佰贰拾伍元零肆分"),
    ("1234.50", "人民币壹仟贰佰叁拾肆元伍角整"),
    ("100005422.24", "人民币壹亿零伍仟肆佰贰拾贰元贰角肆分"),  # cn2an misses this 零
    ("10010", "人民币壹万零壹拾元整"),
    ("0", "人民币零元整"),
    ("-12.30", "人民币负壹拾贰元叁角整"),
])
def test_amount_in_words_known_cases(value, words):
    assert amount_in_words(value) == words


def _cn2an(d: Decimal) -> str:
    words = cn2an.an2cn(str(d), "rmb")
    # cn2an leaves 整 off after 角; the PBOC rules allow it either way, we always write it
    if words.endswith("角"):
        words += "整"
    return words


def test_amount_in_words_agrees_with_cn2an_on_random_amounts():
    rng = random.Random(20261122)
    amounts = [Decimal(rng.randrange(1, 10**digits)) / 100 for digits in range(1, 11) for _ in range(200)]
    amounts += [Decimal(x) for x in ("0.05", "10.00", "1001.10", "100000.01", "120000000")]
    for d in amounts:
        d = to_money(d)
        if d >= 100_000_000 and (int(d) // 10000) % 10000 == 0:
            continue  # cn2an drops the 零 when the 万 group is empty above 1亿
        assert amount_in_words(d, prefix=False) == _cn2an(d), d


def test_money_rounds_half_up_and_formats():
    assert to_money("1.005") == Decimal("1.01")
    assert to_money("2.675") == Decimal("2.68")
    assert to_money("1,234.5") == Decimal("1234.50")
    assert to_money("¥12") == Decimal("12.00")
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
    assert format_yuan("-12") == "-¥12.00"
    assert fen(Decimal("12.34")) == 1234


def test_money_refuses_floats_and_junk():
    with pytest.raises(TypeError):
        to_money(1.5)
    with pytest.raises(ValidationError):
        to_money("abc", "amount")
    for typed in ("1e3", "1E3", "1_000", "NaN", "Infinity", "12.5.0", "0x10", "--5"):  # slips, not amounts
        with pytest.raises(ValidationError):
            to_money(typed, "amount")
    assert to_money(".5") == Decimal("0.50") and to_money("-3") == Decimal("-3.00") and to_money("12.") == 12


def test_an_amount_typed_has_at_most_two_places():
    from frontdesk.core.money import money_in
    assert money_in("12.50", "price", 1000) == Decimal("12.50") and money_in("12.500", "price", 1000) == Decimal("12.50")
    with pytest.raises(ValidationError) as err:
        money_in("12.345", "price", 1000)
    assert err.value.field == "price"
    with pytest.raises(ValidationError):
        money_in("1e3", "price", 10000)
