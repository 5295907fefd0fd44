"""Plain-Python heart of Triptych: text, language, direction, normalisation.

Nothing here imports Qt or the database, so every rule can be tested on its own.
"""
