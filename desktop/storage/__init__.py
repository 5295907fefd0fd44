"""Persistence: peewee models on one SQLite file, schema versions and migrations."""
