"""The border inspection workstation core. No Qt widget imports below this package."""

__version__ = "0.1.0"
APP_NAME = "border-workstation"
