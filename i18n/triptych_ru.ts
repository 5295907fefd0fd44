<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Triptych</source>
        <translation>О программе Triptych</translation>
    </message>
    <message>
        <source>A reading and annotation desk for one story told in several languages.</source>
        <translation>Рабочий стол для чтения и аннотирования одной истории, рассказанной на нескольких языках.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Лицензия: GPL-3.0 или более поздняя.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>Встроенные шрифты</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>Выделить «%1»</translation>
    </message>
    <message>
        <source>Delete highlight “%1”</source>
        <translation>Удалить выделение «%1»</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Изменить цвет</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Изменить метки</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Заново привязать выделение</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <source>Recolour tag</source>
        <translation>Изменить цвет метки</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Переместить метку</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Объединить метки</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <source>Link passages (%1)</source>
        <translation>Связать фрагменты (%1)</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Цвета выделения</translation>
    </message>
    <message>
        <source>Keep note</source>
        <translation>Сохранить заметку</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Filter by quote or note</source>
        <translation>Фильтр по цитате или заметке</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>По документам</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>По меткам</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Привязанные</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <source>Note (saved as you type):</source>
        <translation>Заметка (сохраняется по мере ввода):</translation>
    </message>
    <message>
        <source>Tags (Enter adds; double-click a tag to remove it):</source>
        <translation>Метки (Enter добавляет; двойной щелчок по метке удаляет её):</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Связи:</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Привязать к выделенному</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Любой документ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (потеряно)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить другую версию</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить обе</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Любой автор</translation>
    </message>
    <message>
        <source>%1 changed this note while you were typing. Their text:</source>
        <translation>%1 изменил(а) эту заметку, пока вы печатали. Его или её текст:</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were typing. Their text:</source>
        <translation>Кто-то другой изменил эту заметку, пока вы печатали. Другой текст:</translation>
    </message>
</context>
<context>
    <name>ArticleImports</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статьи (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>В буфере обмена нет текста, из которого можно сделать статью.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Импортирована %Ln статья.</numerusform>
            <numerusform>Импортировано %Ln статьи.</numerusform>
            <numerusform>Импортировано %Ln статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld *.qdpx);;W3C Web Annotations or Hypothesis (*.json *.jsonld);;REFI-QDA project (*.qdpx)</source>
        <translation>Аннотации (*.json *.jsonld *.qdpx);;W3C Web Annotations или Hypothesis (*.json *.jsonld);;Проект REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Imported %1 annotations, %2 tags, %3 links.</source>
        <translation>Импортировано аннотаций: %1, меток: %2, связей: %3.</translation>
    </message>
    <message>
        <source>%1 were already in the library.</source>
        <translation>Уже были в библиотеке: %1.</translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Claims &amp;matrix</source>
        <translation>Ма&amp;трица утверждений</translation>
    </message>
    <message>
        <source>Which article makes which claim, and what only one of them says</source>
        <translation>Какая статья что утверждает и о чём говорит только одна из них</translation>
    </message>
    <message>
        <source>Show suggested correspondences</source>
        <translation>Показывать предложенные соответствия</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Сохранить в Markdown…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Compare mode is off: the panes do not show which passages correspond. %1 turns it on.</source>
        <translation>Режим сравнения выключен: панели не показывают, какие места соответствуют друг другу. %1 включает его.</translation>
    </message>
    <message>
        <source>Turn on Compare mode</source>
        <translation>Включить режим сравнения</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Связано</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Опровергается</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <comment>an absent cell&apos;s tooltip: %1 is the article&apos;s title</comment>
        <translation>Нет в статье %1</translation>
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
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Quotes in %1</source>
        <comment>%1: the language the articles were compared through</comment>
        <translation>Цитаты в переводе (%1)</translation>
    </message>
    <message>
        <source>Open two articles or more to see which claims they share.</source>
        <translation>Откройте две статьи или больше, чтобы увидеть, какие утверждения у них общие.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims: %1 linked, %2 tagged, %3 suggested</source>
        <translation>
            <numerusform>Утверждений: %Ln (связанных: %1, по меткам: %2, предложенных: %3)</numerusform>
            <numerusform>Утверждений: %Ln (связанных: %1, по меткам: %2, предложенных: %3)</numerusform>
            <numerusform>Утверждений: %Ln (связанных: %1, по меткам: %2, предложенных: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Только в: %1 (%2)</translation>
    </message>
    <message>
        <source>What only one article says</source>
        <translation>Что сообщает только одна статья</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <comment>what only one article says: nothing</comment>
        <translation>(ничего)</translation>
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
        <translation>Сохранить матрицу утверждений</translation>
    </message>
    <message>
        <source>Saved the claims matrix to %1</source>
        <translation>Матрица утверждений сохранена в %1</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <source>Highlight colours</source>
        <translation>Цвета выделения</translation>
    </message>
    <message>
        <source>meaning, e.g. claim</source>
        <translation>значение, например «утверждение»</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Link the two passages: %1</source>
        <translation>Связать два отрывка: %1</translation>
    </message>
    <message>
        <source>Link as:</source>
        <translation>Связать как:</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that opens the legend of Compare mode&apos;s colours</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Что означают цвета</translation>
    </message>
    <message>
        <source>What the colours of Compare mode mean</source>
        <translation>Что означают цвета режима сравнения</translation>
    </message>
    <message>
        <source>Suggested: the desk found it; nothing is stored until you link it</source>
        <translation>Предложено: найдено программой; ничего не сохраняется, пока вы не свяжете</translation>
    </message>
    <message>
        <source>Your link: %1</source>
        <translation>Ваша связь: %1</translation>
    </message>
    <message>
        <source>In the margin: only this article says this</source>
        <translation>На полях: об этом говорит только эта статья</translation>
    </message>
    <message>
        <source>Underlined: the sentence under the pointer, and its counterparts, each in the colour and line shown above</source>
        <translation>Подчёркнуто: предложение под указателем и его соответствия — каждое цветом и линией, показанными выше</translation>
    </message>
    <message>
        <source>Your link with %1: %2</source>
        <comment>%1: an article, e.g. &apos;German&apos;; %2: the relation</comment>
        <translation>Ваша связь (%1): %2</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · оценка %2 · %3</translation>
    </message>
    <message>
        <source>Strong match</source>
        <translation>Явное соответствие</translation>
    </message>
    <message>
        <source>Likely match</source>
        <translation>Вероятное соответствие</translation>
    </message>
    <message>
        <source>Weak match</source>
        <translation>Слабое соответствие</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Явное</translation>
    </message>
    <message>
        <source>Likely</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Вероятное</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>a suggestion&apos;s strength</comment>
        <translation>Слабое</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>те же слова</translation>
    </message>
    <message>
        <source>names</source>
        <translation>имена</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>числа</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <source>your link</source>
        <translation>ваша связь</translation>
    </message>
    <message>
        <source>through a third article</source>
        <translation>через третью статью</translation>
    </message>
    <message>
        <source>Only this article says this: no other open article has a counterpart.</source>
        <translation>Об этом говорит только эта статья: ни в одной другой открытой статье соответствия нет.</translation>
    </message>
    <message>
        <source>%1: no counterpart found on names, numbers, dates and quotations</source>
        <translation>%1: соответствий по именам, числам, датам и цитатам не найдено</translation>
    </message>
    <message>
        <source>%1: only this article says this; no other open article has a counterpart.</source>
        <translation>%1: об этом говорит только эта статья; ни в одной другой открытой статье соответствия нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared on names, numbers, dates and quotations only: none has a translation into %1</source>
        <translation>
            <numerusform>%Ln статья сравнена только по именам, числам, датам и цитатам: перевода на %1 у неё нет</numerusform>
            <numerusform>%Ln статьи сравнены только по именам, числам, датам и цитатам: ни у одной нет перевода на %1</numerusform>
            <numerusform>%Ln статей сравнены только по именам, числам, датам и цитатам: ни у одной нет перевода на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared through %1</source>
        <translation>
            <numerusform>%Ln статья — через %1</numerusform>
            <numerusform>%Ln статьи — через %1</numerusform>
            <numerusform>%Ln статей — через %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on a translation into %1</source>
        <translation>
            <numerusform>%Ln статья — по переводу на %1</numerusform>
            <numerusform>%Ln статьи — по переводу на %1</numerusform>
            <numerusform>%Ln статей — по переводу на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) partly on a translation into %1</source>
        <translation>
            <numerusform>%Ln статья — частично по переводу на %1</numerusform>
            <numerusform>%Ln статьи — частично по переводу на %1</numerusform>
            <numerusform>%Ln статей — частично по переводу на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) written in %1</source>
        <translation>
            <numerusform>%Ln статья — на языке сравнения (%1)</numerusform>
            <numerusform>%Ln статьи — на языке сравнения (%1)</numerusform>
            <numerusform>%Ln статей — на языке сравнения (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on names, numbers, dates and quotations only</source>
        <translation>
            <numerusform>%Ln статья — только по именам, числам, датам и цитатам</numerusform>
            <numerusform>%Ln статьи — только по именам, числам, датам и цитатам</numerusform>
            <numerusform>%Ln статей — только по именам, числам, датам и цитатам</numerusform>
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
        <translation>Сравнено: %1</translation>
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
            <numerusform>всего %Ln соответствие</numerusform>
            <numerusform>всего %Ln соответствия</numerusform>
            <numerusform>всего %Ln соответствий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only here</source>
        <comment>passages in one article only, where the bar is narrow (as the &apos;Only here&apos; button says)</comment>
        <translation>
            <numerusform>%Ln только здесь</numerusform>
            <numerusform>%Ln только здесь</numerusform>
            <numerusform>%Ln только здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) in one article only</source>
        <translation>
            <numerusform>%Ln уникальный отрывок</numerusform>
            <numerusform>%Ln уникальных отрывка</numerusform>
            <numerusform>%Ln уникальных отрывков</numerusform>
        </translation>
    </message>
    <message>
        <source>Open two articles or more to compare them.</source>
        <translation>Откройте две статьи или больше, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared</source>
        <translation>
            <numerusform>%Ln статья сравнена</numerusform>
            <numerusform>%Ln статьи сравнены</numerusform>
            <numerusform>%Ln статей сравнено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no passage of one article was found in another. Their translations share too few words for a sure match: link what you find with “Link to another passage…”.</source>
        <translation>%1: ни одно место одной статьи не найдено в другой. У их переводов слишком мало общих слов для уверенного совпадения: свяжите найденное сами командой «Связать с другим фрагментом…».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared: no passage found in common</source>
        <translation>
            <numerusform>%Ln статья сравнена: общих мест не найдено</numerusform>
            <numerusform>%Ln статьи сравнены: общих мест не найдено</numerusform>
            <numerusform>%Ln статей сравнено: общих мест не найдено</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked (%1): %2 ↔ %3: “%4”</source>
        <translation>Связано (%1): %2 ↔ %3: «%4»</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3: “%4”</source>
        <translation>%1: %2 ↔ %3: «%4»</translation>
    </message>
    <message>
        <source>%1. Hover over or click a sentence to see its counterparts.</source>
        <comment>%1: how many suggestions; how many passages in one article only</comment>
        <translation>%1. Наведите на предложение — его соответствия.</translation>
    </message>
    <message>
        <source>Hover over or click a sentence to see its counterparts.</source>
        <translation>Наведите на предложение — его соответствия.</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>&amp;Compare</source>
        <extracomment>The passages of the claim lit from the claims dock, each with the relation whose colour and line it is underlined in (&quot;&quot; for a suggestion&apos;s).</extracomment>
        <translation>С&amp;равнение</translation>
    </message>
    <message>
        <source>&amp;Compare mode</source>
        <translation>&amp;Режим сравнения</translation>
    </message>
    <message>
        <source>Show which passages of the open articles say the same thing</source>
        <translation>Показать, какие отрывки открытых статей говорят об одном и том же</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>С&amp;ледующее соответствие</translation>
    </message>
    <message>
        <source>The next suggested correspondence</source>
        <translation>Следующее предложенное соответствие</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Предыдущее соответствие</translation>
    </message>
    <message>
        <source>The previous suggested correspondence</source>
        <translation>Предыдущее предложенное соответствие</translation>
    </message>
    <message>
        <source>Next passage found &amp;only here</source>
        <translation>Следующий &amp;отрывок, который есть только здесь</translation>
    </message>
    <message>
        <source>The next passage that no other open article has</source>
        <translation>Следующий отрывок, которого нет ни в одной другой открытой статье</translation>
    </message>
    <message>
        <source>Previous passage found only &amp;here</source>
        <translation>Предыдущий отрывок, который есть только &amp;здесь</translation>
    </message>
    <message>
        <source>The previous passage that no other open article has</source>
        <translation>Предыдущий отрывок, которого нет ни в одной другой открытой статье</translation>
    </message>
    <message>
        <source>&amp;Accept as the same claim</source>
        <translation>При&amp;нять как то же утверждение</translation>
    </message>
    <message>
        <source>Link the current suggestion as the same claim</source>
        <translation>Связать текущее соответствие как то же утверждение</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Только здесь</translation>
    </message>
    <message>
        <source>The articles could not be compared; the log has the details.</source>
        <translation>Не удалось сравнить статьи; подробности в журнале.</translation>
    </message>
    <message>
        <source>Compared on names, numbers, dates and quotations only: this article has no %1 translation yet.</source>
        <translation>Сравнение только по именам, числам, датам и цитатам: перевода этой статьи (%1) пока нет.</translation>
    </message>
    <message>
        <source>No %1 translation: compared on names and numbers</source>
        <translation>Нет перевода (%1): сравнение по именам и числам</translation>
    </message>
    <message>
        <source>No %1 translation</source>
        <translation>Нет перевода (%1)</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>Нет перевода</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 sentences have no %2 translation: they are compared on names, numbers, dates and quotations.</source>
        <translation>
            <numerusform>%Ln предложение из %1 не имеет перевода (%2): оно сравнивается по именам, числам, датам и цитатам.</numerusform>
            <numerusform>%Ln предложения из %1 не имеют перевода (%2): они сравниваются по именам, числам, датам и цитатам.</numerusform>
            <numerusform>%Ln предложений из %1 не имеют перевода (%2): они сравниваются по именам, числам, датам и цитатам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences without %1 translation</source>
        <translation>
            <numerusform>%Ln предложение без перевода (%1)</numerusform>
            <numerusform>%Ln предложения без перевода (%1)</numerusform>
            <numerusform>%Ln предложений без перевода (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>To get one: switch this pane to Translation, made by the installed model, or load your own with Translation ▸ Load a translation…</source>
        <translation>Чтобы он появился: переключите эту панель на «Перевод» — его сделает установленная модель — или загрузите свой: Перевод ▸ Загрузить перевод…</translation>
    </message>
    <message>
        <source>To get one: Translation ▸ Load a translation…, or switch this pane to Translation with a model installed.</source>
        <translation>Чтобы он появился: Перевод ▸ Загрузить перевод… или, если установлена модель, переключите эту панель на «Перевод».</translation>
    </message>
    <message>
        <source>This article has no suggested counterparts.</source>
        <translation>Для этой статьи нет предложенных соответствий.</translation>
    </message>
    <message>
        <source>This is the only suggestion</source>
        <translation>Это единственное предложение</translation>
    </message>
    <message>
        <source>Back to the first suggestion</source>
        <translation>Снова первое соответствие</translation>
    </message>
    <message>
        <source>Back to the last suggestion</source>
        <translation>Снова последнее соответствие</translation>
    </message>
    <message>
        <source>%3: suggestion %1 of %2</source>
        <translation>%3: предложение %1 из %2</translation>
    </message>
    <message>
        <source>%3: found only here, %1 of %2</source>
        <translation>%3: только здесь, %1 из %2</translation>
    </message>
    <message>
        <source>Everything this article says has a counterpart.</source>
        <translation>Всему, что говорит эта статья, есть соответствие в других.</translation>
    </message>
    <message>
        <source>This is the only passage found only here</source>
        <translation>Это единственный отрывок, который есть только здесь</translation>
    </message>
    <message>
        <source>Back to the first passage found only here</source>
        <translation>Снова первый отрывок, который есть только здесь</translation>
    </message>
    <message>
        <source>Back to the last passage found only here</source>
        <translation>Снова последний отрывок, который есть только здесь</translation>
    </message>
    <message>
        <source>Linked: %1. %2 takes it back.</source>
        <translation>Связано: %1. %2 — отменить.</translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>AnewZ (Russian edition)</source>
        <translation>AnewZ (русская редакция)</translation>
    </message>
    <message>
        <source>Arabic-language news site</source>
        <translation>Арабоязычный новостной сайт</translation>
    </message>
    <message>
        <source>AnewZ (German edition)</source>
        <translation>AnewZ (немецкая редакция)</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <source>Where is the library now?</source>
        <translation>Где теперь библиотека?</translation>
    </message>
    <message>
        <source>Triptych library (*.sqlite3)</source>
        <translation>Библиотека Triptych (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>That password is not right. The password of “%1”:</source>
        <translation>Это неверный пароль. Пароль для «%1»:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Its password:</source>
        <translation>«%1» защищён паролем. Введите пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Открыть адрес</translation>
    </message>
    <message>
        <source>Address of the web page or PDF (Triptych fetches it once, now):</source>
        <translation>Адрес веб-страницы или PDF (Triptych загрузит её один раз, сейчас):</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Interlinear</source>
        <translation>Подстрочник</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Show the original, its translation, both interlinear, or side by side</source>
        <translation>Показать оригинал, перевод, подстрочник или оба рядом</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Модели…</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Показать перевод</translation>
    </message>
    <message>
        <source>Switch this pane to its translation, made by the installed model</source>
        <translation>Переключить эту панель на перевод, сделанный установленной моделью</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>справа налево</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>слева направо</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Идентификатор: %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgUp)</source>
        <translation>Сдвинуть панель на одно место влево (Ctrl+Shift+PgUp)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgDown)</source>
        <translation>Сдвинуть панель на одно место вправо (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation>Закрыть панель (Ctrl+W)</translation>
    </message>
    <message>
        <source>Move this pane one place to the right (Ctrl+Shift+PgUp)</source>
        <translation>Сдвинуть панель на одно место вправо (Ctrl+Shift+PgUp)</translation>
    </message>
    <message>
        <source>Move this pane one place to the left (Ctrl+Shift+PgDown)</source>
        <translation>Сдвинуть панель на одно место влево (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <source>Translating… %1 of %2 sentences</source>
        <translation>Перевод… %1 из %2 предложений</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>На этой странице не удалось выделить статью: здесь весь её текст.</translation>
    </message>
    <message>
        <source>One block of page furniture left out</source>
        <translation>Пропущен один служебный блок страницы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks of page furniture left out</source>
        <translation>
            <numerusform>Пропущен %Ln служебный блок страницы</numerusform>
            <numerusform>Пропущено %Ln служебных блока страницы</numerusform>
            <numerusform>Пропущено %Ln служебных блоков страницы</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Показать всю страницу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>Друг за другом</translation>
    </message>
    <message>
        <source>Side by side, aligned by paragraph (landscape)</source>
        <translation>Рядом, с выравниванием по абзацам (альбомная)</translation>
    </message>
    <message>
        <source>Add the translation (%1) under each sentence, where there is one</source>
        <translation>Добавить перевод (%1) под каждым предложением, где он есть</translation>
    </message>
    <message>
        <source>Only paragraphs with annotations (a short brief)</source>
        <translation>Только абзацы с аннотациями (краткая сводка)</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs (UTF-8 with byte-order mark)</source>
        <translation>CSV для табличных программ (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <source>Add the claims matrix: which article makes which claim (two or more articles)</source>
        <translation>Добавить матрицу утверждений: какая статья что утверждает (две статьи или больше)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Размер страницы:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Choose at least one article.</source>
        <translation>Выберите хотя бы одну статью.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The export failed; the details are in the log.</source>
        <translation>Экспорт не удался; подробности в журнале.</translation>
    </message>
    <message>
        <source>Paint the highlights into the pages, for printing (no PDF annotations)</source>
        <translation>Нанести выделения прямо на страницы, для печати (без аннотаций PDF)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article (ignores case, diacritics and spelling variants)</source>
        <translation>Найти в статье (без учёта регистра, диакритики и вариантов написания)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported:</source>
        <translation>Из %1 ничего нельзя импортировать:</translation>
    </message>
    <message>
        <source>%1 annotations and %2 links from %3 can be imported; %4 items cannot:</source>
        <translation>Из %3 можно импортировать аннотаций: %1, связей: %2; нельзя — записей: %4:</translation>
    </message>
    <message>
        <source>%1 new articles, %2 annotations and %3 links from %4 can be imported; %5 items cannot:</source>
        <translation>Из %4 можно импортировать новых статей: %1, аннотаций: %2, связей: %3; нельзя — записей: %5:</translation>
    </message>
    <message>
        <source>Import the others</source>
        <translation>Импортировать остальные</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ничего не импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Which language?</source>
        <translation>Какой язык?</translation>
    </message>
    <message>
        <source>Triptych cannot tell the language of “%1” with confidence. Which language is it in?</source>
        <translation>Triptych не может уверенно определить язык «%1». На каком он языке?</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Open beside the others</source>
        <translation>Открыть рядом с другими</translation>
    </message>
    <message>
        <source>Filter by title, source or language</source>
        <translation>Фильтр по заголовку, источнику или языку</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the selected articles beside the others</source>
        <translation>Двойной щелчок или Enter открывает выбранные статьи рядом с другими</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>No article could be told apart on this page: this is all of its text.</source>
        <translation>На этой странице не удалось выделить статью: здесь весь её текст.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>bundled with Triptych</source>
        <translation>входит в Triptych</translation>
    </message>
    <message>
        <source>%1, bundled with Triptych</source>
        <translation>%1, входит в Triptych</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link passages</source>
        <translation>Связать фрагменты</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Отношение:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>All kinds of link</source>
        <translation>Все виды связей</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>Shared library %1, as %2</source>
        <translation>Общая библиотека %1, вы — %2</translation>
    </message>
    <message>
        <source>Shared library %1</source>
        <translation>Общая библиотека %1</translation>
    </message>
    <message>
        <source>Colleagues&apos; changes appear as they make them.</source>
        <translation>Изменения коллег появляются сразу, как только они их вносят.</translation>
    </message>
    <message>
        <source>Shared library %1 cannot be reached; reconnecting…</source>
        <translation>Общая библиотека %1 недоступна; переподключение…</translation>
    </message>
    <message>
        <source>What is on screen stays readable; changes are refused until the server answers again.</source>
        <translation>То, что на экране, по-прежнему можно читать; изменения не принимаются, пока сервер снова не ответит.</translation>
    </message>
    <message>
        <source>The shared library answers again.</source>
        <translation>Общая библиотека снова отвечает.</translation>
    </message>
    <message>
        <source>The shared library cannot be reached: what is on screen stays readable, changes are refused until it answers again.</source>
        <translation>Общая библиотека недоступна: то, что на экране, можно читать, но изменения не принимаются, пока она снова не ответит.</translation>
    </message>
</context>
<context>
    <name>LostDatabaseBar</name>
    <message>
        <source>Library gone</source>
        <translation>Библиотека пропала</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Вернуть на место</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <source>Use the file that is there now</source>
        <translation>Открыть файл, который там сейчас</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Импорт статей…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Найти в статье…</translation>
    </message>
    <message>
        <source>Find in the current article (Ctrl+F)</source>
        <translation>Найти в текущей статье (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Zoom in all panes</source>
        <translation>Увеличить во всех панелях</translation>
    </message>
    <message>
        <source>Zoom out all panes</source>
        <translation>Уменьшить во всех панелях</translation>
    </message>
    <message>
        <source>Actual size in all panes</source>
        <translation>Исходный размер во всех панелях</translation>
    </message>
    <message>
        <source>&amp;Synchronise scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <source>Scroll all panes together, by proportion</source>
        <translation>Прокручивать все панели вместе, пропорционально</translation>
    </message>
    <message>
        <source>Notes in the ma&amp;rgin</source>
        <translation>Заметки на &amp;полях</translation>
    </message>
    <message>
        <source>Show the notes of the highlights beside their passages (Ctrl+Shift+M)</source>
        <translation>Показывать заметки к выделениям рядом с их фрагментами (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the open articles with their highlights and notes, as the PDF export lays them out (Ctrl+P)</source>
        <translation>Напечатать открытые статьи с выделениями и заметками — так, как их раскладывает экспорт в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close pane</source>
        <translation>&amp;Закрыть панель</translation>
    </message>
    <message>
        <source>&amp;Remove the person&apos;s translation</source>
        <translation>&amp;Удалить перевод, сделанный человеком</translation>
    </message>
    <message>
        <source>Move pane &amp;left</source>
        <translation>Сдвинуть панель &amp;влево</translation>
    </message>
    <message>
        <source>Move pane &amp;right</source>
        <translation>Сдвинуть панель в&amp;право</translation>
    </message>
    <message>
        <source>&amp;About Triptych</source>
        <translation>&amp;О программе Triptych</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every action of the desk and its keys, searchable (F1)</source>
        <translation>Все действия программы и их клавиши, с поиском (F1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Load a translation…</source>
        <translation>&amp;Загрузить перевод…</translation>
    </message>
    <message>
        <source>A person&apos;s translation of the current article, from a text file</source>
        <translation>Перевод текущей статьи, сделанный человеком, из текстового файла</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of the current article into the target language; a model&apos;s stays</source>
        <translation>Удалить перевод текущей статьи на целевой язык, сделанный человеком; перевод модели остаётся</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation>Па&amp;нель</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Аннотации</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>П&amp;еревод</translation>
    </message>
    <message>
        <source> Translate to: </source>
        <translation> Переводить на: </translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>No article is open. Open one from the library, or import one with Ctrl+O.</source>
        <translation>Нет открытых статей. Откройте статью из библиотеки или импортируйте её (Ctrl+O).</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Этой статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>Импорт &amp;аннотаций…</translation>
    </message>
    <message>
        <source>Add articles to the library: text, Markdown, web pages, PDF, Word, OpenDocument, EPUB, scans</source>
        <translation>Добавить статьи в библиотеку: текст, Markdown, веб-страницы, PDF, Word, OpenDocument, EPUB, сканы</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Открыть а&amp;дрес…</translation>
    </message>
    <message>
        <source>Fetch a web page or PDF and add its article (Ctrl+Shift+O)</source>
        <translation>Загрузить веб-страницу или PDF и добавить статью (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>New article from &amp;clipboard</source>
        <translation>Новая статья из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>Make an article of what was copied (Ctrl+Shift+V)</source>
        <translation>Сделать статью из скопированного (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Модели перевода</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Токенизатор</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Установить из файла…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Package index:</source>
        <translation>Каталог пакетов:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Translations start from the token %1.</source>
        <translation>Перевод начинается с токена %1.</translation>
    </message>
    <message>
        <source>No model is installed. Install an .argosmodel file, or download one.</source>
        <translation>Ни одна модель не установлена. Установите файл .argosmodel или загрузите модель.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Отменено; ничего не установлено.</translation>
    </message>
    <message>
        <source>That did not work; see the log.</source>
        <translation>Не получилось; см. журнал.</translation>
    </message>
    <message>
        <source>Installed the translation model %1 → %2.</source>
        <translation>Установлена модель перевода %1 → %2.</translation>
    </message>
    <message>
        <source>Downloaded and installed the translation model %1 → %2.</source>
        <translation>Загружена и установлена модель перевода %1 → %2.</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>Установить модель перевода</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Модели Argos (*.argosmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Загрузить модель</translation>
    </message>
    <message>
        <source>Language pair (for example ar-en):</source>
        <translation>Языковая пара (например, ar-en):</translation>
    </message>
    <message>
        <source>Triptych will connect to %1 to download the model. Go ahead?</source>
        <translation>Triptych подключится к %1, чтобы загрузить модель. Продолжить?</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Notebook</source>
        <translation>Блокнот</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Удалить выделение</translation>
    </message>
    <message>
        <source>&amp;Link to another passage…</source>
        <translation>&amp;Связать с другим фрагментом…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Метки…</translation>
    </message>
    <message>
        <source>Highlight &amp;colours…</source>
        <translation>&amp;Цвета выделения…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>Б&amp;локнот</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Выделить: %1</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Сначала выделите текст.</translation>
    </message>
    <message>
        <source>Select the passage to attach it to in the article first, then choose Re-attach again.</source>
        <translation>Сначала выделите в статье фрагмент для привязки, затем снова выберите «Привязать».</translation>
    </message>
    <message>
        <source>Click a highlight first, then choose Link to draw a link from it.</source>
        <translation>Сначала щёлкните по выделению, затем выберите «Связать».</translation>
    </message>
    <message>
        <source>Click the highlight to link to (Esc cancels).</source>
        <translation>Щёлкните по выделению, с которым нужно связать (Esc — отмена).</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>%1 удалил(а) выделение, к которому вы писали заметку; ваша заметка сохранена в новом выделении того же фрагмента.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were writing a note on; your note was kept on a new highlight of the same passage.</source>
        <translation>Кто-то другой удалил выделение, к которому вы писали заметку; ваша заметка сохранена в новом выделении того же фрагмента.</translation>
    </message>
    <message>
        <source>%1 deleted the highlight you were looking at.</source>
        <translation>%1 удалил(а) выделение, которое вы просматривали.</translation>
    </message>
    <message>
        <source>Someone else deleted the highlight you were looking at.</source>
        <translation>Кто-то другой удалил выделение, которое вы просматривали.</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message>
        <source>Widen the pane for notes</source>
        <translation>Расширьте панель, чтобы видеть заметки</translation>
    </message>
    <message>
        <source>Notes in the margin need a pane at least %1 pixels wide in this view. Widen it (drag its edge, or close another pane), or hover a highlight to read its note.</source>
        <translation>Заметкам на полях в этом режиме нужна панель шириной не меньше %1 пикселей. Расширьте её (потяните за край или закройте другую панель) или наведите указатель на выделение, чтобы прочитать его заметку.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Shared library</source>
        <translation>Общая библиотека</translation>
    </message>
    <message>
        <source>The shared library %1 asks for your password:</source>
        <translation>Общая библиотека %1 запрашивает ваш пароль:</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Запомнить его в системной связке ключей</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is used for this session only (keep it in ~/.pgpass to be asked no more).</source>
        <translation>На этом компьютере нет системной связки ключей: пароль используется только в этом сеансе (сохраните его в ~/.pgpass, чтобы больше не вводить).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>As the system has it (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>The author named in your exports</source>
        <translation>Автор, указываемый в экспорте</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>As the system has it</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлые</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Latin script:</source>
        <translation>Латиница:</translation>
    </message>
    <message>
        <source>Cyrillic script:</source>
        <translation>Кириллица:</translation>
    </message>
    <message>
        <source>Arabic script:</source>
        <translation>Арабское письмо:</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>Межстрочный интервал:</translation>
    </message>
    <message>
        <source>Default faces and sizes</source>
        <translation>Шрифты и размеры по умолчанию</translation>
    </message>
    <message>
        <source>Extend mouse selections to whole words</source>
        <translation>Расширять выделение мышью до целых слов</translation>
    </message>
    <message>
        <source>A drag that starts or ends inside a word takes the whole word; Shift with the arrow keys still selects letter by letter.</source>
        <translation>Выделение мышью, которое начинается или заканчивается внутри слова, захватывает всё слово; Shift со стрелками по-прежнему выделяет по одной букве.</translation>
    </message>
    <message>
        <source>Recorded with what you highlight, note and link, and named in exports.</source>
        <translation>Сохраняется вместе с вашими выделениями, заметками и связями и указывается при экспорте.</translation>
    </message>
    <message>
        <source>Shared library:</source>
        <translation>Общая библиотека:</translation>
    </message>
    <message>
        <source>A PostgreSQL server your newsroom shares, used from the next start (empty: this computer&apos;s own library). Its password is never kept here.</source>
        <translation>Сервер PostgreSQL, общий для вашей редакции; используется со следующего запуска (пусто — собственная библиотека этого компьютера). Пароль здесь никогда не хранится.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Preparing the pages to print…</source>
        <translation>Подготовка страниц к печати…</translation>
    </message>
    <message>
        <source>The pages could not be prepared for printing; the details are in the log.</source>
        <translation>Не удалось подготовить страницы к печати; подробности — в журнале.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр печати</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка файлов</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles and annotations</source>
        <translation>Искать во всех статьях и аннотациях</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>аннотация</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Ещё результаты</translation>
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
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>An action, a key or a menu</source>
        <translation>Действие, клавиша или меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>No action matches.</source>
        <translation>Ни одно действие не подходит.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Nest under…</source>
        <translation>Вложить в…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %Ln highlight(s); they keep their other tags.</source>
        <translation>
            <numerusform>Удалить метку «%1»? Она стоит на %Ln выделении; другие метки у него останутся.</numerusform>
            <numerusform>Удалить метку «%1»? Она стоит на %Ln выделениях; другие метки у них останутся.</numerusform>
            <numerusform>Удалить метку «%1»? Она стоит на %Ln выделениях; другие метки у них останутся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln sub-tag(s) move up one level.</source>
        <translation>
            <numerusform>Её %Ln вложенная метка поднимется на уровень выше.</numerusform>
            <numerusform>Её %Ln вложенные метки поднимутся на уровень выше.</numerusform>
            <numerusform>Её %Ln вложенных меток поднимутся на уровень выше.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это можно отменить.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Nest tag</source>
        <translation>Вложить метку</translation>
    </message>
    <message>
        <source>Put it under:</source>
        <translation>Поместить в:</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Объединить метку</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Объединить с:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <source>Translation cancelled; the sentences already done are kept.</source>
        <translation>Перевод отменён; уже переведённые предложения сохранены.</translation>
    </message>
    <message>
        <source>No translation model is installed: the sentences translated before are shown, the others are not translated.</source>
        <translation>Модель перевода не установлена: показаны предложения, переведённые раньше, остальные не переведены.</translation>
    </message>
    <message>
        <source>The translation failed; the details are in the log.</source>
        <translation>Перевод не удался; подробности в журнале.</translation>
    </message>
    <message>
        <source>Correct the translation</source>
        <translation>Исправить перевод</translation>
    </message>
    <message>
        <source>This is a person&apos;s translation (yours, or loaded from a file): what you type here replaces it.</source>
        <translation>Это перевод, сделанный человеком (вами или загруженный из файла): введённый здесь текст заменит его.</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>Open an article first: the translation is loaded for the current one.</source>
        <extracomment>The QSettings key of the folder the last translation file was loaded from.</extracomment>
        <translation>Сначала откройте статью: перевод загружается для текущей статьи.</translation>
    </message>
    <message>
        <source>Load a translation of “%1” into %2</source>
        <translation>Загрузить перевод «%1» на язык: %2</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Load this file?</source>
        <translation>Загрузить этот файл?</translation>
    </message>
    <message>
        <source>This file does not seem to be a translation of “%1”: it shares almost none of its names or numbers. Load it anyway?</source>
        <translation>Похоже, этот файл — не перевод статьи «%1»: в нём почти нет её имён и чисел. Всё равно загрузить?</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>Заменить перевод?</translation>
    </message>
    <message>
        <source>%1 sentences of this article already have a translation by a person in this language. Put the file&apos;s translation in their place?</source>
        <translation>У %1 предложений этой статьи уже есть перевод на этот язык, сделанный человеком. Заменить его переводом из файла?</translation>
    </message>
    <message>
        <source>Loaded the translation: %1 sentences in %2 paragraphs.</source>
        <translation>Перевод загружен: предложений — %1, абзацев — %2.</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation?</source>
        <translation>Удалить перевод, сделанный человеком?</translation>
    </message>
    <message>
        <source>Remove the person&apos;s translation of “%1” into %2 (%3 sentences)? The sentences loaded from a file and the corrections typed in the desk go alike: they are kept together and cannot be told apart. A model&apos;s translation of it stays.</source>
        <translation>Удалить перевод статьи «%1», сделанный человеком (язык: %2, предложений: %3)? Предложения, загруженные из файла, и исправления, введённые в программе, удаляются вместе: они хранятся вместе, и различить их нельзя. Перевод модели останется.</translation>
    </message>
    <message>
        <source>Removed the person&apos;s translation: %1 sentences.</source>
        <translation>Перевод, сделанный человеком, удалён (предложений: %1).</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>A person&apos;s translation: no model replaces it. Double-click to change it.</source>
        <translation>Перевод, сделанный человеком: модель его не заменит. Дважды щёлкните, чтобы изменить.</translation>
    </message>
    <message>
        <source>Machine translation. Double-click to correct it.</source>
        <translation>Машинный перевод. Дважды щёлкните, чтобы исправить.</translation>
    </message>
    <message>
        <source>A person&apos;s translation</source>
        <translation>Перевод, сделанный человеком</translation>
    </message>
    <message>
        <source>Partly a person&apos;s translation</source>
        <translation>Частично переведено человеком</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Машинный перевод</translation>
    </message>
</context>
<context>
    <name>WholePageDialog</name>
    <message>
        <source>The whole page</source>
        <translation>Вся страница</translation>
    </message>
    <message numerus="yes">
        <source>The article keeps the blocks in black; the %Ln blocks in grey were left out as page furniture.</source>
        <translation>
            <numerusform>Статья содержит блоки, выделенные чёрным; %Ln серый блок пропущен как служебный.</numerusform>
            <numerusform>Статья содержит блоки, выделенные чёрным; %Ln серых блока пропущены как служебные.</numerusform>
            <numerusform>Статья содержит блоки, выделенные чёрным; %Ln серых блоков пропущены как служебные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the whole page</source>
        <translation>Взять всю страницу</translation>
    </message>
    <message>
        <source>Store all the page&apos;s text as the article&apos;s next version (highlights follow)</source>
        <translation>Сохранить весь текст страницы как следующую версию статьи (выделения перейдут в неё)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Triptych can keep the damaged file under another name, beside it, and start with a new, empty database.</source>
        <translation>Triptych может сохранить повреждённый файл под другим именем рядом и начать с новой, пустой базы данных.</translation>
    </message>
    <message>
        <source>Keep it and start a new database</source>
        <translation>Сохранить его и начать новую базу</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>Повреждённая база сохранена как %1.</translation>
    </message>
    <message>
        <source>Something went wrong inside Triptych and the last action may not have finished. The details are in %1.</source>
        <translation>В Triptych произошла внутренняя ошибка, и последнее действие, возможно, не завершено. Подробности — в файле %1.</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>синий</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>розовый</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>оранжевый</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A different package already uses the folder {target_name}; remove it first.</source>
        <translation>Папку {target_name} уже использует другой пакет; сначала удалите его.</translation>
    </message>
    <message>
        <source>A passage cannot be linked to itself.</source>
        <translation>Фрагмент нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Метку нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <source>A tag cannot be nested under itself or one of its own sub-tags.</source>
        <translation>Метку нельзя вложить в неё саму или в её вложенную метку.</translation>
    </message>
    <message>
        <source>A tag name can have at most 80 characters.</source>
        <translation>Название метки может содержать не более 80 символов.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {value}.</source>
        <translation>Не удаётся прочитать базу данных {path}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the model index at {index_url}: {value}.</source>
        <translation>Не удаётся прочитать каталог моделей {index_url}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>Не удаётся прочитать {name}: {value}.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence (perhaps {guess_language}); choose it with --lang.</source>
        <translation>Не удаётся уверенно определить язык {name} (возможно, {guess_language}); укажите его с --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the language of {name} with confidence; choose it with --lang.</source>
        <translation>Не удаётся уверенно определить язык {name}; укажите его с --lang.</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of {name}; save it as UTF-8 and import it again.</source>
        <translation>Не удаётся определить кодировку {name}; сохраните файл в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot {path}: {value}.</source>
        <translation>Не удаётся записать снимок экрана {path}: {value}.</translation>
    </message>
    <message>
        <source>Give a document id (see `triptych list`).</source>
        <translation>Укажите идентификатор документа (см. `triptych list`).</translation>
    </message>
    <message>
        <source>Give at least two articles to compare.</source>
        <translation>Укажите не меньше двух статей для сравнения.</translation>
    </message>
    <message>
        <source>More than one document id starts with “{ref}”; type more of it.</source>
        <translation>С «{ref}» начинается несколько идентификаторов; введите больше символов.</translation>
    </message>
    <message>
        <source>No annotation has the id “{annotation_id}”.</source>
        <translation>Нет аннотации с идентификатором «{annotation_id}».</translation>
    </message>
    <message>
        <source>No document has the id “{ref}”; `triptych list` shows the ids.</source>
        <translation>Нет документа с идентификатором «{ref}»; идентификаторы показывает `triptych list`.</translation>
    </message>
    <message>
        <source>No translation model from {from_language} to {to_language} is installed; add one in the Models dialog or with `triptych models install`.</source>
        <translation>Не установлена модель перевода с языка «{from_language}» на «{to_language}»; добавьте её в окне «Модели» или командой `triptych models install`.</translation>
    </message>
    <message>
        <source>No {pair} model is installed.</source>
        <translation>Модель {pair} не установлена.</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Сначала выделите текст.</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>Этой связи больше нет.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Этой метки больше нет.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych or choose another data folder.</source>
        <translation>База данных {path} записана более новой версией Triptych (схема {version}; эта версия читает до {SCHEMA_VERSION}); обновите Triptych или выберите другую папку данных.</translation>
    </message>
    <message>
        <source>The download of the {from_code}-{to_code} model failed: {value}.</source>
        <translation>Загрузка модели {from_code}-{to_code} не удалась: {value}.</translation>
    </message>
    <message>
        <source>The model index at {index_url} is not a list of packages.</source>
        <translation>Каталог моделей {index_url} не является списком пакетов.</translation>
    </message>
    <message>
        <source>The model index has no {from_code}-{to_code} model.</source>
        <translation>В каталоге нет модели {from_code}-{to_code}.</translation>
    </message>
    <message>
        <source>The quote is not in {document_id}; it must match the text exactly.</source>
        <translation>Цитаты нет в {document_id}; она должна точно совпадать с текстом.</translation>
    </message>
    <message>
        <source>There is no occurrence {occurrence} of the quote in {document_id} (occurrences found: {count}).</source>
        <translation>В {document_id} нет вхождения {occurrence} этой цитаты (найдено вхождений: {count}).</translation>
    </message>
    <message>
        <source>The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.</source>
        <translation>Цитата встречается в {document_id} {value} раз(а); выберите одно вхождение с --occurrence 1..{value}.</translation>
    </message>
    <message>
        <source>Comparing the articles was cancelled.</source>
        <translation>Сравнение статей отменено.</translation>
    </message>
    <message>
        <source>It is a PDF without the plain text its program extracted; import the PDF itself.</source>
        <translation>Это PDF без обычного текста, извлечённого программой; импортируйте сам PDF.</translation>
    </message>
    <message>
        <source>It is a memo that is not about a passage (a journal entry or a memo on a code, case or the project); Triptych keeps notes on passages only.</source>
        <translation>Это заметка не о фрагменте текста (запись в журнале или заметка о коде, случае или проекте); Triptych хранит заметки только к фрагментам.</translation>
    </message>
    <message>
        <source>It is a picture (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Это изображение (закодированных частей: {count}); Triptych читает и размечает только тексты.</translation>
    </message>
    <message>
        <source>It is a video (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Это видео (закодированных частей: {count}); Triptych читает и размечает только тексты.</translation>
    </message>
    <message>
        <source>It is an audio recording (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Это аудиозапись (закодированных частей: {count}); Triptych читает и размечает только тексты.</translation>
    </message>
    <message>
        <source>It is not a text (coded parts in it: {count}); Triptych reads and annotates texts only.</source>
        <translation>Это не текст (закодированных частей: {count}); Triptych читает и размечает только тексты.</translation>
    </message>
    <message>
        <source>It marks no characters: its start and end are the same place.</source>
        <translation>Не охватывает ни одного символа: начало и конец совпадают.</translation>
    </message>
    <message>
        <source>Its note on the whole project is not kept: Triptych keeps notes on passages.</source>
        <translation>Его заметка ко всему проекту не сохраняется: Triptych хранит заметки к фрагментам текста.</translation>
    </message>
    <message>
        <source>Its note on the whole source is not kept: Triptych keeps notes on passages.</source>
        <translation>Его заметка ко всему источнику не сохраняется: Triptych хранит заметки к фрагментам текста.</translation>
    </message>
    <message>
        <source>No person has translated “{title}” into {target_language}; nothing was removed.</source>
        <translation>Статью «{title}» никто не переводил на язык «{target_language}»; ничего не удалено.</translation>
    </message>
    <message>
        <source>The descriptions of its codes are not kept (codes with one: {count}, the first “{name}”); Triptych&apos;s tags have a name, a colour and a parent only.</source>
        <translation>Описания его кодов не сохраняются (кодов с описанием: {count}, первый — «{name}»); у тегов Triptych есть только имя, цвет и родительский тег.</translation>
    </message>
    <message>
        <source>The text of this source is not in the project file, so its {count} coded passages cannot be placed.</source>
        <translation>Текста этого источника нет в файле проекта, поэтому его закодированные фрагменты (их {count}) нельзя разместить.</translation>
    </message>
    <message>
        <source>The {info_pair} model, version {info_version}, is already installed.</source>
        <translation>Модель {info_pair} версии {info_version} уже установлена.</translation>
    </message>
    <message>
        <source>The {model_pair} model has no tokenizer Triptych can load (sentencepiece.model or bpe.model).</source>
        <translation>У модели {model_pair} нет токенизатора, который Triptych может загрузить (sentencepiece.model или bpe.model).</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Метка «{name}» уже есть.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”; merge the two instead.</source>
        <translation>Метка «{name}» уже есть; лучше объедините их.</translation>
    </message>
    <message>
        <source>There is no tag called “{request_tag}”.</source>
        <translation>Метки «{request_tag}» нет.</translation>
    </message>
    <message>
        <source>There is nothing to export: the library is empty.</source>
        <translation>Экспортировать нечего: библиотека пуста.</translation>
    </message>
    <message>
        <source>These two passages are already linked that way.</source>
        <translation>Эти фрагменты уже связаны таким образом.</translation>
    </message>
    <message>
        <source>Triptych compares up to {value} articles at once.</source>
        <translation>Triptych сравнивает не больше {value} статей за раз.</translation>
    </message>
    <message>
        <source>{document_id} is given twice; compare two different articles.</source>
        <translation>{document_id} указан дважды; сравнивать можно только разные статьи.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({exc}); it was not installed.</source>
        <translation>{name} не удаётся прочитать ({exc}); модель не установлена.</translation>
    </message>
    <message>
        <source>{name} does not say which languages it translates (from_code, to_code).</source>
        <translation>{name} не указывает, с какого языка на какой переводит (from_code, to_code).</translation>
    </message>
    <message>
        <source>{name} does not seem to be a translation of “{title}”: it shares almost none of its names or numbers; load it with --force if it is one (nothing was stored).</source>
        <translation>Похоже, {name} — не перевод статьи «{title}»: в нём почти нет её имён и чисел; если это всё же её перевод, загрузите его с --force (ничего не сохранено).</translation>
    </message>
    <message>
        <source>{name} has a metadata.json that cannot be read.</source>
        <translation>В {name} нечитаемый metadata.json.</translation>
    </message>
    <message>
        <source>{name} has no metadata.json.</source>
        <translation>В {name} нет metadata.json.</translation>
    </message>
    <message>
        <source>{name} has no model (model/model.bin is missing).</source>
        <translation>В {name} нет модели (отсутствует model/model.bin).</translation>
    </message>
    <message>
        <source>{name} has no model vocabulary.</source>
        <translation>В {name} нет словаря модели.</translation>
    </message>
    <message>
        <source>{name} has no readable text.</source>
        <translation>В {name} нет читаемого текста.</translation>
    </message>
    <message>
        <source>{name} has no tokenizer (sentencepiece.model or bpe.model).</source>
        <translation>В {name} нет токенизатора (sentencepiece.model или bpe.model).</translation>
    </message>
    <message>
        <source>{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.</source>
        <translation>{name} содержит файл, который попал бы за пределы своей папки ({entry_filename}); модель не установлена.</translation>
    </message>
    <message>
        <source>{name} holds a model or tokenizer that Triptych cannot run; it was not installed.</source>
        <translation>{name} содержит модель или токенизатор, которые Triptych не может запустить; модель не установлена.</translation>
    </message>
    <message>
        <source>{name} holds a symbolic link ({entry_filename}); it was not installed.</source>
        <translation>{name} содержит символическую ссылку ({entry_filename}); модель не установлена.</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text; import .txt, .md or .html files.</source>
        <translation>{name} — двоичный файл, а не текст; импортируйте файлы .txt, .md или .html.</translation>
    </message>
    <message>
        <source>{name} is damaged ({broken} does not read back); it was not installed.</source>
        <translation>{name} повреждён ({broken} не читается); модель не установлена.</translation>
    </message>
    <message>
        <source>{name} is damaged or cut short; it was not installed.</source>
        <translation>{name} повреждён или обрезан; модель не установлена.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} пуст.</translation>
    </message>
    <message>
        <source>{name} is not a translation model package (not a zip archive, or cut short).</source>
        <translation>{name} — не пакет модели перевода (не zip-архив или обрезан).</translation>
    </message>
    <message>
        <source>{name} is not a translation package.</source>
        <translation>{name} — не пакет перевода.</translation>
    </message>
    <message>
        <source>{name} is too large to be a translation model.</source>
        <translation>{name} слишком велик для модели перевода.</translation>
    </message>
    <message>
        <source>{name} is too large to be the translation of an article.</source>
        <translation>{name} слишком велик для перевода статьи.</translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.</source>
        <translation>{name} занимает {value:.0f} МБ; Triptych импортирует статьи размером до {value2} МБ.</translation>
    </message>
    <message>
        <source>{name} must hold exactly one package folder.</source>
        <translation>{name} должен содержать ровно одну папку пакета.</translation>
    </message>
    <message>
        <source>{name} names a target prefix that is not text; it was not installed.</source>
        <translation>В {name} указан целевой префикс, который не является текстом; модель не установлена.</translation>
    </message>
    <message>
        <source>{name} starts with a {value} mark but is not valid {value} text.</source>
        <translation>{name} начинается с метки {value}, но не является корректным текстом {value}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — папка, а не файл.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged ({detail}); it was left untouched.</source>
        <translation>{path} — не база данных Triptych или она повреждена ({detail}); файл не тронут.</translation>
    </message>
    <message>
        <source>{path} is not a Triptych database or is damaged; it was left untouched.</source>
        <translation>{path} — не база данных Triptych или она повреждена; файл не тронут.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code; use a two-letter code such as ar, ru or de.</source>
        <translation>«{code}» — не код языка; используйте двухбуквенный код, например ar, ru или de.</translation>
    </message>
    <message>
        <source>“{color}” is not a highlight colour; use one of {value} or #rrggbb.</source>
        <translation>«{color}» — не цвет выделения; используйте один из {value} или #rrggbb.</translation>
    </message>
    <message>
        <source>“{pair}” is not a language pair; write it like ar-en.</source>
        <translation>«{pair}» — не языковая пара; пишите так: ar-en.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; use one of: {value}.</source>
        <translation>«{relation}» — не вид связи; используйте один из: {value}.</translation>
    </message>
    <message>
        <source>“{request_format}” is not an export format; use one of {value}.</source>
        <translation>«{request_format}» — не формат экспорта; используйте один из {value}.</translation>
    </message>
    <message>
        <source>“{request_layout}” is not a layout; use single or parallel.</source>
        <translation>«{request_layout}» — не макет; используйте single или parallel.</translation>
    </message>
    <message>
        <source>“{request_page_size}” is not a page size; use a4 or letter.</source>
        <translation>«{request_page_size}» — не размер страницы; используйте a4 или letter.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>Не удаётся прочитать {path}: {value}.</translation>
    </message>
    <message>
        <source>A claims matrix compares two articles or more; choose at least two.</source>
        <translation>Матрица утверждений сравнивает две статьи или больше; выберите хотя бы две.</translation>
    </message>
    <message>
        <source>It annotates a whole document, not a passage in it.</source>
        <translation>Она относится ко всему документу, а не к фрагменту в нём.</translation>
    </message>
    <message>
        <source>It annotates “{source}”, which is not in the library.</source>
        <translation>Она относится к «{source}», а этого документа нет в библиотеке.</translation>
    </message>
    <message>
        <source>It appears twice in the file.</source>
        <translation>Она встречается в файле дважды.</translation>
    </message>
    <message>
        <source>It codes a whole document, not a passage in it.</source>
        <translation>Она кодирует весь документ, а не фрагмент в нём.</translation>
    </message>
    <message>
        <source>It does not say which document it annotates.</source>
        <translation>В ней не указано, к какому документу она относится.</translation>
    </message>
    <message>
        <source>It is not an annotation.</source>
        <translation>Это не аннотация.</translation>
    </message>
    <message>
        <source>It is not an annotation: it has no target.</source>
        <translation>Это не аннотация: у неё нет цели.</translation>
    </message>
    <message>
        <source>It links a passage to itself.</source>
        <translation>Она связывает фрагмент с ним самим.</translation>
    </message>
    <message>
        <source>It links codes, notes or passages that cannot be imported, not two imported passages.</source>
        <translation>Она связывает коды, заметки или фрагменты, которые нельзя импортировать, а не два импортированных фрагмента.</translation>
    </message>
    <message>
        <source>It links to a passage of a document that is not in the library.</source>
        <translation>Она ссылается на фрагмент документа, которого нет в библиотеке.</translation>
    </message>
    <message>
        <source>It links to a passage that cannot be placed.</source>
        <translation>Она ссылается на фрагмент, который не удаётся найти.</translation>
    </message>
    <message>
        <source>It links to an annotation that cannot be imported.</source>
        <translation>Она ссылается на аннотацию, которую нельзя импортировать.</translation>
    </message>
    <message>
        <source>It links to an annotation that is neither in the file nor in the library.</source>
        <translation>Она ссылается на аннотацию, которой нет ни в файле, ни в библиотеке.</translation>
    </message>
    <message>
        <source>Its position {start}–{end} is outside “{title}” ({length} characters).</source>
        <translation>Её позиция {start}–{end} лежит за пределами «{title}» ({length} символов).</translation>
    </message>
    <message>
        <source>Its start and end positions are not numbers.</source>
        <translation>Её начальная и конечная позиции — не числа.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (listed above); --partial imports the others.</source>
        <translation>Из {path_name} ничего не импортировано: нельзя импортировать записей: {count} (см. выше); --partial импортирует остальные.</translation>
    </message>
    <message>
        <source>Nothing was imported from {path_name}: {count} of its items cannot be imported (the first, {item}: {reason}); import the others with --partial.</source>
        <translation>Из {path_name} ничего не импортировано: нельзя импортировать записей: {count} (первая, {item}: {reason}); остальные импортирует --partial.</translation>
    </message>
    <message>
        <source>The quote “{quote}” is not in “{title}”.</source>
        <translation>Цитаты «{quote}» нет в «{title}».</translation>
    </message>
    <message>
        <source>The quote “{quote}” occurs {count} times in “{title}” and its context does not tell which one is meant.</source>
        <translation>Цитата «{quote}» встречается в «{title}» {count} раз(а), и по её контексту не понять, какое место имеется в виду.</translation>
    </message>
    <message>
        <source>Triptych cannot place it: its only selector, {selector}, does not apply to a plain text.</source>
        <translation>Triptych не может её разместить: её единственный селектор, {selector}, неприменим к простому тексту.</translation>
    </message>
    <message>
        <source>{path_name} has no annotations to import.</source>
        <translation>В {path_name} нет аннотаций для импорта.</translation>
    </message>
    <message>
        <source>{path_name} holds neither Web Annotations nor Hypothesis annotations; nothing was imported.</source>
        <translation>В {path_name} нет ни Web Annotations, ни аннотаций Hypothesis; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path_name} is not JSON (it breaks off at line {line}); nothing was imported.</source>
        <translation>{path_name} — не JSON (ошибка в строке {line}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path_name} is not a REFI-QDA project (.qdpx) that can be read; nothing was imported.</source>
        <translation>{path_name} — не читаемый проект REFI-QDA (.qdpx); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path_name} is not a UTF-8 text file; nothing was imported.</source>
        <translation>{path_name} — не текстовый файл в UTF-8; ничего не импортировано.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour (a colour is #rrggbb or yellow, green, blue, pink, orange, purple).</source>
        <translation>«{color}» — не цвет (цвет — это #rrggbb или yellow, green, blue, pink, orange, purple).</translation>
    </message>
    <message>
        <source>“{name}” is not a tag name: a tag needs a name of 1 to 80 characters.</source>
        <translation>«{name}» не годится как имя тега: имя тега — от 1 до 80 символов.</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of link; Triptych knows {value}.</source>
        <translation>«{relation}» — не вид связи; Triptych знает: {value}.</translation>
    </message>
    <message>
        <source>A secure connection to {host} could not be made; nothing was fetched.</source>
        <translation>Не удалось установить защищённое соединение с {host}; ничего не загружено.</translation>
    </message>
    <message>
        <source>A person has already translated {count} sentences of “{title}” into {target_language}; load with --replace to put this file in their place (nothing was stored).</source>
        <translation>{count} предложений статьи «{title}» уже переведены человеком на язык «{target_language}»; загрузите с --replace, чтобы заменить их этим файлом (ничего не сохранено).</translation>
    </message>
    <message>
        <source>It is a PDF with coded areas on its pages (areas: {count}); Triptych takes the text of a PDF only.</source>
        <translation>Это PDF с закодированными областями на страницах (областей: {count}); Triptych берёт из PDF только текст.</translation>
    </message>
    <message>
        <source>No text could be recognised in {name}.</source>
        <translation>В {name} не удалось распознать текст.</translation>
    </message>
    <message>
        <source>Reading scanned pages needs Tesseract, which is not installed; install it (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) and try again.</source>
        <translation>Для чтения сканов нужен Tesseract, но он не установлен; установите его (в Debian и Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu) и повторите.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Чтение {name} отменено.</translation>
    </message>
    <message>
        <source>Tesseract could not read {name}.</source>
        <translation>Tesseract не смог прочитать {name}.</translation>
    </message>
    <message>
        <source>Tesseract has no data for reading {value_language}; install it (on Debian: apt install tesseract-ocr-{code}) and try again.</source>
        <translation>У Tesseract нет данных для языка: {value_language}; установите их (в Debian: apt install tesseract-ocr-{code}) и повторите.</translation>
    </message>
    <message>
        <source>Tesseract has no language data installed; install tesseract-ocr-eng at least.</source>
        <translation>Для Tesseract не установлено ни одного языка; установите хотя бы tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Tesseract took too long to read a page of {name}; it was stopped.</source>
        <translation>Tesseract слишком долго читал страницу {name}; он остановлен.</translation>
    </message>
    <message>
        <source>The address {host} cannot be found; check it, and the network connection.</source>
        <translation>Адрес {host} не найден; проверьте его и подключение к сети.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>В буфере обмена нет текста, из которого можно сделать статью.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the page was complete; try again.</source>
        <translation>Соединение с {host} оборвалось до конца загрузки страницы; повторите попытку.</translation>
    </message>
    <message>
        <source>The download of {url} was cancelled.</source>
        <translation>Загрузка {url} отменена.</translation>
    </message>
    <message>
        <source>The page at {url} is larger than {size} MB; Triptych does not fetch it.</source>
        <translation>Страница {url} больше {size} МБ; Triptych её не загружает.</translation>
    </message>
    <message>
        <source>The password for {name} is not right.</source>
        <translation>Пароль для {name} неверен.</translation>
    </message>
    <message>
        <source>The secure connection to {host} cannot be trusted (its certificate is not valid); nothing was fetched.</source>
        <translation>Защищённому соединению с {host} нельзя доверять (сертификат недействителен); ничего не загружено.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error ({code}); try again later.</source>
        <translation>Сервер {host} ответил ошибкой ({code}); повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server at {host} refuses to give this page to Triptych (error {code}).</source>
        <translation>Сервер {host} отказывается отдавать эту страницу Triptych (ошибка {code}).</translation>
    </message>
    <message>
        <source>There is no page at {url} (the server says it was not found).</source>
        <translation>По адресу {url} нет страницы (сервер сообщает, что она не найдена).</translation>
    </message>
    <message>
        <source>Triptych opens only http and https addresses, not {scheme}: ones.</source>
        <translation>Triptych открывает только адреса http и https, а не {scheme}:.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} не ответил вовремя; повторите попытку позже.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds; try again later.</source>
        <translation>{host} не ответил за {seconds} с; повторите попытку позже.</translation>
    </message>
    <message>
        <source>{host} is sending {url} too slowly (more than {seconds} seconds); try again later.</source>
        <translation>{host} передаёт {url} слишком медленно (дольше {seconds} с); повторите попытку позже.</translation>
    </message>
    <message>
        <source>{host} refused the connection; the site may be down.</source>
        <translation>{host} отклонил соединение; возможно, сайт не работает.</translation>
    </message>
    <message>
        <source>{host} stopped sending {url}; try again later.</source>
        <translation>{host} перестал передавать {url}; повторите попытку позже.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>В {name} нет страниц.</translation>
    </message>
    <message>
        <source>{name} has {found} paragraphs and the article “{title}” has {expected}; give one paragraph of translation for each, separated by blank lines (nothing was stored).</source>
        <translation>В {name} абзацев: {found}, а в статье «{title}»: {expected}; нужен один абзац перевода на каждый абзац статьи, абзацы разделяются пустыми строками (ничего не сохранено).</translation>
    </message>
    <message>
        <source>{name} holds too many parts to be an article; it was not read.</source>
        <translation>В {name} слишком много частей для статьи; файл не прочитан.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read as a PDF.</source>
        <translation>{name} повреждён или неполон и не читается как PDF.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read.</source>
        <translation>{name} повреждён или неполон и не может быть прочитан.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image Triptych can read.</source>
        <translation>{name} повреждён или не является изображением, которое Triptych может прочитать.</translation>
    </message>
    <message>
        <source>“{title}” is already in {target_language}; choose the language of the translation.</source>
        <translation>Статья «{title}» уже написана на языке «{target_language}»; выберите язык перевода.</translation>
    </message>
    <message>
        <source>“{title}” was not read from a web page, so there is no whole page to show.</source>
        <translation>«{title}» прочитана не с веб-страницы, поэтому показать всю страницу нельзя.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address; give one that starts with https://.</source>
        <translation>«{url}» — не веб-адрес; укажите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>{name} is not an article Triptych can read: import .txt, .md, .html, .pdf, .docx, .odt or .epub files, or images of pages.</source>
        <translation>{name} — не статья, которую Triptych может прочитать: импортируйте файлы .txt, .md, .html, .pdf, .docx, .odt или .epub либо изображения страниц.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password.</source>
        <translation>{name} защищён паролем; укажите его с --password.</translation>
    </message>
    <message>
        <source>{name} is too large an image to read (over {value} million pixels).</source>
        <translation>{name} — слишком большое изображение (больше {value} млн пикселей).</translation>
    </message>
    <message>
        <source>{name} unpacks to far more than an article could hold (a damaged or hostile file); it was not read.</source>
        <translation>{name} распаковывается в гораздо больший объём, чем может занимать статья (повреждённый или вредоносный файл); он не прочитан.</translation>
    </message>
    <message>
        <source>{url} could not be fetched; check the address and the network connection.</source>
        <translation>Не удалось загрузить {url}; проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>{url} is not a web page or a PDF (the server says it is {media_type}).</source>
        <translation>{url} — не веб-страница и не PDF (сервер сообщает тип {media_type}).</translation>
    </message>
    <message>
        <source>{url} redirects to a {scheme}: address, which Triptych does not open.</source>
        <translation>{url} перенаправляет на адрес {scheme}:, который Triptych не открывает.</translation>
    </message>
    <message>
        <source>{url} redirects too many times (more than {count}); it cannot be fetched.</source>
        <translation>{url} перенаправляет слишком много раз (больше {count}); загрузить нельзя.</translation>
    </message>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit должен быть не меньше 1, а --offset — не меньше 0.</translation>
    </message>
    <message>
        <source>Annotation {annotation_id} does not match the text of its article.</source>
        <translation>Аннотация {annotation_id} не совпадает с текстом своей статьи.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Этой статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>This change can no longer be made: the passage, tag or link it concerns has changed meanwhile.</source>
        <translation>Это изменение больше невозможно: фрагмент, метка или связь, к которым оно относится, тем временем изменились.</translation>
    </message>
    <message>
        <source>“{value}” is not a state of an annotation; use anchored or orphaned.</source>
        <translation>«{value}» — не состояние аннотации; используйте anchored или orphaned.</translation>
    </message>
    <message>
        <source>The path {path} is too long for the file system; {outcome}.</source>
        <translation>Путь {path} слишком длинный для файловой системы; {outcome}.</translation>
    </message>
    <message>
        <source>The system has too many files open; {outcome}.</source>
        <translation>В системе открыто слишком много файлов; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych goes on without writing its log</source>
        <translation>Triptych продолжает работу, не записывая журнал</translation>
    </message>
    <message>
        <source>Triptych is not allowed to change {path}; {outcome}.</source>
        <translation>У Triptych нет права изменять {path}; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych is not allowed to write in {folder}; {outcome}.</source>
        <translation>У Triptych нет права записи в папку {folder}; {outcome}.</translation>
    </message>
    <message>
        <source>Triptych ran out of memory; {outcome}.</source>
        <translation>Triptych не хватило памяти; {outcome}.</translation>
    </message>
    <message>
        <source>Your disk quota on the disk holding {folder} is used up; {outcome}.</source>
        <translation>Ваша квота на диске, где находится {folder}, исчерпана; {outcome}.</translation>
    </message>
    <message>
        <source>it cannot hold Triptych&apos;s data (choose another folder with --data-dir)</source>
        <translation>там нельзя хранить данные Triptych (выберите другую папку с помощью --data-dir)</translation>
    </message>
    <message>
        <source>no backup was taken</source>
        <translation>резервная копия не создана</translation>
    </message>
    <message>
        <source>no new one was started over its journal, which may hold its latest changes</source>
        <translation>новая не создана поверх её журнала, где могут быть последние изменения</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>ничего не изменено</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>nothing was stored</source>
        <translation>ничего не сохранено</translation>
    </message>
    <message>
        <source>the bundled articles were not loaded</source>
        <translation>статьи из комплекта не загружены</translation>
    </message>
    <message>
        <source>the change went into the file that is gone</source>
        <translation>изменение попало в исчезнувший файл</translation>
    </message>
    <message>
        <source>the correction was not saved</source>
        <translation>исправление не сохранено</translation>
    </message>
    <message>
        <source>the damaged database was not set aside, and it is unchanged</source>
        <translation>повреждённая база данных не отложена и осталась как была</translation>
    </message>
    <message>
        <source>the last action did not finish</source>
        <translation>последнее действие не завершилось</translation>
    </message>
    <message>
        <source>the library cannot be opened, and nothing in it was lost</source>
        <translation>библиотеку нельзя открыть, но из неё ничего не потеряно</translation>
    </message>
    <message>
        <source>the model was not installed</source>
        <translation>модель не установлена</translation>
    </message>
    <message>
        <source>the model was not removed</source>
        <translation>модель не удалена</translation>
    </message>
    <message>
        <source>the settings were not saved</source>
        <translation>настройки не сохранены</translation>
    </message>
    <message>
        <source>the translation stopped, and the sentences translated before are kept</source>
        <translation>перевод остановлен, уже переведённые предложения сохранены</translation>
    </message>
    <message>
        <source>what is on screen stays readable, and changes are refused until it is back</source>
        <translation>то, что на экране, можно читать, но изменения не принимаются, пока она не вернётся</translation>
    </message>
    <message>
        <source>{name} has grown to the largest size a file may have here; {outcome}.</source>
        <translation>{name} достиг наибольшего размера, допустимого здесь для файла; {outcome}.</translation>
    </message>
    <message>
        <source>{path_name} was not written</source>
        <translation>файл {path_name} не записан</translation>
    </message>
    <message>
        <source>{path} is in use by another program; {outcome}.</source>
        <translation>{path} используется другой программой; {outcome}.</translation>
    </message>
    <message>
        <source>{path} is read-only; {outcome}.</source>
        <translation>{path} доступен только для чтения; {outcome}.</translation>
    </message>
    <message>
        <source>The database is busy in another Triptych window or process; {outcome} (try again in a moment).</source>
        <translation>База данных занята другим окном или процессом Triptych; {outcome} (попробуйте чуть позже).</translation>
    </message>
    <message>
        <source>The database {path} is gone (deleted, moved, or its disk removed); {outcome}.</source>
        <translation>База данных {path} пропала (удалена, перемещена или её диск отключён); {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} or its journal is damaged; {outcome}.</source>
        <translation>База данных {path} или её журнал повреждены; {outcome}.</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another file while Triptych had it open; {outcome}.</source>
        <translation>База данных {path} была заменена другим файлом, пока Triptych держал её открытой; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {outcome}.</source>
        <translation>Диск, на котором находится {folder}, заполнен; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is read-only; {outcome}.</source>
        <translation>Диск, на котором находится {folder}, доступен только для чтения; {outcome}.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error; {outcome}.</source>
        <translation>Диск, на котором находится {folder}, сообщил об ошибке; {outcome}.</translation>
    </message>
    <message>
        <source>The disk or network share holding {folder} is not available; {outcome}.</source>
        <translation>Диск или сетевая папка, где находится {folder}, недоступны; {outcome}.</translation>
    </message>
    <message>
        <source>The file system does not accept the name “{name}”; {outcome}.</source>
        <translation>Файловая система не принимает имя «{name}»; {outcome}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; {outcome}.</source>
        <translation>Папки {folder} не существует; {outcome}.</translation>
    </message>
    <message>
        <source>A library cannot be copied into itself.</source>
        <translation>Библиотеку нельзя скопировать саму в себя.</translation>
    </message>
    <message>
        <source>Give the shared library with --database postgresql://user@host/database.</source>
        <translation>Укажите общую библиотеку: --database postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {server}; check the address and that the server is running.</source>
        <translation>Сервер PostgreSQL по адресу {server} не отвечает; проверьте адрес и что сервер запущен.</translation>
    </message>
    <message>
        <source>No password was given; nothing was saved.</source>
        <translation>Пароль не введён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were editing it; nothing was saved yet.</source>
        <translation>Кто-то другой изменил эту заметку, пока вы её редактировали; пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone else deleted this highlight while you were editing its note.</source>
        <translation>Кто-то другой удалил это выделение, пока вы редактировали заметку к нему.</translation>
    </message>
    <message>
        <source>Someone else is changing the same passages on the shared library; nothing was changed, try again.</source>
        <translation>Кто-то другой сейчас меняет те же фрагменты в общей библиотеке; ничего не изменено, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the shared library {server} broke while saving, so the change may not have been saved; Triptych shows what was once it reconnects.</source>
        <translation>Соединение с общей библиотекой {server} прервалось во время сохранения, поэтому изменение могло не сохраниться; Triptych покажет, что сохранилось, когда подключится снова.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Triptych&apos;s ({value}); give Triptych an empty database of its own.</source>
        <translation>В базе данных {database} на {host} есть таблицы, не принадлежащие Triptych ({value}); выделите Triptych отдельную пустую базу данных.</translation>
    </message>
    <message>
        <source>The encrypted connection to {server} could not be checked (its certificate is not trusted here); nothing was sent.</source>
        <translation>Не удалось проверить зашифрованное соединение с {server} (его сертификату здесь не доверяют); ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server {host} has no database called {database}.</source>
        <translation>На сервере {host} нет базы данных {database}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of {user}: put it in ~/.pgpass or PGPASSWORD, or save it in the system keyring with `triptych --database URL password`.</source>
        <translation>Сервер {server} запрашивает пароль пользователя {user}: укажите его в ~/.pgpass или PGPASSWORD либо сохраните в системной связке ключей командой `triptych --database URL password`.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password of {user}.</source>
        <translation>Сервер {server} не принял пароль пользователя {user}.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer.</source>
        <translation>Сервер {server} не разрешает пользователю {user} подключаться с этого компьютера.</translation>
    </message>
    <message>
        <source>The server {server} has no free connection for now; try again in a moment.</source>
        <translation>У сервера {server} сейчас нет свободных подключений; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The server {server} offers no encrypted connection (TLS), which the address requires (sslmode={value}); nothing was sent.</source>
        <translation>Сервер {server} не поддерживает зашифрованное соединение (TLS), которого требует адрес (sslmode={value}); ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server {server} only accepts encrypted connections: add sslmode=require to the address.</source>
        <translation>Сервер {server} принимает только зашифрованные соединения: добавьте к адресу sslmode=require.</translation>
    </message>
    <message>
        <source>The shared library {server} cannot be reached, so nothing was changed; Triptych reconnects by itself.</source>
        <translation>Общая библиотека {server} недоступна, поэтому ничего не изменено; Triptych переподключится сам.</translation>
    </message>
    <message>
        <source>The shared library {server} was written by a newer version of Triptych (schema {version}; this version reads up to {SCHEMA_VERSION}); update Triptych.</source>
        <translation>Общая библиотека {server} записана более новой версией Triptych (схема {version}; эта версия читает до {SCHEMA_VERSION}); обновите Triptych.</translation>
    </message>
    <message>
        <source>This can no longer be undone or redone: someone else has changed the passage, tag or link since.</source>
        <translation>Это больше нельзя отменить или повторить: с тех пор кто-то другой изменил фрагмент, метку или связь.</translation>
    </message>
    <message>
        <source>This computer has no system keyring; keep the password in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>На этом компьютере нет системной связки ключей; храните пароль в ~/.pgpass или PGPASSWORD.</translation>
    </message>
    <message>
        <source>{user} may not make Triptych&apos;s tables in the database {database} on {host}; ask for the rights, or for an empty database of your own.</source>
        <translation>Пользователю {user} не разрешено создавать таблицы Triptych в базе данных {database} на {host}; попросите права или отдельную пустую базу данных.</translation>
    </message>
    <message>
        <source>“{value}” is not an address of a PostgreSQL database (postgresql://user@host/database).</source>
        <translation>«{value}» — не адрес базы данных PostgreSQL (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>иврит</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>урду</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>болгарский</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>сербский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>японский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>корейский</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>No article is open to print.</source>
        <translation>Нет открытых статей для печати.</translation>
    </message>
</context>
<context>
    <name>relation</name>
    <message>
        <source>Same claim</source>
        <translation>То же утверждение</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Противоречит</translation>
    </message>
    <message>
        <source>Omits</source>
        <translation>Опускает</translation>
    </message>
    <message>
        <source>Elaborates</source>
        <translation>Развивает</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связано</translation>
    </message>
</context>
</TS>
