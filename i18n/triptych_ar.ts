<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/about.py" line="56" />
        <source>About Triptych</source>
        <extracomment>(distribution, licence) of what Triptych is built on.</extracomment>
        <translation>حول Triptych</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="59" />
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>مكتب للقراءة والتعليق على قصة واحدة تُروى بعدة لغات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="60" />
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>الترخيص: GPL-3.0 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="68" />
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="68" />
        <source>Bundled fonts</source>
        <translation>الخطوط المرفقة</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../desktop/ui/annotating.py" line="66" />
        <source>Highlight “%1”</source>
        <translation>تظليل «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="71" />
        <source>Delete highlight “%1”</source>
        <translation>حذف التظليل «%1»</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="82" />
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="90" />
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="98" />
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="119" />
        <source>Re-attach highlight</source>
        <translation>إعادة ربط التظليل</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="128" />
        <source>Link passages</source>
        <translation>ربط المقاطع</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="131" />
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="138" />
        <source>That tag no longer exists.</source>
        <translation>هذا الوسم لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="147" />
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="150" />
        <source>Recolour tag</source>
        <translation>تغيير لون الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="153" />
        <source>Move tag</source>
        <translation>نقل الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="156" />
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/annotating.py" line="159" />
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
        <location filename="../desktop/ui/export_dialog.py" line="47" />
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="51" />
        <source>Any colour</source>
        <translation>أي لون</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="55" />
        <source>One after another</source>
        <translation>واحدًا تلو الآخر</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="56" />
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>جنبًا إلى جنب، بمحاذاة الفقرات (أفقي)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="61" />
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>إضافة الترجمة (%1) تحت كل جملة متى وُجدت</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="63" />
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>الفقرات ذات التعليقات فقط (موجز قصير)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="64" />
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV لبرامج الجداول (UTF-8 مع علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="70" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="72" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="73" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="75" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="76" />
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77" />
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="78" />
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="79" />
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="80" />
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="93" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="122" />
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="123" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="130" />
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="139" />
        <source>Choose at least one article.</source>
        <translation>اختر مقالة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="154" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="175" />
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="177" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="186" />
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
        <location filename="../desktop/ui/library.py" line="49" />
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="50" />
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="50" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="51" />
        <source>Double-click or press Enter to open an article beside the others</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح المقالة بجانب الأخريات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library.py" line="89" />
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
        <location filename="../desktop/ui/main_window.py" line="383" />
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>استُورد %1 تعليقًا و%2 وسمًا و%3 رابطًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="451" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="453" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>المقالات (*.txt *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="478" />
        <source>Imported %n article(s).</source>
        <translation><numerusform>لم تُستورد أي مقالة.</numerusform><numerusform>استُوردت مقالة واحدة.</numerusform><numerusform>استُوردت مقالتان.</numerusform><numerusform>استُوردت %n مقالات.</numerusform><numerusform>استُوردت %n مقالة.</numerusform><numerusform>استُوردت %n مقالة.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="77" />
        <source>Translation models</source>
        <translation>نماذج الترجمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="78" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="79" />
        <source>Install from file…</source>
        <translation>تثبيت من ملف…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="80" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="81" />
        <source>Download…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="82" />
        <source>Package index:</source>
        <translation>فهرس الحزم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="83" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="95" />
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>لا يوجد نموذج مثبت. ثبّت ملف ‎.argosmodel أو نزّل نموذجًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="119" />
        <source>Cancelled; nothing was installed.</source>
        <translation>أُلغي؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="126" />
        <source>That did not work; see the log.</source>
        <translation>لم ينجح ذلك؛ راجع السجل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="135" />
        <source>Installed.</source>
        <translation>تم التثبيت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="138" />
        <source>Install a translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="139" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>نماذج Argos ‏(*.argosmodel);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="163" />
        <source>Downloaded and installed.</source>
        <translation>نُزِّل وثُبِّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="166" />
        <location filename="../desktop/ui/models_dialog.py" line="170" />
        <source>Download a model</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="166" />
        <source>Language pair (for example ar-en):</source>
        <translation>زوج اللغات (مثلًا ar-en):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/models_dialog.py" line="171" />
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
        <location filename="../desktop/ui/tag_manager.py" line="56" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="57" />
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="58" />
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Nest under…</source>
        <translation>إدراج تحت…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="59" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="99" />
        <source>Delete the tag “%1”? It is on %n highlight(s); they keep their other tags.</source>
        <translation><numerusform>حذف الوسم «%1»؟ ليس على أي تظليل.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على تظليل واحد يحتفظ بوسومه الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على تظليلين يحتفظان بوسومهما الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليلات تحتفظ بوسومها الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليلًا تحتفظ بوسومها الأخرى.</numerusform><numerusform>حذف الوسم «%1»؟ إنه على %n تظليل تحتفظ بوسومها الأخرى.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tag_manager.py" line="102" />
        <source>Its %n sub-tag(s) move up one level.</source>
        <translation><numerusform>لا وسوم فرعية.</numerusform><numerusform>سينتقل وسمه الفرعي الوحيد مستوى إلى الأعلى.</numerusform><numerusform>سينتقل وسماه الفرعيان مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform><numerusform>ستنتقل وسومه الفرعية الـ%n مستوى إلى الأعلى.</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="103" />
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="108" />
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="108" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="121" />
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="121" />
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="130" />
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="139" />
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="140" />
        <source>Nest tag</source>
        <translation>إدراج الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="140" />
        <source>Put it under:</source>
        <translation>ضعه تحت:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="153" />
        <source>Merge tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="153" />
        <source>Merge into:</source>
        <translation>دمج في:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="163" />
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
        <location filename="../desktop/ui/translating.py" line="158" />
        <source>The translation failed; the details are in the log.</source>
        <translation>فشلت الترجمة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translating.py" line="184" />
        <source>Correct the translation</source>
        <translation>تصحيح الترجمة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/app.py" line="103" />
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>يمكن لـ Triptych الإبقاء على الملف التالف باسم آخر بجانبه والبدء بقاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="106" />
        <source>Keep it and start a new database</source>
        <translation>الإبقاء عليه وبدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../desktop/app.py" line="113" />
        <source>The damaged database was kept as %1.</source>
        <translation>حُفظت قاعدة البيانات التالفة باسم %1.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="9" />
        <source>A different package already uses the folder {target_name}; remove it first.</source>
        <translation>حزمة أخرى تستخدم المجلد {target_name} بالفعل؛ أزلها أولًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="10" />
        <source>A passage cannot be linked to itself.</source>
        <translation>لا يمكن ربط مقطع بنفسه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="11" />
        <source>A tag cannot be merged into itself.</source>
        <translation>لا يمكن دمج وسم في نفسه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="12" />
        <source>A tag cannot be nested under itself or one of its own sub-tags.</source>
        <translation>لا يمكن إدراج وسم تحت نفسه أو تحت أحد وسومه الفرعية.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="13" />
        <source>A tag name can have at most 80 characters.</source>
        <translation>يمكن أن يتكون اسم الوسم من 80 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="14" />
        <source>A tag needs a name.</source>
        <translation>يحتاج الوسم إلى اسم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="15" />
        <source>Cannot read the database {path}: {value}.</source>
        <translation>تعذرت قراءة قاعدة البيانات {path}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="16" />
        <source>Cannot read the model index at {index_url}: {value}.</source>
        <translation>تعذرت قراءة فهرس النماذج في {index_url}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="17" />
        <source>Cannot read {name}: {value}.</source>
        <translation>تعذرت قراءة {name}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="18" />
        <source>Cannot tell the language of {name} with confidence (perhaps {guess_language}); choose it with --lang.</source>
        <translation>تعذر تحديد لغة {name} بثقة (ربما {guess_language})؛ اخترها بـ --lang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="19" />
        <source>Cannot tell the language of {name} with confidence; choose it with --lang.</source>
        <translation>تعذر تحديد لغة {name} بثقة؛ اخترها بـ --lang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="20" />
        <source>Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.</source>
        <translation>تعذر تحديد ترميز نص {name}؛ احفظه بترميز UTF-8 واستورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="21" />
        <source>Cannot use {root} as the data folder: {value}.</source>
        <translation>لا يمكن استخدام {root} مجلدًا للبيانات: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="22" />
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>تعذرت كتابة لقطة الشاشة {path}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="23" />
        <source>Cannot write to the data folder {root}; choose another with --data-dir.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات {root}؛ اختر غيره بـ --data-dir.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="24" />
        <source>Cannot write to {path_parent}: permission denied.</source>
        <translation>لا يمكن الكتابة في {path_parent}: الإذن مرفوض.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="25" />
        <source>Cannot write {path}: {value}.</source>
        <translation>تعذرت كتابة {path}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="26" />
        <source>Give a document id (see `triptych list`).</source>
        <translation>أعطِ معرّف مستند (انظر `triptych list`).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="27" />
        <source>More than one document id starts with “{ref}”; type more of it.</source>
        <translation>أكثر من معرّف مستند يبدأ بـ «{ref}»؛ اكتب المزيد منه.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="28" />
        <source>No annotation has the id “{annotation_id}”.</source>
        <translation>لا يوجد تعليق بالمعرّف «{annotation_id}».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="29" />
        <source>No document has the id “{ref}”; `triptych list` shows the ids.</source>
        <translation>لا يوجد مستند بالمعرّف «{ref}»؛ يعرض `triptych list` المعرّفات.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="30" />
        <source>No translation model from {from_language} to {to_language} is installed; add one in the Models dialog or with `triptych models install`.</source>
        <translation>لا يوجد نموذج مثبت للترجمة من {from_language} إلى {to_language}؛ أضف واحدًا من نافذة النماذج أو بالأمر `triptych models install`.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="31" />
        <source>No {pair} model is installed.</source>
        <translation>لا يوجد نموذج {pair} مثبت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="32" />
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا أولًا لتظليله.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="33" />
        <source>That link no longer exists.</source>
        <translation>هذا الرابط لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="34" />
        <source>That tag no longer exists.</source>
        <translation>هذا الوسم لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="35" />
        <source>The database is busy in another Triptych window or process; nothing was changed, try again.</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو عملية أخرى لـ Triptych؛ لم يتغير شيء، حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="36" />
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Triptych (المخطط {version}؛ هذا الإصدار يقرأ حتى {SCHEMA_VERSION})؛ حدّث Triptych أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="37" />
        <source>The disk is full; {path_name} was not written.</source>
        <translation>القرص ممتلئ؛ لم يُكتب {path_name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="38" />
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>فشل تنزيل النموذج {from_code}-{to_code}: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="39" />
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="40" />
        <source>The model could not be installed: {value}.</source>
        <translation>تعذر تثبيت النموذج: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="41" />
        <source>The model index at {index_url} is not a list of packages.</source>
        <translation>فهرس النماذج في {index_url} ليس قائمة حزم.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="42" />
        <source>The model index has no {from_code}-{to_code} model.</source>
        <translation>لا يحتوي الفهرس على نموذج {from_code}-{to_code}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="43" />
        <source>The quote is not in {document_id}; it must match the text exactly.</source>
        <translation>الاقتباس غير موجود في {document_id}؛ يجب أن يطابق النص تمامًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="44" />
        <source>The quote occurs {count} time(s) in {document_id}, so there is no occurrence {occurrence}.</source>
        <translation>يرد الاقتباس {count} مرة في {document_id}، لذا لا يوجد ورود رقم {occurrence}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="45" />
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>يرد الاقتباس {value} مرات في {document_id}؛ اختر واحدًا بـ --occurrence 1..{value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="46" />
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>النموذج {info_pair}، الإصدار {info_version}، مثبت بالفعل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="47" />
        <source>The {model_pair} model uses a tokenizer Triptych cannot load (only SentencePiece).</source>
        <translation>يستخدم النموذج {model_pair} مُجزِّئًا لا يستطيع Triptych تحميله (SentencePiece فقط).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="48" />
        <source>There is already a tag called “{name}”.</source>
        <translation>يوجد بالفعل وسم اسمه «{name}».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="49" />
        <source>There is already a tag called “{name}”; merge the two instead.</source>
        <translation>يوجد بالفعل وسم اسمه «{name}»؛ ادمج الاثنين بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="50" />
        <source>There is no tag called “{request_tag}”.</source>
        <translation>لا يوجد وسم اسمه «{request_tag}».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="51" />
        <source>There is nothing to export: the library is empty.</source>
        <translation>لا يوجد ما يُصدَّر: المكتبة فارغة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="52" />
        <source>These two passages are already linked that way.</source>
        <translation>هذان المقطعان مرتبطان بهذه الطريقة بالفعل.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="53" />
        <source>{name} cannot be read ({exc}); it was not installed.</source>
        <translation>تعذرت قراءة {name} ({exc})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="54" />
        <source>{name} does not say which languages it translates (from_code, to_code).</source>
        <translation>لا يذكر {name} اللغات التي يترجم بينها (from_code، to_code).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="55" />
        <source>{name} has a metadata.json that cannot be read.</source>
        <translation>في {name} ملف metadata.json لا يمكن قراءته.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="56" />
        <source>{name} has no metadata.json.</source>
        <translation>لا يحتوي {name} على metadata.json.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="57" />
        <source>{name} has no model (model/model.bin is missing).</source>
        <translation>لا يحتوي {name} على نموذج (الملف model/model.bin مفقود).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="58" />
        <source>{name} has no model vocabulary.</source>
        <translation>لا يحتوي {name} على مفردات النموذج.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="59" />
        <source>{name} has no readable text.</source>
        <translation>لا يحتوي {name} على نص مقروء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="60" />
        <source>{name} has no tokenizer (sentencepiece.model or bpe.model).</source>
        <translation>لا يحتوي {name} على مُجزِّئ (sentencepiece.model أو bpe.model).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="61" />
        <source>{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.</source>
        <translation>يحتوي {name} على ملف سيقع خارج مجلده ({entry_filename})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="62" />
        <source>{name} holds a symbolic link ({entry_filename}); it was not installed.</source>
        <translation>يحتوي {name} على رابط رمزي ({entry_filename})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="63" />
        <source>{name} is a binary file, not text; import .txt, .md or .html files.</source>
        <translation>{name} ملف ثنائي وليس نصًا؛ استورد ملفات ‎.txt أو ‎.md أو ‎.html.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="64" />
        <source>{name} is damaged ({broken} does not read back); it was not installed.</source>
        <translation>{name} تالف (تعذرت قراءة {broken})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="65" />
        <source>{name} is damaged or cut short; it was not installed.</source>
        <translation>{name} تالف أو مقتطع؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="66" />
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="67" />
        <source>{name} is not a .txt, .md or .html file.</source>
        <translation>{name} ليس ملف ‎.txt أو ‎.md أو ‎.html.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="68" />
        <source>{name} is not a translation model package (not a zip archive, or cut short).</source>
        <translation>{name} ليس حزمة نموذج ترجمة (ليس أرشيف zip أو مقتطع).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="69" />
        <source>{name} is not a translation package.</source>
        <translation>{name} ليس حزمة ترجمة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="70" />
        <source>{name} is too large to be a translation model.</source>
        <translation>{name} أكبر من أن يكون نموذج ترجمة.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="71" />
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>حجم {name} هو {value:.0f} ميغابايت؛ يستورد Triptych مقالات حتى {value2} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="72" />
        <source>{name} must hold exactly one package folder.</source>
        <translation>يجب أن يحتوي {name} على مجلد حزمة واحد بالضبط.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="73" />
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>يبدأ {name} بعلامة {value} لكنه ليس نص {value} صالحًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="74" />
        <source>{path_name} annotates documents that are not in the library ({value}); import them first; nothing was imported.</source>
        <translation>يعلّق {path_name} على مستندات ليست في المكتبة ({value})؛ استوردها أولًا؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="75" />
        <source>{path_name} is not a Triptych/W3C annotation export ({why}); nothing was imported.</source>
        <translation>{path_name} ليس تصديرًا لتعليقات Triptych/W3C ‏({why})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="76" />
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="77" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="78" />
        <source>{path} is not a Triptych database or is damaged ({detail}); it was left untouched.</source>
        <translation>{path} ليس قاعدة بيانات Triptych أو أنه تالف ({detail})؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="79" />
        <source>{path} is not a Triptych database or is damaged; it was left untouched.</source>
        <translation>{path} ليس قاعدة بيانات Triptych أو أنه تالف؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="80" />
        <source>“{code}” is not a language code; use a two-letter code such as ar, ru or de.</source>
        <translation>«{code}» ليس رمز لغة؛ استخدم رمزًا من حرفين مثل ar أو ru أو de.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="81" />
        <source>“{color}” is not a highlight colour; use one of {value} or #rrggbb.</source>
        <translation>«{color}» ليس لون تظليل؛ استخدم أحد {value} أو #rrggbb.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="82" />
        <source>“{pair}” is not a language pair; write it like ar-en.</source>
        <translation>«{pair}» ليس زوج لغات؛ اكتبه بالشكل ar-en.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="83" />
        <source>“{relation}” is not a kind of link; use one of: {value}.</source>
        <translation>«{relation}» ليس نوع رابط؛ استخدم أحد: {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="84" />
        <source>“{request_format}” is not an export format; use one of {value}.</source>
        <translation>«{request_format}» ليس صيغة تصدير؛ استخدم إحدى {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="85" />
        <source>“{request_layout}” is not a layout; use single or parallel.</source>
        <translation>«{request_layout}» ليس تخطيطًا؛ استخدم single أو parallel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_messages.py" line="86" />
        <source>“{request_page_size}” is not a page size; use a4 or letter.</source>
        <translation>«{request_page_size}» ليس حجم صفحة؛ استخدم a4 أو letter.</translation>
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