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
</context>
<context>
    <name>MarkdownView</name>
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
    <name>NavRail</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
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
</TS>
