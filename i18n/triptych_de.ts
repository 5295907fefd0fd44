<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="56" />
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
        <translation>Über Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="59" />
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>Ein Lese- und Annotationstisch für eine Geschichte, die in mehreren Sprachen erzählt wird.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="60" />
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Lizenz: GPL-3.0 oder neuer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="68" />
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="68" />
        <source>Bundled fonts</source>
        <translation>Mitgelieferte Schriften</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../desktop/ui/annotating.py" line="66" />
        <source>Highlight “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="71" />
        <source>Delete highlight “%1”</source>
        <translation>Markierung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="82" />
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="90" />
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="98" />
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="119" />
        <source>Re-attach highlight</source>
        <translation>Markierung neu verankern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="128" />
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="131" />
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="138" />
        <source>That tag no longer exists.</source>
        <translation>Dieses Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="147" />
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="150" />
        <source>Recolour tag</source>
        <translation>Schlagwort umfärben</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="153" />
        <source>Move tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="156" />
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="159" />
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="188" />
        <source>Filter by quote or note</source>
        <translation>Nach Zitat oder Notiz filtern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By document</source>
        <translation>Nach Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Anchored</source>
        <translation>Verankert</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="191" />
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="193" />
        <location filename="../desktop/ui/annotation_panel.py" line="232" />
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="194" />
        <source>Note (saved as you type):</source>
        <translation>Notiz (wird beim Tippen gespeichert):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="195" />
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>Schlagwörter (Enter fügt hinzu; Doppelklick entfernt eines):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="196" />
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="197" />
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="198" />
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="199" />
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="200" />
        <source>Re-attach to selection</source>
        <translation>An Auswahl verankern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="201" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="227" />
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="228" />
        <source>Any document</source>
        <translation>Jedes Dokument</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="230" />
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="266" />
        <source>(no tag)</source>
        <translation>(ohne Schlagwort)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="278" />
        <source> (orphaned)</source>
        <translation> (verwaist)</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="43" />
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="50" />
        <source>meaning, e.g. claim</source>
        <translation>Bedeutung, z. B. Behauptung</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Interlinear</source>
        <translation>Interlinear</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="183" />
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>Original, Übersetzung, beides interlinear oder nebeneinander zeigen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="184" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="185" />
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>right to left</source>
        <translation>von rechts nach links</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>left to right</source>
        <translation>von links nach rechts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="189" />
        <source>Move this pane one place to the left (Ctrl+Shift+Left)</source>
        <translation>Diesen Bereich um eine Stelle nach links (Strg+Umschalt+Links)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="190" />
        <source>Move this pane one place to the right (Ctrl+Shift+Right)</source>
        <translation>Diesen Bereich um eine Stelle nach rechts (Strg+Umschalt+Rechts)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="191" />
        <source>Close this pane (Ctrl+W)</source>
        <translation>Diesen Bereich schließen (Strg+W)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="235" />
        <source>Translating… %1 of %2 sentences</source>
        <translation>Übersetze… %1 von %2 Sätzen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="47" />
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="51" />
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="55" />
        <source>One after another</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="56" />
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>Nebeneinander, absatzweise ausgerichtet (Querformat)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="61" />
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>Die Übersetzung (%1) unter jeden Satz setzen, wo es eine gibt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="63" />
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>Nur Absätze mit Anmerkungen (kurzes Briefing)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="64" />
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV für Tabellenprogramme (UTF-8 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="70" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="72" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="73" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="75" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="76" />
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77" />
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="78" />
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="79" />
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="80" />
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="93" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="122" />
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="123" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="130" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="139" />
        <source>Choose at least one article.</source>
        <translation>Wählen Sie mindestens einen Artikel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="154" />
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="175" />
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="177" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="186" />
        <source>The export failed; the details are in the log.</source>
        <translation>Der Export ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="48" />
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>In diesem Artikel suchen (ohne Rücksicht auf Groß-/Kleinschreibung, diakritische Zeichen und Schreibvarianten)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="49" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="50" />
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="51" />
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="57" />
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="61" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="37" />
        <source>Which language?</source>
        <translation>Welche Sprache?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="39" />
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>Triptych kann die Sprache von „%1“ nicht sicher erkennen. In welcher Sprache ist er?</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../desktop/ui/library.py" line="49" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="50" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="50" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="51" />
        <source>Double-click or press Enter to open an article beside the others</source>
        <translation>Doppelklicken oder Enter drücken, um einen Artikel neben den anderen zu öffnen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="89" />
        <source>Open beside the others</source>
        <translation>Neben den anderen öffnen</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="18" />
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="28" />
        <source>Relation:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="30" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="42" />
        <source>All kinds of link</source>
        <translation>Alle Arten von Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>&amp;Import articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>Add .txt, .md or .html articles to the library</source>
        <translation>.txt-, .md- oder .html-Artikel zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>&amp;Find in article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>Find in the current article (Ctrl+F)</source>
        <translation>Im aktuellen Artikel suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200" />
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="201" />
        <source>Zoom in all panes</source>
        <translation>In allen Bereichen vergrößern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="202" />
        <source>Zoom out all panes</source>
        <translation>In allen Bereichen verkleinern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="203" />
        <source>Actual size in all panes</source>
        <translation>Originalgröße in allen Bereichen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>&amp;Synchronise scrolling</source>
        <translation>&amp;Synchron blättern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>Scroll all panes together, by proportion</source>
        <translation>Alle Bereiche gemeinsam blättern, anteilig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="205" />
        <source>&amp;Close pane</source>
        <translation>Bereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Move pane &amp;left</source>
        <translation>Bereich nach &amp;links</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="207" />
        <source>Move pane &amp;right</source>
        <translation>Bereich nach &amp;rechts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="208" />
        <source>&amp;About Triptych</source>
        <translation>&amp;Über Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="209" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="218" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219" />
        <source>&amp;Pane</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="222" />
        <source> Translate to: </source>
        <translation> Übersetzen nach: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223" />
        <source>Translation &amp;models…</source>
        <translation>Übersetzungs&amp;modelle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="224" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="225" />
        <source>Import &amp;annotations (JSON)…</source>
        <translation>&amp;Anmerkungen importieren (JSON)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227" />
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="228" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="229" />
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>Kein Artikel ist geöffnet. Öffnen Sie einen aus der Bibliothek oder importieren Sie einen mit Strg+O.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="262" />
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="361" />
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="366" />
        <source>Import annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="367" />
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="383" />
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>%1 Anmerkungen, %2 Schlagwörter, %3 Verknüpfungen importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="451" />
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="453" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="478" />
        <source>Imported %n article(s).</source>
        <translation><numerusform>%n Artikel importiert.</numerusform><numerusform>%n Artikel importiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="77" />
        <source>Translation models</source>
        <translation>Übersetzungsmodelle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="79" />
        <source>Install from file…</source>
        <translation>Aus Datei installieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="80" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="81" />
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="82" />
        <source>Package index:</source>
        <translation>Paketverzeichnis:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="83" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="95" />
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>Kein Modell ist installiert. Installieren Sie eine .argosmodel-Datei oder laden Sie eines herunter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="119" />
        <source>Cancelled; nothing was installed.</source>
        <translation>Abgebrochen; nichts wurde installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="126" />
        <source>That did not work; see the log.</source>
        <translation>Das hat nicht geklappt; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="135" />
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="138" />
        <source>Install a translation model</source>
        <translation>Ein Übersetzungsmodell installieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="139" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos-Modelle (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="163" />
        <source>Downloaded and installed.</source>
        <translation>Heruntergeladen und installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="166" />
        <location filename="../desktop/ui/models_dialog.py" line="170" />
        <source>Download a model</source>
        <translation>Ein Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="166" />
        <source>Language pair (for example ar-en):</source>
        <translation>Sprachpaar (zum Beispiel ar-en):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="171" />
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>Triptych verbindet sich mit %1, um das Modell herunterzuladen. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../desktop/ui/notebook.py" line="135" />
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="136" />
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="137" />
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="138" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="139" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="140" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="142" />
        <source>&amp;Delete highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="143" />
        <source>&amp;Link to another passage…</source>
        <translation>Mit anderer Passage &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="144" />
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="145" />
        <source>Highlight &amp;colours…</source>
        <translation>Markierungs&amp;farben…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="146" />
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="147" />
        <source>&amp;Notebook</source>
        <translation>&amp;Notizbuch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="155" />
        <source>Highlight %1</source>
        <translation>Markieren: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="210" />
        <source>Select some text to highlight first.</source>
        <translation>Markieren Sie zuerst einen Text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="237" />
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>Wählen Sie zuerst die Passage im Artikel aus und dann erneut „Neu verankern“.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="296" />
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>Klicken Sie zuerst auf eine Markierung und wählen Sie dann „Verknüpfen“.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="300" />
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>Klicken Sie auf die Markierung, mit der verknüpft werden soll (Esc bricht ab).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="338" />
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="340" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="345" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="348" />
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences.py" line="35" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="36" />
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="43" />
        <source>Search all articles and annotations</source>
        <translation>Alle Artikel und Anmerkungen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/search_panel.py" line="55" />
        <source>%n result(s)</source>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>paragraph</source>
        <translation>Absatz</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Nest under…</source>
        <translation>Unterordnen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="99" />
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation><numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierung; sie behält ihre anderen Schlagwörter.</numerusform><numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierungen; sie behalten ihre anderen Schlagwörter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="102" />
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation><numerusform>Sein %n Unterschlagwort rückt eine Ebene auf.</numerusform><numerusform>Seine %n Unterschlagwörter rücken eine Ebene auf.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="103" />
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="108" />
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="108" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="121" />
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="121" />
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="130" />
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="139" />
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="140" />
        <source>Nest tag</source>
        <translation>Schlagwort unterordnen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="140" />
        <source>Put it under:</source>
        <translation>Unterordnen unter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="153" />
        <source>Merge tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="153" />
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="163" />
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../desktop/ui/translating.py" line="141" />
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>Übersetzung abgebrochen; die schon übersetzten Sätze bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="158" />
        <source>The translation failed; the details are in the log.</source>
        <translation>Die Übersetzung ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="184" />
        <source>Correct the translation</source>
        <translation>Übersetzung korrigieren</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/app.py" line="103" />
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>Triptych kann die beschädigte Datei unter anderem Namen daneben aufbewahren und mit einer neuen, leeren Datenbank beginnen.</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="106" />
        <source>Keep it and start a new database</source>
        <translation>Aufbewahren und neue Datenbank beginnen</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="113" />
        <source>The damaged database was kept as %1.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="9" />
        <source>A different package already uses the folder {target_name}; remove it first.</source>
        <translation>Ein anderes Paket nutzt den Ordner {target_name} schon; entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="10" />
        <source>A passage cannot be linked to itself.</source>
        <translation>Eine Passage kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="11" />
        <source>A tag cannot be merged into itself.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="12" />
        <source>A tag cannot be nested under itself or one of its own sub-tags.</source>
        <translation>Ein Schlagwort kann nicht sich selbst oder einem eigenen Unterschlagwort untergeordnet werden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="13" />
        <source>A tag name can have at most 80 characters.</source>
        <translation>Ein Schlagwort darf höchstens 80 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="14" />
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="15" />
        <source>Cannot read the database {path}: {value}.</source>
        <translation>Die Datenbank {path} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="16" />
        <source>Cannot read the model index at {index_url}: {value}.</source>
        <translation>Das Modellverzeichnis unter {index_url} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="17" />
        <source>Cannot read {name}: {value}.</source>
        <translation>{name} lässt sich nicht lesen: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="18" />
        <source>Cannot tell the language of {name} with confidence (perhaps {guess_language}); choose it with --lang.</source>
        <translation>Die Sprache von {name} ist nicht sicher zu erkennen (vielleicht {guess_language}); wählen Sie sie mit --lang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="19" />
        <source>Cannot tell the language of {name} with confidence; choose it with --lang.</source>
        <translation>Die Sprache von {name} ist nicht sicher zu erkennen; wählen Sie sie mit --lang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="20" />
        <source>Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.</source>
        <translation>Die Textkodierung von {name} ist nicht zu erkennen; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="21" />
        <source>Cannot use {root} as the data folder: {value}.</source>
        <translation>{root} kann nicht als Datenordner dienen: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="22" />
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>Das Bildschirmfoto {path} lässt sich nicht schreiben: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="23" />
        <source>Cannot write to the data folder {root}; choose another with --data-dir.</source>
        <translation>In den Datenordner {root} lässt sich nicht schreiben; wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="24" />
        <source>Cannot write to {path_parent}: permission denied.</source>
        <translation>In {path_parent} lässt sich nicht schreiben: keine Berechtigung.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="25" />
        <source>Cannot write {path}: {value}.</source>
        <translation>{path} lässt sich nicht schreiben: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="26" />
        <source>Give a document id (see `triptych list`).</source>
        <translation>Geben Sie eine Dokumentkennung an (siehe `triptych list`).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="27" />
        <source>More than one document id starts with “{ref}”; type more of it.</source>
        <translation>Mehrere Dokumentkennungen beginnen mit „{ref}“; tippen Sie mehr davon.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="28" />
        <source>No annotation has the id “{annotation_id}”.</source>
        <translation>Keine Anmerkung hat die Kennung „{annotation_id}“.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="29" />
        <source>No document has the id “{ref}”; `triptych list` shows the ids.</source>
        <translation>Kein Dokument hat die Kennung „{ref}“; `triptych list` zeigt die Kennungen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="30" />
        <source>No translation model from {from_language} to {to_language} is installed; add one in the Models dialog or with `triptych models install`.</source>
        <translation>Kein Übersetzungsmodell von {from_language} nach {to_language} ist installiert; fügen Sie eines im Dialog „Modelle“ oder mit `triptych models install` hinzu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="31" />
        <source>No {pair} model is installed.</source>
        <translation>Kein {pair}-Modell ist installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="32" />
        <source>Select some text to highlight first.</source>
        <translation>Markieren Sie zuerst einen Text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="33" />
        <source>That link no longer exists.</source>
        <translation>Diese Verknüpfung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="34" />
        <source>That tag no longer exists.</source>
        <translation>Dieses Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="35" />
        <source>The database is busy in another Triptych window or process; nothing was changed, try again.</source>
        <translation>Die Datenbank ist in einem anderen Triptych-Fenster oder -Prozess in Gebrauch; nichts wurde geändert, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="36" />
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>Die Datenbank {path} stammt von einer neueren Triptych-Version (Schema {version}; diese Version liest bis {SCHEMA_VERSION}); aktualisieren Sie Triptych oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="37" />
        <source>The disk is full; {path_name} was not written.</source>
        <translation>Der Datenträger ist voll; {path_name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="38" />
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>Das Herunterladen des Modells {from_code}-{to_code} ist fehlgeschlagen: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="39" />
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="40" />
        <source>The model could not be installed: {value}.</source>
        <translation>Das Modell ließ sich nicht installieren: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="41" />
        <source>The model index at {index_url} is not a list of packages.</source>
        <translation>Das Modellverzeichnis unter {index_url} ist keine Paketliste.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="42" />
        <source>The model index has no {from_code}-{to_code} model.</source>
        <translation>Das Modellverzeichnis hat kein Modell {from_code}-{to_code}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="43" />
        <source>The quote is not in {document_id}; it must match the text exactly.</source>
        <translation>Das Zitat steht nicht in {document_id}; es muss genau mit dem Text übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="44" />
        <source>The quote occurs {count} time(s) in {document_id}, so there is no occurrence {occurrence}.</source>
        <translation>Das Zitat kommt {count}-mal in {document_id} vor, ein {occurrence}. Vorkommen gibt es also nicht.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="45" />
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>Das Zitat kommt {value}-mal in {document_id} vor; wählen Sie eines mit --occurrence 1..{value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="46" />
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>Das Modell {info_pair}, Version {info_version}, ist schon installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="47" />
        <source>The {model_pair} model uses a tokenizer Triptych cannot load (only SentencePiece).</source>
        <translation>Das Modell {model_pair} nutzt einen Tokenizer, den Triptych nicht laden kann (nur SentencePiece).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="48" />
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon ein Schlagwort „{name}“.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="49" />
        <source>There is already a tag called “{name}”; merge the two instead.</source>
        <translation>Es gibt schon ein Schlagwort „{name}“; führen Sie die beiden lieber zusammen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="50" />
        <source>There is no tag called “{request_tag}”.</source>
        <translation>Es gibt kein Schlagwort „{request_tag}“.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="51" />
        <source>There is nothing to export: the library is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Bibliothek ist leer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="52" />
        <source>These two passages are already linked that way.</source>
        <translation>Diese beiden Passagen sind schon so verknüpft.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="53" />
        <source>{name} cannot be read ({exc}); it was not installed.</source>
        <translation>{name} lässt sich nicht lesen ({exc}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="54" />
        <source>{name} does not say which languages it translates (from_code, to_code).</source>
        <translation>{name} gibt nicht an, welche Sprachen es übersetzt (from_code, to_code).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="55" />
        <source>{name} has a metadata.json that cannot be read.</source>
        <translation>{name} hat eine metadata.json, die sich nicht lesen lässt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="56" />
        <source>{name} has no metadata.json.</source>
        <translation>{name} hat keine metadata.json.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="57" />
        <source>{name} has no model (model/model.bin is missing).</source>
        <translation>{name} enthält kein Modell (model/model.bin fehlt).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="58" />
        <source>{name} has no model vocabulary.</source>
        <translation>{name} hat kein Modellvokabular.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="59" />
        <source>{name} has no readable text.</source>
        <translation>{name} enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="60" />
        <source>{name} has no tokenizer (sentencepiece.model or bpe.model).</source>
        <translation>{name} hat keinen Tokenizer (sentencepiece.model oder bpe.model).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="61" />
        <source>{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.</source>
        <translation>{name} enthält eine Datei, die außerhalb ihres Ordners landen würde ({entry_filename}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="62" />
        <source>{name} holds a symbolic link ({entry_filename}); it was not installed.</source>
        <translation>{name} enthält einen symbolischen Link ({entry_filename}); es wurde nicht installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="63" />
        <source>{name} is a binary file, not text; import .txt, .md or .html files.</source>
        <translation>{name} ist eine Binärdatei, kein Text; importieren Sie .txt-, .md- oder .html-Dateien.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="64" />
        <source>{name} is damaged ({broken} does not read back); it was not installed.</source>
        <translation>{name} ist beschädigt ({broken} lässt sich nicht zurücklesen); es wurde nicht installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="65" />
        <source>{name} is damaged or cut short; it was not installed.</source>
        <translation>{name} ist beschädigt oder unvollständig; es wurde nicht installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="66" />
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="67" />
        <source>{name} is not a .txt, .md or .html file.</source>
        <translation>{name} ist keine .txt-, .md- oder .html-Datei.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="68" />
        <source>{name} is not a translation model package (not a zip archive, or cut short).</source>
        <translation>{name} ist kein Übersetzungsmodellpaket (kein ZIP-Archiv oder unvollständig).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="69" />
        <source>{name} is not a translation package.</source>
        <translation>{name} ist kein Übersetzungspaket.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="70" />
        <source>{name} is too large to be a translation model.</source>
        <translation>{name} ist zu groß für ein Übersetzungsmodell.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="71" />
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>{name} ist {value:.0f} MB groß; Triptych importiert Artikel bis {value2} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="72" />
        <source>{name} must hold exactly one package folder.</source>
        <translation>{name} muss genau einen Paketordner enthalten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="73" />
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>{name} beginnt mit einer {value}-Markierung, ist aber kein gültiger {value}-Text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="74" />
        <source>{path_name} annotates documents that are not in the library ({value}); import them first; nothing was imported.</source>
        <translation>{path_name} annotiert Dokumente, die nicht in der Bibliothek sind ({value}); importieren Sie sie zuerst; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="75" />
        <source>{path_name} is not a Triptych/W3C annotation export ({why}); nothing was imported.</source>
        <translation>{path_name} ist kein Triptych/W3C-Anmerkungsexport ({why}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="76" />
        <source>{path} does not exist.</source>
        <translation>{path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="77" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="78" />
        <source>{path} is not a Triptych database or is damaged ({detail}); it was left untouched.</source>
        <translation>{path} ist keine Triptych-Datenbank oder beschädigt ({detail}); die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="79" />
        <source>{path} is not a Triptych database or is damaged; it was left untouched.</source>
        <translation>{path} ist keine Triptych-Datenbank oder beschädigt; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="80" />
        <source>“{code}” is not a language code; use a two-letter code such as ar, ru or de.</source>
        <translation>„{code}“ ist kein Sprachcode; verwenden Sie einen Zweibuchstabencode wie ar, ru oder de.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="81" />
        <source>“{color}” is not a highlight colour; use one of {value} or #rrggbb.</source>
        <translation>„{color}“ ist keine Markierungsfarbe; verwenden Sie eine von {value} oder #rrggbb.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="82" />
        <source>“{pair}” is not a language pair; write it like ar-en.</source>
        <translation>„{pair}“ ist kein Sprachpaar; schreiben Sie es wie ar-en.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="83" />
        <source>“{relation}” is not a kind of link; use one of: {value}.</source>
        <translation>„{relation}“ ist keine Art von Verknüpfung; verwenden Sie eine von: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="84" />
        <source>“{request_format}” is not an export format; use one of {value}.</source>
        <translation>„{request_format}“ ist kein Exportformat; verwenden Sie eines von {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="85" />
        <source>“{request_layout}” is not a layout; use single or parallel.</source>
        <translation>„{request_layout}“ ist keine Anordnung; verwenden Sie single oder parallel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="86" />
        <source>“{request_page_size}” is not a page size; use a4 or letter.</source>
        <translation>„{request_page_size}“ ist keine Seitengröße; verwenden Sie a4 oder letter.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../desktop/ui/i18n.py" line="82" />
        <source>Arabic</source>
        <extracomment>Interface languages, each named in itself.</extracomment>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="83" />
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="84" />
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="85" />
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="86" />
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="87" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="88" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="89" />
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="90" />
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="91" />
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="92" />
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="26" />
        <source>same claim</source>
        <translation>gleiche Behauptung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="27" />
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="28" />
        <source>omits</source>
        <translation>lässt aus</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="29" />
        <source>elaborates</source>
        <translation>führt aus</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="30" />
        <source>translation of</source>
        <translation>Übersetzung von</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="31" />
        <source>related</source>
        <translation>verwandt</translation>
    </message>
</context>
</TS>