"""A REFI-QDA project laid out as ATLAS.ti writes one, written here by hand.

The two public ATLAS.ti 26 exports found (Ornio-app/qdpx-toolkit,
``conformance/fixtures/atlasti/``, MIT) hold a video only and could not be fetched
here as files; what they and their findings report is reproduced: the XML named
after the project (``Trial.qde``), not ``project.qde``; upper-case GUIDs; codes
without colours; a video kept outside the archive (``relative:///`` against an
absolute ``basePath``) with a zero-length selection that carries a comment; comments
as a selection's ``Description``, not as Notes. Added from QualCoder's importer, which
says ATLAS.ti saves a text with CR LF but counts each line break once: the text
source here is saved so, with a quotation after several line breaks, and a zero-length
text quotation with a comment.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

TEXT = ("Interview 3\r\nQ: Would Azerbaijan send troops?\r\nA: Only after a full ceasefire, "
        "and only with a UN mandate.\r\nQ: And if not?\r\nA: Then Baku stays out.\r\n")
#: quotation -> (code, comment)
QUOTED = {"Only after a full ceasefire": ("Conditions", "Ceasefire first."),
          "Then Baku stays out": ("Conditions", "")}


def _once(quote: str) -> tuple[int, int]:
    """Where ``quote`` is when each line break counts once, as ATLAS.ti counts."""
    text = TEXT.replace("\r\n", "\n")
    start = text.index(quote)
    return start, start + len(quote)


def build(path: Path) -> None:
    user, code_guid = "B27E9088-0000-4000-8000-000000000001", "A1B2C3D4-0000-4000-8000-000000000001"
    quotations = ""
    for number, (quote, (_code, comment)) in enumerate(QUOTED.items(), start=1):
        start, end = _once(quote)
        described = f"<Description>{comment}</Description>" if comment else ""
        quotations += (f'<PlainTextSelection guid="5C3E9A10-0000-4000-8000-00000000000{number}" name="{quote}" '
                       f'startPosition="{start}" endPosition="{end}" creatingUser="{user}" '
                       f'creationDateTime="2026-09-13T10:00:00Z">{described}'
                       f'<Coding guid="C0D1A000-0000-4000-8000-00000000000{number}" creatingUser="{user}">'
                       f'<CodeRef targetGUID="{code_guid}"/></Coding></PlainTextSelection>')
    empty = _once("Then Baku")[0]
    quotations += (f'<PlainTextSelection guid="5C3E9A10-0000-4000-8000-000000000009" name="" startPosition="{empty}" '
                   f'endPosition="{empty}"><Description>Check this later.</Description></PlainTextSelection>')
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'name="Trial" origin="ATLAS.ti Mac 26.1.2 (34883)" creationDateTime="2026-09-13T09:00:00Z" '
        'basePath="/Users/someone/Desktop/Trial Media/Project Media">'
        '<Users><User guid="B27E9088-0000-4000-8000-000000000001" name="Christos"/></Users>'
        '<CodeBook><Codes><Code guid="A1B2C3D4-0000-4000-8000-000000000001" name="Conditions" isCodable="true"/>'
        '</Codes></CodeBook><Sources>'
        '<TextSource guid="D0C00000-0000-4000-8000-000000000001" name="Interview 3.docx" '
        'plainTextPath="internal://D0C00000-0000-4000-8000-000000000001.txt">'
        f'{quotations}</TextSource>'
        '<VideoSource guid="241BA0AA-0000-4000-8000-000000000001" name="Christos vagias-2.MP4" '
        'path="relative:///DD148A4A-B28B-4BC0-90D8-3D1FB587C8E5.mov">'
        '<VideoSelection guid="71DE0000-0000-4000-8000-000000000001" name="21s" begin="21477" end="21477">'
        '<Description>Hello Trying this out</Description></VideoSelection>'
        '<VideoSelection guid="71DE0000-0000-4000-8000-000000000002" name="29s" begin="29100" end="31000"/>'
        '</VideoSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Trial.qde", qde)
        archive.writestr("sources/D0C00000-0000-4000-8000-000000000001.txt", TEXT)
