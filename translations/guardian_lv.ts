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
    <name>AgreementSheet</name>
    <message>
        <source>Screen time</source>
        <translation>Ekrāna laiks</translation>
    </message>
    <message>
        <source>Device-free times and places</source>
        <translation>Laiks un vietas bez ierīcēm</translation>
    </message>
    <message>
        <source>Apps, games and people</source>
        <translation>Lietotnes, spēles un cilvēki</translation>
    </message>
    <message>
        <source>When something upsets us</source>
        <translation>Ja kaut kas mūs apbēdina</translation>
    </message>
    <message>
        <source>What we parents promise</source>
        <translation>Ko apsolām mēs, vecāki</translation>
    </message>
    <message>
        <source>Our own rules</source>
        <translation>Mūsu pašu noteikumi</translation>
    </message>
    <message>
        <source>Agreement for %1</source>
        <translation>Vienošanās: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Noslēgta: %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Bērns: %1</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Vecāks vai aizbildnis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>vēl nav izlemts</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Add a child under Children and devices first. Then you can make a family agreement for them here.</source>
        <translation>Vispirms pievienojiet bērnu sadaļā “Bērni un ierīces”. Tad šeit varēsiet izveidot ģimenes vienošanos.</translation>
    </message>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (ieteicams šim vecumam)</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <translation>Saglabāts: %1.</translation>
    </message>
    <message>
        <source>Not saved yet: these are the suggestions for this age.</source>
        <translation>Vēl nav saglabāts: šie ir ieteikumi šim vecumam.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>vēl nav izlemts</translation>
    </message>
    <message>
        <source>Our choice</source>
        <translation>Mūsu izvēle</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Izmaiņas vēl nav saglabātas.</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Ģimenes vienošanās</translation>
    </message>
    <message>
        <source>Save the changes to this agreement first?</source>
        <translation>Vai vispirms saglabāt šīs vienošanās izmaiņas?</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Saglabāt vienošanos kā PDF</translation>
    </message>
    <message>
        <source>agreement-%1.pdf</source>
        <translation>vienosanas-%1.pdf</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saglabāts kā %1.</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Pa&amp;raugs:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bērns</translation>
    </message>
    <message>
        <source>Agreement template</source>
        <translation>Vienošanās paraugs</translation>
    </message>
    <message>
        <source>The template for the child&apos;s age is suggested; any other can be chosen.</source>
        <translation>Tiek ieteikts bērna vecumam atbilstošais paraugs; var izvēlēties arī jebkuru citu.</translation>
    </message>
    <message>
        <source>Items of the agreement</source>
        <translation>Vienošanās punkti</translation>
    </message>
    <message>
        <source>Press Space to include or leave out the selected item.</source>
        <translation>Nospiediet atstarpes taustiņu, lai iekļautu vai izlaistu atlasīto punktu.</translation>
    </message>
    <message>
        <source>&amp;Wording of the selected item:</source>
        <translation>Atlasītā punkta &amp;formulējums:</translation>
    </message>
    <message>
        <source>Wording of the selected item</source>
        <translation>Atlasītā punkta formulējums</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the &amp;suggested wording</source>
        <translation>Izmantot &amp;ieteikto formulējumu</translation>
    </message>
    <message>
        <source>&amp;Add our own rule</source>
        <translation>Pie&amp;vienot savu noteikumu</translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation>&amp;Noņemt šo noteikumu</translation>
    </message>
    <message>
        <source>&amp;Save agreement</source>
        <translation>&amp;Saglabāt vienošanos</translation>
    </message>
    <message>
        <source>Saves the included items for this child (%1).</source>
        <translation>Saglabā šim bērnam iekļautos punktus (%1).</translation>
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
        <source>The agreement is written and printed in %1, the household&apos;s language. Tick the items you want, change the wording and fill in the numbers together.</source>
        <translation>Vienošanās tiek rakstīta un drukāta %1 valodā, kas ir jūsu ģimenes valoda. Atzīmējiet vajadzīgos punktus, pielāgojiet formulējumu un kopā ierakstiet skaitļus.</translation>
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
    <name>ChecklistPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Paveikts: %1 no %2</translation>
    </message>
    <message>
        <source>Setup steps, %1 of %2 done</source>
        <translation>Iestatīšanas soļi; paveikts: %1 no %2</translation>
    </message>
    <message>
        <source>To tick these steps as you go, first add your child in the Family section.</source>
        <translation>Lai atzīmētu paveiktos soļus, vispirms pievienojiet savu bērnu sadaļā “Ģimene”.</translation>
    </message>
    <message>
        <source>None of your children&apos;s devices uses this guide yet. Add it to a child&apos;s devices to tick each step as you finish it.</source>
        <translation>Šī pamācība vēl nav piesaistīta nevienai jūsu bērnu ierīcei. Pievienojiet to kāda bērna ierīcēm, lai atzīmētu katru paveikto soli.</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices to keep a separate checklist for it.</source>
        <translation>Pievienojiet šo cita bērna ierīcēm, lai tai būtu savs kontrolsaraksts.</translation>
    </message>
    <message>
        <source>Your checklist</source>
        <translation>Jūsu kontrolsaraksts</translation>
    </message>
    <message>
        <source>Tick each step when you have done it on your child&apos;s device. Guardian notes the date, so you can see at the next review what was set up and when.</source>
        <translation>Atzīmējiet katru soli, tiklīdz tas bērna ierīcē ir izdarīts. Guardian saglabā datumu, lai nākamajā pārskatīšanā redzētu, kas un kad tika iestatīts.</translation>
    </message>
    <message>
        <source>&amp;Whose device:</source>
        <translation>Kura bērna &amp;ierīce:</translation>
    </message>
    <message>
        <source>Whose device or account this checklist is for</source>
        <translation>Kura bērna ierīcei vai kontam ir šis kontrolsaraksts</translation>
    </message>
    <message>
        <source>Add for another child…</source>
        <translation>Pievienot citam bērnam…</translation>
    </message>
    <message>
        <source>Add this to another child&apos;s devices</source>
        <translation>Pievienot šo cita bērna ierīcēm</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bērns</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Name of the device or account</source>
        <translation>Ierīces vai konta nosaukums</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s phone</source>
        <translation>Piemēram: Annas tālrunis</translation>
    </message>
    <message>
        <source>&amp;Add to this child&apos;s devices</source>
        <translation>&amp;Pievienot bērna ierīcēm</translation>
    </message>
    <message>
        <source>Add to this child&apos;s devices</source>
        <translation>Pievienot šī bērna ierīcēm</translation>
    </message>
    <message>
        <source>Go to Family</source>
        <translation>Uz sadaļu “Ģimene”</translation>
    </message>
    <message>
        <source>Go to the Family section to manage children and devices</source>
        <translation>Atvērt sadaļu “Ģimene”, lai pārvaldītu bērnus un ierīces</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Iestatīšanas soļi</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Checklists for %1</source>
        <translation>Kontrolsaraksti: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Izdrukāts: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Nākamā pārskatīšana: %1</translation>
    </message>
    <message>
        <source>Review due since %1</source>
        <translation>Pārskatīšana bija paredzēta: %1</translation>
    </message>
    <message>
        <source>Tick each step here as you do it on the device or account, then tick it in Guardian too. Platforms change their settings, so go through the steps again at every review.</source>
        <translation>Atzīmējiet šeit katru soli, kad to izdarāt ierīcē vai kontā, un pēc tam atzīmējiet to arī Guardian. Platformas maina savus iestatījumus, tāpēc katrā pārskatīšanā izejiet soļiem cauri vēlreiz.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: paveikts %2 no %3</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>izdarīts: %1</translation>
    </message>
    <message>
        <source>This guide has no setup steps.</source>
        <translation>Šajā pamācībā nav iestatīšanas soļu.</translation>
    </message>
    <message>
        <source>No devices or apps yet: add them in Guardian&apos;s Family section.</source>
        <translation>Vēl nav nevienas ierīces vai lietotnes: pievienojiet tās Guardian sadaļā “Ģimene”.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message numerus="yes">
        <source>Tick each setup step when you have done it on your child&apos;s device or account; Guardian notes the date. Platforms change their settings and add new ones, so go through each child&apos;s checklists again at every review. Guardian reminds you here when a review is due, every %n months unless you choose another interval.</source>
        <translation>
            <numerusform>Atzīmējiet katru iestatīšanas soli, tiklīdz tas bērna ierīcē vai kontā ir izdarīts; Guardian saglabā datumu. Platformas maina savus iestatījumus un pievieno jaunus, tāpēc katrā pārskatīšanā vēlreiz izejiet cauri katra bērna kontrolsarakstiem. Guardian šeit atgādinās, kad pienācis pārskatīšanas laiks – ik pēc %n mēneša, ja neizvēlaties citu intervālu.</numerusform>
            <numerusform>Atzīmējiet katru iestatīšanas soli, tiklīdz tas bērna ierīcē vai kontā ir izdarīts; Guardian saglabā datumu. Platformas maina savus iestatījumus un pievieno jaunus, tāpēc katrā pārskatīšanā vēlreiz izejiet cauri katra bērna kontrolsarakstiem. Guardian šeit atgādinās, kad pienācis pārskatīšanas laiks – ik pēc %n mēnešiem, ja neizvēlaties citu intervālu.</numerusform>
            <numerusform>Atzīmējiet katru iestatīšanas soli, tiklīdz tas bērna ierīcē vai kontā ir izdarīts; Guardian saglabā datumu. Platformas maina savus iestatījumus un pievieno jaunus, tāpēc katrā pārskatīšanā vēlreiz izejiet cauri katra bērna kontrolsarakstiem. Guardian šeit atgādinās, kad pienācis pārskatīšanas laiks – ik pēc %n mēnešiem, ja neizvēlaties citu intervālu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your children and their devices and apps in the Children and devices tab: their checklists will appear here.</source>
        <translation>Pievienojiet savus bērnus, viņu ierīces un lietotnes cilnē “Bērni un ierīces” – šeit parādīsies viņu kontrolsaraksti.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrolsaraksti</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>Devices and apps</source>
        <translation>Ierīces un lietotnes</translation>
    </message>
    <message>
        <source>No devices or apps yet.</source>
        <translation>Vēl nav pievienota neviena ierīce vai lietotne.</translation>
    </message>
    <message>
        <source>Add devices and apps</source>
        <translation>Pievienot ierīces un lietotnes</translation>
    </message>
    <message>
        <source>Add devices and apps for %1</source>
        <translation>Pievienot ierīces un lietotnes: %1</translation>
    </message>
    <message>
        <source>Time to review the settings (due %1).</source>
        <translation>Laiks pārskatīt iestatījumus (termiņš: %1).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Atzīmēt kā pārskatītu</translation>
    </message>
    <message>
        <source>Mark reviewed: %1</source>
        <translation>Atzīmēt kā pārskatītu: %1</translation>
    </message>
    <message>
        <source>Records that you checked this child&apos;s settings today; the next review is planned from now.</source>
        <translation>Saglabā, ka šodien pārbaudījāt šī bērna iestatījumus; nākamā pārskatīšana tiks plānota no šodienas.</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Nākamā iestatījumu pārskatīšana: %1</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Drīzumā</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n gads</numerusform>
            <numerusform>%n gadi</numerusform>
            <numerusform>%n gadu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 years old (born in %3)</source>
        <translation>Vecums: %1 vai %2 (dzimšanas gads: %3)</translation>
    </message>
    <message>
        <source>Setup checklist for %1</source>
        <translation>Iestatīšanas kontrolsaraksts: %1</translation>
    </message>
    <message>
        <source>%1. Opens the %2 guide.</source>
        <translation>%1. Atver pamācību: %2.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Labot bērna datus</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Pievienot bērnu</translation>
    </message>
    <message>
        <source>&amp;Name or nickname:</source>
        <translation>&amp;Vārds vai iesauka:</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>Dzimšanas &amp;gads:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Dzimšanas &amp;datums:</translation>
    </message>
    <message>
        <source>N&amp;otes (only for you):</source>
        <translation>&amp;Piezīmes (tikai jums):</translation>
    </message>
    <message>
        <source>I want to give the e&amp;xact birth date</source>
        <translation>Norādīt p&amp;recīzu dzimšanas datumu</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Vārds vai iesauka</translation>
    </message>
    <message>
        <source>A nickname is enough; it stays on this computer.</source>
        <translation>Pietiek ar iesauku; tā paliek tikai šajā datorā.</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Dzimšanas gads</translation>
    </message>
    <message>
        <source>Give the exact birth date</source>
        <translation>Norādīt precīzu dzimšanas datumu</translation>
    </message>
    <message>
        <source>With the exact date, Guardian can tell the day a birthday milestone is reached.</source>
        <translation>Ja datums ir precīzs, Guardian var pateikt, kurā dienā bērns sasniegs nākamo vecuma slieksni.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Dzimšanas datums</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
</context>
<context>
    <name>ChildRatingsPanel</name>
    <message>
        <source>during %1</source>
        <translation>%1. gada laikā</translation>
    </message>
    <message>
        <source>Born in %1, so %2 or %3 years old. Without the birthday, Guardian counts %2 until the year is over: add the date of birth to be exact.</source>
        <translation>Dzimis %1. gadā, tātad %2 vai %3 gadus vecs. Nezinot dzimšanas dienu, Guardian līdz gada beigām rēķina %2 gadus; lai būtu precīzi, norādiet dzimšanas datumu.</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>Vecums: %1 gadi.</translation>
    </message>
    <message>
        <source>The family profile is locked with a PIN. Unlock it on the Home or Family page.</source>
        <translation>Ģimenes profils ir aizslēgts ar PIN. Atslēdziet to sadaļā “Sākums” vai “Ģimene”.</translation>
    </message>
    <message>
        <source>Add your children in the Family section to see, for each of them, which age labels suit them now, which platforms they are old enough for, and when that changes. To check one label for any age, use “Is it right for my child?”.</source>
        <translation>Pievienojiet savus bērnus sadaļā “Ģimene”, un šeit katram redzēsiet, kuri vecuma marķējumi viņam der jau tagad, kurām platformām viņš ir pietiekami vecs un kad tas mainīsies. Lai pārbaudītu vienu marķējumu jebkuram vecumam, izmantojiet “Vai tas der manam bērnam?”.</translation>
    </message>
    <message>
        <source>Age labels</source>
        <translation>Vecuma marķējumi</translation>
    </message>
    <message>
        <source>Choose your country in Settings to see the rating systems used there.</source>
        <translation>Izvēlieties savu valsti iestatījumos, lai redzētu tur lietotās vērtēšanas sistēmas.</translation>
    </message>
    <message>
        <source>Age labels used in %1</source>
        <translation>Vecuma marķējumi, ko lieto: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>vēl neviens</translation>
    </message>
    <message>
        <source>%1 during %2</source>
        <translation>%1 %2. gada laikā</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>every label</source>
        <translation>visi marķējumi</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistēma</translation>
    </message>
    <message>
        <source>Suits now, up to</source>
        <translation>Der jau tagad, līdz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>A label says what the content is like, not who your child can meet in it: chat, purchases and what other players post are not rated. See the guide for each game or app.</source>
        <translation>Marķējums raksturo saturu, nevis to, ar ko bērns tajā var satikties: tērzēšana, pirkumi un citu spēlētāju publicētais netiek vērtēti. Skatiet katras spēles vai lietotnes pamācību.</translation>
    </message>
    <message>
        <source>Minimum ages in the platforms&apos; terms</source>
        <translation>Minimālais vecums platformu noteikumos</translation>
    </message>
    <message>
        <source>old enough</source>
        <translation>pietiekami vecs</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>no %1</translation>
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
        <source>Your child</source>
        <translation>Jūsu bērns</translation>
    </message>
    <message>
        <source>Platforms your child uses are in bold. Under the minimum age, a child should not have their own account; many platforms offer a supervised or child account.</source>
        <translation>Platformas, kuras bērns izmanto, ir treknrakstā. Ja bērns nav sasniedzis minimālo vecumu, viņam nevajadzētu būt savam kontam; daudzas platformas piedāvā uzraudzītu vai bērna kontu.</translation>
    </message>
    <message>
        <source>The digital age of consent</source>
        <translation>Digitālās piekrišanas vecums</translation>
    </message>
    <message>
        <source>In %1 it is %2, and your child has reached it: online services may use their personal data on the basis of their own consent.</source>
        <translation>%1: tas ir %2 gadi, un jūsu bērns to ir sasniedzis: tiešsaistes pakalpojumi var apstrādāt viņa personas datus, pamatojoties uz paša bērna piekrišanu.</translation>
    </message>
    <message>
        <source>In %1 it is %2. Until then (%3), online services need your consent to use your child&apos;s personal data on the basis of consent.</source>
        <translation>%1: tas ir %2 gadi. Līdz tam (%3) tiešsaistes pakalpojumiem, kas bērna personas datus apstrādā uz piekrišanas pamata, vajadzīga jūsu piekrišana.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Avots: %1</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bērns</translation>
    </message>
    <message>
        <source>Ratings and ages for this child</source>
        <translation>Vērtējumi un vecuma robežas šim bērnam</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message>
        <source>Save the checklists as PDF</source>
        <translation>Saglabāt kontrolsarakstus kā PDF</translation>
    </message>
    <message>
        <source>checklists-%1.pdf</source>
        <translation>kontrolsaraksti-%1.pdf</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrolsaraksti</translation>
    </message>
    <message>
        <source>Review due since %1. Go through the checklists below again: platforms change their settings and add new ones.</source>
        <translation>Pārskatīšanas laiks pienāca %1. Vēlreiz izejiet cauri tālāk redzamajiem kontrolsarakstiem: platformas maina savus iestatījumus un pievieno jaunus.</translation>
    </message>
    <message>
        <source>Next review: %1 (last one: %2)</source>
        <translation>Nākamā pārskatīšana: %1 (iepriekšējā: %2)</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Atzīmēt, ka pārskatīts šodien</translation>
    </message>
    <message>
        <source>Mark the review for %1 as done today</source>
        <translation>Atzīmēt, ka pārskatīšana šodien veikta: %1</translation>
    </message>
    <message>
        <source>&amp;Months between reviews:</source>
        <translation>&amp;Mēneši starp pārskatīšanām:</translation>
    </message>
    <message>
        <source>Months between reviews for %1</source>
        <translation>Mēneši starp pārskatīšanām: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save the checklists for %1 as PDF</source>
        <translation>Saglabāt kontrolsarakstus kā PDF: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Print the checklists for %1</source>
        <translation>Drukāt kontrolsarakstus: %1</translation>
    </message>
    <message>
        <source>No devices or apps for %1 yet: add them in the Children and devices tab.</source>
        <translation>%1: vēl nav pievienota neviena ierīce vai lietotne. Pievienojiet tās cilnē “Bērni un ierīces”.</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (dz. %2)</translation>
    </message>
    <message>
        <source>&amp;Devices and apps of %1:</source>
        <translation>I&amp;erīces un lietotnes (%1):</translation>
    </message>
    <message>
        <source>&amp;Devices and apps:</source>
        <translation>I&amp;erīces un lietotnes:</translation>
    </message>
    <message>
        <source>Next settings review: %1</source>
        <translation>Nākamā iestatījumu pārskatīšana: %1</translation>
    </message>
    <message>
        <source>Delete %1 from this computer? This also deletes %2, %3 and %4, and the review reminder. Journal entries stay, without the child&apos;s name.</source>
        <translation>Dzēst bērnu “%1” no šī datora? Tiks dzēsts arī: %2, %3, %4 un pārskatīšanas atgādinājums. Žurnāla ieraksti paliks, taču bez bērna vārda.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) and app(s)</source>
        <translation>
            <numerusform>%n ierīce vai lietotne</numerusform>
            <numerusform>%n ierīces un lietotnes</numerusform>
            <numerusform>%n ierīču un lietotņu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked checklist step(s)</source>
        <translation>
            <numerusform>%n atzīmēts kontrolsaraksta solis</numerusform>
            <numerusform>%n atzīmēti kontrolsaraksta soļi</numerusform>
            <numerusform>%n atzīmētu kontrolsaraksta soļu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n ģimenes vienošanās</numerusform>
            <numerusform>%n ģimenes vienošanās</numerusform>
            <numerusform>%n ģimenes vienošanos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete child</source>
        <translation>Dzēst bērnu</translation>
    </message>
    <message>
        <source>Remove %1? This also deletes %2.</source>
        <translation>Noņemt “%1”? Tiks dzēsts arī: %2.</translation>
    </message>
    <message>
        <source>Remove device or app</source>
        <translation>Noņemt ierīci vai lietotni</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Bērni:</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Bērni</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Pievienot bērnu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Labot izvēlētā bērna datus</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>Delete the chosen child</source>
        <translation>Dzēst izvēlēto bērnu</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Ierīces un lietotnes</translation>
    </message>
    <message>
        <source>Add a de&amp;vice or app…</source>
        <translation>Pievienot &amp;ierīci vai lietotni…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Pārdē&amp;vēt…</translation>
    </message>
    <message>
        <source>Rename the chosen device or app</source>
        <translation>Pārdēvēt izvēlēto ierīci vai lietotni</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Noņemt…</translation>
    </message>
    <message>
        <source>Remove the chosen device or app</source>
        <translation>Noņemt izvēlēto ierīci vai lietotni</translation>
    </message>
    <message>
        <source>Review the settings every (&amp;months):</source>
        <translation>Pārskatīt iestatījumus ik pēc (&amp;mēnešiem):</translation>
    </message>
    <message>
        <source>Months between settings reviews</source>
        <translation>Mēneši starp iestatījumu pārskatīšanām</translation>
    </message>
    <message>
        <source>Home reminds you when it is time to check this child&apos;s settings again.</source>
        <translation>Sadaļā “Sākums” tiks atgādināts, kad laiks atkal pārbaudīt šī bērna iestatījumus.</translation>
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
    <name>Crimes</name>
    <message>
        <source>child sexual abuse material</source>
        <translation>bērnu seksuālas vardarbības materiāli</translation>
    </message>
    <message>
        <source>grooming</source>
        <translation>bērnu pavedināšana (grooming)</translation>
    </message>
    <message>
        <source>sextortion</source>
        <translation>seksuāla izspiešana</translation>
    </message>
    <message>
        <source>sharing a child&apos;s intimate images</source>
        <translation>bērna intīmu attēlu izplatīšana</translation>
    </message>
    <message>
        <source>threats and harassment online</source>
        <translation>draudi un vajāšana internetā</translation>
    </message>
    <message>
        <source>hate crime</source>
        <translation>naida noziegumi</translation>
    </message>
    <message>
        <source>encouraging self-harm or suicide</source>
        <translation>mudināšana uz paškaitējumu vai pašnāvību</translation>
    </message>
    <message>
        <source>terrorist and violent extremist content</source>
        <translation>teroristisks un vardarbīgi ekstrēmistisks saturs</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>krāpšana</translation>
    </message>
    <message>
        <source>misuse of personal data</source>
        <translation>personas datu ļaunprātīga izmantošana</translation>
    </message>
    <message>
        <source>hacking</source>
        <translation>uzlaušana</translation>
    </message>
    <message>
        <source>dangerous challenges</source>
        <translation>bīstami izaicinājumi</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Delete all household data?</source>
        <translation>Dzēst visus ģimenes datus?</translation>
    </message>
    <message>
        <source>Delete all household data</source>
        <translation>Dzēst visus ģimenes datus</translation>
    </message>
    <message>
        <source>A forgotten PIN cannot be recovered or bypassed. The only way back is to delete all household data and start again.</source>
        <translation>Aizmirstu PIN nevar ne atjaunot, ne apiet. Vienīgais ceļš atpakaļ ir izdzēst visus ģimenes datus un sākt no jauna.</translation>
    </message>
    <message>
        <source>This deletes from this computer, for good: your children&apos;s nicknames and birth years, their devices, the ticked steps, your family agreements, the journal, the parent PIN and every automatic backup of them. It cannot be undone.</source>
        <translation>No šī datora neatgriezeniski tiks izdzēsti: jūsu bērnu vārdi vai iesaukas un dzimšanas gadi, viņu ierīces, atzīmētie soļi, ģimenes vienošanās, žurnāls, vecāku PIN un visas to automātiskās rezerves kopijas. To nevarēs atsaukt.</translation>
    </message>
    <message>
        <source>The guides, helplines and your settings stay. If you exported your household to a file earlier, you can import it again afterwards.</source>
        <translation>Pamācības, palīdzības tālruņi un jūsu iestatījumi paliks. Ja iepriekš eksportējāt ģimenes datus failā, pēc tam tos varēsiet importēt atkal.</translation>
    </message>
    <message>
        <source>Replace the household?</source>
        <translation>Aizstāt ģimenes datus?</translation>
    </message>
    <message>
        <source>Replace and import</source>
        <translation>Aizstāt un importēt</translation>
    </message>
    <message>
        <source>%1 holds:</source>
        <translation>Failā %1 ir:</translation>
    </message>
    <message>
        <source>Importing replaces the whole household now on this computer with the one in this file. Guardian first backs up the current household in %1. The parent PIN stays as it is.</source>
        <translation>Importējot visi ģimenes dati, kas tagad ir šajā datorā, tiks aizstāti ar šajā failā esošajiem. Vispirms Guardian saglabās pašreizējo datu rezerves kopiju mapē %1. Vecāku PIN paliks tāds pats.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Enter the parent PIN to export the household.</source>
        <translation>Lai eksportētu ģimenes datus, ievadiet vecāku PIN.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to import a household.</source>
        <translation>Lai importētu ģimenes datus, ievadiet vecāku PIN.</translation>
    </message>
    <message>
        <source>Enter the parent PIN to delete all household data.</source>
        <translation>Lai izdzēstu visus ģimenes datus, ievadiet vecāku PIN.</translation>
    </message>
    <message>
        <source>Export the household</source>
        <translation>Eksportēt ģimenes datus</translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation>Ģimenes datu faili (*.json)</translation>
    </message>
    <message>
        <source>The household was not exported</source>
        <translation>Ģimenes dati netika eksportēti</translation>
    </message>
    <message>
        <source>The household was exported to %1. The file holds your children&apos;s details: keep it somewhere private.</source>
        <translation>Ģimenes dati eksportēti failā %1. Tajā ir jūsu bērnu dati, tāpēc glabājiet to drošā vietā.</translation>
    </message>
    <message>
        <source>Import a household</source>
        <translation>Importēt ģimenes datus</translation>
    </message>
    <message>
        <source>Household files (*.json);;All files (*)</source>
        <translation>Ģimenes datu faili (*.json);;Visi faili (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Šo failu nevar importēt</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The household was not imported</source>
        <translation>Ģimenes dati netika importēti</translation>
    </message>
    <message>
        <source>The household from %1 was imported. The household from before was backed up as %2.</source>
        <translation>Ģimenes dati no faila %1 ir importēti. Iepriekšējo datu rezerves kopija saglabāta kā %2.</translation>
    </message>
    <message>
        <source>Not everything was deleted</source>
        <translation>Ne viss tika izdzēsts</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Dažus ģimenes datu failus neizdevās izdzēst: %1</translation>
    </message>
    <message>
        <source>All household data was deleted from this computer. The guides and your settings are still here.</source>
        <translation>Visi ģimenes dati ir izdzēsti no šī datora. Pamācības un jūsu iestatījumi ir saglabājušies.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Jūsu ģimenes dati</translation>
    </message>
    <message>
        <source>What you enter about your family stays on this computer, in this folder, readable only by your user account. Guardian keeps automatic backups of it in the backups folder inside it.</source>
        <translation>Tas, ko ievadāt par savu ģimeni, paliek šajā datorā, šajā mapē, un to var lasīt tikai jūsu lietotāja konts. Automātiskās rezerves kopijas Guardian glabā tajā esošajā rezerves kopiju mapē.</translation>
    </message>
    <message>
        <source>Household data folder</source>
        <translation>Ģimenes datu mape</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Eksportēt...</translation>
    </message>
    <message>
        <source>Export the household to a file</source>
        <translation>Eksportēt ģimenes datus failā</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>Imp&amp;ortēt...</translation>
    </message>
    <message>
        <source>Import a household from a file</source>
        <translation>Importēt ģimenes datus no faila</translation>
    </message>
    <message>
        <source>Replaces the household on this computer, after a backup.</source>
        <translation>Aizstāj šajā datorā esošos ģimenes datus, vispirms izveidojot rezerves kopiju.</translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation>&amp;Dzēst visus manus datus...</translation>
    </message>
    <message>
        <source>Delete all my household data</source>
        <translation>Dzēst visus manus ģimenes datus</translation>
    </message>
    <message>
        <source>Deletes children, devices, ticks, agreements, journal, PIN and backups. Guides stay.</source>
        <translation>Izdzēš bērnus, ierīces, atzīmes, vienošanās, žurnālu, PIN un rezerves kopijas. Pamācības paliek.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n bērns</numerusform>
            <numerusform>%n bērni</numerusform>
            <numerusform>%n bērnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n ierīce</numerusform>
            <numerusform>%n ierīces</numerusform>
            <numerusform>%n ierīču</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n atzīmēts solis</numerusform>
            <numerusform>%n atzīmēti soļi</numerusform>
            <numerusform>%n atzīmētu soļu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family agreement(s)</source>
        <translation>
            <numerusform>%n ģimenes vienošanās</numerusform>
            <numerusform>%n ģimenes vienošanās</numerusform>
            <numerusform>%n ģimenes vienošanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(-ies)</source>
        <translation>
            <numerusform>%n žurnāla ieraksts</numerusform>
            <numerusform>%n žurnāla ieraksti</numerusform>
            <numerusform>%n žurnāla ierakstu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Choose a device or app from the list.</source>
        <translation>Izvēlieties ierīci vai lietotni no saraksta.</translation>
    </message>
    <message>
        <source>Add a device or app</source>
        <translation>Pievienot ierīci vai lietotni</translation>
    </message>
    <message>
        <source>Rename a device or app</source>
        <translation>Pārdēvēt ierīci vai lietotni</translation>
    </message>
    <message>
        <source>&amp;Label, for example “Anna&apos;s phone”:</source>
        <translation>&amp;Nosaukums, piemēram, “Annas tālrunis”:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
</context>
<context>
    <name>DeviceSection</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: paveikts %2 no %3</translation>
    </message>
    <message>
        <source>Hide steps</source>
        <translation>Paslēpt soļus</translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation>Rādīt soļus</translation>
    </message>
    <message>
        <source>Show the steps for %1</source>
        <translation>Rādīt soļus: %1</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Atvērt pamācību</translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation>Atvērt pamācību: %1</translation>
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
        <translation>Ģimene</translation>
    </message>
    <message>
        <source>Your children, their devices and apps, the setup checklists, your family agreement and an optional journal. All of it stays on this computer.</source>
        <translation>Jūsu bērni, viņu ierīces un lietotnes, iestatīšanas kontrolsaraksti, ģimenes vienošanās un, ja vēlaties, žurnāls. Viss tiek glabāts tikai šajā datorā.</translation>
    </message>
    <message>
        <source>Children and devices</source>
        <translation>Bērni un ierīces</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrolsaraksti</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Ģimenes vienošanās</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Žurnāls</translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Call %1 now.</source>
        <translation>Zvaniet uz %1 tūlīt.</translation>
    </message>
    <message>
        <source>Call your local emergency number now.</source>
        <translation>Tūlīt zvaniet uz vietējo ārkārtas palīdzības numuru.</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Choose your country above to see it here.</source>
        <translation>Tūlīt zvaniet uz vietējo ārkārtas palīdzības numuru. Izvēlieties savu valsti augšā, lai redzētu to šeit.</translation>
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
        <source>Choose your country</source>
        <translation>Izvēlieties savu valsti</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Cita valsts</translation>
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
        <source>The steps are in your checklist, where you can tick each one as you finish it.</source>
        <translation>Soļi ir jūsu kontrolsarakstā – tur varat atzīmēt katru paveikto soli.</translation>
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
        <source>In some countries the terms set another age: %1.</source>
        <translation>Dažās valstīs noteikumos ir cits vecums: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a country and its minimum age</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App store age rating: %1</source>
        <translation>Vecuma vērtējums lietotņu veikalā: %1</translation>
    </message>
    <message>
        <source>Some facts in this guide come from secondary sources because the platform&apos;s own pages could not be read. Check the official pages before relying on a menu path.</source>
        <translation>Daži fakti šajā pamācībā ņemti no sekundāriem avotiem, jo platformas oficiālās lapas nebija iespējams izlasīt. Pirms paļaujaties uz izvēlnes ceļu, pārbaudiet to oficiālajās lapās.</translation>
    </message>
    <message>
        <source>Facts checked on %1 against the platform&apos;s own pages (%2).</source>
        <translation>Fakti salīdzināti ar platformas oficiālajām lapām (%2). Pārbaudīts: %1.</translation>
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
    <message>
        <source>Your checklist</source>
        <translation>Jūsu kontrolsaraksts</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <source>Your checklist: %1 of %2 done</source>
        <translation>Jūsu kontrolsaraksts: paveikts %1 no %2</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>All</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Our family&apos;s devices and apps</source>
        <translation>Mūsu ģimenes ierīces un lietotnes</translation>
    </message>
    <message>
        <source>Parental controls, device by device</source>
        <translation>Vecāku kontrole katrai ierīcei</translation>
    </message>
    <message>
        <source>Choose what your child uses to see its controls, how to set them up, what they cannot do, and how to report a problem.</source>
        <translation>Izvēlieties, ko lieto jūsu bērns, lai redzētu pieejamās vecāku kontroles iespējas, kā tās iestatīt, ko tās nespēj un kā ziņot par problēmu.</translation>
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
        <source>What to do, where to report and who can help (%1)</source>
        <translation>Ko darīt, kur ziņot un kas var palīdzēt (%1)</translation>
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
        <translation>Ja bērns šobrīd ir briesmās: %1</translation>
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
    <name>HomePage</name>
    <message>
        <source>old enough for %1 under its terms</source>
        <translation>drīkstēs lietot %1 (saskaņā ar tā noteikumiem)</translation>
    </message>
    <message>
        <source>old enough for %1 under their terms</source>
        <translation>drīkstēs lietot %1 (saskaņā ar to noteikumiem)</translation>
    </message>
    <message>
        <source>reaches the digital age of consent in %1</source>
        <translation>sasniegs digitālās piekrišanas vecumu (%1)</translation>
    </message>
    <message>
        <source>turns %1 in %2: %3</source>
        <translation>%2. gadā – %1 gadu vecumā: %3</translation>
    </message>
    <message>
        <source>turns %1 on %2: %3</source>
        <translation>%2 – %1 gadu vecumā: %3</translation>
    </message>
    <message>
        <source>Your family</source>
        <translation>Jūsu ģimene</translation>
    </message>
    <message>
        <source>What to set up and check next for each child. Everything here stays on this computer.</source>
        <translation>Ko katram bērnam iestatīt un pārbaudīt tālāk. Viss šeit paliek tikai šajā datorā.</translation>
    </message>
    <message>
        <source>Tell Guardian about your children and the devices and apps they use, and Home will show what to set up next, when to check the settings again and which ages are coming. You can also read the guides without saving anything.</source>
        <translation>Pastāstiet Guardian par saviem bērniem un viņu ierīcēm un lietotnēm, un šeit redzēsiet, ko iestatīt tālāk, kad atkal pārbaudīt iestatījumus un kāds vecums tuvojas. Pamācības varat lasīt arī, neko nesaglabājot.</translation>
    </message>
    <message>
        <source>Your school has switched off the Family section on this computer, so no children are saved here. The guides, risks, age ratings and helplines work as usual.</source>
        <translation>Jūsu skola šajā datorā ir izslēgusi sadaļu “Ģimene”, tāpēc šeit netiek saglabāti bērnu dati. Pamācības, riski, vecuma vērtējumi un palīdzības tālruņi darbojas kā parasti.</translation>
    </message>
    <message>
        <source>&amp;Set up your family</source>
        <translation>&amp;Pievienot savu ģimeni</translation>
    </message>
    <message>
        <source>Set up your family</source>
        <translation>Pievienot savu ģimeni</translation>
    </message>
    <message>
        <source>&amp;Open the guides</source>
        <translation>&amp;Atvērt pamācības</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Atvērt pamācības</translation>
    </message>
    <message>
        <source>&amp;Manage children and devices</source>
        <translation>&amp;Pārvaldīt bērnus un ierīces</translation>
    </message>
    <message>
        <source>Manage children and devices</source>
        <translation>Pārvaldīt bērnus un ierīces</translation>
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
        <source>Guardian could not open your household data in %1. Nothing was deleted. Check that the disk is not full and that this folder can be written to, then start Guardian again. On a school computer, ask your school&apos;s IT contact.</source>
        <translation>Guardian neizdevās atvērt jūsu ģimenes datus mapē %1. Nekas netika izdzēsts. Pārbaudiet, vai diskā ir brīva vieta un vai šajā mapē var rakstīt, un tad atveriet Guardian vēlreiz. Skolas datorā jautājiet skolas IT atbildīgajam.</translation>
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
        <translation>%1: šāda soļa nav pamācībā %2.</translation>
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
        <source>%1: this is after today&apos;s date on this computer (%2). Nothing was imported: please check the file, or the computer&apos;s date.</source>
        <translation>%1: tas ir vēlāk par šodienas datumu šajā datorā (%2). Nekas netika importēts: lūdzu, pārbaudiet failu vai datora datumu.</translation>
    </message>
    <message>
        <source>Nothing was imported: the current household could not be backed up first (%1).</source>
        <translation>Nekas netika importēts: vispirms neizdevās izveidot pašreizējo ģimenes datu rezerves kopiju (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the household could not be saved. Your data is unchanged.</source>
        <translation>Nekas netika importēts: ģimenes datus neizdevās saglabāt. Jūsu dati nav mainīti.</translation>
    </message>
    <message>
        <source>Your household data</source>
        <translation>Jūsu ģimenes dati</translation>
    </message>
    <message>
        <source>Guardian could not read your household data (%1). Nothing was changed. Close Guardian and start it again: at start it checks the data and, if the file is damaged, restores the newest backup.</source>
        <translation>Guardian nevarēja nolasīt jūsu ģimenes datus (%1). Nekas netika mainīts. Aizveriet Guardian un atveriet to vēlreiz: atverot tas pārbauda datus un, ja fails ir bojāts, atjauno jaunāko rezerves kopiju.</translation>
    </message>
</context>
<context>
    <name>JournalSheet</name>
    <message>
        <source>Incident journal</source>
        <translation>Notikumu žurnāls</translation>
    </message>
    <message>
        <source>Entries about %1</source>
        <translation>Ieraksti par bērnu: %1</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Visi ieraksti</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Izdrukāts: %1</translation>
    </message>
    <message>
        <source>Written down by the family at the time. Text only: no pictures or files are kept with this journal.</source>
        <translation>Pierakstījusi ģimene notikumu laikā. Tikai teksts: šim žurnālam netiek pievienoti attēli vai faili.</translation>
    </message>
    <message>
        <source>There are no entries.</source>
        <translation>Ierakstu nav.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ko izdarījām</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Ziņojumi</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Ziņojumu numuri</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>All entries</source>
        <translation>Visi ieraksti</translation>
    </message>
    <message>
        <source>Reference numbers: %1</source>
        <translation>Ziņojumu numuri: %1</translation>
    </message>
    <message>
        <source>Not about one child</source>
        <translation>Neattiecas uz konkrētu bērnu</translation>
    </message>
    <message>
        <source>None or not listed</source>
        <translation>Nav vai nav sarakstā</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Dzēst ierakstu</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Vai dzēst šo žurnāla ierakstu? To nevarēs atsaukt.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Žurnāls</translation>
    </message>
    <message>
        <source>Save the changes to this journal entry first?</source>
        <translation>Vai vispirms saglabāt šī žurnāla ieraksta izmaiņas?</translation>
    </message>
    <message>
        <source>Save the journal as PDF</source>
        <translation>Saglabāt žurnālu kā PDF</translation>
    </message>
    <message>
        <source>journal.pdf</source>
        <translation>zurnals.pdf</translation>
    </message>
    <message>
        <source>This journal is optional and private: it stays on this computer, behind your PIN if you set one. Write down soon after what happened, in your own words: the date, what you did, which reports you made and their reference numbers. A school or the police may ask for exactly this. The journal keeps words only, never pictures or files, so that nothing that could hurt a child again is stored here. Keep screenshots of bullying or threats where you already keep them, and note here where they are.</source>
        <translation>Šo žurnālu vest nav obligāti, un tas ir privāts: tas paliek šajā datorā, aizsargāts ar jūsu PIN, ja tāds ir iestatīts. Drīz pēc notikušā pierakstiet saviem vārdiem, kas notika: datumu, ko jūs darījāt, kur ziņojāt un kādi bija ziņojumu numuri. Tieši to var lūgt skola vai policija. Žurnālā glabājas tikai vārdi, nekad attēli vai faili, lai šeit netiktu glabāts nekas, kas bērnam varētu atkal nodarīt pāri. Ekrānuzņēmumus ar apcelšanu vai draudiem glabājiet turpat, kur tos jau glabājat, un šeit pierakstiet, kur tie atrodas.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence for the police or the school: copying or sending them is itself a crime. Write down only where you saw them (the web address, or the app, account and chat) and report that.</source>
        <translation>Nekad nesaglabājiet, neveidojiet ekrānuzņēmumus un nepārsūtiet bērna seksuāla rakstura attēlus, pat ne kā pierādījumus policijai vai skolai: to kopēšana vai sūtīšana pati par sevi ir noziegums. Pierakstiet tikai to, kur tos redzējāt (tīmekļa adresi vai lietotni, kontu un tērzēšanu), un ziņojiet par to.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Rādīt:</translation>
    </message>
    <message>
        <source>Whose entries to show</source>
        <translation>Kura bērna ierakstus rādīt</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Žurnāla ieraksti, jaunākie vispirms</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected entry, Delete to delete it.</source>
        <translation>Nospiediet Enter, lai labotu atlasīto ierakstu, vai Delete, lai to dzēstu.</translation>
    </message>
    <message>
        <source>No entries yet. Add one when something happens that you may need to tell a school, a platform or the police about.</source>
        <translation>Ierakstu vēl nav. Pievienojiet ierakstu, kad notiek kaut kas, par ko, iespējams, būs jāpastāsta skolai, platformai vai policijai.</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Jauns ieraksts</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Labot</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Saglabāt kā &amp;PDF…</translation>
    </message>
    <message>
        <source>Saves the entries shown (all, or one child&apos;s) as a PDF for a school or the police.</source>
        <translation>Saglabā redzamos ierakstus (visus vai viena bērna) kā PDF skolai vai policijai.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>&amp;App or game:</source>
        <translation>&amp;Lietotne vai spēle:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Kas notika:</translation>
    </message>
    <message>
        <source>What was d&amp;one:</source>
        <translation>K&amp;o izdarījām:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>&amp;Ziņojumi:</translation>
    </message>
    <message>
        <source>Re&amp;ference numbers:</source>
        <translation>Ziņojumu &amp;numuri:</translation>
    </message>
    <message>
        <source>Required. Words only: describe what you saw, do not paste pictures.</source>
        <translation>Obligāts lauks. Tikai vārdi: aprakstiet, ko redzējāt, neievietojiet attēlus.</translation>
    </message>
    <message>
        <source>Where you reported it: the platform, the school, the police, a hotline</source>
        <translation>Kur ziņojāt: platformai, skolai, policijai, ziņošanas līnijai</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Saglabāt ierakstu</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation>Ctrl+Enter saglabā, Escape atceļ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
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
        <source>Search guides, risks, ratings and helplines (%1)</source>
        <translation>Meklēt pamācībās, riskos, vērtējumos un palīdzības tālruņos (%1)</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Nepareizs PIN.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Please type the new PIN again.</source>
        <translation>Abi jaunie PIN nesakrīt. Lūdzu, ierakstiet jauno PIN vēlreiz.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Vecāku PIN</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Vecāku PIN iestatīšana</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Vecāku PIN maiņa</translation>
    </message>
    <message>
        <source>Enter the parent PIN.</source>
        <translation>Ievadiet vecāku PIN.</translation>
    </message>
    <message>
        <source>With a PIN, Home and Family open only after the PIN is entered, so a child using this computer cannot read or change them. If you forget the PIN, the only way back is to delete all household data, so consider exporting your household to a file too.</source>
        <translation>Ja ir iestatīts PIN, sadaļas “Sākums” un “Ģimene” atveras tikai pēc tā ievadīšanas, tāpēc bērns, kurš lieto šo datoru, tās nevar ne lasīt, ne mainīt. Ja PIN aizmirsīsiet, vienīgais ceļš atpakaļ būs izdzēst visus ģimenes datus, tāpēc ieteicams ģimenes datus arī eksportēt failā.</translation>
    </message>
    <message>
        <source>Enter the current PIN, then the new one twice.</source>
        <translation>Ievadiet pašreizējo PIN un pēc tam divreiz jauno.</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Pašreizējais PIN:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Pašreizējais PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Jaunais PIN:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Jaunais PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the new PIN:</source>
        <translation>&amp;Atkārtojiet jauno PIN:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Atkārtojiet jauno PIN</translation>
    </message>
    <message>
        <source>%1 to %2 characters: digits, letters or both.</source>
        <translation>No %1 līdz %2 rakstzīmēm: cipari, burti vai abi kopā.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Iestatīt PIN</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Mainīt PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>You can try again now.</source>
        <translation>Tagad varat mēģināt vēlreiz.</translation>
    </message>
    <message>
        <source>Some household files could not be deleted: %1</source>
        <translation>Dažus ģimenes datu failus neizdevās izdzēst: %1</translation>
    </message>
    <message>
        <source>Home and Family are locked</source>
        <translation>Sadaļas “Sākums” un “Ģimene” ir aizslēgtas</translation>
    </message>
    <message>
        <source>These pages hold your children&apos;s details, so Guardian asks for the parent PIN. Guides, helplines and Get help work without it.</source>
        <translation>Šajās lapās ir jūsu bērnu dati, tāpēc Guardian prasa vecāku PIN. Pamācības, palīdzības tālruņi un sadaļa “Saņemt palīdzību” darbojas arī bez tā.</translation>
    </message>
    <message>
        <source>Parent &amp;PIN:</source>
        <translation>Vecāku &amp;PIN:</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Vecāku PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atslēgt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Atslēgt</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Aizmirsāt PIN?</translation>
    </message>
    <message>
        <source>Explains how to start again by deleting all household data.</source>
        <translation>Paskaidro, kā sākt no jauna, izdzēšot visus ģimenes datus.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>To remove the PIN, enter it once more. Home and Family will then open without a PIN.</source>
        <translation>Lai noņemtu PIN, ievadiet to vēlreiz. Pēc tam sadaļas “Sākums” un “Ģimene” atvērsies bez PIN.</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Noņemt PIN</translation>
    </message>
    <message>
        <source>The parent PIN is kept with the household data, which is not available right now.</source>
        <translation>Vecāku PIN tiek glabāts kopā ar ģimenes datiem, kas pašlaik nav pieejami.</translation>
    </message>
    <message>
        <source>No parent PIN is set: anyone using this computer can open Home and Family. A PIN keeps your children&apos;s details from curious eyes; it does not encrypt them.</source>
        <translation>Vecāku PIN nav iestatīts: sadaļas “Sākums” un “Ģimene” var atvērt ikviens, kas lieto šo datoru. PIN pasargā jūsu bērnu datus no ziņkārīgām acīm, bet tos nešifrē.</translation>
    </message>
    <message numerus="yes">
        <source>A parent PIN protects Home and Family. They are open now; lock them when you leave the computer (%1). They also lock by themselves after %n minute(s) without use.</source>
        <translation>
            <numerusform>Sadaļas “Sākums” un “Ģimene” aizsargā vecāku PIN. Pašlaik tās ir atvērtas; aizslēdziet tās, kad atstājat datoru (%1). Tās aizslēdzas arī pašas, ja Guardian netiek lietots %n minūti.</numerusform>
            <numerusform>Sadaļas “Sākums” un “Ģimene” aizsargā vecāku PIN. Pašlaik tās ir atvērtas; aizslēdziet tās, kad atstājat datoru (%1). Tās aizslēdzas arī pašas, ja Guardian netiek lietots %n minūtes.</numerusform>
            <numerusform>Sadaļas “Sākums” un “Ģimene” aizsargā vecāku PIN. Pašlaik tās ir atvērtas; aizslēdziet tās, kad atstājat datoru (%1). Tās aizslēdzas arī pašas, ja Guardian netiek lietots %n minūšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parent PIN protects Home and Family. They are locked now.</source>
        <translation>Sadaļas “Sākums” un “Ģimene” aizsargā vecāku PIN. Pašlaik tās ir aizslēgtas.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Vecāku PIN</translation>
    </message>
    <message>
        <source>&amp;Set a PIN...</source>
        <translation>Iestatīt &amp;PIN...</translation>
    </message>
    <message>
        <source>Set a parent PIN</source>
        <translation>Iestatīt vecāku PIN</translation>
    </message>
    <message>
        <source>C&amp;hange the PIN...</source>
        <translation>&amp;Mainīt PIN...</translation>
    </message>
    <message>
        <source>Change the parent PIN</source>
        <translation>Mainīt vecāku PIN</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN...</source>
        <translation>&amp;Noņemt PIN...</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Noņemt vecāku PIN</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>&amp;Aizslēgt tagad</translation>
    </message>
    <message>
        <source>Lock Home and Family now</source>
        <translation>Aizslēgt sadaļas “Sākums” un “Ģimene” tagad</translation>
    </message>
    <message>
        <source>Lock Home and Family now (%1)</source>
        <translation>Aizslēgt sadaļas “Sākums” un “Ģimene” tagad (%1)</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n sekundes.</numerusform>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n sekundēm.</numerusform>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n sekundēm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n minūtes.</numerusform>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n minūtēm.</numerusform>
            <numerusform>Pārāk daudz nepareizu mēģinājumu. Vēlreiz mēģināt varēsiet pēc %n minūtēm.</numerusform>
        </translation>
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
        <translation>pārbaudīts: %1</translation>
    </message>
    <message>
        <source>not confirmed: check before relying on it</source>
        <translation>nav apstiprināts: pārbaudiet, pirms paļaujaties</translation>
    </message>
    <message>
        <source>for pictures taken before the age of 18</source>
        <translation>attēliem, kas uzņemti pirms 18 gadu vecuma</translation>
    </message>
    <message>
        <source>only for pictures taken at 18 or older, never for a child&apos;s</source>
        <translation>tikai attēliem, kas uzņemti 18 gadu vecumā vai vēlāk, nekad bērna attēliem</translation>
    </message>
    <message>
        <source>Plan made on %1. Guardian has no list of your country&apos;s helplines and reporting routes, so it shows what to do and the services that work everywhere.</source>
        <translation>Plāns sagatavots: %1. Guardian nav jūsu valsts palīdzības tālruņu un ziņošanas iespēju saraksta, tāpēc tas rāda, kā rīkoties, un pakalpojumus, kas darbojas visur.</translation>
    </message>
    <message>
        <source>Plan made on %1 for %2.</source>
        <translation>Plāns sagatavots: %1, valsts: %2.</translation>
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
        <source>If a child is in immediate danger, call your local emergency number now.</source>
        <translation>Ja bērns ir tiešās briesmās, tūlīt zvaniet uz vietējo ārkārtas palīdzības numuru.</translation>
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
        <source>Call the police if a crime may have happened.</source>
        <translation>Ja, iespējams, noticis noziegums, zvaniet policijai.</translation>
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
        <source>Your school:</source>
        <translation>Jūsu skola:</translation>
    </message>
    <message>
        <source>Helplines:</source>
        <translation>Palīdzības tālruņi:</translation>
    </message>
    <message>
        <source>Your child&apos;s school or doctor can tell you which child helpline or parent helpline serves your area.</source>
        <translation>Bērna skola vai ārsts var pateikt, kurš bērnu vai vecāku palīdzības tālrunis darbojas jūsu reģionā.</translation>
    </message>
    <message>
        <source>No helpline for this is listed for your country yet. Your country&apos;s other helplines are in the Helplines section.</source>
        <translation>Jūsu valstij vēl nav norādīts palīdzības tālrunis, kas palīdz tieši šādos gadījumos. Pārējie jūsu valsts palīdzības tālruņi ir sadaļā “Palīdzības tālruņi”.</translation>
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
    <name>PlatformPicker</name>
    <message>
        <source>&amp;Search devices and apps:</source>
        <translation>&amp;Meklēt ierīces un lietotnes:</translation>
    </message>
    <message>
        <source>Search devices and apps</source>
        <translation>Meklēt ierīces un lietotnes</translation>
    </message>
    <message>
        <source>For example: Android, TikTok, PlayStation</source>
        <translation>Piemēram: Android, TikTok, PlayStation</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Ierīces un lietotnes</translation>
    </message>
    <message>
        <source>Press Space to tick a device or app.</source>
        <translation>Nospiediet atstarpes taustiņu, lai atzīmētu ierīci vai lietotni.</translation>
    </message>
    <message>
        <source>Choose one device or app.</source>
        <translation>Izvēlieties vienu ierīci vai lietotni.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>School settings could not be read</source>
        <translation>Skolas iestatījumus neizdevās nolasīt</translation>
    </message>
    <message>
        <source>The settings file from your school has a problem. Guardian uses the school settings it could read and its usual settings for the rest. Please tell your school&apos;s IT contact:

%1</source>
        <translation>Skolas iestatījumu failā ir kļūda. Guardian izmanto tos skolas iestatījumus, kurus izdevās nolasīt, bet pārējiem — parastos iestatījumus. Lūdzu, pastāstiet par to skolas IT atbildīgajam:

%1</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>No printer is set up on this computer, so Guardian cannot print. Use &quot;Save as PDF&quot; instead: the PDF can be printed later, here or on any computer with a printer.</source>
        <translation>Šajā datorā nav iestatīts neviens printeris, tāpēc Guardian nevar drukāt. Izmantojiet “Saglabāt kā PDF”: PDF failu varēs izdrukāt vēlāk, šeit vai jebkurā datorā ar printeri.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>This guide has no steps to tick yet</source>
        <translation>Šajā pamācībā vēl nav soļu, ko atzīmēt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Izpildīti %1 no %2 soļiem</translation>
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
        <translation>Avots: %1 · pārbaudīts: %2</translation>
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
        <translation>Vecuma vērtējumu skaidrojums</translation>
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
    <message>
        <source>Your children</source>
        <translation>Jūsu bērni</translation>
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
        <translation>Avoti:</translation>
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
    <name>SavePdf</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF failu neizdevās saglabāt: %1</translation>
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
        <translation>Par Guardian</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Report crimes, for example: %1.</source>
        <translation>Ziņojiet par noziegumiem, piemēram: %1.</translation>
    </message>
    <message>
        <source>Report illegal content found online, for example: %1. Give the web address; never send the material.</source>
        <translation>Ziņojiet par nelikumīgu saturu internetā, piemēram: %1. Norādiet tīmekļa adresi, bet pašu materiālu nekad nesūtiet.</translation>
    </message>
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
        <source>Calls cost what your phone operator charges</source>
        <translation>Zvans maksā pēc jūsu operatora tarifiem</translation>
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
        <source>E-mail: %1</source>
        <translation>E-pasts: %1</translation>
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
        <source>Write an e-mail</source>
        <translation>Rakstīt e-pastu</translation>
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
        <translation>Avots: %1 · pārbaudīts: %2</translation>
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
    <name>Settings</name>
    <message>
        <source>Setting not saved</source>
        <translation>Iestatījums nav saglabāts</translation>
    </message>
    <message>
        <source>Guardian could not save this setting, so it applies only until Guardian is closed. Check that the disk is not full and that this folder can be written to. On a school computer, ask your school&apos;s IT contact.

%1</source>
        <translation>Guardian neizdevās saglabāt šo iestatījumu, tāpēc tas būs spēkā tikai līdz Guardian aizvēršanai. Pārbaudiet, vai diskā ir brīva vieta un vai šajā mapē var rakstīt. Skolas datorā jautājiet skolas IT atbildīgajam.

%1</translation>
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
    <name>Sources</name>
    <message>
        <source>checked %1</source>
        <translation>pārbaudīts: %1</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nav apstiprināts</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>sekundārs avots</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Guardian is already open on this computer. Switch to its window, for example from the taskbar. Only one Guardian can be open at a time, so that what you save in one window is never overwritten by another.</source>
        <translation>Guardian jau ir atvērts šajā datorā. Pārejiet uz tā logu, piemēram, no uzdevumjoslas. Vienlaikus var būt atvērts tikai viens Guardian, lai cits logs nekad nepārrakstītu to, ko saglabājāt vienā logā.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1: %2</source>
        <translation>%1. solis: %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Izdarīts: %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Vēl nav izdarīts</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <source>“%1”</source>
        <extracomment>a conversation starter in the quotation marks of the language</extracomment>
        <translation>“%1”</translation>
    </message>
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
        <source>Talk about it</source>
        <translation>Parunāsim par to</translation>
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
        <translation>&amp;Iepriekšējā</translation>
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
        <source>Any child (enter the age)</source>
        <translation>Jebkurš bērns (ievadiet vecumu)</translation>
    </message>
    <message>
        <source>%1 was born in %2, so is %3 or %4: the verdict counts %3. Add the date of birth in Family to be exact.</source>
        <translation>%1 dzimis %2. gadā, tātad ir %3 vai %4 gadus vecs; šeit tiek pieņemts, ka viņam ir %3 gadi. Lai būtu precīzi, sadaļā “Ģimene” norādiet dzimšanas datumu.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1: %2 gadi.</translation>
    </message>
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
        <source>C&amp;hild:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bērns</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Skip for now</source>
        <translation>Izlaist pagaidām</translation>
    </message>
    <message>
        <source>Close the welcome without saving the children you added?</source>
        <translation>Aizvērt sveiciena logu, nesaglabājot pievienotos bērnus?</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nav izvēlēta</translation>
    </message>
    <message>
        <source>Set by your school</source>
        <translation>Iestatījusi jūsu skola</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1 (dz. %2)</translation>
    </message>
    <message>
        <source>Welcome to Guardian</source>
        <translation>Laipni lūdzam Guardian</translation>
    </message>
    <message>
        <source>Guardian helps you set up devices and apps for your children and find help when something goes wrong. Everything you enter stays on this computer. First, two quick choices.</source>
        <translation>Guardian palīdz iestatīt bērnu ierīces un lietotnes un atrast palīdzību, ja kaut kas noiet greizi. Viss, ko ievadāt, paliek tikai šajā datorā. Vispirms divas ātras izvēles.</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Jūsu bērni</translation>
    </message>
    <message>
        <source>Optional: add each child with a nickname and birth year, so Guardian can show what fits their age. A nickname is enough.</source>
        <translation>Pēc izvēles: pievienojiet katru bērnu ar iesauku un dzimšanas gadu, lai Guardian varētu rādīt to, kas atbilst bērna vecumam. Pietiek ar iesauku.</translation>
    </message>
    <message>
        <source>Devices and apps</source>
        <translation>Ierīces un lietotnes</translation>
    </message>
    <message>
        <source>Optional: tick the devices and apps each child uses. Home will then show the setup steps for each one.</source>
        <translation>Pēc izvēles: atzīmējiet ierīces un lietotnes, ko izmanto katrs bērns. Tad sadaļā “Sākums” redzēsiet iestatīšanas soļus katrai no tām.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Viss gatavs</translation>
    </message>
    <message>
        <source>You can change all of this later in Family and Settings.</source>
        <translation>To visu vēlāk varat mainīt sadaļās “Ģimene” un “Iestatījumi”.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Va&amp;lsts:</translation>
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
        <source>Your country decides which helplines, age ratings and laws Guardian shows first.</source>
        <translation>No valsts ir atkarīgs, kurus palīdzības tālruņus, vecuma vērtējumus un likumus Guardian rāda vispirms.</translation>
    </message>
    <message>
        <source>Children you added</source>
        <translation>Pievienotie bērni</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Pievienot bērnu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>Edit the chosen child</source>
        <translation>Labot izvēlētā bērna datus</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Noņemt izvēlēto bērnu</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Bērns:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bērns</translation>
    </message>
    <message>
        <source>Guardian will save %1 and %2 on this computer.</source>
        <translation>Guardian šajā datorā saglabās: %1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n bērns</numerusform>
            <numerusform>%n bērni</numerusform>
            <numerusform>%n bērnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or app(s)</source>
        <translation>
            <numerusform>%n ierīce vai lietotne</numerusform>
            <numerusform>%n ierīces vai lietotnes</numerusform>
            <numerusform>%n ierīču vai lietotņu</numerusform>
        </translation>
    </message>
    <message>
        <source>You can add your children at any time from Home or Family. The guides, helplines and ratings work without them.</source>
        <translation>Bērnus varat pievienot jebkurā laikā sadaļā “Sākums” vai “Ģimene”. Pamācības, palīdzības tālruņi un vecuma vērtējumi darbojas arī bez tā.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Izlaist pagaidām</translation>
    </message>
    <message>
        <source>Closes the welcome; nothing about your family is saved.</source>
        <translation>Aizver sveiciena logu; nekas par jūsu ģimeni netiek saglabāts.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atpakaļ</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Pabeigt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tālāk</translation>
    </message>
</context>
</TS>
