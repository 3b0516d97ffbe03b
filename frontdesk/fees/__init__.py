"""Fee collection (收费): price standards, bills, payments and receipts."""
