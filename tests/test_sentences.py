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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Initials of more than one letter, then a one-letter one, before a surname.
        ("Концепция обсуждалась между вице-президентом США Дж. Д. Вэнсом и премьер-министром Израиля. "
         "Решение не принято.",
         ["Концепция обсуждалась между вице-президентом США Дж. Д. Вэнсом и премьер-министром Израиля.",
          "Решение не принято."]),
        ("Стихи Вл. Соловьёва читал и Св. Синод. Так писали газеты.",
         ["Стихи Вл. Соловьёва читал и Св. Синод.", "Так писали газеты."]),
        ("Poems by Wm. Blake and Th. Gray were read, and Mrs. Dalloway too. Then the hall emptied.",
         ["Poems by Wm. Blake and Th. Gray were read, and Mrs. Dalloway too.", "Then the hall emptied."]),
        ("Die Rede von Chr. Lindner lobten u. a. Grüne, z. B. in Berlin. Dr. Müller schwieg.",
         ["Die Rede von Chr. Lindner lobten u. a. Grüne, z. B. in Berlin.", "Dr. Müller schwieg."]),
        ("Это т.н. план США, т.е. американский. Напр. Баку его поддержал.",
         ["Это т.н. план США, т.е. американский.", "Напр. Баку его поддержал."]),
        # Arabic has no capitals: a lone letter before a name is a title ("Dr."), after a year an era.
        ("وقال د. محمد العلي إن القرار نهائي. وأضاف أن الوفد سيعود.",
         ["وقال د. محمد العلي إن القرار نهائي.", "وأضاف أن الوفد سيعود."]),
        ("تأسست المدينة عام 1950 م. وكانت صغيرة.", ["تأسست المدينة عام 1950 م.", "وكانت صغيرة."]),
    ],
)
def test_initials_and_abbreviations_do_not_end_a_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An acronym in capitals ends a sentence, even before an initial.
        ("Переговоры прошли в США. Д. Вэнс вернулся в Вашингтон.",
         ["Переговоры прошли в США.", "Д. Вэнс вернулся в Вашингтон."]),
        ("Встреча прошла в ООН. Дж. Байден не приехал.", ["Встреча прошла в ООН.", "Дж. Байден не приехал."]),
        ("Die Entscheidung fiel in der EU. Dr. Müller war dagegen.",
         ["Die Entscheidung fiel in der EU.", "Dr. Müller war dagegen."]),
        # Short words with a vowel, and an interjection, are words.
        ("Он сказал: да. Мы ушли.", ["Он сказал: да.", "Мы ушли."]),
        ("Hmm. That is odd. Who is he? It was Ed. He left.",
         ["Hmm.", "That is odd.", "Who is he?", "It was Ed.", "He left."]),
    ],
)
def test_a_real_end_before_a_name_or_an_initial_still_ends_the_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_the_bundled_russian_article_keeps_vance_in_his_sentence():
    text = seed("000")
    vance = [s.source for s in document_sentences(text) if "Вэнс" in s.source]
    assert len(vance) == 1 and vance[0].startswith("Израильские СМИ") and vance[0].endswith("в Газе."), vance


@pytest.mark.parametrize("name", ["000", "002", "003"])
def test_seed_sentences_slice_back_and_cover_every_paragraph(name):
    text = seed(name)
    sentences = document_sentences(text)
    assert len(sentences) > 10
    for s in sentences:
        assert text[s.start : s.end] == s.source and s.source == s.source.strip()
    covered = "".join(ch for s in sentences for ch in s.source if not ch.isspace())
    assert covered == "".join(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize("text, first", [
    ("Vertieron el agua de mar. La concentración de tritio bajó.", "Vertieron el agua de mar."),
    ("Dijo que no. Luego se fue.", "Dijo que no."),
    ("Il sindaco è arrivato col. Poi ha parlato.", "Il sindaco è arrivato col."),
])
def test_an_english_title_or_month_in_lower_case_is_a_word_that_may_end_a_sentence(text, first):
    """Seen: a Spanish sentence ending "agua de mar." ran into the next ("Mar." is March)."""
    (s, e), *rest = split_sentences(text)
    assert text[s:e] == first and len(rest) == 1


@pytest.mark.parametrize("text", ["Mr. Smith came.", "It was on Mar. 5 at noon.", "Gen. Ali spoke.",
                                  "Room No. 10 was empty."])
def test_a_capitalised_english_title_or_month_is_still_an_abbreviation(text):
    assert split_sentences(text) == [(0, len(text))]
