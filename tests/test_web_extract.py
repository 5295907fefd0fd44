"""Web pages: the article without the page furniture, its title and metadata; the whole page on request."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.decoding import decode_bytes
from desktop.core.kinds import ParagraphKind
from desktop.core.markup import html_to_text
from desktop.services.sources.web import extract_article
from desktop.services.sources.web_meta import strip_site_name

DATA = Path(__file__).parent / "data" / "web"


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def precision_recall(got: str, want: str) -> tuple[float, float]:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    return common / max(1, sum(g.values())), common / max(1, sum(w.values()))


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


@pytest.mark.parametrize(("page", "declared"), [("heise", "de"), ("lemonde-1", "fr"), ("la-nacion", "")])
def test_real_pages_keep_the_article_and_its_title(page, declared):
    folder = DATA / "readability" / page
    html = decode_bytes((folder / "source.html").read_bytes(), "source.html", html=True).text
    expected = html_to_text((folder / "expected.html").read_text(encoding="utf-8")).text
    meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    article = extract_article(html)
    precision, recall = precision_recall(article.text, expected)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    assert norm(article.title or "") == norm(meta["title"])
    assert article.left_out > 10  # menus, teasers, footers: counted for the person
    assert not article.whole_page
    assert article.meta.language == declared  # <html lang>, a hint for the language detection


@pytest.mark.parametrize("name", ["assabah.com.tn.article.html", "football.ua.podolski.html"])
def test_arabic_and_russian_pages_leave_the_furniture_out(name):
    entry = json.loads((DATA / "trafilatura" / "evaldata.json").read_text(encoding="utf-8"))[name]
    html = decode_bytes((DATA / "trafilatura" / name).read_bytes(), name, html=True).text
    article = extract_article(html, entry["url"])
    text = norm(article.text)
    assert all(norm(snippet) in text for snippet in entry["with"])
    assert not any(norm(snippet) in text for snippet in entry["without"])
    assert not any(norm(comment) in text for comment in entry["comments"])  # readers' comments are not the article
    assert norm(article.title or "") == norm(entry["title"])
    assert article.meta.url.startswith("http")


def test_title_is_the_headline_not_the_site_name():
    page = """<html><head><title>أذربيجان تعلن موقفها من غزة - CNN Arabic</title>
    <meta property="og:site_name" content="CNN Arabic"></head><body>
    <header><h1><a href="/">CNN</a></h1><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav></header>
    <article><h1>أذربيجان تعلن موقفها من غزة</h1>
    <p>أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة في الوقت
    الحالي، مشيرًا إلى أن أي مشاركة محتملة ستبقى مرهونة بوقف شامل ودائم للقتال.</p>
    <p>ونقلت وكالة رويترز عن المصدر قوله إن أذربيجان لا تريد تعريض قواتها للخطر، ولن تنظر في أي مشاركة عسكرية إلا بعد
    وقف تام للأعمال القتالية، موضحًا أن أي قرار في هذا الشأن يتطلب موافقة البرلمان.</p></article>
    <footer>© CNN Arabic 2025</footer></body></html>"""
    article = extract_article(page)
    assert article.title == "أذربيجان تعلن موقفها من غزة"
    assert article.meta.site == "CNN Arabic"
    assert "الرئيسية" not in article.text and "©" not in article.text


def test_site_names_come_off_titles():
    assert strip_site_name("Headline of the day - Example News", "Example News", "") == "Headline of the day"
    assert strip_site_name("Example | Headline of the day", "", "https://www.example.com/a") == "Headline of the day"
    assert strip_site_name("Biden - Xi talks resume", "", "https://news.example.org/") == "Biden - Xi talks resume"
    assert strip_site_name("Ein Gespräch über Schutzzone › Litradio", "", "https://litradio.example/") \
        == "Ein Gespräch über Schutzzone"


def test_a_page_inside_one_form_is_read():
    """ASP.NET pages put the whole body in a <form>: it must not be taken for a form."""
    paragraphs = "".join(f"<p>Paragraph {i} of the statement says something about the mission in Gaza and "
                         f"the position of Baku on joining it, at some length.</p>" for i in range(8))
    page = f"""<html><body><form id="aspnetForm" method="post" action="./x.aspx">
    <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzczMzQ5ODs7Pg=="><div id="content">
    <h1>Statement of the ministry</h1>{paragraphs}</div></form></body></html>"""
    article = extract_article(page)
    assert "Paragraph 0 of the statement" in article.text and "Paragraph 7" in article.text
    assert "dDwt" not in article.text


def test_a_comment_inside_a_script_does_not_leak_the_script():
    script = "var x = 10; while (x-->0) { document.title += x; }" * 2000
    body = "".join(f"<p>Sentence number {i} of a real article about the stabilisation force.</p>" for i in range(10))
    page = f"<html><head><script><!--\n{script}\n//--></script></head><body>{body}" \
           f"<script><!-- {script} --></script></body></html>"
    article = extract_article(page)
    assert "document.title" not in article.text and "x--" not in article.text
    assert len(article.text) < 2000
    assert "Sentence number 9" in article.text


def test_hidden_parts_of_a_page_are_not_text():
    body = "".join(f"<p>Visible paragraph {i} tells the reader about the talks in Baku this week.</p>"
                   for i in range(6))
    page = f"""<html><body><article>{body}
    <div style="display: none"><p>Subscribe to our newsletter now, the hidden pop-up says.</p></div>
    <p hidden>A hidden paragraph.</p><p aria-hidden="true">Screen readers skip this.</p></article></body></html>"""
    article = extract_article(page)
    assert "Visible paragraph 5" in article.text
    for hidden in ("Subscribe", "hidden paragraph", "Screen readers"):
        assert hidden not in article.text
    assert hidden not in html_to_text(page).text


def test_headings_quotes_and_lists_keep_their_kind():
    sentences = " ".join(f"Sentence {i} of a long article about the mission and its mandate." for i in range(6))
    page = f"""<html><head><title>Kinds</title></head><body><article>
    <h1>The headline</h1><p>{sentences}</p><h2>A subhead</h2><p>{sentences}</p>
    <blockquote><p>We will not send troops before a full ceasefire, the ministry said in its statement.</p>
    </blockquote><p>{sentences}</p><ul><li>First condition of the mandate, a resolution.</li>
    <li>Second condition of the mandate, a ceasefire.</li><li>Third condition, a parliament vote.</li></ul>
    <p>{sentences}</p></article></body></html>"""
    article = extract_article(page)
    kinds = dict(zip(article.text.split("\n"), article.kinds, strict=True))
    assert kinds["A subhead"] is ParagraphKind.HEADING
    quote = next(k for t, k in kinds.items() if t.startswith("We will not send troops"))
    assert quote is ParagraphKind.QUOTE
    assert kinds["Second condition of the mandate, a ceasefire."] is ParagraphKind.LIST_ITEM
    assert kinds[next(t for t in kinds if t.startswith("Sentence 0"))] is ParagraphKind.PARAGRAPH


def test_metadata_from_json_ld_and_meta_tags():
    page = """<html lang="de"><head><title>Baku erwägt Teilnahme | Beispiel-Zeitung</title>
    <link rel="canonical" href="https://zeitung.example/artikel/baku">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Baku erwägt Teilnahme", "datePublished": "2025-10-20T08:15:00+02:00",
     "author": [{"@type": "Person", "name": "Anna Beispiel"}], "publisher": {"name": "Beispiel-Zeitung"}}</script>
    </head><body><article><h1>Baku erwägt Teilnahme</h1>
    <p>Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza auf Wunsch der
    USA, obwohl Beamte sagen, dass jeder Einsatz eine Genehmigung des UN-Sicherheitsrates erfordern würde.</p>
    </article></body></html>"""
    article = extract_article(page, "https://zeitung.example/artikel/baku?utm_source=x")
    assert article.title == "Baku erwägt Teilnahme"
    assert article.meta.author == "Anna Beispiel"
    assert article.meta.published == "2025-10-20T08:15:00+02:00"
    assert article.meta.site == "Beispiel-Zeitung"
    assert article.meta.url == "https://zeitung.example/artikel/baku"
    assert article.meta.language == "de"


def test_no_article_keeps_the_whole_page_and_says_so():
    page = "<html><body><nav><a href='/'>Home</a></nav><div>Opening hours</div><div>Mon–Fri 9–17</div></body></html>"
    article = extract_article(page)
    assert article.whole_page
    assert article.text.split("\n") == ["Home", "Opening hours", "Mon–Fri 9–17"]


def test_the_whole_page_on_request():
    folder = DATA / "readability" / "heise"
    html = decode_bytes((folder / "source.html").read_bytes(), "source.html", html=True).text
    article = extract_article(html)
    whole = extract_article(html, whole_page=True)
    assert whole.whole_page and len(whole.text.split("\n")) >= len(article.text.split("\n")) + article.left_out // 2
    assert article.text.split("\n")[1] in whole.text


_ARTICLE_BODY = "".join(
    f"<p>Paragraph {i} of the report on the stabilisation force says what the ministry in Baku told the "
    f"press about the mandate, the parliament vote and the ceasefire it asks for first.</p>" for i in range(6))


def test_json_ld_wrapped_in_cdata_gives_the_headline():
    """Pages wrap their JSON-LD in <![CDATA[ ]]> for old parsers: its headline still counts."""
    page = f"""<html><head><meta property="og:title" content="A teaser written for sharing">
    <script type="application/ld+json">
    //<![CDATA[
    {{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Baku weighs joining the force"}}
    //]]>
    </script></head><body><article><h1>Baku weighs joining the force</h1>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Baku weighs joining the force"


def test_titles_declared_in_dublin_core_and_several_rdfa_properties():
    """One RDFa property attribute may name several properties; a bibliographic title comes
    before the one written for sharing when no visible headline is confirmed."""
    page = f"""<html><head><title>Page</title>
    <meta property="og:title twitter:title" content="Shared teaser">
    <meta property="x:title dc:title" content="The ministry's statement on the force">
    </head><body><article><h2>Statement</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "The ministry's statement on the force"
    shared = page.replace('property="x:title dc:title"', 'property="x:title"')
    assert extract_article(shared).title == "Shared teaser"


def test_a_kicker_in_the_headline_element_is_not_the_title():
    """<h1><span>kicker</span><span>headline</span></h1>: the metadata names the headline."""
    page = f"""<html><head><title>Daten von Rheinmetall gehackt | tagesschau.de</title>
    <meta property="og:title" content="Daten von Rheinmetall gehackt"></head><body><article>
    <h1><span class="kicker">Hackerangriff</span><span class="headline">Daten von Rheinmetall
    gehackt</span></h1>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Daten von Rheinmetall gehackt"
    # a headline with inline markup is not cut where the metadata says the whole of it
    whole = page.replace("Daten von Rheinmetall gehackt\"", "Hackerangriff Daten von Rheinmetall gehackt\"")
    assert extract_article(whole).title == "Hackerangriff Daten von Rheinmetall gehackt"


def test_entities_escaped_twice_in_metadata_are_written_out():
    page = f"""<html><head><meta property="og:title" content="Thermen- &amp;#038; Vulkanland"></head>
    <body><article><h2>Wellness</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Thermen- & Vulkanland"


def test_a_headline_that_names_the_site_is_still_the_headline():
    page = f"""<html><head><title>Introducing Jane Doe, New CEO at Experience - Experience</title>
    <meta property="og:site_name" content="Experience">
    <meta property="og:title" content="Introducing Jane Doe, New CEO at Experience"></head><body><article>
    <h1>Introducing Jane Doe, New CEO at Experience</h1>{_ARTICLE_BODY}</article>
    <footer><h1>Other pages</h1></footer></body></html>"""
    assert extract_article(page).title == "Introducing Jane Doe, New CEO at Experience"
    assert strip_site_name("Experience - Introducing Jane Doe", "Experience", "") == "Introducing Jane Doe"


def test_a_section_name_is_no_title():
    """'News - Site' and a hidden 'News' <h1> name the section: the headline the metadata
    confirms is the title; with no metadata, the page's own headline."""
    page = f"""<html><head><title>News - Eawag</title>
    <meta property="og:title" content="Auf das erste Elektron kommt es an"></head><body>
    <h1 class="pagetitle hidden">News</h1><article><h1>Auf das erste Elektron kommt es an</h1>
    {_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Auf das erste Elektron kommt es an"
    home = f"""<html><head><title>Home</title></head><body><article><h1>Time to say goodbye</h1>
    {_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(home).title == "Time to say goodbye"
    # the page that is itself "About us" keeps that name
    about = home.replace("<title>Home</title>", "<title>About us</title>").replace("Time to say goodbye", "About us")
    assert extract_article(about).title == "About us"


def test_a_separator_left_dangling_is_dropped():
    """A template's "<title> - <site>" with the site left empty: the title without the dash."""
    page = f"""<html><head><title>Heizjacken von Bosch -</title></head><body><article>
    <h2>Warm bei der Arbeit</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Heizjacken von Bosch"


def test_a_title_is_not_cut_at_a_quotation_mark():
    """A publishing system that writes content="... de "incapacitado"" unescaped cuts the
    sharing title at the quote: the <title> that goes on is the title."""
    page = f"""<html><head><title>Senador republicano califica a Biden de "incapacitado"</title>
    <meta property="og:title" content="Senador republicano califica a Biden de "></head><body><article>
    <h2>Internacional</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == 'Senador republicano califica a Biden de "incapacitado"'


def test_a_kicker_set_apart_from_the_headline_is_not_glued_to_it():
    """<h1><span class="overline">kicker</span>"headline"</h1>: written as the metadata writes
    the two together, or with a space between them; a word split by markup stays one."""
    page = f"""<html><head><meta property="og:title" content='Die Zukunft der Arbeit - "Wir dekorieren um"'>
    </head><body><article><h1><span class="overline">Die Zukunft der Arbeit</span>"Wir dekorieren um"</h1>
    {_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == 'Die Zukunft der Arbeit - "Wir dekorieren um"'
    bare = re.sub(r"<meta[^>]*>", "", page)
    assert extract_article(bare).title == 'Die Zukunft der Arbeit "Wir dekorieren um"'
    word = bare.replace('"Wir dekorieren um"', "s neue Regeln")
    assert extract_article(word).title == "Die Zukunft der Arbeits neue Regeln"
    # the metadata's form only where it sets the parts apart, not for its plainer apostrophe
    typography = f"""<html><head><meta property="og:title" content="Editor's Letter: bye, hi"></head><body>
    <article><h1><em>Editor’s Letter</em>: bye, hi</h1>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(typography).title == "Editor’s Letter: bye, hi"


def test_the_site_name_alone_is_no_title():
    """<title>ICON • ICON Magazine</title> and a logo <h1> linking home name only the site:
    the heading the article starts with is its title."""
    page = f"""<html><head><title>ICON • ICON Magazine</title><meta property="og:site_name" content="ICON Magazine">
    <meta property="og:title" content="ICON Magazine"></head><body>
    <header><h1 class="head-title"><a href="https://iconmagazine.example/">ICON Magazine</a></h1></header>
    <article><h2>Davor und Danach</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Davor und Danach"


def test_the_site_name_the_home_link_gives_comes_off_the_title():
    """A site's name is also the <h1> that links to its home page: taken off the title, and
    where the template glued it on with no separator, too."""
    page = f"""<html><head>
    <meta property="og:title" content="Truckwash A31Das andere Branchenbuch | Das andere Branchenbuch">
    </head><body><header><h1 class="site-title"><a href="https://branchen.example/" rel="home">Das andere
    Branchenbuch</a></h1></header><article><h1 class="page-title">Truckwash A31</h1>{_ARTICLE_BODY}
    </article></body></html>"""
    assert extract_article(page).title == "Truckwash A31"


def test_a_site_name_with_accents_matches_its_address():
    page = f"""<html><head><title>Roasted Chicken with Oriental Rice Recipe | Nestlé Family ME</title>
    <link rel="canonical" href="https://www.nestle-family.example/en/recipes/chicken"></head><body><article>
    <h2>Ingredients</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Roasted Chicken with Oriental Rice Recipe"


def test_a_headline_that_looks_like_the_site_name_counts_where_the_metadata_says_it():
    page = f"""<html><head><title>15 Jahre rete-mirabile.net — rete-mirabile.net</title>
    <meta property="og:site_name" content="rete-mirabile.net">
    <script type="application/ld+json">{{"@type": "BlogPosting", "headline": "15 Jahre rete-mirabile.net"}}</script>
    </head><body><article><h1>15 Jahre rete-mirabile.net</h1>{_ARTICLE_BODY}<h2>Onward</h2>
    {_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "15 Jahre rete-mirabile.net"


def test_a_page_saved_from_the_wayback_machine_knows_its_site():
    """The archive's addresses stand for the site's own: its home link names the site, also
    after a spaced colon (which is no separator otherwise: French headlines use it)."""
    page = f"""<html><head><title>Muffin Grundrezept : Muffin Rezepte</title></head><body><header>
    <h1 class="logo"><a href="https://web.archive.org/web/20160330101229/http://muffinrezept.example/">Muffin
    Rezepte</a></h1></header><article><h2>Zutaten</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Muffin Grundrezept"
    french = page.replace("Muffin Grundrezept : Muffin Rezepte", "Coronavirus : le point sur la situation")
    assert extract_article(french).title == "Coronavirus : le point sur la situation"


def test_a_site_name_with_umlauts_matches_its_spelled_out_address():
    page = f"""<html><head><title>Blockhaus Typ 3 in Ludorf | Müritzurlauber</title>
    <link rel="canonical" href="http://www.mueritzurlauber.example/blockhaus-typ-3/"></head><body><article>
    <h2>Ausstattung</h2>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Blockhaus Typ 3 in Ludorf"


def test_the_post_title_above_a_byline_is_the_title():
    """A blog's page whose <title> and logo name only the blog: the post's heading a byline
    away from the article's first paragraph is its title, also where the extractor left it out."""
    page = f"""<html><head><title>blog | Echte Demokratie Jetzt</title></head><body><header><h1>
    <a href="/" rel="home">Echte Demokratie Jetzt</a></h1></header><div id="content"><div class="post">
    <h2 class="entry-title"><a href="/blog/liebe-menschen/" rel="bookmark">Liebe Menschen Europas</a></h2>
    <div class="entry-meta">Publiziert am 13. Januar 2014 von uriebe</div>
    <div class="entry-content">{_ARTICLE_BODY}</div></div></div></body></html>"""
    extracted = extract_article(page)
    assert extracted.title == "Liebe Menschen Europas"
    assert extracted.text.splitlines()[0] == "Liebe Menschen Europas"


def test_a_declared_title_written_through_the_wrong_charset_is_repaired():
    """'NPCÂ´s' in the <title> is the site's own UTF-8 read as Windows-1252: repaired, it
    confirms the visible headline, and the blog's name beside it comes off."""
    page = f"""<html><head><title>PaiNs Blog : Silkroad Roc Mountain Quests und NPCÂ´s</title></head><body>
    <article><h1>Silkroad Roc Mountain Quests und NPC’s</h1>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "Silkroad Roc Mountain Quests und NPC’s"
    sharing = page.replace("<title>", '<meta property="og:title" content="Ã„rger im Bundestag"><title>')
    sharing = sharing.replace("<h1>Silkroad Roc Mountain Quests und NPC’s</h1>", "")
    assert extract_article(sharing).title == "Ärger im Bundestag"


def test_a_page_named_in_the_site_menu_gives_way_to_its_headline():
    """'About Us - Shabka' names where the page sits in the site's menu; its own headline is
    the title. A page named so that its menu does not list stays so named."""
    page = f"""<html><head><meta property="og:title" content="About Us - Shabka">
    <meta property="og:site_name" content="Shabka"></head><body><nav><ul><li><a href="/">Shabka</a></li>
    <li><a href="/about-us/">About Us</a></li><li><a href="/projects/">Projects</a></li></ul></nav>
    <article><h1>The strategic Think &amp; Do Tank</h1>{_ARTICLE_BODY}</article></body></html>"""
    assert extract_article(page).title == "The strategic Think & Do Tank"
    # a list of posts is no menu: a post it names keeps its title
    posts = page.replace("<nav>", "<aside>").replace("</nav>", "</aside>")
    assert extract_article(posts).title == "About Us"


def test_the_site_name_and_its_motto_come_off_the_title():
    page = f"""<html><head><title>Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv |
    Ermittlungen zum Verfall eines Genres | Gegründet 2005</title></head><body><header><h1>
    <a href="http://archiv.krimiblog.example/">Krimiblog-Archiv</a></h1></header><div class="post">
    <h2>Das vermutlich schwulste Musikvideo der Welt</h2>{_ARTICLE_BODY}</div></body></html>"""
    assert extract_article(page).title == "Das vermutlich schwulste Musikvideo der Welt"


def test_a_site_name_glued_with_a_hyphen_comes_off_a_chinese_title():
    """Between Chinese letters a hyphen joins no words: '...城！-新华网' is a headline and the
    site's name, which the page's breadcrumb links home with."""
    sentence = "正是有了英勇的你们，才有这座英雄的城！疫情虽在持续，但希望就在继续努力之中。"
    body = "".join(f"<p>{i}：{sentence}</p>" for i in range(8))
    page = f"""<html><head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body>
    <div class="news-position"><a href="http://www.xinhuanet.example/">新华网</a> 正文</div>
    <div class="article">{body}</div></body></html>"""
    url = "http://www.xinhuanet.example/local/2020-02/19/c_1125597921.htm"
    assert extract_article(page, url).title == "武汉的声音：有英勇的你，才有英雄的城！"
    # a link to another site's home page does not name this one
    other = page.replace("http://www.xinhuanet.example/", "http://www.partner.example/")
    assert extract_article(other, url).title == "武汉的声音：有英勇的你，才有英雄的城！-新华网"


def test_a_path_of_sections_is_no_title():
    """'Synchronschwimmen - Aktuelles - Synchronschwimmen | Verband' is a breadcrumb: the
    heading the article starts with is the title, not an <h1> of the sidebar."""
    page = f"""<html><head><title>Synchronschwimmen - Aktuelles - Synchronschwimmen | Schwimm-Verband</title>
    </head><body><aside><h1>Unsere Partner - Synchronschwimmen</h1><p>Hotels buchen</p></aside><article>
    <h2>Levelpässe für das Synchronschwimmen können ab sofort bestellt werden</h2>{_ARTICLE_BODY}</article>
    </body></html>"""
    assert extract_article(page).title == "Levelpässe für das Synchronschwimmen können ab sofort bestellt werden"
    path = "Synchronschwimmen - Aktuelles - Synchronschwimmen | Schwimm-Verband"
    headline = page.replace(path, "Levelpässe ab sofort")
    assert extract_article(headline).title == "Levelpässe ab sofort"
