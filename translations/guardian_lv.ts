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
    <name>AgeBands</name>
    <message>
        <source>Under 6</source>
        <translation>Līdz 6 gadiem</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 gadi</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10–12 gadi</translation>
    </message>
    <message>
        <source>13 and over</source>
        <translation>13 gadi un vairāk</translation>
    </message>
</context>
<context>
    <name>AgesPanel</name>
    <message>
        <source>Ages in law and terms</source>
        <translation>Vecums likumā un noteikumos</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Digitālās piekrišanas vecums</translation>
    </message>
    <message>
        <source>Below this age, online services need a parent&apos;s consent before they use a child&apos;s personal data on the basis of consent (in the EU and EEA, article 8 of the GDPR as set by each country).</source>
        <translation>Līdz šim vecumam tiešsaistes pakalpojumiem ir vajadzīga vecāku piekrišana, ja tie izmanto bērna personas datus, pamatojoties uz piekrišanu (ES un EEZ to nosaka VDAR 8. pants un katras valsts likums).</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see its rule.</source>
        <translation>Izvēlieties savu valsti iestatījumos, lai redzētu tās noteikumu.</translation>
    </message>
    <message>
        <source>%1: %2 years</source>
        <translation>%1: %2 gadi</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Likums: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Avots: %1</translation>
    </message>
    <message>
        <source>This comes from a secondary source; check the law&apos;s official text.</source>
        <translation>Tas ņemts no sekundāra avota; pārbaudiet likuma oficiālo tekstu.</translation>
    </message>
    <message>
        <source>%1 has no digital age of consent that we could confirm.</source>
        <translation>Valstij %1 mēs nevarējām apstiprināt digitālās piekrišanas vecumu.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Minimālais vecums platformu noteikumos</translation>
    </message>
    <message>
        <source>A minimum age in the terms is the platform&apos;s own rule. Children under it should not have an account, and many platforms offer a supervised or child account instead.</source>
        <translation>Minimālais vecums noteikumos ir pašas platformas prasība. Jaunākiem bērniem nevajadzētu būt savam kontam; daudzas platformas tā vietā piedāvā uzraudzītu vai bērna kontu.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimālais vecums</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
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
    <name>GetHelpPage</name>
    <message>
        <source>Call %1 now.</source>
        <translation>Zvaniet uz %1 tūlīt.</translation>
    </message>
    <message>
        <source>Call your local emergency number now (112 in Europe).</source>
        <translation>Zvaniet uz vietējo ārkārtas numuru tūlīt (Eiropā 112).</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Saņemt palīdzību</translation>
    </message>
    <message>
        <source>Choose your country and what happened.</source>
        <translation>Izvēlieties savu valsti un to, kas notika.</translation>
    </message>
    <message>
        <source>Guardian has no plan for this yet. Call a helpline from the Helplines section.</source>
        <translation>Guardian šim gadījumam vēl nav plāna. Zvaniet uz kādu no palīdzības tālruņiem sadaļā “Palīdzības tālruņi”.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Saglabāt plānu PDF formātā</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF failu neizdevās saglabāt: %1</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Izvēlieties savu valsti</translation>
    </message>
    <message>
        <source>I don&apos;t know, or somewhere else</source>
        <translation>Nezinu vai kaut kur citur</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Saņemt palīdzību tūlīt</translation>
    </message>
    <message>
        <source>Take a breath. Guardian will go through this with you, one step at a time.</source>
        <translation>Ievelciet elpu. Guardian palīdzēs jums to izdarīt soli pa solim.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Is a child in immediate danger right now?</source>
        <translation>Vai bērns šobrīd ir tiešās briesmās?</translation>
    </message>
    <message>
        <source>&amp;Yes, a child is in danger</source>
        <translation>&amp;Jā, bērns ir briesmās</translation>
    </message>
    <message>
        <source>&amp;No, not right now</source>
        <translation>&amp;Nē, šobrīd ne</translation>
    </message>
    <message>
        <source>&amp;Continue to the next steps</source>
        <translation>&amp;Turpināt ar nākamajiem soļiem</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Kas notika?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tālāk</translation>
    </message>
    <message>
        <source>Where did it happen? (optional)</source>
        <translation>Kur tas notika? (nav obligāti)</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Kur tas notika</translation>
    </message>
    <message>
        <source>&amp;Show my plan</source>
        <translation>&amp;Rādīt manu plānu</translation>
    </message>
    <message>
        <source>Your action plan</source>
        <translation>Jūsu rīcības plāns</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Saglabāt kā &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Sākt &amp;no jauna</translation>
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
        <source>Some facts in this guide come from secondary sources because the platform&apos;s own pages could not be read. Check the official pages before relying on a menu path.</source>
        <translation>Daži fakti šajā pamācībā ņemti no citiem avotiem, jo platformas oficiālās lapas nebija iespējams izlasīt. Pirms paļaujaties uz izvēlnes ceļu, pārbaudiet to oficiālajās lapās.</translation>
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
    <name>HelpButton</name>
    <message>
        <source>Get help now</source>
        <translation>Saņemt palīdzību tūlīt</translation>
    </message>
    <message>
        <source>What to do, where to report and who can help (Ctrl+H)</source>
        <translation>Ko darīt, kur ziņot un kas var palīdzēt (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <source>Your school</source>
        <translation>Jūsu skola</translation>
    </message>
    <message>
        <source>Choose your country to see its helplines.</source>
        <translation>Izvēlieties savu valsti, lai redzētu tās palīdzības tālruņus.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Ārkārtas palīdzība</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policija</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Ātrā palīdzība</translation>
    </message>
    <message>
        <source>If a child is in danger now: %1</source>
        <translation>Ja bērns ir briesmās tagad: %1</translation>
    </message>
    <message>
        <source>No helplines are listed for this country yet.</source>
        <translation>Šai valstij palīdzības tālruņi vēl nav pievienoti.</translation>
    </message>
    <message>
        <source>Helplines and where to report</source>
        <translation>Palīdzības tālruņi un kur ziņot</translation>
    </message>
    <message>
        <source>Who to call or write to, and where to report what you have seen.</source>
        <translation>Kam zvanīt vai rakstīt un kur ziņot par redzēto.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Izvēlieties valsti</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: more than %2 entries.</source>
        <translation>%1: vairāk nekā %2 ieraksti.</translation>
    </message>
    <message>
        <source>Your household data was damaged, so Guardian restored the backup from %1. Changes made after that backup are missing. The damaged file was kept as %2.</source>
        <translation>Jūsu ģimenes dati bija bojāti, tāpēc Guardian atjaunoja rezerves kopiju no %1. Izmaiņas, kas veiktas pēc šīs kopijas, nav saglabājušās. Bojātais fails saglabāts kā %2.</translation>
    </message>
    <message>
        <source>Your household data was damaged and no usable backup was found, so Guardian started with empty household data. The damaged file was kept as %1.</source>
        <translation>Jūsu ģimenes dati bija bojāti, un derīga rezerves kopija netika atrasta, tāpēc Guardian sāka darbu ar tukšiem ģimenes datiem. Bojātais fails saglabāts kā %1.</translation>
    </message>
    <message>
        <source>Your household data was saved by a newer version of Guardian (data version %1; this version reads up to %2). Please install the newer version. Your data has not been changed.</source>
        <translation>Jūsu ģimenes datus saglabāja jaunāka Guardian versija (datu versija %1; šī versija spēj nolasīt līdz %2). Lūdzu, instalējiet jaunāko versiju. Jūsu dati nav mainīti.</translation>
    </message>
    <message>
        <source>Your household data is in use by another program (perhaps Guardian is already open). Close it and start Guardian again.</source>
        <translation>Jūsu ģimenes datus izmanto cita programma (iespējams, Guardian jau ir atvērts). Aizveriet to un palaidiet Guardian vēlreiz.</translation>
    </message>
    <message>
        <source>Guardian could not update your household data to this version. Nothing was changed or lost; household pages are unavailable until this is solved.</source>
        <translation>Guardian neizdevās atjaunināt jūsu ģimenes datus šai versijai. Nekas netika mainīts vai zaudēts; ģimenes sadaļas nebūs pieejamas, līdz problēma būs novērsta.</translation>
    </message>
    <message>
        <source>Guardian could not open your household data in %1. Nothing was deleted.</source>
        <translation>Guardian neizdevās atvērt jūsu ģimenes datus mapē %1. Nekas netika izdzēsts.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: jābūt tekstam.</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters.</source>
        <translation>%1: garāks par %2 rakstzīmēm.</translation>
    </message>
    <message>
        <source>%1: contains control characters.</source>
        <translation>%1: satur vadības rakstzīmes.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: nedrīkst būt tukšs.</translation>
    </message>
    <message>
        <source>%1: is not a valid identifier (for example %2).</source>
        <translation>%1: nav derīgs identifikators (piemēram, %2).</translation>
    </message>
    <message>
        <source>%1: the step is not one of %2&apos;s steps.</source>
        <translation>%1: šāda soļa nav ceļvedī %2.</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: jābūt veselam skaitlim no %2 līdz %3.</translation>
    </message>
    <message>
        <source>%1: must be a date written as YYYY-MM-DD.</source>
        <translation>%1: jābūt datumam formātā GGGG-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the date is not in the birth year %2.</source>
        <translation>%1: datums nav dzimšanas gadā %2.</translation>
    </message>
    <message>
        <source>%1: there is no item with id %2.</source>
        <translation>%1: nav ieraksta ar identifikatoru %2.</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once.</source>
        <translation>%1: %2 ir norādīts vairāk nekā vienu reizi.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a household file is much smaller.</source>
        <translation>Fails ir lielāks par %1 MB; ģimenes datu fails ir daudz mazāks.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Fails nav UTF-8 teksts.</translation>
    </message>
    <message>
        <source>The file is nested more deeply than a household file can be.</source>
        <translation>Faila struktūra ir dziļāka, nekā ģimenes datu failā iespējams.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2).</source>
        <translation>Fails nav derīgs JSON (%1. rinda, %2. kolonna).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Fails nav derīgs JSON.</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1: jābūt objektam.</translation>
    </message>
    <message>
        <source>%1: is not a field of this format.</source>
        <translation>%1: šajā formātā tāda lauka nav.</translation>
    </message>
    <message>
        <source>%1: is missing.</source>
        <translation>%1: trūkst.</translation>
    </message>
    <message>
        <source>%1: must be a list.</source>
        <translation>%1: jābūt sarakstam.</translation>
    </message>
    <message>
        <source>This is not a Guardian household file.</source>
        <translation>Šis nav Guardian ģimenes datu fails.</translation>
    </message>
    <message>
        <source>The file was written by a newer Guardian (format version %1; this version reads up to %2).</source>
        <translation>Failu izveidoja jaunāka Guardian versija (formāta versija %1; šī versija spēj nolasīt līdz %2).</translation>
    </message>
    <message>
        <source>child</source>
        <translation>bērns</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ierīce</translation>
    </message>
    <message>
        <source>A household can have at most %1 children.</source>
        <translation>Ģimenē var būt ne vairāk kā %1 bērni.</translation>
    </message>
    <message>
        <source>A child can have at most %1 devices and accounts.</source>
        <translation>Bērnam var būt ne vairāk kā %1 ierīces un konti.</translation>
    </message>
    <message>
        <source>The journal can hold at most %1 entries.</source>
        <translation>Žurnālā var būt ne vairāk kā %1 ieraksti.</translation>
    </message>
    <message>
        <source>A PIN is already set; change it with the current PIN.</source>
        <translation>PIN jau ir iestatīts; mainiet to, ievadot pašreizējo PIN.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 characters, without spaces at either end.</source>
        <translation>PIN jābūt no %1 līdz %2 rakstzīmēm, bez atstarpēm sākumā vai beigās.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Nekas netika importēts: vispirms neizdevās izveidot pašreizējo ģimenes datu rezerves kopiju (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Nekas netika importēts: ģimenes datus neizdevās saglabāt. Jūsu dati nav mainīti.</translation>
    </message>
</context>
<context>
    <name>Links</name>
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
    <message>
        <source>Clear search</source>
        <translation>Notīrīt meklēšanu</translation>
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
    <name>Plan</name>
    <message>
        <source>phone %1</source>
        <translation>tālr. %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>pārbaudīts %1</translation>
    </message>
    <message>
        <source>not confirmed: check before relying on it</source>
        <translation>nav apstiprināts: pārbaudiet, pirms paļaujaties</translation>
    </message>
    <message>
        <source>Plan made on %1 for %2.</source>
        <translation>Plāns sagatavots %1, valsts: %2.</translation>
    </message>
    <message>
        <source>This guidance is not yet translated; it is shown in English.</source>
        <translation>Šie padomi vēl nav iztulkoti, tāpēc tie redzami angliski.</translation>
    </message>
    <message>
        <source>If a child is in immediate danger, call %1 now.</source>
        <translation>Ja bērns ir tiešās briesmās, tūlīt zvaniet uz %1.</translation>
    </message>
    <message>
        <source>Keep your child safe and talk</source>
        <translation>Parūpējieties par bērna drošību un aprunājieties</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījumi</translation>
    </message>
    <message>
        <source>Do not screenshot, download, save or forward this material, not even to the police or the school. Write down only where you saw it (the web address, or the app and the username) and report that.</source>
        <translation>Neuzņemiet ekrānuzņēmumus, nelejupielādējiet, nesaglabājiet un nepārsūtiet šo materiālu, pat ne policijai vai skolai. Pierakstiet tikai to, kur to redzējāt (tīmekļa adresi vai lietotni un lietotājvārdu), un ziņojiet par to.</translation>
    </message>
    <message>
        <source>Report it where it happened</source>
        <translation>Ziņojiet tur, kur tas notika</translation>
    </message>
    <message>
        <source>Report it in %1 and block the person or account. Guardian&apos;s %1 guide shows how.</source>
        <translation>Ziņojiet par to platformā %1 un bloķējiet personu vai kontu. Guardian pamācībā par %1 parādīts, kā to izdarīt.</translation>
    </message>
    <message>
        <source>Report it in the app, game or website where it happened, with its report button, and block the person or account.</source>
        <translation>Ziņojiet par to lietotnē, spēlē vai vietnē, kur tas notika, ar tās ziņošanas pogu un bloķējiet personu vai kontu.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Ziņojiet</translation>
    </message>
    <message>
        <source>No reporting route for this is listed for your country yet. Call the police if a crime may have happened.</source>
        <translation>Jūsu valstij vēl nav norādīts, kur par to ziņot. Ja, iespējams, noticis noziegums, zvaniet policijai.</translation>
    </message>
    <message>
        <source>More help and advice</source>
        <translation>Vēl palīdzība un padomi</translation>
    </message>
    <message>
        <source>Getting pictures removed</source>
        <translation>Attēlu izņemšana</translation>
    </message>
    <message>
        <source>These free services help stop intimate pictures being shared on the platforms that take part. The picture never leaves your device.</source>
        <translation>Šie bezmaksas pakalpojumi palīdz apturēt intīmu attēlu izplatīšanu platformās, kas tajos piedalās. Attēls nekad neatstāj jūsu ierīci.</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Ar ko parunāt</translation>
    </message>
    <message>
        <source>No helpline is listed for your country yet.</source>
        <translation>Jūsu valstij vēl nav norādīts neviens palīdzības tālrunis.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Pēc tam</translation>
    </message>
    <message>
        <source>Tell the school if other pupils are involved. Check in with your child over the next days, and get support for yourself too. Write down what happened, what you did and any report numbers.</source>
        <translation>Ja iesaistīti citi skolēni, pastāstiet skolai. Nākamajās dienās interesējieties, kā bērnam klājas, un meklējiet atbalstu arī sev. Pierakstiet, kas notika, ko jūs darījāt, un ziņojumu numurus.</translation>
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
    <name>RatingSystemView</name>
    <message>
        <source>Labels</source>
        <translation>Marķējumi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Skaidrojums</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Avots: %1 · pārbaudīts %2</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Šis teksts vēl nav iztulkots, tāpēc tas redzams angliski.</translation>
    </message>
    <message>
        <source>%1 in other systems</source>
        <translation>%1 citās sistēmās</translation>
    </message>
    <message>
        <source>Systems judge content differently, so this compares the age only: it is an approximation, not an official equivalence.</source>
        <translation>Sistēmas saturu vērtē atšķirīgi, tāpēc šeit salīdzināts tikai vecums: tā ir aptuvena atbilsme, nevis oficiāla līdzvērtība.</translation>
    </message>
    <message>
        <source>(closest lower age)</source>
        <translation>(tuvākais zemākais vecums)</translation>
    </message>
    <message>
        <source>Content descriptors</source>
        <translation>Satura apraksti</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>Age ratings explained</source>
        <translation>Vecuma vērtējumi skaidroti</translation>
    </message>
    <message>
        <source>What the labels on games, films and apps mean, and what they do not tell you: ratings describe content, not who your child can meet or what they can buy.</source>
        <translation>Ko nozīmē marķējumi uz spēlēm, filmām un lietotnēm un ko tie nepasaka: vērtējums raksturo saturu, nevis to, ar ko bērns var satikties vai ko var nopirkt.</translation>
    </message>
    <message>
        <source>Find a label, e.g. PEGI 16, T or 12+</source>
        <translation>Meklēt marķējumu, piem., PEGI 16, T vai 12+</translation>
    </message>
    <message>
        <source>Find a label</source>
        <translation>Meklēt marķējumu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Rating systems</source>
        <translation>Vērtēšanas sistēmas</translation>
    </message>
    <message>
        <source>Is it right for my child?</source>
        <translation>Vai tas der manam bērnam?</translation>
    </message>
    <message>
        <source>Ages in law and terms</source>
        <translation>Vecums likumā un noteikumos</translation>
    </message>
</context>
<context>
    <name>RiskKinds</name>
    <message>
        <source>Harmful content</source>
        <translation>Kaitīgs saturs</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Uzvedība</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Saziņa ar svešiniekiem</translation>
    </message>
    <message>
        <source>Money, data and privacy</source>
        <translation>Nauda, dati un privātums</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Šis teksts vēl nav iztulkots, tāpēc tas redzams angliski.</translation>
    </message>
    <message>
        <source>Ways to start the conversation</source>
        <translation>Kā sākt sarunu</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Balstīts uz:</translation>
    </message>
    <message>
        <source>Online risks</source>
        <translation>Riski internetā</translation>
    </message>
    <message>
        <source>What can go wrong, the signs to notice, how to prevent it and what to do, for each age. Most children will meet some of these; talking early helps.</source>
        <translation>Kas var noiet greizi, kam pievērst uzmanību, kā no tā izvairīties un ko darīt – katram vecumam. Lielākā daļa bērnu ar kaut ko no tā saskarsies; laicīga saruna palīdz.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Visi vecumi</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>Bērna &amp;vecums:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Bērna vecums</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>About this risk</source>
        <translation>Par šo risku</translation>
    </message>
    <message>
        <source>Get help with this now</source>
        <translation>Saņemt palīdzību tūlīt</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Parunāsim par to</translation>
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
        <source>Get help</source>
        <translation>Saņemt palīdzību</translation>
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
    <name>ServiceCard</name>
    <message>
        <source>Open 24 hours, every day</source>
        <translation>Pieejams visu diennakti, katru dienu</translation>
    </message>
    <message>
        <source>Open: %1 (local time)</source>
        <translation>Darba laiks: %1 (vietējais laiks)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Valodas: %1</translation>
    </message>
    <message>
        <source>Free to call</source>
        <translation>Zvans ir bez maksas</translation>
    </message>
    <message>
        <source>Does not appear on the phone bill</source>
        <translation>Zvans netiek norādīts tālruņa rēķinā</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>Īsziņa: %1</translation>
    </message>
    <message>
        <source>Report online</source>
        <translation>Ziņot tiešsaistē</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Tērzēt tiešsaistē</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Not confirmed: please check this on the service&apos;s own website before relying on it.</source>
        <translation>Nav apstiprināts: pirms paļaujaties uz šo informāciju, pārbaudiet to dienesta tīmekļa vietnē.</translation>
    </message>
    <message>
        <source>The sources for this are old or disagree: check on the service&apos;s own website.</source>
        <translation>Šīs informācijas avoti ir veci vai atšķiras: pārbaudiet to dienesta tīmekļa vietnē.</translation>
    </message>
    <message>
        <source>Source: %1 · checked %2</source>
        <translation>Avots: %1 · pārbaudīts %2</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Tālruņa numurs %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopēt numuru</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation>Kopēt numuru %1</translation>
    </message>
    <message>
        <source>QR code to call %1 from a phone</source>
        <translation>QR kods, lai piezvanītu uz %1 no tālruņa</translation>
    </message>
    <message>
        <source>Scan with a phone to call</source>
        <translation>Noskenējiet ar tālruni, lai piezvanītu</translation>
    </message>
    <message>
        <source>QR code to open %1 on a phone</source>
        <translation>QR kods, lai atvērtu %1 tālrunī</translation>
    </message>
    <message>
        <source>Scan with a phone to open</source>
        <translation>Noskenējiet ar tālruni, lai atvērtu</translation>
    </message>
</context>
<context>
    <name>ServiceKinds</name>
    <message>
        <source>Helpline for children and young people</source>
        <translation>Uzticības tālrunis bērniem un jauniešiem</translation>
    </message>
    <message>
        <source>Children and teenagers can talk here about anything that worries them, including what happens online.</source>
        <translation>Bērni un pusaudži šeit var runāt par visu, kas viņus satrauc, arī par to, kas notiek internetā.</translation>
    </message>
    <message>
        <source>Helpline for parents</source>
        <translation>Atbalsta tālrunis vecākiem</translation>
    </message>
    <message>
        <source>Parents and carers can get advice about their child&apos;s safety and wellbeing.</source>
        <translation>Vecāki un aizbildņi var saņemt padomu par bērna drošību un labsajūtu.</translation>
    </message>
    <message>
        <source>Report illegal content</source>
        <translation>Ziņot par nelikumīgu saturu</translation>
    </message>
    <message>
        <source>Report child sexual abuse material and other illegal content found online. Give the web address; never send the material.</source>
        <translation>Ziņojiet par bērnu seksuālas vardarbības materiāliem un citu nelikumīgu saturu internetā. Norādiet tīmekļa adresi, bet pašu materiālu nekad nesūtiet.</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policija</translation>
    </message>
    <message>
        <source>Report crimes such as grooming, threats to share images, extortion and fraud.</source>
        <translation>Ziņojiet par noziegumiem, piemēram, bērnu pavedināšanu (grooming), draudiem izplatīt attēlus, izspiešanu un krāpšanu.</translation>
    </message>
    <message>
        <source>Safer Internet Centre</source>
        <translation>Drošāka interneta centrs</translation>
    </message>
    <message>
        <source>Advice for families and schools about children&apos;s safety online.</source>
        <translation>Padomi ģimenēm un skolām par bērnu drošību internetā.</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Uzraudzības iestāde</translation>
    </message>
    <message>
        <source>Takes complaints about online services and harmful content.</source>
        <translation>Pieņem sūdzības par tiešsaistes pakalpojumiem un kaitīgu saturu.</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Atbalsta dienests</translation>
    </message>
    <message>
        <source>Help and advice.</source>
        <translation>Palīdzība un padomi.</translation>
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
<context>
    <name>TalkPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>This text is not yet translated; it is shown in English.</source>
        <translation>Šis teksts vēl nav iztulkots, tāpēc tas redzams angliski.</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Sarunu ierosinājumi</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Saglabāt PDF formātā</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Parunāsim par to</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF failu neizdevās saglabāt: %1</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Vecums:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Iepriekšējais</translation>
    </message>
    <message>
        <source>&amp;Next idea</source>
        <translation>&amp;Nākamā ideja</translation>
    </message>
    <message>
        <source>Save sheet as &amp;PDF…</source>
        <translation>Saglabāt lapu kā &amp;PDF…</translation>
    </message>
    <message>
        <source>Conversation starter</source>
        <translation>Sarunas ierosinājums</translation>
    </message>
    <message>
        <source>Advice for this age</source>
        <translation>Padomi šim vecumam</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Suitable by age: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Piemērots pēc vecuma: %1 ir paredzēts no %2 gadu vecuma, un jūsu bērnam ir %3.</translation>
    </message>
    <message>
        <source>Not yet: %1 is meant for ages %2 and up, and your child is %3.</source>
        <translation>Vēl ne: %1 ir paredzēts no %2 gadu vecuma, bet jūsu bērnam ir %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more year(s), or look closely at the content first.</source>
        <translation>
            <numerusform>Pagaidiet vēl %n gadu vai vispirms rūpīgi iepazīstieties ar saturu.</numerusform>
            <numerusform>Pagaidiet vēl %n gadus vai vispirms rūpīgi iepazīstieties ar saturu.</numerusform>
            <numerusform>Pagaidiet vēl %n gadus vai vispirms rūpīgi iepazīstieties ar saturu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat and online play: the label does not cover who your child can talk to. Check the contact settings in the game&apos;s or app&apos;s guide.</source>
        <translation>Tērzēšana un spēlēšana tiešsaistē: marķējums neattiecas uz to, ar ko bērns var sarunāties. Pārbaudiet saziņas iestatījumus spēles vai lietotnes pamācībā.</translation>
    </message>
    <message>
        <source>Purchases: the label does not cover spending. Turn on purchase approval or a spending limit.</source>
        <translation>Pirkumi: marķējums neattiecas uz tēriņiem. Ieslēdziet pirkumu apstiprināšanu vai tēriņu limitu.</translation>
    </message>
    <message>
        <source>Content made by other players or users is not rated. Use the report and block tools and talk about what to do if something upsets your child.</source>
        <translation>Citu spēlētāju vai lietotāju veidots saturs netiek vērtēts. Izmantojiet ziņošanas un bloķēšanas rīkus un pārrunājiet, ko darīt, ja kaut kas bērnu sarūgtina.</translation>
    </message>
    <message>
        <source>Read the content descriptors next to the label: they say why it got this rating.</source>
        <translation>Izlasiet satura aprakstus blakus marķējumam: tie pasaka, kāpēc piešķirts šāds vērtējums.</translation>
    </message>
    <message>
        <source>Beyond the label:</source>
        <translation>Ko marķējums nepasaka:</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age:</source>
        <translation>Bērna &amp;vecums:</translation>
    </message>
    <message>
        <source>Rating &amp;system:</source>
        <translation>Vērtēšanas &amp;sistēma:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Marķējums:</translation>
    </message>
    <message>
        <source>Child&apos;s age</source>
        <translation>Bērna vecums</translation>
    </message>
    <message>
        <source>Rating system</source>
        <translation>Vērtēšanas sistēma</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Marķējums</translation>
    </message>
</context>
</TS>
