"""Fixtures shared by the service tests."""

from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse)
