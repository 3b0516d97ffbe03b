"""Fee collection (收费): price standards, bills, payments and receipts."""


def register_card_section() -> None:
    """The room card shows fees due and the last payments (added once, when the fees tab is built)."""
    from frontdesk.fees.service import room_fees_section
    from frontdesk.registration.service import CARD_SECTIONS

    if room_fees_section not in CARD_SECTIONS:
        CARD_SECTIONS.append(room_fees_section)
