"""Sentence splitting with offsets that slice back to the sentence."""

from __future__ import annotations

import pytest

from desktop.core.sentences import split_sentences
from desktop.services.translation import document_sentences
from tests.test_text import seed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Plan, z. B. von Dr. Müller, sieht 2.5 Mio. Euro vor. Danach folgt mehr.",
         ["Der Plan, z. B. von Dr. Müller, sieht 2.5 Mio. Euro vor.", "Danach folgt mehr."]),
        ("Т. е. это так. Это г. Москва, т. е. столица. Далее.",
         ["Т. е. это так.", "Это г. Москва, т. е. столица.", "Далее."]),
        ("Donald J. Trump said so. He left! Did he? Yes.", ["Donald J. Trump said so.", "He left!", "Did he?", "Yes."]),
        ("قال المصدر: «لن نرسل قوات». وأضاف أن القرار نهائي؟ نعم.",
         ["قال المصدر: «لن نرسل قوات».", "وأضاف أن القرار نهائي؟", "نعم."]),
        ("He said “Stop.” Then he left.", ["He said “Stop.”", "Then he left."]),
        ("Sie sagte: „Wir warten.“ Dann ging sie.", ["Sie sagte: „Wir warten.“", "Dann ging sie."]),
        ("The U.S. and the U.N. agreed. Talks follow.", ["The U.S. and the U.N. agreed.", "Talks follow."]),
        ("version 2.0 is out... and more", ["version 2.0 is out... and more"]),
        ("No final stop here", ["No final stop here"]),
        ("Am 8. April 2024 war es dunkel. Im Jahr 2023. Dann kam der 10. März.",
         ["Am 8. April 2024 war es dunkel.", "Im Jahr 2023.", "Dann kam der 10. März."]),
    ],
)
def test_sentences(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize("name", ["000", "002", "003"])
def test_seed_sentences_slice_back_and_cover_every_paragraph(name):
    text = seed(name)
    sentences = document_sentences(text)
    assert len(sentences) > 10
    for s in sentences:
        assert text[s.start : s.end] == s.source and s.source == s.source.strip()
    covered = "".join(ch for s in sentences for ch in s.source if not ch.isspace())
    assert covered == "".join(ch for ch in text if not ch.isspace())
