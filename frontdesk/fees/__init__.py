"""Fee collection (收费): price standards, bills, payments and receipts."""


def register_card_section() -> None:
    """The room card shows fees due and the last payments (added once, when the fees tab is built)."""
    from frontdesk.fees.service import FeeService
    from frontdesk.registration.service import CARD_SECTIONS

    if not any(getattr(f, "__name__", "") == "fees_section" for f in CARD_SECTIONS):
        def fees_section(session, room_id):
            return FeeService(None).room_summary(session, room_id)
        CARD_SECTIONS.append(fees_section)
