"""The full-text index on a shared library: the same words as SQLite's, in a ``tsvector``.

Nothing of PostgreSQL's text search decides what a word is or how it is written:
Triptych folds and stems as it does for SQLite's FTS5 index (desktop.core.normalize,
desktop.core.stemming), cuts the folded text into tokens as FTS5's ``unicode61``
tokenizer with ``remove_diacritics 2`` does (runs of letters, digits and private-use
characters; combining marks dropped), and hands PostgreSQL the finished lexemes as a
``tsvector`` literal. So a query finds on a server exactly what it finds in a file.

One row per paragraph or annotation, one column: the folded words with weight A at
positions 1..n (so a phrase query can use their order), the stemmed terms with weight B
after them (positions n+1.., so a term that equals its folded word is kept twice, as
FTS5's two columns keep it). A query word matches ``'term':B | ... | 'folded':A`` (the
last word also as a prefix, ``:*A``); ``ts_rank`` with weights A = 1, B = 0.5 ranks an
exact form above another form, as BM25's column weights do in the file.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from peewee import Database, DatabaseProxy

from desktop.core.normalize import fold
from desktop.core.stemming import terms
from desktop.storage.database import execute
from desktop.storage.search_index import Query, QueryWord

#: tsvector positions stop at 16383; a longer paragraph keeps its later words at that one.
MAX_POSITION = 16383
#: ts_rank's weights for {D, C, B, A}: stems (B) count half as much as exact forms (A).
RANK_WEIGHTS = "{0, 0, 0.5, 1.0}"
#: Divide a rank by 1 + log(the row's length), as BM25 favours shorter rows.
RANK_NORMALIZATION = 1
_TOKEN = re.compile(r"(?:[^\W_]|[\ue000-\uf8ff])+")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """Every combining mark (Unicode category M*), which unicode61 drops from tokens."""
    ranges: list[str] = []
    start = previous = -2
    for code in range(0x110000):
        if unicodedata.category(chr(code))[0] != "M":
            continue
        if code != previous + 1:
            if start >= 0:
                ranges.append(_range(start, previous))
            start = code
        previous = code
    ranges.append(_range(start, previous))
    return re.compile("[" + "".join(ranges) + "]")


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


def tokens(text: str) -> list[str]:
    """The tokens FTS5's unicode61 (remove_diacritics 2) makes of already folded text."""
    return _TOKEN.findall(_marks().sub("", text).lower())


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def vector(text: str, language: str) -> str:
    """The tsvector literal of a paragraph or annotation text."""
    body = tokens(fold(text))
    stems = [t for term in terms(text, language) for t in tokens(term)]
    positions: dict[str, list[str]] = {}
    for number, token in enumerate(body, start=1):
        positions.setdefault(token, []).append(f"{min(number, MAX_POSITION)}A")
    for number, token in enumerate(stems, start=len(body) + 1):
        positions.setdefault(token, []).append(f"{min(number, MAX_POSITION)}B")
    return " ".join(f"{_lexeme(token)}:{','.join(dict.fromkeys(marks))}" for token, marks in positions.items())


def _phrase(parts: list[str], weight: str, prefix: bool = False) -> str | None:
    """Tokens in a row (FTS5's "a b" phrase), the last one a prefix when asked."""
    if not parts:
        return None
    lexemes = [f"{_lexeme(t)}:{weight}" for t in parts[:-1]]
    lexemes.append(f"{_lexeme(parts[-1])}:{'*' if prefix else ''}{weight}")
    return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"


def _word_query(word: QueryWord) -> str | None:
    alternatives = [_phrase(tokens(term), "B") for term in sorted(word.terms)]
    alternatives.append(_phrase(tokens(word.folded), "A", word.prefix))
    found = [a for a in alternatives if a]
    return "(" + " | ".join(found) + ")" if found else None


def tsquery(query: Query) -> str | None:
    """The tsquery literal of a query (None: it can match nothing)."""
    parts = [_word_query(word) for word in query]
    if not parts or any(p is None for p in parts):
        return None
    return " & ".join(p for p in parts if p)


def put(database: Database | DatabaseProxy, kind: str, ref: str, document_id: str, text: str,
        language: str) -> None:
    execute("INSERT INTO search_index (kind, ref, document_id, terms) VALUES (?, ?, ?, ?::tsvector)",
            (kind, ref, document_id, vector(text, language)), database)


def match_count(database: Database | DatabaseProxy, query: Query) -> int:
    expression = tsquery(query)
    if expression is None:
        return 0
    return int(execute("SELECT count(*) FROM search_index WHERE terms @@ ?::tsquery", (expression,),
                       database).fetchone()[0])


def ranked(database: Database | DatabaseProxy, query: Query, limit: int, offset: int) -> list[tuple[str, str, str]]:
    expression = tsquery(query)
    if expression is None:
        return []
    rows = execute(
        f"SELECT kind, ref, document_id FROM search_index WHERE terms @@ ?::tsquery "
        f"ORDER BY ts_rank('{RANK_WEIGHTS}', terms, ?::tsquery, {RANK_NORMALIZATION}) DESC, id LIMIT ? OFFSET ?",
        (expression, expression, limit, offset), database).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]
