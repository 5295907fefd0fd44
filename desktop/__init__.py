"""Triptych: a reading and annotation desk for one story in several languages."""

APP_NAME = "Triptych"
__version__ = "0.1.0"
