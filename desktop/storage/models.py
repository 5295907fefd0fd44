"""peewee models. The tables themselves are created by the migrations in database.py
(and, on a shared library, postgres.py); the models bind to ``database.db``, the store
in use."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from desktop.core.direction import Direction
from desktop.storage.database import db


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Document(BaseModel):
    """One immutable version of an article's text.

    Attributes:
        id: short id derived from the content hash, for people to type.
        content_hash: SHA-256 of the normalised text; the same text is stored once.
        previous: the version this one replaced (a re-import of changed text).
        author, published, site: what the source says of itself ("" when it says nothing);
            published is ISO 8601.
        url: the canonical URL of a web article, or the final URL it was fetched from.
        fetched: when it was fetched (ISO 8601, UTC), for articles read from a URL.
        kinds: the kind of each paragraph, one letter each (see desktop.core.kinds).
        left_out: blocks of page furniture left out of a web article.
        whole_page: no article was found on the page, so all its visible text was kept.
    """

    id = CharField(primary_key=True)
    content_hash = CharField(unique=True)
    title = TextField()
    language = CharField()
    direction = CharField()
    source = TextField(default="")
    text = TextField()
    char_count = IntegerField()
    paragraph_count = IntegerField()
    version = IntegerField(default=1)
    previous = ForeignKeyField("self", null=True, backref="next_versions", on_delete="SET NULL")
    previous_id: str | None  # the column peewee gives the key above (declared for type checkers)
    created = DateTimeField(default=utc_now)
    author = TextField(default="")
    published = TextField(default="")
    site = TextField(default="")
    url = TextField(default="")
    fetched = TextField(default="")
    kinds = TextField(default="")
    left_out = IntegerField(default=0)
    whole_page = BooleanField(default=False)

    @property
    def base_direction(self) -> Direction:
        return Direction(self.direction)


class DocumentOriginal(BaseModel):
    """The bytes a document was read from (zlib-compressed), e.g. a web page before extraction."""

    document = ForeignKeyField(Document, primary_key=True, backref="original", on_delete="CASCADE")
    document_id: str  # the column peewee gives the key above (declared for type checkers)
    media_type = TextField()
    data = BlobField()

    class Meta:
        table_name = "document_original"


class Meta(BaseModel):
    """Small facts about this database (e.g. whether the default corpus was loaded)."""

    key = CharField(primary_key=True)
    value = TextField()


def get_meta(key: str, default: str | None = None) -> str | None:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else default


def set_meta(key: str, value: str) -> None:
    Meta.insert(key=key, value=value).on_conflict(conflict_target=[Meta.key], update={Meta.value: value}).execute()


class Tag(BaseModel):
    """A tag; tags nest under a parent to form a codebook of categories."""

    id = AutoField()
    name = CharField(unique=True)
    color = CharField(default="#8a8a8a")
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    created = DateTimeField(default=utc_now)


class Annotation(BaseModel):
    """A highlight on a document version (W3C Web Annotation: quote and position selectors).

    Attributes:
        start, end: TextPositionSelector, code points of the logical text.
        exact, prefix, suffix: TextQuoteSelector.
        state: "anchored", or "orphaned" when a new version of the text lost the passage.
        author: who made it ("" when nobody said).
        version: counts the changes, so a save made on an older one is seen as a conflict.
    """

    id = CharField(primary_key=True)
    document = ForeignKeyField(Document, backref="annotations", on_delete="CASCADE")
    exact = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    start = IntegerField()
    end = IntegerField()
    color = CharField()
    note = TextField(default="")
    state = CharField(default="anchored")
    created = DateTimeField(default=utc_now)
    modified = DateTimeField(default=utc_now)
    author = TextField(default="")
    version = IntegerField(default=1)


class AnnotationTag(BaseModel):
    annotation = ForeignKeyField(Annotation, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="annotation_links", on_delete="CASCADE")

    class Meta:
        table_name = "annotation_tag"
        primary_key = CompositeKey("annotation", "tag")


class Link(BaseModel):
    """A typed relation between two annotations, possibly in different documents."""

    id = AutoField()
    source = ForeignKeyField(Annotation, backref="outgoing", on_delete="CASCADE")
    target = ForeignKeyField(Annotation, backref="incoming", on_delete="CASCADE")
    relation = CharField()
    note = TextField(default="")
    created = DateTimeField(default=utc_now)
    author = TextField(default="")


class ColorMeaning(BaseModel):
    color = CharField(primary_key=True)
    meaning = TextField()

    class Meta:
        table_name = "color_meaning"
