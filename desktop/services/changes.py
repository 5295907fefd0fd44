"""Change sets: what one operation of the annotation service created, updated and deleted.

Every operation (a highlight, a note keystroke, a tag rename, an undo, an import)
returns one, so each view updates only what changed instead of reading everything
again (Anki's ``OpChanges`` is the model). Keys are annotation ids (str), tag and
link ids (int) and colour values (str) for colour meanings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeVar

Kind = Literal["annotation", "tag", "link", "color_meaning", "document"]
#: "document": an article stored (an import), told to the other desks of a shared library.
KINDS: tuple[Kind, ...] = ("annotation", "tag", "link", "color_meaning", "document")
Key = str | int
Entry = tuple[Kind, Key]


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Which rows of which kind an operation created, updated or deleted.

    A row appears in at most one of the three sets: created then changed in the same
    operation is created; created then deleted is not there at all; deleted then put
    back (an undo inside an operation) is updated.
    """

    created: frozenset[Entry] = field(default_factory=frozenset)
    updated: frozenset[Entry] = field(default_factory=frozenset)
    deleted: frozenset[Entry] = field(default_factory=frozenset)

    def created_ids(self, kind: Kind) -> set[Key]:
        return {key for k, key in self.created if k == kind}

    def updated_ids(self, kind: Kind) -> set[Key]:
        return {key for k, key in self.updated if k == kind}

    def deleted_ids(self, kind: Kind) -> set[Key]:
        return {key for k, key in self.deleted if k == kind}

    def changed_ids(self, kind: Kind) -> set[Key]:
        """Created or updated: the rows a view must read (again)."""
        return self.created_ids(kind) | self.updated_ids(kind)

    def touches(self, kind: Kind) -> bool:
        return any(k == kind for k, _key in (*self.created, *self.updated, *self.deleted))

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)

    def __len__(self) -> int:
        """How many rows changed, of every kind."""
        return len(self.created) + len(self.updated) + len(self.deleted)

    def then(self, later: ChangeSet) -> ChangeSet:
        """This change set followed by ``later``, as one."""
        recorder = ChangeRecorder(self)
        for entry in later.created:
            recorder.created(*entry)
        for entry in later.updated:
            recorder.updated(*entry)
        for entry in later.deleted:
            recorder.deleted(*entry)
        return recorder.change_set()

    def __repr__(self) -> str:
        parts = []
        for name, entries in (("created", self.created), ("updated", self.updated), ("deleted", self.deleted)):
            if entries:
                parts.append(f"{name}={sorted(entries, key=str)}")
        return f"ChangeSet({', '.join(parts)})"


class ChangeRecorder:
    """Collects the changes of one operation, row by row, in the order they happen."""

    def __init__(self, start: ChangeSet | None = None) -> None:
        self._created: set[Entry] = set(start.created) if start else set()
        self._updated: set[Entry] = set(start.updated) if start else set()
        self._deleted: set[Entry] = set(start.deleted) if start else set()

    def created(self, kind: Kind, key: Key) -> None:
        entry = (kind, key)
        if entry in self._deleted:  # deleted, then put back: for a view it changed
            self._deleted.discard(entry)
            self._updated.add(entry)
        else:
            self._created.add(entry)

    def updated(self, kind: Kind, key: Key) -> None:
        entry = (kind, key)
        if entry not in self._created and entry not in self._deleted:
            self._updated.add(entry)

    def updated_many(self, kind: Kind, keys: Iterable[Key]) -> None:
        for key in keys:
            self.updated(kind, key)

    def deleted(self, kind: Kind, key: Key) -> None:
        entry = (kind, key)
        self._updated.discard(entry)
        if entry in self._created:  # made and gone within the operation: no view saw it
            self._created.discard(entry)
        else:
            self._deleted.add(entry)

    def change_set(self) -> ChangeSet:
        return ChangeSet(frozenset(self._created), frozenset(self._updated), frozenset(self._deleted))


K = TypeVar("K", str, int)


def difference(kind: Kind, before: Mapping[K, object], after: Mapping[K, object]) -> ChangeSet:
    """The change set that takes the rows ``before`` (as a view shows them) to ``after`` (as
    storage now holds them): for changes made where no change set was returned (another
    program writing to the library file, desktop.ui.outside_changes)."""
    return ChangeSet(
        created=frozenset((kind, key) for key in after.keys() - before.keys()),
        updated=frozenset((kind, key) for key in after.keys() & before.keys() if after[key] != before[key]),
        deleted=frozenset((kind, key) for key in before.keys() - after.keys()),
    )
