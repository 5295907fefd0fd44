<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
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
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
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
        <source>right to left</source>
        <translation>von rechts nach links</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>von links nach rechts</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+Left)</source>
        <translation>Diesen Bereich um eine Stelle nach links (Strg+Umschalt+Links)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+Right)</source>
        <translation>Diesen Bereich um eine Stelle nach rechts (Strg+Umschalt+Rechts)</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation>Diesen Bereich schließen (Strg+W)</translation>
    </message>
    <message>
        <source>Translating… %1 of %2 sentences</source>
        <translation>Übersetze… %1 von %2 Sätzen</translation>
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
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Open beside the others</source>
        <translation>Neben den anderen öffnen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <source>bundled with Triptych</source>
        <translation>mit Triptych geliefert</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;Import articles…</source>
        <extracomment>The sidebars&apos; width on a first start.</extracomment>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Add .txt, .md or .html articles to the library</source>
        <translation>.txt-, .md- oder .html-Artikel zur Bibliothek hinzufügen</translation>
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
        <source>&amp;Close pane</source>
        <translation>Bereich &amp;schließen</translation>
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
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <translation>&amp;Annotieren</translation>
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
        <source>Import &amp;annotations (JSON)…</source>
        <translation>&amp;Anmerkungen importieren (JSON)…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Import annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>%1 Anmerkungen, %2 Schlagwörter, %3 Verknüpfungen importiert.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
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
        <source>Installed.</source>
        <translation>Installiert.</translation>
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
        <source>Downloaded and installed.</source>
        <translation>Heruntergeladen und installiert.</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles and annotations</source>
        <translation>Alle Artikel und Anmerkungen durchsuchen</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
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
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierung; sie behält ihre anderen Schlagwörter.</numerusform>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Markierungen; sie behalten ihre anderen Schlagwörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation>
            <numerusform>Sein %n Unterschlagwort rückt eine Ebene auf.</numerusform>
            <numerusform>Seine %n Unterschlagwörter rücken eine Ebene auf.</numerusform>
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
        <source>The translation failed; the details are in the log.</source>
        <translation>Die Übersetzung ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Correct the translation</source>
        <translation>Übersetzung korrigieren</translation>
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
</context>
<context>
    <name>errors</name>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit muss mindestens 1 und --offset mindestens 0 sein.</translation>
    </message>
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
        <source>Annotation {annotation_id} does not match the text of its article.</source>
        <translation>Die Anmerkung {annotation_id} passt nicht zum Text ihres Artikels.</translation>
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
        <source>Cannot use {root} as the data folder: {value}.</source>
        <translation>{root} kann nicht als Datenordner dienen: {value}.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>Das Bildschirmfoto {path} lässt sich nicht schreiben: {value}.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {root}; choose another with --data-dir.</source>
        <translation>In den Datenordner {root} lässt sich nicht schreiben; wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Cannot write to {path_parent}: permission denied.</source>
        <translation>In {path_parent} lässt sich nicht schreiben: keine Berechtigung.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {value}.</source>
        <translation>{path} lässt sich nicht schreiben: {value}.</translation>
    </message>
    <message>
        <source>Give a document id (see `triptych list`).</source>
        <translation>Geben Sie eine Dokumentkennung an (siehe `triptych list`).</translation>
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
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
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
        <source>The database is busy in another Triptych window or process; nothing was changed, try again.</source>
        <translation>Die Datenbank ist in einem anderen Triptych-Fenster oder -Prozess in Gebrauch; nichts wurde geändert, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>Die Datenbank {path} stammt von einer neueren Triptych-Version (Schema {version}; diese Version liest bis {SCHEMA_VERSION}); aktualisieren Sie Triptych oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The disk is full; {path_name} was not written.</source>
        <translation>Der Datenträger ist voll; {path_name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>Das Herunterladen des Modells {from_code}-{to_code} ist fehlgeschlagen: {value}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>The model could not be installed: {value}.</source>
        <translation>Das Modell ließ sich nicht installieren: {value}.</translation>
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
        <source>The quote occurs {count} time(s) in {document_id}, so there is no occurrence {occurrence}.</source>
        <translation>Das Zitat kommt {count}-mal in {document_id} vor, ein {occurrence}. Vorkommen gibt es also nicht.</translation>
    </message>
    <message>
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>Das Zitat kommt {value}-mal in {document_id} vor; wählen Sie eines mit --occurrence 1..{value}.</translation>
    </message>
    <message>
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>Das Modell {info_pair}, Version {info_version}, ist schon installiert.</translation>
    </message>
    <message>
        <source>The {model_pair} model uses a tokenizer Triptych cannot load (only SentencePiece).</source>
        <translation>Das Modell {model_pair} nutzt einen Tokenizer, den Triptych nicht laden kann (nur SentencePiece).</translation>
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
        <source>This change can no longer be made: the passage, tag or link it concerns has changed meanwhile.</source>
        <translation>Diese Änderung ist nicht mehr möglich: Die Passage, das Schlagwort oder die Verknüpfung, um die es geht, hat sich inzwischen geändert.</translation>
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
        <source>{name} is not a .txt, .md or .html file.</source>
        <translation>{name} ist keine .txt-, .md- oder .html-Datei.</translation>
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
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>{name} ist {value:.0f} MB groß; Triptych importiert Artikel bis {value2} MB.</translation>
    </message>
    <message>
        <source>{name} must hold exactly one package folder.</source>
        <translation>{name} muss genau einen Paketordner enthalten.</translation>
    </message>
    <message>
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>{name} beginnt mit einer {value}-Markierung, ist aber kein gültiger {value}-Text.</translation>
    </message>
    <message>
        <source>{path_name} annotates documents that are not in the library ({value}); import them first; nothing was imported.</source>
        <translation>{path_name} annotiert Dokumente, die nicht in der Bibliothek sind ({value}); importieren Sie sie zuerst; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{path_name} is not a Triptych/W3C annotation export ({why}); nothing was imported.</source>
        <translation>{path_name} ist kein Triptych/W3C-Anmerkungsexport ({why}); nichts wurde importiert.</translation>
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
        <source>“{value}” is not a state of an annotation; use anchored or orphaned.</source>
        <translation>„{value}“ ist kein Zustand einer Anmerkung; verwenden Sie anchored oder orphaned.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Arabic</source>
        <extracomment>Interface languages, each named in itself.</extracomment>
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
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
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
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <source>same claim</source>
        <translation>gleiche Behauptung</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>omits</source>
        <translation>lässt aus</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>führt aus</translation>
    </message>
    <message>
        <source>translation of</source>
        <translation>Übersetzung von</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verwandt</translation>
    </message>
</context>
</TS>
