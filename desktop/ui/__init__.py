"""Qt widgets, item models, undo commands and background tasks."""
