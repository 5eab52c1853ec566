<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActionModel</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="122" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="122" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="122" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="141" />
            <source>Deze datum ligt in het verleden.</source>
            <translation>This date is in the past.</translation>
        </message>
    </context>
    <context>
        <name>ActionTable</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="291" />
            <source>Nog geen acties. Typ hierboven wat er gaat gebeuren, wie het oppakt en wanneer, en druk op Enter.</source>
            <translation>No actions yet. Type above what will happen, who takes it on and when, and press Enter.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="332" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="335" />
            <source>Wat gaan we doen, wie pakt het op, en wanneer?</source>
            <translation>What will we do, who takes it on, and when?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="345" />
            <source>Liever één punt goed uitgevoerd dan een lange lijst: welke actie gaat voor?</source>
            <translation>Better one point done well than a long list: which action comes first?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="367" />
            <source>Wat gaan we doen?</source>
            <translation>What will we do?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="372" />
            <source>Wie?</source>
            <translation>Who?</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="375" />
            <source>Wanneer? d-m-jjjj</source>
            <translation>When? d-m-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="376" />
            <source>Optioneel. Typ bijv. 15-1-2027, 15 jan, of kies met F4.</source>
            <translation>Optional. Type e.g. 15-1-2027, 15 Jan, or pick one with F4.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="379" />
            <source>Kies een datum (F4)</source>
            <translation>Pick a date (F4)</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="392" />
            <source>Kalender openen</source>
            <translation>Open calendar</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="395" />
            <location filename="../../views/session/actions_panel.py" line="439" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="398" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="399" />
            <source>Actie toevoegen (Enter)</source>
            <translation>Add action (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="432" />
            <source>Actie omhoog</source>
            <translation>Action up</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="433" />
            <source>Actie omlaag</source>
            <translation>Action down</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="434" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="506" />
            <source>Typ eerst wat er gaat gebeuren.</source>
            <translation>First type what will happen.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="509" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="523" />
            <source>De actie is niet toegevoegd; zie de melding.</source>
            <translation>The action was not added; see the message.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="527" />
            <source>Toegevoegd. Let op: {date} ligt in het verleden.</source>
            <translation>Added. Note: {date} is in the past.</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="563" />
            <source>Verwijderd; Ctrl+Z zet terug.</source>
            <translation>Deleted; Ctrl+Z puts it back.</translation>
        </message>
    </context>
    <context>
        <name>ActionsRoomView</name>
        <message>
            <location filename="../../views/session/actions_panel.py" line="612" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../views/session/actions_panel.py" line="613" />
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
            <location filename="../../views/session/agenda_panel.py" line="265" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="300" />
            <source>Vragen bij de gekozen ronde (één per regel):</source>
            <translation>Questions for the selected round (one per line):</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="302" />
            <source>Bijvoorbeeld: Wat hielp je daarbij?</source>
            <translation>For example: What helped you with that?</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="324" />
            <source>Ronde toevoegen</source>
            <translation>Add round</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="325" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="326" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="327" />
            <source>5 min langer</source>
            <translation>5 min longer</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="329" />
            <source>5 min korter</source>
            <translation>5 min shorter</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="331" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="372" />
            <source>Gepland: {total} van {max} min</source>
            <translation>Planned: {total} of {max} min</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="376" />
            <source> · {n} min langer dan twee uur</source>
            <translation> · {n} min over two hours</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="379" />
            <source> · gebruikt: {used} min</source>
            <translation> · used: {used} min</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="414" />
            <source>Langer dan twee uur</source>
            <translation>Longer than two hours</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="415" />
            <source>Met deze wijziging duurt de bijeenkomst {after} minuten, {over} minuten langer dan de twee uur die de methode als grens aanhoudt: daarna zakt de aandacht weg.

Wil je de bijeenkomst toch langer maken?</source>
            <translation>With this change the workshop lasts {after} minutes, {over} minutes longer than the two hours the method keeps as its limit: after that, attention fades.

Do you still want to make the workshop longer?</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="436" />
            <source>Ronde wijzigen: {title}</source>
            <translation>Change round: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="446" />
            <source>Nieuwe ronde</source>
            <translation>New round</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <location filename="../../views/room/audience.py" line="83" />
            <source>Leidraad</source>
            <translation>Leidraad</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <location filename="../../views/room/audience.py" line="192" />
            <source>Leidraad – publiek</source>
            <translation>Leidraad – audience</translation>
        </message>
    </context>
    <context>
        <name>CircleBoard</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="185" />
            <source>Geel</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="186" />
            <source>Oranje</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="187" />
            <source>Roze</source>
            <translation>Pink</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="188" />
            <source>Groen</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="189" />
            <source>Blauw</source>
            <translation>Blue</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="190" />
            <source>Paars</source>
            <translation>Purple</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="33" />
            <source>Briefje opslaan (en in de strook het volgende openen)</source>
            <translation>Save the sticky note (and in the strip, open the next one)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="34" />
            <source>Nieuwe regel in een briefje</source>
            <translation>New line in a sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="35" />
            <source>Van de trefwoorden naar de deelnemer</source>
            <translation>From the keywords to the participant</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="36" />
            <source>Bewerken annuleren / selectie opheffen</source>
            <translation>Cancel editing / clear the selection</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="37" />
            <source>Gekozen briefje bewerken (of dubbelklik)</source>
            <translation>Edit the selected sticky note (or double-click)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="38" />
            <source>Gekozen briefjes verwijderen</source>
            <translation>Delete the selected sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="39" />
            <source>Gekozen briefjes verschuiven (Shift: grotere stap)</source>
            <translation>Move the selected sticky notes (Shift: bigger step)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="40" />
            <source>Alle briefjes kiezen</source>
            <translation>Select all sticky notes</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="41" />
            <source>In- en uitzoomen</source>
            <translation>Zoom in and out</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="175" />
            <source>Nog te plaatsen</source>
            <translation>Still to place</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="176" />
            <source>Nieuw briefje: Insert of Ctrl+Enter</source>
            <translation>New sticky note: Insert or Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="216" />
            <source>+ Nieuw briefje</source>
            <translation>+ New sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="217" />
            <source>Nieuw briefje in de strook (Insert of Ctrl+Enter)</source>
            <translation>New sticky note in the strip (Insert or Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="221" />
            <source>Kleur:</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="229" />
            <source>{color}: voor nieuwe briefjes en de selectie</source>
            <translation>{color}: for new sticky notes and the selection</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="235" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="236" />
            <source>Geselecteerde briefjes verwijderen (Del)</source>
            <translation>Delete the selected sticky notes (Del)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="239" />
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="239" />
            <source>Uitzoomen (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="241" />
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="241" />
            <source>Inzoomen (Ctrl+=)</source>
            <translation>Zoom in (Ctrl+=)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="243" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="243" />
            <source>Hele bord tonen (Ctrl+0)</source>
            <translation>Show the whole board (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="256" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="260" />
            <source>Nieuw briefje in de strook</source>
            <translation>New sticky note in the strip</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="261" />
            <source>Hele bord passend tonen</source>
            <translation>Fit the whole board</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="262" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="263" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="382" />
            <source>Kleur wijzigen</source>
            <translation>Change colour</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="389" />
            <source>{n} briefje(s) verwijderd; Ctrl+Z zet ze terug.</source>
            <translation>{n} sticky note(s) deleted; Ctrl+Z puts them back.</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="470" />
            <source>Geen deelnemer gevonden voor "{who}": kies een naam uit de lijst of maak het veld leeg.</source>
            <translation>No participant found for "{who}": pick a name from the list or clear the field.</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="503" />
            <source>Niet opgeslagen; zie de melding.</source>
            <translation>Not saved; see the message.</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="581" />
            <source>Nieuw briefje</source>
            <translation>New sticky note</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="583" />
            <source>Bewerken (F2)</source>
            <translation>Edit (F2)</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="585" />
            <source>Kleur</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="590" />
            <source>Terug naar de strook</source>
            <translation>Back to the strip</translation>
        </message>
        <message>
            <location filename="../../views/circle/board.py" line="592" />
            <source>Verwijderen (Del)</source>
            <translation>Delete (Del)</translation>
        </message>
    </context>
    <context>
        <name>CircleCommands</name>
        <message>
            <location filename="../../commands/circle.py" line="31" />
            <source>Nieuw briefje</source>
            <translation>New sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="54" />
            <location filename="../../commands/circle.py" line="70" />
            <source>Briefje wijzigen</source>
            <translation>Change sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="54" />
            <source>{n} briefjes wijzigen</source>
            <translation>Change {n} sticky notes</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="83" />
            <source>Briefje verplaatsen</source>
            <translation>Move sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="83" />
            <source>{n} briefjes verplaatsen</source>
            <translation>Move {n} sticky notes</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="112" />
            <source>Briefje verwijderen</source>
            <translation>Delete sticky note</translation>
        </message>
        <message>
            <location filename="../../commands/circle.py" line="112" />
            <source>{n} briefjes verwijderen</source>
            <translation>Delete {n} sticky notes</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../commands/workshop.py" line="15" />
            <source>Nieuwe bijeenkomst</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="32" />
            <source>Bijeenkomst dupliceren</source>
            <translation>Duplicate workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="49" />
            <source>Bijeenkomst verwijderen</source>
            <translation>Delete workshop</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="64" />
            <source>Gegevens wijzigen</source>
            <translation>Change details</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="79" />
            <source>Deelnemer toevoegen: {name}</source>
            <translation>Add participant: {name}</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="97" />
            <source>Deelnemer wijzigen</source>
            <translation>Change participant</translation>
        </message>
        <message>
            <location filename="../../commands/workshop.py" line="111" />
            <source>Deelnemer verwijderen: {name}</source>
            <translation>Remove participant: {name}</translation>
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
            <location filename="../../views/session/participants_panel.py" line="209" />
            <source>Samenstelling:</source>
            <translation>Composition:</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="214" />
            <source>{total} deelnemers</source>
            <translation>{total} participants</translation>
        </message>
    </context>
    <context>
        <name>EntryFields</name>
        <message>
            <location filename="../../views/market/editors.py" line="105" />
            <source>Deskundigheid, bijv. Formatief evalueren</source>
            <translation>Expertise, e.g. Formative assessment</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="106" />
            <source>Wie biedt het aan?</source>
            <translation>Who offers it?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="108" />
            <source>Wat wil je leren?</source>
            <translation>What do you want to learn?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="109" />
            <source>Wie vraagt het?</source>
            <translation>Who is asking?</translation>
        </message>
        <message>
            <location filename="../../views/market/editors.py" line="110" />
            <source>Van wie? (optioneel)</source>
            <translation>From whom? (optional)</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="42" />
            <source>Leidraad-bijeenkomst (*.leidraad.json *.json);;Alle bestanden (*)</source>
            <translation>Leidraad workshop (*.leidraad.json *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="47" />
            <source>bijeenkomst</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="80" />
            <location filename="../../views/files/exchange_dialogs.py" line="94" />
            <source>Exporteren mislukt</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="80" />
            <source>Deze bijeenkomst bestaat niet meer.</source>
            <translation>This workshop no longer exists.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="84" />
            <source>Bijeenkomst exporteren</source>
            <translation>Export workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="95" />
            <source>‘{title}’ is niet geëxporteerd.</source>
            <translation>‘{title}’ was not exported.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="107" />
            <source>Bijeenkomst importeren: {title}</source>
            <translation>Import workshop: {title}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="131" />
            <source>Bijeenkomst importeren</source>
            <translation>Import workshop</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="135" />
            <source>‘{name}’ is niet geïmporteerd. Er is niets veranderd.</source>
            <translation>‘{name}’ was not imported. Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="139" />
            <location filename="../../views/files/exchange_dialogs.py" line="142" />
            <source>Importeren mislukt</source>
            <translation>Import failed</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="152" />
            <source>Plaats in het bestand: {path}</source>
            <translation>Place in the file: {path}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="153" />
            <source>Het bestand als geheel</source>
            <translation>The file as a whole</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="180" />
            <source>Bijeenkomst e&amp;xporteren…</source>
            <translation>E&amp;xport workshop…</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="182" />
            <source>Sla de hele bijeenkomst op in één bestand, om mee te nemen of te delen.</source>
            <translation>Save the whole workshop in one file, to take along or share.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="185" />
            <source>Bijeenkomst &amp;importeren…</source>
            <translation>&amp;Import workshop…</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="187" />
            <source>Voeg een bijeenkomst toe uit een .leidraad.json-bestand.</source>
            <translation>Add a workshop from a .leidraad.json file.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="197" />
            <source>Kies of open eerst een bijeenkomst om te exporteren.</source>
            <translation>First select or open a workshop to export.</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="201" />
            <source>Bijeenkomst opgeslagen in {path}</source>
            <translation>Workshop saved in {path}</translation>
        </message>
        <message>
            <location filename="../../views/files/exchange_dialogs.py" line="208" />
            <source>‘{title}’ geïmporteerd.</source>
            <translation>‘{title}’ imported.</translation>
        </message>
    </context>
    <context>
        <name>InPlaceEditor</name>
        <message>
            <location filename="../../views/market/editors.py" line="165" />
            <source>Enter bewaart, Esc annuleert</source>
            <translation>Enter saves, Esc cancels</translation>
        </message>
    </context>
    <context>
        <name>InspirationPanel</name>
        <message>
            <location filename="../../views/plusmin/panels.py" line="33" />
            <source>Inspiratie uit het onderzoek</source>
            <translation>Inspiration from the research</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="77" />
            <source>Positief</source>
            <translation>Positive</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="77" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
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
            <source>Lege bijeenkomst</source>
            <translation>Empty workshop</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="36" />
            <source>Verhalen (30), plaatsen in de cirkel (10), dialoog (30), afsluiting (5).</source>
            <translation>Stories (30), placing in the circle (10), dialogue (30), closing (5).</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="37" />
            <source>Aanbod en vraag in subgroepen (20), plenair verbindingen leggen (30), actie.</source>
            <translation>Supply and demand in subgroups (20), making connections together (30), action.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="38" />
            <source>De vier kernthema's: positieve punten, aandachtspunten, koppelen, actie.</source>
            <translation>The four core themes: positive points, points of attention, pairing, action.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="39" />
            <source>Geen agenda: stel zelf de rondes samen.</source>
            <translation>No agenda: put the rounds together yourself.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="45" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="46" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="47" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="48" />
            <source>Geen bord</source>
            <translation>No board</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="54" />
            <source>Zelf</source>
            <translation>Self</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="55" />
            <source>Klas</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="56" />
            <source>Sectie of andere eenheid</source>
            <translation>Department or other unit</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="57" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="58" />
            <source>Omgeving/maatschappij</source>
            <translation>Community/society</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="59" />
            <source>Niet geplaatst</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="65" />
            <source>Een kleine groep ({n}): de methode raadt zo'n 8 tot 10 deelnemers aan.</source>
            <translation>A small group ({n}): the method recommends about 8 to 10 participants.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="67" />
            <source>Een grote groep ({n}): boven de 10 komt niet iedereen aan het woord.</source>
            <translation>A large group ({n}): above 10, not everyone gets a say.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="69" />
            <source>Er is nog geen {role} bij: de methode vraagt om alle stemmen.</source>
            <translation>There is no {role} yet: the method asks for every voice.</translation>
        </message>
        <message>
            <location filename="../../views/common/labels.py" line="72" />
            <source>Oudere docenten zijn bij voorkeur iets oververtegenwoordigd; nu zijn ze niet de grootste groep.</source>
            <translation>Older teachers should preferably be slightly over-represented; now they are not the largest group.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../views/shell/main_window.py" line="47" />
            <source>Wijzigingen worden NIET opgeslagen: zie de melding.</source>
            <translation>Changes are NOT being saved: see the message.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="69" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="70" />
            <source>&amp;Nieuwe bijeenkomst…</source>
            <translation>&amp;New workshop…</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="73" />
            <source>&amp;Overzicht van bijeenkomsten</source>
            <translation>Workshop &amp;overview</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="85" />
            <source>&amp;Notulen exporteren (PDF)…</source>
            <translation>Export &amp;minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="89" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="93" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="94" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="96" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="101" />
            <source>&amp;Sessie</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="102" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="103" />
            <source>&amp;Publieksvenster (tweede scherm)</source>
            <translation>&amp;Audience window (second screen)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="107" />
            <source>P&amp;resentatiemodus (één scherm)</source>
            <translation>P&amp;resentation mode (one screen)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="111" />
            <source>Projectorthema met &amp;hoog contrast</source>
            <translation>Projector theme with &amp;high contrast</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="116" />
            <source>Tekst in de zaal &amp;groter</source>
            <translation>&amp;Larger text in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="119" />
            <source>Tekst in de zaal &amp;kleiner</source>
            <translation>&amp;Smaller text in the room</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="126" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="135" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="136" />
            <location filename="../../views/shell/main_window.py" line="140" />
            <source>Over Leidraad</source>
            <translation>About Leidraad</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="141" />
            <source>&lt;b&gt;Leidraad {version}&lt;/b&gt;&lt;p&gt;Voor groepsgesprekken volgens ‘Leren loont het langst’: cirkel van invloed, marktplaats, plus-min-schema’s, rondes op tijd en notulen.&lt;/p&gt;&lt;p&gt;Alles blijft op deze laptop, in {path}.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Leidraad {version}&lt;/b&gt;&lt;p&gt;For group conversations following ‘Leren loont het langst’ (learning pays off longest): circle of influence, marketplace, plus-minus charts, rounds on time and minutes.&lt;/p&gt;&lt;p&gt;Everything stays on this laptop, in {path}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="176" />
            <source>Deze bijeenkomst bestaat niet meer.</source>
            <translation>This workshop no longer exists.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="201" />
            <source>Nieuwe actie (over naar actie)</source>
            <translation>New action (into action)</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="238" />
            <source>Geen tweede scherm gevonden: het publieksvenster staat op dit scherm. Tip: F5 voor presentatiemodus.</source>
            <translation>No second screen found: the audience window is on this screen. Tip: F5 for presentation mode.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="245" />
            <source>Publieksvenster gesloten. Alles is bewaard.</source>
            <translation>Audience window closed. Everything is saved.</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="296" />
            <source>Notulen opgeslagen: {path}</source>
            <translation>Minutes saved: {path}</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="312" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/shell/main_window.py" line="319" />
            <source>Opslaan werkt weer.</source>
            <translation>Saving works again.</translation>
        </message>
    </context>
    <context>
        <name>Market</name>
        <message>
            <location filename="../../views/market/cards.py" line="407" />
            <source>Subgroep {name}</source>
            <translation>Subgroup {name}</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="413" />
            <source>en</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="420" />
            <source>van: {names}</source>
            <translation>from: {names}</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="429" />
            <source>gebundeld</source>
            <translation>pooled</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="432" />
            <source>knoop</source>
            <translation>knot</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="432" />
            <source>{n} knopen</source>
            <translation>{n} knots</translation>
        </message>
        <message>
            <location filename="../../views/market/cards.py" line="436" />
            <source>past bij: {development}</source>
            <translation>fits: {development}</translation>
        </message>
    </context>
    <context>
        <name>MarketBoard</name>
        <message>
            <location filename="../../views/market/board.py" line="108" />
            <source>Subgroepen</source>
            <translation>Subgroups</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="108" />
            <source>Aanbod en vraag per subgroep</source>
            <translation>Supply and demand per subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="109" />
            <source>Plenair</source>
            <translation>Plenary</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="109" />
            <source>Bundelen, knopen, open vraag</source>
            <translation>Pooling, knots, open demand</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="119" />
            <source>+ Subgroep</source>
            <translation>+ Subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="119" />
            <source>Een lege subgroep toevoegen</source>
            <translation>Add an empty subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="120" />
            <source>Subgroepen uit deelnemers</source>
            <translation>Subgroups from participants</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="121" />
            <source>Maak een subgroep voor elke subgroep in de deelnemerslijst</source>
            <translation>Make a subgroup for every subgroup in the participant list</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="123" />
            <source>Hand-out (CSV)…</source>
            <translation>Hand-out (CSV)…</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="124" />
            <source>Per deelnemer: wat ze bieden, wat ze vragen en wie ze kunnen benaderen</source>
            <translation>Per participant: what they offer, what they ask for and whom they can approach</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="138" />
            <source>Op welk blad komt de nieuwe regel? Klik ook op een blad.</source>
            <translation>Which sheet does the new line go on? You can also click a sheet.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="142" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="143" />
            <source>Enter voegt toe; de cursor blijft staan voor de volgende (Ctrl+L)</source>
            <translation>Enter adds; the cursor stays for the next one (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="214" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="214" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="288" />
            <source>Maak eerst een subgroep.</source>
            <translation>First make a subgroup.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="291" />
            <source>Typ eerst wat er op het blad moet.</source>
            <translation>First type what goes on the sheet.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="302" />
            <source>Toegevoegd; Ctrl+Z zet terug.</source>
            <translation>Added; Ctrl+Z takes it back.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="312" />
            <source>Regel verwijderd; Ctrl+Z zet terug.</source>
            <translation>Line deleted; Ctrl+Z puts it back.</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="388" />
            <source>Geen nieuwe subgroepen: vul bij Deelnemers de kolom Subgroep in (bijv. A, B, C).</source>
            <translation>No new subgroups: fill in the Subgroup column under Participants (e.g. A, B, C).</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="398" />
            <source>Bewerken (F2)</source>
            <translation>Edit (F2)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="399" />
            <source>Naar vraag</source>
            <translation>To demand</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="399" />
            <source>Naar aanbod</source>
            <translation>To supply</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="403" />
            <source>Verwijderen (Del)</source>
            <translation>Delete (Del)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="410" />
            <source>Subgroep hernoemen…</source>
            <translation>Rename subgroup…</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="411" />
            <source>Subgroep verwijderen</source>
            <translation>Delete subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="419" />
            <source>Subgroep hernoemen</source>
            <translation>Rename subgroup</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="419" />
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="427" />
            <source>Hand-out opslaan</source>
            <translation>Save hand-out</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="427" />
            <source>hand-out marktplaats.csv</source>
            <translation>marketplace hand-out.csv</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="428" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../views/market/board.py" line="439" />
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
            <source>Aanbod bundelen</source>
            <translation>Pool supply</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="238" />
            <source>Uit de bundel halen</source>
            <translation>Take out of the pool</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="252" />
            <source>Knoop leggen</source>
            <translation>Tie a knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="264" />
            <source>Knoop losmaken</source>
            <translation>Untie knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="274" />
            <source>Suggestie accepteren: bundelen</source>
            <translation>Accept suggestion: pool</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="275" />
            <source>Suggestie accepteren: knoop</source>
            <translation>Accept suggestion: knot</translation>
        </message>
        <message>
            <location filename="../../commands/market.py" line="282" />
            <source>Suggestie afwijzen</source>
            <translation>Dismiss suggestion</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <location filename="../../export/pdf_boards.py" line="43" />
            <source>Zelf</source>
            <translation>Self</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="43" />
            <source>Klas</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="43" />
            <source>Sectie of andere eenheid</source>
            <translation>Department or other unit</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="44" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="44" />
            <source>Omgeving/maatschappij</source>
            <translation>Community/society</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="45" />
            <source>Niet geplaatst</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="145" />
            <source>Nog geen post-it staat in de cirkel.</source>
            <translation>No sticky note is in the circle yet.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="148" />
            <source>De meeste post-its staan in de ring {ring} ({n} van {total}).</source>
            <translation>Most sticky notes are in the ring {ring} ({n} of {total}).</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="150" />
            <source>De meeste post-its staan in de ringen {rings} (elk {n}).</source>
            <translation>Most sticky notes are in the rings {rings} ({n} each).</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="151" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="161" />
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="162" />
            <source>Post-its</source>
            <translation>Sticky notes</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="179" />
            <source>De verhalen per ring</source>
            <translation>The stories per ring</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="180" />
            <source>Cirkel van invloed en betrokkenheid</source>
            <translation>Circle of influence and concern</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="189" />
            <source>wil leren van: {names}</source>
            <translation>wants to learn from: {names}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="214" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="215" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="219" />
            <source>Subgroep {name}</source>
            <translation>Subgroup {name}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="219" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="222" />
            <source>Gebundeld aanbod: samen uitbouwen</source>
            <translation>Pooled supply: building on it together</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="229" />
            <source>ook: {variants}</source>
            <translation>also: {variants}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="235" />
            <source>Knopen: wie kan bij wie terecht</source>
            <translation>Knots: who can turn to whom</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="237" />
            <source>Wie vraagt</source>
            <translation>Who asks</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="237" />
            <source>Waarover</source>
            <translation>About what</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="237" />
            <source>Bij wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="247" />
            <source>Aanbod bij de ontwikkelingen van de school</source>
            <translation>Supply for the school’s developments</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="248" />
            <source>nog geen aanbod</source>
            <translation>no supply yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="255" />
            <source>Vraag zonder aanbod: hoe kunnen we dit ontwikkelen?</source>
            <translation>Demand without supply: how can we develop this?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="258" />
            <source>Marktplaats interne deskundigheid</source>
            <translation>Marketplace of in-house expertise</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="265" />
            <location filename="../../export/pdf_layout.py" line="332" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="265" />
            <source>Biedt aan</source>
            <translation>Offers</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="265" />
            <source>Vraagt</source>
            <translation>Asks for</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="265" />
            <source>Neem contact op met</source>
            <translation>Get in touch with</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="270" />
            <source>Per persoon: om elkaar later terug te vinden</source>
            <translation>Per person: to find each other later</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="285" />
            <source>… en nog {n}</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="300" />
            <location filename="../../export/pdf_boards.py" line="332" />
            <source>prioriteit {n}</source>
            <translation>priority {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="302" />
            <source>1 stem</source>
            <translation>1 vote</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="303" />
            <source>{n} stemmen</source>
            <translation>{n} votes</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="315" />
            <source>Wat is het meest urgent?</source>
            <translation>What is most urgent?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="321" />
            <source>Positieve punten</source>
            <translation>Positive points</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="322" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="327" />
            <source>nog geen positieve kant</source>
            <translation>no positive side yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="329" />
            <source>nog geen aandachtspunt tegenover</source>
            <translation>no point of attention against it yet</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="342" />
            <source>Plus-min-schema's</source>
            <translation>Plus-minus charts</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="347" />
            <source>1 punt staat nog zonder tegenhanger: heeft elk pluspunt een keerzijde, en elk aandachtspunt een positieve kant?</source>
            <translation>1 point has no counterpart yet: does every plus have a flip side, and every point of attention a positive side?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_boards.py" line="349" />
            <source>{n} punten staan nog zonder tegenhanger: heeft elk pluspunt een keerzijde, en elk aandachtspunt een positieve kant?</source>
            <translation>{n} points have no counterpart yet: does every plus have a flip side, and every point of attention a positive side?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="173" />
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="174" />
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="175" />
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="176" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="177" />
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="178" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="179" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="180" />
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="181" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="182" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="183" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="184" />
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="195" />
            <source>oudere docent (45+)</source>
            <translation>older teacher (45+)</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="195" />
            <source>jongere docent</source>
            <translation>younger teacher</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="196" />
            <source>leidinggevende</source>
            <translation>school leader</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="196" />
            <source>andere deelnemer</source>
            <translation>other participant</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="197" />
            <source>oudere docenten (45+)</source>
            <translation>older teachers (45+)</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="198" />
            <source>jongere docenten</source>
            <translation>younger teachers</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="199" />
            <source>leidinggevenden</source>
            <translation>school leaders</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="199" />
            <source>andere deelnemers</source>
            <translation>other participants</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="208" />
            <source>geen deelnemers vastgelegd</source>
            <translation>no participants recorded</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="212" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="214" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="216" />
            <source>Gespreksleider</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="217" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="222" />
            <source>{planned} minuten gepland</source>
            <translation>{planned} minutes planned</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="224" />
            <source>, {actual} minuten gebruikt</source>
            <translation>, {actual} minutes used</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="225" />
            <source>Duur</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="233" />
            <source>NOTULEN  ·  LEREN LOONT HET LANGST</source>
            <translation>MINUTES  ·  LEREN LOONT HET LANGST</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="234" />
            <source>Bijeenkomst</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="236" />
            <source>Geanonimiseerde versie: namen zijn vervangen door Deelnemer 1, 2, … en Collega 1, 2, …</source>
            <translation>Anonymised version: names are replaced by Participant 1, 2, … and Colleague 1, 2, …</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="242" />
            <source>Wie deden er mee</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="244" />
            <source>Er zijn geen deelnemers vastgelegd.</source>
            <translation>No participants were recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="246" />
            <source>{n} deelnemers: {roles}. Wie wat zei, blijft in de groep.</source>
            <translation>{n} participants: {roles}. Who said what stays in the group.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="259" />
            <source>Cirkel van invloed</source>
            <translation>Circle of influence</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="259" />
            <source>Marktplaats</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="260" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="275" />
            <source>Agenda: gepland en gelopen</source>
            <translation>Agenda: planned and actual</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="277" />
            <source>Er is geen agenda vastgelegd.</source>
            <translation>No agenda was recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="279" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="279" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="279" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="279" />
            <source>Werkelijk</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="279" />
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="284" />
            <location filename="../../export/pdf_layout.py" line="285" />
            <location filename="../../export/pdf_layout.py" line="293" />
            <location filename="../../export/pdf_layout.py" line="294" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="292" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="302" />
            <source>Het verschil telt alleen de rondes die gelopen zijn.</source>
            <translation>The difference counts only the rounds that were held.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="324" />
            <source>Uit de gesprekken</source>
            <translation>From the conversations</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="328" />
            <source>Over naar actie</source>
            <translation>Into action</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="330" />
            <source>Er zijn geen acties vastgelegd.</source>
            <translation>No actions were recorded.</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="332" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="332" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="340" />
            <source>Wat neem je mee uit dit gesprek, voor jezelf en voor je collega's?</source>
            <translation>What do you take away from this conversation, for yourself and for your colleagues?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="341" />
            <source>Wat ga je zelf doen, en wie heb je daarbij nodig?</source>
            <translation>What will you do yourself, and whom do you need for it?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="342" />
            <source>Waar leren we al van elkaar, en hoe bouwen we daarop voort?</source>
            <translation>Where do we already learn from each other, and how do we build on that?</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="343" />
            <source>Om verder over na te denken</source>
            <translation>To think about further</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="378" />
            <source>pagina {page} van {total}</source>
            <translation>page {page} of {total}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="416" />
            <source>Notulen: {title}</source>
            <translation>Minutes: {title}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="418" />
            <source>Notulen van de bijeenkomst van {date}</source>
            <translation>Minutes of the workshop of {date}</translation>
        </message>
        <message>
            <location filename="../../export/pdf_layout.py" line="419" />
            <source>Leren loont het langst</source>
            <translation>Leren loont het langst</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="184" />
            <source>Deelnemer {n}</source>
            <translation>Participant {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="207" />
            <source>Collega {n}</source>
            <translation>Colleague {n}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="218" />
            <source>de gespreksleider</source>
            <translation>the facilitator</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="227" />
            <location filename="../../export/pdf.py" line="253" />
            <source>[naam]</source>
            <translation>[name]</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="271" />
            <source>Deze bijeenkomst bestaat niet (meer).</source>
            <translation>This workshop does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="283" />
            <source>De gegevens konden niet gelezen worden: {error}</source>
            <translation>The data could not be read: {error}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="402" />
            <source>gevraagd voor {what}</source>
            <translation>asked for {what}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="405" />
            <location filename="../../export/pdf.py" line="418" />
            <source>wil van je leren over {what}</source>
            <translation>wants to learn from you about {what}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="411" />
            <source>biedt ook {what}</source>
            <translation>also offers {what}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="414" />
            <source>biedt {what}</source>
            <translation>offers {what}</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="478" />
            <source>De notulen konden niet worden opgemaakt ({error}).</source>
            <translation>The minutes could not be laid out ({error}).</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="491" />
            <source>{path} is een map: kies een bestandsnaam voor de notulen.</source>
            <translation>{path} is a folder: choose a file name for the minutes.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="495" />
            <source>De map {folder} bestaat niet. Kies een andere map.</source>
            <translation>The folder {folder} does not exist. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="529" />
            <source>De schijf is vol: de notulen zijn niet opgeslagen. Maak ruimte vrij of kies een andere plek.</source>
            <translation>The disk is full: the minutes were not saved. Free up space or choose another place.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="532" />
            <source>Geen schrijfrechten in de map {folder}: de notulen zijn niet opgeslagen. Kies een andere map.</source>
            <translation>No permission to write in the folder {folder}: the minutes were not saved. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="535" />
            <source>De bestandsnaam is te lang: kies een kortere naam.</source>
            <translation>The file name is too long: choose a shorter name.</translation>
        </message>
        <message>
            <location filename="../../export/pdf.py" line="536" />
            <source>De notulen konden niet worden opgeslagen in {path}: {reason}.</source>
            <translation>The minutes could not be saved in {path}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="84" />
            <source>Trefwoorden van het verhaal</source>
            <translation>Keywords of the story</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="86" />
            <source>Deelnemer: typ een naam (leeg = zonder naam)</source>
            <translation>Participant: type a name (empty = no name)</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="112" />
            <source>Enter: opslaan · Shift+Enter: nieuwe regel · Tab: deelnemer · Esc: annuleren</source>
            <translation>Enter: save · Shift+Enter: new line · Tab: participant · Esc: cancel</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <location filename="../../views/session/participants_panel.py" line="60" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="60" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="60" />
            <source>Subgroep</source>
            <translation>Subgroup</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <location filename="../../views/session/participants_panel.py" line="135" />
            <source>Naam, Enter om toe te voegen</source>
            <translation>Name, Enter to add</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="140" />
            <source>bijv. A</source>
            <translation>e.g. A</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="142" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="146" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="147" />
            <source>Verwijder de geselecteerde deelnemer (Del)</source>
            <translation>Remove the selected participant (Del)</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="168" />
            <source>Typ eerst een naam.</source>
            <translation>First type a name.</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="172" />
            <source>Let op: er is al een deelnemer met de naam {name}.</source>
            <translation>Note: there is already a participant named {name}.</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="187" />
            <source>Deelnemers verwijderen</source>
            <translation>Remove participants</translation>
        </message>
        <message>
            <location filename="../../views/session/participants_panel.py" line="191" />
            <source>Verwijderd; Ctrl+Z zet terug.</source>
            <translation>Deleted; Ctrl+Z puts it back.</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../../views/files/pdf_export.py" line="76" />
            <source>De notulen konden niet worden gemaakt: {error}</source>
            <translation>The minutes could not be made: {error}</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="141" />
            <source>Notulen exporteren (PDF)</source>
            <translation>Export minutes (PDF)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="151" />
            <source>De notulen bevatten de gegevens van de bijeenkomst, wie er meededen, de agenda (gepland en gelopen), de uitkomsten van de borden, de gedeelde notities en de acties. Privénotities van de gespreksleider komen er nooit in.</source>
            <translation>The minutes contain the workshop details, who took part, the agenda (planned and actual), the outcomes of the boards, the shared notes and the actions. The facilitator’s private notes never go in.</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="157" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="159" />
            <source>&amp;Kies…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="161" />
            <source>&amp;Opslaan als:</source>
            <translation>&amp;Save as:</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="168" />
            <source>&amp;Anoniem: namen vervangen door Deelnemer 1, 2, … (om buiten de groep te delen)</source>
            <translation>&amp;Anonymous: replace names by Participant 1, 2, … (to share outside the group)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="175" />
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="177" />
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="181" />
            <source>&amp;Sluiten</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="216" />
            <source>Notulen opslaan als</source>
            <translation>Save minutes as</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="217" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="231" />
            <source>Kies eerst waar de notulen moeten komen.</source>
            <translation>First choose where the minutes should go.</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="236" />
            <source>Bestand vervangen?</source>
            <translation>Replace file?</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="237" />
            <source>{name} bestaat al. Wil je het vervangen?</source>
            <translation>{name} already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="245" />
            <source>Bezig met exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../views/files/pdf_export.py" line="265" />
            <source>De notulen zijn opgeslagen in {path}</source>
            <translation>The minutes were saved in {path}</translation>
        </message>
    </context>
    <context>
        <name>PlenaryPanel</name>
        <message>
            <location filename="../../views/market/plenary.py" line="347" />
            <source>&lt;b&gt;Suggesties&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suggestions&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="348" />
            <source>Lijken op elkaar (hoofdletters, accenten en spaties tellen niet mee). Er wordt niets samengevoegd tot je accepteert.</source>
            <translation>Look alike (capitals, accents and spaces do not count). Nothing is merged until you accept.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="355" />
            <source>Accepteren (Enter)</source>
            <translation>Accept (Enter)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="356" />
            <source>Afwijzen (Del)</source>
            <translation>Dismiss (Del)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="365" />
            <source>&lt;b&gt;Ontwikkelingen van de school&lt;/b&gt;</source>
            <translation>&lt;b&gt;Developments in the school&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="367" />
            <source>Nieuwe ontwikkeling, Enter</source>
            <translation>New development, Enter</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="392" />
            <source>Overeenkomst: {score}%</source>
            <translation>Similarity: {score}%</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="416" />
            <source>Bundelen? “{a}” ({wa}) en “{b}” ({wb})</source>
            <translation>Pool? “{a}” ({wa}) and “{b}” ({wb})</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="419" />
            <source>Knoop? {asker} noemt “{name}” bij “{demand}”; {offerer} biedt “{supply}”</source>
            <translation>Knot? {asker} names “{name}” for “{demand}”; {offerer} offers “{supply}”</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="420" />
            <source>Iemand</source>
            <translation>Someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="422" />
            <source>Knoop? {asker} wil leren: “{demand}”; {offerer} biedt “{supply}”</source>
            <translation>Knot? {asker} wants to learn: “{demand}”; {offerer} offers “{supply}”</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="423" />
            <location filename="../../views/market/plenary.py" line="424" />
            <source>iemand</source>
            <translation>someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="442" />
            <source>Geaccepteerd; Ctrl+Z zet terug.</source>
            <translation>Accepted; Ctrl+Z takes it back.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="447" />
            <source>Afgewezen: deze suggestie komt niet terug (Ctrl+Z zet terug).</source>
            <translation>Dismissed: this suggestion will not come back (Ctrl+Z takes it back).</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="478" />
            <source>Knoop losmaken (Del)</source>
            <translation>Untie knot (Del)</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="484" />
            <source>Uit de bundel halen</source>
            <translation>Take out of the pool</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="487" />
            <source>Past niet meer bij de ontwikkeling</source>
            <translation>No longer fits the development</translation>
        </message>
    </context>
    <context>
        <name>PlenaryScene</name>
        <message>
            <location filename="../../views/market/plenary.py" line="59" />
            <source>Iemand</source>
            <translation>Someone</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="60" />
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="61" />
            <source>{asker} wil leren van {offerer}</source>
            <translation>{asker} wants to learn from {offerer}</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="120" />
            <source>Nog geen aanbod op de bladen.</source>
            <translation>No supply on the sheets yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="121" />
            <source>Nog geen knopen gelegd.</source>
            <translation>No knots tied yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="122" />
            <source>Elke vraag heeft een knoop.</source>
            <translation>Every demand has a knot.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="123" />
            <source>Nog geen ontwikkelingen genoemd.</source>
            <translation>No developments named yet.</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="162" />
            <source>{supply}  (vraag: {demand})</source>
            <translation>{supply}  (demand: {demand})</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="183" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="183" />
            <source>Sleep aanbod op aanbod om te bundelen</source>
            <translation>Drag supply onto supply to pool it</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="184" />
            <source>Wat we in huis hebben</source>
            <translation>What we have in-house</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="185" />
            <source>Knopen</source>
            <translation>Knots</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="185" />
            <source>Sleep een vraag op een aanbod</source>
            <translation>Drag a demand onto a supply</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="186" />
            <source>Wie leert van wie</source>
            <translation>Who learns from whom</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="187" />
            <source>Open vraag</source>
            <translation>Open demand</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="187" />
            <source>Hoe kunnen we dit ontwikkelen?</source>
            <translation>How can we develop this?</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="188" />
            <source>Ontwikkelingen van de school</source>
            <translation>Developments in the school</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="189" />
            <source>Sleep aanbod op een ontwikkeling die het dient</source>
            <translation>Drag supply onto a development it serves</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="190" />
            <source>Welk aanbod past erbij?</source>
            <translation>Which supply fits?</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="198" />
            <source>Gebundeld · {n} collega's</source>
            <translation>Pooled · {n} colleagues</translation>
        </message>
        <message>
            <location filename="../../views/market/plenary.py" line="199" />
            <source>Gebundeld</source>
            <translation>Pooled</translation>
        </message>
    </context>
    <context>
        <name>PlusMinBoard</name>
        <message>
            <location filename="../../views/plusmin/parts.py" line="81" />
            <source>1 positief punt zonder keerzijde</source>
            <translation>1 positive point without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="82" />
            <source>{n} positieve punten zonder keerzijde</source>
            <translation>{n} positive points without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="84" />
            <source>1 aandachtspunt zonder positieve kant</source>
            <translation>1 point of attention without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="85" />
            <source>{n} aandachtspunten zonder positieve kant</source>
            <translation>{n} points of attention without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="95" />
            <source>Meest urgent: {title}</source>
            <translation>Most urgent: {title}</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="97" />
            <source>1 stem</source>
            <translation>1 vote</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="97" />
            <source>{n} stemmen</source>
            <translation>{n} votes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="99" />
            <source>Meest urgent (gelijk): {titles} ({votes} elk)</source>
            <translation>Most urgent (tied): {titles} ({votes} each)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="100" />
            <source>Meest urgent: {title} ({votes})</source>
            <translation>Most urgent: {title} ({votes})</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="288" />
            <source>Toevoegen aan het schema (Enter), of sleep naar een kolom</source>
            <translation>Add to the chart (Enter), or drag to a column</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/parts.py" line="297" />
            <source>Staat al in het schema</source>
            <translation>Already in the chart</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="100" />
            <source>Nog geen thema.</source>
            <translation>No theme yet.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="101" />
            <source>Nog geen thema. Begin met de vier kernthema’s uit het onderzoek, of met een eigen thema (‘Thema +’ rechtsboven).</source>
            <translation>No theme yet. Start with the four core themes from the research, or with a theme of your own (‘Theme +’ at the top right).</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="108" />
            <location filename="../../views/plusmin/board.py" line="362" />
            <source>De vier kernthema’s toevoegen</source>
            <translation>Add the four core themes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="109" />
            <source>Eigen thema…</source>
            <translation>Own theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="116" />
            <source>Positieve punten</source>
            <translation>Positive points</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="117" />
            <location filename="../../views/plusmin/board.py" line="531" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="184" />
            <source>Thema +</source>
            <translation>Theme +</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="187" />
            <source>Leeg thema…</source>
            <translation>Empty theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="191" />
            <source>Kernthema met de punten uit het onderzoek</source>
            <translation>Core theme with the points from the research</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="195" />
            <source>Thema hernoemen…</source>
            <translation>Rename theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="196" />
            <source>Thema naar links</source>
            <translation>Theme to the left</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="197" />
            <source>Thema naar rechts</source>
            <translation>Theme to the right</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="198" />
            <source>Thema verwijderen…</source>
            <translation>Delete theme…</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="202" />
            <source>Toon of verberg de aandachtspunten op het scherm van de zaal (Ctrl+Shift+O)</source>
            <translation>Show or hide the points of attention on the room’s screen (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="205" />
            <source>verborgen voor de zaal</source>
            <translation>hidden from the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="214" />
            <source>Inspiratie en urgentie</source>
            <translation>Inspiration and urgency</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="215" />
            <source>Het zijpaneel met inspiratie uit het onderzoek en de urgentie tonen of verbergen</source>
            <translation>Show or hide the side panel with inspiration from the research and the urgency</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="224" />
            <source>Positief punt typen, Enter voegt toe</source>
            <translation>Type a positive point, Enter adds it</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="225" />
            <source>Aandachtspunt typen, Enter voegt toe</source>
            <translation>Type a point of attention, Enter adds it</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="238" />
            <location filename="../../views/plusmin/board.py" line="252" />
            <source>Plus-min-schema</source>
            <translation>Plus-minus chart</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="240" />
            <source>Positief punt typen</source>
            <translation>Type a positive point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="241" />
            <source>Aandachtspunt typen</source>
            <translation>Type a point of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="242" />
            <source>Gekozen positief punt en aandachtspunt koppelen</source>
            <translation>Pair the chosen positive point and point of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="243" />
            <location filename="../../views/plusmin/gestures.py" line="69" />
            <source>Koppeling opheffen</source>
            <translation>Unpair</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="245" />
            <source>Aandachtspunten tonen aan / verbergen voor de zaal</source>
            <translation>Show / hide the points of attention for the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="246" />
            <source>Volgend thema</source>
            <translation>Next theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="247" />
            <source>Vorig thema</source>
            <translation>Previous theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="253" />
            <source>Punt bewerken (Shift+Enter: nieuwe regel, Esc: annuleren)</source>
            <translation>Edit point (Shift+Enter: new line, Esc: cancel)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="254" />
            <source>Punt kiezen om te koppelen</source>
            <translation>Choose a point to pair</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="255" />
            <source>Naar het vorige, volgende of overstaande punt</source>
            <translation>To the previous, next or opposite point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="256" />
            <source>Punt (of gekoppelde rij) verplaatsen</source>
            <translation>Move point (or paired row)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="257" />
            <source>Punt naar de andere kolom (koppeling vervalt)</source>
            <translation>Point to the other column (pairing is dropped)</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="258" />
            <source>Punt verwijderen</source>
            <translation>Delete point</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="259" />
            <source>Keuze voor koppelen wissen</source>
            <translation>Clear the choice for pairing</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="356" />
            <source>Nieuw thema</source>
            <translation>New theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="356" />
            <location filename="../../views/plusmin/board.py" line="379" />
            <source>Naam van het thema:</source>
            <translation>Name of the theme:</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="379" />
            <source>Thema hernoemen</source>
            <translation>Rename theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="392" />
            <source>Thema verwijderen</source>
            <translation>Delete theme</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="393" />
            <source>‘{title}’ en alle punten erin verwijderen? Ctrl+Z zet het terug.</source>
            <translation>Delete ‘{title}’ and all its points? Ctrl+Z puts it back.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="403" />
            <source>Nog niet bepaald welk thema het meest urgent is.</source>
            <translation>Not yet decided which theme is most urgent.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="475" />
            <source>Nog niet gekoppeld</source>
            <translation>Not paired yet</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="487" />
            <source>Gekoppeld: positief punt en keerzijde</source>
            <translation>Paired: positive point and flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="506" />
            <source>zonder keerzijde</source>
            <translation>without a flip side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="508" />
            <source>zonder positieve kant</source>
            <translation>without a positive side</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="523" />
            <source>Elk punt heeft zijn keerzijde ✓</source>
            <translation>Every point has its flip side ✓</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="536" />
            <source>Verberg voor de zaal</source>
            <translation>Hide from the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="537" />
            <source>Toon aan de zaal</source>
            <translation>Show to the room</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="591" />
            <source>Een leeg punt wordt niet bewaard; Delete verwijdert het.</source>
            <translation>An empty point is not saved; Delete removes it.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="597" />
            <source>Punt verwijderd; Ctrl+Z zet het terug.</source>
            <translation>Point deleted; Ctrl+Z puts it back.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/board.py" line="602" />
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
            <location filename="../../views/plusmin/gestures.py" line="73" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="74" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="75" />
            <source>Naar Aandachtspunten</source>
            <translation>To Points of attention</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="75" />
            <source>Naar Positieve punten</source>
            <translation>To Positive points</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="79" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="103" />
            <source>Kies een positief punt en een aandachtspunt (klik of spatie) en druk Ctrl+K om ze te koppelen.</source>
            <translation>Choose a positive point and a point of attention (click or Space) and press Ctrl+K to pair them.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="114" />
            <source>Zet de focus op een gekoppeld punt om de koppeling op te heffen.</source>
            <translation>Put the focus on a paired point to unpair it.</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/gestures.py" line="127" />
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
            <location filename="../../views/room/presentation.py" line="39" />
            <source>Terug (Esc)</source>
            <translation>Back (Esc)</translation>
        </message>
        <message>
            <location filename="../../views/room/presentation.py" line="50" />
            <source>Spatie: start/pauze · N: volgende ronde · Esc: terug</source>
            <translation>Space: start/pause · N: next round · Esc: back</translation>
        </message>
    </context>
    <context>
        <name>RoundDelegate</name>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="211" />
            <source> min</source>
            <translation> min</translation>
        </message>
    </context>
    <context>
        <name>RoundModel</name>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="93" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="93" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="93" />
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="93" />
            <source>Vragen</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="94" />
            <source>Gebruikt</source>
            <translation>Used</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="132" />
            <source>Huidige ronde: {title}</source>
            <translation>Current round: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="141" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../views/session/agenda_panel.py" line="145" />
            <source>{n} vragen</source>
            <translation>{n} questions</translation>
        </message>
    </context>
    <context>
        <name>RoundPanel</name>
        <message>
            <location filename="../../views/session/round_panel.py" line="119" />
            <source>Vragen voor deze ronde</source>
            <translation>Questions for this round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="129" />
            <source>Alle vragen tonen</source>
            <translation>Show all questions</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="131" />
            <source>Niets tonen</source>
            <translation>Show nothing</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="132" />
            <source>Haal de vragen weg van het scherm in de zaal</source>
            <translation>Take the questions off the room’s screen</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="145" />
            <source>Wat de groep zegt, in steekwoorden. Komt in de notulen.</source>
            <translation>What the group says, in keywords. Goes into the minutes.</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="147" />
            <source>Notities van de ronde (komen in de notulen)</source>
            <translation>Notes of the round (go into the minutes)</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="153" />
            <source>Eigen aantekeningen van de gespreksleider</source>
            <translation>The facilitator’s own notes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="156" />
            <source>Privé · alleen voor jou: niet geprojecteerd, niet in de notulen</source>
            <translation>Private · only for you: not projected, not in the minutes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="169" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="183" />
            <source>Alle vragen tonen in de zaal</source>
            <translation>Show all questions in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="185" />
            <source>Vragen weghalen uit de zaal</source>
            <translation>Take the questions out of the room</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="187" />
            <source>Naar de notities van de ronde</source>
            <translation>To the notes of the round</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="189" />
            <source>Naar je eigen notities</source>
            <translation>To your own notes</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="228" />
            <source>Geen rondes op de agenda</source>
            <translation>No rounds on the agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="229" />
            <source>Voeg rondes toe in de planner.</source>
            <translation>Add rounds in the planner.</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="234" />
            <source>Ronde {n} van {count}: {title}</source>
            <translation>Round {n} of {count}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="236" />
            <source>{minutes} min gepland · {board}</source>
            <translation>{minutes} min planned · {board}</translation>
        </message>
        <message>
            <location filename="../../views/session/round_panel.py" line="259" />
            <source>Toon in de zaal</source>
            <translation>Show in the room</translation>
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
            <location filename="../../views/session/rules_card.py" line="232" />
            <source>Toon gespreksregels in de zaal</source>
            <translation>Show conversation rules in the room</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="234" />
            <source>Gespreksregels</source>
            <translation>Conversation rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="244" />
            <source>Regels aanpassen…</source>
            <translation>Adjust rules…</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="266" />
            <source>Nu zichtbaar in de zaal.</source>
            <translation>Now visible in the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="267" />
            <source>Nu verborgen voor de zaal.</source>
            <translation>Now hidden from the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="294" />
            <source>De gespreksregels staan in de zaal.</source>
            <translation>The conversation rules are shown in the room.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="295" />
            <source>De gespreksregels zijn verborgen voor de zaal.</source>
            <translation>The conversation rules are hidden from the room.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../views/session/rules_card.py" line="434" />
            <source>Gespreksregels aanpassen</source>
            <translation>Adjust conversation rules</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../views/session/rules_card.py" line="323" />
            <source>Nieuwe regel, Enter om toe te voegen</source>
            <translation>New rule, Enter to add</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="327" />
            <source>Standaardregels herstellen</source>
            <translation>Restore default rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="333" />
            <source>Regel omhoog</source>
            <translation>Rule up</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="334" />
            <source>Regel omlaag</source>
            <translation>Rule down</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="335" />
            <source>Regel verwijderen</source>
            <translation>Delete rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="339" />
            <source>Gespreksregels</source>
            <translation>Conversation rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="346" />
            <source>Dubbelklik of F2 om een regel aan te passen; Alt+↑/↓ verplaatst, Del verwijdert.</source>
            <translation>Double-click or F2 to adjust a rule; Alt+↑/↓ moves, Del deletes.</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="375" />
            <source>Standaardregels</source>
            <translation>Default rules</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="376" />
            <source>Aangepast voor deze bijeenkomst</source>
            <translation>Adjusted for this workshop</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="404" />
            <source>Gespreksregel toevoegen</source>
            <translation>Add conversation rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="413" />
            <source>Gespreksregel verwijderen</source>
            <translation>Delete conversation rule</translation>
        </message>
        <message>
            <location filename="../../views/session/rules_card.py" line="422" />
            <source>Gespreksregel verplaatsen</source>
            <translation>Move conversation rule</translation>
        </message>
    </context>
    <context>
        <name>SheetsScene</name>
        <message>
            <location filename="../../views/market/sheets.py" line="106" />
            <source>Aanbod</source>
            <translation>Supply</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="106" />
            <source>Vraag</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="107" />
            <source>Wat kan ik bieden, en wie?</source>
            <translation>What can I offer, and who?</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="108" />
            <source>Wat wil ik leren, van wie?</source>
            <translation>What do I want to learn, from whom?</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="123" />
            <source>Nog geen subgroepen. Maak ze met ‘Subgroepen uit deelnemers’ of ‘+ Subgroep’.</source>
            <translation>No subgroups yet. Make them with ‘Subgroups from participants’ or ‘+ Subgroup’.</translation>
        </message>
        <message>
            <location filename="../../views/market/sheets.py" line="125" />
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
        <name>Start</name>
        <message>
            <location filename="../../gui.py" line="32" />
            <location filename="../../gui.py" line="103" />
            <source>Leidraad kan niet starten</source>
            <translation>Leidraad cannot start</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="47" />
            <source>Leidraad wordt geopend…</source>
            <translation>Opening Leidraad…</translation>
        </message>
        <message>
            <location filename="../../gui.py" line="134" />
            <source>Geen reservekopie</source>
            <translation>No backup</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../views/shell/start_screen.py" line="94" />
            <source>Bijeenkomsten</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="96" />
            <source>Kies een bijeenkomst om verder te gaan, of begin een nieuwe vanuit een sjabloon. Alles wordt direct opgeslagen op deze laptop.</source>
            <translation>Choose a workshop to continue, or start a new one from a template. Everything is saved straight away on this laptop.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="107" />
            <source>Nog geen bijeenkomsten. Klik op ‘Nieuw…’ (Ctrl+N) om te beginnen.</source>
            <translation>No workshops yet. Click ‘New…’ (Ctrl+N) to begin.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="112" />
            <source>Nieuw…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="113" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="114" />
            <source>Naam wijzigen…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="115" />
            <source>Dupliceren</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="116" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="178" />
            <source>Naam wijzigen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="178" />
            <source>Nieuwe titel:</source>
            <translation>New title:</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="191" />
            <source>Kopie gemaakt van ‘{title}’.</source>
            <translation>Copy made of ‘{title}’.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="199" />
            <source>Bijeenkomst verwijderen</source>
            <translation>Delete workshop</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="200" />
            <source>‘{title}’ verwijderen, met alle deelnemers, borden en notities?
Ctrl+Z zet hem terug zolang Leidraad open is.</source>
            <translation>Delete ‘{title}’, with all participants, boards and notes?
Ctrl+Z puts it back while Leidraad is open.</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="207" />
            <source>‘{title}’ verwijderd. Ctrl+Z zet hem terug.</source>
            <translation>‘{title}’ deleted. Ctrl+Z puts it back.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <location filename="../../views/circle/widgets.py" line="233" />
            <source>Briefjes per ring</source>
            <translation>Sticky notes per ring</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="321" />
            <source>Nog geen briefjes in de cirkel.</source>
            <translation>No sticky notes in the circle yet.</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="324" />
            <source>{first} en {last}</source>
            <translation>{first} and {last}</translation>
        </message>
        <message>
            <location filename="../../views/circle/widgets.py" line="325" />
            <source>Meeste briefjes: {rings} ({n})</source>
            <translation>Most sticky notes: {rings} ({n})</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location filename="../../views/session/timer_panel.py" line="147" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="168" />
            <source>Start/pauze</source>
            <translation>Start/pause</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="169" />
            <source>Vorige ronde</source>
            <translation>Previous round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="170" />
            <source>Volgende ronde</source>
            <translation>Next round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="171" />
            <source>1 minuut erbij</source>
            <translation>Add 1 minute</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="172" />
            <source>5 minuten erbij</source>
            <translation>Add 5 minutes</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="174" />
            <source>1 minuut eraf</source>
            <translation>Take off 1 minute</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="175" />
            <location filename="../../views/session/timer_panel.py" line="274" />
            <source>Ronde opnieuw beginnen</source>
            <translation>Restart the round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="176" />
            <source>Hele sessie opnieuw (na een proefrun)</source>
            <translation>Restart the whole session (after a rehearsal)</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="178" />
            <source>Geluid bij nul</source>
            <translation>Sound at zero</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="212" />
            <source>Vorige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="213" />
            <location filename="../../views/session/timer_panel.py" line="372" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="214" />
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="221" />
            <source>Opnieuw</source>
            <translation>Restart</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="222" />
            <source>Geluid</source>
            <translation>Sound</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="275" />
            <source>De ronde “{title}” opnieuw beginnen? De gebruikte tijd ({used}) en de extra minuten vervallen.</source>
            <translation>Restart the round “{title}”? The time used ({used}) and the extra minutes are dropped.</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="287" />
            <source>Hele sessie opnieuw</source>
            <translation>Restart the whole session</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="288" />
            <source>Alle gebruikte tijd van alle rondes wissen en terug naar de eerste ronde? De notities blijven staan.</source>
            <translation>Clear all time used in all rounds and go back to the first round? The notes stay.</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="308" />
            <source>gepauzeerd</source>
            <translation>paused</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="308" />
            <source>nog niet gestart</source>
            <translation>not started yet</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="311" />
            <source>geen rondes op de agenda</source>
            <translation>no rounds on the agenda</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="327" />
            <source>Geen ronde</source>
            <translation>No round</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="328" />
            <source>Ronde {n} van {count}: {title}</source>
            <translation>Round {n} of {count}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="332" />
            <source>Sessie: {used} van {max} min</source>
            <translation>Session: {used} of {max} min</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="339" />
            <source>Ronde: {planned}{extra} min gepland</source>
            <translation>Round: {planned}{extra} min planned</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="371" />
            <source>Pauze</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../views/session/timer_panel.py" line="372" />
            <source>Verder</source>
            <translation>Resume</translation>
        </message>
    </context>
    <context>
        <name>UrgencyPanel</name>
        <message>
            <location filename="../../views/plusmin/panels.py" line="94" />
            <source>Urgentie: welk thema eerst?</source>
            <translation>Urgency: which theme first?</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="98" />
            <source>Rangorde wissen</source>
            <translation>Clear the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="116" />
            <source>Stemmen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="119" />
            <source>Hoger in de rangorde</source>
            <translation>Higher in the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="120" />
            <source>Lager in de rangorde</source>
            <translation>Lower in the order</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="121" />
            <source>Stem eraf</source>
            <translation>Remove a vote</translation>
        </message>
        <message>
            <location filename="../../views/plusmin/panels.py" line="123" />
            <source>Stem erbij</source>
            <translation>Add a vote</translation>
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
            <location filename="../../views/shell/start_screen.py" line="64" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="64" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="64" />
            <source>Locatie/school</source>
            <translation>Location/school</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="65" />
            <source>Gespreksleider</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <location filename="../../views/shell/start_screen.py" line="65" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>WorkshopScreen</name>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="75" />
            <source>← Overzicht</source>
            <translation>← Overview</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="76" />
            <source>Terug naar alle bijeenkomsten (Ctrl+W)</source>
            <translation>Back to all workshops (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="78" />
            <source>Gegevens…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="111" />
            <source>Ronde</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="111" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="112" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="112" />
            <source>Gespreksregels</source>
            <translation>Conversation rules</translation>
        </message>
        <message>
            <location filename="../../views/shell/workshop_screen.py" line="113" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
    </context>
</TS>
