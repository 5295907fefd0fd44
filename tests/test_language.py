"""Language identification tells close languages apart, and says when it cannot."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.language import check_language_code, detect_language

SAMPLES = {
    "ar": "أكد مصدر رسمي في وزارة الخارجية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة في الوقت الحالي.",
    "fa": "یک منبع رسمی در وزارت امور خارجه گفت که کشورش در حال حاضر قصد اعزام نیروهای حافظ صلح به غزه را ندارد.",
    "ru": "Надёжные источники сообщили, что США предложили Азербайджану присоединиться к стабилизационным силам.",
    "uk": "Надійні джерела повідомили, що США запропонували Азербайджану приєднатися до стабілізаційних сил у Газі.",
    "de": "Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza "
          "auf Wunsch der USA.",
    "en": "Azerbaijan is considering joining a multinational stabilisation force for Gaza "
          "at the request of the United States.",
    "fr": "L'Azerbaïdjan envisage de rejoindre une force multinationale de stabilisation pour Gaza "
          "à la demande des États-Unis.",
    "es": "Azerbaiyán estudia unirse a una fuerza multinacional de estabilización para Gaza "
          "a petición de Estados Unidos.",
    "tr": "Azerbaycan, ABD'nin talebi üzerine Gazze için çok uluslu bir istikrar gücüne katılmayı değerlendiriyor.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_languages_are_told_apart(code):
    detection = detect_language(SAMPLES[code])
    assert detection.code == code
    assert detection.certain


@pytest.mark.parametrize("text", ["AnewZ", "12 34 56 78 90 12 34 56 78 90 12 34",
                                  "Это текст. This is text. Das ist Text. هذا نص"])
def test_too_little_or_mixed_text_is_uncertain(text):
    assert not detect_language(text).certain


def test_language_codes_are_checked():
    assert check_language_code(" AR ") == "ar"
    with pytest.raises(UserError):
        check_language_code("arabic")
    with pytest.raises(UserError):
        check_language_code("1")
