"""The schema version this app reads and writes (``PRAGMA user_version``).

Kept apart from :mod:`desktop.storage.database` so code that only needs the number
(the desk's first frame) does not import peewee.
"""

SCHEMA_VERSION = 6
