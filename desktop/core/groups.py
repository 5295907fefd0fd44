"""Groups of items joined by pairs (a union-find): each group is named by its least member,
so the same pairs give the same groups whatever order they come in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

#: An item: anything hashable and ordered (a group is named by its least member).
K = TypeVar("K", int, str)

__all__ = ["Groups"]


class Groups(Generic[K]):
    """Items joined into groups by :meth:`union`; :meth:`find` names an item's group."""

    def __init__(self, items: Iterable[K]) -> None:
        self.parent: dict[K, K] = {k: k for k in items}

    def find(self, item: K) -> K:
        """The least member of ``item``'s group."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
