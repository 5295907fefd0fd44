<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="54" />
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
        <translation>حول Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="57" />
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>مكتب للقراءة والتعليق على قصة واحدة تُروى بعدة لغات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="58" />
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>الترخيص: GPL-3.0 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="66" />
        <source>Bundled fonts</source>
        <translation>الخطوط المرفقة</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../desktop/ui/annotating.py" line="65" />
        <source>Highlight “%1”</source>
        <translation>تظليل «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="70" />
        <source>Delete highlight “%1”</source>
        <translation>حذف التظليل «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="81" />
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="89" />
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="97" />
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="118" />
        <source>Re-attach highlight</source>
        <translation>إعادة ربط التظليل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="127" />
        <source>Link passages</source>
        <translation>ربط المقاطع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="130" />
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="137" />
        <source>That tag no longer exists.</source>
        <translation>هذا الوسم لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="146" />
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="149" />
        <source>Recolour tag</source>
        <translation>تغيير لون الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="152" />
        <source>Move tag</source>
        <translation>نقل الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="155" />
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="158" />
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="188" />
        <source>Filter by quote or note</source>
        <translation>تصفية حسب الاقتباس أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By document</source>
        <translation>حسب المستند</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="189" />
        <source>By tag</source>
        <translation>حسب الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Anchored</source>
        <translation>مرتبطة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="190" />
        <source>Orphaned</source>
        <translation>يتيمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="191" />
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="193" />
        <location filename="../desktop/ui/annotation_panel.py" line="232" />
        <source>Any colour</source>
        <translation>أي لون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="194" />
        <source>Note (saved as you type):</source>
        <translation>ملاحظة (تُحفظ أثناء الكتابة):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="195" />
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>الوسوم (Enter للإضافة؛ انقر نقرًا مزدوجًا على الوسم لإزالته):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="196" />
        <source>Add a tag…</source>
        <translation>أضف وسمًا…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="197" />
        <source>Links:</source>
        <translation>الروابط:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="198" />
        <source>Follow</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="199" />
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="200" />
        <source>Re-attach to selection</source>
        <translation>إعادة الربط بالتحديد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="201" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="227" />
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="228" />
        <source>Any document</source>
        <translation>أي مستند</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="230" />
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="266" />
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="278" />
        <source> (orphaned)</source>
        <translation> (يتيم)</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="43" />
        <source>Highlight colours</source>
        <translation>ألوان التظليل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="50" />
        <source>meaning, e.g. claim</source>
        <translation>المعنى، مثل «ادعاء»</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="174" />
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Interlinear</source>
        <translation>ترجمة بين السطور</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="175" />
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="183" />
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>عرض الأصل أو ترجمته أو كليهما بين السطور أو جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="184" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="185" />
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="186" />
        <source>left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="189" />
        <source>Move this pane one place to the left (Ctrl+Shift+Left)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليسار (Ctrl+Shift+Left)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="190" />
        <source>Move this pane one place to the right (Ctrl+Shift+Right)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليمين (Ctrl+Shift+Right)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="191" />
        <source>Close this pane (Ctrl+W)</source>
        <translation>إغلاق هذه اللوحة (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pane.py" line="235" />
        <source>Translating… %1 of %2 sentences</source>
        <translation>جارٍ الترجمة… %1 من %2 جملة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="46" />
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="50" />
        <source>Any colour</source>
        <translation>أي لون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="54" />
        <source>One after another</source>
        <translation>واحدًا تلو الآخر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="55" />
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>جنبًا إلى جنب، بمحاذاة الفقرات (أفقي)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="60" />
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>إضافة الترجمة (%1) تحت كل جملة متى وُجدت</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="62" />
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>الفقرات ذات التعليقات فقط (موجز قصير)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="63" />
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV لبرامج الجداول (UTF-8 مع علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="69" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="71" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="72" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="74" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="75" />
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="76" />
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77" />
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="78" />
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="79" />
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="92" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="121" />
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="122" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="129" />
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="138" />
        <source>Choose at least one article.</source>
        <translation>اختر مقالة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="153" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="174" />
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="176" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="185" />
        <source>The export failed; the details are in the log.</source>
        <translation>فشل التصدير؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/findbar.py" line="48" />
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>البحث في هذه المقالة (يتجاهل حالة الأحرف والتشكيل واختلاف الإملاء)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="49" />
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="50" />
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="51" />
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="57" />
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/findbar.py" line="61" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="37" />
        <source>Which language?</source>
        <translation>أي لغة؟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="39" />
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>لا يستطيع Triptych تحديد لغة «%1» بثقة. بأي لغة هو؟</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../desktop/ui/library.py" line="47" />
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="48" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="49" />
        <source>Double-click or press Enter to open an article beside the others</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح المقالة بجانب الأخريات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="87" />
        <source>Open beside the others</source>
        <translation>فتح بجانب الأخريات</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="18" />
        <source>Link passages</source>
        <translation>ربط المقاطع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="28" />
        <source>Relation:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/link_dialog.py" line="30" />
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="42" />
        <source>All kinds of link</source>
        <translation>كل أنواع الروابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/links_panel.py" line="47" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>&amp;Import articles…</source>
        <translation>&amp;استيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195" />
        <source>Add .txt, .md or .html articles to the library</source>
        <translation>إضافة مقالات ‎.txt أو ‎.md أو ‎.html إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>&amp;Find in article…</source>
        <translation>&amp;البحث في المقالة…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197" />
        <source>Find in the current article (Ctrl+F)</source>
        <translation>البحث في المقالة الحالية (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198" />
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200" />
        <source>&amp;Actual size</source>
        <translation>&amp;الحجم الفعلي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="201" />
        <source>Zoom in all panes</source>
        <translation>تكبير في كل اللوحات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="202" />
        <source>Zoom out all panes</source>
        <translation>تصغير في كل اللوحات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="203" />
        <source>Actual size in all panes</source>
        <translation>الحجم الفعلي في كل اللوحات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>&amp;Synchronise scrolling</source>
        <translation>&amp;تزامن التمرير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="204" />
        <source>Scroll all panes together, by proportion</source>
        <translation>تمرير كل اللوحات معًا بالتناسب</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="205" />
        <source>&amp;Close pane</source>
        <translation>&amp;إغلاق اللوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Move pane &amp;left</source>
        <translation>نقل اللوحة إلى ال&amp;يسار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="207" />
        <source>Move pane &amp;right</source>
        <translation>نقل اللوحة إلى ال&amp;يمين</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="208" />
        <source>&amp;About Triptych</source>
        <translation>&amp;حول Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="209" />
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="215" />
        <source>&amp;Library</source>
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="217" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="218" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219" />
        <source>&amp;Pane</source>
        <translation>&amp;لوحة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="220" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221" />
        <source>&amp;Annotate</source>
        <translation>&amp;تعليقات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="222" />
        <source> Translate to: </source>
        <translation> الترجمة إلى: </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223" />
        <source>Translation &amp;models…</source>
        <translation>&amp;نماذج الترجمة…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="224" />
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="225" />
        <source>Import &amp;annotations (JSON)…</source>
        <translation>استيراد ال&amp;تعليقات (JSON)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227" />
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="228" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="229" />
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>لا توجد مقالة مفتوحة. افتح مقالة من المكتبة أو استوردها بـ Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="262" />
        <source>That article is no longer in the library.</source>
        <translation>لم تعد هذه المقالة في المكتبة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="361" />
        <source>Exported %1</source>
        <translation>صُدِّر %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="366" />
        <source>Import annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="367" />
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="381" />
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>استُورد %1 تعليقًا و%2 وسمًا و%3 رابطًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="449" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="451" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>المقالات (*.txt *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="476" />
        <source>Imported %n article(s).</source>
        <translation><numerusform>لم تُستورد أي مقالة.</numerusform><numerusform>استُوردت مقالة واحدة.</numerusform><numerusform>استُوردت مقالتان.</numerusform><numerusform>استُوردت %n مقالات.</numerusform><numerusform>استُوردت %n مقالة.</numerusform><numerusform>استُوردت %n مقالة.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="75" />
        <source>Translation models</source>
        <translation>نماذج الترجمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="76" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="77" />
        <source>Install from file…</source>
        <translation>تثبيت من ملف…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="79" />
        <source>Download…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="80" />
        <source>Package index:</source>
        <translation>فهرس الحزم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="81" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="93" />
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>لا يوجد نموذج مثبت. ثبّت ملف ‎.argosmodel أو نزّل نموذجًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="117" />
        <source>Cancelled; nothing was installed.</source>
        <translation>أُلغي؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="124" />
        <source>That did not work; see the log.</source>
        <translation>لم ينجح ذلك؛ راجع السجل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="133" />
        <source>Installed.</source>
        <translation>تم التثبيت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="136" />
        <source>Install a translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="137" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>نماذج Argos ‏(*.argosmodel);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="161" />
        <source>Downloaded and installed.</source>
        <translation>نُزِّل وثُبِّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <location filename="../desktop/ui/models_dialog.py" line="168" />
        <source>Download a model</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="164" />
        <source>Language pair (for example ar-en):</source>
        <translation>زوج اللغات (مثلًا ar-en):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="169" />
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>سيتصل Triptych بـ %1 لتنزيل النموذج. هل تريد المتابعة؟</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../desktop/ui/notebook.py" line="135" />
        <source>Notebook</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="136" />
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="137" />
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="138" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="139" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="140" />
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="142" />
        <source>&amp;Delete highlight</source>
        <translation>&amp;حذف التظليل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="143" />
        <source>&amp;Link to another passage…</source>
        <translation>&amp;ربط بمقطع آخر…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="144" />
        <source>&amp;Tags…</source>
        <translation>&amp;الوسوم…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="145" />
        <source>Highlight &amp;colours…</source>
        <translation>&amp;ألوان التظليل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="146" />
        <source>&amp;Search everything…</source>
        <translation>&amp;البحث في كل شيء…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="147" />
        <source>&amp;Notebook</source>
        <translation>&amp;الدفتر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="155" />
        <source>Highlight %1</source>
        <translation>تظليل %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="210" />
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا أولًا لتظليله.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="237" />
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>حدّد في المقالة أولًا المقطع المراد الربط به، ثم اختر إعادة الربط مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="296" />
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>انقر على تظليل أولًا، ثم اختر الربط لرسم رابط منه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="300" />
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>انقر على التظليل المراد الربط به (Esc للإلغاء).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="338" />
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="340" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="345" />
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/notebook.py" line="348" />
        <source>Edit note…</source>
        <translation>تعديل الملاحظة…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/ui/preferences.py" line="35" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/preferences.py" line="36" />
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="43" />
        <source>Search all articles and annotations</source>
        <translation>البحث في كل المقالات والتعليقات</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/search_panel.py" line="55" />
        <source>%n result(s)</source>
        <translation><numerusform>لا نتائج</numerusform><numerusform>نتيجة واحدة</numerusform><numerusform>نتيجتان</numerusform><numerusform>%n نتائج</numerusform><numerusform>%n نتيجة</numerusform><numerusform>%n نتيجة</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>annotation</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="57" />
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="54" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="55" />
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Nest under…</source>
        <translation>إدراج تحت…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="97" />
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation><numerusform>حذف الوسم «%1»؟ ليس على أي تظليل.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على تظليل واحد يحتفظ بوسومه الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على تظليلين يحتفظان بوسومهما الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليلات تحتفظ بوسومها الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليلًا تحتفظ بوسومها الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليل تحتفظ بوسومها الأخرى.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="100" />
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation><numerusform>لا وسوم فرعية.</numerusform><numerusform>سينتقل وسمه الفرعي الوحيد مستوى إلى الأعلى.</numerusform><numerusform>سينتقل وسماه الفرعيان مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="101" />
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="106" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="119" />
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="128" />
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="137" />
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Nest tag</source>
        <translation>إدراج الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="138" />
        <source>Put it under:</source>
        <translation>ضعه تحت:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="151" />
        <source>Merge into:</source>
        <translation>دمج في:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="161" />
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../desktop/ui/translating.py" line="141" />
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>أُلغيت الترجمة؛ الجمل المنجزة محفوظة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="156" />
        <source>The translation failed; the details are in the log.</source>
        <translation>فشلت الترجمة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="182" />
        <source>Correct the translation</source>
        <translation>تصحيح الترجمة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/app.py" line="100" />
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>يمكن لـ Triptych الإبقاء على الملف التالف باسم آخر بجانبه والبدء بقاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="103" />
        <source>Keep it and start a new database</source>
        <translation>الإبقاء عليه وبدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="110" />
        <source>The damaged database was kept as %1.</source>
        <translation>حُفظت قاعدة البيانات التالفة باسم %1.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../desktop/ui/i18n.py" line="82" />
        <source>Arabic</source>
        <extracomment>Interface languages, each named in itself.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="83" />
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="84" />
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="85" />
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="86" />
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="87" />
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="88" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="89" />
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="90" />
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="91" />
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/i18n.py" line="92" />
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="26" />
        <source>same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="27" />
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="28" />
        <source>omits</source>
        <translation>يُغفل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="29" />
        <source>elaborates</source>
        <translation>يُفصّل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="30" />
        <source>translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotation_panel.py" line="31" />
        <source>related</source>
        <translation>ذو صلة</translation>
    </message>
</context>
</TS>