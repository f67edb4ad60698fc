<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistTab</name>
    <message numerus="yes">
        <source>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every %n months unless you choose another interval.</source>
        <translation>
            <numerusform>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every month unless you choose another interval.</numerusform>
            <numerusform>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every %n months unless you choose another interval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message numerus="yes">
        <source>%n device(s) and app(s)</source>
        <translation>
            <numerusform>%n device or app</numerusform>
            <numerusform>%n devices and apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked checklist step(s)</source>
        <translation>
            <numerusform>%n ticked checklist step</numerusform>
            <numerusform>%n ticked checklist steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n family agreement</numerusform>
            <numerusform>%n family agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n ticked step</numerusform>
            <numerusform>%n ticked steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n family agreement</numerusform>
            <numerusform>%n family agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(-ies)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message numerus="yes">
        <source>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minute(s) without use.</source>
        <translation>
            <numerusform>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minute without use.</numerusform>
            <numerusform>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n minute.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or app(s)</source>
        <translation>
            <numerusform>%n device or app</numerusform>
            <numerusform>%n devices or apps</numerusform>
        </translation>
    </message>
</context>
</TS>
