<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Triptych</source>
        <translation>Über Triptych</translation>
    </message>
    <message>
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>Ein Lese- und Annotationstisch für eine Geschichte, die in mehreren Sprachen erzählt wird.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Lizenz: GPL-3.0 oder neuer.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>Mitgelieferte Schriften</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
    <message>
        <source>Delete highlight “%1”</source>
        <translation>Markierung „%1“ löschen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Markierung neu verankern</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>Recolour tag</source>
        <translation>Schlagwort umfärben</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Link passages (%1)</source>
        <translation>Passagen verknüpfen (%1)</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <source>Keep note</source>
        <translation>Notiz behalten</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Filter by quote or note</source>
        <translation>Nach Zitat oder Notiz filtern</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Nach Dokument</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Verankert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <source>Note (saved as you type):</source>
        <translation>Notiz (wird beim Tippen gespeichert):</translation>
    </message>
    <message>
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>Schlagwörter (Enter fügt hinzu; Doppelklick entfernt eines):</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>An Auswahl verankern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Jedes Dokument</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(ohne Schlagwort)</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Die andere Fassung behalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Jeder Autor</translation>
    </message>
    <message>
        <source>%1 changed this note while you were typing. Their text:</source>
        <translation>%1 hat diese Notiz geändert, während Sie tippten. Der andere Text:</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were typing. Their text:</source>
        <translation>Jemand anderes hat diese Notiz geändert, während Sie tippten. Der andere Text:</translation>
    </message>
</context>
<context>
    <name>ArticleImports</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>In der Zwischenablage ist kein Text, aus dem sich ein Artikel machen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>%Ln Artikel importiert.</numerusform>
            <numerusform>%Ln Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld *.qdpx);;W3C Web Annotations or Hypothesis (*.json *.jsonld);;REFI-QDA project (*.qdpx)</source>
        <translation>Anmerkungen (*.json *.jsonld *.qdpx);;W3C Web Annotations oder Hypothesis (*.json *.jsonld);;REFI-QDA-Projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>%1 Anmerkungen, %2 Schlagwörter, %3 Verknüpfungen importiert.</translation>
    </message>
    <message>
        <source>%1 were already in the library.</source>
        <translation>%1 waren schon in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Claims &amp;matrix</source>
        <translation>Aussagen&amp;matrix</translation>
    </message>
    <message>
        <source>Which article makes which claim, and what only one of them says</source>
        <translation>Welcher Artikel was aussagt, und was nur einer von ihnen sagt</translation>
    </message>
    <message>
        <source>Show suggested correspondences</source>
        <translation>Vorgeschlagene Entsprechungen zeigen</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Compare mode is off: the panes do not show which passages correspond. %1 turns it on.</source>
        <translation>Der Vergleichsmodus ist aus: Die Bereiche zeigen nicht, welche Stellen einander entsprechen. %1 schaltet ihn ein.</translation>
    </message>
    <message>
        <source>Turn on Compare mode</source>
        <translation>Vergleichsmodus einschalten</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <comment>an absent cell&apos;s tooltip: %1 is the article&apos;s title</comment>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the relations of a linked claim: Linked (Same claim, Contradicts)</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a quote&apos;s translation in a claims tooltip: %1 the language (English), %2 the translation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Quotes in %1</source>
        <comment>%1: the language the articles were compared through</comment>
        <translation>Zitate auf %1</translation>
    </message>
    <message>
        <source>Open two articles or more to see which claims they share.</source>
        <translation>Öffnen Sie zwei oder mehr Artikel, um zu sehen, welche Aussagen sie teilen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims: %1 linked, %2 tagged, %3 suggested</source>
        <translation>
            <numerusform>Aussagen: %Ln (verknüpft: %1, verschlagwortet: %2, vorgeschlagen: %3)</numerusform>
            <numerusform>Aussagen: %Ln (verknüpft: %1, verschlagwortet: %2, vorgeschlagen: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Nur in %1 (%2)</translation>
    </message>
    <message>
        <source>What only one article says</source>
        <translation>Was nur ein Artikel sagt</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <comment>what only one article says: nothing</comment>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote in the claims Markdown file, in the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <comment>a quote and its translation in the claims Markdown file: %1 the quote, %2 the language (English), %3 the translation</comment>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the claims matrix</source>
        <translation>Aussagenmatrix speichern</translation>
    </message>
    <message>
        <source>Saved the claims matrix to %1</source>
        <translation>Die Aussagenmatrix wurde unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <source>meaning, e.g. claim</source>
        <translation>Bedeutung, z. B. Behauptung</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Link the two passages: %1</source>
        <translation>Die beiden Stellen verknüpfen: %1</translation>
    </message>
    <message>
        <source>Link as:</source>
        <translation>Verknüpfen als:</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that opens the legend of Compare mode&apos;s colours</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Was die Farben bedeuten</translation>
    </message>
    <message>
        <source>What the colours of Compare mode mean</source>
        <translation>Was die Farben des Vergleichsmodus bedeuten</translation>
    </message>
    <message>
        <source>Suggested: the desk found it; nothing is stored until you link it</source>
        <translation>Vorgeschlagen: vom Programm gefunden; nichts wird gespeichert, bevor Sie es verknüpfen</translation>
    </message>
    <message>
        <source>Your link: %1</source>
        <translation>Ihre Verknüpfung: %1</translation>
    </message>
    <message>
        <source>In the margin: only this article says this</source>
        <translation>Am Rand: Das sagt nur dieser Artikel</translation>
    </message>
    <message>
        <source>Underlined: the sentence under the pointer, and its counterparts, each in the colour and line shown above</source>
        <translation>Unterstrichen: der Satz unter dem Zeiger und seine Entsprechungen, jede in der Farbe und Linie wie oben gezeigt</translation>
    </message>
    <message>
        <source>Your link with %1: %2</source>
        <comment>%1: an article, e.g. &apos;German&apos;; %2: the relation</comment>
        <translation>Ihre Verknüpfung (%1): %2</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · Wert %2 · %3</translation>
    </message>
    <message>
        <source>Strong match</source>
        <translation>Starke Übereinstimmung</translation>
    </message>
    <message>
        <source>Likely match</source>
        <translation>Wahrscheinliche Übereinstimmung</translation>
    </message>
    <message>
        <source>Weak match</source>
        <translation>Schwache Übereinstimmung</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Likely</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>gleiche Wörter</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>your link</source>
        <translation>Ihre Verknüpfung</translation>
    </message>
    <message>
        <source>through a third article</source>
        <translation>über einen dritten Artikel</translation>
    </message>
    <message>
        <source>Only this article says this: no other open article has a counterpart.</source>
        <translation>Das sagt nur dieser Artikel: Kein anderer geöffneter Artikel hat eine Entsprechung.</translation>
    </message>
    <message>
        <source>%1: no counterpart found on names, numbers, dates and quotations</source>
        <translation>%1: kein Gegenstück über Namen, Zahlen, Daten und Zitate gefunden</translation>
    </message>
    <message>
        <source>%1: only this article says this; no other open article has a counterpart.</source>
        <translation>%1: Das sagt nur dieser Artikel; kein anderer geöffneter Artikel hat eine Entsprechung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared on names, numbers, dates and quotations only: none has a translation into %1</source>
        <translation>
            <numerusform>%Ln Artikel nur über Namen, Zahlen, Daten und Zitate verglichen: Er hat keine Übersetzung (%1)</numerusform>
            <numerusform>%Ln Artikel nur über Namen, Zahlen, Daten und Zitate verglichen: Keiner hat eine Übersetzung (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared through %1</source>
        <translation>
            <numerusform>%Ln Artikel über %1 verglichen</numerusform>
            <numerusform>%Ln Artikel über %1 verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on a translation into %1</source>
        <translation>
            <numerusform>%Ln Artikel über eine Übersetzung (%1)</numerusform>
            <numerusform>%Ln Artikel über eine Übersetzung (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) partly on a translation into %1</source>
        <translation>
            <numerusform>%Ln Artikel teilweise über eine Übersetzung (%1)</numerusform>
            <numerusform>%Ln Artikel teilweise über eine Übersetzung (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) written in %1</source>
        <translation>
            <numerusform>%Ln Artikel in der Vergleichssprache (%1)</numerusform>
            <numerusform>%Ln Artikel in der Vergleichssprache (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on names, numbers, dates and quotations only</source>
        <translation>
            <numerusform>%Ln Artikel nur über Namen, Zahlen, Daten und Zitate</numerusform>
            <numerusform>%Ln Artikel nur über Namen, Zahlen, Daten und Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of what Compare mode compared the articles on</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <comment>%1: how many articles on what, e.g. &apos;2 articles on a translation into English&apos;</comment>
        <translation>Verglichen: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how many suggestions; how many passages in one article only</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) in all</source>
        <comment>correspondences Compare mode suggests between all the open articles (F8 counts those of one article)</comment>
        <translation>
            <numerusform>%Ln Vorschlag insgesamt</numerusform>
            <numerusform>%Ln Vorschläge insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only here</source>
        <comment>passages in one article only, where the bar is narrow (as the &apos;Only here&apos; button says)</comment>
        <translation>
            <numerusform>%Ln nur hier</numerusform>
            <numerusform>%Ln nur hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) in one article only</source>
        <translation>
            <numerusform>%Ln Stelle ohne Gegenstück</numerusform>
            <numerusform>%Ln Stellen ohne Gegenstück</numerusform>
        </translation>
    </message>
    <message>
        <source>Open two articles or more to compare them.</source>
        <translation>Öffnen Sie zwei oder mehr Artikel, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared</source>
        <translation>
            <numerusform>%Ln Artikel verglichen</numerusform>
            <numerusform>%Ln Artikel verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no passage of one article was found in another. Their translations share too few words for a sure match: link what you find with “Link to another passage…”.</source>
        <translation>%1: keine Passage eines Artikels wurde in einem anderen gefunden. Ihre Übersetzungen haben zu wenige Wörter gemeinsam für eine sichere Entsprechung: Verknüpfen Sie, was Sie finden, mit „Mit anderer Passage verknüpfen…“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared: no passage found in common</source>
        <translation>
            <numerusform>%Ln Artikel verglichen: keine gemeinsame Passage gefunden</numerusform>
            <numerusform>%Ln Artikel verglichen: keine gemeinsame Passage gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked (%1): %2 ↔ %3: “%4”</source>
        <translation>Verknüpft (%1): %2 ↔ %3: „%4“</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3: “%4”</source>
        <translation>%1: %2 ↔ %3: „%4“</translation>
    </message>
    <message>
        <source>%1. Hover over or click a sentence to see its counterparts.</source>
        <comment>%1: how many suggestions; how many passages in one article only</comment>
        <translation>%1. Auf einen Satz zeigen: seine Entsprechungen.</translation>
    </message>
    <message>
        <source>Hover over or click a sentence to see its counterparts.</source>
        <translation>Auf einen Satz zeigen: seine Entsprechungen.</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>&amp;Compare</source>
        <extracomment>The passages of the claim lit from the claims dock, each with the relation whose colour and line it is underlined in (&quot;&quot; for a suggestion&apos;s).</extracomment>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare mode</source>
        <translation>&amp;Vergleichsmodus</translation>
    </message>
    <message>
        <source>Show which passages of the open articles say the same thing</source>
        <translation>Zeigen, welche Stellen der geöffneten Artikel dasselbe sagen</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>The next suggested correspondence</source>
        <translation>Die nächste vorgeschlagene Entsprechung</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>Vor&amp;heriger Vorschlag</translation>
    </message>
    <message>
        <source>The previous suggested correspondence</source>
        <translation>Die vorherige vorgeschlagene Entsprechung</translation>
    </message>
    <message>
        <source>Next passage found &amp;only here</source>
        <translation>Nächste Stelle, die nur hier s&amp;teht</translation>
    </message>
    <message>
        <source>The next passage that no other open article has</source>
        <translation>Die nächste Stelle, die kein anderer geöffneter Artikel hat</translation>
    </message>
    <message>
        <source>Previous passage found only &amp;here</source>
        <translation>Vorherige &amp;Stelle, die nur hier steht</translation>
    </message>
    <message>
        <source>The previous passage that no other open article has</source>
        <translation>Die vorherige Stelle, die kein anderer geöffneter Artikel hat</translation>
    </message>
    <message>
        <source>&amp;Accept as the same claim</source>
        <translation>&amp;Als dieselbe Aussage übernehmen</translation>
    </message>
    <message>
        <source>Link the current suggestion as the same claim</source>
        <translation>Den aktuellen Vorschlag als dieselbe Aussage verknüpfen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>The articles could not be compared; the log has the details.</source>
        <translation>Die Artikel konnten nicht verglichen werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Compared on names, numbers, dates and quotations only: this article has no %1 translation yet.</source>
        <translation>Nur über Namen, Zahlen, Daten und Zitate verglichen: Dieser Artikel hat noch keine Übersetzung (%1).</translation>
    </message>
    <message>
        <source>No %1 translation: compared on names and numbers</source>
        <translation>Keine Übersetzung (%1): nach Namen und Zahlen verglichen</translation>
    </message>
    <message>
        <source>No %1 translation</source>
        <translation>Keine Übersetzung (%1)</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>Keine Übersetzung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 sentences have no %2 translation: they are compared on names, numbers, dates and quotations.</source>
        <translation>
            <numerusform>%Ln von %1 Sätzen hat keine Übersetzung (%2): Er wird über Namen, Zahlen, Daten und Zitate verglichen.</numerusform>
            <numerusform>%Ln von %1 Sätzen haben keine Übersetzung (%2): Sie werden über Namen, Zahlen, Daten und Zitate verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences without %1 translation</source>
        <translation>
            <numerusform>%Ln Satz ohne Übersetzung (%1)</numerusform>
            <numerusform>%Ln Sätze ohne Übersetzung (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>To get one: switch this pane to Translation, made by the installed model, or load your own with Translation ▸ Load a translation…</source>
        <translation>So kommt eine Übersetzung dazu: diesen Bereich auf „Übersetzung“ umschalten – das installierte Modell übersetzt ihn – oder eine eigene laden mit Übersetzung ▸ Übersetzung laden…</translation>
    </message>
    <message>
        <source>To get one: Translation ▸ Load a translation…, or switch this pane to Translation with a model installed.</source>
        <translation>So kommt eine Übersetzung dazu: Übersetzung ▸ Übersetzung laden… oder, mit installiertem Modell, diesen Bereich auf „Übersetzung“ umschalten.</translation>
    </message>
    <message>
        <source>This article has no suggested counterparts.</source>
        <translation>Für diesen Artikel gibt es keine vorgeschlagenen Entsprechungen.</translation>
    </message>
    <message>
        <source>This is the only suggestion</source>
        <translation>Das ist der einzige Vorschlag</translation>
    </message>
    <message>
        <source>Back to the first suggestion</source>
        <translation>Wieder beim ersten Vorschlag</translation>
    </message>
    <message>
        <source>Back to the last suggestion</source>
        <translation>Wieder beim letzten Vorschlag</translation>
    </message>
    <message>
        <source>%3: suggestion %1 of %2</source>
        <translation>%3: Vorschlag %1 von %2</translation>
    </message>
    <message>
        <source>%3: found only here, %1 of %2</source>
        <translation>%3: nur hier, %1 von %2</translation>
    </message>
    <message>
        <source>Everything this article says has a counterpart.</source>
        <translation>Zu allem, was dieser Artikel sagt, gibt es eine Entsprechung.</translation>
    </message>
    <message>
        <source>This is the only passage found only here</source>
        <translation>Das ist die einzige Stelle, die nur hier steht</translation>
    </message>
    <message>
        <source>Back to the first passage found only here</source>
        <translation>Wieder bei der ersten Stelle, die nur hier steht</translation>
    </message>
    <message>
        <source>Back to the last passage found only here</source>
        <translation>Wieder bei der letzten Stelle, die nur hier steht</translation>
    </message>
    <message>
        <source>Linked: %1. %2 takes it back.</source>
        <translation>Verknüpft: %1. %2 nimmt es zurück.</translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>AnewZ (Russian edition)</source>
        <translation>AnewZ (russische Ausgabe)</translation>
    </message>
    <message>
        <source>Arabic-language news site</source>
        <translation>Arabischsprachige Nachrichtenseite</translation>
    </message>
    <message>
        <source>AnewZ (German edition)</source>
        <translation>AnewZ (deutsche Ausgabe)</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <source>Where is the library now?</source>
        <translation>Wo ist die Bibliothek jetzt?</translation>
    </message>
    <message>
        <source>Triptych library (*.sqlite3)</source>
        <translation>Triptych-Bibliothek (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>That password is not right. The password of “%1”:</source>
        <translation>Dieses Passwort stimmt nicht. Das Passwort für „%1“:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Its password:</source>
        <translation>„%1“ ist durch ein Passwort geschützt. Sein Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>Address of the web page or PDF (Triptych fetches it once, now):</source>
        <translation>Adresse der Webseite oder des PDFs (Triptych lädt sie einmal, jetzt):</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Interlinear</source>
        <translation>Interlinear</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>Original, Übersetzung, beides interlinear oder nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Übersetzung zeigen</translation>
    </message>
    <message>
        <source>Switch this pane to its translation, made by the installed model</source>
        <translation>Diesen Bereich auf seine Übersetzung durch das installierte Modell umschalten</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>von rechts nach links</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>von links nach rechts</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgUp)</source>
        <translation>Diesen Bereich um eine Stelle nach links (Strg+Umschalt+Bild auf)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgDown)</source>
        <translation>Diesen Bereich um eine Stelle nach rechts (Strg+Umschalt+Bild ab)</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation>Diesen Bereich schließen (Strg+W)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgUp)</source>
        <translation>Diesen Bereich um eine Stelle nach rechts verschieben (Strg+Umschalt+Bild auf)</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgDown)</source>
        <translation>Diesen Bereich um eine Stelle nach links verschieben (Strg+Umschalt+Bild ab)</translation>
    </message>
    <message>
        <source>Translating… %1 of %2 sentences</source>
        <translation>Übersetze… %1 von %2 Sätzen</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>Auf dieser Seite ließ sich kein Artikel ausmachen: Das ist ihr ganzer Text.</translation>
    </message>
    <message>
        <source>One block of page furniture left out</source>
        <translation>Ein Block Seitenbeiwerk ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks of page furniture left out</source>
        <translation>
            <numerusform>%Ln Block Seitenbeiwerk ausgelassen</numerusform>
            <numerusform>%Ln Blöcke Seitenbeiwerk ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Ganze Seite anzeigen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>Nebeneinander, absatzweise ausgerichtet (Querformat)</translation>
    </message>
    <message>
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>Die Übersetzung (%1) unter jeden Satz setzen, wo es eine gibt</translation>
    </message>
    <message>
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>Nur Absätze mit Anmerkungen (kurzes Briefing)</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV für Tabellenprogramme (UTF-8 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Add the claims matrix: which article makes which claim (two or more articles)</source>
        <translation>Aussagenmatrix hinzufügen: welcher Artikel was aussagt (zwei oder mehr Artikel)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose at least one article.</source>
        <translation>Wählen Sie mindestens einen Artikel.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The export failed; the details are in the log.</source>
        <translation>Der Export ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Paint the highlights into the pages, for printing (no PDF annotations)</source>
        <translation>Markierungen in die Seiten malen, zum Drucken (keine PDF-Anmerkungen)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>In diesem Artikel suchen (ohne Rücksicht auf Groß-/Kleinschreibung, diakritische Zeichen und Schreibvarianten)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported:</source>
        <translation>Aus %1 lässt sich nichts importieren:</translation>
    </message>
    <message>
        <source>%1 annotations and %2 links from %3 can be imported; %4 items cannot:</source>
        <translation>%1 Anmerkungen und %2 Verknüpfungen aus %3 lassen sich importieren, %4 Einträge nicht:</translation>
    </message>
    <message>
        <source>%1 new articles, %2 annotations and %3 links from %4 can be imported; %5 items cannot:</source>
        <translation>%1 neue Artikel, %2 Anmerkungen und %3 Verknüpfungen aus %4 lassen sich importieren, %5 Einträge nicht:</translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Die übrigen importieren</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Nichts importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Which language?</source>
        <translation>Welche Sprache?</translation>
    </message>
    <message>
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>Triptych kann die Sprache von „%1“ nicht sicher erkennen. In welcher Sprache ist er?</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Open beside the others</source>
        <translation>Neben den anderen öffnen</translation>
    </message>
    <message>
        <source>Filter by title, source or language</source>
        <translation>Nach Titel, Quelle oder Sprache filtern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the selected articles beside the others</source>
        <translation>Doppelklick oder Eingabetaste öffnet die ausgewählten Artikel neben den anderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>Auf dieser Seite ließ sich kein Artikel abgrenzen: Das ist ihr ganzer Text.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>bundled with Triptych</source>
        <translation>mit Triptych geliefert</translation>
    </message>
    <message>
        <source>%1, bundled with Triptych</source>
        <translation>%1, mit Triptych geliefert</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>All kinds of link</source>
        <translation>Alle Arten von Verknüpfungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>Shared library %1, as %2</source>
        <translation>Gemeinsame Bibliothek %1, als %2</translation>
    </message>
    <message>
        <source>Shared library %1</source>
        <translation>Gemeinsame Bibliothek %1</translation>
    </message>
    <message>
        <source>Colleagues&apos; changes appear as they make them.</source>
        <translation>Änderungen von Kollegen erscheinen, sobald sie sie vornehmen.</translation>
    </message>
    <message>
        <source>Shared library %1 cannot be reached; reconnecting…</source>
        <translation>Gemeinsame Bibliothek %1 nicht erreichbar; neue Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>What is on screen stays readable; changes are refused until the server answers again.</source>
        <translation>Was auf dem Bildschirm steht, bleibt lesbar; Änderungen werden abgelehnt, bis der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>The shared library answers again.</source>
        <translation>Die gemeinsame Bibliothek antwortet wieder.</translation>
    </message>
    <message>
        <source>The shared library cannot be reached: what is on screen stays readable, changes are refused until it answers again.</source>
        <translation>Die gemeinsame Bibliothek ist nicht erreichbar: Was auf dem Bildschirm steht, bleibt lesbar, Änderungen werden abgelehnt, bis sie wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>LostDatabaseBar</name>
    <message>
        <source>Library gone</source>
        <translation>Bibliothek verschwunden</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Use the file that is there now</source>
        <translation>Die Datei verwenden, die jetzt dort liegt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find in the current article (Ctrl+F)</source>
        <translation>Im aktuellen Artikel suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom in all panes</source>
        <translation>In allen Bereichen vergrößern</translation>
    </message>
    <message>
        <source>Zoom out all panes</source>
        <translation>In allen Bereichen verkleinern</translation>
    </message>
    <message>
        <source>Actual size in all panes</source>
        <translation>Originalgröße in allen Bereichen</translation>
    </message>
    <message>
        <source>&amp;Synchronise scrolling</source>
        <translation>&amp;Synchron blättern</translation>
    </message>
    <message>
        <source>Scroll all panes together, by proportion</source>
        <translation>Alle Bereiche gemeinsam blättern, anteilig</translation>
    </message>
    <message>
        <source>Notes in the ma&amp;rgin</source>
        <translation>Notizen am &amp;Rand</translation>
    </message>
    <message>
        <source>Show the notes of the highlights beside their passages (Ctrl+Shift+M)</source>
        <translation>Die Notizen der Markierungen neben ihren Stellen zeigen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the open articles with their highlights and notes, as the PDF export lays them out (Ctrl+P)</source>
        <translation>Die geöffneten Artikel mit ihren Markierungen und Notizen drucken, so wie der PDF-Export sie setzt (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Close pane</source>
        <translation>Bereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Remove the person&apos;s translation</source>
        <translation>Übersetzung eines Menschen &amp;entfernen</translation>
    </message>
    <message>
        <source>Move pane &amp;left</source>
        <translation>Bereich nach &amp;links</translation>
    </message>
    <message>
        <source>Move pane &amp;right</source>
        <translation>Bereich nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;About Triptych</source>
        <translation>&amp;Über Triptych</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the desk and its keys, searchable (F1)</source>
        <translation>Alle Befehle des Programms mit ihren Tastenkürzeln, durchsuchbar (F1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Load a translation…</source>
        <translation>Übersetzung &amp;laden…</translation>
    </message>
    <message>
        <source>A person&apos;s translation of the current article, from a text file</source>
        <translation>Die Übersetzung eines Menschen für den aktuellen Artikel, aus einer Textdatei</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of the current article into the target language; a model&apos;s stays</source>
        <translation>Die Übersetzung des aktuellen Artikels in die Zielsprache, die ein Mensch gemacht hat, entfernen; die eines Modells bleibt</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Übersetzung</translation>
    </message>
    <message>
        <source> Translate to: </source>
        <translation> Übersetzen nach: </translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>Übersetzungs&amp;modelle…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>Kein Artikel ist geöffnet. Öffnen Sie einen aus der Bibliothek oder importieren Sie einen mit Strg+O.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>&amp;Anmerkungen importieren…</translation>
    </message>
    <message>
        <source>Add articles to the library: text, Markdown, web pages, PDF, Word, OpenDocument, EPUB, scans</source>
        <translation>Artikel zur Bibliothek hinzufügen: Text, Markdown, Webseiten, PDF, Word, OpenDocument, EPUB, Scans</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>A&amp;dresse öffnen…</translation>
    </message>
    <message>
        <source>Fetch a web page or PDF and add its article (Ctrl+Shift+O)</source>
        <translation>Eine Webseite oder ein PDF laden und den Artikel hinzufügen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>New article from &amp;clipboard</source>
        <translation>Neuer Artikel aus der &amp;Zwischenablage</translation>
    </message>
    <message>
        <source>Make an article of what was copied (Ctrl+Shift+V)</source>
        <translation>Aus dem Kopierten einen Artikel machen (Strg+Umschalt+V)</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Übersetzungsmodelle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Aus Datei installieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Package index:</source>
        <translation>Paketverzeichnis:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Translations start from the token %1.</source>
        <translation>Übersetzungen beginnen mit dem Token %1.</translation>
    </message>
    <message>
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>Kein Modell ist installiert. Installieren Sie eine .argosmodel-Datei oder laden Sie eines herunter.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Abgebrochen; nichts wurde installiert.</translation>
    </message>
    <message>
        <source>That did not work; see the log.</source>
        <translation>Das hat nicht geklappt; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Installed the translation model %1 → %2.</source>
        <translation>Übersetzungsmodell %1 → %2 installiert.</translation>
    </message>
    <message>
        <source>Downloaded and installed the translation model %1 → %2.</source>
        <translation>Übersetzungsmodell %1 → %2 heruntergeladen und installiert.</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>Ein Übersetzungsmodell installieren</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos-Modelle (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Ein Modell herunterladen</translation>
    </message>
    <message>
        <source>Language pair (for example ar-en):</source>
        <translation>Sprachpaar (zum Beispiel ar-en):</translation>
    </message>
    <message>
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>Triptych verbindet sich mit %1, um das Modell herunterzuladen. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Link to another passage…</source>
        <translation>Mit anderer Passage &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <source>Highlight &amp;colours…</source>
        <translation>Markierungs&amp;farben…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>&amp;Notizbuch</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Markieren: %1</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Markieren Sie zuerst einen Text.</translation>
    </message>
    <message>
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>Wählen Sie zuerst die Passage im Artikel aus und dann erneut „Neu verankern“.</translation>
    </message>
    <message>
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>Klicken Sie zuerst auf eine Markierung und wählen Sie dann „Verknüpfen“.</translation>
    </message>
    <message>
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>Klicken Sie auf die Markierung, mit der verknüpft werden soll (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>%1 hat die Markierung gelöscht, zu der Sie eine Notiz schrieben; Ihre Notiz wurde an einer neuen Markierung derselben Passage behalten.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>Jemand anderes hat die Markierung gelöscht, zu der Sie eine Notiz schrieben; Ihre Notiz wurde an einer neuen Markierung derselben Passage behalten.</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were looking at.</source>
        <translation>%1 hat die Markierung gelöscht, die Sie gerade ansahen.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were looking at.</source>
        <translation>Jemand anderes hat die Markierung gelöscht, die Sie gerade ansahen.</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message>
        <source>Widen the pane for notes</source>
        <translation>Für Notizen den Bereich verbreitern</translation>
    </message>
    <message>
        <source>Notes in the margin need a pane at least %1 pixels wide in this view. Widen it (drag its edge, or close another pane), or hover a highlight to read its note.</source>
        <translation>Notizen am Rand brauchen in dieser Ansicht einen Bereich von mindestens %1 Pixel Breite. Verbreitern Sie ihn (am Rand ziehen oder einen anderen Bereich schließen) oder zeigen Sie auf eine Markierung, um ihre Notiz zu lesen.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Shared library</source>
        <translation>Gemeinsame Bibliothek</translation>
    </message>
    <message>
        <source>The shared library %1 asks for your password:</source>
        <translation>Die gemeinsame Bibliothek %1 fragt nach Ihrem Passwort:</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is used for this session only (keep it in ~/.pgpass to be asked no more).</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Passwort gilt nur für diese Sitzung (legen Sie es in ~/.pgpass ab, um nicht mehr gefragt zu werden).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>As the system has it (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>The author named in your exports</source>
        <translation>Der Autor, den Ihre Exporte nennen</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>As the system has it</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Latin script:</source>
        <translation>Lateinische Schrift:</translation>
    </message>
    <message>
        <source>Cyrillic script:</source>
        <translation>Kyrillische Schrift:</translation>
    </message>
    <message>
        <source>Arabic script:</source>
        <translation>Arabische Schrift:</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>Zeilenabstand:</translation>
    </message>
    <message>
        <source>Default faces and sizes</source>
        <translation>Standardschriften und -größen</translation>
    </message>
    <message>
        <source>Extend mouse selections to whole words</source>
        <translation>Mausauswahl auf ganze Wörter erweitern</translation>
    </message>
    <message>
        <source>A drag that starts or ends inside a word takes the whole word; Shift with the arrow keys still selects letter by letter.</source>
        <translation>Eine Mausauswahl, die in einem Wort beginnt oder endet, umfasst das ganze Wort; Umschalt mit den Pfeiltasten wählt weiterhin Buchstabe für Buchstabe aus.</translation>
    </message>
    <message>
        <source>Recorded with what you highlight, note and link, and named in exports.</source>
        <translation>Wird mit Ihren Markierungen, Notizen und Verknüpfungen gespeichert und in Exporten genannt.</translation>
    </message>
    <message>
        <source>Shared library:</source>
        <translation>Gemeinsame Bibliothek:</translation>
    </message>
    <message>
        <source>A PostgreSQL server your newsroom shares, used from the next start (empty: this computer&apos;s own library). Its password is never kept here.</source>
        <translation>Ein PostgreSQL-Server, den Ihre Redaktion teilt, ab dem nächsten Start verwendet (leer: die eigene Bibliothek dieses Computers). Sein Passwort wird hier nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Preparing the pages to print…</source>
        <translation>Seiten werden zum Drucken vorbereitet …</translation>
    </message>
    <message>
        <source>The pages could not be prepared for printing; the details are in the log.</source>
        <translation>Die Seiten ließen sich nicht zum Drucken vorbereiten; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Dateiordner</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles and annotations</source>
        <translation>Alle Artikel und Anmerkungen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>An action, a key or a menu</source>
        <translation>Ein Befehl, eine Taste oder ein Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>No action matches.</source>
        <translation>Kein Befehl passt.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Nest under…</source>
        <translation>Unterordnen…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %Ln highlight(s); they keep their other tags.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %Ln Markierung; sie behält ihre anderen Schlagwörter.</numerusform>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %Ln Markierungen; sie behalten ihre anderen Schlagwörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln sub-tag(s) move up one level.</source>
        <translation>
            <numerusform>Sein %Ln Unterschlagwort rückt eine Ebene auf.</numerusform>
            <numerusform>Seine %Ln Unterschlagwörter rücken eine Ebene auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Nest tag</source>
        <translation>Schlagwort unterordnen</translation>
    </message>
    <message>
        <source>Put it under:</source>
        <translation>Unterordnen unter:</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>Übersetzung abgebrochen; die schon übersetzten Sätze bleiben erhalten.</translation>
    </message>
    <message>
        <source>No translation model is installed: the sentences translated before are shown, the others are not translated.</source>
        <translation>Kein Übersetzungsmodell installiert: Die schon übersetzten Sätze werden gezeigt, die anderen sind nicht übersetzt.</translation>
    </message>
    <message>
        <source>The translation failed; the details are in the log.</source>
        <translation>Die Übersetzung ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Correct the translation</source>
        <translation>Übersetzung korrigieren</translation>
    </message>
    <message>
        <source>This is a person&apos;s translation (yours, or loaded from a file): what you type here replaces it.</source>
        <translation>Dies ist die Übersetzung eines Menschen (Ihre oder aus einer Datei geladen): Was Sie hier eingeben, ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>Open an article first: the translation is loaded for the current one.</source>
        <extracomment>The QSettings key of the folder the last translation file was loaded from.</extracomment>
        <translation>Öffnen Sie zuerst einen Artikel: Die Übersetzung wird für den aktuellen Artikel geladen.</translation>
    </message>
    <message>
        <source>Load a translation of “%1” into %2</source>
        <translation>Übersetzung von „%1“ laden (%2)</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load this file?</source>
        <translation>Diese Datei laden?</translation>
    </message>
    <message>
        <source>This file does not seem to be a translation of “%1”: it shares almost none of its names or numbers. Load it anyway?</source>
        <translation>Diese Datei scheint keine Übersetzung von „%1“ zu sein: Sie enthält fast keinen seiner Namen und keine seiner Zahlen. Trotzdem laden?</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>Übersetzung ersetzen?</translation>
    </message>
    <message>
        <source>%1 sentences of this article already have a translation by a person in this language. Put the file&apos;s translation in their place?</source>
        <translation>%1 Sätze dieses Artikels haben bereits eine Übersetzung von Menschenhand in dieser Sprache. Soll die Übersetzung aus der Datei an ihre Stelle treten?</translation>
    </message>
    <message>
        <source>Loaded the translation: %1 sentences in %2 paragraphs.</source>
        <translation>Übersetzung geladen: %1 Sätze in %2 Absätzen.</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation?</source>
        <translation>Übersetzung eines Menschen entfernen?</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of “%1” into %2 (%3 sentences)? The sentences loaded from a file and the corrections typed in the desk go alike: they are kept together and cannot be told apart. A model&apos;s translation of it stays.</source>
        <translation>Die Übersetzung eines Menschen von „%1“ (Sprache: %2, %3 Sätze) entfernen? Die aus einer Datei geladenen Sätze und die im Programm eingegebenen Korrekturen werden gleichermaßen entfernt: Sie werden zusammen gespeichert und lassen sich nicht unterscheiden. Die Übersetzung eines Modells bleibt.</translation>
    </message>
    <message>
        <source>Removed the person&apos;s translation: %1 sentences.</source>
        <translation>Übersetzung eines Menschen entfernt: %1 Sätze.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>A person&apos;s translation: no model replaces it. Double-click to change it.</source>
        <translation>Übersetzung eines Menschen: Kein Modell ersetzt sie. Doppelklicken, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Machine translation. Double-click to correct it.</source>
        <translation>Maschinelle Übersetzung. Doppelklicken, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>A person&apos;s translation</source>
        <translation>Übersetzung eines Menschen</translation>
    </message>
    <message>
        <source>Partly a person&apos;s translation</source>
        <translation>Teilweise Übersetzung eines Menschen</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Maschinelle Übersetzung</translation>
    </message>
</context>
<context>
    <name>WholePageDialog</name>
    <message>
        <source>The whole page</source>
        <translation>Die ganze Seite</translation>
    </message>
    <message numerus="yes">
        <source>The article keeps the blocks in black; the %Ln blocks in grey were left out as page furniture.</source>
        <translation>
            <numerusform>Der Artikel enthält die schwarzen Blöcke; der %Ln graue Block wurde als Seitenbeiwerk ausgelassen.</numerusform>
            <numerusform>Der Artikel enthält die schwarzen Blöcke; die %Ln grauen Blöcke wurden als Seitenbeiwerk ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the whole page</source>
        <translation>Die ganze Seite verwenden</translation>
    </message>
    <message>
        <source>Store all the page&apos;s text as the article&apos;s next version (highlights follow)</source>
        <translation>Den ganzen Text der Seite als nächste Fassung des Artikels speichern (Markierungen wandern mit)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>Triptych kann die beschädigte Datei unter anderem Namen daneben aufbewahren und mit einer neuen, leeren Datenbank beginnen.</translation>
    </message>
    <message>
        <source>Keep it and start a new database</source>
        <translation>Aufbewahren und neue Datenbank beginnen</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Something went wrong inside Triptych and the last action may not have finished. The details are in %1.</source>
        <translation>In Triptych ist ein interner Fehler aufgetreten; die letzte Aktion wurde möglicherweise nicht abgeschlossen. Die Einzelheiten stehen in %1.</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>Violett</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A different package already uses the folder {target_name}; remove it first.</source>
        <translation>Ein anderes Paket nutzt den Ordner {target_name} schon; entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>A passage cannot be linked to itself.</source>
        <translation>Eine Passage kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>A tag cannot be nested under itself or one of its own sub-tags.</source>
        <translation>Ein Schlagwort kann nicht sich selbst oder einem eigenen Unterschlagwort untergeordnet werden.</translation>
    </message>
    <message>
        <source>A tag name can have at most 80 characters.</source>
        <translation>Ein Schlagwort darf höchstens 80 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {value}.</source>
        <translation>Die Datenbank {path} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the model index at {index_url}: {value}.</source>
        <translation>Das Modellverzeichnis unter {index_url} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>{name} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence (perhaps {guess_language}); choose it with --lang.</source>
        <translation>Die Sprache von {name} ist nicht sicher zu erkennen (vielleicht {guess_language}); wählen Sie sie mit --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence; choose it with --lang.</source>
        <translation>Die Sprache von {name} ist nicht sicher zu erkennen; wählen Sie sie mit --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.</source>
        <translation>Die Textkodierung von {name} ist nicht zu erkennen; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>Das Bildschirmfoto {path} lässt sich nicht schreiben: {value}.</translation>
    </message>
    <message>
        <source>Give a document id (see `triptych list`).</source>
        <translation>Geben Sie eine Dokumentkennung an (siehe `triptych list`).</translation>
    </message>
    <message>
        <source>Give at least two articles to compare.</source>
        <translation>Geben Sie mindestens zwei Artikel zum Vergleichen an.</translation>
    </message>
    <message>
        <source>More than one document id starts with “{ref}”; type more of it.</source>
        <translation>Mehrere Dokumentkennungen beginnen mit „{ref}“; tippen Sie mehr davon.</translation>
    </message>
    <message>
        <source>No annotation has the id “{annotation_id}”.</source>
        <translation>Keine Anmerkung hat die Kennung „{annotation_id}“.</translation>
    </message>
    <message>
        <source>No document has the id “{ref}”; `triptych list` shows the ids.</source>
        <translation>Kein Dokument hat die Kennung „{ref}“; `triptych list` zeigt die Kennungen.</translation>
    </message>
    <message>
        <source>No translation model from {from_language} to {to_language} is installed; add one in the Models dialog or with `triptych models install`.</source>
        <translation>Kein Übersetzungsmodell von {from_language} nach {to_language} ist installiert; fügen Sie eines im Dialog „Modelle“ oder mit `triptych models install` hinzu.</translation>
    </message>
    <message>
        <source>No {pair} model is installed.</source>
        <translation>Kein {pair}-Modell ist installiert.</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Markieren Sie zuerst einen Text.</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>Diese Verknüpfung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Dieses Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>Die Datenbank {path} stammt von einer neueren Triptych-Version (Schema {version}; diese Version liest bis {SCHEMA_VERSION}); aktualisieren Sie Triptych oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>Das Herunterladen des Modells {from_code}-{to_code} ist fehlgeschlagen: {value}.</translation>
    </message>
    <message>
        <source>The model index at {index_url} is not a list of packages.</source>
        <translation>Das Modellverzeichnis unter {index_url} ist keine Paketliste.</translation>
    </message>
    <message>
        <source>The model index has no {from_code}-{to_code} model.</source>
        <translation>Das Modellverzeichnis hat kein Modell {from_code}-{to_code}.</translation>
    </message>
    <message>
        <source>The quote is not in {document_id}; it must match the text exactly.</source>
        <translation>Das Zitat steht nicht in {document_id}; es muss genau mit dem Text übereinstimmen.</translation>
    </message>
    <message>
        <source>There is no occurrence {occurrence} of the quote in {document_id} (occurrences found: {count}).</source>
        <translation>In {document_id} gibt es kein {occurrence}. Vorkommen des Zitats (gefundene Vorkommen: {count}).</translation>
    </message>
    <message>
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>Das Zitat kommt {value}-mal in {document_id} vor; wählen Sie eines mit --occurrence 1..{value}.</translation>
    </message>
    <message>
        <source>Comparing the articles was cancelled.</source>
        <translation>Der Vergleich der Artikel wurde abgebrochen.</translation>
    </message>
    <message>
        <source>It is a PDF without the plain text its program extracted; import the PDF itself.</source>
        <translation>Es ist ein PDF ohne den reinen Text, den sein Programm daraus gewonnen hat; importieren Sie das PDF selbst.</translation>
    </message>
    <message>
        <source>It is a memo that is not about a passage (a journal entry or a memo on a code, case or the project); Triptych keeps notes on passages only.</source>
        <translation>Es ist ein Memo, das keine Textstelle betrifft (ein Journaleintrag oder ein Memo zu einem Code, einem Fall oder dem Projekt); Triptych bewahrt Notizen nur zu Textstellen auf.</translation>
    </message>
    <message>
        <source>It is a picture (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Es ist ein Bild (codierte Teile darin: {count}); Triptych liest und annotiert nur Texte.</translation>
    </message>
    <message>
        <source>It is a video (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Es ist ein Video (codierte Teile darin: {count}); Triptych liest und annotiert nur Texte.</translation>
    </message>
    <message>
        <source>It is an audio recording (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Es ist eine Tonaufnahme (codierte Teile darin: {count}); Triptych liest und annotiert nur Texte.</translation>
    </message>
    <message>
        <source>It is not a text (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Es ist kein Text (codierte Teile darin: {count}); Triptych liest und annotiert nur Texte.</translation>
    </message>
    <message>
        <source>It marks no characters: its start and end are the same place.</source>
        <translation>Es umfasst kein Zeichen: Anfang und Ende liegen an derselben Stelle.</translation>
    </message>
    <message>
        <source>Its note on the whole project is not kept: Triptych keeps notes on passages.</source>
        <translation>Seine Notiz zum ganzen Projekt wird nicht übernommen: Triptych bewahrt Notizen zu Textstellen auf.</translation>
    </message>
    <message>
        <source>Its note on the whole source is not kept: Triptych keeps notes on passages.</source>
        <translation>Seine Notiz zur ganzen Quelle wird nicht übernommen: Triptych bewahrt Notizen zu Textstellen auf.</translation>
    </message>
    <message>
        <source>No person has translated “{title}” into {target_language}; nothing was removed.</source>
        <translation>Niemand hat „{title}“ übersetzt (Sprache: {target_language}); es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The descriptions of its codes are not kept (codes with one: {count}, the first “{name}”); Triptych&apos;s tags have a name, a colour and a parent only.</source>
        <translation>Die Beschreibungen seiner Codes werden nicht übernommen (Codes mit Beschreibung: {count}, der erste „{name}“); Schlagwörter in Triptych haben nur einen Namen, eine Farbe und ein übergeordnetes Schlagwort.</translation>
    </message>
    <message>
        <source>The text of this source is not in the project file, so its {count} coded passages cannot be placed.</source>
        <translation>Der Text dieser Quelle fehlt in der Projektdatei, daher können ihre codierten Textstellen (insgesamt {count}) nicht platziert werden.</translation>
    </message>
    <message>
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>Das Modell {info_pair}, Version {info_version}, ist schon installiert.</translation>
    </message>
    <message>
        <source>The {model_pair} model has no tokenizer Triptych can load (sentencepiece.model or bpe.model).</source>
        <translation>Das Modell {model_pair} hat keinen Tokenizer, den Triptych laden kann (sentencepiece.model oder bpe.model).</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon ein Schlagwort „{name}“.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”; merge the two instead.</source>
        <translation>Es gibt schon ein Schlagwort „{name}“; führen Sie die beiden lieber zusammen.</translation>
    </message>
    <message>
        <source>There is no tag called “{request_tag}”.</source>
        <translation>Es gibt kein Schlagwort „{request_tag}“.</translation>
    </message>
    <message>
        <source>There is nothing to export: the library is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Bibliothek ist leer.</translation>
    </message>
    <message>
        <source>These two passages are already linked that way.</source>
        <translation>Diese beiden Passagen sind schon so verknüpft.</translation>
    </message>
    <message>
        <source>Triptych compares up to {value} articles at once.</source>
        <translation>Triptych vergleicht höchstens {value} Artikel auf einmal.</translation>
    </message>
    <message>
        <source>{document_id} is given twice; compare two different articles.</source>
        <translation>{document_id} ist zweimal angegeben; vergleichen Sie zwei verschiedene Artikel.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({exc}); it was not installed.</source>
        <translation>{name} lässt sich nicht lesen ({exc}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} does not say which languages it translates (from_code, to_code).</source>
        <translation>{name} gibt nicht an, welche Sprachen es übersetzt (from_code, to_code).</translation>
    </message>
    <message>
        <source>{name} does not seem to be a translation of “{title}”: it shares almost none of its names or numbers; load it with --force if it is one (nothing was stored).</source>
        <translation>{name} scheint keine Übersetzung von „{title}“ zu sein: Die Datei enthält fast keinen seiner Namen und keine seiner Zahlen; laden Sie sie mit --force, wenn sie doch eine ist (es wurde nichts gespeichert).</translation>
    </message>
    <message>
        <source>{name} has a metadata.json that cannot be read.</source>
        <translation>{name} hat eine metadata.json, die sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>{name} has no metadata.json.</source>
        <translation>{name} hat keine metadata.json.</translation>
    </message>
    <message>
        <source>{name} has no model (model/model.bin is missing).</source>
        <translation>{name} enthält kein Modell (model/model.bin fehlt).</translation>
    </message>
    <message>
        <source>{name} has no model vocabulary.</source>
        <translation>{name} hat kein Modellvokabular.</translation>
    </message>
    <message>
        <source>{name} has no readable text.</source>
        <translation>{name} enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>{name} has no tokenizer (sentencepiece.model or bpe.model).</source>
        <translation>{name} hat keinen Tokenizer (sentencepiece.model oder bpe.model).</translation>
    </message>
    <message>
        <source>{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.</source>
        <translation>{name} enthält eine Datei, die außerhalb ihres Ordners landen würde ({entry_filename}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} holds a model or tokenizer that Triptych cannot run; it was not installed.</source>
        <translation>{name} enthält ein Modell oder einen Tokenizer, den Triptych nicht ausführen kann; es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} holds a symbolic link ({entry_filename}); it was not installed.</source>
        <translation>{name} enthält einen symbolischen Link ({entry_filename}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text; import .txt, .md or .html files.</source>
        <translation>{name} ist eine Binärdatei, kein Text; importieren Sie .txt-, .md- oder .html-Dateien.</translation>
    </message>
    <message>
        <source>{name} is damaged ({broken} does not read back); it was not installed.</source>
        <translation>{name} ist beschädigt ({broken} lässt sich nicht zurücklesen); es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} is damaged or cut short; it was not installed.</source>
        <translation>{name} ist beschädigt oder unvollständig; es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is not a translation model package (not a zip archive, or cut short).</source>
        <translation>{name} ist kein Übersetzungsmodellpaket (kein ZIP-Archiv oder unvollständig).</translation>
    </message>
    <message>
        <source>{name} is not a translation package.</source>
        <translation>{name} ist kein Übersetzungspaket.</translation>
    </message>
    <message>
        <source>{name} is too large to be a translation model.</source>
        <translation>{name} ist zu groß für ein Übersetzungsmodell.</translation>
    </message>
    <message>
        <source>{name} is too large to be the translation of an article.</source>
        <translation>{name} ist zu groß für die Übersetzung eines Artikels.</translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>{name} ist {value:.0f} MB groß; Triptych importiert Artikel bis {value2} MB.</translation>
    </message>
    <message>
        <source>{name} must hold exactly one package folder.</source>
        <translation>{name} muss genau einen Paketordner enthalten.</translation>
    </message>
    <message>
        <source>{name} names a target prefix that is not text; it was not installed.</source>
        <translation>{name} nennt ein Zielpräfix, das kein Text ist; es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>{name} beginnt mit einer {value}-Markierung, ist aber kein gültiger {value}-Text.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged ({detail}); it was left untouched.</source>
        <translation>{path} ist keine Triptych-Datenbank oder beschädigt ({detail}); die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged; it was left untouched.</source>
        <translation>{path} ist keine Triptych-Datenbank oder beschädigt; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code; use a two-letter code such as ar, ru or de.</source>
        <translation>„{code}“ ist kein Sprachcode; verwenden Sie einen Zweibuchstabencode wie ar, ru oder de.</translation>
    </message>
    <message>
        <source>“{color}” is not a highlight colour; use one of {value} or #rrggbb.</source>
        <translation>„{color}“ ist keine Markierungsfarbe; verwenden Sie eine von {value} oder #rrggbb.</translation>
    </message>
    <message>
        <source>“{pair}” is not a language pair; write it like ar-en.</source>
        <translation>„{pair}“ ist kein Sprachpaar; schreiben Sie es wie ar-en.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; use one of: {value}.</source>
        <translation>„{relation}“ ist keine Art von Verknüpfung; verwenden Sie eine von: {value}.</translation>
    </message>
    <message>
        <source>“{request_format}” is not an export format; use one of {value}.</source>
        <translation>„{request_format}“ ist kein Exportformat; verwenden Sie eines von {value}.</translation>
    </message>
    <message>
        <source>“{request_layout}” is not a layout; use single or parallel.</source>
        <translation>„{request_layout}“ ist keine Anordnung; verwenden Sie single oder parallel.</translation>
    </message>
    <message>
        <source>“{request_page_size}” is not a page size; use a4 or letter.</source>
        <translation>„{request_page_size}“ ist keine Seitengröße; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>{path} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <source>A claims matrix compares two articles or more; choose at least two.</source>
        <translation>Eine Aussagenmatrix vergleicht zwei oder mehr Artikel; wählen Sie mindestens zwei.</translation>
    </message>
    <message>
        <source>It annotates a whole document, not a passage in it.</source>
        <translation>Sie gilt einem ganzen Dokument, keiner Stelle darin.</translation>
    </message>
    <message>
        <source>It annotates “{source}”, which is not in the library.</source>
        <translation>Sie gilt „{source}“, das nicht in der Bibliothek ist.</translation>
    </message>
    <message>
        <source>It appears twice in the file.</source>
        <translation>Sie steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>It codes a whole document, not a passage in it.</source>
        <translation>Sie codiert ein ganzes Dokument, keine Stelle darin.</translation>
    </message>
    <message>
        <source>It does not say which document it annotates.</source>
        <translation>Sie gibt nicht an, welchem Dokument sie gilt.</translation>
    </message>
    <message>
        <source>It is not an annotation.</source>
        <translation>Das ist keine Anmerkung.</translation>
    </message>
    <message>
        <source>It is not an annotation: it has no target.</source>
        <translation>Das ist keine Anmerkung: Sie hat kein Ziel.</translation>
    </message>
    <message>
        <source>It links a passage to itself.</source>
        <translation>Sie verknüpft eine Stelle mit sich selbst.</translation>
    </message>
    <message>
        <source>It links codes, notes or passages that cannot be imported, not two imported passages.</source>
        <translation>Sie verknüpft Codes, Memos oder Stellen, die sich nicht importieren lassen, nicht zwei importierte Stellen.</translation>
    </message>
    <message>
        <source>It links to a passage of a document that is not in the library.</source>
        <translation>Sie verweist auf eine Stelle in einem Dokument, das nicht in der Bibliothek ist.</translation>
    </message>
    <message>
        <source>It links to a passage that cannot be placed.</source>
        <translation>Sie verweist auf eine Stelle, die sich nicht finden lässt.</translation>
    </message>
    <message>
        <source>It links to an annotation that cannot be imported.</source>
        <translation>Sie verweist auf eine Anmerkung, die sich nicht importieren lässt.</translation>
    </message>
    <message>
        <source>It links to an annotation that is neither in the file nor in the library.</source>
        <translation>Sie verweist auf eine Anmerkung, die weder in der Datei noch in der Bibliothek ist.</translation>
    </message>
    <message>
        <source>Its position {start}–{end} is outside “{title}” ({length} characters).</source>
        <translation>Ihre Position {start}–{end} liegt außerhalb von „{title}“ ({length} Zeichen).</translation>
    </message>
    <message>
        <source>Its start and end positions are not numbers.</source>
        <translation>Ihre Anfangs- und Endposition sind keine Zahlen.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (listed above); --partial imports the others.</source>
        <translation>Aus {path_name} wurde nichts importiert: {count} Einträge lassen sich nicht importieren (siehe oben); --partial importiert die übrigen.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (the first, {item}: {reason}); import the others with --partial.</source>
        <translation>Aus {path_name} wurde nichts importiert: {count} Einträge lassen sich nicht importieren (der erste, {item}: {reason}); die übrigen importiert --partial.</translation>
    </message>
    <message>
        <source>The quote “{quote}” is not in “{title}”.</source>
        <translation>Das Zitat „{quote}“ steht nicht in „{title}“.</translation>
    </message>
    <message>
        <source>The quote “{quote}” occurs {count} times in “{title}” and its context does not tell which one is meant.</source>
        <translation>Das Zitat „{quote}“ kommt {count}-mal in „{title}“ vor, und sein Kontext sagt nicht, welche Stelle gemeint ist.</translation>
    </message>
    <message>
        <source>Triptych cannot place it: its only selector, {selector}, does not apply to a plain text.</source>
        <translation>Triptych kann sie nicht zuordnen: Ihr einziger Selektor, {selector}, passt nicht zu einem reinen Text.</translation>
    </message>
    <message>
        <source>{path_name} has no annotations to import.</source>
        <translation>{path_name} enthält keine Anmerkungen zum Importieren.</translation>
    </message>
    <message>
        <source>{path_name} holds neither Web Annotations nor Hypothesis annotations; nothing was imported.</source>
        <translation>{path_name} enthält weder Web Annotations noch Hypothesis-Anmerkungen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{path_name} is not JSON (it breaks off at line {line}); nothing was imported.</source>
        <translation>{path_name} ist kein JSON (Fehler in Zeile {line}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{path_name} is not a REFI-QDA project (.qdpx) that can be read; nothing was imported.</source>
        <translation>{path_name} ist kein lesbares REFI-QDA-Projekt (.qdpx); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{path_name} is not a UTF-8 text file; nothing was imported.</source>
        <translation>{path_name} ist keine UTF-8-Textdatei; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour (a colour is #rrggbb or yellow, green, blue, pink, orange, purple).</source>
        <translation>„{color}“ ist keine Farbe (eine Farbe ist #rrggbb oder yellow, green, blue, pink, orange, purple).</translation>
    </message>
    <message>
        <source>“{name}” is not a tag name: a tag needs a name of 1 to 80 characters.</source>
        <translation>„{name}“ ist kein Schlagwort: Ein Schlagwort braucht einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; Triptych knows {value}.</source>
        <translation>„{relation}“ ist keine Art von Verknüpfung; Triptych kennt {value}.</translation>
    </message>
    <message>
        <source>A secure connection to {host} could not be made; nothing was fetched.</source>
        <translation>Eine sichere Verbindung zu {host} kam nicht zustande; nichts wurde geladen.</translation>
    </message>
    <message>
        <source>A person has already translated {count} sentences of “{title}” into {target_language}; load with --replace to put this file in their place (nothing was stored).</source>
        <translation>{count} Sätze von „{title}“ wurden bereits von einem Menschen übersetzt (Sprache: {target_language}); laden Sie mit --replace, damit diese Datei an ihre Stelle tritt (nichts wurde gespeichert).</translation>
    </message>
    <message>
        <source>It is a PDF with coded areas on its pages (areas: {count}); Triptych takes the text of a PDF only.</source>
        <translation>Es ist ein PDF mit codierten Bereichen auf seinen Seiten (Bereiche: {count}); Triptych übernimmt von einem PDF nur den Text.</translation>
    </message>
    <message>
        <source>No text could be recognised in {name}.</source>
        <translation>In {name} ließ sich kein Text erkennen.</translation>
    </message>
    <message>
        <source>Reading scanned pages needs Tesseract, which is not installed; install it (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) and try again.</source>
        <translation>Zum Lesen gescannter Seiten wird Tesseract gebraucht, das nicht installiert ist; installieren Sie es (unter Debian und Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Das Lesen von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Tesseract could not read {name}.</source>
        <translation>Tesseract konnte {name} nicht lesen.</translation>
    </message>
    <message>
        <source>Tesseract has no data for reading {value_language}; install it (on Debian: apt install tesseract-ocr-{code}) and try again.</source>
        <translation>Tesseract hat keine Daten zum Lesen von {value_language}; installieren Sie sie (unter Debian: apt install tesseract-ocr-{code}) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Tesseract has no language data installed; install tesseract-ocr-eng at least.</source>
        <translation>Für Tesseract sind keine Sprachdaten installiert; installieren Sie wenigstens tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Tesseract took too long to read a page of {name}; it was stopped.</source>
        <translation>Tesseract brauchte zu lange für eine Seite von {name}; er wurde angehalten.</translation>
    </message>
    <message>
        <source>The address {host} cannot be found; check it, and the network connection.</source>
        <translation>Die Adresse {host} ist nicht zu finden; prüfen Sie sie und die Netzverbindung.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>In der Zwischenablage ist kein Text, aus dem sich ein Artikel machen ließe.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the page was complete; try again.</source>
        <translation>Die Verbindung zu {host} brach ab, bevor die Seite vollständig war; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The download of {url} was cancelled.</source>
        <translation>Das Laden von {url} wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The page at {url} is larger than {size} MB; Triptych does not fetch it.</source>
        <translation>Die Seite {url} ist größer als {size} MB; Triptych lädt sie nicht.</translation>
    </message>
    <message>
        <source>The password for {name} is not right.</source>
        <translation>Das Passwort für {name} stimmt nicht.</translation>
    </message>
    <message>
        <source>The secure connection to {host} cannot be trusted (its certificate is not valid); nothing was fetched.</source>
        <translation>Der sicheren Verbindung zu {host} ist nicht zu trauen (ihr Zertifikat ist ungültig); nichts wurde geladen.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error ({code}); try again later.</source>
        <translation>Der Server {host} antwortete mit einem Fehler ({code}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at {host} refuses to give this page to Triptych (error {code}).</source>
        <translation>Der Server {host} verweigert Triptych diese Seite (Fehler {code}).</translation>
    </message>
    <message>
        <source>There is no page at {url} (the server says it was not found).</source>
        <translation>Unter {url} gibt es keine Seite (der Server meldet, sie sei nicht gefunden worden).</translation>
    </message>
    <message>
        <source>Triptych opens only http and https addresses, not {scheme}: ones.</source>
        <translation>Triptych öffnet nur http- und https-Adressen, keine {scheme}:-Adressen.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds; try again later.</source>
        <translation>{host} hat binnen {seconds} Sekunden nicht geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} is sending {url} too slowly (more than {seconds} seconds); try again later.</source>
        <translation>{host} sendet {url} zu langsam (mehr als {seconds} Sekunden); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} refused the connection; the site may be down.</source>
        <translation>{host} hat die Verbindung abgelehnt; die Seite ist vielleicht nicht erreichbar.</translation>
    </message>
    <message>
        <source>{host} stopped sending {url}; try again later.</source>
        <translation>{host} hat aufgehört, {url} zu senden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>{name} hat keine Seiten.</translation>
    </message>
    <message>
        <source>{name} has {found} paragraphs and the article “{title}” has {expected}; give one paragraph of translation for each, separated by blank lines (nothing was stored).</source>
        <translation>{name} hat {found} Absätze, der Artikel „{title}“ hat {expected}; geben Sie für jeden Absatz einen übersetzten Absatz an, getrennt durch Leerzeilen (nichts wurde gespeichert).</translation>
    </message>
    <message>
        <source>{name} holds too many parts to be an article; it was not read.</source>
        <translation>{name} hat zu viele Teile für einen Artikel; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read as a PDF.</source>
        <translation>{name} ist beschädigt oder unvollständig und lässt sich nicht als PDF lesen.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read.</source>
        <translation>{name} ist beschädigt oder unvollständig und lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image Triptych can read.</source>
        <translation>{name} ist beschädigt oder kein Bild, das Triptych lesen kann.</translation>
    </message>
    <message>
        <source>“{title}” is already in {target_language}; choose the language of the translation.</source>
        <translation>„{title}“ ist bereits in der Sprache {target_language} verfasst; wählen Sie die Sprache der Übersetzung.</translation>
    </message>
    <message>
        <source>“{title}” was not read from a web page, so there is no whole page to show.</source>
        <translation>„{title}“ stammt nicht von einer Webseite, daher gibt es keine ganze Seite zu zeigen.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address; give one that starts with https://.</source>
        <translation>„{url}“ ist keine Webadresse; geben Sie eine an, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>{name} is not an article Triptych can read: import .txt, .md, .html, .pdf, .docx, .odt or .epub files, or images of pages.</source>
        <translation>{name} ist kein Artikel, den Triptych lesen kann: Importieren Sie .txt-, .md-, .html-, .pdf-, .docx-, .odt- oder .epub-Dateien oder Bilder von Seiten.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password.</source>
        <translation>{name} ist durch ein Passwort geschützt; geben Sie es mit --password an.</translation>
    </message>
    <message>
        <source>{name} is too large an image to read (over {value} million pixels).</source>
        <translation>{name} ist ein zu großes Bild zum Lesen (über {value} Millionen Pixel).</translation>
    </message>
    <message>
        <source>{name} unpacks to far more than an article could hold (a damaged or hostile file); it was not read.</source>
        <translation>{name} entpackt zu weit mehr, als ein Artikel enthalten könnte (eine beschädigte oder feindselige Datei); sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{url} could not be fetched; check the address and the network connection.</source>
        <translation>{url} ließ sich nicht laden; prüfen Sie die Adresse und die Netzverbindung.</translation>
    </message>
    <message>
        <source>{url} is not a web page or a PDF (the server says it is {media_type}).</source>
        <translation>{url} ist weder eine Webseite noch ein PDF (der Server nennt es {media_type}).</translation>
    </message>
    <message>
        <source>{url} redirects to a {scheme}: address, which Triptych does not open.</source>
        <translation>{url} leitet auf eine {scheme}:-Adresse um, die Triptych nicht öffnet.</translation>
    </message>
    <message>
        <source>{url} redirects too many times (more than {count}); it cannot be fetched.</source>
        <translation>{url} leitet zu oft um (mehr als {count}-mal); die Seite lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit muss mindestens 1 und --offset mindestens 0 sein.</translation>
    </message>
    <message>
        <source>Annotation {annotation_id} does not match the text of its article.</source>
        <translation>Die Anmerkung {annotation_id} passt nicht zum Text ihres Artikels.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>This change can no longer be made: the passage, tag or link it concerns has changed meanwhile.</source>
        <translation>Diese Änderung ist nicht mehr möglich: Die Passage, das Schlagwort oder die Verknüpfung, um die es geht, hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>“{value}” is not a state of an annotation; use anchored or orphaned.</source>
        <translation>„{value}“ ist kein Zustand einer Anmerkung; verwenden Sie anchored oder orphaned.</translation>
    </message>
    <message>
        <source>The path {path} is too long for the file system; {outcome}.</source>
        <translation>Der Pfad {path} ist für das Dateisystem zu lang; {outcome}.</translation>
    </message>
    <message>
        <source>The system has too many files open; {outcome}.</source>
        <translation>Im System sind zu viele Dateien geöffnet; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych goes on without writing its log</source>
        <translation>Triptych arbeitet weiter, ohne sein Protokoll zu schreiben</translation>
    </message>
    <message>
        <source>Triptych is not allowed to change {path}; {outcome}.</source>
        <translation>Triptych darf {path} nicht ändern; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych is not allowed to write in {folder}; {outcome}.</source>
        <translation>Triptych darf in {folder} nicht schreiben; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych ran out of memory; {outcome}.</source>
        <translation>Triptych hat keinen Arbeitsspeicher mehr; {outcome}.</translation>
    </message>
    <message>
        <source>Your disk quota on the disk holding {folder} is used up; {outcome}.</source>
        <translation>Ihr Kontingent auf dem Datenträger mit {folder} ist aufgebraucht; {outcome}.</translation>
    </message>
    <message>
        <source>it cannot hold Triptych&apos;s data (choose another folder with --data-dir)</source>
        <translation>dort können keine Triptych-Daten liegen (wählen Sie mit --data-dir einen anderen Ordner)</translation>
    </message>
    <message>
        <source>no backup was taken</source>
        <translation>es wurde keine Sicherung angelegt</translation>
    </message>
    <message>
        <source>no new one was started over its journal, which may hold its latest changes</source>
        <translation>über ihrem Journal, das ihre letzten Änderungen enthalten kann, wurde keine neue angelegt</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>nothing was stored</source>
        <translation>es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the bundled articles were not loaded</source>
        <translation>die mitgelieferten Artikel wurden nicht geladen</translation>
    </message>
    <message>
        <source>the change went into the file that is gone</source>
        <translation>die Änderung ging in die verschwundene Datei</translation>
    </message>
    <message>
        <source>the correction was not saved</source>
        <translation>die Korrektur wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the damaged database was not set aside, and it is unchanged</source>
        <translation>die beschädigte Datenbank wurde nicht beiseitegelegt und ist unverändert</translation>
    </message>
    <message>
        <source>the last action did not finish</source>
        <translation>die letzte Aktion wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the library cannot be opened, and nothing in it was lost</source>
        <translation>die Bibliothek lässt sich nicht öffnen, und nichts darin ging verloren</translation>
    </message>
    <message>
        <source>the model was not installed</source>
        <translation>das Modell wurde nicht installiert</translation>
    </message>
    <message>
        <source>the model was not removed</source>
        <translation>das Modell wurde nicht entfernt</translation>
    </message>
    <message>
        <source>the settings were not saved</source>
        <translation>die Einstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>the translation stopped, and the sentences translated before are kept</source>
        <translation>die Übersetzung wurde angehalten, die schon übersetzten Sätze bleiben erhalten</translation>
    </message>
    <message>
        <source>what is on screen stays readable, and changes are refused until it is back</source>
        <translation>was auf dem Bildschirm steht, bleibt lesbar, und Änderungen werden abgelehnt, bis sie zurück ist</translation>
    </message>
    <message>
        <source>{name} has grown to the largest size a file may have here; {outcome}.</source>
        <translation>{name} hat die größte hier erlaubte Dateigröße erreicht; {outcome}.</translation>
    </message>
    <message>
        <source>{path_name} was not written</source>
        <translation>{path_name} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>{path} is in use by another program; {outcome}.</source>
        <translation>{path} wird von einem anderen Programm verwendet; {outcome}.</translation>
    </message>
    <message>
        <source>{path} is read-only; {outcome}.</source>
        <translation>{path} ist schreibgeschützt; {outcome}.</translation>
    </message>
    <message>
        <source>The database is busy in another Triptych window or process; {outcome} (try again in a moment).</source>
        <translation>Die Datenbank ist in einem anderen Triptych-Fenster oder -Prozess beschäftigt; {outcome} (versuchen Sie es gleich noch einmal).</translation>
    </message>
    <message>
        <source>The database {path} is gone (deleted, moved, or its disk removed); {outcome}.</source>
        <translation>Die Datenbank {path} ist verschwunden (gelöscht, verschoben oder ihr Datenträger entfernt); {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} or its journal is damaged; {outcome}.</source>
        <translation>Die Datenbank {path} oder ihr Journal ist beschädigt; {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another file while Triptych had it open; {outcome}.</source>
        <translation>Die Datenbank {path} wurde durch eine andere Datei ersetzt, während Triptych sie geöffnet hatte; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {outcome}.</source>
        <translation>Der Datenträger mit {folder} ist voll; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is read-only; {outcome}.</source>
        <translation>Der Datenträger mit {folder} ist schreibgeschützt; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error; {outcome}.</source>
        <translation>Der Datenträger mit {folder} hat einen Fehler gemeldet; {outcome}.</translation>
    </message>
    <message>
        <source>The disk or network share holding {folder} is not available; {outcome}.</source>
        <translation>Der Datenträger oder die Netzwerkfreigabe mit {folder} ist nicht verfügbar; {outcome}.</translation>
    </message>
    <message>
        <source>The file system does not accept the name “{name}”; {outcome}.</source>
        <translation>Das Dateisystem nimmt den Namen „{name}“ nicht an; {outcome}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; {outcome}.</source>
        <translation>Den Ordner {folder} gibt es nicht; {outcome}.</translation>
    </message>
    <message>
        <source>A library cannot be copied into itself.</source>
        <translation>Eine Bibliothek kann nicht in sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>Give the shared library with --database postgresql://user@host/database.</source>
        <translation>Geben Sie die gemeinsame Bibliothek mit --database postgresql://user@host/database an.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {server}; check the address and that the server is running.</source>
        <translation>Unter {server} antwortet kein PostgreSQL-Server; prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>No password was given; nothing was saved.</source>
        <translation>Es wurde kein Passwort angegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were editing it; nothing was saved yet.</source>
        <translation>Jemand anderes hat diese Notiz geändert, während Sie sie bearbeiteten; noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else deleted this highlight while you were editing its note.</source>
        <translation>Jemand anderes hat diese Markierung gelöscht, während Sie ihre Notiz bearbeiteten.</translation>
    </message>
    <message>
        <source>Someone else is changing the same passages on the shared library; nothing was changed, try again.</source>
        <translation>Jemand anderes ändert gerade dieselben Passagen in der gemeinsamen Bibliothek; nichts wurde geändert, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the shared library {server} broke while saving, so the change may not have been saved; Triptych shows what was once it reconnects.</source>
        <translation>Die Verbindung zur gemeinsamen Bibliothek {server} brach beim Speichern ab, die Änderung ist also vielleicht nicht gespeichert; Triptych zeigt, was gespeichert wurde, sobald es wieder verbunden ist.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Triptych&apos;s ({value}); give Triptych an empty database of its own.</source>
        <translation>Die Datenbank {database} auf {host} enthält Tabellen, die nicht zu Triptych gehören ({value}); geben Sie Triptych eine eigene, leere Datenbank.</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} could not be checked (its certificate is not trusted here); nothing was sent.</source>
        <translation>Die verschlüsselte Verbindung zu {server} ließ sich nicht prüfen (seinem Zertifikat wird hier nicht vertraut); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The server {host} has no database called {database}.</source>
        <translation>Der Server {host} hat keine Datenbank namens {database}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of {user}: put it in ~/.pgpass or PGPASSWORD, or save it in the system keyring with `triptych --database URL password`.</source>
        <translation>Der Server {server} fragt nach dem Passwort von {user}: Legen Sie es in ~/.pgpass oder PGPASSWORD ab oder speichern Sie es mit `triptych --database URL password` im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password of {user}.</source>
        <translation>Der Server {server} hat das Passwort von {user} nicht angenommen.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer.</source>
        <translation>Der Server {server} lässt {user} von diesem Computer aus keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>The server {server} has no free connection for now; try again in a moment.</source>
        <translation>Der Server {server} hat gerade keine freie Verbindung; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server {server} offers no encrypted connection (TLS), which the address requires (sslmode={value}); nothing was sent.</source>
        <translation>Der Server {server} bietet keine verschlüsselte Verbindung (TLS), die die Adresse verlangt (sslmode={value}); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The server {server} only accepts encrypted connections: add sslmode=require to the address.</source>
        <translation>Der Server {server} nimmt nur verschlüsselte Verbindungen an: Ergänzen Sie die Adresse um sslmode=require.</translation>
    </message>
    <message>
        <source>The shared library {server} cannot be reached, so nothing was changed; Triptych reconnects by itself.</source>
        <translation>Die gemeinsame Bibliothek {server} ist nicht erreichbar, daher wurde nichts geändert; Triptych verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>The shared library {server} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych.</source>
        <translation>Die gemeinsame Bibliothek {server} wurde von einer neueren Triptych-Version geschrieben (Schema {version}; diese Version liest bis {SCHEMA_VERSION}); aktualisieren Sie Triptych.</translation>
    </message>
    <message>
        <source>This can no longer be undone or redone: someone else has changed the passage, tag or link since.</source>
        <translation>Das lässt sich nicht mehr rückgängig machen oder wiederholen: Jemand anderes hat die Passage, das Schlagwort oder die Verknüpfung seitdem geändert.</translation>
    </message>
    <message>
        <source>This computer has no system keyring; keep the password in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund; legen Sie das Passwort stattdessen in ~/.pgpass oder PGPASSWORD ab.</translation>
    </message>
    <message>
        <source>{user} may not make Triptych&apos;s tables in the database {database} on {host}; ask for the rights, or for an empty database of your own.</source>
        <translation>{user} darf in der Datenbank {database} auf {host} keine Triptych-Tabellen anlegen; bitten Sie um die Rechte oder um eine eigene, leere Datenbank.</translation>
    </message>
    <message>
        <source>“{value}” is not an address of a PostgreSQL database (postgresql://user@host/database).</source>
        <translation>„{value}“ ist keine Adresse einer PostgreSQL-Datenbank (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>No article is open to print.</source>
        <translation>Es ist kein Artikel zum Drucken geöffnet.</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <source>Same claim</source>
        <translation>Dieselbe Aussage</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Omits</source>
        <translation>Lässt aus</translation>
    </message>
    <message>
        <source>Elaborates</source>
        <translation>Führt aus</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Übersetzung von</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
</context>
</TS>
