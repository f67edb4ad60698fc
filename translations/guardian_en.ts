<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message numerus="yes">
        <source>Wait %n more year(s), or look closely at the content first.</source>
        <translation>
            <numerusform>Wait %n more year, or look closely at the content first.</numerusform>
            <numerusform>Wait %n more years, or look closely at the content first.</numerusform>
        </translation>
    </message>
</context>
</TS>
