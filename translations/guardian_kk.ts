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
        <translation>Бұл жанама дереккөзден алынған; заңның ресми мәтінін тексеріңіз.</translation>
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
    <name>AgreementSheet</name>
    <message>
        <source>Screen time</source>
        <translation>Экран уақыты</translation>
    </message>
    <message>
        <source>Device-free times and places</source>
        <translation>Құрылғысыз уақыт пен орындар</translation>
    </message>
    <message>
        <source>Apps, games and people</source>
        <translation>Қолданбалар, ойындар және адамдар</translation>
    </message>
    <message>
        <source>When something upsets us</source>
        <translation>Бірдеңе көңілімізді түсірсе</translation>
    </message>
    <message>
        <source>What we parents promise</source>
        <translation>Біз, ата-аналар, не уәде етеміз</translation>
    </message>
    <message>
        <source>Our own rules</source>
        <translation>Өз ережелеріміз</translation>
    </message>
    <message>
        <source>Agreement for %1</source>
        <translation>%1 үшін келісім</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Жасалған күні: %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қолтаңбалар</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Бала: %1</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Ата-ана не қамқоршы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Add a child under Children and devices first. Then you can make a family agreement for them here.</source>
        <translation>Алдымен «Балалар мен құрылғылар» бөліміне баланы қосыңыз. Сонда мұнда оған отбасылық келісім жасай аласыз.</translation>
    </message>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (осы жасқа ұсынылады)</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <translation>Сақталған күні: %1.</translation>
    </message>
    <message>
        <source>Not saved yet: these are the suggestions for this age.</source>
        <translation>Әлі сақталған жоқ: бұлар осы жасқа арналған ұсыныстар.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
    <message>
        <source>Our choice</source>
        <translation>Біздің таңдауымыз</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Өзгерістер әлі сақталған жоқ.</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Отбасылық келісім</translation>
    </message>
    <message>
        <source>Save the changes to this agreement first?</source>
        <translation>Алдымен осы келісімдегі өзгерістерді сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Келісімді PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>agreement-%1.pdf</source>
        <translation>kelisim-%1.pdf</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Үлгі:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Agreement template</source>
        <translation>Келісім үлгісі</translation>
    </message>
    <message>
        <source>The template for the child&apos;s age is suggested; any other can be chosen.</source>
        <translation>Баланың жасына сай үлгі ұсынылады; кез келген басқасын да таңдауға болады.</translation>
    </message>
    <message>
        <source>Items of the agreement</source>
        <translation>Келісім тармақтары</translation>
    </message>
    <message>
        <source>Press Space to include or leave out the selected item.</source>
        <translation>Таңдалған тармақты қосу не алып тастау үшін бос орын пернесін басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Wording of the selected item:</source>
        <translation>Таңдалған тармақтың &amp;мәтіні:</translation>
    </message>
    <message>
        <source>Wording of the selected item</source>
        <translation>Таңдалған тармақтың мәтіні</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Use the &amp;suggested wording</source>
        <translation>&amp;Ұсынылған мәтінді қайтару</translation>
    </message>
    <message>
        <source>&amp;Add our own rule</source>
        <translation>Өз ережемізді &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation>Бұл ережені &amp;алып тастау</translation>
    </message>
    <message>
        <source>&amp;Save agreement</source>
        <translation>Келісімді &amp;сақтау</translation>
    </message>
    <message>
        <source>Saves the included items for this child (%1).</source>
        <translation>Осы балаға қосылған тармақтарды сақтайды (%1).</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>The agreement is written and printed in %1, the household&apos;s language. Tick the items you want, change the wording and fill in the numbers together.</source>
        <translation>Келісім отбасыңыздың тілінде (%1) жазылып, басып шығарылады. Керек тармақтарды белгілеп, мәтінін өзгертіңіз де, сандарды бірге жазыңыз.</translation>
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
    <name>ChecklistPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 қадамнан %1 орындалды</translation>
    </message>
    <message>
        <source>Setup steps, %1 of %2 done</source>
        <translation>Баптау қадамдары: %2 қадамнан %1 орындалды</translation>
    </message>
    <message>
        <source>To tick these steps as you go, first add your child in the Family section.</source>
        <translation>Қадамдарды белгілеп отыру үшін алдымен балаңызды «Отбасы» бөліміне қосыңыз.</translation>
    </message>
    <message>
        <source>None of your children&apos;s devices uses this guide yet. Add it to a child&apos;s devices to tick each step as you finish it.</source>
        <translation>Бұл нұсқаулық әлі балаларыңыздың ешбір құрылғысына қосылмаған. Әр орындалған қадамды белгілеп отыру үшін оны баланың құрылғыларына қосыңыз.</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices to keep a separate checklist for it.</source>
        <translation>Бөлек баптау тізімі болуы үшін мұны басқа баланың құрылғыларына қосыңыз.</translation>
    </message>
    <message>
        <source>Your checklist</source>
        <translation>Сіздің баптау тізіміңіз</translation>
    </message>
    <message>
        <source>Tick each step when you have done it on your child&apos;s device. Guardian notes the date, so you can see at the next review what was set up and when.</source>
        <translation>Әр қадамды баланың құрылғысында орындаған соң белгілеңіз. Guardian күнін сақтайды, сондықтан келесі тексеруде не және қашан бапталғанын көресіз.</translation>
    </message>
    <message>
        <source>&amp;Whose device:</source>
        <translation>&amp;Кімнің құрылғысы:</translation>
    </message>
    <message>
        <source>Whose device or account this checklist is for</source>
        <translation>Бұл баптау тізімі кімнің құрылғысына немесе аккаунтына арналған</translation>
    </message>
    <message>
        <source>Add for another child…</source>
        <translation>Басқа балаға қосу…</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices</source>
        <translation>Мұны басқа баланың құрылғыларына қосу</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Name of the device or account</source>
        <translation>Құрылғының немесе аккаунттың атауы</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s phone</source>
        <translation>Мысалы: Аннаның телефоны</translation>
    </message>
    <message>
        <source>&amp;Add to this child&apos;s devices</source>
        <translation>Баланың құрылғыларына &amp;қосу</translation>
    </message>
    <message>
        <source>Add to this child&apos;s devices</source>
        <translation>Осы баланың құрылғыларына қосу</translation>
    </message>
    <message>
        <source>Go to Family</source>
        <translation>«Отбасы» бөліміне өту</translation>
    </message>
    <message>
        <source>Go to the Family section to manage children and devices</source>
        <translation>Балалар мен құрылғыларды басқару үшін «Отбасы» бөліміне өту</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Баптау қадамдары</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Checklists for %1</source>
        <translation>Баптау тізімдері: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Келесі тексеру: %1</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Тексеру мерзімі келген күн: %1</translation>
    </message>
    <message>
        <source>Tick each step here as you do it on the device or account, then tick it in Guardian too. Platforms change their settings, so go through the steps again at every review.</source>
        <translation>Әр қадамды құрылғыда не аккаунтта орындаған сайын осы жерде белгілеңіз, содан кейін оны Guardian-да да белгілеңіз. Платформалар баптауларын өзгертіп отырады, сондықтан әр тексеруде қадамдарды қайта қарап шығыңыз.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 қадамнан %2 орындалды</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>орындалған күні: %1</translation>
    </message>
    <message>
        <source>This guide has no setup steps.</source>
        <translation>Бұл нұсқаулықта баптау қадамдары жоқ.</translation>
    </message>
    <message>
        <source>No devices or apps yet: add them in Guardian&apos;s Family section.</source>
        <translation>Әзірге құрылғылар не қолданбалар жоқ: оларды Guardian-дағы «Отбасы» бөлімінде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message numerus="yes">
        <source>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every %n months unless you choose another interval.</source>
        <translation>
            <numerusform>Әр баптау қадамын баланың құрылғысында не аккаунтында орындаған соң белгілеңіз; Guardian күнін сақтайды. Платформалар баптауларын өзгертіп, жаңаларын қосып отырады, сондықтан әр тексеруде әр баланың баптау тізімдерін қайта қарап шығыңыз. Тексеру уақыты келгенде Guardian осы жерде еске салады: басқа аралық таңдамасаңыз, %n ай сайын.</numerusform>
            <numerusform>Әр баптау қадамын баланың құрылғысында не аккаунтында орындаған соң белгілеңіз; Guardian күнін сақтайды. Платформалар баптауларын өзгертіп, жаңаларын қосып отырады, сондықтан әр тексеруде әр баланың баптау тізімдерін қайта қарап шығыңыз. Тексеру уақыты келгенде Guardian осы жерде еске салады: басқа аралық таңдамасаңыз, %n ай сайын.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your children and their devices and apps in the Children and devices tab: their checklists will appear here.</source>
        <translation>Балаларыңызды, олардың құрылғылары мен қолданбаларын «Балалар мен құрылғылар» қойындысында қосыңыз: баптау тізімдері осында шығады.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Баптау тізімдері</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>Devices and apps</source>
        <translation>Құрылғылар мен қолданбалар</translation>
    </message>
    <message>
        <source>No devices or apps yet.</source>
        <translation>Әзірге құрылғы да, қолданба да жоқ.</translation>
    </message>
    <message>
        <source>Add devices and apps</source>
        <translation>Құрылғылар мен қолданбаларды қосу</translation>
    </message>
    <message>
        <source>Add devices and apps for %1</source>
        <translation>Құрылғылар мен қолданбаларды қосу: %1</translation>
    </message>
    <message>
        <source>Time to review the settings (due %1).</source>
        <translation>Баптауларды қайта тексеретін уақыт келді (мерзімі: %1).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Тексерілді деп белгілеу</translation>
    </message>
    <message>
        <source>Mark reviewed: %1</source>
        <translation>Тексерілді деп белгілеу: %1</translation>
    </message>
    <message>
        <source>Records that you checked this child&apos;s settings today; the next review is planned from now.</source>
        <translation>Осы баланың баптауларын бүгін тексергеніңізді жазып қояды; келесі тексеру бүгіннен бастап жоспарланады.</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Баптауларды келесі тексеру: %1</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Алда</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n жаста</numerusform>
            <numerusform>%n жаста</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years old (born in %3)</source>
        <translation>Жасы: %1 немесе %2 (туған жылы: %3)</translation>
    </message>
    <message>
        <source>Setup checklist for %1</source>
        <translation>Баптау тізімі: %1</translation>
    </message>
    <message>
        <source>%1. Opens the %2 guide.</source>
        <translation>%1. %2 нұсқаулығын ашады.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Бала деректерін өзгерту</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Бала қосу</translation>
    </message>
    <message>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;Аты немесе лақап аты:</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>Туған &amp;жылы:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>N&amp;otes (only for you):</source>
        <translation>&amp;Ескертпелер (тек өзіңізге):</translation>
    </message>
    <message>
        <source>I want to give the e&amp;xact birth date</source>
        <translation>Нақты &amp;туған күнін көрсету</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Аты немесе лақап аты</translation>
    </message>
    <message>
        <source>A nickname is enough; it stays on this computer.</source>
        <translation>Лақап аты да жеткілікті; ол тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Give the exact birth date</source>
        <translation>Нақты туған күнін көрсету</translation>
    </message>
    <message>
        <source>With the exact date, Guardian can tell the day a birthday milestone is reached.</source>
        <translation>Нақты күні белгілі болса, Guardian бала жас межесіне қай күні жететінін айта алады.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
</context>
<context>
    <name>ChildRatingsPanel</name>
    <message>
        <source>during %1</source>
        <translation>%1 жыл ішінде</translation>
    </message>
    <message>
        <source>Born in %1, so %2 or %3 years old. Without the birthday, Guardian counts %2 until the year is over: add the date of birth to be exact.</source>
        <translation>%1 жылы туған, яғни қазір %2 немесе %3 жаста. Туған күні белгісіз болса, Guardian жыл аяқталғанша %2 жас деп есептейді; нақты болуы үшін туған күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>%1 жаста.</translation>
    </message>
    <message>
        <source>The family profile is locked with a PIN. Unlock it on the Home or Family page.</source>
        <translation>Отбасы профилі PIN-кодпен құлыпталған. Оны «Басты бет» немесе «Отбасы» бетінде ашыңыз.</translation>
    </message>
    <message>
        <source>Add your children in the Family section to see, for each of them, which age labels suit them now, which platforms they are old enough for, and when that changes. To check one label for any age, use “Is it right for my child?”.</source>
        <translation>Балаларыңызды «Отбасы» бөліміне қосыңыз: сонда әрқайсысы үшін қазір қай жас белгілері лайық екенін, қай платформаларға жасы жететінін және бұл қашан өзгеретінін көресіз. Бір белгіні кез келген жас үшін тексеру үшін «Бұл балама лайық па?» бөлімін ашыңыз.</translation>
    </message>
    <message>
        <source>Age labels</source>
        <translation>Жас белгілері</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see the rating systems used there.</source>
        <translation>Сол елде қолданылатын санаттау жүйелерін көру үшін баптауларда еліңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Age labels used in %1</source>
        <translation>%1 елінде қолданылатын жас белгілері</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге ешқайсысы</translation>
    </message>
    <message>
        <source>%1 during %2</source>
        <translation>%1: %2 жыл ішінде</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1: %2 бастап</translation>
    </message>
    <message>
        <source>every label</source>
        <translation>барлық белгі</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
    <message>
        <source>Suits now, up to</source>
        <translation>Қазір лайық, ең жоғарысы</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесісі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>A label says what the content is like, not who your child can meet in it: chat, purchases and what other players post are not rated. See the guide for each game or app.</source>
        <translation>Белгі мазмұнның қандай екенін айтады, бала онда кіммен кездесуі мүмкін екенін айтпайды: чат, сатып алулар және басқа ойыншылар жариялайтын нәрселер бағаланбайды. Әр ойын не қолданба бойынша нұсқаулықты қараңыз.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Платформалар шарттарындағы ең төменгі жас</translation>
    </message>
    <message>
        <source>old enough</source>
        <translation>жасы жетеді</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
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
        <source>Your child</source>
        <translation>Балаңыз</translation>
    </message>
    <message>
        <source>Platforms your child uses are in bold. Under the minimum age, a child should not have their own account; many platforms offer a supervised or child account.</source>
        <translation>Балаңыз пайдаланатын платформалар қалың әріппен берілген. Ең төменгі жасқа толмаған баланың өз аккаунты болмауы керек; көп платформада бақыланатын немесе балаларға арналған аккаунт бар.</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Цифрлық келісім жасы</translation>
    </message>
    <message>
        <source>In %1 it is %2, and your child has reached it: online services may use their personal data on the basis of their own consent.</source>
        <translation>%1: бұл жас — %2, балаңыз оған толды: онлайн қызметтер оның дербес деректерін баланың өз келісімі негізінде өңдей алады.</translation>
    </message>
    <message>
        <source>In %1 it is %2. Until then (%3), online services need your consent to use your child&apos;s personal data on the basis of consent.</source>
        <translation>%1: бұл жас — %2. Оған дейін (%3) баланың дербес деректерін келісім негізінде өңдейтін онлайн қызметтерге сіздің келісіміңіз керек.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Ratings and ages for this child</source>
        <translation>Осы балаға арналған санаттар мен жас шектеулері</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message>
        <source>Save the checklists as PDF</source>
        <translation>Баптау тізімдерін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>checklists-%1.pdf</source>
        <translation>baptau-tizimderi-%1.pdf</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Баптау тізімдері</translation>
    </message>
    <message>
        <source>Review due since %1. Go through the checklists below again: platforms change their settings and add new ones.</source>
        <translation>Тексеру мерзімі %1 келді. Төмендегі баптау тізімдерін қайта қарап шығыңыз: платформалар баптауларын өзгертіп, жаңаларын қосып отырады.</translation>
    </message>
    <message>
        <source>Next review: %1 (last one: %2)</source>
        <translation>Келесі тексеру: %1 (алдыңғысы: %2)</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Бүгін тексерілді деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the review for %1 as done today</source>
        <translation>Тексеру бүгін жасалды деп белгілеу: %1</translation>
    </message>
    <message>
        <source>&amp;Months between reviews:</source>
        <translation>Тексерулер арасындағы &amp;айлар:</translation>
    </message>
    <message>
        <source>Months between reviews for %1</source>
        <translation>Тексерулер арасындағы айлар: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the checklists for %1 as PDF</source>
        <translation>Баптау тізімдерін PDF ретінде сақтау: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print the checklists for %1</source>
        <translation>Баптау тізімдерін басып шығару: %1</translation>
    </message>
    <message>
        <source>No devices or apps for %1 yet: add them in the Children and devices tab.</source>
        <translation>%1: әзірге құрылғы не қолданба жоқ. Оларды «Балалар мен құрылғылар» қойындысында қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (туған: %2)</translation>
    </message>
    <message>
        <source>&amp;Devices and apps of %1:</source>
        <translation>&amp;Құрылғылар мен қолданбалар (%1):</translation>
    </message>
    <message>
        <source>&amp;Devices and apps:</source>
        <translation>&amp;Құрылғылар мен қолданбалар:</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Баптауларды келесі тексеру: %1</translation>
    </message>
    <message>
        <source>Delete %1 from this computer? This also deletes %2, %3 and %4, and the review reminder. Journal entries stay, without the child&apos;s name.</source>
        <translation>«%1» осы компьютерден өшірілсін бе? Онымен бірге мыналар да өшіріледі: %2, %3, %4 және тексеру туралы еске салғыш. Журнал жазбалары қалады, бірақ бала атынсыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and app(s)</source>
        <translation>
            <numerusform>%n құрылғы мен қолданба</numerusform>
            <numerusform>%n құрылғы мен қолданба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked checklist step(s)</source>
        <translation>
            <numerusform>%n белгіленген қадам</numerusform>
            <numerusform>%n белгіленген қадам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n отбасылық келісім</numerusform>
            <numerusform>%n отбасылық келісім</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete child</source>
        <translation>Баланы өшіру</translation>
    </message>
    <message>
        <source>Remove %1? This also deletes %2.</source>
        <translation>«%1» алып тасталсын ба? Онымен бірге %2 да өшіріледі.</translation>
    </message>
    <message>
        <source>Remove device or app</source>
        <translation>Құрылғыны не қолданбаны алып тастау</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Балалар:</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>Бала қо&amp;су…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Таңдалған баланың деректерін өзгерту</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ө&amp;шіру…</translation>
    </message>
    <message>
        <source>Delete the chosen child</source>
        <translation>Таңдалған баланы өшіру</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Құрылғылар мен қолданбалар</translation>
    </message>
    <message>
        <source>Add a de&amp;vice or app…</source>
        <translation>Құрылғы не қолданба қ&amp;осу…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Атауын &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Rename the chosen device or app</source>
        <translation>Таңдалған құрылғының не қолданбаның атауын өзгерту</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Алып &amp;тастау…</translation>
    </message>
    <message>
        <source>Remove the chosen device or app</source>
        <translation>Таңдалған құрылғыны не қолданбаны алып тастау</translation>
    </message>
    <message>
        <source>Review the settings every (&amp;months):</source>
        <translation>Баптауларды тексеру аралығы (&amp;ай):</translation>
    </message>
    <message>
        <source>Months between settings reviews</source>
        <translation>Баптауларды тексеру арасындағы айлар саны</translation>
    </message>
    <message>
        <source>Home reminds you when it is time to check this child&apos;s settings again.</source>
        <translation>Осы баланың баптауларын қайта тексеретін уақыт келгенде «Басты бет» еске салады.</translation>
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
    <name>Crimes</name>
    <message>
        <source>child sexual abuse material</source>
        <translation>балаларға қатысты жыныстық зорлық-зомбылық материалдары</translation>
    </message>
    <message>
        <source>grooming</source>
        <translation>груминг</translation>
    </message>
    <message>
        <source>sextortion</source>
        <translation>жыныстық сипаттағы суретпен бопсалау</translation>
    </message>
    <message>
        <source>sharing a child&apos;s intimate images</source>
        <translation>баланың жалаңаш суреттерін тарату</translation>
    </message>
    <message>
        <source>threats and harassment online</source>
        <translation>интернеттегі қорқыту мен қудалау</translation>
    </message>
    <message>
        <source>hate crime</source>
        <translation>өшпенділік қылмыстары</translation>
    </message>
    <message>
        <source>encouraging self-harm or suicide</source>
        <translation>өзіне зиян келтіруге не өз-өзіне қол жұмсауға итермелеу</translation>
    </message>
    <message>
        <source>terrorist and violent extremist content</source>
        <translation>террористік және зорлық-зомбылықты экстремистік мазмұн</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>алаяқтық</translation>
    </message>
    <message>
        <source>misuse of personal data</source>
        <translation>жеке деректерді заңсыз пайдалану</translation>
    </message>
    <message>
        <source>hacking</source>
        <translation>аккаунттарды бұзу</translation>
    </message>
    <message>
        <source>dangerous challenges</source>
        <translation>қауіпті челлендждер</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Delete all household data?</source>
        <translation>Барлық отбасы деректерін жою керек пе?</translation>
    </message>
    <message>
        <source>Delete all household data</source>
        <translation>Барлық отбасы деректерін жою</translation>
    </message>
    <message>
        <source>A forgotten PIN cannot be recovered or bypassed. The only way back is to delete all household data and start again.</source>
        <translation>Ұмытылған PIN-кодты қалпына келтіру де, айналып өту де мүмкін емес. Жалғыз жол — барлық отбасы деректерін жойып, қайтадан бастау.</translation>
    </message>
    <message>
        <source>This deletes from this computer, for good: your children&apos;s nicknames and birth years, their devices, the ticked steps, your family agreements, the journal, the parent PIN and every automatic backup of them. It cannot be undone.</source>
        <translation>Осы компьютерден біржола жойылады: балаларыңыздың аттары не лақап аттары және туған жылдары, олардың құрылғылары, белгіленген қадамдар, отбасылық келісімдер, журнал, ата-ана PIN-коды және олардың барлық автоматты сақтық көшірмелері. Мұны кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>The guides, helplines and your settings stay. If you exported your household to a file earlier, you can import it again afterwards.</source>
        <translation>Нұсқаулықтар, сенім телефондары және баптауларыңыз қалады. Егер бұрын отбасы деректерін файлға экспорттаған болсаңыз, кейін оны қайта импорттай аласыз.</translation>
    </message>
    <message>
        <source>Replace the household?</source>
        <translation>Отбасы деректерін ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Replace and import</source>
        <translation>Ауыстырып, импорттау</translation>
    </message>
    <message>
        <source>%1 holds:</source>
        <translation>%1 файлында:</translation>
    </message>
    <message>
        <source>Importing replaces the whole household now on this computer with the one in this file. Guardian first backs up the current household in %1. The parent PIN stays as it is.</source>
        <translation>Импорттағанда осы компьютердегі барлық отбасы деректері осы файлдағы деректермен ауыстырылады. Алдымен Guardian қазіргі деректердің сақтық көшірмесін %1 қалтасына жасайды. Ата-ана PIN-коды өзгермейді.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Enter the parent PIN to export the household.</source>
        <translation>Отбасы деректерін экспорттау үшін ата-ана PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to import a household.</source>
        <translation>Отбасы деректерін импорттау үшін ата-ана PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to delete all household data.</source>
        <translation>Барлық отбасы деректерін жою үшін ата-ана PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Export the household</source>
        <translation>Отбасы деректерін экспорттау</translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation>Отбасы деректерінің файлдары (*.json)</translation>
    </message>
    <message>
        <source>The household was not exported</source>
        <translation>Отбасы деректері экспортталмады</translation>
    </message>
    <message>
        <source>The household was exported to %1. The file holds your children&apos;s details: keep it somewhere private.</source>
        <translation>Отбасы деректері %1 файлына экспортталды. Онда балаларыңыздың деректері бар, сондықтан оны бөгде көзден аулақ жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Import a household</source>
        <translation>Отбасы деректерін импорттау</translation>
    </message>
    <message>
        <source>Household files (*.json);;All files (*)</source>
        <translation>Отбасы деректерінің файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Бұл файлды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The household was not imported</source>
        <translation>Отбасы деректері импортталмады</translation>
    </message>
    <message>
        <source>The household from %1 was imported. The household from before was backed up as %2.</source>
        <translation>%1 файлындағы отбасы деректері импортталды. Бұрынғы деректердің сақтық көшірмесі %2 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Бәрі бірдей жойылмады</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Отбасы деректерінің кейбір файлдарын жою мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>All household data was deleted from this computer. The guides and your settings are still here.</source>
        <translation>Барлық отбасы деректері осы компьютерден жойылды. Нұсқаулықтар мен баптауларыңыз орнында.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Отбасыңыздың деректері</translation>
    </message>
    <message>
        <source>What you enter about your family stays on this computer, in this folder, readable only by your user account. Guardian keeps automatic backups of it in the backups folder inside it.</source>
        <translation>Отбасыңыз туралы енгізгендеріңіз осы компьютерде, мына қалтада сақталады және оларды тек сіздің тіркелгіңіз оқи алады. Guardian олардың автоматты сақтық көшірмелерін осы қалтаның ішіндегі сақтық көшірмелер қалтасында сақтайды.</translation>
    </message>
    <message>
        <source>Household data folder</source>
        <translation>Отбасы деректерінің қалтасы</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Экспорттау...</translation>
    </message>
    <message>
        <source>Export the household to a file</source>
        <translation>Отбасы деректерін файлға экспорттау</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорттау...</translation>
    </message>
    <message>
        <source>Import a household from a file</source>
        <translation>Отбасы деректерін файлдан импорттау</translation>
    </message>
    <message>
        <source>Replaces the household on this computer, after a backup.</source>
        <translation>Сақтық көшірме жасалған соң, осы компьютердегі отбасы деректерін ауыстырады.</translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation>&amp;Барлық деректерімді жою...</translation>
    </message>
    <message>
        <source>Delete all my household data</source>
        <translation>Отбасы туралы барлық деректерімді жою</translation>
    </message>
    <message>
        <source>Deletes children, devices, ticks, agreements, journal, PIN and backups. Guides stay.</source>
        <translation>Балаларды, құрылғыларды, белгілерді, келісімдерді, журналды, PIN-кодты және сақтық көшірмелерді жояды. Нұсқаулықтар қалады.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n бала</numerusform>
            <numerusform>%n бала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n құрылғы</numerusform>
            <numerusform>%n құрылғы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n белгіленген қадам</numerusform>
            <numerusform>%n белгіленген қадам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n отбасылық келісім</numerusform>
            <numerusform>%n отбасылық келісім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(-ies)</source>
        <translation>
            <numerusform>журналда %n жазба</numerusform>
            <numerusform>журналда %n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Choose a device or app from the list.</source>
        <translation>Тізімнен құрылғыны не қолданбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Add a device or app</source>
        <translation>Құрылғы не қолданба қосу</translation>
    </message>
    <message>
        <source>Rename a device or app</source>
        <translation>Құрылғының не қолданбаның атауын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Label, for example “Anna&apos;s phone”:</source>
        <translation>&amp;Атауы, мысалы, «Әсемнің телефоны»:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>DeviceSection</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 қадамнан %2 орындалды</translation>
    </message>
    <message>
        <source>Hide steps</source>
        <translation>Қадамдарды жасыру</translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation>Қадамдарды көрсету</translation>
    </message>
    <message>
        <source>Show the steps for %1</source>
        <translation>Қадамдарды көрсету: %1</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Нұсқаулықты ашу</translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation>Нұсқаулықты ашу: %1</translation>
    </message>
</context>
<context>
    <name>DeviceTitle</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>Your children, their devices and apps, the setup checklists, your family agreement and an optional journal. All of it stays on this computer.</source>
        <translation>Балаларыңыз, олардың құрылғылары мен қолданбалары, баптау тізімдері, отбасылық келісім және қаласаңыз, журнал. Бәрі тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Children and devices</source>
        <translation>Балалар мен құрылғылар</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Баптау тізімдері</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Отбасылық келісім</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Call %1 now.</source>
        <translation>Дәл қазір %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>Дәл қазір жергілікті шұғыл көмек нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Choose your country above to see it here.</source>
        <translation>Дәл қазір жергілікті шұғыл көмек нөміріне қоңырау шалыңыз. Оны осында көру үшін жоғарыдан еліңізді таңдаңыз.</translation>
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
        <source>Choose your country</source>
        <translation>Еліңізді таңдаңыз</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Басқа ел</translation>
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
        <translation>Терең дем алыңыз. Guardian мұның бәрін сізбен бірге қадам-қадаммен қарастырады.</translation>
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
        <translation>Басып &amp;шығару…</translation>
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
        <source>The steps are in your checklist, where you can tick each one as you finish it.</source>
        <translation>Қадамдар баптау тізіміңізде: әрқайсысын орындаған сайын сонда белгілей аласыз.</translation>
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
        <source>In some countries the terms set another age: %1.</source>
        <translation>Кейбір елдерде шарттарда басқа жас белгіленген: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a country and its minimum age</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App store age rating: %1</source>
        <translation>Қолданбалар дүкеніндегі жас санаты: %1</translation>
    </message>
    <message>
        <source>Some facts in this guide come from secondary sources because the platform&apos;s own pages could not be read. Check the official pages before relying on a menu path.</source>
        <translation>Бұл нұсқаулықтағы кейбір деректер жанама дереккөздерден алынған, себебі платформаның ресми беттерін оқу мүмкін болмады. Мәзір жолына сенбес бұрын оны ресми беттерден тексеріңіз.</translation>
    </message>
    <message>
        <source>Facts checked on %1 against the platform&apos;s own pages (%2).</source>
        <translation>Деректер платформаның ресми беттері бойынша тексерілді (%2). Тексерілген күні: %1.</translation>
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
    <message>
        <source>Your checklist</source>
        <translation>Сіздің баптау тізіміңіз</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <source>Your checklist: %1 of %2 done</source>
        <translation>Баптау тізіміңіз: %2 қадамнан %1 орындалды</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Our family&apos;s devices and apps</source>
        <translation>Отбасымыздың құрылғылары мен қолданбалары</translation>
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
        <source>What to do, where to report and who can help (%1)</source>
        <translation>Не істеу керек, қайда хабарлау керек және кім көмектесе алады (%1)</translation>
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
    <name>HomePage</name>
    <message>
        <source>old enough for %1 under its terms</source>
        <translation>%1 шарттары бойынша оны қолдануға болады</translation>
    </message>
    <message>
        <source>old enough for %1 under their terms</source>
        <translation>%1 шарттары бойынша оларды қолдануға болады</translation>
    </message>
    <message>
        <source>reaches the digital age of consent in %1</source>
        <translation>цифрлық келісім жасына жетеді (%1)</translation>
    </message>
    <message>
        <source>turns %1 in %2: %3</source>
        <translation>%2 жылы %1 жасқа толады: %3</translation>
    </message>
    <message>
        <source>turns %1 on %2: %3</source>
        <translation>%2 күні %1 жасқа толады: %3</translation>
    </message>
    <message>
        <source>Your family</source>
        <translation>Сіздің отбасыңыз</translation>
    </message>
    <message>
        <source>What to set up and check next for each child. Everything here stays on this computer.</source>
        <translation>Әр бала үшін енді нені баптап, нені тексеру керек. Мұндағының бәрі тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Tell Guardian about your children and the devices and apps they use, and Home will show what to set up next, when to check the settings again and which ages are coming. You can also read the guides without saving anything.</source>
        <translation>Guardian-ға балаларыңыз және олар қолданатын құрылғылар мен қолданбалар туралы айтыңыз: сонда осы бетте енді нені баптау керегі, баптауларды қашан қайта тексеру керегі және қандай жас межесі жақындағаны көрсетіледі. Нұсқаулықтарды ештеңе сақтамай-ақ оқуға болады.</translation>
    </message>
    <message>
        <source>Your school has switched off the Family section on this computer, so no children are saved here. The guides, risks, age ratings and helplines work as usual.</source>
        <translation>Мектебіңіз бұл компьютерде «Отбасы» бөлімін өшіріп қойған, сондықтан мұнда балалар туралы ештеңе сақталмайды. Нұсқаулықтар, қатерлер, жас санаттары және сенім телефондары әдеттегідей жұмыс істейді.</translation>
    </message>
    <message>
        <source>&amp;Set up your family</source>
        <translation>&amp;Отбасыңызды қосу</translation>
    </message>
    <message>
        <source>Set up your family</source>
        <translation>Отбасыңызды қосу</translation>
    </message>
    <message>
        <source>&amp;Open the guides</source>
        <translation>&amp;Нұсқаулықтарды ашу</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Нұсқаулықтарды ашу</translation>
    </message>
    <message>
        <source>&amp;Manage children and devices</source>
        <translation>&amp;Балалар мен құрылғыларды басқару</translation>
    </message>
    <message>
        <source>Manage children and devices</source>
        <translation>Балалар мен құрылғыларды басқару</translation>
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
        <translation>Отбасы деректеріңізді Guardian-ның жаңарақ нұсқасы сақтаған (деректер нұсқасы %1; бұл нұсқа %2 нұсқасына дейін оқи алады). Жаңарақ нұсқасын орнатыңыз. Деректеріңіз өзгертілген жоқ.</translation>
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
        <source>Guardian could not open your household data in %1. Nothing was deleted. Check that the disk is not full and that this folder can be written to, then start Guardian again. On a school computer, ask your school&apos;s IT contact.</source>
        <translation>Guardian %1 ішіндегі отбасы деректеріңізді аша алмады. Ештеңе өшірілген жоқ. Дискіде бос орын бар екенін және бұл қалтаға жазуға болатынын тексеріп, Guardian-ды қайта іске қосыңыз. Мектеп компьютерінде мектептің IT маманынан сұраңыз.</translation>
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
        <translation>Файлды Guardian-ның жаңарақ нұсқасы жазған (пішім нұсқасы %1; бұл нұсқа %2 нұсқасына дейін оқи алады).</translation>
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
        <translation>Баланың ең көбі %1 құрылғысы мен аккаунты болуы мүмкін.</translation>
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
        <source>%1: this is after today&apos;s date on this computer (%2). Nothing was imported: please check the file, or the computer&apos;s date.</source>
        <translation>%1: бұл осы компьютердегі бүгінгі күннен кейінгі күн (%2). Ештеңе импортталған жоқ: файлды немесе компьютердегі күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Ештеңе импортталған жоқ: алдымен қазіргі отбасы деректерінің сақтық көшірмесін жасау мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Ештеңе импортталған жоқ: отбасы деректерін сақтау мүмкін болмады. Деректеріңіз өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Отбасы деректеріңіз</translation>
    </message>
    <message>
        <source>Guardian could not read your household data (%1). Nothing was changed. Close Guardian and start it again: at start it checks the data and, if the file is damaged, restores the newest backup.</source>
        <translation>Guardian отбасы деректеріңізді оқи алмады (%1). Ештеңе өзгертілген жоқ. Guardian-ды жауып, қайта іске қосыңыз: іске қосылғанда ол деректерді тексереді, ал файл зақымдалса, ең соңғы сақтық көшірмені қалпына келтіреді.</translation>
    </message>
</context>
<context>
    <name>JournalSheet</name>
    <message>
        <source>Incident journal</source>
        <translation>Оқиғалар журналы</translation>
    </message>
    <message>
        <source>Entries about %1</source>
        <translation>Жазбалар: %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Барлық жазба</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>Written down by the family at the time. Text only: no pictures or files are kept with this journal.</source>
        <translation>Отбасы оқиға кезінде жазып отырған. Тек мәтін: бұл журналда сурет не файл сақталмайды.</translation>
    </message>
    <message>
        <source>There are no entries.</source>
        <translation>Жазба жоқ.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Хабарлама нөмірлері</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>All entries</source>
        <translation>Барлық жазба</translation>
    </message>
    <message>
        <source>Reference numbers: %1</source>
        <translation>Хабарлама нөмірлері: %1</translation>
    </message>
    <message>
        <source>Not about one child</source>
        <translation>Бір балаға қатысты емес</translation>
    </message>
    <message>
        <source>None or not listed</source>
        <translation>Жоқ не тізімде жоқ</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Журналдағы осы жазбаны жоясыз ба? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Save the changes to this journal entry first?</source>
        <translation>Алдымен журналдағы осы жазбаның өзгерістерін сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Save the journal as PDF</source>
        <translation>Журналды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>journal.pdf</source>
        <translation>zhurnal.pdf</translation>
    </message>
    <message>
        <source>This journal is optional and private: it stays on this computer, behind your PIN if you set one. Write down soon after what happened, in your own words: the date, what you did, which reports you made and their reference numbers. A school or the police may ask for exactly this. The journal keeps words only, never pictures or files, so that nothing that could hurt a child again is stored here. Keep screenshots of bullying or threats where you already keep them, and note here where they are.</source>
        <translation>Бұл журнал міндетті емес әрі жеке: ол осы компьютерде қалады, PIN-код орнатсаңыз, сол арқылы қорғалады. Болған оқиғаны көп кешіктірмей өз сөзіңізбен жазып қойыңыз: күнін, не істегеніңізді, қайда хабарлағаныңызды және хабарламалардың нөмірлерін. Мектеп не полиция дәл осыны сұрауы мүмкін. Журналда тек сөз сақталады, сурет не файл ешқашан сақталмайды: балаға қайта зиян келтіре алатын ештеңе мұнда тұрмауы керек. Қорлау не қорқыту скриншоттарын өзіңіз әдетте сақтайтын жерде ұстаңыз да, олардың қайда екенін осында жазып қойыңыз.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence for the police or the school: copying or sending them is itself a crime. Write down only where you saw them (the web address, or the app, account and chat) and report that.</source>
        <translation>Баланың жыныстық сипаттағы суреттерін ешқашан сақтамаңыз, скриншотын жасамаңыз, ешкімге жібермеңіз, тіпті полиция не мектеп үшін дәлел ретінде де: оларды көшірудің не таратудың өзі қылмыс. Тек оларды қай жерде көргеніңізді (сайт мекенжайын не қолданбаны, аккаунтты және чатты) жазып алып, соны хабарлаңыз.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Whose entries to show</source>
        <translation>Кімнің жазбаларын көрсету</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Журнал жазбалары, ең жаңасы басында</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected entry, Delete to delete it.</source>
        <translation>Таңдалған жазбаны өңдеу үшін Enter, жою үшін Delete пернесін басыңыз.</translation>
    </message>
    <message>
        <source>No entries yet. Add one when something happens that you may need to tell a school, a platform or the police about.</source>
        <translation>Әзірге жазба жоқ. Мектепке, платформаға не полицияға айту керек болуы мүмкін бірдеңе болғанда, жазба қосыңыз.</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Saves the entries shown (all, or one child&apos;s) as a PDF for a school or the police.</source>
        <translation>Көрсетілген жазбаларды (барлығын не бір баланікін) мектеп не полиция үшін PDF ретінде сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>&amp;App or game:</source>
        <translation>&amp;Қолданба не ойын:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <source>What was d&amp;one:</source>
        <translation>Не іс&amp;телді:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>&amp;Хабарламалар:</translation>
    </message>
    <message>
        <source>Re&amp;ference numbers:</source>
        <translation>Хабарлама нө&amp;мірлері:</translation>
    </message>
    <message>
        <source>Required. Words only: describe what you saw, do not paste pictures.</source>
        <translation>Міндетті өріс. Тек сөзбен: не көргеніңізді сипаттаңыз, сурет қоймаңыз.</translation>
    </message>
    <message>
        <source>Where you reported it: the platform, the school, the police, a hotline</source>
        <translation>Қайда хабарладыңыз: платформаға, мектепке, полицияға, хабарлау желісіне</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>Жазбаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation>Ctrl+Enter сақтайды, Escape болдырмайды.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
        <source>Search guides, risks, ratings and helplines (%1)</source>
        <translation>Нұсқаулықтардан, қатерлерден, жас санаттарынан және сенім телефондарынан іздеу (%1)</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код қате.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Please type the new PIN again.</source>
        <translation>Екі жаңа PIN-код бірдей емес. Жаңа PIN-кодты қайта теріңіз.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Ата-ана PIN-коды</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Ата-ана PIN-кодын орнату</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Ата-ана PIN-кодын ауыстыру</translation>
    </message>
    <message>
        <source>Enter the parent PIN.</source>
        <translation>Ата-ана PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>With a PIN, Home and Family open only after the PIN is entered, so a child using this computer cannot read or change them. If you forget the PIN, the only way back is to delete all household data, so consider exporting your household to a file too.</source>
        <translation>PIN-код орнатылса, «Басты бет» пен «Отбасы» бөлімдері тек PIN-код енгізілгеннен кейін ашылады, сондықтан осы компьютерді пайдаланатын бала оларды оқи да, өзгерте де алмайды. PIN-кодты ұмытып қалсаңыз, жалғыз жол — барлық отбасы деректерін жою, сондықтан отбасы деректерін файлға да экспорттап қойған жөн.</translation>
    </message>
    <message>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation>Қазіргі PIN-кодты, содан кейін жаңасын екі рет енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Қазіргі PIN-код:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Қазіргі PIN-код</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Жаңа PIN-код:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>Жаңа PIN-кодты қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Жаңа PIN-кодты қайталаңыз</translation>
    </message>
    <message>
        <source>%1 to %2 characters: digits, letters or both.</source>
        <translation>%1–%2 таңба: сандар, әріптер немесе екеуі де.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN-кодты орнату</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN-кодты ауыстыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>You can try again now.</source>
        <translation>Енді қайталап көруге болады.</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Отбасы деректерінің кейбір файлдарын жою мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Home and Family are locked</source>
        <translation>«Басты бет» пен «Отбасы» құлыпталған</translation>
    </message>
    <message>
        <source>These pages hold your children&apos;s details, so Guardian asks for the parent PIN. Guides, helplines and Get help work without it.</source>
        <translation>Бұл беттерде балаларыңыздың деректері бар, сондықтан Guardian ата-ана PIN-кодын сұрайды. Нұсқаулықтар, сенім телефондары және «Көмек алу» бөлімі онсыз да жұмыс істейді.</translation>
    </message>
    <message>
        <source>Parent &amp;PIN:</source>
        <translation>Ата-ана &amp;PIN-коды:</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Ата-ана PIN-коды</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Құлыпты ашу</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>PIN-кодты ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Explains how to start again by deleting all household data.</source>
        <translation>Барлық отбасы деректерін жойып, қайтадан қалай бастауға болатынын түсіндіреді.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>To remove the PIN, enter it once more. Home and Family will then open without a PIN.</source>
        <translation>PIN-кодты өшіру үшін оны тағы бір рет енгізіңіз. Содан кейін «Басты бет» пен «Отбасы» PIN-кодсыз ашылады.</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>PIN-кодты өшіру</translation>
    </message>
    <message>
        <source>The parent PIN is kept with the household data, which is not available right now.</source>
        <translation>Ата-ана PIN-коды отбасы деректерімен бірге сақталады, ал олар қазір қолжетімсіз.</translation>
    </message>
    <message>
        <source>No parent PIN is set: anyone using this computer can open Home and Family. A PIN keeps your children&apos;s details from curious eyes; it does not encrypt them.</source>
        <translation>Ата-ана PIN-коды орнатылмаған: «Басты бет» пен «Отбасы» бөлімдерін осы компьютерді пайдаланатын кез келген адам аша алады. PIN-код балаларыңыздың деректерін бөгде көзден қорғайды, бірақ оларды шифрламайды.</translation>
    </message>
    <message numerus="yes">
        <source>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minute(s) without use.</source>
        <translation>
            <numerusform>«Басты бет» пен «Отбасы» бөлімдерін ата-ана PIN-коды қорғайды. Қазір олар ашық; компьютерден кеткенде оларды құлыптаңыз (%1). Сондай-ақ Guardian %n минут пайдаланылмаса, олар өздігінен құлыпталады.</numerusform>
            <numerusform>«Басты бет» пен «Отбасы» бөлімдерін ата-ана PIN-коды қорғайды. Қазір олар ашық; компьютерден кеткенде оларды құлыптаңыз (%1). Сондай-ақ Guardian %n минут пайдаланылмаса, олар өздігінен құлыпталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parent PIN protects Home and Family. They are locked now.</source>
        <translation>«Басты бет» пен «Отбасы» бөлімдерін ата-ана PIN-коды қорғайды. Қазір олар құлыпталған.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Ата-ана PIN-коды</translation>
    </message>
    <message>
        <source>&amp;Set a PIN...</source>
        <translation>&amp;PIN-код орнату...</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Ата-ана PIN-кодын орнату</translation>
    </message>
    <message>
        <source>C&amp;hange the PIN...</source>
        <translation>PIN-кодты &amp;ауыстыру...</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Ата-ана PIN-кодын ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN...</source>
        <translation>PIN-кодты ө&amp;шіру...</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Ата-ана PIN-кодын өшіру</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Қазір &amp;құлыптау</translation>
    </message>
    <message>
        <source>Lock Home and Family now</source>
        <translation>«Басты бет» пен «Отбасы» бөлімдерін қазір құлыптау</translation>
    </message>
    <message>
        <source>Lock Home and Family now (%1)</source>
        <translation>«Басты бет» пен «Отбасы» бөлімдерін қазір құлыптау (%1)</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Қате әрекет тым көп болды. %n секундтан кейін қайталап көре аласыз.</numerusform>
            <numerusform>Қате әрекет тым көп болды. %n секундтан кейін қайталап көре аласыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Қате әрекет тым көп болды. %n минуттан кейін қайталап көре аласыз.</numerusform>
            <numerusform>Қате әрекет тым көп болды. %n минуттан кейін қайталап көре аласыз.</numerusform>
        </translation>
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
        <source>for pictures taken before the age of 18</source>
        <translation>18 жасқа толмай тұрып түсірілген суреттер үшін</translation>
    </message>
    <message>
        <source>only for pictures taken at 18 or older, never for a child&apos;s</source>
        <translation>тек 18 жаста немесе одан кейін түсірілген суреттер үшін; баланың суреттеріне арналмаған</translation>
    </message>
    <message>
        <source>Plan made on %1. Guardian has no list of your country&apos;s helplines and reporting routes, so it shows what to do and the services that work everywhere.</source>
        <translation>Жоспар құрылған күні: %1. Guardian-да сіздің еліңіздің сенім телефондары мен шағым беру жолдарының тізімі жоқ, сондықтан мұнда не істеу керегі және барлық жерде жұмыс істейтін қызметтер көрсетілген.</translation>
    </message>
    <message>
        <source>Plan made on %1 for %2.</source>
        <translation>Жоспар құрылған күні: %1, ел: %2.</translation>
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
        <source>If a child is in immediate danger, call your local emergency number now.</source>
        <translation>Бала тікелей қауіпте болса, дереу жергілікті шұғыл көмек нөміріне қоңырау шалыңыз.</translation>
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
        <source>Call the police if a crime may have happened.</source>
        <translation>Қылмыс болуы мүмкін болса, полицияға хабарласыңыз.</translation>
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
        <source>Your school:</source>
        <translation>Сіздің мектебіңіз:</translation>
    </message>
    <message>
        <source>Helplines:</source>
        <translation>Сенім телефондары:</translation>
    </message>
    <message>
        <source>Your child&apos;s school or doctor can tell you which child helpline or parent helpline serves your area.</source>
        <translation>Сіздің аймағыңызда қай балалар немесе ата-аналар сенім телефоны жұмыс істейтінін баланың мектебі немесе дәрігері айтып бере алады.</translation>
    </message>
    <message>
        <source>No helpline for this is listed for your country yet. Your country&apos;s other helplines are in the Helplines section.</source>
        <translation>Еліңіз үшін дәл осындай жағдайда көмектесетін сенім телефоны әлі көрсетілмеген. Еліңіздің басқа сенім телефондары «Сенім телефондары» бөлімінде.</translation>
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
        <translation>Басқа оқушылар қатысты болса, мектепке айтыңыз. Келесі күндері балаңыздың жағдайын сұрап тұрыңыз және өзіңізге де қолдау іздеңіз. Не болғанын, не істегеніңізді және хабарлама нөмірлерін жазып қойыңыз.</translation>
    </message>
</context>
<context>
    <name>PlatformPicker</name>
    <message>
        <source>&amp;Search devices and apps:</source>
        <translation>Құрылғылар мен қолданбаларды &amp;іздеу:</translation>
    </message>
    <message>
        <source>Search devices and apps</source>
        <translation>Құрылғылар мен қолданбаларды іздеу</translation>
    </message>
    <message>
        <source>For example: Android, TikTok, PlayStation</source>
        <translation>Мысалы: Android, TikTok, PlayStation</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Құрылғылар мен қолданбалар</translation>
    </message>
    <message>
        <source>Press Space to tick a device or app.</source>
        <translation>Құрылғыны не қолданбаны белгілеу үшін бос орын пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Choose one device or app.</source>
        <translation>Бір құрылғыны не қолданбаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Мектеп баптауларын оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>The settings file from your school has a problem. Guardian uses the school settings it could read and its usual settings for the rest. Please tell your school&apos;s IT contact:

%1</source>
        <translation>Мектептен келген баптаулар файлында қате бар. Guardian мектеп баптауларының оқылған бөлігін, ал қалғаны үшін әдеттегі баптауларды пайдаланады. Бұл туралы мектептің IT маманына хабарлаңыз:

%1</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>No printer is set up on this computer, so Guardian cannot print. Use &quot;Save as PDF&quot; instead: the PDF can be printed later, here or on any computer with a printer.</source>
        <translation>Бұл компьютерде бірде-бір принтер бапталмаған, сондықтан Guardian басып шығара алмайды. Оның орнына «PDF ретінде сақтау» түймесін пайдаланыңыз: PDF файлын кейін осы жерде немесе принтері бар кез келген компьютерде басып шығаруға болады.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>This guide has no steps to tick yet</source>
        <translation>Бұл нұсқаулықта белгілейтін қадам әзірге жоқ</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Орындалған қадамдар: %1 / %2</translation>
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
        <translation>Мазмұн сипаттамалары</translation>
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
    <message>
        <source>Your children</source>
        <translation>Балаларыңыз</translation>
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
        <translation>Не дұрыс болмауы мүмкін, қандай белгілерге назар аудару керек, оның алдын қалай алуға болады және не істеу керек – әр жасқа арналған. Балалардың көбі бұлардың кейбірімен кездеседі; ерте сөйлесу көмектеседі.</translation>
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
        <translation>Бұл бойынша қазір көмек алу</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Бұл туралы сөйлесу</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF файлын сақтау мүмкін болмады: %1</translation>
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
        <source>Report crimes, for example: %1.</source>
        <translation>Қылмыстар туралы хабарлаңыз, мысалы: %1.</translation>
    </message>
    <message>
        <source>Report illegal content found online, for example: %1. Give the web address; never send the material.</source>
        <translation>Интернеттен табылған заңсыз мазмұн туралы хабарлаңыз, мысалы: %1. Веб-мекенжайын көрсетіңіз, ал материалдың өзін ешқашан жібермеңіз.</translation>
    </message>
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
        <source>Calls cost what your phone operator charges</source>
        <translation>Қоңырау сіздің операторыңыздың тарифі бойынша төленеді</translation>
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
        <source>E-mail: %1</source>
        <translation>Электрондық пошта: %1</translation>
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
        <source>Write an e-mail</source>
        <translation>Электрондық хат жазу</translation>
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
        <translation>Ата-аналарға арналған сенім телефоны</translation>
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
        <translation>Интернеттен табылған балаларға қатысты жыныстық зорлық-зомбылық материалдары және басқа да заңсыз мазмұн туралы хабарлаңыз. Веб-мекенжайын көрсетіңіз, ал материалдың өзін ешқашан жібермеңіз.</translation>
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
    <name>Settings</name>
    <message>
        <source>Setting not saved</source>
        <translation>Баптау сақталмады</translation>
    </message>
    <message>
        <source>Guardian could not save this setting, so it applies only until Guardian is closed. Check that the disk is not full and that this folder can be written to. On a school computer, ask your school&apos;s IT contact.

%1</source>
        <translation>Guardian бұл баптауды сақтай алмады, сондықтан ол Guardian жабылғанға дейін ғана әрекет етеді. Дискіде бос орын бар екенін және бұл қалтаға жазуға болатынын тексеріңіз. Мектеп компьютерінде мектептің IT маманынан сұраңыз.

%1</translation>
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
    <name>Sources</name>
    <message>
        <source>checked %1</source>
        <translation>тексерілді: %1</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>расталмаған</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>жанама дереккөз</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Guardian is already open on this computer. Switch to its window, for example from the taskbar. Only one Guardian can be open at a time, so that what you save in one window is never overwritten by another.</source>
        <translation>Guardian осы компьютерде әлдеқашан ашық. Оның терезесіне өтіңіз, мысалы, тапсырмалар тақтасынан. Бір уақытта тек бір Guardian ашық бола алады: бір терезеде сақтағаныңызды екіншісі ешқашан қайта жазып жібермеуі үшін.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1: %2</source>
        <translation>%1-қадам: %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Орындалған күні: %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Әлі орындалмаған</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <source>“%1”</source>
        <extracomment>a conversation starter in the quotation marks of the language</extracomment>
        <translation>«%1»</translation>
    </message>
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
        <source>Talk about it</source>
        <translation>Бұл туралы сөйлесу</translation>
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
        <source>Any child (enter the age)</source>
        <translation>Кез келген бала (жасын енгізіңіз)</translation>
    </message>
    <message>
        <source>%1 was born in %2, so is %3 or %4: the verdict counts %3. Add the date of birth in Family to be exact.</source>
        <translation>%1 %2 жылы туған, яғни %3 немесе %4 жаста; қорытынды %3 жас бойынша шығарылады. Нақты болуы үшін «Отбасы» бөлімінде туған күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 — %2 жаста.</translation>
    </message>
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
        <translation>Белгінің жанындағы мазмұн сипаттамаларын оқыңыз: олар неге осындай санат берілгенін түсіндіреді.</translation>
    </message>
    <message>
        <source>Beyond the label:</source>
        <translation>Белгі айтпайтын нәрселер:</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>Б&amp;ала:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>Баланың &amp;жасы:</translation>
    </message>
    <message>
        <source>Rating &amp;system:</source>
        <translation>&amp;Санаттау жүйесі:</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Skip for now</source>
        <translation>Әзірге өткізіп жіберу</translation>
    </message>
    <message>
        <source>Close the welcome without saving the children you added?</source>
        <translation>Қосқан балаларыңызды сақтамай, қарсы алу терезесін жабасыз ба?</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Таңдалмаған</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Мектебіңіз орнатқан</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (туған: %2)</translation>
    </message>
    <message>
        <source>Welcome to Guardian</source>
        <translation>Guardian-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Guardian helps you set up devices and apps for your children and find help when something goes wrong. Everything you enter stays on this computer. First, two quick choices.</source>
        <translation>Guardian балаларыңыздың құрылғылары мен қолданбаларын баптауға және бір нәрсе дұрыс болмай қалса, көмек табуға көмектеседі. Енгізген мәліметтеріңіздің бәрі тек осы компьютерде сақталады. Алдымен екі нәрсені таңдап алыңыз.</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Балаларыңыз</translation>
    </message>
    <message>
        <source>Optional: add each child with a nickname and birth year, so Guardian can show what fits their age. A nickname is enough.</source>
        <translation>Міндетті емес: әр баланы лақап атымен және туған жылымен қосыңыз, сонда Guardian оның жасына сай нәрселерді көрсете алады. Лақап аты да жеткілікті.</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Құрылғылар мен қолданбалар</translation>
    </message>
    <message>
        <source>Optional: tick the devices and apps each child uses. Home will then show the setup steps for each one.</source>
        <translation>Міндетті емес: әр бала қолданатын құрылғылар мен қолданбаларды белгілеңіз. Сонда «Басты бет» бөлімінде әрқайсысын баптау қадамдары көрсетіледі.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Бәрі дайын</translation>
    </message>
    <message>
        <source>You can change all of this later in Family and Settings.</source>
        <translation>Мұның бәрін кейін «Отбасы» және «Баптаулар» бөлімдерінде өзгерте аласыз.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
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
        <source>Your country decides which helplines, age ratings and laws Guardian shows first.</source>
        <translation>Guardian алдымен қай сенім телефондарын, жас санаттарын және заңдарды көрсететіні еліңізге байланысты.</translation>
    </message>
    <message>
        <source>Children you added</source>
        <translation>Қосылған балалар</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>Бала &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Таңдалған баланың деректерін өзгерту</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Таңдалған баланы алып тастау</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Бала:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Guardian will save %1 and %2 on this computer.</source>
        <translation>Guardian осы компьютерде мыналарды сақтайды: %1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n бала</numerusform>
            <numerusform>%n бала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or app(s)</source>
        <translation>
            <numerusform>%n құрылғы не қолданба</numerusform>
            <numerusform>%n құрылғы не қолданба</numerusform>
        </translation>
    </message>
    <message>
        <source>You can add your children at any time from Home or Family. The guides, helplines and ratings work without them.</source>
        <translation>Балаларды кез келген уақытта «Басты бет» немесе «Отбасы» бөлімінен қоса аласыз. Нұсқаулықтар, сенім телефондары мен жас санаттары оларсыз да жұмыс істейді.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Әзірге өткізіп жіберу</translation>
    </message>
    <message>
        <source>Closes the welcome; nothing about your family is saved.</source>
        <translation>Қарсы алу терезесін жабады; отбасыңыз туралы ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Аяқ&amp;тау</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
</context>
</TS>
