"""Money as ``Decimal`` yuan with 2 places (round half up), and 大写金额.

Never floats: ``to_money`` refuses them.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError

CENT = Decimal("0.01")
MAX_READING = Decimal("99999999")
MAX_MONEY = Decimal("9999999999.99")  # the sanity bound of every amount; rules set tighter ones
PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")  # as a person writes one: no 1e3, no 1_000, no NaN
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_BIG_UNITS = ["", "万", "亿", "万亿"]


def to_money(value: object, field: str | None = None) -> Decimal:
    """``value`` (str, int or Decimal; '1,234.5' and '¥12' accepted) → Decimal with 2 places."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    else:
        text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
        try:
            if not PLAIN_NUMBER.fullmatch(text):  # Decimal would take 1e3 or 1_000; nobody types money so
                raise InvalidOperation
            d = Decimal(text)
        except InvalidOperation:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not an amount of money: {value}"),
                                  field, value=value) from None
    if not d.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not an amount of money: {value}"),
                              field, value=value)
    if abs(d) > MAX_MONEY:  # no desk handles such sums: a typo, refused before any rule sees it
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount is far too large (at most {max} yuan)."),
                              field, max=f"{MAX_MONEY:,.2f}")
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def money_in(value: object, field: str | None, high: Decimal | int | str, low: Decimal | int | str = 0,
             low_included: bool = False) -> Decimal:
    """The one bounds rule of every money field of the app: an amount (``to_money``) above ``low``
    — or at least ``low`` with ``low_included`` — and at most ``high``; otherwise one plain message
    naming the range, at ``field``."""
    if value is None or not str(value).strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the amount."), field)
    d = to_money(value, field)
    if isinstance(value, str) and "." in value and len(value.strip().rstrip("0").rpartition(".")[2]) > 2:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimal places (fen): {value}"),
                              field, value=value.strip())  # 12.345 is a slip of the keyboard, not 12.35
    low, high = to_money(low), to_money(high)
    if (d < low if low_included else d <= low) or d > high:
        message = QT_TRANSLATE_NOOP("Errors", "The amount must be from {low} to {high}.") if low_included else \
            QT_TRANSLATE_NOOP("Errors", "The amount must be above {low} and at most {high}.")
        raise ValidationError(message, field, low=format_yuan(low), high=format_yuan(high))
    return d


def format_yuan(value: Decimal | int | str, symbol: bool = True) -> str:
    """``Decimal('1234.5')`` → ``¥1,234.50``; negatives as ``-¥12.00``."""
    d = to_money(value)
    text = f"{abs(d):,.2f}"
    sign = "-" if d < 0 else ""
    return f"{sign}¥{text}" if symbol else f"{sign}{text}"


def to_reading(value, field: str = "reading") -> Decimal:
    """A meter reading (water m³, electricity kWh …): a number from 0 to 99999999, two places."""
    try:
        d = to_money(value, field)
    except (ValidationError, TypeError):
        d = None
    if d is None or not 0 <= d <= MAX_READING:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meter reading is a number from 0 to 99999999."), field)
    return d


def fen(value: Decimal) -> int:
    """Yuan → integer fen (分)."""
    return int(to_money(value) * 100)


def _group(n: int) -> str:
    """0 < n < 10000 → capitals with units, zeros inside written as one 零."""
    out, zero = [], False
    for pos in range(3, -1, -1):
        digit = n // 10**pos % 10
        if digit == 0:
            zero = bool(out)
        else:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[digit] + _SMALL_UNITS[pos])
    return "".join(out)


def _integer_capitals(n: int) -> str:
    if n == 0:
        return ""
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_BIG_UNITS):
        raise ValueError("amount too large")
    out: list[str] = []
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out.append("零")
        need_zero = False
        out.append(_group(g) + _BIG_UNITS[idx])
    return "".join(out)


def amount_in_words(value: Decimal | int | str, prefix: bool = True) -> str:
    """大写金额 following the PBOC rules for filling in bills.

    ``325.04`` → ``人民币叁佰贰拾伍元零肆分``; ``1234.50`` → ``人民币壹仟贰佰叁拾肆元伍角整``;
    ``0`` → ``人民币零元整``; negatives (red reversal) start with 负.
    """
    d = to_money(value)
    negative = d < 0
    cents = abs(int(d * 100))
    yuan, jiao, fen_ = cents // 100, cents // 10 % 10, cents % 10
    words = _integer_capitals(yuan)
    if yuan:
        words += "元"
    if jiao == 0 and fen_ == 0:
        words = (words or "零元") + "整"
    else:
        if jiao:
            words += _DIGITS[jiao] + "角"
        elif yuan:
            words += "零"
        if fen_:
            words += _DIGITS[fen_] + "分"
        else:
            words += "整"
    if negative:
        words = "负" + words
    return ("人民币" if prefix else "") + words
