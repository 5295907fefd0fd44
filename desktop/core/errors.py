"""The one exception type for failures a person can understand and act on."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """An expected failure, explained in one sentence a person understands.

    The sentence is a template with named fields (``"{name} is empty."``) and their
    values, so the interface can show it in the person's language: the template is the
    message id its translators see (tools/extract_errors.py collects them). Fields whose
    name ends in ``_language`` hold a language code, shown as that language's name.
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


def format_message(template: str, params: dict[str, Any], name_of_language) -> str:  # noqa: ANN001
    """Fill a template; ``*_language`` fields are codes, shown through ``name_of_language``."""
    if not params:
        return template
    values = {k: (name_of_language(v) if k.endswith("_language") else v) for k, v in params.items()}
    return template.format(**values)
