<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="43" />
            <source>Over Leidraad</source>
            <translation>About Leidraad</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="46" />
            <source>Leidraad {version}</source>
            <translation>Leidraad {version}</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="49" />
            <source>Voor groepsgesprekken volgens ‘Leren loont het langst’: cirkel van invloed, marktplaats, plus-min-schema’s, rondes op tijd en notulen. Alles blijft op deze laptop.</source>
            <translation>For group sessions following ‘Leren loont het langst’: circle of influence, marketplace, plus-min schemas, timed rounds and minutes. Everything stays on this laptop.</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="58" />
            <source>Opslagbestand:</source>
            <translation>Store file:</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="59" />
            <source>Reservekopieën:</source>
            <translation>Backups:</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="61" />
            <source>Lettertype in de notulen: DejaVu Sans (vrije licentie, hieronder).</source>
            <translation>Font in the minutes: DejaVu Sans (free licence, below).</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="69" />
            <source>Map &amp;openen</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <location filename="../../views/shell/about_dialog.py" line="70" />
            <source>Open de map met het opslagbestand en de reservekopieën in de bestandsbeheerder</source>
            <translation>Open the folder with the store file and the backups in the file manager</translation>
        </message>
    </context>
    <context>
        <name>ActionModel</name>
        <message>
            <location filename="../../views/session/actions_table.py" line="105" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_table.py" line="105" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_table.py" line="105" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_table.py" line="127" />
            <source>Deze datum ligt in het verleden.</source>
            <translation>This date is in the past.</translation>
        </message>
    </context>
    <context>
        <name>ActionTable</name>
        <message>
            <location filename="../../views/session/actions_table.py" line="300" />
            <source>Nog geen acties. Typ hierboven wat er gaat gebeuren, wie het oppakt en wanneer, en druk op Enter.</source>
            <translation>No actions yet. Type above what will happen, who takes it on and when, and press Enter.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="91" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="94" />
            <source>Wat gaan we doen, wie pakt het op, en wanneer?</source>
            <translation>What will we do, who takes it on, and when?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="106" />
            <source>Liever één punt goed uitgevoerd dan een lange lijst: welke actie gaat voor?</source>
            <translation>Better one point done well than a long list: which action comes first?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="128" />
            <source>Wat gaan we doen?</source>
            <translation>What will we do?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="133" />
            <location filename="../../views/session/actions_panel.py" line="134" />
            <source>Wie?</source>
            <translation>Who?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="137" />
            <source>Wanneer? d-m-jjjj</source>
            <translation>When? d-m-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="139" />
            <source>Optioneel. Typ bijv. 15-1-2027, 15 jan, of kies met F4.</source>
            <translation>Optional. Type e.g. 15-1-2027, 15 Jan, or pick one with F4.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="142" />
            <source>Kies een datum (F4)</source>
            <translation>Pick a date (F4)</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="143" />
            <source>Kies een datum</source>
            <translation>Pick a date</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="156" />
            <source>Kalender openen</source>
            <translation>Open calendar</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="159" />
            <location filename="../../views/session/actions_panel.py" line="188" />
            <location filename="../../views/session/actions_panel.py" line="214" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="162" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="163" />
            <source>Actie toevoegen (Enter)</source>
            <translation>Add action (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="207" />
            <source>Actie omhoog</source>
            <translation>Action up</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="208" />
            <source>Actie omlaag</source>
            <translation>Action down</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="209" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="281" />
            <source>Typ eerst wat er gaat gebeuren.</source>
            <translation>First type what will happen.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="284" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="298" />
            <source>De actie is niet toegevoegd; zie de melding.</source>
            <translation>The action was not added; see the message.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="302" />
            <source>Toegevoegd. Let op: {date} ligt in het verleden.</source>
            <translation>Added. Note: {date} is in the past.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="338" />
            <source>Verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Deleted; Ctrl+Z undoes this.</translation>
        </message>
    </context>
    <context>
        <name>ActionsRoomView</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="387" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="388" />
            <source>Nog geen acties afgesproken.</source>
            <translation>No actions agreed yet.</translation>
        </message>
    </context>
    <context>
        <name>AgendaCommands</name>
        <message>
            <location filename="../../commands/agenda.py" line="24" />
            <source>Ronde toevoegen: {title}</source>
            <translation>Add round: {title}</translation>
        </message>
        <message>
            <location filename="../../commands/agenda.py" line="46" />
            <source>Ronde wijzigen</source>
            <translation>Change round</translation>
        </message>
        <message>
            <location filename="../../commands/agenda.py" line="60" />
            <source>Ronde verwijderen: {title}</source>
            <translation>Delete round: {title}</translation>
        </message>
        <message>
            <location filename="../../commands/agenda.py" line="78" />
            <source>Ronde verplaatsen: {title}</source>
            <translation>Move round: {title}</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="60" />
            <source>Rondes van de agenda</source>
            <translation>Rounds of the agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="76" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="116" />
            <source>Vragen bij de gekozen ronde (één per regel):</source>
            <translation>Questions for the selected round (one per line):</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="118" />
            <source>Bijvoorbeeld: Wat hielp je daarbij?</source>
            <translation>For example: What helped you with that?</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="140" />
            <source>Ronde toevoegen</source>
            <translation>Add round</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="141" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="142" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="143" />
            <source>5 min langer</source>
            <translation>5 min longer</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="145" />
            <source>5 min korter</source>
            <translation>5 min shorter</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="147" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="193" />
            <source>Gepland: {total} van {max} min</source>
            <translation>Planned: {total} of {max} min</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="196" />
            <source> (waarvan {extra} min bijgesteld)</source>
            <translation> (of which {extra} min adjusted)</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="200" />
            <source> · {n} min langer dan twee uur</source>
            <translation> · {n} min over two hours</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="203" />
            <source> · gebruikt: {used} min</source>
            <translation> · used: {used} min</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="238" />
            <source>Langer dan twee uur</source>
            <translation>Longer than two hours</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="239" />
            <source>Met deze wijziging duurt de bijeenkomst {after} minuten, {over} minuten langer dan de twee uur die de methode als grens aanhoudt: daarna zakt de aandacht weg.

Wil je de bijeenkomst toch langer maken?</source>
            <translation>With this change the workshop lasts {after} minutes, {over} minutes longer than the two hours the method keeps as its limit: after that, attention fades.

Do you still want to make the workshop longer?</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="260" />
            <source>Ronde wijzigen: {title}</source>
            <translation>Change round: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="270" />
            <source>Nieuwe ronde</source>
            <translation>New round</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <location filename="../../views/room/audience.py" line="108" />
            <source>Leidraad</source>
            <translation>Leidraad</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <location filename="../../views/room/audience.py" line="285" />
            <source>Leidraad – publiek</source>
            <translation>Leidraad – audience</translation>
        </message>
    </context>
    <context>
        <name>CircleBoard</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="34" />
            <source>Post-it opslaan (en in de strook het volgende openen)</source>
            <translation>Save the sticky note (and in the strip, open the next one)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="35" />
            <source>Nieuwe regel in een post-it</source>
            <translation>New line in a sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="36" />
            <source>Van de steekwoorden naar de deelnemer</source>
            <translation>From the keywords to the participant</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="37" />
            <source>In de namenlijst: de gekozen naam overnemen</source>
            <translation>In the list of names: take the chosen name</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="39" />
            <source>Gekozen post-it bewerken (of dubbelklik)</source>
            <translation>Edit the selected sticky note (or double-click)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="40" />
            <source>Gekozen post-its verwijderen</source>
            <translation>Delete the selected sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="41" />
            <source>Gekozen post-its verschuiven (Shift: grotere stap)</source>
            <translation>Move the selected sticky notes (Shift: bigger step)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="42" />
            <source>Alle post-its kiezen</source>
            <translation>Select all sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="241" />
            <source>Geel</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="242" />
            <source>Oranje</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="243" />
            <source>Roze</source>
            <translation>Pink</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="244" />
            <source>Groen</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="245" />
            <source>Blauw</source>
            <translation>Blue</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="246" />
            <source>Paars</source>
            <translation>Purple</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="38" />
            <source>Bewerken annuleren / selectie opheffen</source>
            <translation>Cancel editing / clear the selection</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="43" />
            <source>In- en uitzoomen</source>
            <translation>Zoom in and out</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="76" />
            <source>Nog te plaatsen</source>
            <translation>Still to place</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="129" />
            <source>Kleur:</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="144" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="77" />
            <source>Nieuwe post-it: Insert of Ctrl+Enter</source>
            <translation>New sticky note: Insert or Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="124" />
            <source>+ Nieuwe post-it</source>
            <translation>+ New sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="125" />
            <source>Nieuwe post-it in de strook (Insert of Ctrl+Enter)</source>
            <translation>New sticky note in the strip (Insert or Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="137" />
            <source>{color}: voor nieuwe post-its en de selectie</source>
            <translation>{color}: for new sticky notes and the selection</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="145" />
            <source>Geselecteerde post-its verwijderen (Del)</source>
            <translation>Delete the selected sticky notes (Del)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="148" />
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="148" />
            <source>Uitzoomen (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="150" />
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="150" />
            <source>Inzoomen (Ctrl+=)</source>
            <translation>Zoom in (Ctrl+=)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="152" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="152" />
            <source>Hele bord tonen (Ctrl+0)</source>
            <translation>Show the whole board (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="166" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="170" />
            <source>Nieuwe post-it in de strook</source>
            <translation>New sticky note in the strip</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="370" />
            <source>{n} post-it(s) verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} sticky note(s) deleted; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="171" />
            <source>Hele bord passend tonen</source>
            <translation>Fit the whole board</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="172" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="173" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="300" />
            <source>{ring}: {n} post-its · Esc: terug naar de cirkel</source>
            <translation>{ring}: {n} post-its · Esc: back to the circle</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="363" />
            <source>Kleur wijzigen</source>
            <translation>Change colour</translation>
        </message>
        <message>
            <location filename="../../views/circle/surface.py" line="195" />
            <source>klik: toon alle</source>
            <translation>click: show all</translation>
        </message>
        <message>
            <location filename="../../views/circle/surface.py" line="198" />
            <source>nog te plaatsen</source>
            <translation>still to place</translation>
        </message>
        <message>
            <location filename="../../views/circle/editing.py" line="92" />
            <source>Geen deelnemer gevonden voor "{who}": kies een naam uit de lijst of maak het veld leeg.</source>
            <translation>No participant found for "{who}": pick a name from the list or clear the field.</translation>
        </message>
        <message>
            <location filename="../../views/circle/editing.py" line="125" />
            <source>Niet opgeslagen; zie de melding.</source>
            <translation>Not saved; see the message.</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="118" />
            <source>Nieuwe post-it</source>
            <translation>New sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="119" />
            <source>Eén ring groot tonen (ook in de zaal)</source>
            <translation>Show one ring large (in the room too)</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="123" />
            <source>Terug naar de hele cirkel (Esc)</source>
            <translation>Back to the whole circle (Esc)</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="125" />
            <source>Bewerken (F2)</source>
            <translation>Edit (F2)</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="127" />
            <source>Kleur</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="132" />
            <source>In ring</source>
            <translation>Into ring</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="136" />
            <source>Terug naar de strook</source>
            <translation>Back to the strip</translation>
        </message>
        <message>
            <location filename="../../views/circle/gestures.py" line="138" />
            <source>Verwijderen (Del)</source>
            <translation>Delete (Del)</translation>
        </message>
    </context>
    <context>
        <name>CircleCommands</name>
        <message>
            <location filename="../../commands/circle.py" line="31" />
            <source>Nieuwe post-it</source>
            <translation>New sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="54" />
            <location filename="../../commands/circle.py" line="70" />
            <source>Post-it wijzigen</source>
            <translation>Change sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="54" />
            <source>{n} post-its wijzigen</source>
            <translation>Change {n} sticky notes</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="83" />
            <source>Post-it verplaatsen</source>
            <translation>Move sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="83" />
            <source>{n} post-its verplaatsen</source>
            <translation>Move {n} sticky notes</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="112" />
            <source>Post-it verwijderen</source>
            <translation>Delete sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="112" />
            <source>{n} post-its verwijderen</source>
            <translation>Delete {n} sticky notes</translation>
        </message>
    </context>
    <context>
        <name>CircleKeys</name>
        <message>
            <location filename="../../views/circle/keys.py" line="29" />
            <source>Gekozen post-its in ring 1 (Zelf) … 5 (Omgeving/maatschappij)</source>
            <translation>Selected notes into ring 1 (Self) … 5 (Society)</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="30" />
            <source>Gekozen post-its terug naar de strook</source>
            <translation>Selected notes back to the strip</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="31" />
            <source>Volgende / vorige post-it (leesvolgorde)</source>
            <translation>Next / previous note (reading order)</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="32" />
            <source>Ingezoomd bord verschuiven (ook pijlen zonder keuze)</source>
            <translation>Pan the zoomed board (plain arrows too when nothing is selected)</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="33" />
            <source>Menu van de gekozen post-its</source>
            <translation>Menu of the selected notes</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="51" />
            <source>Kies eerst een post-it (Tab), dan 1 tot 5 voor de ring.</source>
            <translation>Select a note first (Tab), then 1 to 5 for the ring.</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="57" />
            <source>Al in {ring}.</source>
            <translation>Already in {ring}.</translation>
        </message>
        <message>
            <location filename="../../views/circle/keys.py" line="63" />
            <source>{n} post-it(s) in {ring}; Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} note(s) in {ring}; Ctrl+Z undoes.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../cli.py" line="32" />
            <source>toon alle bijeenkomsten: nummer, datum en titel</source>
            <translation>list all workshops: number, date and title</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="33" />
            <source>Eén bijeenkomst per regel: nummer, datum en titel, gescheiden door tabs (nieuwste eerst).</source>
            <translation>One workshop per line: number, date and title, separated by tabs (newest first).</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="37" />
            <source>schrijf een bijeenkomst naar een uitwisselbestand</source>
            <translation>write a workshop to an exchange file</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="38" />
            <source>Schrijf een hele bijeenkomst naar een .leidraad.json-bestand (voor een andere laptop of een collega).</source>
            <translation>Write a whole workshop to a .leidraad.json file (for another laptop or a colleague).</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="40" />
            <location filename="../../cli.py" line="53" />
            <source>BIJEENKOMST</source>
            <translation>WORKSHOP</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="40" />
            <location filename="../../cli.py" line="53" />
            <source>het nummer uit 'leidraad list'</source>
            <translation>the number from 'leidraad list'</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="41" />
            <location filename="../../cli.py" line="48" />
            <location filename="../../cli.py" line="54" />
            <location filename="../../cli.py" line="112" />
            <source>BESTAND</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="42" />
            <source>het doelbestand ('-' voor standaarduitvoer)</source>
            <translation>the target file ('-' for standard output)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="45" />
            <source>voeg een bijeenkomst toe uit een uitwisselbestand</source>
            <translation>add a workshop from an exchange file</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="46" />
            <source>Lees een .leidraad.json-bestand en voeg het toe als nieuwe bijeenkomst. Een fout bestand verandert niets.</source>
            <translation>Read a .leidraad.json file and add it as a new workshop. A faulty file changes nothing.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="51" />
            <source>schrijf de notulen van een bijeenkomst als PDF</source>
            <translation>write a workshop's minutes as PDF</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="52" />
            <source>Maak de notulen van een bijeenkomst als PDF.</source>
            <translation>Make a workshop's minutes as PDF.</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="55" />
            <source>het PDF-bestand</source>
            <translation>the PDF file</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="57" />
            <source>namen van deelnemers vervangen (om te delen buiten de groep)</source>
            <translation>replace participants' names (to share outside the group)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="109" />
            <source>toon de reservekopieën, nieuwste eerst</source>
            <translation>list the backups, newest first</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="111" />
            <source>zet een reservekopie terug (sluit Leidraad eerst)</source>
            <translation>restore a backup (close Leidraad first)</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="130" />
            <source>onverwachte fout ({error})</source>
            <translation>unexpected error ({error})</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="133" />
            <source>afgebroken</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="139" />
            <source>mislukt</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="202" />
            <source>onbekende bijeenkomst {workshop}: kies een nummer uit 'leidraad list'</source>
            <translation>unknown workshop {workshop}: choose a number from 'leidraad list'</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="234" />
            <location filename="../../cli.py" line="275" />
            <source>onbekende bijeenkomst {workshop}: er is nog geen opslagbestand ({db})</source>
            <translation>unknown workshop {workshop}: there is no store file yet ({db})</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="261" />
            <source>{file} is niet geïmporteerd, er is niets veranderd. {error}</source>
            <translation>{file} was not imported, nothing was changed. {error}</translation>
        </message>
        <message>
            <location filename="../../cli.py" line="285" />
            <source>PDF-export mislukt ({error})</source>
            <translation>PDF export failed ({error})</translation>
        </message>
        <message>
            <location filename="../../main.py" line="68" />
            <source>Leidraad: groepsgesprekken volgens 'Leren loont het langst'. Zonder opdracht opent het venster.</source>
            <extracomment>Top-level packages whose modules use PySide6 (the only ones PySide's feature switch concerns).</extracomment>
            <translation>Leidraad: group sessions following 'Leren loont het langst'. Without a command the window opens.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="72" />
            <source>het opslagbestand (standaard: leidraad.sqlite in de gebruikersmap)</source>
            <translation>the store file (default: leidraad.sqlite in the user data folder)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="76" />
            <source>taal van meldingen en notulen (standaard: de taal die in het venster gekozen is)</source>
            <translation>language of messages and minutes (default: the language chosen in the window)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="81" />
            <source>controleer deze installatie met het echte venster, op een tijdelijk opslagbestand (je eigen bestand blijft onaangeroerd)</source>
            <translation>check this installation with the real window, on a temporary store (your own file stays untouched)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="85" />
            <source>OPDRACHT</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <location filename="../../console.py" line="44" />
            <source>De installatie van Leidraad is onvolledig: {name} ontbreekt. Installeer Leidraad opnieuw.</source>
            <translation>The Leidraad installation is incomplete: {name} is missing. Reinstall Leidraad.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../commands/workshop.py" line="19" />
            <source>Nieuwe bijeenkomst</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="36" />
            <source>Bijeenkomst dupliceren</source>
            <translation>Duplicate workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="53" />
            <source>Bijeenkomst verwijderen</source>
            <translation>Delete workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="68" />
            <source>Gegevens wijzigen</source>
            <translation>Change details</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="83" />
            <source>Deelnemer toevoegen: {name}</source>
            <translation>Add participant: {name}</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="101" />
            <source>Deelnemer wijzigen</source>
            <translation>Change participant</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="115" />
            <source>Deelnemer verwijderen: {name}</source>
            <translation>Remove participant: {name}</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="131" />
            <source>Vervolg op deze bijeenkomst</source>
            <translation>Follow-up to this session</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="152" />
            <source>Voorbeeldbijeenkomst</source>
            <translation>Sample workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="172" />
            <source>Waarderende wending tonen</source>
            <translation>Show appreciative turn</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="173" />
            <source>Waarderende wending verbergen</source>
            <translation>Hide appreciative turn</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="28" />
            <source>Actie toevoegen: {what}</source>
            <translation>Add action: {what}</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="50" />
            <source>Actie wijzigen</source>
            <translation>Change action</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="66" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="67" />
            <source>{n} acties verwijderen</source>
            <translation>Delete {n} actions</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="87" />
            <source>Actie verplaatsen</source>
            <translation>Move action</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="117" />
            <source>Standaardgespreksregels herstellen</source>
            <translation>Restore the default conversation rules</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="118" />
            <source>Gespreksregels wijzigen</source>
            <translation>Change conversation rules</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="134" />
            <source>Gespreksregels tonen</source>
            <translation>Show conversation rules</translation>
        </message>
        <message>
            <location filename="../../commands/actions.py" line="134" />
            <source>Gespreksregels verbergen</source>
            <translation>Hide conversation rules</translation>
        </message>
    </context>
    <context>
        <name>CompositionPanel</name>
        <message>
            <location filename="../../views/session/participants_panel.py" line="263" />
            <source>Samenstelling:</source>
            <translation>Composition:</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="268" />
            <source>{total} deelnemers</source>
            <translation>{total} participants</translation>
        </message>
    </context>
    <context>
        <name>EntryFields</name>
        <message>
            <location filename="../../views/market/editors.py" line="124" />
            <source>Deskundigheid, bijv. Formatief evalueren</source>
            <translation>Expertise, e.g. Formative assessment</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="125" />
            <source>Wie biedt het aan?</source>
            <translation>Who offers it?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="127" />
            <source>Wat wil je leren?</source>
            <translation>What do you want to learn?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="128" />
            <source>Wie vraagt het?</source>
            <translation>Who is asking?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="129" />
            <source>Van wie? (optioneel)</source>
            <translation>From whom? (optional)</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="40" />
            <source>Leidraad-bijeenkomst (*.leidraad.json *.json);;Alle bestanden (*)</source>
            <translation>Leidraad workshop (*.leidraad.json *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="45" />
            <source>bijeenkomst</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="77" />
            <location filename="../../views/files/exchange_dialogs.py" line="91" />
            <source>Exporteren mislukt</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="77" />
            <source>Deze bijeenkomst bestaat niet meer.</source>
            <translation>This workshop no longer exists.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="81" />
            <source>Bijeenkomst exporteren</source>
            <translation>Export workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="92" />
            <source>‘{title}’ is niet geëxporteerd.</source>
            <translation>‘{title}’ was not exported.</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="192" />
            <source>Bijeenkomst importeren: {title}</source>
            <translation>Import workshop: {title}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="108" />
            <source>Bijeenkomst importeren</source>
            <translation>Import workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="112" />
            <source>‘{name}’ is niet geïmporteerd. Er is niets veranderd.</source>
            <translation>‘{name}’ was not imported. Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="116" />
            <location filename="../../views/files/exchange_dialogs.py" line="119" />
            <source>Importeren mislukt</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="129" />
            <source>Plaats in het bestand: {path}</source>
            <translation>Place in the file: {path}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="130" />
            <source>Het bestand als geheel</source>
            <translation>The file as a whole</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="157" />
            <source>Bijeenkomst e&amp;xporteren…</source>
            <translation>E&amp;xport workshop…</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="159" />
            <source>Sla de hele bijeenkomst op in één bestand, om mee te nemen of te delen.</source>
            <translation>Save the whole workshop in one file, to take along or share.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="162" />
            <source>Bijeenkomst &amp;importeren…</source>
            <translation>&amp;Import workshop…</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="164" />
            <source>Voeg een bijeenkomst toe uit een .leidraad.json-bestand.</source>
            <translation>Add a workshop from a .leidraad.json file.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="174" />
            <source>Kies of open eerst een bijeenkomst om te exporteren.</source>
            <translation>First select or open a workshop to export.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="178" />
            <source>Bijeenkomst opgeslagen in {path}</source>
            <translation>Workshop saved in {path}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="185" />
            <source>‘{title}’ geïmporteerd.</source>
            <translation>‘{title}’ imported.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../models/text.py" line="21" />
            <source>Titel</source>
            <extracomment>The field names the models pass as ``what=`` (translated when a message names them).</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="21" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="22" />
            <source>Gespreksleider</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="22" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="23" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="23" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="24" />
            <source>Naam van de subgroep</source>
            <translation>Subgroup name</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="25" />
            <source>Ontwikkeling</source>
            <translation>Development</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="25" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="26" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="26" />
            <source>Titel van de ronde</source>
            <translation>Round title</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="27" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="27" />
            <source>Eigen notities</source>
            <translation>Private notes</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="28" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="28" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="29" />
            <source>Gespreksregel</source>
            <translation>Conversation rule</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="30" />
            <source>De tekst van de post-it</source>
            <translation>The post-it's text</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../views/session/traject_cards.py" line="132" />
            <source>Vervolg op deze bijeenkomst</source>
            <translation>Follow-up to this session</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="134" />
            <source>Het vervolggesprek gaat dieper in op één thema. De deelnemers, het plus-min-schema van het thema en de open acties gaan mee.</source>
            <translation>The follow-up session goes deeper into one theme. The participants, the theme's plus-minus schema and the open actions come along.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="141" />
            <source>{title} (urgentie {rank})</source>
            <translation>{title} (urgency {rank})</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="147" />
            <source>&amp;Thema:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="151" />
            <source>&amp;Vervolg maken</source>
            <translation>&amp;Create follow-up</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="152" />
            <source>&amp;Annuleren</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="158" />
            <source>Deze bijeenkomst heeft nog geen thema's.</source>
            <translation>This session has no themes yet.</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <location filename="../../models/market_analysis.py" line="311" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="311" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="312" />
            <source>Biedt aan</source>
            <translation>Offers</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="312" />
            <source>Vraagt</source>
            <translation>Asks for</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="313" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>InPlaceEditor</name>
        <message>
            <location filename="../../views/market/editors.py" line="184" />
            <source>Enter bewaart, Esc annuleert</source>
            <translation>Enter saves, Esc cancels</translation>
        </message>
    </context>
    <context>
        <name>InspirationPanel</name>
        <message>
            <location filename="../../views/plusmin/panels.py" line="41" />
            <source>Inspiratie uit het onderzoek</source>
            <translation>Inspiration from the research</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="85" />
            <source>Positief</source>
            <translation>Positive</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="85" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
    </context>
    <context>
        <name>JoinCommands</name>
        <message>
            <location filename="../../commands/join.py" line="23" />
            <source>Verhaal aannemen</source>
            <translation>Accept story</translation>
        </message>
        <message>
            <location filename="../../commands/join.py" line="47" />
            <source>Verhaal afwijzen</source>
            <translation>Reject story</translation>
        </message>
        <message>
            <location filename="../../commands/join.py" line="63" />
            <source>Stemmen tonen</source>
            <translation>Reveal votes</translation>
        </message>
    </context>
    <context>
        <name>JoinDock</name>
        <message>
            <location filename="../../views/session/join_dock.py" line="47" />
            <source>Meedoen</source>
            <translation>Join in</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="63" />
            <source>Komt er niemand binnen? Vaak isoleert een gastnetwerk de apparaten van elkaar, of is de vraag van de firewall om verbindingen toe te staan geweigerd. Zet dan de hotspot van deze laptop aan, laat de deelnemers daarmee verbinden en open Meedoen opnieuw.</source>
            <translation>Nobody getting in? A guest network often isolates devices from each other, or the firewall's question to allow connections was refused. Then switch on this laptop's hotspot, have the participants connect to it and open Join in again.</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="71" />
            <source>Adres in de QR-code:</source>
            <translation>Address in the QR code:</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="78" />
            <source>QR-code in de zaal tonen</source>
            <translation>Show the QR code in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="83" />
            <source>Deur dicht</source>
            <translation>Close the door</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="84" />
            <source>Niemand nieuw erbij; wie al meedoet mag afmaken</source>
            <translation>No one new joins; those already in may finish</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="86" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="87" />
            <source>Iedereen eruit: de pagina op de telefoons stopt</source>
            <translation>Everyone out: the page on the phones stops</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="93" />
            <source>Wat apparaten mogen</source>
            <translation>What devices may do</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="96" />
            <source>Marktplaats (bladen per subgroep)</source>
            <translation>Marketplace (sheets per subgroup)</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="97" />
            <source>Verhalen (naar de inbox)</source>
            <translation>Stories (to the inbox)</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="98" />
            <source>Stemmen (urgentie van thema's)</source>
            <translation>Voting (urgency of themes)</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="103" />
            <source>Verhalen meteen in de strook</source>
            <translation>Stories straight into the strip</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="104" />
            <source>Verhalen slaan de inbox over en worden meteen een post-it</source>
            <translation>Stories skip the inbox and become a post-it at once</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="109" />
            <source>Inbox: verhalen van apparaten</source>
            <translation>Inbox: stories from devices</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="117" />
            <source>Aannemen</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="118" />
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="119" />
            <source>Afwijzen</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="126" />
            <source>Stemmen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="130" />
            <source>Uitslag tonen</source>
            <translation>Reveal the result</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="156" />
            <source>Meedoen is gesloten.</source>
            <translation>Joining is closed.</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="158" />
            <source>Zaalcode: {code}</source>
            <translation>Room code: {code}</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="160" />
            <source>Deur dicht: niemand nieuw erbij.</source>
            <translation>Door closed: no one new joins.</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="175" />
            <source>1 apparaat doet mee</source>
            <translation>1 device has joined</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="176" />
            <source>{n} apparaten doen mee</source>
            <translation>{n} devices have joined</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="184" />
            <source>Deze laptop bereikt zijn eigen Meedoen-pagina niet op {address}. Telefoons lukt dat dan ook niet. Zet de hotspot van de laptop aan, of sluit Meedoen en open het opnieuw om een ander netwerk te kiezen.</source>
            <translation>This laptop cannot reach its own Meedoen page at {address}, so phones cannot either. Turn on the laptop's hotspot, or close Meedoen and open it again to choose another network.</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="201" />
            <source>1 stip uitgebracht, nog verborgen</source>
            <translation>1 dot cast, still hidden</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="202" />
            <source>{n} stippen uitgebracht, nog verborgen</source>
            <translation>{n} dots cast, still hidden</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="226" />
            <source>Verhaal wijzigen</source>
            <translation>Edit story</translation>
        </message>
        <message>
            <location filename="../../views/session/join_dock.py" line="227" />
            <source>Trefwoorden:</source>
            <translation>Keywords:</translation>
        </message>
    </context>
    <context>
        <name>JoinFeature</name>
        <message>
            <location filename="../../views/session/join_feature.py" line="31" />
            <source>&amp;Meedoen (telefoons en laptops)…</source>
            <translation>&amp;Join in (phones and laptops)…</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="34" />
            <source>Laat deelnemers meedoen met hun eigen telefoon of laptop, via het lokale netwerk</source>
            <translation>Let participants join in with their own phone or laptop, over the local network</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="74" />
            <location filename="../../views/session/join_feature.py" line="81" />
            <location filename="../../views/session/join_feature.py" line="106" />
            <source>Meedoen</source>
            <translation>Join in</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="75" />
            <source>Deze laptop heeft geen netwerkverbinding. Zet de hotspot van de laptop aan of verbind met het wifi-netwerk van de school, en probeer het opnieuw.</source>
            <translation>This laptop has no network connection. Switch on the laptop's hotspot or connect to the school's Wi-Fi, and try again.</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="82" />
            <source>Deze laptop zit op meer dan één netwerk. Op welk netwerk zitten de telefoons?</source>
            <translation>This laptop is on more than one network. Which network are the phones on?</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="107" />
            <source>Meedoen kan niet starten op {host}: {error}</source>
            <translation>Join in cannot start on {host}: {error}</translation>
        </message>
        <message>
            <location filename="../../views/session/join_feature.py" line="119" />
            <source>Alleen op deze laptop bereikbaar (127.0.0.1).</source>
            <translation>Reachable from this laptop only (127.0.0.1).</translation>
        </message>
    </context>
    <context>
        <name>JoinOverlay</name>
        <message>
            <location filename="../../views/room/join_overlay.py" line="55" />
            <source>Doe mee: scan de code</source>
            <translation>Join in: scan the code</translation>
        </message>
        <message>
            <location filename="../../views/room/join_overlay.py" line="56" />
            <source>of ga naar</source>
            <translation>or go to</translation>
        </message>
        <message>
            <location filename="../../views/room/join_overlay.py" line="58" />
            <source>en typ de zaalcode</source>
            <translation>and type the room code</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../views/common/labels.py" line="9" />
            <source>Oudere docent (45+)</source>
            <translation>Older teacher (45+)</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="10" />
            <source>Jongere docent</source>
            <translation>Younger teacher</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="11" />
            <source>Leidinggevende</source>
            <translation>School leader</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="12" />
            <location filename="../../views/common/labels.py" line="21" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="18" />
            <source>Ouder (45+)</source>
            <translation>Older (45+)</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="19" />
            <source>Jonger</source>
            <translation>Younger</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="20" />
            <source>Leiding</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="27" />
            <source>Cirkel van invloed en betrokkenheid</source>
            <translation>Circle of influence and concern</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="28" />
            <source>Marktplaats interne deskundigheid</source>
            <translation>Marketplace of in-house expertise</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="29" />
            <source>Plus-min-gesprek over de kernthema's</source>
            <translation>Plus-minus conversation on the core themes</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="30" />
            <source>Eerste groepsgesprek</source>
            <translation>First group session</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="31" />
            <source>Vervolggesprek</source>
            <translation>Follow-up session</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="32" />
            <source>Lege bijeenkomst</source>
            <translation>Empty workshop</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="38" />
            <source>Verhalen (30), plaatsen in de cirkel (10), dialoog (30), afsluiting (5).</source>
            <translation>Stories (30), placing in the circle (10), dialogue (30), closing (5).</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="39" />
            <source>Aanbod en vraag in subgroepen (20), plenair verbindingen leggen (30), actie.</source>
            <translation>Supply and demand in subgroups (20), making connections together (30), action.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="40" />
            <source>De vier kernthema's: positieve punten, aandachtspunten, koppelen, actie.</source>
            <translation>The four core themes: positive points, points of attention, pairing, action.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="41" />
            <source>Terugkoppeling (rood/groen en de kernthema's), herkennen, de punten met voorbeelden, versterken en belemmeren, het meest urgente thema.</source>
            <translation>Reporting back (red/green and the core themes), recognising, the points with examples, strengthening and obstacles, the most urgent theme.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="42" />
            <source>Eén thema verdiepen: patronen doorbreken, patronen vasthouden, hoe en door wie, actie.</source>
            <translation>One theme in depth: patterns to break, patterns to keep, how and by whom, action.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="43" />
            <source>Geen agenda: stel zelf de rondes samen.</source>
            <translation>No agenda: put the rounds together yourself.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="49" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="50" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="51" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="52" />
            <source>Versmallen of doorleren</source>
            <translation>Narrowing or continuing to learn</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="53" />
            <source>Geen bord</source>
            <translation>No board</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="59" />
            <source>Zelf</source>
            <translation>Self</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="60" />
            <source>Klas</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="61" />
            <source>Sectie of andere eenheid</source>
            <translation>Department or other unit</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="62" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="63" />
            <source>Omgeving/maatschappij</source>
            <translation>Community/society</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="64" />
            <location filename="../../views/common/labels.py" line="87" />
            <source>Niet geplaatst</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="70" />
            <source>Een kleine groep ({n}): voor de start gaat de methode uit van 8 tot 10 deelnemers, uit verschillende secties.</source>
            <translation>A small group ({n}): for the start the method works with 8 to 10 participants from different sections.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="72" />
            <source>Een grote groep ({n}): voor de start gaat de methode uit van 8 tot 10 deelnemers. Werk in de marktplaats in subgroepen van 4 à 5.</source>
            <translation>A large group ({n}): for the start the method works with 8 to 10 participants. In the marketplace, work in subgroups of 4 or 5.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="84" />
            <source>Rood: versmallingsroute</source>
            <translation>Red: narrowing route</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="85" />
            <source>Groen: leerroute</source>
            <translation>Green: learning route</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="86" />
            <source>Ertussenin</source>
            <translation>In between</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="110" />
            <source>{m} min gepland</source>
            <translation>{m} min planned</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="112" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="122" />
            <source>Cirkel</source>
            <translation>Circle</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="123" />
            <source>Markt</source>
            <translation>Market</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="124" />
            <source>Plus-min</source>
            <translation>Plus-minus</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="74" />
            <source>Er is nog geen {role} bij: de methode vraagt om alle stemmen.</source>
            <translation>There is no {role} yet: the method asks for every voice.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="77" />
            <source>Oudere docenten zijn bij voorkeur iets oververtegenwoordigd; nu zijn ze niet de grootste groep.</source>
            <translation>Older teachers should preferably be slightly over-represented; now they are not the largest group.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../views/shell/main_window.py" line="67" />
            <source>Wijzigingen worden NIET opgeslagen: zie de melding.</source>
            <translation>Changes are NOT being saved: see the message.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="90" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="91" />
            <source>&amp;Nieuwe bijeenkomst…</source>
            <translation>&amp;New workshop…</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="94" />
            <source>&amp;Overzicht van bijeenkomsten</source>
            <translation>Workshop &amp;overview</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="106" />
            <source>Bord als afbeelding &amp;opslaan…</source>
            <translation>Save board as &amp;picture…</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="108" />
            <source>&amp;Notulen exporteren (PDF)…</source>
            <translation>Export &amp;minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="120" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="124" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="125" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="127" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="135" />
            <source>&amp;Sessie</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="136" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="137" />
            <source>&amp;Publieksvenster (tweede scherm)</source>
            <translation>&amp;Audience window (second screen)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="141" />
            <source>P&amp;resentatiemodus (één scherm)</source>
            <translation>P&amp;resentation mode (one screen)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="145" />
            <source>Projectorthema met &amp;hoog contrast</source>
            <translation>Projector theme with &amp;high contrast</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="150" />
            <source>Tekst in de zaal &amp;groter</source>
            <translation>&amp;Larger text in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="153" />
            <source>Tekst in de zaal &amp;kleiner</source>
            <translation>&amp;Smaller text in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="162" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="171" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="173" />
            <source>Over Leidraad</source>
            <translation>About Leidraad</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="212" />
            <source>Deze bijeenkomst bestaat niet meer.</source>
            <translation>This workshop no longer exists.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="241" />
            <source>Nieuwe actie (over naar actie)</source>
            <translation>New action (into action)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="280" />
            <source>Geen tweede scherm gevonden: het publieksvenster staat op dit scherm. Tip: F5 voor presentatiemodus.</source>
            <translation>No second screen found: the audience window is on this screen. Tip: F5 for presentation mode.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="287" />
            <source>Publieksvenster gesloten. Alles is bewaard.</source>
            <translation>Audience window closed. Everything is saved.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="327" />
            <source>Volgende pagina in de zaal</source>
            <translation>Next page in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="328" />
            <source>Vorige pagina in de zaal</source>
            <translation>Previous page in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="346" />
            <source>Zaal: pagina {page} van {count}</source>
            <translation>Room: page {page} of {count}</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="372" />
            <source>Notulen opgeslagen: {path}</source>
            <translation>Minutes saved: {path}</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="388" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="395" />
            <source>Opslaan werkt weer.</source>
            <translation>Saving works again.</translation>
        </message>
    </context>
    <context>
        <name>Market</name>
        <message>
            <location filename="../../views/market/cards.py" line="439" />
            <source>Subgroep {name}</source>
            <translation>Subgroup {name}</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="445" />
            <source>en</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="452" />
            <source>van: {names}</source>
            <translation>from: {names}</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="472" />
            <source>gebundeld</source>
            <translation>pooled</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="475" />
            <source>knoop</source>
            <translation>knot</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="475" />
            <source>{n} knopen</source>
            <translation>{n} knots</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="479" />
            <source>past bij: {development}</source>
            <translation>fits: {development}</translation>
        </message>
    </context>
    <context>
        <name>MarketBoard</name>
        <message>
            <location filename="../../views/market/board.py" line="144" />
            <source>Subgroepen</source>
            <translation>Subgroups</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="144" />
            <source>Aanbod en vraag per subgroep</source>
            <translation>Supply and demand per subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="145" />
            <source>Plenair</source>
            <translation>Plenary</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="145" />
            <source>Bundelen, knopen, open vraag</source>
            <translation>Pooling, knots, open demand</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="155" />
            <source>+ Subgroep</source>
            <translation>+ Subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="155" />
            <source>Een lege subgroep toevoegen</source>
            <translation>Add an empty subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="156" />
            <source>Subgroepen uit deelnemers</source>
            <translation>Subgroups from participants</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="157" />
            <source>Maak een subgroep voor elke subgroep in de deelnemerslijst</source>
            <translation>Make a subgroup for every subgroup in the participant list</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="159" />
            <source>Hand-out (CSV)…</source>
            <translation>Hand-out (CSV)…</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="160" />
            <source>Per deelnemer: wat ze bieden, wat ze vragen en wie ze kunnen benaderen</source>
            <translation>Per participant: what they offer, what they ask for and whom they can approach</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="174" />
            <source>Blad voor de nieuwe regel</source>
            <translation>Sheet for the new line</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="175" />
            <source>Op welk blad komt de nieuwe regel? Klik ook op een blad.</source>
            <translation>Which sheet does the new line go on? You can also click a sheet.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="182" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="183" />
            <source>Enter voegt toe; de cursor blijft staan voor de volgende (Ctrl+L)</source>
            <translation>Enter adds; the cursor stays for the next one (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="201" />
            <source>Marktplaats · bladen</source>
            <translation>Marketplace · sheets</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="205" />
            <source>Regel bewerken</source>
            <translation>Edit line</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="206" />
            <source>Regel verwijderen</source>
            <translation>Delete line</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="207" />
            <source>Regel omhoog</source>
            <translation>Line up</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="208" />
            <source>Regel omlaag</source>
            <translation>Line down</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="209" />
            <source>Naar het vorige blad</source>
            <translation>To the previous sheet</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="210" />
            <source>Naar het volgende blad</source>
            <translation>To the next sheet</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="211" />
            <source>Naar blad…</source>
            <translation>To sheet…</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="212" />
            <source>Menu van de gekozen regel</source>
            <translation>Menu of the selected line</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="214" />
            <source>Focus naar de vorige, volgende of naastgelegen regel</source>
            <translation>Focus to the previous, next or neighbouring line</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="215" />
            <source>Volgende / vorige regel (leesvolgorde)</source>
            <translation>Next / previous line (reading order)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="216" />
            <source>Keuze opheffen</source>
            <translation>Clear the selection</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="219" />
            <source>Naar het invoerveld</source>
            <translation>To the entry field</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="220" />
            <source>Subgroepen / Plenair wisselen</source>
            <translation>Switch subgroups / plenary</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="223" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="292" />
            <location filename="../../views/market/sheet_actions.py" line="51" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="292" />
            <location filename="../../views/market/sheet_actions.py" line="51" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="371" />
            <source>Maak eerst een subgroep.</source>
            <translation>First make a subgroup.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="374" />
            <source>Typ eerst wat er op het blad moet.</source>
            <translation>First type what goes on the sheet.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="385" />
            <source>Toegevoegd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Added; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/market/sheet_actions.py" line="60" />
            <source>Kies eerst een regel (pijlen of Tab).</source>
            <translation>Select a line first (arrows or Tab).</translation>
        </message>
        <message>
            <location filename="../../views/market/sheet_actions.py" line="77" />
            <source>Regel verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Line deleted; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="408" />
            <source>Naar blad</source>
            <translation>To sheet</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="394" />
            <source>Geen nieuwe subgroepen: vul bij Deelnemers de kolom Subgroep in (bijv. A, B, C).</source>
            <translation>No new subgroups: fill in the Subgroup column under Participants (e.g. A, B, C).</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="418" />
            <source>Subgroep hernoemen…</source>
            <translation>Rename subgroup…</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="419" />
            <source>Subgroep verwijderen</source>
            <translation>Delete subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="427" />
            <source>Subgroep hernoemen</source>
            <translation>Rename subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="427" />
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="435" />
            <source>Hand-out opslaan</source>
            <translation>Save hand-out</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="435" />
            <source>hand-out marktplaats.csv</source>
            <translation>marketplace hand-out.csv</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="436" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="447" />
            <source>Hand-out voor {n} deelnemers opgeslagen in {path}.</source>
            <translation>Hand-out for {n} participants saved in {path}.</translation>
        </message>
    </context>
    <context>
        <name>MarketCommands</name>
        <message>
            <location filename="../../commands/market.py" line="67" />
            <source>Subgroep toevoegen</source>
            <translation>Add subgroup</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="79" />
            <source>Subgroep hernoemen</source>
            <translation>Rename subgroup</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="91" />
            <source>Subgroep verwijderen</source>
            <translation>Delete subgroup</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="101" />
            <source>Subgroepen uit deelnemers</source>
            <translation>Subgroups from participants</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="123" />
            <source>Ontwikkeling toevoegen</source>
            <translation>Add development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="135" />
            <source>Ontwikkeling wijzigen</source>
            <translation>Change development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="147" />
            <source>Ontwikkeling verwijderen</source>
            <translation>Delete development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="155" />
            <source>Past bij ontwikkeling</source>
            <translation>Fits development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="156" />
            <source>Niet meer bij ontwikkeling</source>
            <translation>No longer with development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="173" />
            <source>Aanbod toevoegen</source>
            <translation>Add supply</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="173" />
            <source>Vraag toevoegen</source>
            <translation>Add demand</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="187" />
            <source>Regel wijzigen</source>
            <translation>Change line</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="200" />
            <source>Regel verwijderen</source>
            <translation>Delete line</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="208" />
            <source>Regel verplaatsen</source>
            <translation>Move line</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="224" />
            <location filename="../../commands/market.py" line="240" />
            <source>Aanbod bundelen</source>
            <translation>Pool supply</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="256" />
            <source>Bundel past bij ontwikkeling</source>
            <translation>Pool fits development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="258" />
            <source>Bundel niet meer bij ontwikkeling</source>
            <translation>Pool no longer fits development</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="271" />
            <source>Uit de bundel halen</source>
            <translation>Take out of the pool</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="285" />
            <source>Knoop leggen</source>
            <translation>Tie a knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="297" />
            <source>Knoop losmaken</source>
            <translation>Untie knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="307" />
            <source>Suggestie accepteren: bundelen</source>
            <translation>Accept suggestion: pool</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="308" />
            <source>Suggestie accepteren: knoop</source>
            <translation>Accept suggestion: knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="315" />
            <source>Suggestie afwijzen</source>
            <translation>Dismiss suggestion</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <location filename="../../export/pdf_circle.py" line="45" />
            <source>Zelf</source>
            <translation>Self</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="45" />
            <source>Klas</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="45" />
            <source>Sectie of andere eenheid</source>
            <translation>Department or other unit</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="46" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="46" />
            <source>Omgeving/maatschappij</source>
            <translation>Community/society</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="47" />
            <source>Niet geplaatst</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="175" />
            <source>Er staat nog geen post-it in de cirkel.</source>
            <translation>There is no sticky note in the circle yet.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="179" />
            <source>De meeste post-its staan in de ring {ring} ({n} van {total}).</source>
            <translation>Most sticky notes are in the ring {ring} ({n} of {total}).</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="181" />
            <source>De meeste post-its staan in de ringen {rings} (elk {n}).</source>
            <translation>Most sticky notes are in the rings {rings} ({n} each).</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="182" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="192" />
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="193" />
            <source>Post-its</source>
            <translation>Sticky notes</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="208" />
            <source>De verhalen per ring</source>
            <translation>The stories per ring</translation>
        </message>
        <message>
            <location filename="../../export/pdf_circle.py" line="209" />
            <source>Cirkel van invloed en betrokkenheid</source>
            <translation>Circle of influence and concern</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="33" />
            <source>wil leren van: {names}</source>
            <translation>wants to learn from: {names}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="58" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="59" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="63" />
            <source>Subgroep {name}</source>
            <translation>Subgroup {name}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="63" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="66" />
            <source>Gebundeld aanbod: samen uitbouwen</source>
            <translation>Pooled supply: building on it together</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="73" />
            <source>ook: {variants}</source>
            <translation>also: {variants}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="79" />
            <source>Knopen: wie kan bij wie terecht</source>
            <translation>Knots: who can turn to whom</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="81" />
            <source>Wie vraagt</source>
            <translation>Who asks</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="81" />
            <source>Waarover</source>
            <translation>About what</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="81" />
            <source>Bij wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="91" />
            <source>Aanbod bij de ontwikkelingen van de school</source>
            <translation>Supply for the school’s developments</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="92" />
            <source>nog geen aanbod</source>
            <translation>no supply yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="99" />
            <source>Vraag zonder aanbod: hoe kunnen we dit ontwikkelen?</source>
            <translation>Demand without supply: how can we develop this?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="102" />
            <source>Marktplaats interne deskundigheid</source>
            <translation>Marketplace of in-house expertise</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="188" />
            <location filename="../../export/pdf_boards.py" line="109" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="109" />
            <source>Biedt aan</source>
            <translation>Offers</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="109" />
            <source>Vraagt</source>
            <translation>Asks for</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="109" />
            <source>Neem contact op met</source>
            <translation>Get in touch with</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="114" />
            <source>Per persoon: om elkaar later terug te vinden</source>
            <translation>Per person: to find each other later</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="129" />
            <source>… en nog {n}</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="139" />
            <location filename="../../export/pdf_boards.py" line="170" />
            <source>prioriteit {n}</source>
            <translation>priority {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="141" />
            <source>1 stem</source>
            <translation>1 vote</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="142" />
            <source>{n} stemmen</source>
            <translation>{n} votes</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="153" />
            <source>Wat is het meest urgent?</source>
            <translation>What is most urgent?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="159" />
            <source>Positieve punten</source>
            <translation>Positive points</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="160" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="165" />
            <source>nog geen positieve kant</source>
            <translation>no positive side yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="167" />
            <source>nog geen aandachtspunt ertegenover</source>
            <translation>no point of attention opposite it yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="180" />
            <source>Plus-min-schema's</source>
            <translation>Plus-minus charts</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="185" />
            <source>1 punt staat nog zonder tegenhanger: heeft elk pluspunt een keerzijde, en elk aandachtspunt een positieve kant?</source>
            <translation>1 point has no counterpart yet: does every plus have a flip side, and every point of attention a positive side?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="187" />
            <source>{n} punten staan nog zonder tegenhanger: heeft elk pluspunt een keerzijde, en elk aandachtspunt een positieve kant?</source>
            <translation>{n} points have no counterpart yet: does every plus have a flip side, and every point of attention a positive side?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="215" />
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="216" />
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="217" />
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="218" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="219" />
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="220" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="221" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="222" />
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="223" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="224" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="225" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../export/pdf_style.py" line="226" />
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="45" />
            <source>oudere docent (45+)</source>
            <translation>older teacher (45+)</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="45" />
            <source>jongere docent</source>
            <translation>younger teacher</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="46" />
            <source>leidinggevende</source>
            <translation>school leader</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="46" />
            <source>andere deelnemer</source>
            <translation>other participant</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="47" />
            <source>oudere docenten (45+)</source>
            <translation>older teachers (45+)</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="48" />
            <source>jongere docenten</source>
            <translation>younger teachers</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="49" />
            <source>leidinggevenden</source>
            <translation>school leaders</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="49" />
            <source>andere deelnemers</source>
            <translation>other participants</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="58" />
            <source>geen deelnemers vastgelegd</source>
            <translation>no participants recorded</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="62" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="64" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="66" />
            <source>Gespreksleider</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="67" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="72" />
            <source>{planned} minuten gepland</source>
            <translation>{planned} minutes planned</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="74" />
            <source>, {actual} minuten gebruikt</source>
            <translation>, {actual} minutes used</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="75" />
            <source>Duur</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="83" />
            <source>NOTULEN  ·  LEREN LOONT HET LANGST</source>
            <translation>MINUTES  ·  LEREN LOONT HET LANGST</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="84" />
            <source>Bijeenkomst</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="86" />
            <source>Geanonimiseerde versie: namen zijn vervangen door Deelnemer 1, 2, … en Collega 1, 2, …</source>
            <translation>Anonymised version: names are replaced by Participant 1, 2, … and Colleague 1, 2, …</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="95" />
            <source>Wie deden er mee</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="97" />
            <source>Er zijn geen deelnemers vastgelegd.</source>
            <translation>No participants were recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="99" />
            <source>{n} deelnemers: {roles}. Wie wat zei, blijft in de groep.</source>
            <translation>{n} participants: {roles}. Who said what stays in the group.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="114" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="114" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="115" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="131" />
            <source>Agenda: gepland en werkelijk</source>
            <translation>Agenda: planned and actual</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="158" />
            <source>Het verschil telt alleen de rondes die al gehouden zijn.</source>
            <translation>The difference counts only the rounds that were held.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="133" />
            <source>Er is geen agenda vastgelegd.</source>
            <translation>No agenda was recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="135" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="135" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="135" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="135" />
            <source>Werkelijk</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="135" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="140" />
            <location filename="../../export/pdf_sections.py" line="141" />
            <location filename="../../export/pdf_sections.py" line="149" />
            <location filename="../../export/pdf_sections.py" line="150" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="148" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="180" />
            <source>Uit de gesprekken</source>
            <translation>From the conversations</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="184" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="186" />
            <source>Er zijn geen acties vastgelegd.</source>
            <translation>No actions were recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="188" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="188" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="196" />
            <source>Wat neem je mee uit dit gesprek, voor jezelf en voor je collega's?</source>
            <translation>What do you take away from this conversation, for yourself and for your colleagues?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="197" />
            <source>Wat ga je zelf doen, en wie heb je daarbij nodig?</source>
            <translation>What will you do yourself, and whom do you need for it?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="198" />
            <source>Waar leren we al van elkaar, en hoe bouwen we daarop voort?</source>
            <translation>Where do we already learn from each other, and how do we build on that?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_sections.py" line="199" />
            <source>Om verder over na te denken</source>
            <translation>To think about further</translation>
        </message>
        <message>
            <location filename="../../export/pdf_document.py" line="71" />
            <source>pagina {page} van {total}</source>
            <translation>page {page} of {total}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_document.py" line="108" />
            <source>Notulen: {title}</source>
            <translation>Minutes: {title}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_document.py" line="110" />
            <source>Notulen van de bijeenkomst van {date}</source>
            <translation>Minutes of the workshop of {date}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_document.py" line="111" />
            <source>Leren loont het langst</source>
            <translation>Leren loont het langst</translation>
        </message>
        <message>
            <location filename="../../export/pdf_names.py" line="64" />
            <source>Deelnemer {n}</source>
            <translation>Participant {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_names.py" line="87" />
            <source>Collega {n}</source>
            <translation>Colleague {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_names.py" line="98" />
            <source>de gespreksleider</source>
            <translation>the facilitator</translation>
        </message>
        <message>
            <location filename="../../export/pdf_names.py" line="107" />
            <location filename="../../export/pdf_names.py" line="137" />
            <source>[naam]</source>
            <translation>[name]</translation>
        </message>
        <message>
            <location filename="../../export/pdf_data.py" line="148" />
            <source>Deze bijeenkomst bestaat niet (meer).</source>
            <translation>This workshop does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../export/pdf_data.py" line="163" />
            <source>De gegevens konden niet gelezen worden: {error}</source>
            <translation>The data could not be read: {error}</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="209" />
            <source>gevraagd voor {what}</source>
            <translation>asked for {what}</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="210" />
            <source>wil van je leren over {what}</source>
            <translation>wants to learn from you about {what}</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="211" />
            <source>biedt ook {what}</source>
            <translation>also offers {what}</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="212" />
            <source>biedt {what}</source>
            <translation>offers {what}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="58" />
            <source>De notulen konden niet worden opgemaakt ({error}).</source>
            <translation>The minutes could not be laid out ({error}).</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="74" />
            <source>{path} is een map: kies een bestandsnaam voor de notulen.</source>
            <translation>{path} is a folder: choose a file name for the minutes.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="78" />
            <source>De map {folder} bestaat niet. Kies een andere map.</source>
            <translation>The folder {folder} does not exist. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="112" />
            <source>De schijf is vol: de notulen zijn niet opgeslagen. Maak ruimte vrij of kies een andere plek.</source>
            <translation>The disk is full: the minutes were not saved. Free up space or choose another place.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="115" />
            <source>Geen schrijfrechten in de map {folder}: de notulen zijn niet opgeslagen. Kies een andere map.</source>
            <translation>No permission to write in the folder {folder}: the minutes were not saved. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="118" />
            <source>De bestandsnaam is te lang: kies een kortere naam.</source>
            <translation>The file name is too long: choose a shorter name.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="119" />
            <source>De notulen konden niet worden opgeslagen in {path}: {reason}.</source>
            <translation>The minutes could not be saved in {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="25" />
            <source>Rood: versmallingsroute</source>
            <translation>Red: narrowing route</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="26" />
            <source>Groen: leerroute</source>
            <translation>Green: learning route</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="27" />
            <source>Ertussenin</source>
            <translation>In between</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="40" />
            <source>Post-its in de rode cirkel: {red} · in de groene cirkel: {green} · ertussenin: {between}</source>
            <translation>Sticky notes in the red circle: {red} · in the green circle: {green} · in between: {between}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="57" />
            <source>ertussenin</source>
            <translation>in between</translation>
        </message>
        <message>
            <location filename="../../export/pdf_reflection.py" line="71" />
            <location filename="../../export/pdf_sections.py" line="116" />
            <source>Versmallen of doorleren</source>
            <translation>Narrowing or continuing to learn</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="49" />
            <location filename="../../export/pdf_data.py" line="317" />
            <source>(idem)</source>
            <translation>(same)</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../models/exchange_schema.py" line="86" />
            <location filename="../../models/exchange_document.py" line="68" />
            <source>mag niet leeg zijn</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <location filename="../../models/exchange_document.py" line="74" />
            <source>datum in de vorm JJJJ-MM-DD verwacht, niet {value}</source>
            <translation>date in the form YYYY-MM-DD expected, not {value}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_document.py" line="78" />
            <source>deze datum bestaat niet: {value}</source>
            <translation>this date does not exist: {value}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="64" />
            <location filename="../../models/exchange_schema.py" line="97" />
            <source>een getal</source>
            <translation>a number</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="66" />
            <location filename="../../models/exchange_schema.py" line="97" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="68" />
            <location filename="../../models/exchange_schema.py" line="98" />
            <source>een lijst</source>
            <translation>a list</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="70" />
            <location filename="../../models/exchange_schema.py" line="98" />
            <location filename="../../models/exchange_schema.py" line="99" />
            <source>een object</source>
            <translation>an object</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="83" />
            <location filename="../../models/exchange_schema.py" line="212" />
            <source>verplichte sleutel ontbreekt</source>
            <translation>required key is missing</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="84" />
            <source>onbekende sleutel (eigen sleutels horen in een "extra"-object)</source>
            <translation>unknown key (your own keys belong in an "extra" object)</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="85" />
            <location filename="../../models/exchange_schema.py" line="174" />
            <source>eindig getal verwacht (geen NaN of oneindig)</source>
            <translation>finite number expected (no NaN or infinity)</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="87" />
            <source>kleur in de vorm #rrggbb verwacht</source>
            <translation>colour in the form #rrggbb expected</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="95" />
            <source> of </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="96" />
            <source>moet {options} zijn, niet {value}</source>
            <translation>must be {options}, not {value}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="97" />
            <source>een geheel getal</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="98" />
            <source>true of false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="101" />
            <source>{expected} verwacht, niet {got}</source>
            <translation>{expected} expected, not {got}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="102" />
            <source>moet groter zijn dan {limit}</source>
            <translation>must be greater than {limit}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="103" />
            <source>moet minstens {limit} zijn</source>
            <translation>must be at least {limit}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="104" />
            <source>mag hoogstens {limit} zijn</source>
            <translation>may be at most {limit}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="105" />
            <source>moet kleiner zijn dan {limit}</source>
            <translation>must be less than {limit}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="111" />
            <source>tekst is te lang (maximaal {limit} tekens)</source>
            <translation>text is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="113" />
            <source>te veel elementen (maximaal {value})</source>
            <translation>too many elements (at most {value})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="139" />
            <location filename="../../models/exchange.py" line="314" />
            <source>het bestand is te groot ({size} MB; maximaal {limit} MB)</source>
            <translation>the file is too large ({size} MB; at most {limit} MB)</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="145" />
            <source>geen geldige UTF-8-tekst (byte {start})</source>
            <translation>not valid UTF-8 text (byte {start})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="149" />
            <source>het bestand is leeg</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="153" />
            <source>geen geldige JSON (regel {lineno}, kolom {colno})</source>
            <translation>not valid JSON (line {lineno}, column {colno})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="155" />
            <source>te diep genest</source>
            <translation>nested too deeply</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="157" />
            <source>geen geldige JSON ({exc})</source>
            <translation>not valid JSON ({exc})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="169" />
            <source>te diep genest (meer dan {max_depth} niveaus)</source>
            <translation>nested too deeply (more than {max_depth} levels)</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="178" />
            <source>deze sleutel staat twee keer in hetzelfde object</source>
            <translation>this key appears twice in the same object</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="181" />
            <source>sleutel {key} is geen tekst</source>
            <translation>key {key} is not text</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="187" />
            <source>geen JSON-waarde ({name})</source>
            <translation>not a JSON value ({name})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="192" />
            <source>tekst is te lang ({count} tekens; maximaal {max_text})</source>
            <translation>text is too long ({count} characters; at most {max_text})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="197" />
            <source>ongeldig teken op positie {value}</source>
            <translation>invalid character at position {value}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="203" />
            <source>een object verwacht, niet {data}</source>
            <translation>an object expected, not {data}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="205" />
            <source>verplichte sleutel ontbreekt: dit is geen Leidraad-bijeenkomst</source>
            <translation>required key is missing: this is not a Leidraad workshop</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="208" />
            <source>onbekend formaat {format} (verwacht "{format_name}"): dit is geen Leidraad-bijeenkomst</source>
            <translation>unknown format {format} (expected "{format_name}"): this is not a Leidraad workshop</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="214" />
            <source>versie {version} is gemaakt met een nieuwere Leidraad; deze versie leest versie {format_version}. Werk Leidraad bij.</source>
            <translation>version {version} was made with a newer Leidraad; this version reads version {format_version}. Update Leidraad.</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="218" />
            <source>onbekende versie {version} (verwacht {format_version})</source>
            <translation>unknown version {version} (expected {format_version})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="237" />
            <source>onbekende deelnemer</source>
            <translation>unknown participant</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="237" />
            <source>onbekende subgroep</source>
            <translation>unknown subgroup</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="238" />
            <source>onbekende ontwikkeling</source>
            <translation>unknown development</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="239" />
            <source>onbekende marktplaatsregel</source>
            <translation>unknown marketplace entry</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="239" />
            <source>onbekend punt</source>
            <translation>unknown point</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="240" />
            <source>een deelnemer</source>
            <translation>a participant</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="240" />
            <source>een ronde</source>
            <translation>a round</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="240" />
            <source>een post-it</source>
            <translation>a post-it</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="241" />
            <source>een post-it van het rood-groenbord</source>
            <translation>a post-it of the red/green board</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="242" />
            <source>een subgroep</source>
            <translation>a subgroup</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="242" />
            <source>een ontwikkeling</source>
            <translation>a development</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="243" />
            <source>een regel van de marktplaats</source>
            <translation>a marketplace entry</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="243" />
            <source>een pool</source>
            <translation>a pool</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="244" />
            <source>een thema</source>
            <translation>a theme</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="244" />
            <source>een punt</source>
            <translation>a point</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="244" />
            <source>een actie</source>
            <translation>an action</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="246" />
            <source>geen deelnemer</source>
            <extracomment>The same, after "geen" ("is een subgroep, geen deelnemer").</extracomment>
            <translation>not a participant</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="247" />
            <source>geen ronde</source>
            <translation>not a round</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="248" />
            <source>geen post-it</source>
            <translation>not a post-it</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="249" />
            <source>geen post-it van het rood-groenbord</source>
            <translation>not a post-it of the red/green board</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="250" />
            <source>geen subgroep</source>
            <translation>not a subgroup</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="251" />
            <source>geen ontwikkeling</source>
            <translation>not a development</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="252" />
            <source>geen regel van de marktplaats</source>
            <translation>not a marketplace entry</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="253" />
            <source>geen pool</source>
            <translation>not a pool</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="254" />
            <source>geen thema</source>
            <translation>not a theme</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="255" />
            <source>geen punt</source>
            <translation>not a point</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="256" />
            <source>geen actie</source>
            <translation>not an action</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="268" />
            <source>id {ident} komt al voor bij {where}</source>
            <translation>id {ident} already occurs at {where}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="274" />
            <source>{unknown} {ident}</source>
            <translation>{unknown} {ident}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="276" />
            <source>{ident} is {what}, {not_expected}</source>
            <translation>{ident} is {what}, {not_expected}</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="333" />
            <source>{ident} is een vraag; een pool bundelt alleen aanbod</source>
            <translation>{ident} is a request; a pool bundles offers only</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="335" />
            <source>{ident} staat al in een pool ({pooled})</source>
            <translation>{ident} is already in a pool ({pooled})</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="344" />
            <source>een vraag</source>
            <translation>a request</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="344" />
            <source>aanbod</source>
            <translation>an offer</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="345" />
            <source>{ident} is {wrong}; een verbinding koppelt een vraag aan een aanbod</source>
            <translation>{ident} is {wrong}; a match ties a request to an offer</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="349" />
            <source>dezelfde verbinding staat al bij $.market.matches[{seen}]</source>
            <translation>the same match is already at $.market.matches[{seen}]</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="362" />
            <source>{ident} hoort bij een ander thema</source>
            <translation>{ident} belongs to another theme</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="364" />
            <source>{ident} is een {sign}-punt; een paar koppelt een pluspunt aan een minpunt</source>
            <translation>{ident} is a {sign} point; a pair ties a plus point to a min point</translation>
        </message>
        <message>
            <location filename="../../models/exchange_schema.py" line="370" />
            <source>dit paar staat al bij {where}</source>
            <translation>this pair is already listed at {where}</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="274" />
            <location filename="../../models/plusmin.py" line="282" />
            <location filename="../../models/plusmin_rows.py" line="71" />
            <source>Dit thema bestaat niet (meer).</source>
            <translation>This theme does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="111" />
            <location filename="../../models/workshop.py" line="131" />
            <location filename="../../models/traject.py" line="53" />
            <location filename="../../models/traject.py" line="147" />
            <location filename="../../models/actions.py" line="170" />
            <location filename="../../models/rules.py" line="60" />
            <location filename="../../models/timer.py" line="238" />
            <source>Deze bijeenkomst bestaat niet (meer).</source>
            <translation>This workshop does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="237" />
            <source>Een thema kan maar één keer in de rangorde staan.</source>
            <translation>A theme can appear only once in the ranking.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="241" />
            <source>Een van deze thema's bestaat niet (meer).</source>
            <translation>One of these themes does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="261" />
            <source>Het aantal stemmen moet tussen 0 en 10.000 liggen.</source>
            <translation>The number of votes must be between 0 and 10,000.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin.py" line="284" />
            <source>Dit thema heeft geen stemmen meer om weg te halen.</source>
            <translation>This theme has no votes left to take away.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="33" />
            <source>Onbekende kolom: {sign} (verwacht plus of min).</source>
            <translation>Unknown column: {sign} (expected plus or min).</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="40" />
            <source>Dit punt bestaat niet (meer).</source>
            <translation>This point does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="210" />
            <source>Alleen punten van hetzelfde thema kun je koppelen.</source>
            <translation>You can only pair points of the same theme.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="212" />
            <source>Koppel een positief punt aan een aandachtspunt, niet twee punten uit dezelfde kolom.</source>
            <translation>Pair a positive point with a point of attention, not two points from the same column.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="219" />
            <source>Deze twee punten zijn al aan elkaar gekoppeld.</source>
            <translation>These two points are already paired.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="238" />
            <source>Dit punt is niet gekoppeld.</source>
            <translation>This point is not paired.</translation>
        </message>
        <message>
            <location filename="../../models/plusmin_items.py" line="239" />
            <source>Deze twee punten zijn niet aan elkaar gekoppeld.</source>
            <translation>These two points are not paired with each other.</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="49" />
            <location filename="../../models/text.py" line="64" />
            <source>{what}: tekst verwacht.</source>
            <translation>{what}: text expected.</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="54" />
            <source>{what} mag niet leeg zijn.</source>
            <translation>{what} must not be empty.</translation>
        </message>
        <message>
            <location filename="../../models/text.py" line="56" />
            <source>{what} is te lang ({count} tekens; maximaal {limit}).</source>
            <translation>{what} is too long ({count} characters; at most {limit}).</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="90" />
            <source>Onbekend sjabloon: {key}</source>
            <translation>Unknown template: {key}</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="113" />
            <source>Onbekende velden: {unknown}</source>
            <translation>Unknown fields: {unknown}</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="123" />
            <source>Ongeldige datum: {date} (gebruik JJJJ-MM-DD).</source>
            <translation>Invalid date: {date} (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="125" />
            <source>Een bijeenkomst heeft een datum nodig.</source>
            <translation>A workshop needs a date.</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="127" />
            <source>Onbekende taal: {language}</source>
            <translation>Unknown language: {language}</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="174" />
            <source>Onbekende rol: {role}</source>
            <translation>Unknown role: {role}</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="194" />
            <source>Onbekend veld voor een deelnemer.</source>
            <translation>Unknown field for a participant.</translation>
        </message>
        <message>
            <location filename="../../models/workshop.py" line="204" />
            <location filename="../../models/market.py" line="282" />
            <location filename="../../models/orchestration.py" line="103" />
            <source>Deze deelnemer bestaat niet (meer).</source>
            <translation>This participant does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="170" />
            <location filename="../../models/market.py" line="179" />
            <location filename="../../models/market.py" line="334" />
            <location filename="../../models/market.py" line="412" />
            <source>Deze subgroep bestaat niet (meer).</source>
            <translation>This subgroup does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="239" />
            <location filename="../../models/market.py" line="247" />
            <location filename="../../models/market.py" line="448" />
            <source>Deze ontwikkeling bestaat niet (meer).</source>
            <translation>This development does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="269" />
            <source>Onbekend blad: {side} (aanbod of vraag).</source>
            <translation>Unknown sheet: {side} (offers or requests).</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="278" />
            <source>Persoon: naam of deelnemer verwacht.</source>
            <translation>Person: a name or participant expected.</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="332" />
            <location filename="../../models/market.py" line="364" />
            <source>Bij aanbod hoort geen 'van wie': dat staat op het vraagblad.</source>
            <translation>An offer has no 'from whom': that belongs on the requests sheet.</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="336" />
            <location filename="../../models/market.py" line="414" />
            <source>Deze subgroep hoort bij een andere bijeenkomst.</source>
            <translation>This subgroup belongs to another workshop.</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="352" />
            <source>Onbekend veld voor een regel.</source>
            <translation>Unknown field for an entry.</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="356" />
            <location filename="../../models/market.py" line="374" />
            <location filename="../../models/market.py" line="411" />
            <location filename="../../models/market.py" line="444" />
            <location filename="../../models/market_links.py" line="52" />
            <location filename="../../models/market_links.py" line="53" />
            <location filename="../../models/market_links.py" line="170" />
            <location filename="../../models/market_links.py" line="200" />
            <location filename="../../models/market_links.py" line="201" />
            <location filename="../../models/market_links.py" line="241" />
            <location filename="../../models/market_links.py" line="242" />
            <source>Deze regel bestaat niet (meer).</source>
            <translation>This entry does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="446" />
            <location filename="../../models/market_links.py" line="154" />
            <source>Alleen aanbod kan bij een ontwikkeling passen.</source>
            <translation>Only an offer can fit a development.</translation>
        </message>
        <message>
            <location filename="../../models/market.py" line="450" />
            <location filename="../../models/market_links.py" line="159" />
            <source>Deze ontwikkeling hoort bij een andere bijeenkomst.</source>
            <translation>This development belongs to another workshop.</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="78" />
            <source>Geplande minuten: een heel getal verwacht, niet {value}.</source>
            <translation>Planned minutes: a whole number expected, not {value}.</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="80" />
            <source>Geplande minuten: een heel getal verwacht.</source>
            <translation>Planned minutes: a whole number expected.</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="82" />
            <source>Een ronde duurt {min_round_minutes} tot {max_round_minutes} minuten (niet {minutes}).</source>
            <translation>A round lasts {min_round_minutes} to {max_round_minutes} minutes (not {minutes}).</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="91" />
            <source>Onbekend bord: {value}</source>
            <translation>Unknown board: {value}</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="100" />
            <source>Vragen: een lijst met teksten verwacht.</source>
            <translation>Questions: a list of texts expected.</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="104" />
            <source>Te veel vragen voor één ronde ({count}; maximaal {max_prompts}).</source>
            <translation>Too many questions for one round ({count}; at most {max_prompts}).</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="113" />
            <source>Werkelijke duur: een positief aantal seconden verwacht.</source>
            <translation>Actual duration: a positive number of seconds expected.</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="121" />
            <source>Onbekende velden voor een ronde: {unknown}</source>
            <translation>Unknown fields for a round: {unknown}</translation>
        </message>
        <message>
            <location filename="../../models/agenda.py" line="185" />
            <location filename="../../models/agenda.py" line="211" />
            <location filename="../../models/agenda.py" line="252" />
            <source>Deze ronde bestaat niet (meer).</source>
            <translation>This round does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="188" />
            <source>De reservekopie in {folder} kon niet gemaakt worden ({exc}). Leidraad werkt gewoon door en slaat elke wijziging op.</source>
            <translation>The backup in {folder} could not be made ({exc}). Leidraad carries on as usual and saves every change.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="251" />
            <source>{backup_path} bestaat niet.</source>
            <translation>{backup_path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="254" />
            <source>{backup_path} is leeg, geen reservekopie.</source>
            <translation>{backup_path} is empty, not a backup.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="261" />
            <source>{store_path} is nog geopend in Leidraad. Sluit Leidraad eerst en herstel dan de reservekopie.</source>
            <translation>{store_path} is still open in Leidraad. Close Leidraad first, then restore the backup.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="304" />
            <source>Nog geen reservekopieën van {db}.</source>
            <translation>No backups of {db} yet.</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="316" />
            <source>Teruggezet: {backup} -&gt; {db}</source>
            <translation>Restored: {backup} -&gt; {db}</translation>
        </message>
        <message>
            <location filename="../../models/backup.py" line="318" />
            <source>Het vorige bestand is bewaard als {kept}</source>
            <translation>The previous file was kept as {kept}</translation>
        </message>
        <message>
            <location filename="../../models/market_analysis.py" line="336" />
            <location filename="../../models/market_analysis.py" line="350" />
            <source>{path} kan niet worden geschreven: {strerror}.</source>
            <translation>{path} cannot be written: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="83" />
            <source>gebruik dag-maand-jaar, bijv. 15-1-2027</source>
            <translation>use day-month-year, e.g. 15-1-2027</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="108" />
            <source>‘{text}’ is geen datum ({date_help}).</source>
            <translation>‘{text}’ is not a date ({date_help}).</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="114" />
            <source>‘{text}’: het jaar {year} lijkt niet te kloppen ({date_help}).</source>
            <translation>‘{text}’: the year {year} does not look right ({date_help}).</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="117" />
            <source>‘{text}’ bestaat niet als datum ({date_help}).</source>
            <translation>‘{text}’ does not exist as a date ({date_help}).</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="146" />
            <source>Onbekend veld voor een actie.</source>
            <translation>Unknown field for an action.</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="160" />
            <location filename="../../models/circle.py" line="110" />
            <source>Deze deelnemer hoort niet (meer) bij de bijeenkomst.</source>
            <translation>This participant is not (or no longer) part of the workshop.</translation>
        </message>
        <message>
            <location filename="../../models/actions.py" line="185" />
            <location filename="../../models/actions.py" line="200" />
            <location filename="../../models/actions.py" line="230" />
            <source>Deze actie bestaat niet (meer).</source>
            <translation>This action does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/rules.py" line="45" />
            <source>Gespreksregels: een lijst met regels verwacht.</source>
            <translation>Conversation rules: a list of rules expected.</translation>
        </message>
        <message>
            <location filename="../../models/rules.py" line="49" />
            <source>Er moet minstens één gespreksregel overblijven. Verberg de kaart als je geen regels wilt tonen.</source>
            <translation>At least one conversation rule must remain. Hide the card if you do not want to show any rules.</translation>
        </message>
        <message>
            <location filename="../../models/rules.py" line="52" />
            <source>Hooguit {max_rules} gespreksregels: kies de belangrijkste (nu {count}).</source>
            <translation>At most {max_rules} conversation rules: choose the most important ones (now {count}).</translation>
        </message>
        <message>
            <location filename="../../models/joining.py" line="86" />
            <source>Dit verhaal staat niet (meer) in de inbox.</source>
            <translation>This story is not (or no longer) in the inbox.</translation>
        </message>
        <message>
            <location filename="../../models/joining.py" line="128" />
            <source>Een stip erbij of eraf.</source>
            <translation>One dot more or less.</translation>
        </message>
        <message>
            <location filename="../../models/joining.py" line="132" />
            <source>Dit thema heeft geen stip van u om weg te halen.</source>
            <translation>This theme has no dot of yours to take away.</translation>
        </message>
        <message>
            <location filename="../../models/timer.py" line="255" />
            <source>Er staan nog geen rondes op de agenda: voeg eerst een ronde toe.</source>
            <translation>There are no rounds on the agenda yet: add a round first.</translation>
        </message>
        <message>
            <location filename="../../models/timer.py" line="397" />
            <source>Deze ronde hoort niet (meer) bij de agenda.</source>
            <translation>This round is not (or no longer) on the agenda.</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="54" />
            <source>{path} is beschadigd of geen Leidraad-bestand en kan niet gelezen worden{extra}. Zet een reservekopie terug (Bestand &gt; Reservekopie terugzetten of 'leidraad herstel').</source>
            <extracomment>Failures of the database layer: SQLAlchemy's wrappers and raw driver errors. What reading a damaged row raises besides database errors (undecodable bytes, bad dates).</extracomment>
            <translation>{path} is damaged or not a Leidraad file and cannot be read{extra}. Restore a backup (File &gt; Restore backup or 'leidraad herstel').</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="64" />
            <source>de koppeling verwijst naar zichzelf</source>
            <translation>the link points to itself</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="91" />
            <source>De schijf is vol: de laatste wijziging is niet opgeslagen. Maak ruimte vrij op de schijf met {path} en probeer het opnieuw.</source>
            <extracomment>Below this much free space an I/O error is a full disk (SQLite often reports ENOSPC as I/O).</extracomment>
            <translation>The disk is full: the last change was not saved. Free up space on the disk holding {path} and try again.</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="94" />
            <source>Het bestand is alleen-lezen: de laatste wijziging is niet opgeslagen. Controleer de rechten van {path}.</source>
            <translation>The file is read-only: the last change was not saved. Check the permissions of {path}.</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="97" />
            <source>Het bestand {path} is bezet door een ander programma: de laatste wijziging is niet opgeslagen. Sluit dat programma en probeer het opnieuw.</source>
            <translation>The file {path} is in use by another program: the last change was not saved. Close that program and try again.</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="100" />
            <source>Schrijffout op de schijf (is de USB-stick of netwerkmap weg?): de laatste wijziging is niet opgeslagen in {path}.</source>
            <translation>Write error on the disk (has the USB stick or network folder gone?): the last change was not saved in {path}.</translation>
        </message>
        <message>
            <location filename="../../models/store_errors.py" line="103" />
            <source>De wijziging kon niet worden opgeslagen in {path}: {text}</source>
            <translation>The change could not be saved in {path}: {text}</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="86" />
            <source>Ongeldige kleur: {color} (verwacht #rrggbb).</source>
            <translation>Invalid colour: {color} (expected #rrggbb).</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="98" />
            <source>Een positie bestaat uit twee getallen.</source>
            <translation>A position consists of two numbers.</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="100" />
            <source>Ongeldige positie: de coördinaten moeten eindige getallen zijn.</source>
            <translation>Invalid position: the coordinates must be finite numbers.</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="170" />
            <location filename="../../models/circle.py" line="209" />
            <location filename="../../models/reflection.py" line="119" />
            <location filename="../../models/reflection.py" line="144" />
            <source>Een lege post-it: typ steekwoorden of kies een deelnemer.</source>
            <translation>An empty post-it: type keywords or choose a participant.</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="188" />
            <location filename="../../models/reflection.py" line="132" />
            <source>Onbekend veld voor een post-it.</source>
            <translation>Unknown field for a post-it.</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="201" />
            <location filename="../../models/reflection.py" line="136" />
            <location filename="../../models/reflection.py" line="176" />
            <source>Deze post-it bestaat niet (meer).</source>
            <translation>This post-it does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/circle.py" line="241" />
            <location filename="../../models/reflection.py" line="162" />
            <source>Een van deze post-its bestaat niet (meer).</source>
            <translation>One of these post-its does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/exchange_export.py" line="60" />
            <source>Bijeenkomst {workshop_id} bestaat niet (meer).</source>
            <translation>Workshop {workshop_id} does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/exchange.py" line="302" />
            <source>{path} kan niet geschreven worden: {strerror}.</source>
            <translation>{path} cannot be written: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/exchange.py" line="311" />
            <source>{path} is een map, geen bestand.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../models/exchange.py" line="318" />
            <location filename="../../models/store.py" line="80" />
            <source>{path} kan niet gelezen worden: {strerror}.</source>
            <translation>{path} cannot be read: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="76" />
            <source>{path} is een map, geen Leidraad-bestand.</source>
            <translation>{path} is a folder, not a Leidraad file.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="83" />
            <source>{path} is geen Leidraad-bestand (geen SQLite-database).</source>
            <translation>{path} is not a Leidraad file (not an SQLite database).</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="92" />
            <source>{path} is een SQLite-database van een ander programma, geen Leidraad-bestand.</source>
            <translation>{path} is an SQLite database of another program, not a Leidraad file.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="95" />
            <source>{path} is gemaakt met een nieuwere versie van Leidraad (schemaversie {version}, deze versie kent t/m {schema_version}). Werk Leidraad bij om het te openen.</source>
            <translation>{path} was made with a newer version of Leidraad (schema version {version}, this version knows up to {schema_version}). Update Leidraad to open it.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="188" />
            <source>De map {parent} kan niet gemaakt worden: {strerror}.</source>
            <extracomment>How long a write waits for another program's write lock before it fails. The last write that failed, until a later write succeeds (for a "not saving" banner).</extracomment>
            <translation>The folder {parent} cannot be created: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="204" />
            <source>{path} kan niet geopend worden. {failure}</source>
            <translation>{path} cannot be opened. {failure}</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="216" />
            <source>{where} is alleen-lezen: Leidraad kan hier niets opslaan. Kies een ander bestand met --db of pas de rechten aan.</source>
            <translation>{where} is read-only: Leidraad cannot save anything here. Choose another file with --db or change the permissions.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="230" />
            <source>Naast {path} staat een logbestand (-wal) dat er niet bij hoort ({why}); het kan niet opzij gezet worden: {strerror}.</source>
            <translation>Next to {path} there is a log file (-wal) that does not belong to it ({why}); it cannot be set aside: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="247" />
            <source>{path} bestaat niet of is leeg: er is nog geen Leidraad-bestand.</source>
            <translation>{path} does not exist or is empty: there is no Leidraad file yet.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="297" />
            <source>{path} is al geopend in een ander Leidraad-venster. Sluit dat eerst, of open een ander bestand.</source>
            <translation>{path} is already open in another Leidraad window. Close that first, or open another file.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="302" />
            <source>{path} kan niet vergrendeld worden: {strerror}.</source>
            <translation>{path} cannot be locked: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../models/store.py" line="341" />
            <source>{path} is alleen-lezen geopend (bijvoorbeeld op een beveiligde USB-stick): wijzigingen worden niet opgeslagen. Kopieer het bestand naar de laptop om verder te werken.</source>
            <translation>{path} was opened read-only (on a protected USB stick, for example): changes are not saved. Copy the file to the laptop to carry on.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="55" />
            <source>Een regel kan niet met zichzelf gebundeld worden.</source>
            <translation>An entry cannot be bundled with itself.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="57" />
            <source>Alleen aanbod kan gebundeld worden.</source>
            <translation>Only offers can be bundled.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="59" />
            <location filename="../../models/market_links.py" line="205" />
            <source>Deze regels horen bij verschillende bijeenkomsten.</source>
            <translation>These entries belong to different workshops.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="69" />
            <location filename="../../models/market_links.py" line="108" />
            <source>Deze regels zijn al gebundeld.</source>
            <translation>These entries are already bundled.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="100" />
            <source>Kies minstens twee regels aanbod om te bundelen.</source>
            <translation>Choose at least two supply lines to pool.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="173" />
            <source>Deze regel is niet gebundeld.</source>
            <translation>This entry is not bundled.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="203" />
            <source>Een knoop verbindt een vraag met een aanbod.</source>
            <translation>A link ties a request to an offer.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="208" />
            <source>Deze knoop is al gelegd.</source>
            <translation>This link has already been made.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="218" />
            <source>Deze knoop bestaat niet (meer).</source>
            <translation>This link does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="231" />
            <source>Onbekend soort suggestie: {kind}.</source>
            <translation>Unknown kind of suggestion: {kind}.</translation>
        </message>
        <message>
            <location filename="../../models/market_links.py" line="255" />
            <source>Deze afwijzing bestaat niet (meer).</source>
            <translation>This dismissal does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/store_files.py" line="106" />
            <location filename="../../models/store_files.py" line="108" />
            <source>past niet bij het bestand</source>
            <translation>does not belong to the file</translation>
        </message>
        <message>
            <location filename="../../models/store_files.py" line="110" />
            <source>van een ander programma</source>
            <translation>of another program</translation>
        </message>
        <message>
            <location filename="../../models/store_files.py" line="112" />
            <source>van een ander Leidraad-bestand</source>
            <translation>of another Leidraad file</translation>
        </message>
        <message>
            <location filename="../../models/store_files.py" line="186" />
            <source>{target_path} is het opslagbestand van Leidraad of een reservekopie ervan: kies een andere bestandsnaam. Er is niets geschreven.</source>
            <translation>{target_path} is Leidraad's store file or a backup of it: choose another file name. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../../models/traject.py" line="59" />
            <source>Dit thema hoort niet (meer) bij de bijeenkomst.</source>
            <translation>This theme does not belong to the workshop (any more).</translation>
        </message>
        <message>
            <location filename="../../models/traject.py" line="61" />
            <source>Kies eerst het meest urgente thema (rangorde of stemmen op het plus-min-bord); het vervolggesprek gaat over dat ene thema.</source>
            <translation>First choose the most urgent theme (ranking or votes on the plus-min board); the follow-up session is about that one theme.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="139" />
            <source>Steekwoorden van het verhaal</source>
            <translation>Keywords of the story</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="141" />
            <source>Deelnemer: typ een naam (leeg = zonder naam)</source>
            <translation>Participant: type a name (empty = no name)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="168" />
            <source>Enter: opslaan · Shift+Enter: nieuwe regel · Tab: deelnemer · Esc: annuleren</source>
            <translation>Enter: save · Shift+Enter: new line · Tab: participant · Esc: cancel</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <location filename="../../views/session/participants_panel.py" line="71" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="71" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="71" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <location filename="../../views/session/participants_panel.py" line="145" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="162" />
            <source>Naam, Enter om toe te voegen</source>
            <translation>Name, Enter to add</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="164" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="168" />
            <source>bijv. A</source>
            <translation>e.g. A</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="170" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="174" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="175" />
            <source>Verwijder de geselecteerde deelnemer (Del)</source>
            <translation>Remove the selected participant (Del)</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="209" />
            <source>Typ eerst een naam.</source>
            <translation>First type a name.</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="213" />
            <source>Let op: er is al een deelnemer met de naam {name}.</source>
            <translation>Note: there is already a participant named {name}.</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="229" />
            <source>Deelnemers verwijderen</source>
            <translation>Remove participants</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="232" />
            <source>Verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Deleted; Ctrl+Z undoes this.</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../../views/files/pdf_export.py" line="84" />
            <source>De notulen konden niet worden gemaakt: {error}</source>
            <translation>The minutes could not be made: {error}</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="168" />
            <source>Notulen exporteren (PDF)</source>
            <translation>Export minutes (PDF)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="178" />
            <source>De notulen bevatten de gegevens van de bijeenkomst, wie er meededen, de agenda (gepland en werkelijk), de uitkomsten van de borden, de gedeelde notities en de acties. Privénotities van de gespreksleider komen er nooit in.</source>
            <translation>The minutes contain the workshop details, who took part, the agenda (planned and actual), the outcomes of the boards, the shared notes and the actions. The facilitator’s private notes never go in.</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="184" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="186" />
            <source>&amp;Kies…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="188" />
            <source>&amp;Opslaan als:</source>
            <translation>&amp;Save as:</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="195" />
            <source>&amp;Anoniem: namen vervangen door Deelnemer 1, 2, … (om buiten de groep te delen)</source>
            <translation>&amp;Anonymous: replace names by Participant 1, 2, … (to share outside the group)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="201" />
            <source>Standaard de taal van de bijeenkomst</source>
            <translation>By default the language of the workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="204" />
            <source>&amp;Taal van de notulen:</source>
            <translation>&amp;Language of the minutes:</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="215" />
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="217" />
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="221" />
            <source>&amp;Sluiten</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="268" />
            <source>Notulen opslaan als</source>
            <translation>Save minutes as</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="269" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="283" />
            <source>Kies eerst waar de notulen moeten komen.</source>
            <translation>First choose where the minutes should go.</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="288" />
            <source>Bestand vervangen?</source>
            <translation>Replace file?</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="289" />
            <source>{name} bestaat al. Wil je het vervangen?</source>
            <translation>{name} already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="299" />
            <source>Bezig met exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="320" />
            <source>De notulen zijn opgeslagen in {path}</source>
            <translation>The minutes were saved in {path}</translation>
        </message>
    </context>
    <context>
        <name>PlenaryKeys</name>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="35" />
            <source>Marktplaats · plenair</source>
            <translation>Marketplace · plenary</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="37" />
            <source>Gekozen aanbod bundelen</source>
            <translation>Pool the selected supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="39" />
            <source>Uit de bundel halen</source>
            <translation>Take out of the pool</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="41" />
            <source>Knoop leggen: gekozen vraag met gekozen aanbod</source>
            <translation>Tie a knot: selected demand with selected supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="43" />
            <source>Knoop losmaken</source>
            <translation>Untie the knot</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="44" />
            <source>Past bij ontwikkeling…</source>
            <translation>Fits a development…</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="46" />
            <source>Hele bundel past bij ontwikkeling…</source>
            <translation>Whole pool fits a development…</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="48" />
            <source>Menu van de gekozen kaart</source>
            <translation>Menu of the selected card</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="53" />
            <source>Focus naar de vorige, volgende of naastgelegen kaart</source>
            <translation>Focus to the previous, next or neighbouring card</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="54" />
            <source>Volgende / vorige kaart (leesvolgorde)</source>
            <translation>Next / previous card (reading order)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="55" />
            <source>Kaart erbij kiezen of weer loslaten</source>
            <translation>Add the card to the selection or let it go</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="56" />
            <source>Focus verplaatsen, keuze houden</source>
            <translation>Move the focus, keep the selection</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="57" />
            <source>Keuze opheffen</source>
            <translation>Clear the selection</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="75" />
            <source>Kies twee of meer kaarten aanbod (Spatie) en druk Ctrl+B om te bundelen.</source>
            <translation>Select two or more supply cards (Space) and press Ctrl+B to pool them.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="78" />
            <source>{n} kaarten gebundeld; Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} cards pooled; Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="83" />
            <source>Zet de focus op een gebundelde kaart om haar uit de bundel te halen.</source>
            <translation>Put the focus on a pooled card to take it out of its pool.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="92" />
            <source>Kies één vraag en één aanbod (Spatie) en druk Ctrl+K om de knoop te leggen.</source>
            <translation>Select one demand and one supply (Space) and press Ctrl+K to tie the knot.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="96" />
            <source>Knoop gelegd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Knot tied; Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="132" />
            <source>&amp;0 Bij geen ontwikkeling</source>
            <translation>&amp;0 No development</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="138" />
            <source>Kies eerst een kaart aanbod (pijlen, Spatie).</source>
            <translation>Select a supply card first (arrows, Space).</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="141" />
            <source>Noem eerst een ontwikkeling van de school (rechts, bij Ontwikkelingen).</source>
            <translation>Name a development of the school first (on the right, under Developments).</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="144" />
            <source>Hele bundel past bij</source>
            <translation>Whole pool fits</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="144" />
            <source>Past bij</source>
            <translation>Fits</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_keys.py" line="157" />
            <source>{n} kaart(en) bijgewerkt; Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} card(s) updated; Ctrl+Z undoes.</translation>
        </message>
    </context>
    <context>
        <name>PlenaryPanel</name>
        <message>
            <location filename="../../views/market/plenary.py" line="89" />
            <source>&lt;b&gt;Suggesties&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suggestions&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="90" />
            <source>Lijken op elkaar (hoofdletters, accenten en spaties tellen niet mee). Er wordt niets samengevoegd tot je accepteert.</source>
            <translation>Look alike (capitals, accents and spaces do not count). Nothing is merged until you accept.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="93" />
            <source>Suggesties</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="98" />
            <source>Accepteren (Enter)</source>
            <translation>Accept (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="99" />
            <source>Afwijzen (Del)</source>
            <translation>Dismiss (Del)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="109" />
            <source>&lt;b&gt;Ontwikkelingen van de school&lt;/b&gt;</source>
            <translation>&lt;b&gt;Developments in the school&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="111" />
            <source>Nieuwe ontwikkeling, Enter</source>
            <translation>New development, Enter</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="114" />
            <source>Ontwikkelingen van de school</source>
            <translation>The school's developments</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="138" />
            <source>Overeenkomst: {score}%</source>
            <translation>Similarity: {score}%</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="162" />
            <source>Bundelen? “{a}” ({wa}) en “{b}” ({wb})</source>
            <translation>Pool? “{a}” ({wa}) and “{b}” ({wb})</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="165" />
            <source>Knoop? {asker} noemt “{name}” bij “{demand}”; {offerer} biedt “{supply}”</source>
            <translation>Knot? {asker} names “{name}” for “{demand}”; {offerer} offers “{supply}”</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="166" />
            <source>Iemand</source>
            <translation>Someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="168" />
            <source>Knoop? {asker} wil leren: “{demand}”; {offerer} biedt “{supply}”</source>
            <translation>Knot? {asker} wants to learn: “{demand}”; {offerer} offers “{supply}”</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="169" />
            <location filename="../../views/market/plenary.py" line="170" />
            <source>iemand</source>
            <translation>someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="188" />
            <source>Geaccepteerd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Accepted; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="193" />
            <source>Afgewezen: deze suggestie komt niet terug (Ctrl+Z maakt dit ongedaan).</source>
            <translation>Dismissed: this suggestion will not come back (Ctrl+Z undoes this).</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="233" />
            <source>Past niet meer bij de ontwikkeling</source>
            <translation>No longer fits the development</translation>
        </message>
    </context>
    <context>
        <name>PlenaryScene</name>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="49" />
            <source>Iemand</source>
            <translation>Someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="50" />
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="51" />
            <source>{asker} wil leren van {offerer}</source>
            <translation>{asker} wants to learn from {offerer}</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="121" />
            <source>Nog geen aanbod op de bladen.</source>
            <translation>No supply on the sheets yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="122" />
            <source>Nog geen knopen gelegd.</source>
            <translation>No knots tied yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="123" />
            <source>Elke vraag heeft een knoop.</source>
            <translation>Every demand has a knot.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="124" />
            <source>Nog geen ontwikkelingen genoemd.</source>
            <translation>No developments named yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="176" />
            <source>{supply}  (vraag: {demand})</source>
            <translation>{supply}  (demand: {demand})</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="197" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="197" />
            <source>Sleep aanbod op aanbod om te bundelen</source>
            <translation>Drag supply onto supply to pool it</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="198" />
            <source>Wat we in huis hebben</source>
            <translation>What we have in-house</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="199" />
            <source>Knopen</source>
            <translation>Knots</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="199" />
            <source>Sleep een vraag op een aanbod</source>
            <translation>Drag a demand onto a supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="200" />
            <source>Wie leert van wie</source>
            <translation>Who learns from whom</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="201" />
            <source>Open vraag</source>
            <translation>Open demand</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="201" />
            <source>Hoe kunnen we dit ontwikkelen?</source>
            <translation>How can we develop this?</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="202" />
            <source>Ontwikkelingen van de school</source>
            <translation>Developments in the school</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="203" />
            <source>Sleep aanbod op een ontwikkeling die het dient</source>
            <translation>Drag supply onto a development it serves</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="204" />
            <source>Welk aanbod past erbij?</source>
            <translation>Which supply fits?</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="212" />
            <source>Gebundeld · {n} collega's</source>
            <translation>Pooled · {n} colleagues</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary_scene.py" line="213" />
            <source>Gebundeld</source>
            <translation>Pooled</translation>
        </message>
    </context>
    <context>
        <name>PlusMinBoard</name>
        <message>
            <location filename="../../views/plusmin/parts.py" line="92" />
            <source>1 positief punt zonder keerzijde</source>
            <translation>1 positive point without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="93" />
            <source>{n} positieve punten zonder keerzijde</source>
            <translation>{n} positive points without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="95" />
            <source>1 aandachtspunt zonder positieve kant</source>
            <translation>1 point of attention without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="96" />
            <source>{n} aandachtspunten zonder positieve kant</source>
            <translation>{n} points of attention without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="106" />
            <source>Meest urgent: {title}</source>
            <translation>Most urgent: {title}</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="108" />
            <source>1 stem</source>
            <translation>1 vote</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="108" />
            <source>{n} stemmen</source>
            <translation>{n} votes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="110" />
            <source>Meest urgent (gelijk): {titles} (elk {votes})</source>
            <translation>Most urgent (tied): {titles} ({votes} each)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="111" />
            <source>Meest urgent: {title} ({votes})</source>
            <translation>Most urgent: {title} ({votes})</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="330" />
            <source>Toevoegen aan het schema (Enter), of sleep naar een kolom</source>
            <translation>Add to the chart (Enter), or drag to a column</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="339" />
            <source>Staat al in het schema</source>
            <translation>Already in the chart</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="102" />
            <source>Nog geen thema.</source>
            <translation>No theme yet.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="103" />
            <source>Nog geen thema. Begin met de vier kernthema’s uit het onderzoek, of met een eigen thema (‘Thema +’ rechtsboven).</source>
            <translation>No theme yet. Start with the four core themes from the research, or with a theme of your own (‘Theme +’ at the top right).</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="80" />
            <location filename="../../views/plusmin/board.py" line="110" />
            <source>De vier kernthema’s toevoegen</source>
            <translation>Add the four core themes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="111" />
            <source>Eigen thema…</source>
            <translation>Own theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="118" />
            <source>Positieve punten</source>
            <translation>Positive points</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="119" />
            <location filename="../../views/plusmin/board.py" line="418" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="42" />
            <source>Thema +</source>
            <translation>Theme +</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="45" />
            <source>Leeg thema…</source>
            <translation>Empty theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="49" />
            <source>Kernthema met de punten uit het onderzoek</source>
            <translation>Core theme with the points from the research</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="53" />
            <source>Thema hernoemen…</source>
            <translation>Rename theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="54" />
            <source>Thema naar links</source>
            <translation>Theme to the left</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="55" />
            <source>Thema naar rechts</source>
            <translation>Theme to the right</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="56" />
            <source>Thema verwijderen…</source>
            <translation>Delete theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="191" />
            <source>Toon of verberg de aandachtspunten op het scherm van de zaal (Ctrl+Shift+O)</source>
            <translation>Show or hide the points of attention on the room’s screen (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="194" />
            <source>verborgen voor de zaal</source>
            <translation>hidden from the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="203" />
            <source>Inspiratie en urgentie</source>
            <translation>Inspiration and urgency</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="204" />
            <source>Het zijpaneel met inspiratie uit het onderzoek en de urgentie tonen of verbergen</source>
            <translation>Show or hide the side panel with inspiration from the research and the urgency</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="213" />
            <source>Positief punt typen, Enter voegt toe</source>
            <translation>Type a positive point, Enter adds it</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="214" />
            <source>Aandachtspunt typen, Enter voegt toe</source>
            <translation>Type a point of attention, Enter adds it</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="24" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="27" />
            <source>Positief punt typen</source>
            <translation>Type a positive point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="28" />
            <source>Aandachtspunt typen</source>
            <translation>Type a point of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="29" />
            <source>Gekozen positief punt en aandachtspunt koppelen</source>
            <translation>Pair the chosen positive point and point of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="69" />
            <location filename="../../views/plusmin/keys.py" line="30" />
            <source>Koppeling opheffen</source>
            <translation>Unpair</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="32" />
            <source>Aandachtspunten tonen aan / verbergen voor de zaal</source>
            <translation>Show / hide the points of attention for the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="33" />
            <source>Volgend thema</source>
            <translation>Next theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="34" />
            <source>Vorig thema</source>
            <translation>Previous theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="40" />
            <source>Punt bewerken (Shift+Enter: nieuwe regel, Esc: annuleren)</source>
            <translation>Edit point (Shift+Enter: new line, Esc: cancel)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="41" />
            <source>Punt kiezen om te koppelen</source>
            <translation>Choose a point to pair</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="42" />
            <source>Naar het vorige of volgende punt, of het punt ertegenover</source>
            <translation>To the previous or next point, or the one opposite</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="108" />
            <source>‘{title}’ en alle punten erin verwijderen? Ctrl+Z maakt dit ongedaan.</source>
            <translation>Delete ‘{title}’ and all its points? Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="485" />
            <source>Punt verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Point deleted; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="43" />
            <source>Punt (of gekoppelde rij) verplaatsen</source>
            <translation>Move point (or paired row)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="44" />
            <source>Punt naar de andere kolom (koppeling vervalt)</source>
            <translation>Point to the other column (pairing is dropped)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="45" />
            <source>Naar het gekoppelde punt (nog eens: het volgende)</source>
            <translation>To the paired point (again: the next one)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="46" />
            <source>Naar het volgende / vorige paar</source>
            <translation>To the next / previous pair</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="47" />
            <source>Punt verwijderen</source>
            <translation>Delete point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/keys.py" line="48" />
            <source>Keuze voor koppelen wissen</source>
            <translation>Clear the choice for pairing</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="72" />
            <source>Nieuw thema</source>
            <translation>New theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="72" />
            <location filename="../../views/plusmin/themes.py" line="94" />
            <source>Naam van het thema:</source>
            <translation>Name of the theme:</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="94" />
            <source>Thema hernoemen</source>
            <translation>Rename theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/themes.py" line="111" />
            <source>Thema verwijderen</source>
            <translation>Delete theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="347" />
            <source>Nog niet bepaald welk thema het meest urgent is.</source>
            <translation>Not yet decided which theme is most urgent.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="87" />
            <source>Nog niet gekoppeld</source>
            <translation>Not paired yet</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="101" />
            <source>Gekoppeld: positief punt en keerzijde</source>
            <translation>Paired: positive point and flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="102" />
            <source>Hoort bij de koppeling hierboven</source>
            <translation>Belongs to the pairing above</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="122" />
            <source>zonder keerzijde</source>
            <translation>without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="124" />
            <source>zonder positieve kant</source>
            <translation>without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/schema.py" line="33" />
            <source>Elk punt heeft zijn keerzijde ✓</source>
            <translation>Every point has its flip side ✓</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="423" />
            <source>Verberg voor de zaal</source>
            <translation>Hide from the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="424" />
            <source>Toon aan de zaal</source>
            <translation>Show to the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="479" />
            <source>Een leeg punt wordt niet bewaard; Delete verwijdert het.</source>
            <translation>An empty point is not saved; Delete removes it.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="490" />
            <source>Kies of maak eerst een thema.</source>
            <translation>First choose or make a theme.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="65" />
            <source>Bewerken</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="66" />
            <source>Koppelen aan het gekozen punt</source>
            <translation>Pair with the chosen point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="72" />
            <source>Naar het gekoppelde punt</source>
            <translation>To the paired point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="75" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="76" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="77" />
            <source>Naar Aandachtspunten</source>
            <translation>To Points of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="77" />
            <source>Naar Positieve punten</source>
            <translation>To Positive points</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="81" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="105" />
            <source>Kies een positief punt en een aandachtspunt (klik of spatie) en druk op Ctrl+K om ze te koppelen.</source>
            <translation>Choose a positive point and a point of attention (click or Space) and press Ctrl+K to pair them.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="116" />
            <source>Ga naar een gekoppeld punt om de koppeling op te heffen.</source>
            <translation>Go to a paired point to unpair it.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="222" />
            <source>Dit punt is nog niet gekoppeld.</source>
            <translation>This point is not paired yet.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="236" />
            <source>Nog geen gekoppelde punten.</source>
            <translation>No paired points yet.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="250" />
            <source>Paar {n} van {total}: {pair}</source>
            <translation>Pair {n} of {total}: {pair}</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="129" />
            <source>Naar de andere kolom</source>
            <translation>To the other column</translation>
        </message>
    </context>
    <context>
        <name>PlusMinCommands</name>
        <message>
            <location filename="../../commands/plusmin.py" line="22" />
            <source>Thema toevoegen: {title}</source>
            <translation>Add theme: {title}</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="41" />
            <source>Thema verwijderen: {title}</source>
            <translation>Delete theme: {title}</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="55" />
            <source>Thema hernoemen</source>
            <translation>Rename theme</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="67" />
            <source>Thema verplaatsen</source>
            <translation>Move theme</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="81" />
            <source>Aandachtspunten tonen aan de zaal</source>
            <translation>Show the points of attention to the room</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="82" />
            <source>Aandachtspunten verbergen voor de zaal</source>
            <translation>Hide the points of attention from the room</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="95" />
            <source>Positief punt toevoegen</source>
            <translation>Add positive point</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="95" />
            <source>Aandachtspunt toevoegen</source>
            <translation>Add point of attention</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="115" />
            <source>Punt wijzigen: {text}</source>
            <translation>Change point: {text}</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="127" />
            <source>Punt verwijderen: {text}</source>
            <translation>Delete point: {text}</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="167" />
            <source>Punt verplaatsen</source>
            <translation>Move point</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="176" />
            <source>Koppelen aan keerzijde</source>
            <translation>Pair with flip side</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="185" />
            <source>Koppeling opheffen</source>
            <translation>Unpair</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="196" />
            <source>Rangorde van urgentie wijzigen</source>
            <translation>Change the order of urgency</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="211" />
            <source>Stem erbij</source>
            <translation>Add a vote</translation>
        </message>
        <message>
            <location filename="../../commands/plusmin.py" line="211" />
            <source>Stem eraf</source>
            <translation>Remove a vote</translation>
        </message>
    </context>
    <context>
        <name>PresentationPage</name>
        <message>
            <location filename="../../views/room/presentation.py" line="48" />
            <source>Terug (Esc)</source>
            <translation>Back (Esc)</translation>
        </message>
        <message>
            <location filename="../../views/room/presentation.py" line="61" />
            <source>Spatie: start/pauze · N: volgende ronde · Esc: terug</source>
            <translation>Space: start/pause · N: next round · Esc: back</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <location filename="../../views/reflection/board.py" line="42" />
            <source>Kijk naar je eigen dagelijkse werk: wanneer zit je vooral in de rode cirkel, wanneer in de groene?</source>
            <translation>Look at your own daily work: when are you mostly in the red circle, when in the green one?</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="43" />
            <source>Hoe ervaar je de balans tussen die twee, en hoe tevreden ben je daarover?</source>
            <translation>How do you experience the balance between the two, and how satisfied are you with it?</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="44" />
            <source>Wat zou beter kunnen?</source>
            <translation>What could be better?</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="45" />
            <source>Hoe kan dat tot stand komen: wat kun je zelf doen, en wie heb je daarbij nodig?</source>
            <translation>How could that come about: what can you do yourself, and whom do you need for it?</translation>
        </message>
    </context>
    <context>
        <name>ReflectionBoard</name>
        <message>
            <location filename="../../views/reflection/board.py" line="92" />
            <source>Versmallingsroute</source>
            <translation>Narrowing route</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="93" />
            <source>vasthouden aan het vertrouwde</source>
            <translation>holding on to the familiar</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="94" />
            <source>Leerroute</source>
            <translation>Learning route</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="95" />
            <source>vanuit je kwaliteiten nieuwe uitdaging kiezen</source>
            <translation>choosing new challenge from your qualities</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="127" />
            <source>Steekwoorden (Enter: ertussen)</source>
            <translation>Keywords (Enter: in between)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="135" />
            <source>In rood</source>
            <translation>In red</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="135" />
            <source>Nieuwe post-it in de rode cirkel</source>
            <translation>New sticky note in the red circle</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="136" />
            <source>Ertussen</source>
            <translation>In between</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="136" />
            <source>Nieuwe post-it tussen de cirkels (Enter)</source>
            <translation>New sticky note between the circles (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="137" />
            <source>In groen</source>
            <translation>In green</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="137" />
            <source>Nieuwe post-it in de groene cirkel</source>
            <translation>New sticky note in the green circle</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="147" />
            <source>Versmallen of doorleren</source>
            <translation>Narrowing or continuing to learn</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="149" />
            <source>Gekozen post-its naar de rode cirkel</source>
            <translation>Chosen sticky notes to the red circle</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="150" />
            <source>Gekozen post-its tussen de cirkels</source>
            <translation>Chosen sticky notes between the circles</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="151" />
            <source>Gekozen post-its naar de groene cirkel</source>
            <translation>Chosen sticky notes to the green circle</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="152" />
            <source>Gekozen post-its verwijderen</source>
            <translation>Delete the chosen sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="153" />
            <source>Gekozen post-it bewerken (of dubbelklik)</source>
            <translation>Edit the chosen sticky note (or double-click)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="154" />
            <source>Naar het veld voor een nieuwe post-it</source>
            <translation>To the field for a new sticky note</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="168" />
            <source>Nieuwe post-it tussen de cirkels (in het veld)</source>
            <translation>New sticky note between the circles (in the field)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="169" />
            <source>Gekozen post-its verschuiven (Shift: grotere stap)</source>
            <translation>Move the chosen sticky notes (Shift: bigger step)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="180" />
            <source>Rood {red} · ertussen {between} · groen {green}</source>
            <translation>Red {red} · in between {between} · green {green}</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="182" />
            <source>Er staat nog geen post-it op het bord.</source>
            <translation>No sticky notes on the board yet.</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="187" />
            <source>(zonder naam)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="203" />
            <source>Typ steekwoorden of kies een deelnemer.</source>
            <translation>Type keywords or choose a participant.</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="218" />
            <source>Kies eerst een post-it (klik erop).</source>
            <translation>Choose a sticky note first (click it).</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="237" />
            <source>Post-its verwijderen</source>
            <translation>Delete sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="241" />
            <source>Verwijderd; Ctrl+Z maakt dit ongedaan.</source>
            <translation>Deleted; Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="252" />
            <source>Post-it bewerken</source>
            <translation>Edit sticky note</translation>
        </message>
        <message>
            <location filename="../../views/reflection/board.py" line="252" />
            <source>Steekwoorden:</source>
            <translation>Keywords:</translation>
        </message>
    </context>
    <context>
        <name>ReflectionCommands</name>
        <message>
            <location filename="../../commands/reflection.py" line="20" />
            <source>Nieuwe post-it</source>
            <translation>New sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/reflection.py" line="39" />
            <source>Post-it wijzigen</source>
            <translation>Change sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/reflection.py" line="55" />
            <source>Post-it verplaatsen</source>
            <translation>Move sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/reflection.py" line="80" />
            <source>Post-it verwijderen</source>
            <translation>Delete sticky note</translation>
        </message>
    </context>
    <context>
        <name>RoundDelegate</name>
        <message>
            <location filename="../../views/session/agenda_table.py" line="207" />
            <source> min</source>
            <translation> min</translation>
        </message>
    </context>
    <context>
        <name>RoundModel</name>
        <message>
            <location filename="../../views/session/agenda_table.py" line="86" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_table.py" line="86" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_table.py" line="86" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_table.py" line="86" />
            <source>Vragen</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_table.py" line="87" />
            <source>Gebruikt</source>
            <translation>Used</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_table.py" line="128" />
            <source>Huidige ronde: {title}</source>
            <translation>Current round: {title}</translation>
        </message>
    </context>
    <context>
        <name>RoundPanel</name>
        <message>
            <location filename="../../views/session/round_panel.py" line="120" />
            <source>Vragen voor deze ronde</source>
            <translation>Questions for this round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="126" />
            <source>Alle vragen tonen</source>
            <translation>Show all questions</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="128" />
            <source>Niets tonen</source>
            <translation>Show nothing</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="129" />
            <source>Haal de vragen weg van het scherm in de zaal</source>
            <translation>Take the questions off the room’s screen</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="142" />
            <source>Wat de groep zegt, in steekwoorden. Komt in de notulen.</source>
            <translation>What the group says, in keywords. Goes into the minutes.</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="144" />
            <source>Notities van de ronde (komen in de notulen)</source>
            <translation>Notes of the round (go into the minutes)</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="150" />
            <source>Eigen aantekeningen van de gespreksleider</source>
            <translation>The facilitator’s own notes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="153" />
            <source>Privé · alleen voor jou: niet geprojecteerd, niet in de notulen</source>
            <translation>Private · only for you: not projected, not in the minutes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="166" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="180" />
            <source>Alle vragen tonen in de zaal</source>
            <translation>Show all questions in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="182" />
            <source>Vragen weghalen uit de zaal</source>
            <translation>Take the questions out of the room</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="184" />
            <source>Naar de notities van de ronde</source>
            <translation>To the notes of the round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="186" />
            <source>Naar je eigen notities</source>
            <translation>To your own notes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="225" />
            <source>Geen rondes op de agenda</source>
            <translation>No rounds on the agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="226" />
            <source>Voeg rondes toe in de planner.</source>
            <translation>Add rounds in the planner.</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="231" />
            <source>Ronde {n} van {count}: {title}</source>
            <translation>Round {n} of {count}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="233" />
            <source>{minutes} min gepland · {board}</source>
            <translation>{minutes} min planned · {board}</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="259" />
            <source>Toon</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="261" />
            <source>Deze vraag groot tonen op het scherm in de zaal</source>
            <translation>Show this question large on the room’s screen</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="268" />
            <source>Geen vragen bij deze ronde.</source>
            <translation>No questions for this round.</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="284" />
            <source>Notities: {title}</source>
            <translation>Notes: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="285" />
            <source>Eigen notities: {title}</source>
            <translation>Own notes: {title}</translation>
        </message>
    </context>
    <context>
        <name>RulesCard</name>
        <message>
            <location filename="../../views/session/rules_card.py" line="233" />
            <source>Toon gespreksregels in de zaal</source>
            <translation>Show conversation rules in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="235" />
            <source>Gespreksregels</source>
            <translation>Conversation rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="246" />
            <source>Regels aanpassen…</source>
            <translation>Adjust rules…</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="269" />
            <source>Nu zichtbaar in de zaal.</source>
            <translation>Now visible in the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="270" />
            <source>Nu verborgen voor de zaal.</source>
            <translation>Now hidden from the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="297" />
            <source>De gespreksregels staan in de zaal.</source>
            <translation>The conversation rules are shown in the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="298" />
            <source>De gespreksregels zijn verborgen voor de zaal.</source>
            <translation>The conversation rules are hidden from the room.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../views/session/rules_card.py" line="437" />
            <source>Gespreksregels aanpassen</source>
            <translation>Adjust conversation rules</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../views/session/rules_card.py" line="326" />
            <source>Nieuwe regel, Enter om toe te voegen</source>
            <translation>New rule, Enter to add</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="330" />
            <source>Standaardregels herstellen</source>
            <translation>Restore default rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="336" />
            <source>Regel omhoog</source>
            <translation>Rule up</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="337" />
            <source>Regel omlaag</source>
            <translation>Rule down</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="338" />
            <source>Regel verwijderen</source>
            <translation>Delete rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="342" />
            <source>Gespreksregels</source>
            <translation>Conversation rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="349" />
            <source>Dubbelklik of F2 om een regel aan te passen; Alt+↑/↓ verplaatst, Del verwijdert.</source>
            <translation>Double-click or F2 to adjust a rule; Alt+↑/↓ moves, Del deletes.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="378" />
            <source>Standaardregels</source>
            <translation>Default rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="379" />
            <source>Aangepast voor deze bijeenkomst</source>
            <translation>Adjusted for this workshop</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="407" />
            <source>Gespreksregel toevoegen</source>
            <translation>Add conversation rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="416" />
            <source>Gespreksregel verwijderen</source>
            <translation>Delete conversation rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="425" />
            <source>Gespreksregel verplaatsen</source>
            <translation>Move conversation rule</translation>
        </message>
    </context>
    <context>
        <name>SheetsScene</name>
        <message>
            <location filename="../../views/market/sheets.py" line="112" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="112" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="113" />
            <source>Wat kan ik bieden, en wie?</source>
            <translation>What can I offer, and who?</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="114" />
            <source>Wat wil ik leren, van wie?</source>
            <translation>What do I want to learn, from whom?</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="129" />
            <source>Nog geen subgroepen. Maak ze met ‘Subgroepen uit deelnemers’ of ‘+ Subgroep’.</source>
            <translation>No subgroups yet. Make them with ‘Subgroups from participants’ or ‘+ Subgroup’.</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="131" />
            <source>Nog geen subgroepen.</source>
            <translation>No subgroups yet.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsOverlay</name>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="148" />
            <source>Algemeen</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="174" />
            <source>Sneltoetsen tonen</source>
            <translation>Show keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="177" />
            <source>Hulp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="190" />
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="192" />
            <source>Esc of klik om te sluiten</source>
            <translation>Esc or click to close</translation>
        </message>
        <message>
            <location filename="../../views/shell/shortcuts_overlay.py" line="259" />
            <source>Dit venster heeft nog geen sneltoetsen.</source>
            <translation>This window has no keyboard shortcuts yet.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="45" />
            <source>Bord als afbeelding opslaan</source>
            <translation>Save board as picture</translation>
        </message>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="46" />
            <source>bord</source>
            <translation>board</translation>
        </message>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="46" />
            <source>PNG-afbeelding (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="54" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="57" />
            <source>Afbeelding opgeslagen: {path}</source>
            <translation>Picture saved: {path}</translation>
        </message>
        <message>
            <location filename="../../views/files/snapshot_dialog.py" line="59" />
            <source>{n} afbeeldingen opgeslagen (één per pagina): {path} …</source>
            <translation>{n} pictures saved (one per page): {path} …</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="../../gui.py" line="36" />
            <location filename="../../gui.py" line="150" />
            <location filename="../../gui.py" line="242" />
            <source>Leidraad kan niet starten</source>
            <translation>Leidraad cannot start</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="68" />
            <source>Leidraad kan dit bestand niet lezen</source>
            <translation>Leidraad cannot read this file</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="85" />
            <source>Leidraad wordt geopend…</source>
            <translation>Opening Leidraad…</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="167" />
            <source>Let op</source>
            <translation>Please note</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="181" />
            <source>Geen reservekopie</source>
            <translation>No backup</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="200" />
            <source>Er is geen beeldscherm: het venster van Leidraad kan hier niet openen. Start Leidraad op het bureaublad, of gebruik een opdracht zoals 'leidraad list' (zie 'leidraad --help').</source>
            <translation>There is no display: the Leidraad window cannot open here. Start Leidraad from the desktop, or use a command such as 'leidraad list' (see 'leidraad --help').</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="207" />
            <source>Het beeldscherm {display} is niet bereikbaar: het venster van Leidraad kan niet openen.</source>
            <translation>The display {display} cannot be reached: the Leidraad window cannot open.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../views/shell/start_screen.py" line="103" />
            <source>Bijeenkomsten</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="105" />
            <source>Kies een bijeenkomst om verder te gaan, of begin een nieuwe vanuit een sjabloon. Alles wordt direct opgeslagen op deze laptop.</source>
            <translation>Choose a workshop to continue, or start a new one from a template. Everything is saved straight away on this laptop.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="116" />
            <source>Nog geen bijeenkomsten. Klik op ‘Nieuw…’ (Ctrl+N) om te beginnen.</source>
            <translation>No workshops yet. Click ‘New…’ (Ctrl+N) to begin.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="118" />
            <source>Voorbeeldbijeenkomst openen om te oefenen</source>
            <translation>Open a sample workshop to practise</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="120" />
            <source>Verzonnen collega's met al wat post-its, regels en punten op elk bord: probeer alles uit voor de echte bijeenkomst. Verwijder hem daarna zoals elke bijeenkomst.</source>
            <translation>Made-up colleagues with a few post-its, lines and points on every board: try everything before the real session. Delete it afterwards like any workshop.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="126" />
            <source>Nieuw…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="127" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="128" />
            <source>Naam wijzigen…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="129" />
            <source>Dupliceren</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="130" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="191" />
            <source>Voorbeeld geopend: verzonnen namen, probeer gerust alles uit.</source>
            <translation>Sample opened: made-up names, feel free to try everything.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="204" />
            <source>Naam wijzigen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="204" />
            <source>Nieuwe titel:</source>
            <translation>New title:</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="217" />
            <source>Kopie gemaakt van ‘{title}’.</source>
            <translation>Copy made of ‘{title}’.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="225" />
            <source>Bijeenkomst verwijderen</source>
            <translation>Delete workshop</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="227" />
            <source>‘{title}’ verwijderen, met alle deelnemers, borden en notities?
Ctrl+Z maakt dit ongedaan zolang Leidraad open is.</source>
            <translation>Delete ‘{title}’, with all participants, boards and notes?
Ctrl+Z undoes this while Leidraad is open.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="234" />
            <source>‘{title}’ verwijderd. Ctrl+Z maakt dit ongedaan.</source>
            <translation>‘{title}’ deleted. Ctrl+Z undoes this.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="290" />
            <source>Post-its per ring</source>
            <translation>Sticky notes per ring</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="383" />
            <source>Er staat nog geen post-it in de cirkel.</source>
            <translation>No sticky notes in the circle yet.</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="386" />
            <source>{first} en {last}</source>
            <translation>{first} and {last}</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="387" />
            <source>Meeste post-its: {rings} ({n})</source>
            <translation>Most sticky notes: {rings} ({n})</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location filename="../../views/session/timer_panel.py" line="156" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="186" />
            <source>Start/pauze</source>
            <translation>Start/pause</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="188" />
            <source>Vorige ronde bekijken (klok staat daar stil; Spatie telt verder)</source>
            <translation>Look back at the previous round (the clock stands still there; Space counts on)</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="190" />
            <source>Volgende ronde (klok loopt of staat stil zoals vóór het terugkijken)</source>
            <translation>Next round (the clock runs or stands still as before looking back)</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="192" />
            <source>1 minuut erbij</source>
            <translation>Add 1 minute</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="193" />
            <source>5 minuten erbij</source>
            <translation>Add 5 minutes</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="195" />
            <source>1 minuut eraf</source>
            <translation>Take off 1 minute</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="196" />
            <location filename="../../views/session/timer_panel.py" line="289" />
            <source>Ronde opnieuw beginnen</source>
            <translation>Restart the round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="197" />
            <source>Hele sessie opnieuw (na een proefrun)</source>
            <translation>Restart the whole session (after a rehearsal)</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="199" />
            <source>Geluid bij nul</source>
            <translation>Sound at zero</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="234" />
            <source>Vorige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="235" />
            <location filename="../../views/session/timer_panel.py" line="393" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="236" />
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="243" />
            <source>Opnieuw</source>
            <translation>Restart</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="244" />
            <source>Geluid</source>
            <translation>Sound</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="291" />
            <source>De ronde “{title}” opnieuw beginnen? De gebruikte tijd ({used}) en de extra minuten vervallen.</source>
            <translation>Restart the round “{title}”? The time used ({used}) and the extra minutes are dropped.</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="303" />
            <source>Hele sessie opnieuw</source>
            <translation>Restart the whole session</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="304" />
            <source>Alle gebruikte tijd van alle rondes wissen en terug naar de eerste ronde? De notities blijven staan.</source>
            <translation>Clear all time used in all rounds and go back to the first round? The notes stay.</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="324" />
            <source>gepauzeerd</source>
            <translation>paused</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="324" />
            <source>nog niet gestart</source>
            <translation>not started yet</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="328" />
            <source>bijna om</source>
            <translation>almost up</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="328" />
            <source>uitgelopen</source>
            <translation>overrun</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="330" />
            <source>geen rondes op de agenda</source>
            <translation>no rounds on the agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="351" />
            <source>Geen ronde</source>
            <translation>No round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="352" />
            <source>Ronde {n} van {count}: {title}</source>
            <translation>Round {n} of {count}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="356" />
            <source>Sessie: {used} van {max} min</source>
            <translation>Session: {used} of {max} min</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="360" />
            <source>Ronde: {planned}</source>
            <translation>Round: {planned}</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="392" />
            <source>Pauze</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="393" />
            <source>Verder</source>
            <translation>Resume</translation>
        </message>
    </context>
    <context>
        <name>TipsDialog</name>
        <message>
            <location filename="../../views/session/traject_cards.py" line="108" />
            <source>Tips voor de gespreksleider</source>
            <translation>Tips for the facilitator</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="111" />
            <source>Alleen voor jou, niet voor de zaal.</source>
            <translation>For you only, not for the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="115" />
            <source>Een groepsgesprek leiden</source>
            <translation>Leading a group conversation</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="119" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>TrajectActions</name>
        <message>
            <location filename="../../views/shell/traject_menu.py" line="33" />
            <source>&amp;Verslag voor de school (PDF)…</source>
            <translation>&amp;Report for the school (PDF)…</translation>
        </message>
        <message>
            <location filename="../../views/shell/traject_menu.py" line="35" />
            <source>&amp;Vervolg op deze bijeenkomst…</source>
            <translation>&amp;Follow-up to this session…</translation>
        </message>
        <message>
            <location filename="../../views/shell/traject_menu.py" line="37" />
            <source>&amp;Tips voor de gespreksleider</source>
            <translation>&amp;Tips for the facilitator</translation>
        </message>
        <message>
            <location filename="../../views/shell/traject_menu.py" line="56" />
            <source>Verslag opgeslagen: {path}</source>
            <translation>Report saved: {path}</translation>
        </message>
        <message>
            <location filename="../../views/shell/traject_menu.py" line="76" />
            <source>Vervolggesprek gemaakt; Ctrl+Z in het overzicht maakt dit ongedaan.</source>
            <translation>Follow-up session created; Ctrl+Z in the overview undoes this.</translation>
        </message>
    </context>
    <context>
        <name>TrajectCards</name>
        <message>
            <location filename="../../views/session/traject_cards.py" line="32" />
            <source>Waarderende wending</source>
            <translation>Appreciative turn</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="36" />
            <source>Waar leren we in de praktijk van alledag al samen?</source>
            <translation>Where do we already learn together in daily practice?</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="37" />
            <source>Hoe kunnen we daarop voortbouwen?</source>
            <translation>How can we build on that?</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="42" />
            <source>Begin met de positieve punten, pas daarna de aandachtspunten.</source>
            <translation>Start with the positive points, only then the points of attention.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="43" />
            <source>Vermijd een debat van standpunten: onderzoek samen in plaats van te overtuigen.</source>
            <translation>Avoid a debate of positions: explore together instead of persuading.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="44" />
            <source>Volg wat deelnemers zelf bedoelen; vraag door in plaats van in te vullen.</source>
            <translation>Follow what participants themselves mean; ask further instead of filling in.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="45" />
            <source>Gooi niet alles op één hoop: houd verschillende punten apart.</source>
            <translation>Don't lump everything together: keep different points apart.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="46" />
            <source>Zoom in op patronen: wat gebeurt er steeds weer, en wat lokt wat uit?</source>
            <translation>Zoom in on patterns: what keeps happening, and what triggers what?</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="47" />
            <source>Eén punt goed uitgewerkt is meer waard dan veel punten half.</source>
            <translation>One point worked out well is worth more than many points half done.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="48" />
            <source>Wordt het gesprek te negatief? Maak de waarderende wending.</source>
            <translation>Is the conversation getting too negative? Make the appreciative turn.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="171" />
            <source> (deze)</source>
            <translation> (this one)</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="173" />
            <source>Traject: {steps}</source>
            <translation>Programme: {steps}</translation>
        </message>
    </context>
    <context>
        <name>TurnCard</name>
        <message>
            <location filename="../../views/session/traject_cards.py" line="68" />
            <source>Toon de waarderende wending in de zaal</source>
            <translation>Show the appreciative turn in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="99" />
            <source>De waarderende wending staat in de zaal.</source>
            <translation>The appreciative turn is shown in the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/traject_cards.py" line="100" />
            <source>De waarderende wending is verborgen voor de zaal.</source>
            <translation>The appreciative turn is hidden from the room.</translation>
        </message>
    </context>
    <context>
        <name>UrgencyPanel</name>
        <message>
            <location filename="../../views/plusmin/panels.py" line="102" />
            <source>Urgentie: welk thema eerst?</source>
            <translation>Urgency: which theme first?</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="106" />
            <source>Rangorde wissen</source>
            <translation>Clear the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="125" />
            <source>Stemmen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="128" />
            <source>Hoger in de rangorde</source>
            <translation>Higher in the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="129" />
            <source>Lager in de rangorde</source>
            <translation>Lower in the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="130" />
            <source>Stem eraf</source>
            <translation>Remove a vote</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="132" />
            <source>Stem erbij</source>
            <translation>Add a vote</translation>
        </message>
    </context>
    <context>
        <name>Verslag</name>
        <message>
            <location filename="../../export/verslag_layout.py" line="78" />
            <source>Er zijn nog geen acties afgesproken.</source>
            <translation>No actions have been agreed yet.</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="80" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="80" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="80" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="86" />
            <source>En nog {n} andere; alle acties staan in de notulen.</source>
            <translation>And {n} more; all actions are in the minutes.</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="100" />
            <source>VERSLAG VOOR IEDEREEN OP SCHOOL</source>
            <translation>REPORT FOR EVERYONE AT SCHOOL</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="106" />
            <source>Onderdeel van een traject:</source>
            <translation>Part of a programme:</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="108" />
            <source>Wat we samen hebben besproken, kort op een rij. Lees het rustig en vraag je af: wat herken ik hierin, en wat betekent het voor mij?</source>
            <translation>What we discussed together, in brief. Read it quietly and ask yourself: what do I recognise here, and what does it mean for me?</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="111" />
            <source>In één oogopslag</source>
            <translation>At a glance</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="113" />
            <source>Wat we willen onthouden</source>
            <translation>What we want to remember</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="115" />
            <source>Over naar actie</source>
            <translation>On to action</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="117" />
            <source>Om over na te denken</source>
            <translation>Food for thought</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="118" />
            <source>Waar leer jij in je dagelijkse werk al samen met collega's, en hoe kun je daarop voortbouwen? Wat zou jij zelf willen doen, en wie heb je daarbij nodig?</source>
            <translation>Where do you already learn together with colleagues in your daily work, and how can you build on it? What would you like to do yourself, and whom do you need for it?</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="130" />
            <source>Verslag: {title}</source>
            <translation>Report: {title}</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="132" />
            <source>Verslag van de bijeenkomst van {date}</source>
            <translation>Report of the session of {date}</translation>
        </message>
        <message>
            <location filename="../../export/verslag_layout.py" line="142" />
            <source>Leren loont het langst · gemaakt met Leidraad</source>
            <translation>Learning pays off longest · made with Leidraad</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="67" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="68" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="69" />
            <source>De meeste post-its: {rings} ({n})</source>
            <translation>Most sticky notes: {rings} ({n})</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="73" />
            <source>1 verbinding tussen vraag en aanbod</source>
            <translation>1 link between demand and supply</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="74" />
            <source>{n} verbindingen tussen vraag en aanbod</source>
            <translation>{n} links between demand and supply</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="76" />
            <source>1 keer aanbod gebundeld</source>
            <translation>supply pooled once</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="77" />
            <source>{n} keer aanbod gebundeld</source>
            <translation>supply pooled {n} times</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="78" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="80" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus schema</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="80" />
            <source>Meest urgent: {title}</source>
            <translation>Most urgent: {title}</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="83" />
            <source>Versmallen of doorleren</source>
            <translation>Narrowing or continuing to learn</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="84" />
            <source>Rood {red} · ertussen {between} · groen {green}</source>
            <translation>Red {red} · in between {between} · green {green}</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="109" />
            <source>Het verslag kon niet worden opgemaakt ({error}).</source>
            <translation>The report could not be laid out ({error}).</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="125" />
            <source>Eerste groepsgesprek</source>
            <translation>First group session</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="126" />
            <source>Vervolggesprek</source>
            <translation>Follow-up session</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="126" />
            <source>Bijeenkomst</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="134" />
            <source>{path} is een map: kies een bestandsnaam voor het verslag.</source>
            <translation>{path} is a folder: choose a file name for the report.</translation>
        </message>
        <message>
            <location filename="../../export/verslag.py" line="136" />
            <source>De map {folder} bestaat niet. Kies een andere map.</source>
            <translation>The folder {folder} does not exist. Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>VerslagDialog</name>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="62" />
            <source>Het verslag kon niet worden gemaakt: {error}</source>
            <translation>The report could not be made: {error}</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="82" />
            <source>Verslag voor de school (PDF)</source>
            <translation>Report for the school (PDF)</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="84" />
            <source>Eén pagina voor iedereen op school: de titel, de belangrijkste uitkomst van elk bord, drie tot vijf punten die je kiest en de acties. Kort, zodat het uitnodigt om erover na te denken.</source>
            <translation>One page for everyone at school: the title, the main result of each board, three to five points you choose and the actions. Short, so it invites reflection.</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="88" />
            <source>&amp;Anoniem (aanbevolen): geen namen in het verslag</source>
            <translation>&amp;Anonymous (recommended): no names in the report</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="94" />
            <source>Eigen punt toevoegen (Enter)</source>
            <translation>Add a point of your own (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="98" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="99" />
            <source>&amp;Kies…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="102" />
            <source>Opslaan als:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="109" />
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="110" />
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="113" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="121" />
            <source>Punten om te onthouden (kies er drie tot vijf):</source>
            <translation>Points to remember (choose three to five):</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="180" />
            <source>Hoogstens vijf punten: zet eerst een ander punt uit.</source>
            <translation>Five points at most: untick another point first.</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="181" />
            <source>{n} van 3 tot 5 punten gekozen</source>
            <translation>{n} of 3 to 5 points chosen</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="194" />
            <source>Verslag</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="197" />
            <source>Verslag opslaan</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="198" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="205" />
            <source>Kies minstens drie punten om te onthouden.</source>
            <translation>Choose at least three points to remember.</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="209" />
            <source>Kies waar het verslag moet komen.</source>
            <translation>Choose where the report should go.</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="215" />
            <source>Bestand vervangen?</source>
            <translation>Replace file?</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="216" />
            <source>{name} bestaat al. Wil je het vervangen?</source>
            <translation>{name} already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="224" />
            <source>Bezig met exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../views/files/verslag_dialog.py" line="231" />
            <source>Verslag opgeslagen: {path}</source>
            <translation>Report saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="27" />
            <source>Nieuwe bijeenkomst</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="28" />
            <source>Gegevens van de bijeenkomst</source>
            <translation>Workshop details</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="39" />
            <source>Sjabloon:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="46" />
            <source>School en plaats</source>
            <translation>School and town</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="48" />
            <source>Titel:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="49" />
            <source>Datum:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="50" />
            <source>Locatie/school:</source>
            <translation>Location/school:</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="51" />
            <source>Gespreksleider:</source>
            <translation>Facilitator:</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_dialog.py" line="79" />
            <source>Geef de bijeenkomst een titel.</source>
            <translation>Give the workshop a title.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopListModel</name>
        <message>
            <location filename="../../views/shell/start_screen.py" line="70" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="70" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="70" />
            <source>Locatie/school</source>
            <translation>Location/school</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="71" />
            <source>Gespreksleider</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="71" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="84" />
            <source>Voorbeeld · {kind}</source>
            <translation>Sample · {kind}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopScreen</name>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="79" />
            <source>← Overzicht</source>
            <translation>← Overview</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="80" />
            <source>Terug naar alle bijeenkomsten (Ctrl+W)</source>
            <translation>Back to all workshops (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="82" />
            <source>Gegevens…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="89" />
            <source>Waarderende wending</source>
            <translation>Appreciative turn</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="127" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="127" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="127" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="127" />
            <source>Regels</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="129" />
            <source>De ronde: vragen en notities</source>
            <translation>The round: questions and notes</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="129" />
            <source>Deelnemers en samenstelling</source>
            <translation>Participants and composition</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="130" />
            <source>Acties (Ctrl+J)</source>
            <translation>Actions (Ctrl+J)</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="130" />
            <source>Gespreksregels (Ctrl+G)</source>
            <translation>Conversation rules (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="131" />
            <source>Agenda plannen: rondes, minuten, borden</source>
            <translation>Plan the agenda: rounds, minutes, boards</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="128" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
    </context>
</TS>
