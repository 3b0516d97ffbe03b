"""Resident ID numbers, phone numbers and masking (个人信息保护法: masked by default)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError

_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """The mod-11 check character of an 18-digit resident ID (GB 11643)."""
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS)) % 11]


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    male: bool
    place_known: bool  # soft check: the area code is one python-stdnum knows


def parse_resident_id(value: str, field: str = "id_number", today: date | None = None) -> ResidentId:
    """Validate an 18-digit 居民身份证 number: format, birth date, check digit.

    The birthplace code is only a soft check (``place_known``): python-stdnum does not know every
    new area code, so an unknown one must not reject a real resident.
    """
    number = (value or "").strip().upper().replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", number):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "An ID number has 18 characters: 17 digits and a final digit or X."), field)
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The birth date inside this ID number does not exist."), field) from None
    today = today or clock.today()
    if born > today or born.year < 1900:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The birth date inside this ID number is not plausible."), field)
    if id_check_digit(number[:17]) != number[17]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The last character (check digit) of this ID number is wrong; please check "
                      "the number again."), field)
    try:
        from stdnum.cn import ric
        ric.validate(number)
        place_known = True
    except Exception:  # stdnum raises KeyError for some valid new area codes
        place_known = False
    return ResidentId(number, born, int(number[16]) % 2 == 1, place_known)


def mask_id(number: str) -> str:
    """``110105199001011234`` → ``110105********1234``; other documents keep first 2 and last 2."""
    n = (number or "").strip()
    if len(n) == 18:
        return n[:6] + "*" * 8 + n[-4:]
    if len(n) <= 4:
        return "*" * len(n)
    return n[:2] + "*" * (len(n) - 4) + n[-2:]


def normalize_phone(value: str, field: str = "phone", default_area: str | None = None) -> str:
    """A Chinese mobile (11 digits), landline with area code, or 400/800 number, normalized.

    Mobiles → ``13800138000``; landlines → ``010-12345678``; a bare local number needs
    ``default_area`` (e.g. ``0755``).
    """
    import phonenumbers

    raw = re.sub(r"[\s()（）]", "", value or "")
    if not raw:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a phone number."), field)
    digits = re.sub(r"^(\+86|0086)", "", raw).replace("-", "")
    if not digits.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A phone number may contain only digits and dashes."), field)
    if default_area and len(digits) in (7, 8) and not digits.startswith("0"):
        digits = default_area + digits
    try:
        parsed = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This is not a valid phone number: use an 11-digit mobile or a landline "
                      "with its area code, such as 010-12345678."), field)
    national = str(parsed.national_number)
    kind = phonenumbers.number_type(parsed)
    if kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.TOLL_FREE) \
            or national.startswith(("400", "800")):
        return national
    area_len = 2 if national.startswith(("10", "2")) else 3
    return f"0{national[:area_len]}-{national[area_len:]}"


def mask_phone(phone: str) -> str:
    """``13800138000`` → ``138****8000``; landlines keep the area code and last 4 digits."""
    p = (phone or "").strip()
    if len(p) == 11 and p.isdigit():
        return p[:3] + "****" + p[-4:]
    if "-" in p:
        area, local = p.split("-", 1)
        return area + "-" + "*" * max(len(local) - 4, 0) + local[-4:]
    return mask_id(p)


_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "仇": "qiu", "区": "ou", "解": "xie", "朴": "piao", "查": "zha",
                     "盖": "ge", "乐": "yue", "种": "chong", "覃": "qin", "缪": "miao", "长孙": "zhangsun"}


def name_keys(name: str) -> tuple[str, str]:
    """Pinyin initials and full pinyin of a Chinese name for search: ``张三`` → ``("zs", "zhangsan")``.

    Surnames with a special reading (单 shan, 曾 zeng …) are read as surnames.
    """
    from pypinyin import lazy_pinyin

    name = (name or "").strip()
    if not name:
        return "", ""
    head, rest = name[:1], name[1:]
    for surname in sorted(_SURNAME_READINGS, key=len, reverse=True):
        if name.startswith(surname):
            head, rest = surname, name[len(surname):]
            break
    head_py = [_SURNAME_READINGS[head]] if head in _SURNAME_READINGS else lazy_pinyin(head)
    rest_py = lazy_pinyin(rest)
    full = [p.lower() for p in head_py + rest_py]
    initials = "".join(p[0] for p in full if p)
    return initials[:32], "".join(full)[:128]


def search_keys(name: str, phone: str) -> dict[str, str]:
    """The stored search keys of a person — the one place they are computed (service, import, demo)."""
    initials, full = name_keys(name)
    return {"name_initials": initials, "name_pinyin": full, "phone_tail": (phone or "")[-4:]}
