"""``cached_property`` without a lock: :func:`functools.cached_property` of Python 3.11
takes a lock on every first read (Python 3.12 dropped it), and the coder's sentences and
cue views read theirs once each, thousands of times per corpus pass. The value is stored in
the instance's ``__dict__`` under the property's name, as functools stores it, so later
reads find it there without calling the property."""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801 (named as the functools one it stands for)
    def __init__(self, func: Callable[[Any], T]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
