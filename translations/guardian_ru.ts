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
        <translation>До этого возраста онлайн-сервисам нужно согласие родителей, если они обрабатывают персональные данные ребёнка на основании согласия (в ЕС и ЕЭЗ — статья 8 GDPR; возраст устанавливает каждая страна).</translation>
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
    <name>AgreementSheet</name>
    <message>
        <source>Screen time</source>
        <translation>Экранное время</translation>
    </message>
    <message>
        <source>Device-free times and places</source>
        <translation>Время и места без устройств</translation>
    </message>
    <message>
        <source>Apps, games and people</source>
        <translation>Приложения, игры и люди</translation>
    </message>
    <message>
        <source>When something upsets us</source>
        <translation>Если что-то нас расстроило</translation>
    </message>
    <message>
        <source>What we parents promise</source>
        <translation>Что обещаем мы, родители</translation>
    </message>
    <message>
        <source>Our own rules</source>
        <translation>Наши собственные правила</translation>
    </message>
    <message>
        <source>Agreement for %1</source>
        <translation>Соглашение для: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлено %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Ребёнок: %1</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Родитель или опекун</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ещё не решено</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Add a child under Children and devices first. Then you can make a family agreement for them here.</source>
        <translation>Сначала добавьте ребёнка в разделе «Дети и устройства». Затем здесь можно будет составить для него семейное соглашение.</translation>
    </message>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (рекомендуется для этого возраста)</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <translation>Сохранено %1.</translation>
    </message>
    <message>
        <source>Not saved yet: these are the suggestions for this age.</source>
        <translation>Ещё не сохранено: это предложения для этого возраста.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ещё не решено</translation>
    </message>
    <message>
        <source>Our choice</source>
        <translation>Наш выбор</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Семейное соглашение</translation>
    </message>
    <message>
        <source>Save the changes to this agreement first?</source>
        <translation>Сначала сохранить изменения в этом соглашении?</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Сохранить соглашение в PDF</translation>
    </message>
    <message>
        <source>agreement-%1.pdf</source>
        <translation>соглашение-%1.pdf</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Сохранено как %1.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Agreement template</source>
        <translation>Шаблон соглашения</translation>
    </message>
    <message>
        <source>The template for the child&apos;s age is suggested; any other can be chosen.</source>
        <translation>Предлагается шаблон для возраста ребёнка; можно выбрать и любой другой.</translation>
    </message>
    <message>
        <source>Items of the agreement</source>
        <translation>Пункты соглашения</translation>
    </message>
    <message>
        <source>Press Space to include or leave out the selected item.</source>
        <translation>Нажмите пробел, чтобы включить или исключить выбранный пункт.</translation>
    </message>
    <message>
        <source>&amp;Wording of the selected item:</source>
        <translation>&amp;Текст выбранного пункта:</translation>
    </message>
    <message>
        <source>Wording of the selected item</source>
        <translation>Текст выбранного пункта</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Use the &amp;suggested wording</source>
        <translation>&amp;Вернуть предложенный текст</translation>
    </message>
    <message>
        <source>&amp;Add our own rule</source>
        <translation>&amp;Добавить своё правило</translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation>&amp;Удалить это правило</translation>
    </message>
    <message>
        <source>&amp;Save agreement</source>
        <translation>&amp;Сохранить соглашение</translation>
    </message>
    <message>
        <source>Saves the included items for this child (%1).</source>
        <translation>Сохраняет включённые пункты для этого ребёнка (%1).</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>The agreement is written and printed in %1, the household&apos;s language. Tick the items you want, change the wording and fill in the numbers together.</source>
        <translation>Соглашение составляется и печатается на языке вашей семьи: %1. Отметьте нужные пункты, измените формулировки и впишите числа вместе.</translation>
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
    <name>ChecklistPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено: %1 из %2</translation>
    </message>
    <message>
        <source>Setup steps, %1 of %2 done</source>
        <translation>Шаги настройки, выполнено %1 из %2</translation>
    </message>
    <message>
        <source>To tick these steps as you go, first add your child in the Family section.</source>
        <translation>Чтобы отмечать шаги по мере выполнения, сначала добавьте ребёнка в разделе «Семья».</translation>
    </message>
    <message>
        <source>None of your children&apos;s devices uses this guide yet. Add it to a child&apos;s devices to tick each step as you finish it.</source>
        <translation>Это руководство ещё не привязано ни к одному устройству ваших детей. Добавьте его к устройствам ребёнка, чтобы отмечать каждый выполненный шаг.</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices to keep a separate checklist for it.</source>
        <translation>Добавьте это к устройствам другого ребёнка, чтобы вести для него отдельный список настройки.</translation>
    </message>
    <message>
        <source>Your checklist</source>
        <translation>Ваш список настройки</translation>
    </message>
    <message>
        <source>Tick each step when you have done it on your child&apos;s device. Guardian notes the date, so you can see at the next review what was set up and when.</source>
        <translation>Отмечайте каждый шаг, когда выполните его на устройстве ребёнка. Guardian запоминает дату, чтобы при следующей проверке было видно, что и когда настроено.</translation>
    </message>
    <message>
        <source>&amp;Whose device:</source>
        <translation>&amp;Чьё устройство:</translation>
    </message>
    <message>
        <source>Whose device or account this checklist is for</source>
        <translation>Для чьего устройства или аккаунта этот список</translation>
    </message>
    <message>
        <source>Add for another child…</source>
        <translation>Добавить для другого ребёнка…</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices</source>
        <translation>Добавить это к устройствам другого ребёнка</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name of the device or account</source>
        <translation>Название устройства или аккаунта</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s phone</source>
        <translation>Например: телефон Анны</translation>
    </message>
    <message>
        <source>&amp;Add to this child&apos;s devices</source>
        <translation>&amp;Добавить к устройствам ребёнка</translation>
    </message>
    <message>
        <source>Add to this child&apos;s devices</source>
        <translation>Добавить к устройствам этого ребёнка</translation>
    </message>
    <message>
        <source>Go to Family</source>
        <translation>Перейти в раздел «Семья»</translation>
    </message>
    <message>
        <source>Go to the Family section to manage children and devices</source>
        <translation>Перейти в раздел «Семья», чтобы управлять детьми и устройствами</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Шаги настройки</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Checklists for %1</source>
        <translation>Списки настройки: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Следующая проверка: %1</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Срок проверки наступил: %1</translation>
    </message>
    <message>
        <source>Tick each step here as you do it on the device or account, then tick it in Guardian too. Platforms change their settings, so go through the steps again at every review.</source>
        <translation>Отмечайте здесь каждый шаг, когда выполните его на устройстве или в аккаунте, а затем отметьте его и в Guardian. Платформы меняют свои настройки, поэтому при каждой проверке проходите шаги заново.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: выполнено %2 из %3</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>This guide has no setup steps.</source>
        <translation>В этом руководстве нет шагов настройки.</translation>
    </message>
    <message>
        <source>No devices or apps yet: add them in Guardian&apos;s Family section.</source>
        <translation>Устройств и приложений пока нет: добавьте их в разделе «Семья» в Guardian.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message numerus="yes">
        <source>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every %n months unless you choose another interval.</source>
        <translation>
            <numerusform>Отмечайте каждый шаг настройки, когда выполните его на устройстве или в аккаунте ребёнка; Guardian запоминает дату. Платформы меняют свои настройки и добавляют новые, поэтому при каждой проверке проходите списки настройки каждого ребёнка заново. Guardian напомнит здесь, когда подойдёт срок проверки: раз в %n месяц, если вы не выберете другой интервал.</numerusform>
            <numerusform>Отмечайте каждый шаг настройки, когда выполните его на устройстве или в аккаунте ребёнка; Guardian запоминает дату. Платформы меняют свои настройки и добавляют новые, поэтому при каждой проверке проходите списки настройки каждого ребёнка заново. Guardian напомнит здесь, когда подойдёт срок проверки: раз в %n месяца, если вы не выберете другой интервал.</numerusform>
            <numerusform>Отмечайте каждый шаг настройки, когда выполните его на устройстве или в аккаунте ребёнка; Guardian запоминает дату. Платформы меняют свои настройки и добавляют новые, поэтому при каждой проверке проходите списки настройки каждого ребёнка заново. Guardian напомнит здесь, когда подойдёт срок проверки: раз в %n месяцев, если вы не выберете другой интервал.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your children and their devices and apps in the Children and devices tab: their checklists will appear here.</source>
        <translation>Добавьте детей, их устройства и приложения на вкладке «Дети и устройства» — здесь появятся их списки настройки.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Списки настройки</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>Devices and apps</source>
        <translation>Устройства и приложения</translation>
    </message>
    <message>
        <source>No devices or apps yet.</source>
        <translation>Пока нет ни устройств, ни приложений.</translation>
    </message>
    <message>
        <source>Add devices and apps</source>
        <translation>Добавить устройства и приложения</translation>
    </message>
    <message>
        <source>Add devices and apps for %1</source>
        <translation>Добавить устройства и приложения: %1</translation>
    </message>
    <message>
        <source>Time to review the settings (due %1).</source>
        <translation>Пора проверить настройки (срок: %1).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Отметить как проверенное</translation>
    </message>
    <message>
        <source>Mark reviewed: %1</source>
        <translation>Отметить как проверенное: %1</translation>
    </message>
    <message>
        <source>Records that you checked this child&apos;s settings today; the next review is planned from now.</source>
        <translation>Отмечает, что вы сегодня проверили настройки этого ребёнка; следующая проверка будет запланирована от сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Следующая проверка настроек: %1</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Впереди</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years old (born in %3)</source>
        <translation>Возраст: %1 или %2 (год рождения: %3)</translation>
    </message>
    <message>
        <source>Setup checklist for %1</source>
        <translation>Список настройки: %1</translation>
    </message>
    <message>
        <source>%1. Opens the %2 guide.</source>
        <translation>%1. Открывает руководство: %2.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Изменить данные ребёнка</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Добавить ребёнка</translation>
    </message>
    <message>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;Имя или прозвище:</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>&amp;Год рождения:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>N&amp;otes (only for you):</source>
        <translation>&amp;Заметки (только для вас):</translation>
    </message>
    <message>
        <source>I want to give the e&amp;xact birth date</source>
        <translation>Указать &amp;точную дату рождения</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Имя или прозвище</translation>
    </message>
    <message>
        <source>A nickname is enough; it stays on this computer.</source>
        <translation>Достаточно прозвища; оно хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Give the exact birth date</source>
        <translation>Указать точную дату рождения</translation>
    </message>
    <message>
        <source>With the exact date, Guardian can tell the day a birthday milestone is reached.</source>
        <translation>Зная точную дату, Guardian сможет назвать день, когда будет достигнут возрастной рубеж.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ChildRatingsPanel</name>
    <message>
        <source>during %1</source>
        <translation>в течение %1 года</translation>
    </message>
    <message>
        <source>Born in %1, so %2 or %3 years old. Without the birthday, Guardian counts %2 until the year is over: add the date of birth to be exact.</source>
        <translation>Год рождения — %1, значит, сейчас ребёнку %2 или %3. Без даты рождения Guardian до конца года считает возраст равным %2; чтобы было точно, укажите дату рождения.</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>Возраст: %1.</translation>
    </message>
    <message>
        <source>The family profile is locked with a PIN. Unlock it on the Home or Family page.</source>
        <translation>Профиль семьи заблокирован PIN-кодом. Разблокируйте его на странице «Главная» или «Семья».</translation>
    </message>
    <message>
        <source>Add your children in the Family section to see, for each of them, which age labels suit them now, which platforms they are old enough for, and when that changes. To check one label for any age, use “Is it right for my child?”.</source>
        <translation>Добавьте детей в разделе «Семья», и здесь для каждого будет видно, какие возрастные маркировки ему уже подходят, для каких платформ он достаточно взрослый и когда это изменится. Чтобы проверить одну маркировку для любого возраста, откройте «Подходит ли это моему ребёнку?».</translation>
    </message>
    <message>
        <source>Age labels</source>
        <translation>Возрастные маркировки</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see the rating systems used there.</source>
        <translation>Выберите страну в настройках, чтобы увидеть системы рейтингов, которые там используются.</translation>
    </message>
    <message>
        <source>Age labels used in %1</source>
        <translation>Возрастные маркировки в стране: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока никакие</translation>
    </message>
    <message>
        <source>%1 during %2</source>
        <translation>%1 в течение %2 года</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>every label</source>
        <translation>все маркировки</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Suits now, up to</source>
        <translation>Подходит уже сейчас, до</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>A label says what the content is like, not who your child can meet in it: chat, purchases and what other players post are not rated. See the guide for each game or app.</source>
        <translation>Маркировка описывает содержание, а не то, с кем ребёнок может там встретиться: чат, покупки и то, что публикуют другие игроки, не оцениваются. Смотрите руководство по каждой игре или приложению.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Минимальный возраст в правилах платформ</translation>
    </message>
    <message>
        <source>old enough</source>
        <translation>уже можно</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
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
        <source>Your child</source>
        <translation>Ваш ребёнок</translation>
    </message>
    <message>
        <source>Platforms your child uses are in bold. Under the minimum age, a child should not have their own account; many platforms offer a supervised or child account.</source>
        <translation>Платформы, которыми пользуется ребёнок, выделены жирным. До минимального возраста у ребёнка не должно быть собственного аккаунта; многие платформы предлагают контролируемый или детский аккаунт.</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Возраст цифрового согласия</translation>
    </message>
    <message>
        <source>In %1 it is %2, and your child has reached it: online services may use their personal data on the basis of their own consent.</source>
        <translation>%1: это %2 лет, и ваш ребёнок уже достиг этого возраста: онлайн-сервисы могут обрабатывать его персональные данные на основании его собственного согласия.</translation>
    </message>
    <message>
        <source>In %1 it is %2. Until then (%3), online services need your consent to use your child&apos;s personal data on the basis of consent.</source>
        <translation>%1: это %2 лет. До этого момента (%3) онлайн-сервисам, которые обрабатывают персональные данные ребёнка на основании согласия, нужно ваше согласие.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Ratings and ages for this child</source>
        <translation>Рейтинги и возрастные ограничения для этого ребёнка</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message>
        <source>Save the checklists as PDF</source>
        <translation>Сохранить списки настройки в PDF</translation>
    </message>
    <message>
        <source>checklists-%1.pdf</source>
        <translation>списки-настройки-%1.pdf</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Списки настройки</translation>
    </message>
    <message>
        <source>Review due since %1. Go through the checklists below again: platforms change their settings and add new ones.</source>
        <translation>Пора провести проверку (срок — %1). Пройдите списки настройки ниже ещё раз: платформы меняют свои настройки и добавляют новые.</translation>
    </message>
    <message>
        <source>Next review: %1 (last one: %2)</source>
        <translation>Следующая проверка: %1 (предыдущая: %2)</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Отметить: проверено сегодня</translation>
    </message>
    <message>
        <source>Mark the review for %1 as done today</source>
        <translation>Отметить, что проверка сегодня выполнена: %1</translation>
    </message>
    <message>
        <source>&amp;Months between reviews:</source>
        <translation>&amp;Месяцев между проверками:</translation>
    </message>
    <message>
        <source>Months between reviews for %1</source>
        <translation>Месяцев между проверками: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save the checklists for %1 as PDF</source>
        <translation>Сохранить списки настройки в PDF: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the checklists for %1</source>
        <translation>Напечатать списки настройки: %1</translation>
    </message>
    <message>
        <source>No devices or apps for %1 yet: add them in the Children and devices tab.</source>
        <translation>%1: пока нет устройств и приложений. Добавьте их на вкладке «Дети и устройства».</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (род. %2)</translation>
    </message>
    <message>
        <source>&amp;Devices and apps of %1:</source>
        <translation>&amp;Устройства и приложения (%1):</translation>
    </message>
    <message>
        <source>&amp;Devices and apps:</source>
        <translation>&amp;Устройства и приложения:</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Следующая проверка настроек: %1</translation>
    </message>
    <message>
        <source>Delete %1 from this computer? This also deletes %2, %3 and %4, and the review reminder. Journal entries stay, without the child&apos;s name.</source>
        <translation>Удалить ребёнка «%1» с этого компьютера? Вместе с ним будут удалены: %2, %3, %4 и напоминание о проверке. Записи журнала останутся, но без имени ребёнка.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and app(s)</source>
        <translation>
            <numerusform>%n устройство или приложение</numerusform>
            <numerusform>%n устройства и приложения</numerusform>
            <numerusform>%n устройств и приложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked checklist step(s)</source>
        <translation>
            <numerusform>%n отмеченный шаг</numerusform>
            <numerusform>%n отмеченных шага</numerusform>
            <numerusform>%n отмеченных шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n семейное соглашение</numerusform>
            <numerusform>%n семейных соглашения</numerusform>
            <numerusform>%n семейных соглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete child</source>
        <translation>Удалить ребёнка</translation>
    </message>
    <message>
        <source>Remove %1? This also deletes %2.</source>
        <translation>Убрать «%1»? Также будет удалено: %2.</translation>
    </message>
    <message>
        <source>Remove device or app</source>
        <translation>Убрать устройство или приложение</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Дети:</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>Доб&amp;авить ребёнка…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Изменить данные выбранного ребёнка</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <source>Delete the chosen child</source>
        <translation>Удалить выбранного ребёнка</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Устройства и приложения</translation>
    </message>
    <message>
        <source>Add a de&amp;vice or app…</source>
        <translation>Добавить у&amp;стройство или приложение…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Rename the chosen device or app</source>
        <translation>Переименовать выбранное устройство или приложение</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Уб&amp;рать…</translation>
    </message>
    <message>
        <source>Remove the chosen device or app</source>
        <translation>Убрать выбранное устройство или приложение</translation>
    </message>
    <message>
        <source>Review the settings every (&amp;months):</source>
        <translation>Проверять настройки каждые (&amp;месяцев):</translation>
    </message>
    <message>
        <source>Months between settings reviews</source>
        <translation>Месяцев между проверками настроек</translation>
    </message>
    <message>
        <source>Home reminds you when it is time to check this child&apos;s settings again.</source>
        <translation>Главная страница напомнит, когда пора снова проверить настройки этого ребёнка.</translation>
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
    <name>Crimes</name>
    <message>
        <source>child sexual abuse material</source>
        <translation>материалы сексуального насилия над детьми</translation>
    </message>
    <message>
        <source>grooming</source>
        <translation>груминг</translation>
    </message>
    <message>
        <source>sextortion</source>
        <translation>сексуальное вымогательство</translation>
    </message>
    <message>
        <source>sharing a child&apos;s intimate images</source>
        <translation>распространение интимных изображений ребёнка</translation>
    </message>
    <message>
        <source>threats and harassment online</source>
        <translation>угрозы и травля в интернете</translation>
    </message>
    <message>
        <source>hate crime</source>
        <translation>преступления на почве ненависти</translation>
    </message>
    <message>
        <source>encouraging self-harm or suicide</source>
        <translation>склонение к самоповреждению или самоубийству</translation>
    </message>
    <message>
        <source>terrorist and violent extremist content</source>
        <translation>террористический и насильственный экстремистский контент</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>мошенничество</translation>
    </message>
    <message>
        <source>misuse of personal data</source>
        <translation>незаконное использование персональных данных</translation>
    </message>
    <message>
        <source>hacking</source>
        <translation>взлом аккаунтов</translation>
    </message>
    <message>
        <source>dangerous challenges</source>
        <translation>опасные челленджи</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Delete all household data?</source>
        <translation>Удалить все данные семьи?</translation>
    </message>
    <message>
        <source>Delete all household data</source>
        <translation>Удалить все данные семьи</translation>
    </message>
    <message>
        <source>A forgotten PIN cannot be recovered or bypassed. The only way back is to delete all household data and start again.</source>
        <translation>Забытый PIN-код нельзя ни восстановить, ни обойти. Единственный выход — удалить все данные семьи и начать заново.</translation>
    </message>
    <message>
        <source>This deletes from this computer, for good: your children&apos;s nicknames and birth years, their devices, the ticked steps, your family agreements, the journal, the parent PIN and every automatic backup of them. It cannot be undone.</source>
        <translation>С этого компьютера будут безвозвратно удалены: имена или прозвища ваших детей и годы их рождения, их устройства, отмеченные шаги, семейные соглашения, журнал, родительский PIN-код и все автоматические резервные копии этих данных. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>The guides, helplines and your settings stay. If you exported your household to a file earlier, you can import it again afterwards.</source>
        <translation>Руководства, телефоны помощи и ваши настройки останутся. Если раньше вы экспортировали данные семьи в файл, потом их можно будет снова импортировать.</translation>
    </message>
    <message>
        <source>Replace the household?</source>
        <translation>Заменить данные семьи?</translation>
    </message>
    <message>
        <source>Replace and import</source>
        <translation>Заменить и импортировать</translation>
    </message>
    <message>
        <source>%1 holds:</source>
        <translation>В файле %1:</translation>
    </message>
    <message>
        <source>Importing replaces the whole household now on this computer with the one in this file. Guardian first backs up the current household in %1. The parent PIN stays as it is.</source>
        <translation>При импорте все данные семьи на этом компьютере заменяются данными из этого файла. Сначала Guardian сохранит резервную копию текущих данных в папке %1. Родительский PIN-код останется прежним.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Enter the parent PIN to export the household.</source>
        <translation>Чтобы экспортировать данные семьи, введите родительский PIN-код.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to import a household.</source>
        <translation>Чтобы импортировать данные семьи, введите родительский PIN-код.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to delete all household data.</source>
        <translation>Чтобы удалить все данные семьи, введите родительский PIN-код.</translation>
    </message>
    <message>
        <source>Export the household</source>
        <translation>Экспорт данных семьи</translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation>Файлы данных семьи (*.json)</translation>
    </message>
    <message>
        <source>The household was not exported</source>
        <translation>Данные семьи не экспортированы</translation>
    </message>
    <message>
        <source>The household was exported to %1. The file holds your children&apos;s details: keep it somewhere private.</source>
        <translation>Данные семьи экспортированы в файл %1. В нём есть данные ваших детей, поэтому храните его в надёжном месте.</translation>
    </message>
    <message>
        <source>Import a household</source>
        <translation>Импорт данных семьи</translation>
    </message>
    <message>
        <source>Household files (*.json);;All files (*)</source>
        <translation>Файлы данных семьи (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Этот файл нельзя импортировать</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ничего не изменено.</translation>
    </message>
    <message>
        <source>The household was not imported</source>
        <translation>Данные семьи не импортированы</translation>
    </message>
    <message>
        <source>The household from %1 was imported. The household from before was backed up as %2.</source>
        <translation>Данные семьи из файла %1 импортированы. Резервная копия прежних данных сохранена как %2.</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Удалено не всё</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Некоторые файлы с данными семьи не удалось удалить: %1</translation>
    </message>
    <message>
        <source>All household data was deleted from this computer. The guides and your settings are still here.</source>
        <translation>Все данные семьи удалены с этого компьютера. Руководства и ваши настройки на месте.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Данные вашей семьи</translation>
    </message>
    <message>
        <source>What you enter about your family stays on this computer, in this folder, readable only by your user account. Guardian keeps automatic backups of it in the backups folder inside it.</source>
        <translation>Всё, что вы вводите о своей семье, остаётся на этом компьютере, в этой папке, и доступно для чтения только вашей учётной записи. Автоматические резервные копии Guardian хранит во вложенной папке резервных копий.</translation>
    </message>
    <message>
        <source>Household data folder</source>
        <translation>Папка данных семьи</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>Export the household to a file</source>
        <translation>Экспортировать данные семьи в файл</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>И&amp;мпорт...</translation>
    </message>
    <message>
        <source>Import a household from a file</source>
        <translation>Импортировать данные семьи из файла</translation>
    </message>
    <message>
        <source>Replaces the household on this computer, after a backup.</source>
        <translation>Заменяет данные семьи на этом компьютере, предварительно сохранив резервную копию.</translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation>Удалить &amp;все мои данные...</translation>
    </message>
    <message>
        <source>Delete all my household data</source>
        <translation>Удалить все данные моей семьи</translation>
    </message>
    <message>
        <source>Deletes children, devices, ticks, agreements, journal, PIN and backups. Guides stay.</source>
        <translation>Удаляет детей, устройства, отметки, соглашения, журнал, PIN-код и резервные копии. Руководства остаются.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n отмеченный шаг</numerusform>
            <numerusform>%n отмеченных шага</numerusform>
            <numerusform>%n отмеченных шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n семейное соглашение</numerusform>
            <numerusform>%n семейных соглашения</numerusform>
            <numerusform>%n семейных соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(-ies)</source>
        <translation>
            <numerusform>%n запись в журнале</numerusform>
            <numerusform>%n записи в журнале</numerusform>
            <numerusform>%n записей в журнале</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Choose a device or app from the list.</source>
        <translation>Выберите устройство или приложение из списка.</translation>
    </message>
    <message>
        <source>Add a device or app</source>
        <translation>Добавить устройство или приложение</translation>
    </message>
    <message>
        <source>Rename a device or app</source>
        <translation>Переименовать устройство или приложение</translation>
    </message>
    <message>
        <source>&amp;Label, for example “Anna&apos;s phone”:</source>
        <translation>&amp;Название, например «Телефон Ани»:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>DeviceSection</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: выполнено %2 из %3</translation>
    </message>
    <message>
        <source>Hide steps</source>
        <translation>Скрыть шаги</translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation>Показать шаги</translation>
    </message>
    <message>
        <source>Show the steps for %1</source>
        <translation>Показать шаги: %1</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Открыть руководство</translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation>Открыть руководство: %1</translation>
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
        <translation>Семья</translation>
    </message>
    <message>
        <source>Your children, their devices and apps, the setup checklists, your family agreement and an optional journal. All of it stays on this computer.</source>
        <translation>Ваши дети, их устройства и приложения, списки настройки, семейное соглашение и, по желанию, журнал. Всё это хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Children and devices</source>
        <translation>Дети и устройства</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Списки настройки</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Семейное соглашение</translation>
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
        <translation>Звоните %1 прямо сейчас.</translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>Немедленно звоните по местному номеру экстренной помощи.</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Choose your country above to see it here.</source>
        <translation>Немедленно звоните по местному номеру экстренной помощи. Выберите свою страну выше, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Получить помощь</translation>
    </message>
    <message>
        <source>Choose your country and what happened.</source>
        <translation>Выберите свою страну и укажите, что произошло.</translation>
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
        <source>Choose your country</source>
        <translation>Выберите свою страну</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Другая страна</translation>
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
        <source>The steps are in your checklist, where you can tick each one as you finish it.</source>
        <translation>Шаги — в вашем списке настройки: там можно отмечать каждый выполненный шаг.</translation>
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
        <source>In some countries the terms set another age: %1.</source>
        <translation>В некоторых странах условия устанавливают другой возраст: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a country and its minimum age</comment>
        <translation>%1: %2</translation>
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
    <message>
        <source>Your checklist</source>
        <translation>Ваш список настройки</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <source>Your checklist: %1 of %2 done</source>
        <translation>Ваш список настройки: выполнено %1 из %2</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Our family&apos;s devices and apps</source>
        <translation>Устройства и приложения нашей семьи</translation>
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
        <source>What to do, where to report and who can help (%1)</source>
        <translation>Что делать, куда сообщить и кто может помочь (%1)</translation>
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
    <name>HomePage</name>
    <message>
        <source>old enough for %1 under its terms</source>
        <translation>по правилам %1 сможет им пользоваться</translation>
    </message>
    <message>
        <source>old enough for %1 under their terms</source>
        <translation>по правилам %1 сможет ими пользоваться</translation>
    </message>
    <message>
        <source>reaches the digital age of consent in %1</source>
        <translation>достигнет возраста цифрового согласия (%1)</translation>
    </message>
    <message>
        <source>turns %1 in %2: %3</source>
        <translation>в %2 году исполнится %1: %3</translation>
    </message>
    <message>
        <source>turns %1 on %2: %3</source>
        <translation>%2 исполнится %1: %3</translation>
    </message>
    <message>
        <source>Your family</source>
        <translation>Ваша семья</translation>
    </message>
    <message>
        <source>What to set up and check next for each child. Everything here stays on this computer.</source>
        <translation>Что настроить и проверить дальше для каждого ребёнка. Всё это хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Tell Guardian about your children and the devices and apps they use, and Home will show what to set up next, when to check the settings again and which ages are coming. You can also read the guides without saving anything.</source>
        <translation>Расскажите Guardian о своих детях и об их устройствах и приложениях — и здесь появится, что настроить дальше, когда снова проверить настройки и какой возраст приближается. Руководства можно читать и ничего не сохраняя.</translation>
    </message>
    <message>
        <source>Your school has switched off the Family section on this computer, so no children are saved here. The guides, risks, age ratings and helplines work as usual.</source>
        <translation>Ваша школа отключила на этом компьютере раздел «Семья», поэтому данные о детях здесь не сохраняются. Руководства, риски, возрастные рейтинги и телефоны помощи работают как обычно.</translation>
    </message>
    <message>
        <source>&amp;Set up your family</source>
        <translation>&amp;Добавить семью</translation>
    </message>
    <message>
        <source>Set up your family</source>
        <translation>Добавить семью</translation>
    </message>
    <message>
        <source>&amp;Open the guides</source>
        <translation>&amp;Открыть руководства</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Открыть руководства</translation>
    </message>
    <message>
        <source>&amp;Manage children and devices</source>
        <translation>&amp;Дети и устройства</translation>
    </message>
    <message>
        <source>Manage children and devices</source>
        <translation>Дети и устройства</translation>
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
        <source>Guardian could not open your household data in %1. Nothing was deleted. Check that the disk is not full and that this folder can be written to, then start Guardian again. On a school computer, ask your school&apos;s IT contact.</source>
        <translation>Guardian не смог открыть данные вашей семьи в %1. Ничего не удалено. Проверьте, что на диске есть свободное место и в эту папку можно записывать, и запустите Guardian снова. На школьном компьютере обратитесь к ответственному за IT в школе.</translation>
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
        <translation>У ребёнка может быть не больше %1 устройств и аккаунтов.</translation>
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
        <source>%1: this is after today&apos;s date on this computer (%2). Nothing was imported: please check the file, or the computer&apos;s date.</source>
        <translation>%1: это позже сегодняшней даты на этом компьютере (%2). Ничего не импортировано: проверьте файл или дату на компьютере.</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Ничего не импортировано: не удалось сначала сделать резервную копию текущих данных семьи (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Ничего не импортировано: данные семьи не удалось сохранить. Ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Данные вашей семьи</translation>
    </message>
    <message>
        <source>Guardian could not read your household data (%1). Nothing was changed. Close Guardian and start it again: at start it checks the data and, if the file is damaged, restores the newest backup.</source>
        <translation>Guardian не удалось прочитать данные вашей семьи (%1). Ничего не изменено. Закройте Guardian и запустите его снова: при запуске он проверяет данные и, если файл повреждён, восстанавливает самую свежую резервную копию.</translation>
    </message>
</context>
<context>
    <name>JournalSheet</name>
    <message>
        <source>Incident journal</source>
        <translation>Журнал происшествий</translation>
    </message>
    <message>
        <source>Entries about %1</source>
        <translation>Записи о ребёнке: %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Written down by the family at the time. Text only: no pictures or files are kept with this journal.</source>
        <translation>Записано семьёй по горячим следам. Только текст: к этому журналу не прилагаются изображения или файлы.</translation>
    </message>
    <message>
        <source>There are no entries.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Куда сообщили</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Номера обращений</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Reference numbers: %1</source>
        <translation>Номера обращений: %1</translation>
    </message>
    <message>
        <source>Not about one child</source>
        <translation>Не о конкретном ребёнке</translation>
    </message>
    <message>
        <source>None or not listed</source>
        <translation>Нет или нет в списке</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Удалить эту запись журнала? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Save the changes to this journal entry first?</source>
        <translation>Сначала сохранить изменения в этой записи журнала?</translation>
    </message>
    <message>
        <source>Save the journal as PDF</source>
        <translation>Сохранить журнал в PDF</translation>
    </message>
    <message>
        <source>journal.pdf</source>
        <translation>журнал.pdf</translation>
    </message>
    <message>
        <source>This journal is optional and private: it stays on this computer, behind your PIN if you set one. Write down soon after what happened, in your own words: the date, what you did, which reports you made and their reference numbers. A school or the police may ask for exactly this. The journal keeps words only, never pictures or files, so that nothing that could hurt a child again is stored here. Keep screenshots of bullying or threats where you already keep them, and note here where they are.</source>
        <translation>Вести этот журнал необязательно, и он только для вас: он остаётся на этом компьютере и защищён вашим PIN-кодом, если вы его задали. Вскоре после случившегося запишите своими словами, что произошло: дату, что вы сделали, куда сообщили и номера обращений. Именно это может попросить школа или полиция. В журнале хранится только текст — никаких изображений и файлов, чтобы здесь не оказалось ничего, что может снова навредить ребёнку. Скриншоты травли или угроз храните там же, где и сейчас, а здесь запишите, где они находятся.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence for the police or the school: copying or sending them is itself a crime. Write down only where you saw them (the web address, or the app, account and chat) and report that.</source>
        <translation>Никогда не сохраняйте, не делайте скриншоты и не пересылайте изображения ребёнка сексуального характера, даже как доказательство для полиции или школы: копирование или отправка сами по себе являются преступлением. Запишите только, где вы их видели (адрес страницы или приложение, аккаунт и чат), и сообщите об этом.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Whose entries to show</source>
        <translation>Чьи записи показать</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Записи журнала, сначала новые</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected entry, Delete to delete it.</source>
        <translation>Нажмите Enter, чтобы изменить выбранную запись, или Delete, чтобы удалить её.</translation>
    </message>
    <message>
        <source>No entries yet. Add one when something happens that you may need to tell a school, a platform or the police about.</source>
        <translation>Записей пока нет. Добавьте запись, когда случится что-то, о чём, возможно, придётся рассказать школе, платформе или полиции.</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Saves the entries shown (all, or one child&apos;s) as a PDF for a school or the police.</source>
        <translation>Сохраняет показанные записи (все или одного ребёнка) в PDF для школы или полиции.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>&amp;App or game:</source>
        <translation>&amp;Приложение или игра:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что случилось:</translation>
    </message>
    <message>
        <source>What was d&amp;one:</source>
        <translation>Что сдел&amp;ано:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>&amp;Куда сообщили:</translation>
    </message>
    <message>
        <source>Re&amp;ference numbers:</source>
        <translation>&amp;Номера обращений:</translation>
    </message>
    <message>
        <source>Required. Words only: describe what you saw, do not paste pictures.</source>
        <translation>Обязательное поле. Только слова: опишите, что вы видели, не вставляйте изображения.</translation>
    </message>
    <message>
        <source>Where you reported it: the platform, the school, the police, a hotline</source>
        <translation>Куда вы сообщили: платформа, школа, полиция, горячая линия</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Сохранить запись</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation>Ctrl+Enter сохраняет, Escape отменяет.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>Search guides, risks, ratings and helplines (%1)</source>
        <translation>Поиск по руководствам, рискам, рейтингам и телефонам помощи (%1)</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Please type the new PIN again.</source>
        <translation>Новые PIN-коды не совпадают. Введите новый PIN-код ещё раз.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Родительский PIN-код</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Задать родительский PIN-код</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Изменить родительский PIN-код</translation>
    </message>
    <message>
        <source>Enter the parent PIN.</source>
        <translation>Введите родительский PIN-код.</translation>
    </message>
    <message>
        <source>With a PIN, Home and Family open only after the PIN is entered, so a child using this computer cannot read or change them. If you forget the PIN, the only way back is to delete all household data, so consider exporting your household to a file too.</source>
        <translation>С PIN-кодом разделы «Главная» и «Семья» открываются только после его ввода, поэтому ребёнок, который пользуется этим компьютером, не сможет их прочитать или изменить. Если вы забудете PIN-код, единственный выход — удалить все данные семьи, поэтому стоит также экспортировать их в файл.</translation>
    </message>
    <message>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation>Введите текущий PIN-код, а затем дважды новый.</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Текущий PIN-код:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Новый PIN-код:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>&amp;Повторите новый PIN-код:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Повторите новый PIN-код</translation>
    </message>
    <message>
        <source>%1 to %2 characters: digits, letters or both.</source>
        <translation>От %1 до %2 символов: цифры, буквы или и то и другое.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Изменить PIN-код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Некоторые файлы с данными семьи не удалось удалить: %1</translation>
    </message>
    <message>
        <source>Home and Family are locked</source>
        <translation>Разделы «Главная» и «Семья» заблокированы</translation>
    </message>
    <message>
        <source>These pages hold your children&apos;s details, so Guardian asks for the parent PIN. Guides, helplines and Get help work without it.</source>
        <translation>На этих страницах есть данные ваших детей, поэтому Guardian просит ввести родительский PIN-код. Руководства, телефоны помощи и раздел «Получить помощь» работают и без него.</translation>
    </message>
    <message>
        <source>Parent &amp;PIN:</source>
        <translation>Родительский &amp;PIN-код:</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Родительский PIN-код</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Забыли PIN-код?</translation>
    </message>
    <message>
        <source>Explains how to start again by deleting all household data.</source>
        <translation>Объясняет, как начать заново, удалив все данные семьи.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>To remove the PIN, enter it once more. Home and Family will then open without a PIN.</source>
        <translation>Чтобы убрать PIN-код, введите его ещё раз. После этого разделы «Главная» и «Семья» будут открываться без PIN-кода.</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Убрать PIN-код</translation>
    </message>
    <message>
        <source>The parent PIN is kept with the household data, which is not available right now.</source>
        <translation>Родительский PIN-код хранится вместе с данными семьи, которые сейчас недоступны.</translation>
    </message>
    <message>
        <source>No parent PIN is set: anyone using this computer can open Home and Family. A PIN keeps your children&apos;s details from curious eyes; it does not encrypt them.</source>
        <translation>Родительский PIN-код не задан: разделы «Главная» и «Семья» может открыть любой, кто пользуется этим компьютером. PIN-код защищает данные ваших детей от любопытных глаз, но не шифрует их.</translation>
    </message>
    <message numerus="yes">
        <source>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minute(s) without use.</source>
        <translation>
            <numerusform>Разделы «Главная» и «Семья» защищены родительским PIN-кодом. Сейчас они открыты; заблокируйте их, когда отходите от компьютера (%1). Они также блокируются сами, если Guardian не используется %n минуту.</numerusform>
            <numerusform>Разделы «Главная» и «Семья» защищены родительским PIN-кодом. Сейчас они открыты; заблокируйте их, когда отходите от компьютера (%1). Они также блокируются сами, если Guardian не используется %n минуты.</numerusform>
            <numerusform>Разделы «Главная» и «Семья» защищены родительским PIN-кодом. Сейчас они открыты; заблокируйте их, когда отходите от компьютера (%1). Они также блокируются сами, если Guardian не используется %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parent PIN protects Home and Family. They are locked now.</source>
        <translation>Разделы «Главная» и «Семья» защищены родительским PIN-кодом. Сейчас они заблокированы.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Родительский PIN-код</translation>
    </message>
    <message>
        <source>&amp;Set a PIN...</source>
        <translation>&amp;Задать PIN-код...</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Задать родительский PIN-код</translation>
    </message>
    <message>
        <source>C&amp;hange the PIN...</source>
        <translation>&amp;Изменить PIN-код...</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Изменить родительский PIN-код</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN...</source>
        <translation>&amp;Убрать PIN-код...</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Убрать родительский PIN-код</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>За&amp;блокировать сейчас</translation>
    </message>
    <message>
        <source>Lock Home and Family now</source>
        <translation>Заблокировать разделы «Главная» и «Семья» сейчас</translation>
    </message>
    <message>
        <source>Lock Home and Family now (%1)</source>
        <translation>Заблокировать разделы «Главная» и «Семья» сейчас (%1)</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n минуту.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n минуты.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробовать снова можно через %n минут.</numerusform>
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
        <translation>проверено %1</translation>
    </message>
    <message>
        <source>not confirmed: check before relying on it</source>
        <translation>не подтверждено: проверьте, прежде чем полагаться</translation>
    </message>
    <message>
        <source>for pictures taken before the age of 18</source>
        <translation>для изображений, снятых до 18 лет</translation>
    </message>
    <message>
        <source>only for pictures taken at 18 or older, never for a child&apos;s</source>
        <translation>только для изображений, снятых в 18 лет или позже, и никогда для изображений ребёнка</translation>
    </message>
    <message>
        <source>Plan made on %1. Guardian has no list of your country&apos;s helplines and reporting routes, so it shows what to do and the services that work everywhere.</source>
        <translation>План составлен %1. В Guardian нет списка телефонов помощи и способов сообщить о нарушении для вашей страны, поэтому здесь показано, что делать, и сервисы, которые работают везде.</translation>
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
        <source>If a child is in immediate danger, call your local emergency number now.</source>
        <translation>Если ребёнку угрожает опасность, немедленно звоните по местному номеру экстренной помощи.</translation>
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
        <source>Call the police if a crime may have happened.</source>
        <translation>Если могло произойти преступление, звоните в полицию.</translation>
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
        <source>Your school:</source>
        <translation>Ваша школа:</translation>
    </message>
    <message>
        <source>Helplines:</source>
        <translation>Телефоны помощи:</translation>
    </message>
    <message>
        <source>Your child&apos;s school or doctor can tell you which child helpline or parent helpline serves your area.</source>
        <translation>В школе или у врача вашего ребёнка могут подсказать, какой детский или родительский телефон помощи работает в вашем регионе.</translation>
    </message>
    <message>
        <source>No helpline for this is listed for your country yet. Your country&apos;s other helplines are in the Helplines section.</source>
        <translation>Для вашей страны пока не указан телефон помощи именно по этому поводу. Другие телефоны помощи вашей страны — в разделе «Телефоны помощи».</translation>
    </message>
    <message>
        <source>No helpline is listed for your country yet.</source>
        <translation>Для вашей страны пока не указан ни один телефон помощи.</translation>
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
    <name>PlatformPicker</name>
    <message>
        <source>&amp;Search devices and apps:</source>
        <translation>&amp;Поиск устройств и приложений:</translation>
    </message>
    <message>
        <source>Search devices and apps</source>
        <translation>Поиск устройств и приложений</translation>
    </message>
    <message>
        <source>For example: Android, TikTok, PlayStation</source>
        <translation>Например: Android, TikTok, PlayStation</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Устройства и приложения</translation>
    </message>
    <message>
        <source>Press Space to tick a device or app.</source>
        <translation>Нажмите пробел, чтобы отметить устройство или приложение.</translation>
    </message>
    <message>
        <source>Choose one device or app.</source>
        <translation>Выберите одно устройство или приложение.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Не удалось прочитать настройки школы</translation>
    </message>
    <message>
        <source>The settings file from your school has a problem. Guardian uses the school settings it could read and its usual settings for the rest. Please tell your school&apos;s IT contact:

%1</source>
        <translation>В файле настроек от вашей школы есть ошибка. Guardian использует те школьные настройки, которые удалось прочитать, а для остальных — обычные. Пожалуйста, сообщите об этом ответственному за IT в школе:

%1</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>No printer is set up on this computer, so Guardian cannot print. Use &quot;Save as PDF&quot; instead: the PDF can be printed later, here or on any computer with a printer.</source>
        <translation>На этом компьютере не настроен ни один принтер, поэтому Guardian не может печатать. Воспользуйтесь кнопкой «Сохранить в PDF»: PDF-файл можно распечатать позже, здесь или на любом компьютере с принтером.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>This guide has no steps to tick yet</source>
        <translation>В этом руководстве пока нет шагов для отметки</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Выполнено шагов: %1 из %2</translation>
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
    <message>
        <source>Your children</source>
        <translation>Ваши дети</translation>
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
    <name>SavePdf</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
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
        <source>Report crimes, for example: %1.</source>
        <translation>Сообщайте о преступлениях, например: %1.</translation>
    </message>
    <message>
        <source>Report illegal content found online, for example: %1. Give the web address; never send the material.</source>
        <translation>Сообщайте о незаконном контенте в интернете, например: %1. Укажите веб-адрес, но никогда не пересылайте сам материал.</translation>
    </message>
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
        <source>Calls cost what your phone operator charges</source>
        <translation>Звонок оплачивается по тарифам вашего оператора</translation>
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
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
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
        <source>Write an e-mail</source>
        <translation>Написать письмо</translation>
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
    <name>Settings</name>
    <message>
        <source>Setting not saved</source>
        <translation>Настройка не сохранена</translation>
    </message>
    <message>
        <source>Guardian could not save this setting, so it applies only until Guardian is closed. Check that the disk is not full and that this folder can be written to. On a school computer, ask your school&apos;s IT contact.

%1</source>
        <translation>Guardian не смог сохранить эту настройку, поэтому она действует только до закрытия Guardian. Проверьте, что на диске есть свободное место и в эту папку можно записывать. На школьном компьютере обратитесь к ответственному за IT в школе.

%1</translation>
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
    <name>Sources</name>
    <message>
        <source>checked %1</source>
        <translation>проверено %1</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>вторичный источник</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Guardian is already open on this computer. Switch to its window, for example from the taskbar. Only one Guardian can be open at a time, so that what you save in one window is never overwritten by another.</source>
        <translation>Guardian уже открыт на этом компьютере. Перейдите в его окно, например через панель задач. Одновременно может быть открыт только один Guardian, чтобы сохранённое в одном окне никогда не перезаписывалось из другого.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ещё не выполнено</translation>
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
        <source>Talk about it</source>
        <translation>Поговорить об этом</translation>
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
        <source>Any child (enter the age)</source>
        <translation>Любой ребёнок (укажите возраст)</translation>
    </message>
    <message>
        <source>%1 was born in %2, so is %3 or %4: the verdict counts %3. Add the date of birth in Family to be exact.</source>
        <translation>%1: год рождения %2, значит, сейчас %3 или %4; в оценке учитывается %3. Чтобы было точно, укажите дату рождения в разделе «Семья».</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1: возраст %2.</translation>
    </message>
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
        <source>C&amp;hild:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Skip for now</source>
        <translation>Пропустить пока</translation>
    </message>
    <message>
        <source>Close the welcome without saving the children you added?</source>
        <translation>Закрыть приветствие, не сохранив добавленных детей?</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбрана</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Установлено вашей школой</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (род. %2)</translation>
    </message>
    <message>
        <source>Welcome to Guardian</source>
        <translation>Добро пожаловать в Guardian</translation>
    </message>
    <message>
        <source>Guardian helps you set up devices and apps for your children and find help when something goes wrong. Everything you enter stays on this computer. First, two quick choices.</source>
        <translation>Guardian помогает настроить устройства и приложения ваших детей и найти помощь, если что-то пошло не так. Всё, что вы вводите, остаётся на этом компьютере. Сначала — два быстрых вопроса.</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Ваши дети</translation>
    </message>
    <message>
        <source>Optional: add each child with a nickname and birth year, so Guardian can show what fits their age. A nickname is enough.</source>
        <translation>По желанию: добавьте каждого ребёнка с прозвищем и годом рождения, чтобы Guardian показывал то, что подходит по возрасту. Прозвища достаточно.</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Устройства и приложения</translation>
    </message>
    <message>
        <source>Optional: tick the devices and apps each child uses. Home will then show the setup steps for each one.</source>
        <translation>По желанию: отметьте устройства и приложения, которыми пользуется каждый ребёнок. Тогда на главной странице появятся шаги настройки для каждого из них.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>You can change all of this later in Family and Settings.</source>
        <translation>Всё это можно изменить позже в разделах «Семья» и «Настройки».</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
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
        <source>Your country decides which helplines, age ratings and laws Guardian shows first.</source>
        <translation>От страны зависит, какие телефоны помощи, возрастные рейтинги и законы Guardian покажет первыми.</translation>
    </message>
    <message>
        <source>Children you added</source>
        <translation>Добавленные дети</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>Доб&amp;авить ребёнка…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Изменить данные выбранного ребёнка</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Убрать выбранного ребёнка</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Ребёнок:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Guardian will save %1 and %2 on this computer.</source>
        <translation>Guardian сохранит на этом компьютере: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or app(s)</source>
        <translation>
            <numerusform>%n устройство или приложение</numerusform>
            <numerusform>%n устройства или приложения</numerusform>
            <numerusform>%n устройств или приложений</numerusform>
        </translation>
    </message>
    <message>
        <source>You can add your children at any time from Home or Family. The guides, helplines and ratings work without them.</source>
        <translation>Детей можно добавить в любое время на главной странице или в разделе «Семья». Руководства, телефоны помощи и рейтинги работают и без этого.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Пр&amp;опустить пока</translation>
    </message>
    <message>
        <source>Closes the welcome; nothing about your family is saved.</source>
        <translation>Закрывает приветствие; ничего о вашей семье не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
</context>
</TS>
