from datetime import date

import pytest

from frontdesk.core.errors import ValidationError
from frontdesk.core.people import (id_check_digit, mask_id, mask_phone, normalize_phone,
                                   parse_resident_id)

GOOD = "11010519491231002X"


def test_valid_id_number():
    rid = parse_resident_id(GOOD)
    assert rid.birth_date == date(1949, 12, 31)
    assert rid.male is False
    assert rid.place_known


def test_lowercase_x_and_spaces_are_accepted():
    assert parse_resident_id(" 11010519491231002x ").number == GOOD


def test_unknown_new_area_code_is_only_a_soft_warning():
    first17 = "13310119900101123"  # Xiong'an area code: python-stdnum does not know it
    rid = parse_resident_id(first17 + id_check_digit(first17))
    assert rid.place_known is False


@pytest.mark.parametrize("bad", ["110105194912310021", "1101051949123100", "11010519491332002X",
                                 "110105" + "20991231" + "0011", "ABCDEFGHIJKLMNOPQR"])
def test_bad_id_numbers_are_refused(bad):
    if len(bad) == 18 and bad[:17].isdigit() and bad[6:14] == "20991231":
        bad = bad[:17] + id_check_digit(bad[:17])  # right check digit, birth date in the future
    with pytest.raises(ValidationError) as err:
        parse_resident_id(bad, today=date(2026, 11, 22))
    assert err.value.field == "id_number"


def test_masking():
    assert mask_id("110105194912310021") == "110105********0021"
    assert mask_id("E12345678") == "E1*****78"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("010-12345678") == "010-****5678"


@pytest.mark.parametrize("raw,clean", [
    ("13800138000", "13800138000"), ("+86 138 0013 8000", "13800138000"), ("010-12345678", "010-12345678"),
    ("075512345678", "0755-12345678"), ("02112345678", "021-12345678"), ("4008123123", "4008123123"),
])
def test_phone_numbers(raw, clean):
    assert normalize_phone(raw) == clean


def test_local_number_takes_the_default_area_code():
    assert normalize_phone("12345678", default_area="0755") == "0755-12345678"


@pytest.mark.parametrize("bad", ["", "12345", "1380013800a", "23800138000"])
def test_bad_phone_numbers(bad):
    with pytest.raises(ValidationError):
        normalize_phone(bad)
