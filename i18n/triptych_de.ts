<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="54" />
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
        <translation>Über Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="57" />
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>Ein Lese- und Annotationstisch für eine Geschichte, die in mehreren Sprachen erzählt wird.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="58" />
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Lizenz: GPL-3.0 oder neuer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Bundled fonts</source>
        <translation>Mitgelieferte Schriften</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../desktop/ui/annotating.py" line="65" />
        <source>Highlight “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="70" />
        <source>Delete highlight “%1”</source>
        <translation>Markierung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="81" />
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="89" />
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="97" />
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="118" />
        <source>Re-attach highlight</source>
        <translation>Markierung neu verankern</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="127" />
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="130" />
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="137" />
        <source>That tag no longer exists.</source>
        <translation>Dieses Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="146" />
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="149" />
        <source>Recolour tag</source>
        <translation>Schlagwort umfärben</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="152" />
        <source>Move tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="155" />
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="158" />
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
        <location filename="../desktop/ui/export_dialog.py" line="46" />
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="50" />
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="54" />
        <source>One after another</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="55" />
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>Nebeneinander, absatzweise ausgerichtet (Querformat)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="60" />
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>Die Übersetzung (%1) unter jeden Satz setzen, wo es eine gibt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="62" />
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>Nur Absätze mit Anmerkungen (kurzes Briefing)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="63" />
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV für Tabellenprogramme (UTF-8 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="69" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="71" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="72" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="74" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="75" />
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="76" />
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77" />
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="78" />
        <source>Layout:</source>
        <translation>Anordnung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="79" />
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="92" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="121" />
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="122" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="129" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="138" />
        <source>Choose at least one article.</source>
        <translation>Wählen Sie mindestens einen Artikel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="153" />
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="174" />
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="176" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="185" />
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
        <location filename="../desktop/ui/library.py" line="47" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="49" />
        <source>Double-click or press Enter to open an article beside the others</source>
        <translation>Doppelklicken oder Enter drücken, um einen Artikel neben den anderen zu öffnen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="87" />
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
        <location filename="../desktop/ui/main_window.py" line="381" />
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>%1 Anmerkungen, %2 Schlagwörter, %3 Verknüpfungen importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="449" />
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="451" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="476" />
        <source>Imported %n article(s).</source>
        <translation><numerusform>%n Artikel importiert.</numerusform><numerusform>%n Artikel importiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="75" />
        <source>Translation models</source>
        <translation>Übersetzungsmodelle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="77" />
        <source>Install from file…</source>
        <translation>Aus Datei installieren…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="79" />
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="80" />
        <source>Package index:</source>
        <translation>Paketverzeichnis:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="81" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="93" />
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>Kein Modell ist installiert. Installieren Sie eine .argosmodel-Datei oder laden Sie eines herunter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="117" />
        <source>Cancelled; nothing was installed.</source>
        <translation>Abgebrochen; nichts wurde installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="124" />
        <source>That did not work; see the log.</source>
        <translation>Das hat nicht geklappt; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="133" />
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="136" />
        <source>Install a translation model</source>
        <translation>Ein Übersetzungsmodell installieren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="137" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos-Modelle (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="161" />
        <source>Downloaded and installed.</source>
        <translation>Heruntergeladen und installiert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <location filename="../desktop/ui/models_dialog.py" line="168" />
        <source>Download a model</source>
        <translation>Ein Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <source>Language pair (for example ar-en):</source>
        <translation>Sprachpaar (zum Beispiel ar-en):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="169" />
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
        <location filename="../desktop/ui/tag_manager.py" line="54" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Nest under…</source>
        <translation>Unterordnen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="97" />
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation><numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierung; sie behält ihre anderen Schlagwörter.</numerusform><numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierungen; sie behalten ihre anderen Schlagwörter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="100" />
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation><numerusform>Sein %n Unterschlagwort rückt eine Ebene auf.</numerusform><numerusform>Seine %n Unterschlagwörter rücken eine Ebene auf.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="101" />
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="128" />
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="137" />
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Nest tag</source>
        <translation>Schlagwort unterordnen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Put it under:</source>
        <translation>Unterordnen unter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="161" />
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
        <location filename="../desktop/ui/translating.py" line="156" />
        <source>The translation failed; the details are in the log.</source>
        <translation>Die Übersetzung ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="182" />
        <source>Correct the translation</source>
        <translation>Übersetzung korrigieren</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/app.py" line="100" />
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>Triptych kann die beschädigte Datei unter anderem Namen daneben aufbewahren und mit einer neuen, leeren Datenbank beginnen.</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="103" />
        <source>Keep it and start a new database</source>
        <translation>Aufbewahren und neue Datenbank beginnen</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="110" />
        <source>The damaged database was kept as %1.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt.</translation>
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