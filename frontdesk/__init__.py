"""Frontdesk: the desktop application of a residential property's front desk (客服前台)."""

__version__ = "0.1.0"
APP_NAME = "Frontdesk"
