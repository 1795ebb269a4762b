"""Karavan: an on-premises desktop CRM/ERP."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("karavan")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
