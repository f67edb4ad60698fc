<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Guardian</source>
        <translation>Guardian туралы</translation>
    </message>
    <message>
        <source>Version %1. Works offline and sends nothing anywhere.</source>
        <translation>%1 нұсқасы. Интернетсіз жұмыс істейді және ешқайда ештеңе жібермейді.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Бұл мәтін әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>Household data: %1
Settings: %2
Log files: %3</source>
        <translation>Отбасы деректері: %1
Баптаулар: %2
Журнал файлдары: %3</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Phones, tablets and computers</source>
        <translation>Телефондар, планшеттер және компьютерлер</translation>
    </message>
    <message>
        <source>Games consoles</source>
        <translation>Ойын консольдері</translation>
    </message>
    <message>
        <source>Games and game stores</source>
        <translation>Ойындар және ойын дүкендері</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Қолданбалар және әлеуметтік желілер</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Смарт құрылғылар</translation>
    </message>
    <message>
        <source>Browsers and search</source>
        <translation>Браузерлер және іздеу</translation>
    </message>
    <message>
        <source>Home network and operators</source>
        <translation>Үй желісі және операторлар</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guardian met a problem</source>
        <translation>Guardian қатеге тап болды</translation>
    </message>
    <message>
        <source>Something went wrong and Guardian may not work as expected. Your data is safe. If this keeps happening, please send the log file to the developers:
%1</source>
        <translation>Бірдеңе дұрыс болмады, Guardian күткендей жұмыс істемеуі мүмкін. Деректеріңіз қауіпсіз. Бұл қайталана берсе, журнал файлын әзірлеушілерге жіберіңіз:
%1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>This guide is not yet translated into your language; it is shown in English.</source>
        <translation>Бұл нұсқаулық сіздің тіліңізге әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>Set it up step by step</source>
        <translation>Қадам бойынша баптау</translation>
    </message>
    <message>
        <source>Official pages and facts</source>
        <translation>Ресми беттер мен деректер</translation>
    </message>
    <message>
        <source>Help centre</source>
        <translation>Анықтама орталығы</translation>
    </message>
    <message>
        <source>Parental controls</source>
        <translation>Ата-ана бақылауы</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Қалай хабарлауға болады</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Пайдалану шарттары</translation>
    </message>
    <message>
        <source>Safety centre</source>
        <translation>Қауіпсіздік орталығы</translation>
    </message>
    <message>
        <source>How to block</source>
        <translation>Қалай бұғаттауға болады</translation>
    </message>
    <message>
        <source>Purchases and spending</source>
        <translation>Сатып алулар мен шығындар</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>Ресми бет</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>Minimum age in the terms of service: %1</source>
        <translation>Пайдалану шарттары бойынша ең төменгі жас: %1</translation>
    </message>
    <message>
        <source>App store age rating: %1</source>
        <translation>Қолданбалар дүкеніндегі жас санаты: %1</translation>
    </message>
    <message>
        <source>Facts checked on %1 against the platform&apos;s own pages (%2).</source>
        <translation>Деректер %1 платформаның ресми беттері бойынша тексерілді (%2).</translation>
    </message>
    <message>
        <source>← All guides</source>
        <translation>← Барлық нұсқаулықтар</translation>
    </message>
    <message>
        <source>Back to all guides</source>
        <translation>Барлық нұсқаулықтарға оралу</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Parental controls, device by device</source>
        <translation>Әр құрылғыдағы ата-ана бақылауы</translation>
    </message>
    <message>
        <source>Choose what your child uses to see its controls, how to set them up, what they cannot do, and how to report a problem.</source>
        <translation>Балаңыз не пайдаланатынын таңдаңыз: ондағы бақылау құралдарын, оларды қалай баптауды, олардың нені істей алмайтынын және мәселе туралы қалай хабарлауды көресіз.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Kind of device or app</source>
        <translation>Құрылғы немесе қолданба түрі</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Нұсқаулықтар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search guides, risks, ratings and helplines (Ctrl+F)</source>
        <translation>Нұсқаулықтардан, қатерлерден, жас санаттарынан және сенім телефондарынан іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Escape to clear.</source>
        <translation>Нәтижелер теріп жатқанда шығады. Тазалау үшін Escape пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Open link?</source>
        <translation>Сілтемені ашу керек пе?</translation>
    </message>
    <message>
        <source>This opens %1 outside Guardian. Continue?</source>
        <translation>%1 сілтемесі Guardian-нан тыс ашылады. Жалғастырасыз ба?</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Мектеп баптауларын оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>Guardian is using its usual settings because the settings file from your school has a problem. Please tell your school&apos;s IT contact:

%1</source>
        <translation>Мектебіңіздің баптаулар файлында қате бар, сондықтан Guardian әдеттегі баптауларды пайдаланып отыр. Бұл туралы мектептің IT маманына айтыңыз:

%1</translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Guides</source>
        <translation>Нұсқаулықтар</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Қатерлер</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Жас санаттары</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Сенім телефондары</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>«%1» бойынша нәтижелер</translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Ештеңе табылмады. Қысқарақ немесе басқа сөзбен іздеп көріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Нұсқаулықтар</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Жас санаттары</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Қатерлер</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Сенім телефондары</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Таңдалмаған</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Мектебіңіз орнатқан</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Guardian keeps these choices on this computer only.</source>
        <translation>Guardian бұл таңдауларды тек осы компьютерде сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Ел</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Көрініс</translation>
    </message>
</context>
</TS>
