<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Guardian</source>
        <translation>Par Guardian</translation>
    </message>
    <message>
        <source>Version %1. Works offline and sends nothing anywhere.</source>
        <translation>Versija %1. Darbojas bez interneta un nekur neko nesūta.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privātums</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Šis teksts vēl nav iztulkots, tāpēc tas redzams angliski.</translation>
    </message>
    <message>
        <source>Household data: %1
Settings: %2
Log files: %3</source>
        <translation>Ģimenes dati: %1
Iestatījumi: %2
Žurnālfaili: %3</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Phones, tablets and computers</source>
        <translation>Tālruņi, planšetes un datori</translation>
    </message>
    <message>
        <source>Games consoles</source>
        <translation>Spēļu konsoles</translation>
    </message>
    <message>
        <source>Games and game stores</source>
        <translation>Spēles un spēļu veikali</translation>
    </message>
    <message>
        <source>Apps and social media</source>
        <translation>Lietotnes un sociālie tīkli</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Viedierīces</translation>
    </message>
    <message>
        <source>Browsers and search</source>
        <translation>Pārlūki un meklētāji</translation>
    </message>
    <message>
        <source>Home network and operators</source>
        <translation>Mājas tīkls un operatori</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Guardian met a problem</source>
        <translation>Guardian radās kļūme</translation>
    </message>
    <message>
        <source>Something went wrong and Guardian may not work as expected. Your data is safe. If this keeps happening, please send the log file to the developers:
%1</source>
        <translation>Kaut kas nogāja greizi, un Guardian var nedarboties, kā paredzēts. Jūsu dati ir drošībā. Ja tas atkārtojas, lūdzu, nosūtiet izstrādātājiem žurnālfailu:
%1</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>This guide is not yet translated into your language; it is shown in English.</source>
        <translation>Šī pamācība vēl nav iztulkota jūsu valodā, tāpēc tā redzama angliski.</translation>
    </message>
    <message>
        <source>Set it up step by step</source>
        <translation>Iestatīšana soli pa solim</translation>
    </message>
    <message>
        <source>Official pages and facts</source>
        <translation>Oficiālās lapas un fakti</translation>
    </message>
    <message>
        <source>Help centre</source>
        <translation>Palīdzības centrs</translation>
    </message>
    <message>
        <source>Parental controls</source>
        <translation>Vecāku kontrole</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Kā ziņot</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privātums</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Lietošanas noteikumi</translation>
    </message>
    <message>
        <source>Safety centre</source>
        <translation>Drošības centrs</translation>
    </message>
    <message>
        <source>How to block</source>
        <translation>Kā bloķēt</translation>
    </message>
    <message>
        <source>Purchases and spending</source>
        <translation>Pirkumi un tēriņi</translation>
    </message>
    <message>
        <source>Official page</source>
        <translation>Oficiālā lapa</translation>
    </message>
    <message>
        <source>source</source>
        <translation>avots</translation>
    </message>
    <message>
        <source>Minimum age in the terms of service: %1</source>
        <translation>Minimālais vecums saskaņā ar lietošanas noteikumiem: %1</translation>
    </message>
    <message>
        <source>App store age rating: %1</source>
        <translation>Vecuma vērtējums lietotņu veikalā: %1</translation>
    </message>
    <message>
        <source>Facts checked on %1 against the platform&apos;s own pages (%2).</source>
        <translation>Fakti pārbaudīti %1 platformas oficiālajās lapās (%2).</translation>
    </message>
    <message>
        <source>← All guides</source>
        <translation>← Visas pamācības</translation>
    </message>
    <message>
        <source>Back to all guides</source>
        <translation>Atpakaļ uz visām pamācībām</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Pamācība</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Parental controls, device by device</source>
        <translation>Vecāku kontrole katrai ierīcei</translation>
    </message>
    <message>
        <source>Choose what your child uses to see its controls, how to set them up, what they cannot do, and how to report a problem.</source>
        <translation>Izvēlieties, ko lieto jūsu bērns, lai redzētu pieejamās vadīklas, kā tās iestatīt, ko tās nespēj un kā ziņot par problēmu.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Rādīt:</translation>
    </message>
    <message>
        <source>Kind of device or app</source>
        <translation>Ierīces vai lietotnes veids</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Pamācības</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search guides, risks, ratings and helplines (Ctrl+F)</source>
        <translation>Meklēt pamācībās, riskos, vērtējumos un palīdzības tālruņos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Escape to clear.</source>
        <translation>Rezultāti parādās rakstīšanas laikā. Nospiediet Escape, lai notīrītu.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Open link?</source>
        <translation>Atvērt saiti?</translation>
    </message>
    <message>
        <source>This opens %1 outside Guardian. Continue?</source>
        <translation>Tiks atvērta saite %1 ārpus Guardian. Turpināt?</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Sections</source>
        <translation>Sadaļas</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Skolas iestatījumus neizdevās nolasīt</translation>
    </message>
    <message>
        <source>Guardian is using its usual settings because the settings file from your school has a problem. Please tell your school&apos;s IT contact:

%1</source>
        <translation>Guardian izmanto parastos iestatījumus, jo skolas iestatījumu failā ir kļūda. Lūdzu, pastāstiet par to skolas IT speciālistam:

%1</translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Guides</source>
        <translation>Pamācības</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Vecuma vērtējumi</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Palīdzības tālruņi</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>Rezultāti vaicājumam “%1”</translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Nekas netika atrasts. Mēģiniet īsāku vai citu vārdu.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultāts</numerusform>
            <numerusform>%n rezultāti</numerusform>
            <numerusform>%n rezultātu</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Meklēšanas rezultāti</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Meklēšana</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Pamācības</translation>
    </message>
    <message>
        <source>Age ratings</source>
        <translation>Vecuma vērtējumi</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Palīdzības tālruņi</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Ģimene</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nav izvēlēta</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Augsts kontrasts</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Iestatījusi jūsu skola</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Guardian keeps these choices on this computer only.</source>
        <translation>Guardian šīs izvēles glabā tikai šajā datorā.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Va&amp;lsts</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Izskats</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Izskats</translation>
    </message>
</context>
</TS>
