"""What survives translation: names across scripts, numbers, dates and quotations."""

from __future__ import annotations

import pytest

from desktop.core.anchors import anchors, date_keys, name_candidates, names_match, number_keys, quotes, skeletons


def _agree(a: str, b: str) -> float:
    return max(names_match(f"n:{x}", f"u:{y}") for x in skeletons(a) for y in skeletons(b))


@pytest.mark.parametrize(
    "names",
    [
        ("Азербайджан", "أذربيجان", "Aserbaidschan", "Azerbaijan"),
        ("Баку", "باكو", "Baku"),
        ("Газа", "غزة", "Gaza"),
        ("Израиль", "إسرائيل", "Israel"),
        ("Трамп", "ترامب", "Trump"),
        ("Нетаньяху", "نتنياهو", "Netanjahu", "Netanyahu"),
        ("Вашингтон", "واشنطن", "Washington"),
        ("Рейтерс", "رويترز", "Reuters"),
        ("Палестина", "فلسطين", "Palästina"),
    ],
)
def test_a_name_written_in_cyrillic_arabic_and_latin_script_matches_itself(names):
    for a in names:
        for b in names:
            assert _agree(a, b) >= 0.8, (a, b)


@pytest.mark.parametrize("a, b", [("Трамп", "Israel"), ("Baku", "Gaza"), ("Washington", "Вэнс"),
                                  ("Нетаньяху", "Indonesien"), ("حماس", "Rubio")])
def test_different_names_do_not_match(a, b):
    assert _agree(a, b) < 0.8


def test_case_endings_and_the_arabic_article_do_not_hide_a_name():
    assert _agree("Азербайджаном", "الأذربيجانية") >= 0.8
    assert _agree("Газе", "بغزة") >= 0.8


def test_an_arabic_common_word_never_matches_a_long_lower_case_word():
    # "w:" keys are long lower-case words of cased scripts (cognates); Arabic "u:" keys
    # are every word of an uncased script: too many of those would collide.
    assert names_match("u:MSN", "w:MSN") == 0.0
    assert names_match("n:MSN", "w:MSN") == 1.0


def test_name_candidates_skip_the_first_word_and_short_words_and_keep_acronyms_whole():
    keys = name_candidates("Надёжные источники сообщили AnewZ, что США предложили Азербайджану")
    assert "=сша" in keys
    assert any(k.endswith("SRBJNM") or k.endswith("SRBJN") for k in keys)
    assert not any(k.startswith("n:") and k.endswith("NTJN") for k in keys)  # "Надёжные" only starts the sentence


def test_a_number_word_is_a_number_and_no_name():
    # "ألف" (thousand) has Libya's Russian skeleton (Ливия: LF): taken for a name, it made
    # the Derna mayor's toll a counterpart of "the east declared Derna a disaster zone".
    text = "قال عمدة مدينة درنة إن عدد الوفيات قد يصل إلى 20 ألف شخص"
    assert not any(k.endswith(":LF") for k in name_candidates(text))
    assert "N:20000" in anchors(text, "ar").numbers
    assert any(k.endswith(":LF") for k in name_candidates("Власти востока Ливии объявили Дерну зоной бедствия"))


@pytest.mark.parametrize(
    "text, language, key",
    [
        ("قوة دولية قوامها نحو 20 ألف جندي", "ar", "N:20000"),
        ("قوة قوامها ٢٠ ألف جندي", "ar", "N:20000"),
        ("٢٠٬٠٠٠ جندي", "ar", "N:20000"),
        ("20.000 Soldaten", "de", "N:20000"),
        ("20 Tausend Soldaten", "de", "N:20000"),
        ("20 000 военных", "ru", "N:20000"),
        ("20 тыс. военных", "ru", "N:20000"),
        ("20,000 troops", "en", "N:20000"),
        ("2,5 Prozent", "de", "P:2.5"),
        ("2.5%", "en", "P:2.5"),
        ("1,5 млн человек", "ru", "N:1500000"),
        ("71 millions de dollars", "fr", "N:71000000"),
        ("ما بين 18 و20 ألف شخص", "ar", "N:20000"),
        ("إلى 20 ألفًا", "ar", "N:20000"),
        ("20 bin asker", "tr", "N:20000"),
        ("1,5 milyon kişi", "tr", "N:1500000"),
        ("enflasyon %20 oldu", "tr", "P:20"),
        ("yüzde 12,5 arttı", "tr", "P:12.5"),
        ("20 mil soldados", "es", "N:20000"),
    ],
)
def test_numbers_are_read_in_any_digits_with_the_languages_own_signs_and_words(text, language, key):
    assert key in number_keys(text, language)
    assert key in anchors(text, language).numbers


def test_digits_inside_a_latin_or_cyrillic_word_are_no_number():
    assert number_keys("COVID19, Су-27 и F16", "ru") == ["N:27"]


def test_a_year_is_a_date_not_a_number():
    assert number_keys("Im November 2022", "de") == []
    assert "Y:2022" in date_keys("Im November 2022")


@pytest.mark.parametrize(
    "text",
    ["10 сентября 2023 года", "am 10. September 2023", "في ١٠ سبتمبر/أيلول 2023", "September 10, 2023",
     "le 10 septembre 2023", "يوم الأحد 10 أيلول 2023", "el 10 de septiembre de 2023", "10 Eylül 2023'te"],
)
def test_a_date_gives_the_same_keys_in_every_language(text):
    assert {"D:2023-09-10", "D:2023-09", "Y:2023"} <= set(date_keys(text))


def test_a_month_alone_is_no_date_and_a_month_with_a_year_is():
    assert date_keys("в мае") == []
    assert date_keys("im März 2023") == ["D:2023-03", "Y:2023"]


def test_quotations_in_every_usual_style():
    assert quotes("sagte, die Mission müsse „Menschen umfassen, mit denen Israel sich wohlfühlt“, ohne") == [
        "Menschen umfassen, mit denen Israel sich wohlfühlt"]
    assert quotes("قوله إن “أذربيجان لا تريد تعريض قواتها للخطر”، موضحًا") == ["أذربيجان لا تريد تعريض قواتها للخطر"]
    assert quotes("заявил: «Мы не пошлём войска»") == ["Мы не пошлём войска"]


def test_the_names_found_alike_at_once_are_exactly_the_pairs_names_match_accepts():
    """matching_names reads names_match's rule backwards to compare in C++: over the
    names of the bundled articles and their translations, it finds every pair that
    names_match accepts and no other, for a strict and a loose threshold."""
    import itertools

    from desktop.core.anchors import matching_names
    from tests.support import compare_eval

    gold = compare_eval.load("bundled")
    keys: set[str] = set()
    for key in gold.keys:
        keys.update(name_candidates(gold.texts[key]))
        keys.update(name_candidates(gold.translations[key]))
    keys.update({"=США", "=USA", "n:SRBJN", "n:SRBJNM", "u:SRBJ", "w:SRBJNSK"})
    items = sorted(keys)
    assert len(items) > 200
    for similar in (0.8, 0.6):
        wanted = [(i, j) for i, j in itertools.combinations(range(len(items)), 2)
                  if names_match(items[i], items[j]) >= similar]
        assert wanted, "the bundled articles share names"
        assert matching_names(items, similar) == wanted
