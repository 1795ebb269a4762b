"""What a caller (GUI, CLI, importer) holds to run service functions: a session factory and a user."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

from sqlalchemy.orm import Session

from app.services.uow import UnitOfWork


class ServiceContext:
    """Binds service modules so that `ctx.clients.load_client(7)` runs with a fresh unit of work."""

    def __init__(self, session_factory: Callable[[], Session], *, user_id: int | None = None,
                 description: str = ""):
        self.session_factory = session_factory
        self.user_id = user_id
        self.description = description

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, user_id=self.user_id)

    def as_user(self, user_id: int | None) -> ServiceContext:
        return ServiceContext(self.session_factory, user_id=user_id, description=self.description)

    def bind(self, module: ModuleType) -> BoundModule:
        return BoundModule(module, self)

    def __getattr__(self, name: str) -> BoundModule:
        # `ctx.clients`, `ctx.auth`, … : the service modules, bound to this context.
        import importlib

        try:
            module = importlib.import_module(f"app.services.{name}")
        except ModuleNotFoundError as exc:
            raise AttributeError(name) from exc
        bound = BoundModule(module, self)
        setattr(self, name, bound)
        return bound


class BoundModule:
    def __init__(self, module: ModuleType, ctx: ServiceContext):
        self._module, self._ctx = module, ctx

    def __getattr__(self, name: str) -> Callable[..., Any]:
        func = getattr(self._module, name)
        if not inspect.isfunction(func):
            return func  # classes and constants are used as they are

        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            return func(self._ctx.uow(), *args, **kwargs)

        return call
