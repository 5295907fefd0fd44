<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleImports</name>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Imported %Ln article.</numerusform>
            <numerusform>Imported %Ln articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message numerus="yes">
        <source>%Ln claims: %1 linked, %2 tagged, %3 suggested</source>
        <translation>
            <numerusform>%Ln claim: %1 linked, %2 tagged, %3 suggested</numerusform>
            <numerusform>%Ln claims: %1 linked, %2 tagged, %3 suggested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message numerus="yes">
        <source>%Ln article(s) compared on names, numbers, dates and quotations only: none has a translation into %1</source>
        <translation>
            <numerusform>%Ln article compared on names, numbers, dates and quotations only: it has no translation into %1</numerusform>
            <numerusform>%Ln articles compared on names, numbers, dates and quotations only: none has a translation into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared through %1</source>
        <translation>
            <numerusform>%Ln article compared through %1</numerusform>
            <numerusform>%Ln articles compared through %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on a translation into %1</source>
        <translation>
            <numerusform>%Ln article on a translation into %1</numerusform>
            <numerusform>%Ln articles on a translation into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) partly on a translation into %1</source>
        <translation>
            <numerusform>%Ln article partly on a translation into %1</numerusform>
            <numerusform>%Ln articles partly on a translation into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) written in %1</source>
        <translation>
            <numerusform>%Ln article written in %1</numerusform>
            <numerusform>%Ln articles written in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) on names, numbers, dates and quotations only</source>
        <translation>
            <numerusform>%Ln article on names, numbers, dates and quotations only</numerusform>
            <numerusform>%Ln articles on names, numbers, dates and quotations only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) in all</source>
        <comment>correspondences Compare mode suggests between all the open articles (F8 counts those of one article)</comment>
        <translation>
            <numerusform>%Ln suggestion in all</numerusform>
            <numerusform>%Ln suggestions in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only here</source>
        <comment>passages in one article only, where the bar is narrow (as the &apos;Only here&apos; button says)</comment>
        <translation>
            <numerusform>%Ln only here</numerusform>
            <numerusform>%Ln only here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) in one article only</source>
        <translation>
            <numerusform>%Ln passage in one article only</numerusform>
            <numerusform>%Ln passages in one article only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared</source>
        <translation>
            <numerusform>%Ln article compared</numerusform>
            <numerusform>%Ln articles compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) compared: no passage found in common</source>
        <translation>
            <numerusform>%Ln article compared: no passage found in common</numerusform>
            <numerusform>%Ln articles compared: no passage found in common</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message numerus="yes">
        <source>%Ln of %1 sentences have no %2 translation: they are compared on names, numbers, dates and quotations.</source>
        <translation>
            <numerusform>%Ln of %1 sentences has no %2 translation: it is compared on names, numbers, dates and quotations.</numerusform>
            <numerusform>%Ln of %1 sentences have no %2 translation: they are compared on names, numbers, dates and quotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences without %1 translation</source>
        <translation>
            <numerusform>%Ln sentence without %1 translation</numerusform>
            <numerusform>%Ln sentences without %1 translation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message numerus="yes">
        <source>%Ln blocks of page furniture left out</source>
        <translation>
            <numerusform>%Ln block of page furniture left out</numerusform>
            <numerusform>%Ln blocks of page furniture left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %Ln highlight(s); they keep their other tags.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is on %Ln highlight; it keeps its other tags.</numerusform>
            <numerusform>Delete the tag “%1”? It is on %Ln highlights; they keep their other tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln sub-tag(s) move up one level.</source>
        <translation>
            <numerusform>Its %Ln sub-tag moves up one level.</numerusform>
            <numerusform>Its %Ln sub-tags move up one level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WholePageDialog</name>
    <message numerus="yes">
        <source>The article keeps the blocks in black; the %Ln blocks in grey were left out as page furniture.</source>
        <translation>
            <numerusform>The article keeps the blocks in black; the %Ln block in grey was left out as page furniture.</numerusform>
            <numerusform>The article keeps the blocks in black; the %Ln blocks in grey were left out as page furniture.</numerusform>
        </translation>
    </message>
</context>
</TS>
