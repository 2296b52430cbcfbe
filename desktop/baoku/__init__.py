"""Baoku 报库: a desktop archive for newspaper issues."""

__version__ = "0.1.0"
