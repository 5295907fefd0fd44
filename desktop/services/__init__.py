"""Use cases that are not drawing: importing, the default corpus, (later) translation and export."""
