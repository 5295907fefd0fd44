"""Hypothesis' JSON (its API's annotations, search results and the client's export) as
W3C annotations, so one reader handles both.

A Hypothesis annotation has ``uri``, ``text`` (Markdown), ``tags``, ``user`` and a list
of ``target`` objects whose ``selector`` lists hold the same W3C selectors. A reply
(``references``) has no passage of its own: it is added to the note of the
annotation it answers, when that one is in the file.
"""

from __future__ import annotations

from typing import Any


def _rows(document: Any) -> list[dict[str, Any]] | None:
    if isinstance(document, dict):
        for key in ("rows", "annotations"):
            if isinstance(document.get(key), list):
                return [r for r in document[key] if isinstance(r, dict)]
        return [document] if _looks_like(document) else None
    if isinstance(document, list):
        rows = [r for r in document if isinstance(r, dict)]
        return rows if rows and all(_looks_like(r) for r in rows) else None
    return None


def _looks_like(row: dict[str, Any]) -> bool:
    return "type" not in row and isinstance(row.get("target"), list) and ("uri" in row or "text" in row)


def _author(row: dict[str, Any]) -> str | None:
    info = row.get("user_info")
    if isinstance(info, dict) and isinstance(info.get("display_name"), str) and info["display_name"].strip():
        return str(info["display_name"]).strip()
    user = row.get("user")
    if isinstance(user, str) and user:
        return user.removeprefix("acct:").split("@", 1)[0]
    return None


def _id(row: dict[str, Any]) -> str | None:
    links = row.get("links")
    if isinstance(links, dict) and isinstance(links.get("html"), str):
        return str(links["html"])
    return f"urn:x-hypothesis:{row['id']}" if isinstance(row.get("id"), str) else None


def as_w3c(document: Any) -> list[dict[str, Any]] | None:
    """Hypothesis rows as W3C annotation objects; None when ``document`` is not Hypothesis'."""
    rows = _rows(document)
    if rows is None:
        return None
    replies: dict[str, list[str]] = {}
    converted = []
    for row in rows:
        references = row.get("references")
        has_passage = any(isinstance(t, dict) and t.get("selector") for t in row.get("target") or [])
        text = row.get("text") if isinstance(row.get("text"), str) else ""
        if isinstance(references, list) and references and not has_passage:
            author = _author(row)
            replies.setdefault(str(references[-1]), []).append(f"— {author}: {text}" if author else f"— {text}")
            continue
        converted.append(row)
    result = []
    for row in converted:
        text = row.get("text") if isinstance(row.get("text"), str) else ""
        answers = replies.get(str(row.get("id")), [])
        note = "\n\n".join(part for part in [text, *answers] if part)
        title = (row.get("document") or {}).get("title") if isinstance(row.get("document"), dict) else None
        title = title[0] if isinstance(title, list) and title else title
        targets = []
        for target in row.get("target") or []:
            if not isinstance(target, dict):
                continue
            source: dict[str, Any] = {"id": target.get("source") or row.get("uri")}
            if isinstance(title, str):
                source["label"] = title
            targets.append({"source": source, "selector": target.get("selector") or []})
        body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "commenting", "value": note}] if note else []
        body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in row.get("tags") or []
                 if isinstance(t, str)]
        annotation: dict[str, Any] = {"type": "Annotation", "body": body, "target": targets,
                                      "created": row.get("created"), "modified": row.get("updated")}
        if _id(row):
            annotation["id"] = _id(row)
        author = _author(row)
        if author:
            annotation["creator"] = {"type": "Person", "name": author}
        result.append(annotation)
    return result
