<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Triptych</source>
        <translation>حول Triptych</translation>
    </message>
    <message>
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>مكتب للقراءة والتعليق على قصة واحدة تُروى بعدة لغات.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>الترخيص: GPL-3.0 أو أحدث.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>الخطوط المرفقة</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>تظليل «%1»</translation>
    </message>
    <message>
        <source>Delete highlight “%1”</source>
        <translation>حذف التظليل «%1»</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>إعادة ربط التظليل</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>Recolour tag</source>
        <translation>تغيير لون الوسم</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>نقل الوسم</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Link passages (%1)</source>
        <translation>ربط المقاطع (%1)</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>ألوان التظليل</translation>
    </message>
    <message>
        <source>Keep note</source>
        <translation>الاحتفاظ بالملاحظة</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Filter by quote or note</source>
        <translation>تصفية حسب الاقتباس أو الملاحظة</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>حسب المستند</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>حسب الوسم</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>مرتبطة</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>يتيمة</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>أي لون</translation>
    </message>
    <message>
        <source>Note (saved as you type):</source>
        <translation>ملاحظة (تُحفظ أثناء الكتابة):</translation>
    </message>
    <message>
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>الوسوم (Enter للإضافة؛ انقر نقرًا مزدوجًا على الوسم لإزالته):</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>أضف وسمًا…</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>الروابط:</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>إعادة الربط بالتحديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>أي مستند</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (يتيم)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بقلم %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على النسخة الأخرى</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على الاثنتين</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>أي كاتب</translation>
    </message>
    <message>
        <source>%1 changed this note while you were typing. Their text:</source>
        <translation>غيّر %1 هذه الملاحظة بينما كنت تكتب. نصّه:</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were typing. Their text:</source>
        <translation>غيّر شخص آخر هذه الملاحظة بينما كنت تكتب. النصّ الآخر:</translation>
    </message>
</context>
<context>
    <name>ArticleImports</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>المقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>لا تحوي الحافظة نصًا يُصنع منه مقال.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة.</numerusform>
            <numerusform>استُوردت مقالة واحدة.</numerusform>
            <numerusform>استُوردت مقالتان.</numerusform>
            <numerusform>استُوردت %Ln مقالات.</numerusform>
            <numerusform>استُوردت %Ln مقالة.</numerusform>
            <numerusform>استُوردت %Ln مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld *.qdpx);;W3C Web Annotations or Hypothesis (*.json *.jsonld);;REFI-QDA project (*.qdpx)</source>
        <translation>التعليقات التوضيحية (*.json *.jsonld *.qdpx);;W3C Web Annotations أو Hypothesis (*.json *.jsonld);;مشروع REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>استُورد %1 تعليقًا و%2 وسمًا و%3 رابطًا.</translation>
    </message>
    <message>
        <source>%1 were already in the library.</source>
        <translation>كان %1 منها في المكتبة من قبل.</translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Claims &amp;matrix</source>
        <translation>&amp;جدول الادعاءات</translation>
    </message>
    <message>
        <source>Which article makes which claim, and what only one of them says</source>
        <translation>أي مقال يورد أي ادعاء، وما لا يقوله إلا واحد منها</translation>
    </message>
    <message>
        <source>Show suggested correspondences</source>
        <translation>إظهار التطابقات المقترحة</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>حفظ بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>Compare mode is off: the panes do not show which passages correspond. %1 turns it on.</source>
        <translation>وضع المقارنة متوقف: لا تُظهر اللوحات أيّ المقاطع يقابل بعضها بعضًا. %1 يشغّله.</translation>
    </message>
    <message>
        <source>Turn on Compare mode</source>
        <translation>تشغيل وضع المقارنة</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>مربوط</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>مُناقَض</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <comment>an absent cell&apos;s tooltip: %1 is the article&apos;s title</comment>
        <translation>غير موجود في %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the relations of a linked claim: Linked (Same claim, Contradicts)</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a quote&apos;s translation in a claims tooltip: %1 the language (English), %2 the translation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Quotes in %1</source>
        <comment>%1: the language the articles were compared through</comment>
        <translation>الاقتباسات مترجمة إلى %1</translation>
    </message>
    <message>
        <source>Open two articles or more to see which claims they share.</source>
        <translation>افتح مقالين أو أكثر لترى الادعاءات المشتركة بينها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims: %1 linked, %2 tagged, %3 suggested</source>
        <translation>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
            <numerusform>الادعاءات: %Ln (مربوطة: %1، موسومة: %2، مقترحة: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>فقط في %1 (%2)</translation>
    </message>
    <message>
        <source>What only one article says</source>
        <translation>ما لا يقوله إلا مقال واحد</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <comment>what only one article says: nothing</comment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quote in the claims Markdown file, in the language&apos;s quotation marks</comment>
        <translation>«%1»</translation>
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
        <translation>حفظ جدول الادعاءات</translation>
    </message>
    <message>
        <source>Saved the claims matrix to %1</source>
        <translation>حُفظ جدول الادعاءات في %1</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <source>Highlight colours</source>
        <translation>ألوان التظليل</translation>
    </message>
    <message>
        <source>meaning, e.g. claim</source>
        <translation>المعنى، مثل «ادعاء»</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Link the two passages: %1</source>
        <translation>اربط المقطعين: %1</translation>
    </message>
    <message>
        <source>Link as:</source>
        <translation>اربط بوصفه:</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that opens the legend of Compare mode&apos;s colours</comment>
        <translation>؟</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>ماذا تعني الألوان</translation>
    </message>
    <message>
        <source>What the colours of Compare mode mean</source>
        <translation>ماذا تعني ألوان وضع المقارنة</translation>
    </message>
    <message>
        <source>Suggested: the desk found it; nothing is stored until you link it</source>
        <translation>مقترح: وجده البرنامج؛ لا يُحفظ شيء حتى تربطه أنت</translation>
    </message>
    <message>
        <source>Your link: %1</source>
        <translation>ربطك: %1</translation>
    </message>
    <message>
        <source>In the margin: only this article says this</source>
        <translation>في الهامش: هذا ما يقوله هذا المقال وحده</translation>
    </message>
    <message>
        <source>Underlined: the sentence under the pointer, and its counterparts, each in the colour and line shown above</source>
        <translation>تحته خط: الجملة تحت المؤشر، ونظائرها، كلٌّ منها باللون والخط المبيَّنين أعلاه</translation>
    </message>
    <message>
        <source>Your link with %1: %2</source>
        <comment>%1: an article, e.g. &apos;German&apos;; %2: the relation</comment>
        <translation>ربطك (%1): %2</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · الدرجة %2 · %3</translation>
    </message>
    <message>
        <source>Strong match</source>
        <translation>تطابق قوي</translation>
    </message>
    <message>
        <source>Likely match</source>
        <translation>تطابق مرجّح</translation>
    </message>
    <message>
        <source>Weak match</source>
        <translation>تطابق ضعيف</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>قوي</translation>
    </message>
    <message>
        <source>Likely</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>مرجّح</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>الكلمات نفسها</translation>
    </message>
    <message>
        <source>names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>your link</source>
        <translation>ربطك</translation>
    </message>
    <message>
        <source>through a third article</source>
        <translation>عبر مقال ثالث</translation>
    </message>
    <message>
        <source>Only this article says this: no other open article has a counterpart.</source>
        <translation>هذا ما يقوله هذا المقال وحده: لا مقابل له في أي مقال مفتوح آخر.</translation>
    </message>
    <message>
        <source>%1: no counterpart found on names, numbers, dates and quotations</source>
        <translation>%1: لم يُعثر على مقابل بالأسماء والأرقام والتواريخ والاقتباسات</translation>
    </message>
    <message>
        <source>%1: only this article says this; no other open article has a counterpart.</source>
        <translation>%1: هذا ما يقوله هذا المقال وحده؛ لا مقابل له في أي مقال مفتوح آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared on names, numbers, dates and quotations only: none has a translation into %1</source>
        <translation>
            <numerusform>لم يُقارَن أي مقال: لا ترجمة إلى %1</numerusform>
            <numerusform>قورن مقال واحد بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة له إلى %1</numerusform>
            <numerusform>قورن مقالان بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة لأيٍّ منهما إلى %1</numerusform>
            <numerusform>قورنت %Ln مقالات بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة لأيٍّ منها إلى %1</numerusform>
            <numerusform>قورن %Ln مقالًا بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة لأيٍّ منها إلى %1</numerusform>
            <numerusform>قورن %Ln مقال بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة لأيٍّ منها إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared through %1</source>
        <translation>
            <numerusform>لم يُقارَن أي مقال عبر %1</numerusform>
            <numerusform>قورن مقال واحد عبر %1</numerusform>
            <numerusform>قورن مقالان عبر %1</numerusform>
            <numerusform>قورنت %Ln مقالات عبر %1</numerusform>
            <numerusform>قورن %Ln مقالًا عبر %1</numerusform>
            <numerusform>قورن %Ln مقال عبر %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on a translation into %1</source>
        <translation>
            <numerusform>%Ln مقال عبر ترجمة إلى %1</numerusform>
            <numerusform>مقال واحد عبر ترجمة إلى %1</numerusform>
            <numerusform>مقالان عبر ترجمة إلى %1</numerusform>
            <numerusform>%Ln مقالات عبر ترجمة إلى %1</numerusform>
            <numerusform>%Ln مقالًا عبر ترجمة إلى %1</numerusform>
            <numerusform>%Ln مقال عبر ترجمة إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) partly on a translation into %1</source>
        <translation>
            <numerusform>%Ln مقال عبر ترجمة جزئية إلى %1</numerusform>
            <numerusform>مقال واحد عبر ترجمة جزئية إلى %1</numerusform>
            <numerusform>مقالان عبر ترجمة جزئية إلى %1</numerusform>
            <numerusform>%Ln مقالات عبر ترجمة جزئية إلى %1</numerusform>
            <numerusform>%Ln مقالًا عبر ترجمة جزئية إلى %1</numerusform>
            <numerusform>%Ln مقال عبر ترجمة جزئية إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) written in %1</source>
        <translation>
            <numerusform>%Ln مقال بلغة المقارنة (%1)</numerusform>
            <numerusform>مقال واحد بلغة المقارنة (%1)</numerusform>
            <numerusform>مقالان بلغة المقارنة (%1)</numerusform>
            <numerusform>%Ln مقالات بلغة المقارنة (%1)</numerusform>
            <numerusform>%Ln مقالًا بلغة المقارنة (%1)</numerusform>
            <numerusform>%Ln مقال بلغة المقارنة (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on names, numbers, dates and quotations only</source>
        <translation>
            <numerusform>%Ln مقال بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
            <numerusform>مقال واحد بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
            <numerusform>مقالان بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
            <numerusform>%Ln مقالات بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
            <numerusform>%Ln مقالًا بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
            <numerusform>%Ln مقال بالأسماء والأرقام والتواريخ والاقتباسات فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of what Compare mode compared the articles on</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <comment>%1: how many articles on what, e.g. &apos;2 articles on a translation into English&apos;</comment>
        <translation>المقارنة: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how many suggestions; how many passages in one article only</comment>
        <translation>%1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) in all</source>
        <comment>correspondences Compare mode suggests between all the open articles (F8 counts those of one article)</comment>
        <translation>
            <numerusform>لا اقتراحات</numerusform>
            <numerusform>اقتراح واحد في المجموع</numerusform>
            <numerusform>اقتراحان في المجموع</numerusform>
            <numerusform>%Ln اقتراحات في المجموع</numerusform>
            <numerusform>%Ln اقتراحًا في المجموع</numerusform>
            <numerusform>%Ln اقتراح في المجموع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only here</source>
        <comment>passages in one article only, where the bar is narrow (as the &apos;Only here&apos; button says)</comment>
        <translation>
            <numerusform>لا شيء هنا فقط</numerusform>
            <numerusform>واحد هنا فقط</numerusform>
            <numerusform>اثنان هنا فقط</numerusform>
            <numerusform>%Ln هنا فقط</numerusform>
            <numerusform>%Ln هنا فقط</numerusform>
            <numerusform>%Ln هنا فقط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) in one article only</source>
        <translation>
            <numerusform>لا مقاطع ترد في مقال واحد فقط</numerusform>
            <numerusform>مقطع واحد يرد في مقال واحد فقط</numerusform>
            <numerusform>مقطعان يردان في مقال واحد فقط</numerusform>
            <numerusform>%Ln مقاطع ترد في مقال واحد فقط</numerusform>
            <numerusform>%Ln مقطعًا يرد في مقال واحد فقط</numerusform>
            <numerusform>%Ln مقطع يرد في مقال واحد فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Open two articles or more to compare them.</source>
        <translation>افتح مقالين أو أكثر لمقارنتها.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared</source>
        <translation>
            <numerusform>لم يُقارن أي مقال</numerusform>
            <numerusform>قورن مقال واحد</numerusform>
            <numerusform>قورن مقالان</numerusform>
            <numerusform>قورنت %Ln مقالات</numerusform>
            <numerusform>قورن %Ln مقالًا</numerusform>
            <numerusform>قورن %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no passage of one article was found in another. Their translations share too few words for a sure match: link what you find with “Link to another passage…”.</source>
        <translation>%1: لم يُعثر على أي مقطع من مقال في مقال آخر. لا تشترك ترجماتها إلا في كلمات قليلة لا تكفي لتطابق مؤكد: اربط ما تجده بنفسك بأمر «ربط بمقطع آخر…».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared: no passage found in common</source>
        <translation>
            <numerusform>لم يُقارن أي مقال</numerusform>
            <numerusform>قورن مقال واحد: لم يُعثر على مقطع مشترك</numerusform>
            <numerusform>قورن مقالان: لم يُعثر على مقطع مشترك</numerusform>
            <numerusform>قورنت %Ln مقالات: لم يُعثر على مقطع مشترك</numerusform>
            <numerusform>قورن %Ln مقالًا: لم يُعثر على مقطع مشترك</numerusform>
            <numerusform>قورن %Ln مقال: لم يُعثر على مقطع مشترك</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked (%1): %2 ↔ %3: “%4”</source>
        <translation>مربوط (%1): %2 ↔ %3: «%4»</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3: “%4”</source>
        <translation>%1: %2 ↔ %3: «%4»</translation>
    </message>
    <message>
        <source>%1. Hover over or click a sentence to see its counterparts.</source>
        <comment>%1: how many suggestions; how many passages in one article only</comment>
        <translation>%1. مرّر المؤشر فوق جملة أو انقر عليها لترى نظائرها.</translation>
    </message>
    <message>
        <source>Hover over or click a sentence to see its counterparts.</source>
        <translation>مرّر المؤشر فوق جملة أو انقر عليها لترى نظائرها.</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>&amp;Compare</source>
        <extracomment>The passages of the claim lit from the claims dock, each with the relation whose colour and line it is underlined in (&quot;&quot; for a suggestion&apos;s).</extracomment>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <source>&amp;Compare mode</source>
        <translation>&amp;وضع المقارنة</translation>
    </message>
    <message>
        <source>Show which passages of the open articles say the same thing</source>
        <translation>أظهر المقاطع التي تقول الشيء نفسه في المقالات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الا&amp;قتراح التالي</translation>
    </message>
    <message>
        <source>The next suggested correspondence</source>
        <translation>التطابق المقترح التالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>The previous suggested correspondence</source>
        <translation>التطابق المقترح السابق</translation>
    </message>
    <message>
        <source>Next passage found &amp;only here</source>
        <translation>المقطع التالي الموجود هنا &amp;فقط</translation>
    </message>
    <message>
        <source>The next passage that no other open article has</source>
        <translation>المقطع التالي الذي لا يوجد في أي مقال مفتوح آخر</translation>
    </message>
    <message>
        <source>Previous passage found only &amp;here</source>
        <translation>المقطع السابق الموجود &amp;هنا فقط</translation>
    </message>
    <message>
        <source>The previous passage that no other open article has</source>
        <translation>المقطع السابق الذي لا يوجد في أي مقال مفتوح آخر</translation>
    </message>
    <message>
        <source>&amp;Accept as the same claim</source>
        <translation>ا&amp;عتماده على أنه الادعاء نفسه</translation>
    </message>
    <message>
        <source>Link the current suggestion as the same claim</source>
        <translation>اربط الاقتراح الحالي على أنه الادعاء نفسه</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>هنا فقط</translation>
    </message>
    <message>
        <source>The articles could not be compared; the log has the details.</source>
        <translation>تعذّرت مقارنة المقالات؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Compared on names, numbers, dates and quotations only: this article has no %1 translation yet.</source>
        <translation>قورن بالأسماء والأرقام والتواريخ والاقتباسات فقط: لا ترجمة لهذا المقال إلى %1 بعد.</translation>
    </message>
    <message>
        <source>No %1 translation: compared on names and numbers</source>
        <translation>لا ترجمة إلى %1: قورنت بالأسماء والأرقام</translation>
    </message>
    <message>
        <source>No %1 translation</source>
        <translation>لا ترجمة إلى %1</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>لا ترجمة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 sentences have no %2 translation: they are compared on names, numbers, dates and quotations.</source>
        <translation>
            <numerusform>%Ln من %1 جملة ليس لها ترجمة إلى %2: تُقارن بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
            <numerusform>جملة واحدة من %1 ليس لها ترجمة إلى %2: تُقارن بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
            <numerusform>جملتان من %1 ليس لهما ترجمة إلى %2: تُقارنان بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
            <numerusform>%Ln من %1 جملة ليس لها ترجمة إلى %2: تُقارن بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
            <numerusform>%Ln من %1 جملة ليس لها ترجمة إلى %2: تُقارن بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
            <numerusform>%Ln من %1 جملة ليس لها ترجمة إلى %2: تُقارن بالأسماء والأرقام والتواريخ والاقتباسات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences without %1 translation</source>
        <translation>
            <numerusform>لا جمل بلا ترجمة إلى %1</numerusform>
            <numerusform>جملة واحدة بلا ترجمة إلى %1</numerusform>
            <numerusform>جملتان بلا ترجمة إلى %1</numerusform>
            <numerusform>%Ln جمل بلا ترجمة إلى %1</numerusform>
            <numerusform>%Ln جملة بلا ترجمة إلى %1</numerusform>
            <numerusform>%Ln جملة بلا ترجمة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>To get one: switch this pane to Translation, made by the installed model, or load your own with Translation ▸ Load a translation…</source>
        <translation>للحصول عليها: بدّل هذه اللوحة إلى «الترجمة» ليترجمها النموذج المثبّت، أو حمّل ترجمتك من ترجمة ◂ تحميل ترجمة…</translation>
    </message>
    <message>
        <source>To get one: Translation ▸ Load a translation…, or switch this pane to Translation with a model installed.</source>
        <translation>للحصول عليها: ترجمة ◂ تحميل ترجمة…، أو بدّل هذه اللوحة إلى «الترجمة» إن كان نموذج مثبّتًا.</translation>
    </message>
    <message>
        <source>This article has no suggested counterparts.</source>
        <translation>لا توجد مقابلات مقترحة لهذا المقال.</translation>
    </message>
    <message>
        <source>This is the only suggestion</source>
        <translation>هذا هو الاقتراح الوحيد</translation>
    </message>
    <message>
        <source>Back to the first suggestion</source>
        <translation>عودة إلى الاقتراح الأول</translation>
    </message>
    <message>
        <source>Back to the last suggestion</source>
        <translation>عودة إلى الاقتراح الأخير</translation>
    </message>
    <message>
        <source>%3: suggestion %1 of %2</source>
        <translation>%3: الاقتراح %1 من %2</translation>
    </message>
    <message>
        <source>%3: found only here, %1 of %2</source>
        <translation>%3: لا يرد إلا هنا، %1 من %2</translation>
    </message>
    <message>
        <source>Everything this article says has a counterpart.</source>
        <translation>لكل ما يقوله هذا المقال مقابل في المقالات الأخرى.</translation>
    </message>
    <message>
        <source>This is the only passage found only here</source>
        <translation>هذا هو المقطع الوحيد الموجود هنا فقط</translation>
    </message>
    <message>
        <source>Back to the first passage found only here</source>
        <translation>عودة إلى أول مقطع موجود هنا فقط</translation>
    </message>
    <message>
        <source>Back to the last passage found only here</source>
        <translation>عودة إلى آخر مقطع موجود هنا فقط</translation>
    </message>
    <message>
        <source>Linked: %1. %2 takes it back.</source>
        <translation>رُبط: %1. يتراجع %2 عنه.</translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>AnewZ (Russian edition)</source>
        <translation>AnewZ (النسخة الروسية)</translation>
    </message>
    <message>
        <source>Arabic-language news site</source>
        <translation>موقع إخباري باللغة العربية</translation>
    </message>
    <message>
        <source>AnewZ (German edition)</source>
        <translation>AnewZ (النسخة الألمانية)</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <source>Where is the library now?</source>
        <translation>أين المكتبة الآن؟</translation>
    </message>
    <message>
        <source>Triptych library (*.sqlite3)</source>
        <translation>مكتبة Triptych (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>That password is not right. The password of “%1”:</source>
        <translation>كلمة المرور هذه غير صحيحة. كلمة مرور «%1»:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Its password:</source>
        <translation>«%1» محمي بكلمة مرور. أدخل كلمة المرور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>فتح عنوان</translation>
    </message>
    <message>
        <source>Address of the web page or PDF (Triptych fetches it once, now):</source>
        <translation>عنوان صفحة الويب أو ملف PDF (يجلبه Triptych مرة واحدة، الآن):</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Interlinear</source>
        <translation>ترجمة بين السطور</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>عرض الأصل أو ترجمته أو كليهما بين السطور أو جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>عرض الترجمة</translation>
    </message>
    <message>
        <source>Switch this pane to its translation, made by the installed model</source>
        <translation>تبديل هذه اللوحة إلى ترجمتها بالنموذج المثبّت</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>المعرّف: %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgUp)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليسار (Ctrl+Shift+PgUp)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgDown)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليمين (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation>إغلاق هذه اللوحة (Ctrl+W)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgUp)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليمين (Ctrl+Shift+PgUp)</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgDown)</source>
        <translation>نقل هذه اللوحة مكانًا واحدًا إلى اليسار (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <source>Translating… %1 of %2 sentences</source>
        <translation>جارٍ الترجمة… %1 من %2 جملة</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>تعذّر تمييز مقالة في هذه الصفحة: هذا نصها كله.</translation>
    </message>
    <message>
        <source>One block of page furniture left out</source>
        <translation>حُذفت كتلة واحدة من عناصر الصفحة الجانبية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks of page furniture left out</source>
        <translation>
            <numerusform>لم تُحذف أي كتلة من عناصر الصفحة الجانبية</numerusform>
            <numerusform>حُذفت كتلة واحدة من عناصر الصفحة الجانبية</numerusform>
            <numerusform>حُذفت كتلتان من عناصر الصفحة الجانبية</numerusform>
            <numerusform>حُذفت %Ln كتل من عناصر الصفحة الجانبية</numerusform>
            <numerusform>حُذفت %Ln كتلة من عناصر الصفحة الجانبية</numerusform>
            <numerusform>حُذفت %Ln كتلة من عناصر الصفحة الجانبية</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>عرض الصفحة كاملة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>أي لون</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>جنبًا إلى جنب، بمحاذاة الفقرات (أفقي)</translation>
    </message>
    <message>
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>إضافة الترجمة (%1) تحت كل جملة متى وُجدت</translation>
    </message>
    <message>
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>الفقرات ذات التعليقات فقط (موجز قصير)</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV لبرامج الجداول (UTF-8 مع علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <source>Add the claims matrix: which article makes which claim (two or more articles)</source>
        <translation>أضف جدول الادعاءات: أي مقال يورد أي ادعاء (مقالان أو أكثر)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Choose at least one article.</source>
        <translation>اختر مقالة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>The export failed; the details are in the log.</source>
        <translation>فشل التصدير؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Paint the highlights into the pages, for printing (no PDF annotations)</source>
        <translation>رسم التظليلات في الصفحات نفسها للطباعة (دون تعليقات PDF)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>البحث في هذه المقالة (يتجاهل حالة الأحرف والتشكيل واختلاف الإملاء)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported:</source>
        <translation>لا يمكن استيراد أي شيء من %1:</translation>
    </message>
    <message>
        <source>%1 annotations and %2 links from %3 can be imported; %4 items cannot:</source>
        <translation>يمكن استيراد %1 من التعليقات التوضيحية و%2 من الروابط من %3، ولا يمكن استيراد %4 من العناصر:</translation>
    </message>
    <message>
        <source>%1 new articles, %2 annotations and %3 links from %4 can be imported; %5 items cannot:</source>
        <translation>يمكن استيراد %1 من المقالات الجديدة و%2 من التعليقات التوضيحية و%3 من الروابط من %4، ولا يمكن استيراد %5 من العناصر:</translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>استيراد الباقي</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>عدم استيراد أي شيء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Which language?</source>
        <translation>أي لغة؟</translation>
    </message>
    <message>
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>لا يستطيع Triptych تحديد لغة «%1» بثقة. بأي لغة هو؟</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Open beside the others</source>
        <translation>فتح بجانب الأخريات</translation>
    </message>
    <message>
        <source>Filter by title, source or language</source>
        <translation>تصفية حسب العنوان أو المصدر أو اللغة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the selected articles beside the others</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح المقالات المحددة بجانب الأخريات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>تعذّر تمييز مقال في هذه الصفحة: هذا نصّها كله.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>bundled with Triptych</source>
        <translation>مرفقة مع Triptych</translation>
    </message>
    <message>
        <source>%1, bundled with Triptych</source>
        <translation>%1، مرفقة مع Triptych</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link passages</source>
        <translation>ربط المقاطع</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>All kinds of link</source>
        <translation>كل أنواع الروابط</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>Shared library %1, as %2</source>
        <translation>المكتبة المشتركة %1، باسم %2</translation>
    </message>
    <message>
        <source>Shared library %1</source>
        <translation>المكتبة المشتركة %1</translation>
    </message>
    <message>
        <source>Colleagues&apos; changes appear as they make them.</source>
        <translation>تظهر تغييرات الزملاء فور إجرائها.</translation>
    </message>
    <message>
        <source>Shared library %1 cannot be reached; reconnecting…</source>
        <translation>تعذّر الوصول إلى المكتبة المشتركة %1؛ جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>What is on screen stays readable; changes are refused until the server answers again.</source>
        <translation>يبقى ما على الشاشة مقروءًا؛ وتُرفض التغييرات إلى أن يستجيب الخادم من جديد.</translation>
    </message>
    <message>
        <source>The shared library answers again.</source>
        <translation>المكتبة المشتركة تستجيب من جديد.</translation>
    </message>
    <message>
        <source>The shared library cannot be reached: what is on screen stays readable, changes are refused until it answers again.</source>
        <translation>تعذّر الوصول إلى المكتبة المشتركة: يبقى ما على الشاشة مقروءًا، وتُرفض التغييرات إلى أن تستجيب من جديد.</translation>
    </message>
</context>
<context>
    <name>LostDatabaseBar</name>
    <message>
        <source>Library gone</source>
        <translation>المكتبة مفقودة</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>أعِدها إلى مكانها</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>حدِّد مكانها…</translation>
    </message>
    <message>
        <source>Use the file that is there now</source>
        <translation>استخدم الملف الموجود هناك الآن</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;استيراد مقالات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <source>Find in the current article (Ctrl+F)</source>
        <translation>البحث في المقالة الحالية (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>ال&amp;حجم الفعلي</translation>
    </message>
    <message>
        <source>Zoom in all panes</source>
        <translation>تكبير في كل اللوحات</translation>
    </message>
    <message>
        <source>Zoom out all panes</source>
        <translation>تصغير في كل اللوحات</translation>
    </message>
    <message>
        <source>Actual size in all panes</source>
        <translation>الحجم الفعلي في كل اللوحات</translation>
    </message>
    <message>
        <source>&amp;Synchronise scrolling</source>
        <translation>ت&amp;زامن التمرير</translation>
    </message>
    <message>
        <source>Scroll all panes together, by proportion</source>
        <translation>تمرير كل اللوحات معًا بالتناسب</translation>
    </message>
    <message>
        <source>Notes in the ma&amp;rgin</source>
        <translation>الملاحظات في ال&amp;هامش</translation>
    </message>
    <message>
        <source>Show the notes of the highlights beside their passages (Ctrl+Shift+M)</source>
        <translation>عرض ملاحظات التظليلات بجانب مقاطعها (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the open articles with their highlights and notes, as the PDF export lays them out (Ctrl+P)</source>
        <translation>طباعة المقالات المفتوحة بتظليلاتها وملاحظاتها، كما يرتّبها التصدير إلى PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close pane</source>
        <translation>&amp;إغلاق اللوحة</translation>
    </message>
    <message>
        <source>&amp;Remove the person&apos;s translation</source>
        <translation>&amp;حذف الترجمة البشرية</translation>
    </message>
    <message>
        <source>Move pane &amp;left</source>
        <translation>نقل اللوحة إلى الي&amp;سار</translation>
    </message>
    <message>
        <source>Move pane &amp;right</source>
        <translation>نقل اللوحة إلى الي&amp;مين</translation>
    </message>
    <message>
        <source>&amp;About Triptych</source>
        <translation>&amp;حول Triptych</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every action of the desk and its keys, searchable (F1)</source>
        <translation>كل أوامر البرنامج واختصاراتها، مع البحث فيها (F1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;Load a translation…</source>
        <translation>&amp;تحميل ترجمة…</translation>
    </message>
    <message>
        <source>A person&apos;s translation of the current article, from a text file</source>
        <translation>ترجمة بشرية للمقال الحالي من ملف نصي</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of the current article into the target language; a model&apos;s stays</source>
        <translation>حذف ترجمة الشخص للمقال الحالي إلى اللغة الهدف؛ تبقى ترجمة النموذج</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation>&amp;لوحة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>تعل&amp;يقات</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>تر&amp;جمة</translation>
    </message>
    <message>
        <source> Translate to: </source>
        <translation> الترجمة إلى: </translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>&amp;نماذج الترجمة…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>لا توجد مقالة مفتوحة. افتح مقالة من المكتبة أو استوردها بـ Ctrl+O.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>لم تعد هذه المقالة في المكتبة.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر %1</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>استي&amp;راد التعليقات التوضيحية…</translation>
    </message>
    <message>
        <source>Add articles to the library: text, Markdown, web pages, PDF, Word, OpenDocument, EPUB, scans</source>
        <translation>إضافة مقالات إلى المكتبة: نص، Markdown، صفحات ويب، PDF، Word، OpenDocument، EPUB، صور ممسوحة</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>فتح &amp;عنوان…</translation>
    </message>
    <message>
        <source>Fetch a web page or PDF and add its article (Ctrl+Shift+O)</source>
        <translation>جلب صفحة ويب أو ملف PDF وإضافة مقالته (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>New article from &amp;clipboard</source>
        <translation>مقالة جديدة من ال&amp;حافظة</translation>
    </message>
    <message>
        <source>Make an article of what was copied (Ctrl+Shift+V)</source>
        <translation>إنشاء مقالة مما نُسخ (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Translation models</source>
        <translation>نماذج الترجمة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>المُقطِّع</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>تثبيت من ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <source>Package index:</source>
        <translation>فهرس الحزم:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Translations start from the token %1.</source>
        <translation>تبدأ الترجمات بالرمز %1.</translation>
    </message>
    <message>
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>لا يوجد نموذج مثبت. ثبّت ملف ‎.argosmodel أو نزّل نموذجًا.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>أُلغي؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>That did not work; see the log.</source>
        <translation>لم ينجح ذلك؛ راجع السجل.</translation>
    </message>
    <message>
        <source>Installed the translation model %1 → %2.</source>
        <translation>ثُبِّت نموذج الترجمة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Downloaded and installed the translation model %1 → %2.</source>
        <translation>نُزِّل نموذج الترجمة من %1 إلى %2 وثُبِّت.</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>نماذج Argos ‏(*.argosmodel);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <source>Language pair (for example ar-en):</source>
        <translation>زوج اللغات (مثلًا ar-en):</translation>
    </message>
    <message>
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>سيتصل Triptych بـ %1 لتنزيل النموذج. هل تريد المتابعة؟</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Notebook</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع عن: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>أعيد: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;حذف التظليل</translation>
    </message>
    <message>
        <source>&amp;Link to another passage…</source>
        <translation>&amp;ربط بمقطع آخر…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;الوسوم…</translation>
    </message>
    <message>
        <source>Highlight &amp;colours…</source>
        <translation>&amp;ألوان التظليل…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>البحث في &amp;كل شيء…</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>ال&amp;دفتر</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>تظليل %1</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا أولًا لتظليله.</translation>
    </message>
    <message>
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>حدّد في المقالة أولًا المقطع المراد الربط به، ثم اختر إعادة الربط مرة أخرى.</translation>
    </message>
    <message>
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>انقر على تظليل أولًا، ثم اختر الربط لرسم رابط منه.</translation>
    </message>
    <message>
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>انقر على التظليل المراد الربط به (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تعديل الملاحظة…</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>حذف %1 التظليل الذي كنت تكتب ملاحظة عليه؛ وحُفظت ملاحظتك على تظليل جديد للمقطع نفسه.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>حذف شخص آخر التظليل الذي كنت تكتب ملاحظة عليه؛ وحُفظت ملاحظتك على تظليل جديد للمقطع نفسه.</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were looking at.</source>
        <translation>حذف %1 التظليل الذي كنت تنظر إليه.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were looking at.</source>
        <translation>حذف شخص آخر التظليل الذي كنت تنظر إليه.</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message>
        <source>Widen the pane for notes</source>
        <translation>وسّع اللوحة لترى الملاحظات</translation>
    </message>
    <message>
        <source>Notes in the margin need a pane at least %1 pixels wide in this view. Widen it (drag its edge, or close another pane), or hover a highlight to read its note.</source>
        <translation>تحتاج الملاحظات في الهامش في هذا العرض إلى لوحة لا يقل عرضها عن %1 بكسل. وسّعها (اسحب حافتها أو أغلق لوحة أخرى)، أو مرّر المؤشر فوق تظليل لتقرأ ملاحظته.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Shared library</source>
        <translation>المكتبة المشتركة</translation>
    </message>
    <message>
        <source>The shared library %1 asks for your password:</source>
        <translation>تطلب المكتبة المشتركة %1 كلمة مرورك:</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>تذكّرها في حافظة كلمات المرور في النظام</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is used for this session only (keep it in ~/.pgpass to be asked no more).</source>
        <translation>لا توجد حافظة كلمات مرور للنظام على هذا الحاسوب: ستُستخدم كلمة المرور لهذه الجلسة فقط (احفظها في ~/.pgpass كي لا تُسأل عنها مجددًا).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>As the system has it (%1)</source>
        <translation>كما في النظام (%1)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>The author named in your exports</source>
        <translation>الكاتب المذكور في ما تصدّره</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <source>As the system has it</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Latin script:</source>
        <translation>الحروف اللاتينية:</translation>
    </message>
    <message>
        <source>Cyrillic script:</source>
        <translation>الحروف السيريلية:</translation>
    </message>
    <message>
        <source>Arabic script:</source>
        <translation>الحروف العربية:</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>تباعد الأسطر:</translation>
    </message>
    <message>
        <source>Default faces and sizes</source>
        <translation>الخطوط والأحجام الافتراضية</translation>
    </message>
    <message>
        <source>Extend mouse selections to whole words</source>
        <translation>توسيع التحديد بالفأرة إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>A drag that starts or ends inside a word takes the whole word; Shift with the arrow keys still selects letter by letter.</source>
        <translation>السحب الذي يبدأ أو ينتهي داخل كلمة يشمل الكلمة كلها؛ أما Shift مع مفاتيح الأسهم فيظل يحدد حرفًا حرفًا.</translation>
    </message>
    <message>
        <source>Recorded with what you highlight, note and link, and named in exports.</source>
        <translation>يُسجَّل مع ما تظلّله وتدوّنه وتربطه، ويُذكر في ملفات التصدير.</translation>
    </message>
    <message>
        <source>Shared library:</source>
        <translation>المكتبة المشتركة:</translation>
    </message>
    <message>
        <source>A PostgreSQL server your newsroom shares, used from the next start (empty: this computer&apos;s own library). Its password is never kept here.</source>
        <translation>خادم PostgreSQL تتشاركه غرفة الأخبار لديكم، يُستخدم بدءًا من التشغيل التالي (فارغ: مكتبة هذا الحاسوب). لا تُحفظ كلمة مروره هنا أبدًا.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Preparing the pages to print…</source>
        <translation>جارٍ إعداد الصفحات للطباعة…</translation>
    </message>
    <message>
        <source>The pages could not be prepared for printing; the details are in the log.</source>
        <translation>تعذّر إعداد الصفحات للطباعة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>مجلد ملفات</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>محرك أقراص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من &amp;نوع:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles and annotations</source>
        <translation>البحث في كل المقالات والتعليقات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>مزيد من النتائج</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>An action, a key or a menu</source>
        <translation>أمر أو مفتاح أو قائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>No action matches.</source>
        <translation>لا يطابق البحثَ أيُّ أمر.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <source>Nest under…</source>
        <translation>إدراج تحت…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %Ln highlight(s); they keep their other tags.</source>
        <translation>
            <numerusform>حذف الوسم «%1»؟ ليس على أي تظليل.</numerusform>
            <numerusform>حذف الوسم «%1»؟ إنه على تظليل واحد يحتفظ بوسومه الأخرى.</numerusform>
            <numerusform>حذف الوسم «%1»؟ إنه على تظليلين يحتفظان بوسومهما الأخرى.</numerusform>
            <numerusform>حذف الوسم «%1»؟ إنه على %Ln تظليلات تحتفظ بوسومها الأخرى.</numerusform>
            <numerusform>حذف الوسم «%1»؟ إنه على %Ln تظليلًا تحتفظ بوسومها الأخرى.</numerusform>
            <numerusform>حذف الوسم «%1»؟ إنه على %Ln تظليل تحتفظ بوسومها الأخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln sub-tag(s) move up one level.</source>
        <translation>
            <numerusform>لا وسوم فرعية.</numerusform>
            <numerusform>سينتقل وسمه الفرعي الوحيد مستوى إلى الأعلى.</numerusform>
            <numerusform>سينتقل وسماه الفرعيان مستوى إلى الأعلى.</numerusform>
            <numerusform>ستنتقل وسومه الفرعية الـ%Ln مستوى إلى الأعلى.</numerusform>
            <numerusform>ستنتقل وسومه الفرعية الـ%Ln مستوى إلى الأعلى.</numerusform>
            <numerusform>ستنتقل وسومه الفرعية الـ%Ln مستوى إلى الأعلى.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Nest tag</source>
        <translation>إدراج الوسم</translation>
    </message>
    <message>
        <source>Put it under:</source>
        <translation>ضعه تحت:</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>دمج في:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>أُلغيت الترجمة؛ الجمل المنجزة محفوظة.</translation>
    </message>
    <message>
        <source>No translation model is installed: the sentences translated before are shown, the others are not translated.</source>
        <translation>لم يُثبَّت نموذج ترجمة: تظهر الجمل التي تُرجمت من قبل، وتبقى الأخرى بلا ترجمة.</translation>
    </message>
    <message>
        <source>The translation failed; the details are in the log.</source>
        <translation>فشلت الترجمة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Correct the translation</source>
        <translation>تصحيح الترجمة</translation>
    </message>
    <message>
        <source>This is a person&apos;s translation (yours, or loaded from a file): what you type here replaces it.</source>
        <translation>هذه ترجمة بشرية (ترجمتك أو ترجمة محمّلة من ملف): ما تكتبه هنا يحل محلها.</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>Open an article first: the translation is loaded for the current one.</source>
        <extracomment>The QSettings key of the folder the last translation file was loaded from.</extracomment>
        <translation>افتح مقالًا أولًا: تُحمَّل الترجمة للمقال الحالي.</translation>
    </message>
    <message>
        <source>Load a translation of “%1” into %2</source>
        <translation>تحميل ترجمة «%1» إلى %2</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>ملفات نصية (*.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Load this file?</source>
        <translation>أتحميل هذا الملف؟</translation>
    </message>
    <message>
        <source>This file does not seem to be a translation of “%1”: it shares almost none of its names or numbers. Load it anyway?</source>
        <translation>لا يبدو أن هذا الملف ترجمة لـ «%1»: فهو لا يكاد يشترك معه في أي من أسمائه أو أرقامه. أتحميله على أي حال؟</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>استبدال الترجمة؟</translation>
    </message>
    <message>
        <source>%1 sentences of this article already have a translation by a person in this language. Put the file&apos;s translation in their place?</source>
        <translation>لدى %1 من جمل هذا المقال ترجمة بشرية إلى هذه اللغة. هل تحل ترجمة الملف محلها؟</translation>
    </message>
    <message>
        <source>Loaded the translation: %1 sentences in %2 paragraphs.</source>
        <translation>حُمِّلت الترجمة: عدد الجمل %1، وعدد الفقرات %2.</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation?</source>
        <translation>أتحذف الترجمة البشرية؟</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of “%1” into %2 (%3 sentences)? The sentences loaded from a file and the corrections typed in the desk go alike: they are kept together and cannot be told apart. A model&apos;s translation of it stays.</source>
        <translation>أتحذف الترجمة البشرية لـ «%1» إلى %2 (عدد الجمل: %3)؟ ستُزال الجمل المحمّلة من ملف والتصحيحات المكتوبة في البرنامج معًا: فهي محفوظة معًا ولا يمكن التمييز بينها. تبقى ترجمة النموذج.</translation>
    </message>
    <message>
        <source>Removed the person&apos;s translation: %1 sentences.</source>
        <translation>حُذفت الترجمة البشرية (عدد الجمل: %1).</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>A person&apos;s translation: no model replaces it. Double-click to change it.</source>
        <translation>ترجمة بشرية: لا يستبدلها أي نموذج. انقر نقرًا مزدوجًا لتغييرها.</translation>
    </message>
    <message>
        <source>Machine translation. Double-click to correct it.</source>
        <translation>ترجمة آلية. انقر نقرًا مزدوجًا لتصحيحها.</translation>
    </message>
    <message>
        <source>A person&apos;s translation</source>
        <translation>ترجمة بشرية</translation>
    </message>
    <message>
        <source>Partly a person&apos;s translation</source>
        <translation>ترجمة بشرية في جزء منها</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
</context>
<context>
    <name>WholePageDialog</name>
    <message>
        <source>The whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message numerus="yes">
        <source>The article keeps the blocks in black; the %Ln blocks in grey were left out as page furniture.</source>
        <translation>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ ولم تُحذف أي كتلة بوصفها عناصر جانبية.</numerusform>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ وحُذفت الكتلة الرمادية بوصفها من عناصر الصفحة الجانبية.</numerusform>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ وحُذفت الكتلتان الرماديتان بوصفهما من عناصر الصفحة الجانبية.</numerusform>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ وحُذفت الكتل الرمادية الـ%Ln بوصفها من عناصر الصفحة الجانبية.</numerusform>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ وحُذفت %Ln كتلة رمادية بوصفها من عناصر الصفحة الجانبية.</numerusform>
            <numerusform>تضم المقالة الكتل المكتوبة بالأسود؛ وحُذفت %Ln كتلة رمادية بوصفها من عناصر الصفحة الجانبية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the whole page</source>
        <translation>استخدام الصفحة كاملة</translation>
    </message>
    <message>
        <source>Store all the page&apos;s text as the article&apos;s next version (highlights follow)</source>
        <translation>حفظ نص الصفحة كله نسخةً تالية من المقالة (تنتقل التظليلات معها)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>يمكن لـ Triptych الإبقاء على الملف التالف باسم آخر بجانبه والبدء بقاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <source>Keep it and start a new database</source>
        <translation>الإبقاء عليه وبدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>حُفظت قاعدة البيانات التالفة باسم %1.</translation>
    </message>
    <message>
        <source>Something went wrong inside Triptych and the last action may not have finished. The details are in %1.</source>
        <translation>حدث خطأ داخلي في Triptych، وربما لم يكتمل الإجراء الأخير. التفاصيل في الملف %1.</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>بنفسجي</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A different package already uses the folder {target_name}; remove it first.</source>
        <translation>حزمة أخرى تستخدم المجلد {target_name} بالفعل؛ أزلها أولًا.</translation>
    </message>
    <message>
        <source>A passage cannot be linked to itself.</source>
        <translation>لا يمكن ربط مقطع بنفسه.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>لا يمكن دمج وسم في نفسه.</translation>
    </message>
    <message>
        <source>A tag cannot be nested under itself or one of its own sub-tags.</source>
        <translation>لا يمكن إدراج وسم تحت نفسه أو تحت أحد وسومه الفرعية.</translation>
    </message>
    <message>
        <source>A tag name can have at most 80 characters.</source>
        <translation>يمكن أن يتكون اسم الوسم من 80 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>يحتاج الوسم إلى اسم.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {value}.</source>
        <translation>تعذرت قراءة قاعدة البيانات {path}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the model index at {index_url}: {value}.</source>
        <translation>تعذرت قراءة فهرس النماذج في {index_url}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>تعذرت قراءة {name}: {value}.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence (perhaps {guess_language}); choose it with --lang.</source>
        <translation>تعذر تحديد لغة {name} بثقة (ربما {guess_language})؛ اخترها بـ --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence; choose it with --lang.</source>
        <translation>تعذر تحديد لغة {name} بثقة؛ اخترها بـ --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.</source>
        <translation>تعذر تحديد ترميز نص {name}؛ احفظه بترميز UTF-8 واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>تعذرت كتابة لقطة الشاشة {path}: {value}.</translation>
    </message>
    <message>
        <source>Give a document id (see `triptych list`).</source>
        <translation>أعطِ معرّف مستند (انظر `triptych list`).</translation>
    </message>
    <message>
        <source>Give at least two articles to compare.</source>
        <translation>حدّد مقالين على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>More than one document id starts with “{ref}”; type more of it.</source>
        <translation>أكثر من معرّف مستند يبدأ بـ «{ref}»؛ اكتب المزيد منه.</translation>
    </message>
    <message>
        <source>No annotation has the id “{annotation_id}”.</source>
        <translation>لا يوجد تعليق بالمعرّف «{annotation_id}».</translation>
    </message>
    <message>
        <source>No document has the id “{ref}”; `triptych list` shows the ids.</source>
        <translation>لا يوجد مستند بالمعرّف «{ref}»؛ يعرض `triptych list` المعرّفات.</translation>
    </message>
    <message>
        <source>No translation model from {from_language} to {to_language} is installed; add one in the Models dialog or with `triptych models install`.</source>
        <translation>لا يوجد نموذج مثبت للترجمة من {from_language} إلى {to_language}؛ أضف واحدًا من نافذة النماذج أو بالأمر `triptych models install`.</translation>
    </message>
    <message>
        <source>No {pair} model is installed.</source>
        <translation>لا يوجد نموذج {pair} مثبت.</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا أولًا لتظليله.</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>هذا الرابط لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>هذا الوسم لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Triptych (المخطط {version}؛ هذا الإصدار يقرأ حتى {SCHEMA_VERSION})؛ حدّث Triptych أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>فشل تنزيل النموذج {from_code}-{to_code}: {value}.</translation>
    </message>
    <message>
        <source>The model index at {index_url} is not a list of packages.</source>
        <translation>فهرس النماذج في {index_url} ليس قائمة حزم.</translation>
    </message>
    <message>
        <source>The model index has no {from_code}-{to_code} model.</source>
        <translation>لا يحتوي الفهرس على نموذج {from_code}-{to_code}.</translation>
    </message>
    <message>
        <source>The quote is not in {document_id}; it must match the text exactly.</source>
        <translation>الاقتباس غير موجود في {document_id}؛ يجب أن يطابق النص تمامًا.</translation>
    </message>
    <message>
        <source>There is no occurrence {occurrence} of the quote in {document_id} (occurrences found: {count}).</source>
        <translation>لا يوجد ورود رقم {occurrence} للاقتباس في {document_id} (عدد مرات الورود: {count}).</translation>
    </message>
    <message>
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>يرد الاقتباس {value} مرات في {document_id}؛ اختر واحدًا بـ --occurrence 1..{value}.</translation>
    </message>
    <message>
        <source>Comparing the articles was cancelled.</source>
        <translation>أُلغيت مقارنة المقالات.</translation>
    </message>
    <message>
        <source>It is a PDF without the plain text its program extracted; import the PDF itself.</source>
        <translation>هذا ملف PDF بلا النص العادي الذي استخرجه برنامجه؛ استورد ملف PDF نفسه.</translation>
    </message>
    <message>
        <source>It is a memo that is not about a passage (a journal entry or a memo on a code, case or the project); Triptych keeps notes on passages only.</source>
        <translation>هذه مذكرة لا تخص مقطعًا (قيد في اليوميات أو مذكرة عن رمز أو حالة أو عن المشروع)؛ لا يحفظ Triptych الملاحظات إلا على المقاطع.</translation>
    </message>
    <message>
        <source>It is a picture (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>هذه صورة (عدد الأجزاء المرمّزة فيها: {count})؛ لا يقرأ Triptych ولا يعلّق إلا على النصوص.</translation>
    </message>
    <message>
        <source>It is a video (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>هذا مقطع فيديو (عدد الأجزاء المرمّزة فيه: {count})؛ لا يقرأ Triptych ولا يعلّق إلا على النصوص.</translation>
    </message>
    <message>
        <source>It is an audio recording (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>هذا تسجيل صوتي (عدد الأجزاء المرمّزة فيه: {count})؛ لا يقرأ Triptych ولا يعلّق إلا على النصوص.</translation>
    </message>
    <message>
        <source>It is not a text (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>هذا ليس نصًا (عدد الأجزاء المرمّزة فيه: {count})؛ لا يقرأ Triptych ولا يعلّق إلا على النصوص.</translation>
    </message>
    <message>
        <source>It marks no characters: its start and end are the same place.</source>
        <translation>لا يحدد أي حرف: بدايته ونهايته في الموضع نفسه.</translation>
    </message>
    <message>
        <source>Its note on the whole project is not kept: Triptych keeps notes on passages.</source>
        <translation>لا تُحفظ ملاحظته على المشروع كله: يحفظ Triptych الملاحظات على المقاطع.</translation>
    </message>
    <message>
        <source>Its note on the whole source is not kept: Triptych keeps notes on passages.</source>
        <translation>لا تُحفظ ملاحظته على المصدر كله: يحفظ Triptych الملاحظات على المقاطع.</translation>
    </message>
    <message>
        <source>No person has translated “{title}” into {target_language}; nothing was removed.</source>
        <translation>لم يترجم أحدٌ «{title}» إلى {target_language}؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The descriptions of its codes are not kept (codes with one: {count}, the first “{name}”); Triptych&apos;s tags have a name, a colour and a parent only.</source>
        <translation>لا تُحفظ أوصاف رموزه (عدد الرموز الموصوفة: {count}، أولها «{name}»)؛ لوسوم Triptych اسم ولون ووسم أب فقط.</translation>
    </message>
    <message>
        <source>The text of this source is not in the project file, so its {count} coded passages cannot be placed.</source>
        <translation>نص هذا المصدر ليس في ملف المشروع، لذا لا يمكن وضع مقاطعه المرمّزة (وعددها {count}).</translation>
    </message>
    <message>
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>النموذج {info_pair}، الإصدار {info_version}، مثبت بالفعل.</translation>
    </message>
    <message>
        <source>The {model_pair} model has no tokenizer Triptych can load (sentencepiece.model or bpe.model).</source>
        <translation>لا يحتوي النموذج {model_pair} على مُقطِّع يستطيع Triptych تحميله (sentencepiece.model أو bpe.model).</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>يوجد بالفعل وسم اسمه «{name}».</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”; merge the two instead.</source>
        <translation>يوجد بالفعل وسم اسمه «{name}»؛ ادمج الاثنين بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no tag called “{request_tag}”.</source>
        <translation>لا يوجد وسم اسمه «{request_tag}».</translation>
    </message>
    <message>
        <source>There is nothing to export: the library is empty.</source>
        <translation>لا يوجد ما يُصدَّر: المكتبة فارغة.</translation>
    </message>
    <message>
        <source>These two passages are already linked that way.</source>
        <translation>هذان المقطعان مرتبطان بهذه الطريقة بالفعل.</translation>
    </message>
    <message>
        <source>Triptych compares up to {value} articles at once.</source>
        <translation>يقارن Triptych حتى {value} مقالات في المرة الواحدة.</translation>
    </message>
    <message>
        <source>{document_id} is given twice; compare two different articles.</source>
        <translation>ذُكر {document_id} مرتين؛ قارن بين مقالين مختلفين.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({exc}); it was not installed.</source>
        <translation>تعذرت قراءة {name} ({exc})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} does not say which languages it translates (from_code, to_code).</source>
        <translation>لا يذكر {name} اللغات التي يترجم بينها (from_code، to_code).</translation>
    </message>
    <message>
        <source>{name} does not seem to be a translation of “{title}”: it shares almost none of its names or numbers; load it with --force if it is one (nothing was stored).</source>
        <translation>لا يبدو أن {name} ترجمة لـ «{title}»: فهو لا يكاد يشترك معه في أي من أسمائه أو أرقامه؛ حمّله مع ‎--force‎ إن كان ترجمة له (لم يُحفظ شيء).</translation>
    </message>
    <message>
        <source>{name} has a metadata.json that cannot be read.</source>
        <translation>في {name} ملف metadata.json لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>{name} has no metadata.json.</source>
        <translation>لا يحتوي {name} على metadata.json.</translation>
    </message>
    <message>
        <source>{name} has no model (model/model.bin is missing).</source>
        <translation>لا يحتوي {name} على نموذج (الملف model/model.bin مفقود).</translation>
    </message>
    <message>
        <source>{name} has no model vocabulary.</source>
        <translation>لا يحتوي {name} على مفردات النموذج.</translation>
    </message>
    <message>
        <source>{name} has no readable text.</source>
        <translation>لا يحتوي {name} على نص مقروء.</translation>
    </message>
    <message>
        <source>{name} has no tokenizer (sentencepiece.model or bpe.model).</source>
        <translation>لا يحتوي {name} على مُجزِّئ (sentencepiece.model أو bpe.model).</translation>
    </message>
    <message>
        <source>{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.</source>
        <translation>يحتوي {name} على ملف سيقع خارج مجلده ({entry_filename})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} holds a model or tokenizer that Triptych cannot run; it was not installed.</source>
        <translation>يحتوي {name} على نموذج أو مُقطِّع لا يستطيع Triptych تشغيله؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} holds a symbolic link ({entry_filename}); it was not installed.</source>
        <translation>يحتوي {name} على رابط رمزي ({entry_filename})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text; import .txt, .md or .html files.</source>
        <translation>{name} ملف ثنائي وليس نصًا؛ استورد ملفات ‎.txt أو ‎.md أو ‎.html.</translation>
    </message>
    <message>
        <source>{name} is damaged ({broken} does not read back); it was not installed.</source>
        <translation>{name} تالف (تعذرت قراءة {broken})؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} is damaged or cut short; it was not installed.</source>
        <translation>{name} تالف أو مقتطع؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
    <message>
        <source>{name} is not a translation model package (not a zip archive, or cut short).</source>
        <translation>{name} ليس حزمة نموذج ترجمة (ليس أرشيف zip أو مقتطع).</translation>
    </message>
    <message>
        <source>{name} is not a translation package.</source>
        <translation>{name} ليس حزمة ترجمة.</translation>
    </message>
    <message>
        <source>{name} is too large to be a translation model.</source>
        <translation>{name} أكبر من أن يكون نموذج ترجمة.</translation>
    </message>
    <message>
        <source>{name} is too large to be the translation of an article.</source>
        <translation>{name} أكبر من أن يكون ترجمة لمقال.</translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>حجم {name} هو {value:.0f} ميغابايت؛ يستورد Triptych مقالات حتى {value2} ميغابايت.</translation>
    </message>
    <message>
        <source>{name} must hold exactly one package folder.</source>
        <translation>يجب أن يحتوي {name} على مجلد حزمة واحد بالضبط.</translation>
    </message>
    <message>
        <source>{name} names a target prefix that is not text; it was not installed.</source>
        <translation>يحدد {name} بادئة هدف ليست نصًا؛ لم يُثبَّت.</translation>
    </message>
    <message>
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>يبدأ {name} بعلامة {value} لكنه ليس نص {value} صالحًا.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged ({detail}); it was left untouched.</source>
        <translation>{path} ليس قاعدة بيانات Triptych أو أنه تالف ({detail})؛ تُرك كما هو.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged; it was left untouched.</source>
        <translation>{path} ليس قاعدة بيانات Triptych أو أنه تالف؛ تُرك كما هو.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code; use a two-letter code such as ar, ru or de.</source>
        <translation>«{code}» ليس رمز لغة؛ استخدم رمزًا من حرفين مثل ar أو ru أو de.</translation>
    </message>
    <message>
        <source>“{color}” is not a highlight colour; use one of {value} or #rrggbb.</source>
        <translation>«{color}» ليس لون تظليل؛ استخدم أحد {value} أو #rrggbb.</translation>
    </message>
    <message>
        <source>“{pair}” is not a language pair; write it like ar-en.</source>
        <translation>«{pair}» ليس زوج لغات؛ اكتبه بالشكل ar-en.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; use one of: {value}.</source>
        <translation>«{relation}» ليس نوع رابط؛ استخدم أحد: {value}.</translation>
    </message>
    <message>
        <source>“{request_format}” is not an export format; use one of {value}.</source>
        <translation>«{request_format}» ليس صيغة تصدير؛ استخدم إحدى {value}.</translation>
    </message>
    <message>
        <source>“{request_layout}” is not a layout; use single or parallel.</source>
        <translation>«{request_layout}» ليس تخطيطًا؛ استخدم single أو parallel.</translation>
    </message>
    <message>
        <source>“{request_page_size}” is not a page size; use a4 or letter.</source>
        <translation>«{request_page_size}» ليس حجم صفحة؛ استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>تتعذّر قراءة {path}: {value}.</translation>
    </message>
    <message>
        <source>A claims matrix compares two articles or more; choose at least two.</source>
        <translation>يقارن جدول الادعاءات مقالين أو أكثر؛ اختر مقالين على الأقل.</translation>
    </message>
    <message>
        <source>It annotates a whole document, not a passage in it.</source>
        <translation>إنه يخص مستندًا كاملًا لا مقطعًا منه.</translation>
    </message>
    <message>
        <source>It annotates “{source}”, which is not in the library.</source>
        <translation>إنه يخص «{source}»، وهو غير موجود في المكتبة.</translation>
    </message>
    <message>
        <source>It appears twice in the file.</source>
        <translation>إنه مكرر في الملف.</translation>
    </message>
    <message>
        <source>It codes a whole document, not a passage in it.</source>
        <translation>إنه يرمّز مستندًا كاملًا لا مقطعًا منه.</translation>
    </message>
    <message>
        <source>It does not say which document it annotates.</source>
        <translation>لا يذكر المستند الذي يخصه.</translation>
    </message>
    <message>
        <source>It is not an annotation.</source>
        <translation>هذا ليس تعليقًا توضيحيًا.</translation>
    </message>
    <message>
        <source>It is not an annotation: it has no target.</source>
        <translation>هذا ليس تعليقًا توضيحيًا: ليس له هدف.</translation>
    </message>
    <message>
        <source>It links a passage to itself.</source>
        <translation>إنه يربط مقطعًا بنفسه.</translation>
    </message>
    <message>
        <source>It links codes, notes or passages that cannot be imported, not two imported passages.</source>
        <translation>إنه يربط رموزًا أو ملاحظات أو مقاطع لا يمكن استيرادها، لا مقطعين مستوردين.</translation>
    </message>
    <message>
        <source>It links to a passage of a document that is not in the library.</source>
        <translation>إنه يربط بمقطع من مستند غير موجود في المكتبة.</translation>
    </message>
    <message>
        <source>It links to a passage that cannot be placed.</source>
        <translation>إنه يربط بمقطع يتعذّر العثور عليه.</translation>
    </message>
    <message>
        <source>It links to an annotation that cannot be imported.</source>
        <translation>إنه يربط بتعليق توضيحي لا يمكن استيراده.</translation>
    </message>
    <message>
        <source>It links to an annotation that is neither in the file nor in the library.</source>
        <translation>إنه يربط بتعليق توضيحي غير موجود في الملف ولا في المكتبة.</translation>
    </message>
    <message>
        <source>Its position {start}–{end} is outside “{title}” ({length} characters).</source>
        <translation>موضعه {start}–{end} يقع خارج «{title}» ({length} حرفًا).</translation>
    </message>
    <message>
        <source>Its start and end positions are not numbers.</source>
        <translation>موضعا بدايته ونهايته ليسا رقمين.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (listed above); --partial imports the others.</source>
        <translation>لم يُستورد أي شيء من {path_name}: لا يمكن استيراد {count} من عناصره (انظر أعلاه)؛ الخيار ‎--partial يستورد الباقي.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (the first, {item}: {reason}); import the others with --partial.</source>
        <translation>لم يُستورد أي شيء من {path_name}: لا يمكن استيراد {count} من عناصره (أولها {item}: {reason})؛ استورد الباقي بالخيار ‎--partial.</translation>
    </message>
    <message>
        <source>The quote “{quote}” is not in “{title}”.</source>
        <translation>الاقتباس «{quote}» غير موجود في «{title}».</translation>
    </message>
    <message>
        <source>The quote “{quote}” occurs {count} times in “{title}” and its context does not tell which one is meant.</source>
        <translation>يرد الاقتباس «{quote}» {count} مرات في «{title}» ولا يبيّن سياقه أيّها المقصود.</translation>
    </message>
    <message>
        <source>Triptych cannot place it: its only selector, {selector}, does not apply to a plain text.</source>
        <translation>لا يستطيع Triptych تحديد موضعه: محدِّده الوحيد {selector} لا ينطبق على نص عادي.</translation>
    </message>
    <message>
        <source>{path_name} has no annotations to import.</source>
        <translation>لا يحتوي {path_name} على تعليقات توضيحية لاستيرادها.</translation>
    </message>
    <message>
        <source>{path_name} holds neither Web Annotations nor Hypothesis annotations; nothing was imported.</source>
        <translation>لا يحتوي {path_name} على Web Annotations ولا على تعليقات Hypothesis؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path_name} is not JSON (it breaks off at line {line}); nothing was imported.</source>
        <translation>{path_name} ليس ملف JSON (ينقطع عند السطر {line})؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path_name} is not a REFI-QDA project (.qdpx) that can be read; nothing was imported.</source>
        <translation>{path_name} ليس مشروع REFI-QDA ‏(.qdpx) قابلًا للقراءة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path_name} is not a UTF-8 text file; nothing was imported.</source>
        <translation>{path_name} ليس ملفًا نصيًا بترميز UTF-8؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour (a colour is #rrggbb or yellow, green, blue, pink, orange, purple).</source>
        <translation>«{color}» ليس لونًا (اللون هو ‎#rrggbb أو yellow أو green أو blue أو pink أو orange أو purple).</translation>
    </message>
    <message>
        <source>“{name}” is not a tag name: a tag needs a name of 1 to 80 characters.</source>
        <translation>«{name}» لا يصلح اسمًا لوسم: يحتاج الوسم إلى اسم من 1 إلى 80 حرفًا.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; Triptych knows {value}.</source>
        <translation>«{relation}» ليس نوعًا من الروابط؛ يعرف Triptych الأنواع: {value}.</translation>
    </message>
    <message>
        <source>A secure connection to {host} could not be made; nothing was fetched.</source>
        <translation>تعذّر إنشاء اتصال آمن بـ {host}؛ لم يُجلب شيء.</translation>
    </message>
    <message>
        <source>A person has already translated {count} sentences of “{title}” into {target_language}; load with --replace to put this file in their place (nothing was stored).</source>
        <translation>سبق أن ترجم شخص {count} جملة من «{title}» إلى {target_language}؛ حمّل الملف مع ‎--replace‎ ليحل محلها (لم يُحفظ شيء).</translation>
    </message>
    <message>
        <source>It is a PDF with coded areas on its pages (areas: {count}); Triptych takes the text of a PDF only.</source>
        <translation>هذا ملف PDF فيه مناطق مرمّزة على صفحاته (عدد المناطق: {count})؛ لا يأخذ Triptych من ملف PDF إلا نصه.</translation>
    </message>
    <message>
        <source>No text could be recognised in {name}.</source>
        <translation>تعذّر التعرّف على أي نص في {name}.</translation>
    </message>
    <message>
        <source>Reading scanned pages needs Tesseract, which is not installed; install it (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) and try again.</source>
        <translation>تتطلب قراءة الصفحات الممسوحة برنامج Tesseract، وهو غير مثبّت؛ ثبّته (في Debian وUbuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>أُلغيت قراءة {name}.</translation>
    </message>
    <message>
        <source>Tesseract could not read {name}.</source>
        <translation>تعذّر على Tesseract قراءة {name}.</translation>
    </message>
    <message>
        <source>Tesseract has no data for reading {value_language}; install it (on Debian: apt install tesseract-ocr-{code}) and try again.</source>
        <translation>لا يملك Tesseract بيانات لقراءة {value_language}؛ ثبّتها (في Debian: apt install tesseract-ocr-{code}) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Tesseract has no language data installed; install tesseract-ocr-eng at least.</source>
        <translation>لا توجد لدى Tesseract أي بيانات لغوية مثبّتة؛ ثبّت tesseract-ocr-eng على الأقل.</translation>
    </message>
    <message>
        <source>Tesseract took too long to read a page of {name}; it was stopped.</source>
        <translation>استغرق Tesseract وقتًا طويلًا في قراءة صفحة من {name}؛ فأُوقف.</translation>
    </message>
    <message>
        <source>The address {host} cannot be found; check it, and the network connection.</source>
        <translation>تعذّر العثور على العنوان {host}؛ تحقّق منه ومن الاتصال بالشبكة.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>لا تحوي الحافظة نصًا يُصنع منه مقال.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the page was complete; try again.</source>
        <translation>انقطع الاتصال بـ {host} قبل اكتمال الصفحة؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>The download of {url} was cancelled.</source>
        <translation>أُلغي تنزيل {url}.</translation>
    </message>
    <message>
        <source>The page at {url} is larger than {size} MB; Triptych does not fetch it.</source>
        <translation>الصفحة في {url} أكبر من {size} ميغابايت؛ لا يجلبها Triptych.</translation>
    </message>
    <message>
        <source>The password for {name} is not right.</source>
        <translation>كلمة مرور {name} غير صحيحة.</translation>
    </message>
    <message>
        <source>The secure connection to {host} cannot be trusted (its certificate is not valid); nothing was fetched.</source>
        <translation>لا يمكن الوثوق بالاتصال الآمن بـ {host} (شهادته غير صالحة)؛ لم يُجلب شيء.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error ({code}); try again later.</source>
        <translation>ردّ الخادم في {host} بخطأ ({code})؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server at {host} refuses to give this page to Triptych (error {code}).</source>
        <translation>يرفض الخادم في {host} إعطاء هذه الصفحة لـ Triptych (خطأ {code}).</translation>
    </message>
    <message>
        <source>There is no page at {url} (the server says it was not found).</source>
        <translation>لا توجد صفحة في {url} (يقول الخادم إنها غير موجودة).</translation>
    </message>
    <message>
        <source>Triptych opens only http and https addresses, not {scheme}: ones.</source>
        <translation>لا يفتح Triptych إلا عناوين http وhttps، لا عناوين {scheme}:.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>لم يردّ {host} في الوقت المناسب؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds; try again later.</source>
        <translation>لم يردّ {host} خلال {seconds} ثانية؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>{host} is sending {url} too slowly (more than {seconds} seconds); try again later.</source>
        <translation>يرسل {host} الصفحة {url} ببطء شديد (أكثر من {seconds} ثانية)؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>{host} refused the connection; the site may be down.</source>
        <translation>رفض {host} الاتصال؛ ربما الموقع معطّل.</translation>
    </message>
    <message>
        <source>{host} stopped sending {url}; try again later.</source>
        <translation>توقّف {host} عن إرسال {url}؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>لا صفحات في {name}.</translation>
    </message>
    <message>
        <source>{name} has {found} paragraphs and the article “{title}” has {expected}; give one paragraph of translation for each, separated by blank lines (nothing was stored).</source>
        <translation>في {name} عدد {found} من الفقرات وفي المقال «{title}» عدد {expected}؛ قدّم فقرة مترجمة لكل فقرة، تفصل بينها أسطر فارغة (لم يُحفظ شيء).</translation>
    </message>
    <message>
        <source>{name} holds too many parts to be an article; it was not read.</source>
        <translation>يحوي {name} أجزاء أكثر من أن يكون مقالة؛ لم يُقرأ.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read as a PDF.</source>
        <translation>{name} تالف أو ناقص ولا يمكن قراءته بوصفه PDF.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read.</source>
        <translation>{name} تالف أو ناقص ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image Triptych can read.</source>
        <translation>{name} تالف أو ليس صورة يستطيع Triptych قراءتها.</translation>
    </message>
    <message>
        <source>“{title}” is already in {target_language}; choose the language of the translation.</source>
        <translation>المقال «{title}» مكتوب أصلًا باللغة {target_language}؛ اختر لغة الترجمة.</translation>
    </message>
    <message>
        <source>“{title}” was not read from a web page, so there is no whole page to show.</source>
        <translation>«{title}» لم تُقرأ من صفحة ويب، فلا توجد صفحة كاملة لعرضها.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address; give one that starts with https://.</source>
        <translation>«{url}» ليس عنوان ويب؛ أدخل عنوانًا يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>{name} is not an article Triptych can read: import .txt, .md, .html, .pdf, .docx, .odt or .epub files, or images of pages.</source>
        <translation>{name} ليس مقالة يستطيع Triptych قراءتها: استورد ملفات ‎.txt أو ‎.md أو ‎.html أو ‎.pdf أو ‎.docx أو ‎.odt أو ‎.epub، أو صور صفحات.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password.</source>
        <translation>{name} محمي بكلمة مرور؛ أدخلها مع --password.</translation>
    </message>
    <message>
        <source>{name} is too large an image to read (over {value} million pixels).</source>
        <translation>{name} صورة أكبر من أن تُقرأ (أكثر من {value} مليون بكسل).</translation>
    </message>
    <message>
        <source>{name} unpacks to far more than an article could hold (a damaged or hostile file); it was not read.</source>
        <translation>يتفكك {name} إلى حجم يفوق بكثير ما قد تحويه مقالة (ملف تالف أو مؤذٍ)؛ لم يُقرأ.</translation>
    </message>
    <message>
        <source>{url} could not be fetched; check the address and the network connection.</source>
        <translation>تعذّر جلب {url}؛ تحقّق من العنوان والاتصال بالشبكة.</translation>
    </message>
    <message>
        <source>{url} is not a web page or a PDF (the server says it is {media_type}).</source>
        <translation>{url} ليس صفحة ويب ولا ملف PDF (يقول الخادم إنه {media_type}).</translation>
    </message>
    <message>
        <source>{url} redirects to a {scheme}: address, which Triptych does not open.</source>
        <translation>يُحيل {url} إلى عنوان {scheme}:، ولا يفتحه Triptych.</translation>
    </message>
    <message>
        <source>{url} redirects too many times (more than {count}); it cannot be fetched.</source>
        <translation>يُحيل {url} مرات كثيرة جدًا (أكثر من {count})؛ لا يمكن جلبه.</translation>
    </message>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>يجب أن تكون قيمة ‎--limit‎ واحدًا على الأقل وقيمة ‎--offset‎ صفرًا على الأقل.</translation>
    </message>
    <message>
        <source>Annotation {annotation_id} does not match the text of its article.</source>
        <translation>التعليق {annotation_id} لا يطابق نص مقالته.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>لم تعد هذه المقالة في المكتبة.</translation>
    </message>
    <message>
        <source>This change can no longer be made: the passage, tag or link it concerns has changed meanwhile.</source>
        <translation>لم يعد من الممكن إجراء هذا التغيير: فقد تغيّر في الأثناء المقطع أو الوسم أو الرابط الذي يخصه.</translation>
    </message>
    <message>
        <source>“{value}” is not a state of an annotation; use anchored or orphaned.</source>
        <translation>«{value}» ليست حالة للتعليق؛ استخدم anchored أو orphaned.</translation>
    </message>
    <message>
        <source>The path {path} is too long for the file system; {outcome}.</source>
        <translation>المسار {path} أطول مما يقبله نظام الملفات؛ {outcome}.</translation>
    </message>
    <message>
        <source>The system has too many files open; {outcome}.</source>
        <translation>في النظام ملفات مفتوحة أكثر من اللازم؛ {outcome}.</translation>
    </message>
    <message>
        <source>Triptych goes on without writing its log</source>
        <translation>يواصل Triptych العمل دون أن يكتب سجله</translation>
    </message>
    <message>
        <source>Triptych is not allowed to change {path}; {outcome}.</source>
        <translation>لا يُسمح لـ Triptych بتغيير {path}؛ {outcome}.</translation>
    </message>
    <message>
        <source>Triptych is not allowed to write in {folder}; {outcome}.</source>
        <translation>لا يُسمح لـ Triptych بالكتابة في {folder}؛ {outcome}.</translation>
    </message>
    <message>
        <source>Triptych ran out of memory; {outcome}.</source>
        <translation>نفدت ذاكرة Triptych؛ {outcome}.</translation>
    </message>
    <message>
        <source>Your disk quota on the disk holding {folder} is used up; {outcome}.</source>
        <translation>استُنفدت حصتك على القرص الذي يضم {folder}؛ {outcome}.</translation>
    </message>
    <message>
        <source>it cannot hold Triptych&apos;s data (choose another folder with --data-dir)</source>
        <translation>ولا يمكن أن يضم بيانات Triptych (اختر مجلدًا آخر بالخيار ‎--data-dir)</translation>
    </message>
    <message>
        <source>no backup was taken</source>
        <translation>لم تُؤخذ نسخة احتياطية</translation>
    </message>
    <message>
        <source>no new one was started over its journal, which may hold its latest changes</source>
        <translation>ولم تُنشأ قاعدة جديدة فوق سجلها الذي قد يحوي آخر تغييراتها</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>nothing was stored</source>
        <translation>لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the bundled articles were not loaded</source>
        <translation>لم تُحمَّل المقالات المرفقة</translation>
    </message>
    <message>
        <source>the change went into the file that is gone</source>
        <translation>ذهب التغيير إلى الملف المفقود</translation>
    </message>
    <message>
        <source>the correction was not saved</source>
        <translation>لم يُحفظ التصحيح</translation>
    </message>
    <message>
        <source>the damaged database was not set aside, and it is unchanged</source>
        <translation>لم تُنقل قاعدة البيانات التالفة جانبًا، وهي على حالها</translation>
    </message>
    <message>
        <source>the last action did not finish</source>
        <translation>لم يكتمل الإجراء الأخير</translation>
    </message>
    <message>
        <source>the library cannot be opened, and nothing in it was lost</source>
        <translation>لا يمكن فتح المكتبة، ولم يضع منها شيء</translation>
    </message>
    <message>
        <source>the model was not installed</source>
        <translation>لم يُثبَّت النموذج</translation>
    </message>
    <message>
        <source>the model was not removed</source>
        <translation>لم يُحذف النموذج</translation>
    </message>
    <message>
        <source>the settings were not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>the translation stopped, and the sentences translated before are kept</source>
        <translation>توقفت الترجمة، والجمل المترجمة قبل ذلك محفوظة</translation>
    </message>
    <message>
        <source>what is on screen stays readable, and changes are refused until it is back</source>
        <translation>يبقى ما على الشاشة مقروءًا، وتُرفض التغييرات حتى تعود</translation>
    </message>
    <message>
        <source>{name} has grown to the largest size a file may have here; {outcome}.</source>
        <translation>بلغ {name} أكبر حجم مسموح به للملف هنا؛ {outcome}.</translation>
    </message>
    <message>
        <source>{path_name} was not written</source>
        <translation>لم يُكتب {path_name}</translation>
    </message>
    <message>
        <source>{path} is in use by another program; {outcome}.</source>
        <translation>{path} قيد الاستخدام في برنامج آخر؛ {outcome}.</translation>
    </message>
    <message>
        <source>{path} is read-only; {outcome}.</source>
        <translation>{path} للقراءة فقط؛ {outcome}.</translation>
    </message>
    <message>
        <source>The database is busy in another Triptych window or process; {outcome} (try again in a moment).</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو عملية أخرى لـ Triptych؛ {outcome} (أعد المحاولة بعد لحظة).</translation>
    </message>
    <message>
        <source>The database {path} is gone (deleted, moved, or its disk removed); {outcome}.</source>
        <translation>قاعدة البيانات {path} مفقودة (حُذفت أو نُقلت أو أُزيل قرصها)؛ {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} or its journal is damaged; {outcome}.</source>
        <translation>قاعدة البيانات {path} أو سجلها تالف؛ {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another file while Triptych had it open; {outcome}.</source>
        <translation>استُبدل بقاعدة البيانات {path} ملف آخر بينما كانت مفتوحة في Triptych؛ {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {outcome}.</source>
        <translation>القرص الذي يضم {folder} ممتلئ؛ {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is read-only; {outcome}.</source>
        <translation>القرص الذي يضم {folder} للقراءة فقط؛ {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error; {outcome}.</source>
        <translation>أبلغ القرص الذي يضم {folder} عن خطأ؛ {outcome}.</translation>
    </message>
    <message>
        <source>The disk or network share holding {folder} is not available; {outcome}.</source>
        <translation>القرص أو المجلد الشبكي الذي يضم {folder} غير متاح؛ {outcome}.</translation>
    </message>
    <message>
        <source>The file system does not accept the name “{name}”; {outcome}.</source>
        <translation>لا يقبل نظام الملفات الاسم «{name}»؛ {outcome}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; {outcome}.</source>
        <translation>المجلد {folder} غير موجود؛ {outcome}.</translation>
    </message>
    <message>
        <source>A library cannot be copied into itself.</source>
        <translation>لا يمكن نسخ مكتبة إلى نفسها.</translation>
    </message>
    <message>
        <source>Give the shared library with --database postgresql://user@host/database.</source>
        <translation>حدّد المكتبة المشتركة بـ --database postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {server}; check the address and that the server is running.</source>
        <translation>لا يستجيب أي خادم PostgreSQL على {server}؛ تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>No password was given; nothing was saved.</source>
        <translation>لم تُدخَل كلمة مرور؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were editing it; nothing was saved yet.</source>
        <translation>غيّر شخص آخر هذه الملاحظة بينما كنت تحرّرها؛ لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <source>Someone else deleted this highlight while you were editing its note.</source>
        <translation>حذف شخص آخر هذا التظليل بينما كنت تحرّر ملاحظته.</translation>
    </message>
    <message>
        <source>Someone else is changing the same passages on the shared library; nothing was changed, try again.</source>
        <translation>يغيّر شخص آخر المقاطع نفسها في المكتبة المشتركة؛ لم يتغير شيء، حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to the shared library {server} broke while saving, so the change may not have been saved; Triptych shows what was once it reconnects.</source>
        <translation>انقطع الاتصال بالمكتبة المشتركة {server} أثناء الحفظ، فربما لم يُحفظ التغيير؛ سيعرض Triptych ما حُفظ عند إعادة الاتصال.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Triptych&apos;s ({value}); give Triptych an empty database of its own.</source>
        <translation>تحتوي قاعدة البيانات {database} على {host} جداول ليست لـ Triptych ({value})؛ خصّص لـ Triptych قاعدة بيانات فارغة خاصة به.</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} could not be checked (its certificate is not trusted here); nothing was sent.</source>
        <translation>تعذّر التحقق من الاتصال المشفّر بـ {server} (شهادته غير موثوقة هنا)؛ لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The server {host} has no database called {database}.</source>
        <translation>لا توجد على الخادم {host} قاعدة بيانات باسم {database}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of {user}: put it in ~/.pgpass or PGPASSWORD, or save it in the system keyring with `triptych --database URL password`.</source>
        <translation>يطلب الخادم {server} كلمة مرور {user}: ضعها في ~/.pgpass أو PGPASSWORD، أو احفظها في حافظة كلمات المرور في النظام بالأمر `triptych --database URL password`.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password of {user}.</source>
        <translation>لم يقبل الخادم {server} كلمة مرور {user}.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer.</source>
        <translation>لا يسمح الخادم {server} لـ {user} بالاتصال من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server {server} has no free connection for now; try again in a moment.</source>
        <translation>لا يتوفر لدى الخادم {server} اتصال شاغر الآن؛ حاول بعد قليل.</translation>
    </message>
    <message>
        <source>The server {server} offers no encrypted connection (TLS), which the address requires (sslmode={value}); nothing was sent.</source>
        <translation>لا يوفّر الخادم {server} اتصالًا مشفّرًا (TLS)، وهو ما يتطلّبه العنوان (sslmode={value})؛ لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The server {server} only accepts encrypted connections: add sslmode=require to the address.</source>
        <translation>لا يقبل الخادم {server} إلا الاتصالات المشفّرة: أضف sslmode=require إلى العنوان.</translation>
    </message>
    <message>
        <source>The shared library {server} cannot be reached, so nothing was changed; Triptych reconnects by itself.</source>
        <translation>تعذّر الوصول إلى المكتبة المشتركة {server}، لذا لم يتغير شيء؛ سيعيد Triptych الاتصال تلقائيًا.</translation>
    </message>
    <message>
        <source>The shared library {server} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych.</source>
        <translation>كُتبت المكتبة المشتركة {server} بإصدار أحدث من Triptych (المخطط {version}؛ هذا الإصدار يقرأ حتى {SCHEMA_VERSION})؛ حدّث Triptych.</translation>
    </message>
    <message>
        <source>This can no longer be undone or redone: someone else has changed the passage, tag or link since.</source>
        <translation>لم يعد بالإمكان التراجع عن هذا أو إعادته: غيّر شخص آخر المقطع أو الوسم أو الرابط منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>This computer has no system keyring; keep the password in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>لا توجد حافظة كلمات مرور للنظام على هذا الحاسوب؛ احفظ كلمة المرور في ~/.pgpass أو PGPASSWORD بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>{user} may not make Triptych&apos;s tables in the database {database} on {host}; ask for the rights, or for an empty database of your own.</source>
        <translation>لا يحق لـ {user} إنشاء جداول Triptych في قاعدة البيانات {database} على {host}؛ اطلب الصلاحيات، أو قاعدة بيانات فارغة خاصة بك.</translation>
    </message>
    <message>
        <source>“{value}” is not an address of a PostgreSQL database (postgresql://user@host/database).</source>
        <translation>«{value}» ليس عنوان قاعدة بيانات PostgreSQL (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>البيلاروسية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>No article is open to print.</source>
        <translation>لا يوجد مقال مفتوح للطباعة.</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <source>Same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>Omits</source>
        <translation>يُغفل</translation>
    </message>
    <message>
        <source>Elaborates</source>
        <translation>يُفصّل</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذو صلة</translation>
    </message>
</context>
</TS>
