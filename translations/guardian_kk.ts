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
    <name>AgeBands</name>
    <message>
        <source>Under 6</source>
        <translation>6 жасқа дейін</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 жас</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10–12 жас</translation>
    </message>
    <message>
        <source>13 and over</source>
        <translation>13 жас және одан үлкен</translation>
    </message>
</context>
<context>
    <name>AgesPanel</name>
    <message>
        <source>Ages in law and terms</source>
        <translation>Заңдағы және шарттардағы жас</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Цифрлық келісім жасы</translation>
    </message>
    <message>
        <source>Below this age, online services need a parent&apos;s consent before they use a child&apos;s personal data on the basis of consent (in the EU and EEA, article 8 of the GDPR as set by each country).</source>
        <translation>Осы жасқа дейін онлайн қызметтер баланың дербес деректерін келісім негізінде пайдаланса, ата-ананың келісімі қажет (ЕО мен ЕЭА-да әр ел бекіткен GDPR-дың 8-бабы бойынша).</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see its rule.</source>
        <translation>Ережесін көру үшін баптаулардан еліңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: %2 years</source>
        <translation>%1: %2 жас</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Заң: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>This comes from a secondary source; check the law&apos;s official text.</source>
        <translation>Бұл қосымша дереккөзден алынған; заңның ресми мәтінін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 has no digital age of consent that we could confirm.</source>
        <translation>%1 үшін цифрлық келісім жасын растай алмадық.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Платформалар шарттарындағы ең төменгі жас</translation>
    </message>
    <message>
        <source>A minimum age in the terms is the platform&apos;s own rule. Children under it should not have an account, and many platforms offer a supervised or child account instead.</source>
        <translation>Шарттардағы ең төменгі жас – платформаның өз ережесі. Одан кіші балалардың жеке аккаунты болмауы керек; көп платформа оның орнына бақыланатын немесе балалар аккаунтын ұсынады.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Ең төменгі жас</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
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
    <name>GetHelpPage</name>
    <message>
        <source>Call %1 now.</source>
        <translation>Дәл қазір %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe).</source>
        <translation>Дәл қазір жергілікті шұғыл қызмет нөміріне қоңырау шалыңыз (Еуропада 112).</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Көмек алу</translation>
    </message>
    <message>
        <source>Choose your country and what happened.</source>
        <translation>Еліңізді және не болғанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Guardian has no plan for this yet. Call a helpline from the Helplines section.</source>
        <translation>Guardian-да бұл жағдайға әлі жоспар жоқ. «Сенім телефондары» бөліміндегі нөмірлердің біріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Жоспарды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF сақталмады: %1</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Еліңізді таңдаңыз</translation>
    </message>
    <message>
        <source>I don&apos;t know, or somewhere else</source>
        <translation>Білмеймін немесе басқа жерде</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Қазір көмек алу</translation>
    </message>
    <message>
        <source>Take a breath. Guardian will go through this with you, one step at a time.</source>
        <translation>Демалып алыңыз. Guardian мұны сізбен бірге қадам бойынша өтеді.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Is a child in immediate danger right now?</source>
        <translation>Бала дәл қазір тікелей қауіпте ме?</translation>
    </message>
    <message>
        <source>&amp;Yes, a child is in danger</source>
        <translation>&amp;Иә, бала қауіпте</translation>
    </message>
    <message>
        <source>&amp;No, not right now</source>
        <translation>&amp;Жоқ, қазір емес</translation>
    </message>
    <message>
        <source>&amp;Continue to the next steps</source>
        <translation>&amp;Келесі қадамдарға өту</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Не болды?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Әрі қарай</translation>
    </message>
    <message>
        <source>Where did it happen? (optional)</source>
        <translation>Бұл қайда болды? (міндетті емес)</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Қайда болды</translation>
    </message>
    <message>
        <source>&amp;Show my plan</source>
        <translation>&amp;Жоспарымды көрсету</translation>
    </message>
    <message>
        <source>Your action plan</source>
        <translation>Сіздің іс-қимыл жоспарыңыз</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Қайта &amp;бастау</translation>
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
        <source>Some facts in this guide come from secondary sources because the platform&apos;s own pages could not be read. Check the official pages before relying on a menu path.</source>
        <translation>Бұл нұсқаулықтағы кейбір деректер қосымша дереккөздерден алынған, себебі платформаның ресми беттерін оқу мүмкін болмады. Мәзір жолына сенбес бұрын оны ресми беттерден тексеріңіз.</translation>
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
    <name>HelpButton</name>
    <message>
        <source>Get help now</source>
        <translation>Қазір көмек алу</translation>
    </message>
    <message>
        <source>What to do, where to report and who can help (Ctrl+H)</source>
        <translation>Не істеу керек, қайда хабарлау керек және кім көмектесе алады (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <source>Your school</source>
        <translation>Сіздің мектебіңіз</translation>
    </message>
    <message>
        <source>Choose your country to see its helplines.</source>
        <translation>Сенім телефондарын көру үшін еліңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Шұғыл көмек</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Жедел жәрдем</translation>
    </message>
    <message>
        <source>If a child is in danger now: %1</source>
        <translation>Бала дәл қазір қауіпте болса: %1</translation>
    </message>
    <message>
        <source>No helplines are listed for this country yet.</source>
        <translation>Бұл ел үшін сенім телефондары әлі қосылмаған.</translation>
    </message>
    <message>
        <source>Helplines and where to report</source>
        <translation>Сенім телефондары және қайда хабарлау керек</translation>
    </message>
    <message>
        <source>Who to call or write to, and where to report what you have seen.</source>
        <translation>Кімге қоңырау шалу немесе жазу керек және көргеніңіз туралы қайда хабарлау керек.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Елді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: more than %2 entries.</source>
        <translation>%1: %2 жазбадан көп.</translation>
    </message>
    <message>
        <source>Your household data was damaged, so Guardian restored the backup from %1. Changes made after that backup are missing. The damaged file was kept as %2.</source>
        <translation>Отбасы деректеріңіз зақымдалған еді, сондықтан Guardian %1 күнгі сақтық көшірмені қалпына келтірді. Сол көшірмеден кейінгі өзгерістер жоқ. Зақымдалған файл %2 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Your household data was damaged and no usable backup was found, so Guardian started with empty household data. The damaged file was kept as %1.</source>
        <translation>Отбасы деректеріңіз зақымдалған, ал жарамды сақтық көшірме табылмады, сондықтан Guardian бос отбасы деректерімен іске қосылды. Зақымдалған файл %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Your household data was saved by a newer version of Guardian (data version %1; this version reads up to %2). Please install the newer version. Your data has not been changed.</source>
        <translation>Отбасы деректеріңізді Guardian-ның жаңарақ нұсқасы сақтаған (деректер нұсқасы %1; бұл нұсқа %2 дейін оқи алады). Жаңарақ нұсқасын орнатыңыз. Деректеріңіз өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Your household data is in use by another program (perhaps Guardian is already open). Close it and start Guardian again.</source>
        <translation>Отбасы деректеріңізді басқа бағдарлама пайдаланып тұр (Guardian бұрыннан ашық болуы мүмкін). Оны жауып, Guardian-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Guardian could not update your household data to this version. Nothing was changed or lost; household pages are unavailable until this is solved.</source>
        <translation>Guardian отбасы деректеріңізді осы нұсқаға жаңарта алмады. Ештеңе өзгерген де, жоғалған да жоқ; мәселе шешілгенше отбасы бөлімдері қолжетімсіз.</translation>
    </message>
    <message>
        <source>Guardian could not open your household data in %1. Nothing was deleted.</source>
        <translation>Guardian %1 ішіндегі отбасы деректеріңізді аша алмады. Ештеңе өшірілген жоқ.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: мәтін болуы керек.</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters.</source>
        <translation>%1: %2 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>%1: contains control characters.</source>
        <translation>%1: басқару таңбалары бар.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: бос болмауы керек.</translation>
    </message>
    <message>
        <source>%1: is not a valid identifier (for example %2).</source>
        <translation>%1: жарамды идентификатор емес (мысалы, %2).</translation>
    </message>
    <message>
        <source>%1: the step is not one of %2&apos;s steps.</source>
        <translation>%1: %2 нұсқаулығында мұндай қадам жоқ.</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: %2 мен %3 аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>%1: must be a date written as YYYY-MM-DD.</source>
        <translation>%1: ЖЖЖЖ-АА-КК түріндегі күн болуы керек.</translation>
    </message>
    <message>
        <source>%1: the date is not in the birth year %2.</source>
        <translation>%1: күн %2 туған жылына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>%1: there is no item with id %2.</source>
        <translation>%1: %2 идентификаторы бар жазба жоқ.</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once.</source>
        <translation>%1: %2 бірнеше рет кездеседі.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a household file is much smaller.</source>
        <translation>Файл %1 МБ-тан үлкен; отбасы деректерінің файлы әлдеқайда кіші болады.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>The file is nested more deeply than a household file can be.</source>
        <translation>Файлдың ішкі құрылымы отбасы деректері файлында болуы мүмкін деңгейден терең.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2).</source>
        <translation>Файл жарамды JSON емес (%1-жол, %2-баған).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Файл жарамды JSON емес.</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1: нысан болуы керек.</translation>
    </message>
    <message>
        <source>%1: is not a field of this format.</source>
        <translation>%1: бұл пішімде мұндай өріс жоқ.</translation>
    </message>
    <message>
        <source>%1: is missing.</source>
        <translation>%1: жоқ.</translation>
    </message>
    <message>
        <source>%1: must be a list.</source>
        <translation>%1: тізім болуы керек.</translation>
    </message>
    <message>
        <source>This is not a Guardian household file.</source>
        <translation>Бұл Guardian отбасы деректерінің файлы емес.</translation>
    </message>
    <message>
        <source>The file was written by a newer Guardian (format version %1; this version reads up to %2).</source>
        <translation>Файлды Guardian-ның жаңарақ нұсқасы жазған (пішім нұсқасы %1; бұл нұсқа %2 дейін оқи алады).</translation>
    </message>
    <message>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <source>device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <source>A household can have at most %1 children.</source>
        <translation>Отбасында ең көбі %1 бала болуы мүмкін.</translation>
    </message>
    <message>
        <source>A child can have at most %1 devices and accounts.</source>
        <translation>Баланың ең көбі %1 құрылғысы мен тіркелгісі болуы мүмкін.</translation>
    </message>
    <message>
        <source>The journal can hold at most %1 entries.</source>
        <translation>Журналда ең көбі %1 жазба болуы мүмкін.</translation>
    </message>
    <message>
        <source>A PIN is already set; change it with the current PIN.</source>
        <translation>PIN-код орнатылған; оны ауыстыру үшін қазіргі PIN-кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 characters, without spaces at either end.</source>
        <translation>PIN-код %1–%2 таңбадан тұруы керек, басында және соңында бос орын болмауы тиіс.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Ештеңе импортталған жоқ: алдымен қазіргі отбасы деректерінің сақтық көшірмесін жасау мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Ештеңе импортталған жоқ: отбасы деректерін сақтау мүмкін болмады. Деректеріңіз өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>Links</name>
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
    <message>
        <source>Clear search</source>
        <translation>Іздеуді тазалау</translation>
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
    <name>Plan</name>
    <message>
        <source>phone %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>тексерілді: %1</translation>
    </message>
    <message>
        <source>not confirmed: check before relying on it</source>
        <translation>расталмаған: сенбес бұрын тексеріңіз</translation>
    </message>
    <message>
        <source>Plan made on %1 for %2.</source>
        <translation>Жоспар %1 құрылды, ел: %2.</translation>
    </message>
    <message>
        <source>This guidance is not yet translated; it is shown in English.</source>
        <translation>Бұл кеңестер әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>If a child is in immediate danger, call %1 now.</source>
        <translation>Бала тікелей қауіпте болса, дереу %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Keep your child safe and talk</source>
        <translation>Баланың қауіпсіздігін қамтамасыз етіп, онымен сөйлесіңіз</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Do not screenshot, download, save or forward this material, not even to the police or the school. Write down only where you saw it (the web address, or the app and the username) and report that.</source>
        <translation>Бұл материалдың скриншотын түсірмеңіз, жүктеп алмаңыз, сақтамаңыз және ешкімге жібермеңіз – тіпті полицияға немесе мектепке де. Тек оны қай жерде көргеніңізді (веб-мекенжайды немесе қолданба мен пайдаланушы атын) жазып алып, соны хабарлаңыз.</translation>
    </message>
    <message>
        <source>Report it where it happened</source>
        <translation>Болған жерінде шағымданыңыз</translation>
    </message>
    <message>
        <source>Report it in %1 and block the person or account. Guardian&apos;s %1 guide shows how.</source>
        <translation>%1 ішінде шағымданып, адамды немесе аккаунтты бұғаттаңыз. Мұны қалай істеу керегі Guardian-дағы %1 нұсқаулығында көрсетілген.</translation>
    </message>
    <message>
        <source>Report it in the app, game or website where it happened, with its report button, and block the person or account.</source>
        <translation>Бұл болған қолданбада, ойында немесе сайтта шағым түймесі арқылы шағымданып, адамды немесе аккаунтты бұғаттаңыз.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Хабарлаңыз</translation>
    </message>
    <message>
        <source>No reporting route for this is listed for your country yet. Call the police if a crime may have happened.</source>
        <translation>Еліңіз үшін бұл туралы қайда хабарлау керегі әлі көрсетілмеген. Қылмыс болуы мүмкін болса, полицияға хабарласыңыз.</translation>
    </message>
    <message>
        <source>More help and advice</source>
        <translation>Қосымша көмек пен кеңес</translation>
    </message>
    <message>
        <source>Getting pictures removed</source>
        <translation>Суреттерді жойғызу</translation>
    </message>
    <message>
        <source>These free services help stop intimate pictures being shared on the platforms that take part. The picture never leaves your device.</source>
        <translation>Бұл тегін қызметтер оларға қатысатын платформаларда жеке суреттердің таралуын тоқтатуға көмектеседі. Сурет ешқашан құрылғыңыздан шықпайды.</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Кіммен сөйлесуге болады</translation>
    </message>
    <message>
        <source>No helpline is listed for your country yet.</source>
        <translation>Еліңіз үшін әлі бірде-бір сенім телефоны көрсетілмеген.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Tell the school if other pupils are involved. Check in with your child over the next days, and get support for yourself too. Write down what happened, what you did and any report numbers.</source>
        <translation>Басқа оқушылар қатысты болса, мектепке айтыңыз. Келесі күндері балаңыздың жағдайын сұрап тұрыңыз және өзіңізге де қолдау іздеңіз. Не болғанын, не істегеніңізді және өтініш нөмірлерін жазып қойыңыз.</translation>
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
    <name>RatingSystemView</name>
    <message>
        <source>Labels</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Дереккөз: %1 · тексерілді: %2</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Бұл мәтін әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>%1 in other systems</source>
        <translation>Басқа жүйелердегі %1</translation>
    </message>
    <message>
        <source>Systems judge content differently, so this compares the age only: it is an approximation, not an official equivalence.</source>
        <translation>Жүйелер мазмұнды әртүрлі бағалайды, сондықтан мұнда тек жас салыстырылады: бұл ресми сәйкестік емес, шамамен алынған салыстыру.</translation>
    </message>
    <message>
        <source>(closest lower age)</source>
        <translation>(ең жақын кіші жас)</translation>
    </message>
    <message>
        <source>Content descriptors</source>
        <translation>Мазмұн белгілері</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>Age ratings explained</source>
        <translation>Жас санаттары туралы түсінік</translation>
    </message>
    <message>
        <source>What the labels on games, films and apps mean, and what they do not tell you: ratings describe content, not who your child can meet or what they can buy.</source>
        <translation>Ойындардағы, фильмдердегі және қолданбалардағы белгілер нені білдіреді және нені айтпайды: санат мазмұнды сипаттайды, ал балаңыздың кіммен танысатынын немесе не сатып алатынын емес.</translation>
    </message>
    <message>
        <source>Find a label, e.g. PEGI 16, T or 12+</source>
        <translation>Белгіні іздеу, мысалы PEGI 16, T немесе 12+</translation>
    </message>
    <message>
        <source>Find a label</source>
        <translation>Белгіні іздеу</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Rating systems</source>
        <translation>Санаттау жүйелері</translation>
    </message>
    <message>
        <source>Is it right for my child?</source>
        <translation>Бұл балама лайық па?</translation>
    </message>
    <message>
        <source>Ages in law and terms</source>
        <translation>Заңдағы және шарттардағы жас</translation>
    </message>
</context>
<context>
    <name>RiskKinds</name>
    <message>
        <source>Harmful content</source>
        <translation>Зиянды мазмұн</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Мінез-құлық</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Бейтаныс адамдармен байланыс</translation>
    </message>
    <message>
        <source>Money, data and privacy</source>
        <translation>Ақша, деректер және құпиялылық</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Бұл мәтін әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>Ways to start the conversation</source>
        <translation>Әңгімені қалай бастауға болады</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Негізделген дереккөздер:</translation>
    </message>
    <message>
        <source>Online risks</source>
        <translation>Интернеттегі қатерлер</translation>
    </message>
    <message>
        <source>What can go wrong, the signs to notice, how to prevent it and what to do, for each age. Most children will meet some of these; talking early helps.</source>
        <translation>Не дұрыс болмауы мүмкін, қандай белгілерге назар аудару керек, оның алдын қалай алуға болады және не істеу керек – әр жасқа арналған. Балалардың көбі бұлардың кейбірімен кездеседі; ерте сөйлескен көмектеседі.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Барлық жас</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>Баланың &amp;жасы:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Баланың жасы</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Қатерлер</translation>
    </message>
    <message>
        <source>About this risk</source>
        <translation>Бұл қатер туралы</translation>
    </message>
    <message>
        <source>Get help with this now</source>
        <translation>Қазір көмек алу</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Бұл туралы сөйлесу</translation>
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
        <source>Get help</source>
        <translation>Көмек алу</translation>
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
    <name>ServiceCard</name>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Тәулік бойы, күн сайын</translation>
    </message>
    <message>
        <source>Open: %1 (local time)</source>
        <translation>Жұмыс уақыты: %1 (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Тілдер: %1</translation>
    </message>
    <message>
        <source>Free to call</source>
        <translation>Қоңырау тегін</translation>
    </message>
    <message>
        <source>Does not appear on the phone bill</source>
        <translation>Телефон шотында көрсетілмейді</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Report online</source>
        <translation>Онлайн хабарлау</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Онлайн чат</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Not confirmed: please check this on the service&apos;s own website before relying on it.</source>
        <translation>Расталмаған: бұл мәліметке сенбес бұрын қызметтің өз сайтынан тексеріңіз.</translation>
    </message>
    <message>
        <source>The sources for this are old or disagree: check on the service&apos;s own website.</source>
        <translation>Бұл мәліметтің дереккөздері ескі немесе бір-біріне сәйкес келмейді: қызметтің өз сайтынан тексеріңіз.</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Дереккөз: %1 · тексерілді: %2</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Телефон нөмірі %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Нөмірді көшіру</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>%1 нөмірін көшіру</translation>
    </message>
    <message>
        <source>QR code to call %1 from a phone</source>
        <translation>Телефоннан %1 нөміріне қоңырау шалуға арналған QR код</translation>
    </message>
    <message>
        <source>Scan with a phone to call</source>
        <translation>Қоңырау шалу үшін телефонмен сканерлеңіз</translation>
    </message>
    <message>
        <source>QR code to open %1 on a phone</source>
        <translation>%1 сілтемесін телефонда ашуға арналған QR код</translation>
    </message>
    <message>
        <source>Scan with a phone to open</source>
        <translation>Ашу үшін телефонмен сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>ServiceKinds</name>
    <message>
        <source>Helpline for children and young people</source>
        <translation>Балалар мен жасөспірімдерге арналған сенім телефоны</translation>
    </message>
    <message>
        <source>Children and teenagers can talk here about anything that worries them, including what happens online.</source>
        <translation>Балалар мен жасөспірімдер мұнда өздерін мазалайтын кез келген нәрсе туралы, соның ішінде интернетте болып жатқан жайттар туралы сөйлесе алады.</translation>
    </message>
    <message>
        <source>Helpline for parents</source>
        <translation>Ата-аналарға арналған көмек телефоны</translation>
    </message>
    <message>
        <source>Parents and carers can get advice about their child&apos;s safety and wellbeing.</source>
        <translation>Ата-аналар мен қамқоршылар баланың қауіпсіздігі мен әл-ауқаты туралы кеңес ала алады.</translation>
    </message>
    <message>
        <source>Report illegal content</source>
        <translation>Заңсыз мазмұн туралы хабарлау</translation>
    </message>
    <message>
        <source>Report child sexual abuse material and other illegal content found online. Give the web address; never send the material.</source>
        <translation>Интернеттен табылған балаларға жыныстық зорлық-зомбылық материалдары және басқа да заңсыз мазмұн туралы хабарлаңыз. Веб-мекенжайын көрсетіңіз, ал материалдың өзін ешқашан жібермеңіз.</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Report crimes such as grooming, threats to share images, extortion and fraud.</source>
        <translation>Груминг, суреттерді таратамын деп қорқыту, бопсалау және алаяқтық сияқты қылмыстар туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Safer Internet Centre</source>
        <translation>Қауіпсіз интернет орталығы</translation>
    </message>
    <message>
        <source>Advice for families and schools about children&apos;s safety online.</source>
        <translation>Отбасылар мен мектептерге балалардың интернеттегі қауіпсіздігі туралы кеңестер.</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Реттеуші орган</translation>
    </message>
    <message>
        <source>Takes complaints about online services and harmful content.</source>
        <translation>Онлайн қызметтер мен зиянды мазмұнға қатысты шағымдарды қабылдайды.</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Қолдау қызметі</translation>
    </message>
    <message>
        <source>Help and advice.</source>
        <translation>Көмек және кеңес.</translation>
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
<context>
    <name>TalkPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Бұл мәтін әлі аударылмаған, сондықтан ағылшын тілінде көрсетілген.</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Әңгіме бастауға арналған сұрақтар</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Бұл туралы сөйлесу</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF сақталмады: %1</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Жасы:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Next idea</source>
        <translation>&amp;Келесі идея</translation>
    </message>
    <message>
        <source>Save sheet as &amp;PDF…</source>
        <translation>Парақты &amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Conversation starter</source>
        <translation>Әңгіме бастау</translation>
    </message>
    <message>
        <source>Advice for this age</source>
        <translation>Осы жасқа арналған кеңестер</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Suitable by age: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Жасына сай: %1 %2 жастан бастап арналған, ал балаңыз %3 жаста.</translation>
    </message>
    <message>
        <source>Not yet: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Әлі ерте: %1 %2 жастан бастап арналған, ал балаңыз %3 жаста.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more year(s), or look closely at the content first.</source>
        <translation>
            <numerusform>Тағы %n жыл күтіңіз немесе алдымен мазмұнын мұқият қараңыз.</numerusform>
            <numerusform>Тағы %n жыл күтіңіз немесе алдымен мазмұнын мұқият қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat and online play: the label does not cover who your child can talk to. Check the contact settings in the game&apos;s or app&apos;s guide.</source>
        <translation>Чат және желілік ойын: белгі балаңыздың кіммен сөйлесе алатынын қамтымайды. Ойынның немесе қолданбаның нұсқаулығынан байланыс баптауларын тексеріңіз.</translation>
    </message>
    <message>
        <source>Purchases: the label does not cover spending. Turn on purchase approval or a spending limit.</source>
        <translation>Сатып алулар: белгі шығындарды қамтымайды. Сатып алуды растауды немесе шығын шегін қосыңыз.</translation>
    </message>
    <message>
        <source>Content made by other players or users is not rated. Use the report and block tools and talk about what to do if something upsets your child.</source>
        <translation>Басқа ойыншылар немесе пайдаланушылар жасаған мазмұн бағаланбайды. Шағымдану және бұғаттау құралдарын пайдаланыңыз әрі бірдеңе балаңызды ренжітсе не істеу керегін бірге талқылаңыз.</translation>
    </message>
    <message>
        <source>Read the content descriptors next to the label: they say why it got this rating.</source>
        <translation>Белгінің жанындағы мазмұн белгілерін оқыңыз: олар неге осындай санат берілгенін түсіндіреді.</translation>
    </message>
    <message>
        <source>Beyond the label:</source>
        <translation>Белгі айтпайтын нәрселер:</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>Баланың &amp;жасы:</translation>
    </message>
    <message>
        <source>Rating &amp;system:</source>
        <translation>Санаттау &amp;жүйесі:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Белгі:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Баланың жасы</translation>
    </message>
    <message>
        <source>Rating system</source>
        <translation>Санаттау жүйесі</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Белгі</translation>
    </message>
</context>
</TS>
