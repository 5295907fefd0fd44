"""Readers for each kind of source: web pages, URLs, PDF, scans, DOCX, ODT and EPUB.

Each reader turns bytes into a ``desktop.core.markup.ExtractedText`` (paragraphs with
their kinds, a title, metadata) or raises a UserError saying in one sentence why it
cannot; ``desktop.services.importing`` decides which reader a source needs.
"""
