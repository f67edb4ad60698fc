<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Guardian</source>
        <translation>О программе Guardian</translation>
    </message>
    <message>
        <source>Version %1. Works offline and sends nothing anywhere.</source>
        <translation>Версия %1. Работает без интернета и ничего никуда не отправляет.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Этот текст ещё не переведён, поэтому показан на английском.</translation>
    </message>
    <message>
        <source>Household data: %1
Settings: %2
Log files: %3</source>
        <translation>Данные семьи: %1
Настройки: %2
Журналы: %3</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>Under 6</source>
        <translation>До 6 лет</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 лет</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10–12 лет</translation>
    </message>
    <message>
        <source>13 and over</source>
        <translation>13 лет и старше</translation>
    </message>
</context>
<context>
    <name>AgesPanel</name>
    <message>
        <source>Ages in law and terms</source>
        <translation>Возраст в законе и правилах</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Возраст цифрового согласия</translation>
    </message>
    <message>
        <source>Below this age, online services need a parent&apos;s consent before they use a child&apos;s personal data on the basis of consent (in the EU and EEA, article 8 of the GDPR as set by each country).</source>
        <translation>До этого возраста онлайн-сервисам нужно согласие родителей, если они обрабатывают персональные данные ребёнка на основании согласия (в ЕС и ЕЭЗ — статья 8 GDPR в редакции каждой страны).</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see its rule.</source>
        <translation>Выберите свою страну в настройках, чтобы увидеть её правило.</translation>
    </message>
    <message>
        <source>%1: %2 years</source>
        <translation>%1: %2 лет</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Закон: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>This comes from a secondary source; check the law&apos;s official text.</source>
        <translation>Это взято из вторичного источника; проверьте официальный текст закона.</translation>
    </message>
    <message>
        <source>%1 has no digital age of consent that we could confirm.</source>
        <translation>Для страны %1 нам не удалось подтвердить возраст цифрового согласия.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Минимальный возраст в правилах платформ</translation>
    </message>
    <message>
        <source>A minimum age in the terms is the platform&apos;s own rule. Children under it should not have an account, and many platforms offer a supervised or child account instead.</source>
        <translation>Минимальный возраст в правилах — это требование самой платформы. У детей младше него не должно быть своего аккаунта; многие платформы вместо этого предлагают контролируемый или детский аккаунт.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Минимальный возраст</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Phones, tablets and computers</source>
        <translation>Телефоны, планшеты и компьютеры</translation>
    </message>
    <message>
        <source>Games consoles</source>
        <translation>Игровые приставки</translation>
    </message>
    <message>
        <source>Games and game stores</source>
        <translation>Игры и игровые магазины</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Приложения и соцсети</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Умные устройства</translation>
    </message>
    <message>
        <source>Browsers and search</source>
        <translation>Браузеры и поиск</translation>
    </message>
    <message>
        <source>Home network and operators</source>
        <translation>Домашняя сеть и операторы</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guardian met a problem</source>
        <translation>В Guardian произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong and Guardian may not work as expected. Your data is safe. If this keeps happening, please send the log file to the developers:
%1</source>
        <translation>Что-то пошло не так, и Guardian может работать неправильно. Ваши данные в безопасности. Если это повторяется, пожалуйста, отправьте разработчикам файл журнала:
%1</translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Call %1 now.</source>
        <translation>Звоните %1 прямо сейчас.</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe).</source>
        <translation>Звоните на местный номер экстренной помощи прямо сейчас (в Европе — 112).</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Получить помощь</translation>
    </message>
    <message>
        <source>Choose your country and what happened.</source>
        <translation>Выберите свою страну и что произошло.</translation>
    </message>
    <message>
        <source>Guardian has no plan for this yet. Call a helpline from the Helplines section.</source>
        <translation>Для этого случая в Guardian пока нет плана. Позвоните по одному из номеров в разделе «Телефоны помощи».</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Сохранить план в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Выберите свою страну</translation>
    </message>
    <message>
        <source>I don&apos;t know, or somewhere else</source>
        <translation>Не знаю или где-то ещё</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Получить помощь сейчас</translation>
    </message>
    <message>
        <source>Take a breath. Guardian will go through this with you, one step at a time.</source>
        <translation>Сделайте вдох. Guardian пройдёт с вами через это шаг за шагом.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Is a child in immediate danger right now?</source>
        <translation>Угрожает ли ребёнку опасность прямо сейчас?</translation>
    </message>
    <message>
        <source>&amp;Yes, a child is in danger</source>
        <translation>&amp;Да, ребёнок в опасности</translation>
    </message>
    <message>
        <source>&amp;No, not right now</source>
        <translation>&amp;Нет, сейчас нет</translation>
    </message>
    <message>
        <source>&amp;Continue to the next steps</source>
        <translation>&amp;Перейти к следующим шагам</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что произошло?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Where did it happen? (optional)</source>
        <translation>Где это произошло? (необязательно)</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Где это произошло</translation>
    </message>
    <message>
        <source>&amp;Show my plan</source>
        <translation>&amp;Показать мой план</translation>
    </message>
    <message>
        <source>Your action plan</source>
        <translation>Ваш план действий</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Начать &amp;заново</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>This guide is not yet translated into your language; it is shown in English.</source>
        <translation>Это руководство ещё не переведено на ваш язык, поэтому показано на английском.</translation>
    </message>
    <message>
        <source>Set it up step by step</source>
        <translation>Настройка шаг за шагом</translation>
    </message>
    <message>
        <source>Official pages and facts</source>
        <translation>Официальные страницы и факты</translation>
    </message>
    <message>
        <source>Help centre</source>
        <translation>Справочный центр</translation>
    </message>
    <message>
        <source>Parental controls</source>
        <translation>Родительский контроль</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Как пожаловаться</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Условия использования</translation>
    </message>
    <message>
        <source>Safety centre</source>
        <translation>Центр безопасности</translation>
    </message>
    <message>
        <source>How to block</source>
        <translation>Как заблокировать</translation>
    </message>
    <message>
        <source>Purchases and spending</source>
        <translation>Покупки и расходы</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>Официальная страница</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>Minimum age in the terms of service: %1</source>
        <translation>Минимальный возраст по условиям использования: %1</translation>
    </message>
    <message>
        <source>App store age rating: %1</source>
        <translation>Возрастной рейтинг в магазине приложений: %1</translation>
    </message>
    <message>
        <source>Some facts in this guide come from secondary sources because the platform&apos;s own pages could not be read. Check the official pages before relying on a menu path.</source>
        <translation>Некоторые сведения в этом руководстве взяты из вторичных источников, потому что официальные страницы платформы прочитать не удалось. Прежде чем полагаться на путь в меню, проверьте его на официальных страницах.</translation>
    </message>
    <message>
        <source>Facts checked on %1 against the platform&apos;s own pages (%2).</source>
        <translation>Факты проверены %1 по официальным страницам платформы (%2).</translation>
    </message>
    <message>
        <source>← All guides</source>
        <translation>← Все руководства</translation>
    </message>
    <message>
        <source>Back to all guides</source>
        <translation>Назад ко всем руководствам</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Parental controls, device by device</source>
        <translation>Родительский контроль для каждого устройства</translation>
    </message>
    <message>
        <source>Choose what your child uses to see its controls, how to set them up, what they cannot do, and how to report a problem.</source>
        <translation>Выберите, чем пользуется ваш ребёнок, чтобы узнать, какие там есть настройки контроля, как их включить, чего они не умеют и как сообщить о проблеме.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Kind of device or app</source>
        <translation>Тип устройства или приложения</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Руководства</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Get help now</source>
        <translation>Получить помощь сейчас</translation>
    </message>
    <message>
        <source>What to do, where to report and who can help (Ctrl+H)</source>
        <translation>Что делать, куда сообщить и кто может помочь (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <source>Your school</source>
        <translation>Ваша школа</translation>
    </message>
    <message>
        <source>Choose your country to see its helplines.</source>
        <translation>Выберите свою страну, чтобы увидеть её телефоны помощи.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Скорая помощь</translation>
    </message>
    <message>
        <source>If a child is in danger now: %1</source>
        <translation>Если ребёнок в опасности прямо сейчас: %1</translation>
    </message>
    <message>
        <source>No helplines are listed for this country yet.</source>
        <translation>Для этой страны телефоны помощи пока не добавлены.</translation>
    </message>
    <message>
        <source>Helplines and where to report</source>
        <translation>Телефоны помощи и куда сообщать</translation>
    </message>
    <message>
        <source>Who to call or write to, and where to report what you have seen.</source>
        <translation>Куда позвонить или написать и куда сообщить о том, что вы увидели.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Выберите страну</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: more than %2 entries.</source>
        <translation>%1: больше %2 записей.</translation>
    </message>
    <message>
        <source>Your household data was damaged, so Guardian restored the backup from %1. Changes made after that backup are missing. The damaged file was kept as %2.</source>
        <translation>Данные вашей семьи были повреждены, поэтому Guardian восстановил резервную копию от %1. Изменения, сделанные после неё, отсутствуют. Повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <source>Your household data was damaged and no usable backup was found, so Guardian started with empty household data. The damaged file was kept as %1.</source>
        <translation>Данные вашей семьи были повреждены, а пригодной резервной копии не нашлось, поэтому Guardian начал работу с пустыми данными семьи. Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Your household data was saved by a newer version of Guardian (data version %1; this version reads up to %2). Please install the newer version. Your data has not been changed.</source>
        <translation>Данные вашей семьи сохранены более новой версией Guardian (версия данных %1; эта версия читает до %2). Установите более новую версию. Ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Your household data is in use by another program (perhaps Guardian is already open). Close it and start Guardian again.</source>
        <translation>Данные вашей семьи заняты другой программой (возможно, Guardian уже открыт). Закройте её и запустите Guardian снова.</translation>
    </message>
    <message>
        <source>Guardian could not update your household data to this version. Nothing was changed or lost; household pages are unavailable until this is solved.</source>
        <translation>Guardian не смог обновить данные вашей семьи для этой версии. Ничего не изменено и не потеряно; разделы семьи недоступны, пока проблема не решена.</translation>
    </message>
    <message>
        <source>Guardian could not open your household data in %1. Nothing was deleted.</source>
        <translation>Guardian не смог открыть данные вашей семьи в %1. Ничего не удалено.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: должно быть текстом.</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters.</source>
        <translation>%1: длиннее %2 символов.</translation>
    </message>
    <message>
        <source>%1: contains control characters.</source>
        <translation>%1: содержит управляющие символы.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: не может быть пустым.</translation>
    </message>
    <message>
        <source>%1: is not a valid identifier (for example %2).</source>
        <translation>%1: недопустимый идентификатор (пример: %2).</translation>
    </message>
    <message>
        <source>%1: the step is not one of %2&apos;s steps.</source>
        <translation>%1: такого шага нет в руководстве %2.</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>%1: must be a date written as YYYY-MM-DD.</source>
        <translation>%1: должно быть датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1: the date is not in the birth year %2.</source>
        <translation>%1: дата не относится к году рождения %2.</translation>
    </message>
    <message>
        <source>%1: there is no item with id %2.</source>
        <translation>%1: нет записи с идентификатором %2.</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once.</source>
        <translation>%1: %2 встречается больше одного раза.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a household file is much smaller.</source>
        <translation>Файл больше %1 МБ; файл данных семьи намного меньше.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The file is nested more deeply than a household file can be.</source>
        <translation>Вложенность в файле глубже, чем возможно в файле данных семьи.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2).</source>
        <translation>Файл не является корректным JSON (строка %1, столбец %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Файл не является корректным JSON.</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1: должно быть объектом.</translation>
    </message>
    <message>
        <source>%1: is not a field of this format.</source>
        <translation>%1: в этом формате нет такого поля.</translation>
    </message>
    <message>
        <source>%1: is missing.</source>
        <translation>%1: отсутствует.</translation>
    </message>
    <message>
        <source>%1: must be a list.</source>
        <translation>%1: должно быть списком.</translation>
    </message>
    <message>
        <source>This is not a Guardian household file.</source>
        <translation>Это не файл данных семьи Guardian.</translation>
    </message>
    <message>
        <source>The file was written by a newer Guardian (format version %1; this version reads up to %2).</source>
        <translation>Файл создан более новой версией Guardian (версия формата %1; эта версия читает до %2).</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>A household can have at most %1 children.</source>
        <translation>В семье может быть не больше %1 детей.</translation>
    </message>
    <message>
        <source>A child can have at most %1 devices and accounts.</source>
        <translation>У ребёнка может быть не больше %1 устройств и учётных записей.</translation>
    </message>
    <message>
        <source>The journal can hold at most %1 entries.</source>
        <translation>В журнале может быть не больше %1 записей.</translation>
    </message>
    <message>
        <source>A PIN is already set; change it with the current PIN.</source>
        <translation>PIN-код уже задан; чтобы изменить его, введите текущий PIN-код.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 characters, without spaces at either end.</source>
        <translation>PIN-код должен содержать от %1 до %2 символов, без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Ничего не импортировано: не удалось сначала сделать резервную копию текущих данных семьи (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Ничего не импортировано: данные семьи не удалось сохранить. Ваши данные не изменены.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>This opens %1 outside Guardian. Continue?</source>
        <translation>Ссылка %1 откроется вне Guardian. Продолжить?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search guides, risks, ratings and helplines (Ctrl+F)</source>
        <translation>Поиск по руководствам, рискам, рейтингам и телефонам помощи (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Escape to clear.</source>
        <translation>Результаты появляются по мере ввода. Нажмите Escape, чтобы очистить.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
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
        <translation>проверено %1</translation>
    </message>
    <message>
        <source>not confirmed: check before relying on it</source>
        <translation>не подтверждено: проверьте, прежде чем полагаться</translation>
    </message>
    <message>
        <source>Plan made on %1 for %2.</source>
        <translation>План составлен %1, страна: %2.</translation>
    </message>
    <message>
        <source>This guidance is not yet translated; it is shown in English.</source>
        <translation>Эти советы ещё не переведены, поэтому показаны на английском.</translation>
    </message>
    <message>
        <source>If a child is in immediate danger, call %1 now.</source>
        <translation>Если ребёнку угрожает опасность, немедленно звоните %1.</translation>
    </message>
    <message>
        <source>Keep your child safe and talk</source>
        <translation>Обеспечьте безопасность ребёнка и поговорите с ним</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Do not screenshot, download, save or forward this material, not even to the police or the school. Write down only where you saw it (the web address, or the app and the username) and report that.</source>
        <translation>Не делайте скриншотов, не скачивайте, не сохраняйте и не пересылайте этот материал — даже полиции или школе. Запишите только, где вы его видели (веб-адрес или приложение и имя пользователя), и сообщите об этом.</translation>
    </message>
    <message>
        <source>Report it where it happened</source>
        <translation>Пожалуйтесь там, где это произошло</translation>
    </message>
    <message>
        <source>Report it in %1 and block the person or account. Guardian&apos;s %1 guide shows how.</source>
        <translation>Пожалуйтесь в %1 и заблокируйте человека или аккаунт. Как это сделать, показано в руководстве Guardian по %1.</translation>
    </message>
    <message>
        <source>Report it in the app, game or website where it happened, with its report button, and block the person or account.</source>
        <translation>Пожалуйтесь в приложении, игре или на сайте, где это произошло, с помощью кнопки жалобы и заблокируйте человека или аккаунт.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Сообщите</translation>
    </message>
    <message>
        <source>No reporting route for this is listed for your country yet. Call the police if a crime may have happened.</source>
        <translation>Для вашей страны пока не указано, куда об этом сообщать. Если могло произойти преступление, звоните в полицию.</translation>
    </message>
    <message>
        <source>More help and advice</source>
        <translation>Дополнительная помощь и советы</translation>
    </message>
    <message>
        <source>Getting pictures removed</source>
        <translation>Удаление изображений</translation>
    </message>
    <message>
        <source>These free services help stop intimate pictures being shared on the platforms that take part. The picture never leaves your device.</source>
        <translation>Эти бесплатные сервисы помогают остановить распространение интимных изображений на платформах-участниках. Изображение никогда не покидает ваше устройство.</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>С кем поговорить</translation>
    </message>
    <message>
        <source>No helpline is listed for your country yet.</source>
        <translation>Для вашей страны пока не указан ни один телефон доверия.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Потом</translation>
    </message>
    <message>
        <source>Tell the school if other pupils are involved. Check in with your child over the next days, and get support for yourself too. Write down what happened, what you did and any report numbers.</source>
        <translation>Если замешаны другие ученики, сообщите школе. В ближайшие дни интересуйтесь, как чувствует себя ребёнок, и найдите поддержку для себя. Запишите, что произошло, что вы сделали и номера обращений.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Не удалось прочитать настройки школы</translation>
    </message>
    <message>
        <source>Guardian is using its usual settings because the settings file from your school has a problem. Please tell your school&apos;s IT contact:

%1</source>
        <translation>Guardian использует обычные настройки, потому что в файле настроек вашей школы есть ошибка. Пожалуйста, сообщите об этом ИТ-специалисту школы:

%1</translation>
    </message>
</context>
<context>
    <name>RatingSystemView</name>
    <message>
        <source>Labels</source>
        <translation>Маркировки</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Источник: %1 · проверено %2</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Этот текст ещё не переведён, поэтому показан на английском.</translation>
    </message>
    <message>
        <source>%1 in other systems</source>
        <translation>%1 в других системах</translation>
    </message>
    <message>
        <source>Systems judge content differently, so this compares the age only: it is an approximation, not an official equivalence.</source>
        <translation>Системы оценивают контент по-разному, поэтому здесь сравнивается только возраст: это приблизительное соответствие, а не официальное.</translation>
    </message>
    <message>
        <source>(closest lower age)</source>
        <translation>(ближайший меньший возраст)</translation>
    </message>
    <message>
        <source>Content descriptors</source>
        <translation>Дескрипторы содержания</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>Age ratings explained</source>
        <translation>Возрастные рейтинги: что они значат</translation>
    </message>
    <message>
        <source>What the labels on games, films and apps mean, and what they do not tell you: ratings describe content, not who your child can meet or what they can buy.</source>
        <translation>Что означают маркировки на играх, фильмах и приложениях и о чём они умалчивают: рейтинг описывает содержание, а не то, с кем ребёнок может познакомиться или что может купить.</translation>
    </message>
    <message>
        <source>Find a label, e.g. PEGI 16, T or 12+</source>
        <translation>Найти маркировку, например PEGI 16, T или 12+</translation>
    </message>
    <message>
        <source>Find a label</source>
        <translation>Найти маркировку</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Rating systems</source>
        <translation>Системы рейтингов</translation>
    </message>
    <message>
        <source>Is it right for my child?</source>
        <translation>Подходит ли это моему ребёнку?</translation>
    </message>
    <message>
        <source>Ages in law and terms</source>
        <translation>Возраст в законе и правилах</translation>
    </message>
</context>
<context>
    <name>RiskKinds</name>
    <message>
        <source>Harmful content</source>
        <translation>Вредный контент</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Контакты с незнакомцами</translation>
    </message>
    <message>
        <source>Money, data and privacy</source>
        <translation>Деньги, данные и приватность</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Этот текст ещё не переведён, поэтому показан на английском.</translation>
    </message>
    <message>
        <source>Ways to start the conversation</source>
        <translation>Как начать разговор</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Основано на:</translation>
    </message>
    <message>
        <source>Online risks</source>
        <translation>Риски в интернете</translation>
    </message>
    <message>
        <source>What can go wrong, the signs to notice, how to prevent it and what to do, for each age. Most children will meet some of these; talking early helps.</source>
        <translation>Что может пойти не так, на какие признаки обратить внимание, как это предотвратить и что делать — для каждого возраста. Большинство детей столкнутся с чем-то из этого; ранний разговор помогает.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Все возрасты</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>&amp;Возраст ребёнка:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Возраст ребёнка</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>About this risk</source>
        <translation>Об этом риске</translation>
    </message>
    <message>
        <source>Get help with this now</source>
        <translation>Получить помощь сейчас</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Поговорить об этом</translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Guides</source>
        <translation>Руководства</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Возрастные рейтинги</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Телефоны помощи</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>Результаты по запросу «%1»</translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Ничего не найдено. Попробуйте более короткое или другое слово.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Получить помощь</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Руководства</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Возрастные рейтинги</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Телефоны помощи</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Круглосуточно, без выходных</translation>
    </message>
    <message>
        <source>Open: %1 (local time)</source>
        <translation>Часы работы: %1 (местное время)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Free to call</source>
        <translation>Звонок бесплатный</translation>
    </message>
    <message>
        <source>Does not appear on the phone bill</source>
        <translation>Не отображается в счёте за телефон</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>Report online</source>
        <translation>Сообщить онлайн</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Онлайн-чат</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Not confirmed: please check this on the service&apos;s own website before relying on it.</source>
        <translation>Не подтверждено: прежде чем полагаться на эти сведения, проверьте их на сайте службы.</translation>
    </message>
    <message>
        <source>The sources for this are old or disagree: check on the service&apos;s own website.</source>
        <translation>Источники устарели или расходятся: проверьте на сайте службы.</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Источник: %1 · проверено %2</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Номер телефона %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Скопировать номер</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Скопировать номер %1</translation>
    </message>
    <message>
        <source>QR code to call %1 from a phone</source>
        <translation>QR-код, чтобы позвонить на %1 с телефона</translation>
    </message>
    <message>
        <source>Scan with a phone to call</source>
        <translation>Отсканируйте телефоном, чтобы позвонить</translation>
    </message>
    <message>
        <source>QR code to open %1 on a phone</source>
        <translation>QR-код, чтобы открыть %1 на телефоне</translation>
    </message>
    <message>
        <source>Scan with a phone to open</source>
        <translation>Отсканируйте телефоном, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>ServiceKinds</name>
    <message>
        <source>Helpline for children and young people</source>
        <translation>Телефон доверия для детей и подростков</translation>
    </message>
    <message>
        <source>Children and teenagers can talk here about anything that worries them, including what happens online.</source>
        <translation>Дети и подростки могут рассказать здесь обо всём, что их тревожит, в том числе о том, что происходит в интернете.</translation>
    </message>
    <message>
        <source>Helpline for parents</source>
        <translation>Телефон помощи для родителей</translation>
    </message>
    <message>
        <source>Parents and carers can get advice about their child&apos;s safety and wellbeing.</source>
        <translation>Родители и опекуны могут получить совет о безопасности и благополучии ребёнка.</translation>
    </message>
    <message>
        <source>Report illegal content</source>
        <translation>Сообщить о незаконном контенте</translation>
    </message>
    <message>
        <source>Report child sexual abuse material and other illegal content found online. Give the web address; never send the material.</source>
        <translation>Сообщите о материалах сексуального насилия над детьми и другом незаконном контенте в интернете. Укажите веб-адрес, но никогда не пересылайте сам материал.</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Report crimes such as grooming, threats to share images, extortion and fraud.</source>
        <translation>Сообщите о преступлениях: груминге, угрозах распространить изображения, вымогательстве и мошенничестве.</translation>
    </message>
    <message>
        <source>Safer Internet Centre</source>
        <translation>Центр безопасного интернета</translation>
    </message>
    <message>
        <source>Advice for families and schools about children&apos;s safety online.</source>
        <translation>Советы семьям и школам о безопасности детей в интернете.</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Надзорный орган</translation>
    </message>
    <message>
        <source>Takes complaints about online services and harmful content.</source>
        <translation>Принимает жалобы на онлайн-сервисы и вредный контент.</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <source>Help and advice.</source>
        <translation>Помощь и советы.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбрана</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Установлено вашей школой</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Guardian keeps these choices on this computer only.</source>
        <translation>Guardian хранит эти настройки только на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Этот текст ещё не переведён, поэтому показан на английском.</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>С чего начать разговор</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Поговорить об этом</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Возраст:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next idea</source>
        <translation>&amp;Следующая идея</translation>
    </message>
    <message>
        <source>Save sheet as &amp;PDF…</source>
        <translation>Сохранить лист в &amp;PDF…</translation>
    </message>
    <message>
        <source>Conversation starter</source>
        <translation>Начало разговора</translation>
    </message>
    <message>
        <source>Advice for this age</source>
        <translation>Советы для этого возраста</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Suitable by age: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Подходит по возрасту: %1 предназначено для детей от %2 лет, а вашему ребёнку %3.</translation>
    </message>
    <message>
        <source>Not yet: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Пока рано: %1 предназначено для детей от %2 лет, а вашему ребёнку %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more year(s), or look closely at the content first.</source>
        <translation>
            <numerusform>Подождите ещё %n год или сначала внимательно посмотрите содержание.</numerusform>
            <numerusform>Подождите ещё %n года или сначала внимательно посмотрите содержание.</numerusform>
            <numerusform>Подождите ещё %n лет или сначала внимательно посмотрите содержание.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat and online play: the label does not cover who your child can talk to. Check the contact settings in the game&apos;s or app&apos;s guide.</source>
        <translation>Чат и сетевая игра: маркировка не говорит о том, с кем ребёнок может общаться. Проверьте настройки контактов в руководстве к игре или приложению.</translation>
    </message>
    <message>
        <source>Purchases: the label does not cover spending. Turn on purchase approval or a spending limit.</source>
        <translation>Покупки: маркировка не касается расходов. Включите подтверждение покупок или лимит трат.</translation>
    </message>
    <message>
        <source>Content made by other players or users is not rated. Use the report and block tools and talk about what to do if something upsets your child.</source>
        <translation>Контент других игроков и пользователей не оценивается. Пользуйтесь жалобами и блокировкой и обсудите с ребёнком, что делать, если его что-то расстроит.</translation>
    </message>
    <message>
        <source>Read the content descriptors next to the label: they say why it got this rating.</source>
        <translation>Прочитайте дескрипторы рядом с маркировкой: они объясняют, почему присвоен такой рейтинг.</translation>
    </message>
    <message>
        <source>Beyond the label:</source>
        <translation>О чём маркировка не говорит:</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>&amp;Возраст ребёнка:</translation>
    </message>
    <message>
        <source>Rating &amp;system:</source>
        <translation>&amp;Система рейтинга:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Маркировка:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Возраст ребёнка</translation>
    </message>
    <message>
        <source>Rating system</source>
        <translation>Система рейтинга</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Маркировка</translation>
    </message>
</context>
</TS>
