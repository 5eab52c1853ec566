"""Leidraad: a facilitator's desktop app for 'Leren loont het langst' group sessions."""

__version__ = "0.2.0"
APP_NAME = "Leidraad"
