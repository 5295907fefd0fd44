<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="54" />
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
        <translation>О программе Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="57" />
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>Рабочий стол для чтения и аннотирования одной истории, рассказанной на нескольких языках.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="58" />
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Лицензия: GPL-3.0 или более поздняя.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Bundled fonts</source>
        <translation>Встроенные шрифты</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../desktop/ui/annotating.py" line="65" />
        <source>Highlight “%1”</source>
        <translation>Выделить «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="70" />
        <source>Delete highlight “%1”</source>
        <translation>Удалить выделение «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="81" />
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="89" />
        <source>Change colour</source>
        <translation>Изменить цвет</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="97" />
        <source>Change tags</source>
        <translation>Изменить метки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="118" />
        <source>Re-attach highlight</source>
        <translation>Заново привязать выделение</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="127" />
        <source>Link passages</source>
        <translation>Связать фрагменты</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="130" />
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="137" />
        <source>That tag no longer exists.</source>
        <translation>Этой метки больше нет.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="146" />
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="149" />
        <source>Recolour tag</source>
        <translation>Изменить цвет метки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="152" />
        <source>Move tag</source>
        <translation>Переместить метку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="155" />
        <source>Merge tags</source>
        <translation>Объединить метки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="158" />
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="188" />
        <source>Filter by quote or note</source>
        <translation>Фильтр по цитате или заметке</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By document</source>
        <translation>По документам</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By tag</source>
        <translation>По меткам</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Anchored</source>
        <translation>Привязанные</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Orphaned</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="191" />
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="193" />
        <location filename="../desktop/ui/annotation_panel.py" line="232" />
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="194" />
        <source>Note (saved as you type):</source>
        <translation>Заметка (сохраняется по мере ввода):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="195" />
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>Метки (Enter добавляет; двойной щелчок по метке удаляет её):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="196" />
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="197" />
        <source>Links:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="198" />
        <source>Follow</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="199" />
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="200" />
        <source>Re-attach to selection</source>
        <translation>Привязать к выделенному</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="201" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="227" />
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="228" />
        <source>Any document</source>
        <translation>Любой документ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="230" />
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="266" />
        <source>(no tag)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="278" />
        <source> (orphaned)</source>
        <translation> (потеряно)</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="43" />
        <source>Highlight colours</source>
        <translation>Цвета выделения</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="50" />
        <source>meaning, e.g. claim</source>
        <translation>значение, например «утверждение»</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Interlinear</source>
        <translation>Подстрочник</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="183" />
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>Показать оригинал, перевод, подстрочник или оба рядом</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="184" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="185" />
        <source>Models…</source>
        <translation>Модели…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>right to left</source>
        <translation>справа налево</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>left to right</source>
        <translation>слева направо</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="189" />
        <source>Move this pane one place to the left (Ctrl+Shift+Left)</source>
        <translation>Сдвинуть панель на одно место влево (Ctrl+Shift+Влево)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="190" />
        <source>Move this pane one place to the right (Ctrl+Shift+Right)</source>
        <translation>Сдвинуть панель на одно место вправо (Ctrl+Shift+Вправо)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="191" />
        <source>Close this pane (Ctrl+W)</source>
        <translation>Закрыть панель (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="235" />
        <source>Translating… %1 of %2 sentences</source>
        <translation>Перевод… %1 из %2 предложений</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="46" />
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="50" />
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="54" />
        <source>One after another</source>
        <translation>Друг за другом</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="55" />
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>Рядом, с выравниванием по абзацам (альбомная)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="60" />
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>Добавить перевод (%1) под каждым предложением, где он есть</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="62" />
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>Только абзацы с аннотациями (краткая сводка)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="63" />
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV для табличных программ (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="69" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="71" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="72" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="74" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="75" />
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="76" />
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77" />
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="78" />
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="79" />
        <source>Page size:</source>
        <translation>Размер страницы:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="92" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="121" />
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="122" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="129" />
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="138" />
        <source>Choose at least one article.</source>
        <translation>Выберите хотя бы одну статью.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="153" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="174" />
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="176" />
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="185" />
        <source>The export failed; the details are in the log.</source>
        <translation>Экспорт не удался; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="48" />
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>Найти в статье (без учёта регистра, диакритики и вариантов написания)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="49" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="50" />
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="51" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="57" />
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="61" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="37" />
        <source>Which language?</source>
        <translation>Какой язык?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="39" />
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>Triptych не может уверенно определить язык «%1». На каком он языке?</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../desktop/ui/library.py" line="47" />
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="49" />
        <source>Double-click or press Enter to open an article beside the others</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть статью рядом с другими</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="87" />
        <source>Open beside the others</source>
        <translation>Открыть рядом с другими</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="18" />
        <source>Link passages</source>
        <translation>Связать фрагменты</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="28" />
        <source>Relation:</source>
        <translation>Отношение:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="30" />
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="42" />
        <source>All kinds of link</source>
        <translation>Все виды связей</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>To</source>
        <translation>Куда</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>&amp;Import articles…</source>
        <translation>&amp;Импорт статей…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>Add .txt, .md or .html articles to the library</source>
        <translation>Добавить статьи .txt, .md или .html в библиотеку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>&amp;Find in article…</source>
        <translation>&amp;Найти в статье…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>Find in the current article (Ctrl+F)</source>
        <translation>Найти в текущей статье (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199" />
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200" />
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="201" />
        <source>Zoom in all panes</source>
        <translation>Увеличить во всех панелях</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="202" />
        <source>Zoom out all panes</source>
        <translation>Уменьшить во всех панелях</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="203" />
        <source>Actual size in all panes</source>
        <translation>Исходный размер во всех панелях</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>&amp;Synchronise scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>Scroll all panes together, by proportion</source>
        <translation>Прокручивать все панели вместе, пропорционально</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="205" />
        <source>&amp;Close pane</source>
        <translation>&amp;Закрыть панель</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Move pane &amp;left</source>
        <translation>Сдвинуть панель &amp;влево</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="207" />
        <source>Move pane &amp;right</source>
        <translation>Сдвинуть панель в&amp;право</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="208" />
        <source>&amp;About Triptych</source>
        <translation>&amp;О программе Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="209" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215" />
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="218" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219" />
        <source>&amp;Pane</source>
        <translation>&amp;Панель</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221" />
        <source>&amp;Annotate</source>
        <translation>&amp;Аннотации</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="222" />
        <source> Translate to: </source>
        <translation> Переводить на: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223" />
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="224" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="225" />
        <source>Import &amp;annotations (JSON)…</source>
        <translation>Импорт &amp;аннотаций (JSON)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227" />
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="228" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="229" />
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>Нет открытых статей. Откройте статью из библиотеки или импортируйте её (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="262" />
        <source>That article is no longer in the library.</source>
        <translation>Этой статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="361" />
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="366" />
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="367" />
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="381" />
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>Импортировано аннотаций: %1, меток: %2, связей: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="449" />
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="451" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Статьи (*.txt *.md *.markdown *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="476" />
        <source>Imported %n article(s).</source>
        <translation><numerusform>Импортирована %n статья.</numerusform><numerusform>Импортировано %n статьи.</numerusform><numerusform>Импортировано %n статей.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="75" />
        <source>Translation models</source>
        <translation>Модели перевода</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="77" />
        <source>Install from file…</source>
        <translation>Установить из файла…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="79" />
        <source>Download…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="80" />
        <source>Package index:</source>
        <translation>Каталог пакетов:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="81" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="93" />
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>Ни одна модель не установлена. Установите файл .argosmodel или загрузите модель.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="117" />
        <source>Cancelled; nothing was installed.</source>
        <translation>Отменено; ничего не установлено.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="124" />
        <source>That did not work; see the log.</source>
        <translation>Не получилось; см. журнал.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="133" />
        <source>Installed.</source>
        <translation>Установлено.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="136" />
        <source>Install a translation model</source>
        <translation>Установить модель перевода</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="137" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Модели Argos (*.argosmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="161" />
        <source>Downloaded and installed.</source>
        <translation>Загружено и установлено.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <location filename="../desktop/ui/models_dialog.py" line="168" />
        <source>Download a model</source>
        <translation>Загрузить модель</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <source>Language pair (for example ar-en):</source>
        <translation>Языковая пара (например, ar-en):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="169" />
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>Triptych подключится к %1, чтобы загрузить модель. Продолжить?</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../desktop/ui/notebook.py" line="135" />
        <source>Notebook</source>
        <translation>Блокнот</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="136" />
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="137" />
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="138" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="139" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="140" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="142" />
        <source>&amp;Delete highlight</source>
        <translation>&amp;Удалить выделение</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="143" />
        <source>&amp;Link to another passage…</source>
        <translation>&amp;Связать с другим фрагментом…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="144" />
        <source>&amp;Tags…</source>
        <translation>&amp;Метки…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="145" />
        <source>Highlight &amp;colours…</source>
        <translation>&amp;Цвета выделения…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="146" />
        <source>&amp;Search everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="147" />
        <source>&amp;Notebook</source>
        <translation>&amp;Блокнот</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="155" />
        <source>Highlight %1</source>
        <translation>Выделить: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="210" />
        <source>Select some text to highlight first.</source>
        <translation>Сначала выделите текст.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="237" />
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>Сначала выделите в статье фрагмент для привязки, затем снова выберите «Привязать».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="296" />
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>Сначала щёлкните по выделению, затем выберите «Связать».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="300" />
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>Щёлкните по выделению, с которым нужно связать (Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="338" />
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="340" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="345" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="348" />
        <source>Edit note…</source>
        <translation>Изменить заметку…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences.py" line="35" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="36" />
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="43" />
        <source>Search all articles and annotations</source>
        <translation>Искать во всех статьях и аннотациях</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/search_panel.py" line="55" />
        <source>%n result(s)</source>
        <translation><numerusform>%n результат</numerusform><numerusform>%n результата</numerusform><numerusform>%n результатов</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>annotation</source>
        <translation>аннотация</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="54" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Highlights</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Nest under…</source>
        <translation>Вложить в…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="97" />
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation><numerusform>Удалить метку «%1»? Она стоит на %n выделении; другие метки у него останутся.</numerusform><numerusform>Удалить метку «%1»? Она стоит на %n выделениях; другие метки у них останутся.</numerusform><numerusform>Удалить метку «%1»? Она стоит на %n выделениях; другие метки у них останутся.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="100" />
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation><numerusform>Её %n вложенная метка поднимется на уровень выше.</numerusform><numerusform>Её %n вложенные метки поднимутся на уровень выше.</numerusform><numerusform>Её %n вложенных меток поднимутся на уровень выше.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="101" />
        <source>You can undo this.</source>
        <translation>Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="128" />
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="137" />
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Nest tag</source>
        <translation>Вложить метку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Put it under:</source>
        <translation>Поместить в:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge tag</source>
        <translation>Объединить метку</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge into:</source>
        <translation>Объединить с:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="161" />
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../desktop/ui/translating.py" line="141" />
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>Перевод отменён; уже переведённые предложения сохранены.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="156" />
        <source>The translation failed; the details are in the log.</source>
        <translation>Перевод не удался; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="182" />
        <source>Correct the translation</source>
        <translation>Исправить перевод</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/app.py" line="100" />
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>Triptych может сохранить повреждённый файл под другим именем рядом и начать с новой, пустой базы данных.</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="103" />
        <source>Keep it and start a new database</source>
        <translation>Сохранить его и начать новую базу</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="110" />
        <source>The damaged database was kept as %1.</source>
        <translation>Повреждённая база сохранена как %1.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../desktop/ui/i18n.py" line="82" />
        <source>Arabic</source>
        <extracomment>Interface languages, each named in itself.</extracomment>
        <translation>арабский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="83" />
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="84" />
        <source>Hebrew</source>
        <translation>иврит</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="85" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="86" />
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="87" />
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="88" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="89" />
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="90" />
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="91" />
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="92" />
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="26" />
        <source>same claim</source>
        <translation>то же утверждение</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="27" />
        <source>contradicts</source>
        <translation>противоречит</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="28" />
        <source>omits</source>
        <translation>опускает</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="29" />
        <source>elaborates</source>
        <translation>развивает</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="30" />
        <source>translation of</source>
        <translation>перевод</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="31" />
        <source>related</source>
        <translation>связано</translation>
    </message>
</context>
</TS>