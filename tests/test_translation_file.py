"""Reading a person's translation file and sharing it out among the article's sentences."""

from __future__ import annotations

import pytest

from desktop.core.sentences import split_sentences
from desktop.core.text import normalise_text, split_paragraphs
from desktop.core.translation_file import (
    sentence_translations,
    share_out,
    shared_anchors,
    translation_paragraphs,
)
from tests.support.compare_eval import CORPUS, DATA


def test_paragraphs_are_blocks_separated_by_blank_lines_and_wrapped_lines_are_joined():
    text = "First paragraph,\nwrapped.\n\n\nSecond one.\r\n\r\nThird.\n"
    assert translation_paragraphs(text, 3) == ["First paragraph, wrapped.", "Second one.", "Third."]


def test_a_file_with_one_paragraph_per_line_is_read_by_lines_when_that_fits():
    assert translation_paragraphs("One.\nTwo.\nThree.", 3) == ["One.", "Two.", "Three."]
    # ... but blank-line blocks win when they fit: wrapped lines stay one paragraph.
    assert translation_paragraphs("One,\nwrapped.\n\nTwo.", 2) == ["One, wrapped.", "Two."]


def test_as_many_sentences_go_one_for_one():
    assert share_out("He came. He saw.", [10, 12]) == ["He came.", "He saw."]


_VANCE_EN = ("Israeli media report that the concept was recently discussed between US Vice President J. D. Vance "
             "and Israeli Prime Minister Benjamin Netanyahu, as Washington and its partners explore options for a "
             "post-war security arrangement in Gaza.")


def test_the_sentence_with_initials_gets_its_whole_translation():
    # "Дж. Д. Вэнсом" (J. D. Vance) is one sentence, as is its English translation:
    # the person's words are not cut in two at a guessed place.
    russian = normalise_text((CORPUS / "000_d86d30b96cdd4139.txt").read_text(encoding="utf-8"))
    paragraph = split_paragraphs(russian)[6]
    spans = split_sentences(russian, paragraph.start, paragraph.end)
    assert [russian[s:e][-7:] for s, e in spans] == ["в Газе."]
    assert share_out(_VANCE_EN, [e - s for s, e in spans]) == [_VANCE_EN]


def test_one_translated_sentence_for_two_originals_is_cut_where_the_lengths_say():
    # Two originals of 140 and 97 characters: the cut goes to the comma a few characters on,
    # not to the space nearest the exact proportion.
    pieces = share_out(_VANCE_EN, [140, 97])
    assert len(pieces) == 2 and all(pieces)
    assert " ".join(pieces) == _VANCE_EN  # nothing the person wrote is lost
    assert pieces[0].endswith("Benjamin Netanyahu,")


def test_two_translated_sentences_for_one_original_stay_together():
    assert share_out("It rained. The dams burst.", [40]) == ["It rained. The dams burst."]


def test_three_originals_and_two_translated_sentences_prefer_the_translations_own_ends():
    pieces = share_out("The storm hit the east, and the dams burst. Thousands died.", [20, 25, 18])
    assert len(pieces) == 3
    assert " ".join(pieces) == "The storm hit the east, and the dams burst. Thousands died."
    assert pieces[2] == "Thousands died."
    assert pieces[0].endswith(",")  # cut after the comma rather than inside a phrase


def test_a_piece_for_every_sentence_even_with_too_few_words():
    pieces = share_out("Yes", [10, 10, 10])
    assert len(pieces) == 3 and all(pieces)


def test_the_bundled_translations_cover_every_sentence_of_their_articles():
    for key, name in (("ru", "000_d86d30b96cdd4139.txt"), ("ar", "002_aef720741c60424c.txt"),
                      ("de", "003_822c724dc6001595.txt")):
        article = normalise_text((CORPUS / name).read_text(encoding="utf-8"))
        translation = (DATA / "bundled" / f"{key}.en.txt").read_text(encoding="utf-8")
        paragraphs = translation_paragraphs(translation, len(split_paragraphs(article)))
        assert len(paragraphs) == len(split_paragraphs(article)), key
        items = sentence_translations(article, paragraphs)
        every = [span for p in split_paragraphs(article) for span in split_sentences(article, p.start, p.end)]
        assert [(s, e) for s, e, _ in items] == every
        assert all(text.strip() for _, _, text in items)
        assert " ".join(t for _, _, t in items).split() == " ".join(paragraphs).split()


_ARTICLES = {"ru": "000_d86d30b96cdd4139.txt", "ar": "002_aef720741c60424c.txt", "de": "003_822c724dc6001595.txt"}


def _shared(article_language: str, file_language: str):
    article = normalise_text((CORPUS / _ARTICLES[article_language]).read_text(encoding="utf-8"))
    originals = [article[p.start: p.end] for p in split_paragraphs(article)]
    text = (DATA / "bundled" / f"{file_language}.en.txt").read_text(encoding="utf-8")
    return shared_anchors(originals, article_language, translation_paragraphs(text, len(originals)), "en")


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_each_bundled_translation_is_plausible_for_its_own_article(language):
    assert _shared(language, language).plausible


@pytest.mark.parametrize("article, other", [(a, b) for a in sorted(_ARTICLES) for b in sorted(_ARTICLES) if a != b])
def test_a_translation_of_another_article_on_the_same_story_is_caught(article, other):
    # The three articles tell one story (Azerbaijan, Gaza, the US): what tells a wrong file
    # is that its paragraphs do not share the names and numbers of the paragraphs beside them.
    assert not _shared(article, other).plausible


def test_a_text_on_another_subject_shares_nothing():
    article = normalise_text((CORPUS / _ARTICLES["de"]).read_text(encoding="utf-8"))
    originals = [article[p.start: p.end] for p in split_paragraphs(article)]
    password = "Bitwarden and KeePass keep the passwords of 2 million people in London, Paris and Oslo since 2016."
    shared = shared_anchors(originals, "de", [password] * len(originals), "en")
    assert shared.shared == 0 and not shared.plausible


def test_a_file_with_too_few_names_and_numbers_to_tell_is_taken():
    shared = shared_anchors(["Die Lage bleibt unklar."], "de", ["Nobody knows what happens next."], "en")
    assert shared.plausible
