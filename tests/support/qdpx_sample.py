"""A REFI-QDA project as another QDA program writes one, on the bundled articles: built
here by hand from the standard (QDA-XML 1.0, no public sample with a licence covers
these texts), the way MAXQDA 24 lays a project out: upper-case GUIDs, texts in
``Sources/`` behind ``internal://`` paths, saved with Windows line breaks and a
byte-order mark (so positions count a CR LF as two characters), a codebook with a
parent that is not codable, codings with their user and time, notes referred to by
the selections, a link between two selections, a set, a source that is not in the
library (it becomes an article); and what Triptych cannot take: descriptions of codes,
a coding of a whole document, a link to a code."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

from lxml import etree

NS = "urn:QDA-XML:project:1.0"
USER = "F3EA8DA1-BB99-411F-8ED4-011170237B6C"


def _guid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.org/qdpx-sample/{name}")).upper()


def _e(parent, tag: str, **attrs: str):
    element = etree.SubElement(parent, f"{{{NS}}}{tag}")
    for key, value in attrs.items():
        element.set(key, value)
    return element


def build(corpus, path: Path) -> dict[str, object]:
    """Write the sample to ``path``; returns what it codes, for the test to check."""
    ru, ar, de = corpus
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS, "xsi": "http://www.w3.org/2001/XMLSchema-instance"})
    root.set("name", "Gaza force coverage")
    root.set("origin", "hand-built sample (REFI-QDA 1.0, MAXQDA-style)")
    root.set("modifiedDateTime", "2025-07-14T18:42:34Z")
    _e(_e(root, "Users"), "User", guid=USER, name="M. Analyst")
    codes = _e(_e(root, "CodeBook"), "Codes")
    frames = _e(codes, "Code", guid=_guid("frames"), name="Frames", isCodable="false", color="#ef8256")
    _e(frames, "Description").text = "How the story is framed."
    conditional = _e(frames, "Code", guid=_guid("conditional"), name="Conditional participation", isCodable="true",
                     color="#32bd59")
    _e(conditional, "Description").text = "Taking part only if conditions are met."
    _e(frames, "Code", guid=_guid("un"), name="UN mandate", isCodable="true", color="#4abccb")
    _e(codes, "Code", guid=_guid("actors"), name="Actors", isCodable="true", color="#a24ef1")
    sources = _e(root, "Sources")
    files: dict[str, str] = {}
    coded: dict[str, object] = {}

    def source(document, name: str) -> tuple[object, str]:
        sid = _guid(f"source-{name}")
        element = _e(sources, "TextSource", guid=sid, name=name, plainTextPath=f"internal://{sid}.txt",
                     creatingUser=USER, creationDateTime="2024-10-18T23:23:46Z", modifyingUser=USER,
                     modifiedDateTime="2024-10-18T23:23:46Z")
        text = document.text.replace("\n", "\r\n") if document is not None else "Another text, not in the library."
        files[f"{sid}.txt"] = text
        return element, text

    def select(element, text: str, quote: str, key: str, codes_: list[str], note: str | None = None,
               occurrence: int = 0) -> None:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(quote, start + 1)
        selection = _e(element, "PlainTextSelection", guid=_guid(key), name=quote[:40], startPosition=str(start),
                       endPosition=str(start + len(quote)), creatingUser=USER, creationDateTime="2025-06-16T22:00:02Z",
                       modifyingUser=USER, modifiedDateTime="2025-06-16T22:10:00Z")
        for code in codes_:
            coding = _e(selection, "Coding", guid=_guid(f"coding-{key}-{code}"), creatingUser=USER,
                        creationDateTime="2025-06-16T22:00:02Z")
            _e(coding, "CodeRef", targetGUID=_guid(code))
        if note:
            _e(selection, "NoteRef", targetGUID=_guid(f"note-{key}"))
        coded[key] = (quote, codes_, note)

    ru_source, ru_text = source(ru, "AnewZ RU")
    ar_source, ar_text = source(ar, "أذربيجان تعلن موقفها")
    de_source, de_text = source(de, "AnewZ DE")
    other, other_text = source(None, "Interview 7")
    # A quote after several paragraphs: its position counts the CR LF line breaks.
    select(ru_source, ru_text, "резолюции Совета Безопасности ООН", "ru-un", ["un"], "Mandate first.")
    select(ar_source, ar_text, "شرطًا أساسيًا", "ar-condition", ["conditional"], "شرط أساسي قبل أي مشاركة")
    select(ar_source, ar_text, "نحو 20 ألف جندي", "ar-20", ["actors"])
    select(de_source, de_text, "Genehmigung des UN-Sicherheitsrates", "de-un", ["un", "conditional"])
    select(other, other_text, "Another text", "elsewhere", ["actors"])
    whole = _e(de_source, "Coding", guid=_guid("whole-de"), creatingUser=USER)
    _e(whole, "CodeRef", targetGUID=_guid("actors"))
    notes = _e(root, "Notes")
    for key, (_quote, _codes, note) in list(coded.items()):
        if note:
            memo = _e(notes, "Note", guid=_guid(f"note-{key}"), name=f"Memo {key}", creatingUser=USER,
                      creationDateTime="2025-06-16T22:05:00Z")
            _e(memo, "PlainTextContent").text = note
    link_note = _e(notes, "Note", guid=_guid("note-link"), name="Link memo")
    _e(link_note, "PlainTextContent").text = "Same condition, told twice."
    links = _e(root, "Links")
    link = _e(links, "Link", guid=_guid("link-1"), name="same claim", direction="OneWay",
              originGUID=_guid("ar-condition"), targetGUID=_guid("de-un"))
    _e(link, "NoteRef", targetGUID=_guid("note-link"))
    _e(links, "Link", guid=_guid("link-2"), name="related", direction="Associative", originGUID=_guid("un"),
       targetGUID=_guid("actors"))
    sets = _e(root, "Sets")
    member_set = _e(sets, "Set", guid=_guid("set"), name="AnewZ")
    for element in (ru_source, de_source):
        _e(member_set, "MemberSource", targetGUID=element.get("guid"))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="utf-8",
                                                       pretty_print=True))
        for name, text in files.items():
            archive.writestr(f"Sources/{name}", "\ufeff".encode() + text.encode("utf-8"))
    return coded
