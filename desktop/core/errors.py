"""The one exception type for failures a person can understand and act on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _same(text: str) -> str:
    return text


class Message:
    """A part of a sentence that is translated on its own and put into another's field.

    A fault says what went wrong and what that meant for the person's action ("The disk
    holding {folder} is full; {outcome}.", the outcome being "nothing was imported"): the
    two are chosen in different places, so each is a template of its own, and translators
    see both (tools/extract_errors.py collects ``Message("...")`` like UserError messages).

    Attributes:
        template: the English words, with ``{field}`` placeholders.
        params: the values of the fields.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def render(self, name_of_language: Callable[[str], str], translate: Callable[[str], str] = _same) -> str:
        return format_message(translate(self.template), self.params, name_of_language, translate)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)

    def __repr__(self) -> str:
        return f"Message({self.template!r})"


class UserError(Exception):
    """An expected failure, explained in one sentence a person understands.

    The sentence is a template with named fields (``"{name} is empty."``) and their
    values, so the interface can show it in the person's language: the template is the
    message id its translators see (tools/extract_errors.py collects them). Fields whose
    name ends in ``_language`` hold a language code, shown as that language's name; a
    field whose value is a :class:`Message` is translated too.
    The GUI shows the message in a dialog and the CLI prints it on stderr with a
    non-zero exit; neither shows a traceback. Anything that is not a UserError is a
    bug and goes to the excepthook, which logs it with details.

    Attributes:
        template: the English sentence with ``{field}`` placeholders.
        params: the values of the fields.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        from desktop.core.language import language_name

        return format_message(self.template, self.params, language_name)

    def __str__(self) -> str:
        return self.message


def format_message(template: str, params: dict[str, Any], name_of_language: Callable[[str], str],
                   translate: Callable[[str], str] = _same) -> str:
    """Fill a template; ``*_language`` fields are codes, shown through ``name_of_language``;
    :class:`Message` fields are rendered (through ``translate``) first."""
    if not params:
        return template
    values = {}
    for key, value in params.items():
        if isinstance(value, Message):
            values[key] = value.render(name_of_language, translate)
        elif key.endswith("_language"):
            values[key] = name_of_language(value)
        else:
            values[key] = value
    return template.format(**values)
