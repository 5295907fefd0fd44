"""How the desk names the kinds of link between two passages (the same words in the
annotation panel, the links panel, the link dialog, the notebook and the compare bar)."""

from __future__ import annotations


def relation_label(relation: str) -> str:
    """A link's relation as every part of the desk names it (sentence case, one wording)."""
    from PySide6.QtCore import QCoreApplication

    return {
        "same_claim": QCoreApplication.translate("relation", "Same claim"),
        "contradicts": QCoreApplication.translate("relation", "Contradicts"),
        "omits": QCoreApplication.translate("relation", "Omits"),
        "elaborates": QCoreApplication.translate("relation", "Elaborates"),
        "translation_of": QCoreApplication.translate("relation", "Translation of"),
        "related": QCoreApplication.translate("relation", "Related"),
    }.get(relation, relation)
