<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Caller name</source>
        <translation>Uppringarens namn</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Samtalsstatus</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Samtalslängd</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Uppringarens nummer</translation>
    </message>
    <message>
        <source>Caller company</source>
        <translation>Uppringarens företag</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Kom via</translation>
    </message>
    <message>
        <source>Muted badge</source>
        <translation>Märke för avstängd mikrofon</translation>
    </message>
    <message>
        <source>Recording badge</source>
        <translation>Märke för inspelning</translation>
    </message>
    <message>
        <source>Call event</source>
        <translation>Samtalshändelse</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Samtalsfel</translation>
    </message>
    <message>
        <source>Send SMS to the caller</source>
        <translation>Skicka SMS till uppringaren</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Call control unavailable</source>
        <translation>Samtalsstyrning inte tillgänglig</translation>
    </message>
    <message>
        <source>Call panel error</source>
        <translation>Fel i samtalspanelen</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Inga samtal</translation>
    </message>
    <message>
        <source>What this account can do with calls</source>
        <translation>Vad det här kontot kan göra med samtal</translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation>Koppla som</translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation>Koppla från min mobil</translation>
    </message>
    <message>
        <source>Mobile transfer status</source>
        <translation>Status för mobilkoppling</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Avbryt koppling</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Biljett</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Källadress</translation>
    </message>
    <message>
        <source>Source domain</source>
        <translation>Källdomän</translation>
    </message>
    <message>
        <source>Source user</source>
        <translation>Källanvändare</translation>
    </message>
    <message>
        <source>Source secret</source>
        <translation>Källhemlighet</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>Övervakningsanteckning</translation>
    </message>
    <message>
        <source>Why supervising is off</source>
        <translation>Varför övervakning är av</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>Övervakningsmeddelande</translation>
    </message>
    <message>
        <source>Supervision error</source>
        <translation>Övervakningsfel</translation>
    </message>
    <message>
        <source>Supervision list may be old</source>
        <translation>Övervakningslistan kan vara inaktuell</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>After-call work</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>After-call work: your presence shows you are wrapping up your last call, and goes back to what it was when the countdown ends or you press Ready</source>
        <translation>Efterarbete: din närvarostatus visar att du avslutar ditt senaste samtal, och återgår till vad den var när nedräkningen är slut eller när du trycker på Redo</translation>
    </message>
    <message>
        <source>+{extendSeconds} s</source>
        <translation>+{extendSeconds} s</translation>
    </message>
    <message>
        <source>Extend wrap-up by {extendSeconds} seconds</source>
        <translation>Förläng efterarbetet med {extendSeconds} sekunder</translation>
    </message>
    <message>
        <source>More time to wrap up: {extendSeconds} seconds</source>
        <translation>Mer tid för efterarbete: {extendSeconds} sekunder</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>your presence</source>
        <translation>din närvarostatus</translation>
    </message>
    <message>
        <source>[after_call] is not a table</source>
        <translation>[after_call] är inte en tabell</translation>
    </message>
    <message>
        <source>[after_call] max_seconds must be at least seconds</source>
        <translation>[after_call] max_seconds måste vara minst seconds</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name} (inte tillgänglig)</translation>
    </message>
    <message>
        <source>[after_call] has no setting {value!r} (known: {join})</source>
        <translation>[after_call] har ingen inställning {value!r} (kända: {join})</translation>
    </message>
    <message>
        <source>[after_call] scope must be one of {join}, not {scope!r}</source>
        <translation>[after_call] scope måste vara en av {join}, inte {scope!r}</translation>
    </message>
    <message>
        <source>Your presence was changed during wrap-up; it is left as it is</source>
        <translation>Din närvarostatus ändrades under efterarbetet; den lämnas som den är</translation>
    </message>
    <message>
        <source>Wrap-up did not start: your presence could not be changed ({reason})</source>
        <translation>Efterarbetet startade inte: din närvarostatus kunde inte ändras ({reason})</translation>
    </message>
    <message>
        <source>Your presence could not be set back to {describe} ({reason}); set it yourself</source>
        <translation>Din närvarostatus kunde inte återställas till {describe} ({reason}); ställ in den själv</translation>
    </message>
    <message>
        <source>[after_call] {name} must be true or false</source>
        <translation>[after_call] {name} måste vara true eller false</translation>
    </message>
    <message>
        <source>[after_call] {name} must be a whole number of seconds, 1 to 3600</source>
        <translation>[after_call] {name} måste vara ett heltal sekunder, 1 till 3600</translation>
    </message>
    <message>
        <source>[after_call] {name} must be text</source>
        <translation>[after_call] {name} måste vara text</translation>
    </message>
    <message>
        <source>Ready: end wrap-up now</source>
        <translation>Redo: avsluta efterarbetet nu</translation>
    </message>
    <message>
        <source>End wrap-up now and put your presence back</source>
        <translation>Avsluta efterarbetet nu och återställ din närvarostatus</translation>
    </message>
    <message>
        <source>Dismiss the after-call message</source>
        <translation>Stäng meddelandet om efterarbete</translation>
    </message>
    <message>
        <source>No wrap-up</source>
        <translation>Inget efterarbete</translation>
    </message>
    <message>
        <source>Starting wrap-up…</source>
        <translation>Startar efterarbete…</translation>
    </message>
    <message>
        <source>Ending wrap-up…</source>
        <translation>Avslutar efterarbete…</translation>
    </message>
    <message>
        <source>Wrap-up {get_countdown}</source>
        <translation>Efterarbete {get_countdown}</translation>
    </message>
    <message>
        <source>Wrap-up waits for your call ({get_countdown} left)</source>
        <translation>Efterarbetet väntar på ditt samtal ({get_countdown} kvar)</translation>
    </message>
</context>
<context>
    <name>AnywhereSettings</name>
    <message>
        <source>On Windows and macOS, start at login is the installer&apos;s option (Windows: a Run entry; macOS: a LaunchAgent).</source>
        <translation>På Windows och macOS styrs start vid inloggning av installationsprogrammet (Windows: en Run-post; macOS: en LaunchAgent).</translation>
    </message>
    <message>
        <source>Not saved: a global shortcut to change first.</source>
        <translation>Inte sparat: ett globalt kortkommando måste ändras först.</translation>
    </message>
    <message>
        <source>Start at login: {reason}</source>
        <translation>Start vid inloggning: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The program&apos;s path has a control character; it cannot be started at login</source>
        <translation>Programmets sökväg innehåller ett styrtecken; det kan inte startas vid inloggning</translation>
    </message>
    <message>
        <source>There is no program to start at login</source>
        <translation>Det finns inget program att starta vid inloggning</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunde inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}</source>
        <translation>Kunde inte ta bort {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BusyElsewhere</name>
    <message>
        <source>Busy elsewhere</source>
        <translation>Upptagen på annat håll</translation>
    </message>
    <message>
        <source>Busy with work outside the phone system: queues pass you by and colleagues see your line busy until the time, or until you clear it</source>
        <translation>Upptagen med arbete utanför telefonsystemet: köer hoppar över dig och kollegor ser din linje som upptagen fram till tiden, eller tills du rensar markeringen</translation>
    </message>
    <message>
        <source>Busy elsewhere for</source>
        <translation>Upptagen på annat håll i</translation>
    </message>
    <message>
        <source>Mark &amp;busy</source>
        <translation>Markera som &amp;upptagen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Mark &amp;busy again</source>
        <translation>Markera som &amp;upptagen igen</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
    <message>
        <source>Not marked busy</source>
        <translation>Inte markerad som upptagen</translation>
    </message>
    <message>
        <source>Busy elsewhere until {strftime}</source>
        <translation>Upptagen på annat håll till {strftime}</translation>
    </message>
    <message>
        <source>This phone system offers no busy-elsewhere mark</source>
        <translation>Det här telefonsystemet erbjuder ingen markering för upptagen på annat håll</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} hours</source>
        <translation>Välj mellan 1 minut och {value} timmar</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Conference participants</source>
        <translation>Konferensdeltagare</translation>
    </message>
    <message>
        <source>SMS…</source>
        <translation>SMS…</translation>
    </message>
    <message>
        <source>Write an SMS to the other party of this call</source>
        <translation>Skriv ett SMS till den andra parten i samtalet</translation>
    </message>
    <message>
        <source>{duration} seconds</source>
        <translation>{duration} sekunder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>via {via}</translation>
    </message>
    <message>
        <source>Remove {value} from the conference</source>
        <translation>Ta bort {value} från konferensen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Mikrofon av</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Ringer upp…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>I vänteläge</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Recording stopped: save or discard it</source>
        <translation>Inspelningen har stoppats: spara eller kassera den</translation>
    </message>
    <message>
        <source>This account cannot control calls from here</source>
        <translation>Det här kontot kan inte styra samtal härifrån</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer upp…</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>I konferens</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Conference ({count} participants)</source>
        <translation>Konferens ({count} deltagare)</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Inspelning pausad</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Spelar in</translation>
    </message>
    <message>
        <source>Call buttons are off until the connection is live again ({describe}); the calls shown may be out of date</source>
        <translation>Samtalsknapparna är avstängda tills anslutningen fungerar igen ({describe}); samtalen som visas kan vara inaktuella</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <source>Participant {value}</source>
        <translation>Deltagare {value}</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>Keypad tones may only be 0–9, A–D, # and * (at most 32 at once)</source>
        <translation>Knappsatstoner får bara vara 0–9, A–D, # och * (högst 32 åt gången)</translation>
    </message>
    <message>
        <source>choose another of your devices</source>
        <translation>välj en annan av dina enheter</translation>
    </message>
    <message>
        <source>{what}: that call has already ended</source>
        <translation>{what}: samtalet har redan avslutats</translation>
    </message>
    <message>
        <source>{what} is not possible on this call right now</source>
        <translation>{what} är inte möjligt för det här samtalet just nu</translation>
    </message>
    <message>
        <source>{what}: choose one of your other calls</source>
        <translation>{what}: välj ett av dina andra samtal</translation>
    </message>
    <message>
        <source>Transfer: unknown kind of transfer {variant!r}</source>
        <translation>Koppla: okänd typ av koppling {variant!r}</translation>
    </message>
    <message>
        <source>{what}: that person is no longer in the conference</source>
        <translation>{what}: personen är inte längre med i konferensen</translation>
    </message>
    <message>
        <source>Recording: unknown command {step!r}</source>
        <translation>Inspelning: okänt kommando {step!r}</translation>
    </message>
    <message>
        <source>the call cannot be answered on {device_name}</source>
        <translation>samtalet kan inte besvaras på {device_name}</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Clear {lower}</source>
        <translation>Rensa {lower}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>{name} choices</source>
        <translation>Val för {name}</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Call history</source>
        <translation>Samtalshistorik</translation>
    </message>
    <message>
        <source>Call history filter</source>
        <translation>Filter för samtalshistorik</translation>
    </message>
    <message>
        <source>Show everything, or only missed, incoming or outgoing calls, or voicemails and recordings</source>
        <translation>Visa allt, eller bara missade, inkommande eller utgående samtal, eller röstmeddelanden och inspelningar</translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation>Fel i samtalshistoriken</translation>
    </message>
    <message>
        <source>Call history refresh status</source>
        <translation>Uppdateringsstatus för samtalshistorik</translation>
    </message>
    <message>
        <source>Call history notice</source>
        <translation>Meddelande om samtalshistorik</translation>
    </message>
    <message>
        <source>Loading your call history…</source>
        <translation>Läser in din samtalshistorik…</translation>
    </message>
    <message>
        <source>Call history status</source>
        <translation>Status för samtalshistorik</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Your calls and messages, newest first; unseen missed calls and unplayed messages in bold. Enter calls back</source>
        <translation>Dina samtal och meddelanden, nyaste först; osedda missade samtal och ospelade meddelanden i fetstil. Enter ringer tillbaka</translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation>&amp;Ring tillbaka</translation>
    </message>
    <message>
        <source>Call back the selected call</source>
        <translation>Ring tillbaka till det valda samtalet</translation>
    </message>
    <message>
        <source>Call the selected number back from your softphone (Enter)</source>
        <translation>Ring tillbaka till det valda numret från din softphone (Enter)</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>Skicka S&amp;MS…</translation>
    </message>
    <message>
        <source>Send an SMS to the selected call&apos;s number</source>
        <translation>Skicka ett SMS till det valda samtalets nummer</translation>
    </message>
    <message>
        <source>Write an SMS to the number of the selected call</source>
        <translation>Skriv ett SMS till numret för det valda samtalet</translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation>Markera som &amp;sett</translation>
    </message>
    <message>
        <source>Mark the selected missed call seen</source>
        <translation>Markera det valda missade samtalet som sett</translation>
    </message>
    <message>
        <source>Tell the server you have seen the selected missed call</source>
        <translation>Meddela servern att du har sett det valda missade samtalet</translation>
    </message>
    <message>
        <source>Mark &amp;all seen</source>
        <translation>Markera &amp;alla som sedda</translation>
    </message>
    <message>
        <source>Mark all missed calls seen</source>
        <translation>Markera alla missade samtal som sedda</translation>
    </message>
    <message>
        <source>Mark every unseen missed call as seen</source>
        <translation>Markera alla osedda missade samtal som sedda</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Lyssna</translation>
    </message>
    <message>
        <source>Listen to the selected message</source>
        <translation>Lyssna på det valda meddelandet</translation>
    </message>
    <message>
        <source>Open the selected voicemail or recording in your browser (web links only)</source>
        <translation>Öppna det valda röstmeddelandet eller inspelningen i webbläsaren (endast webblänkar)</translation>
    </message>
    <message>
        <source>Mark &amp;played</source>
        <translation>Markera som l&amp;yssnat</translation>
    </message>
    <message>
        <source>Mark the selected message played</source>
        <translation>Markera det valda meddelandet som lyssnat</translation>
    </message>
    <message>
        <source>Tell the server you have listened to the selected voicemail or recording</source>
        <translation>Meddela servern att du har lyssnat på det valda röstmeddelandet eller inspelningen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Ta bort de valda objekten</translation>
    </message>
    <message>
        <source>Delete the selected calls and recordings from your history; voicemails go to the trash, with an Undo for a while (Delete)</source>
        <translation>Ta bort de valda samtalen och inspelningarna från din historik; röstmeddelanden flyttas till papperskorgen och kan ångras en stund (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the delete: move the voicemails back to the inbox</source>
        <translation>Ångra borttagningen: flytta tillbaka röstmeddelandena till inkorgen</translation>
    </message>
    <message>
        <source>Move the voicemails you just deleted back from the trash (Ctrl+Z)</source>
        <translation>Flytta tillbaka röstmeddelandena du just tog bort från papperskorgen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Voicemail se&amp;ttings…</source>
        <translation>&amp;Inställningar för röstbrevlåda…</translation>
    </message>
    <message>
        <source>Voicemail settings</source>
        <translation>Inställningar för röstbrevlåda</translation>
    </message>
    <message>
        <source>See and change how your voicemail works</source>
        <translation>Se och ändra hur din röstbrevlåda fungerar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail or recording</source>
        <translation>Öppna det valda samtalets röstmeddelande eller inspelning</translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail, recording or other link in the browser</source>
        <translation>Öppna det valda samtalets röstmeddelande, inspelning eller annan länk i webbläsaren</translation>
    </message>
    <message>
        <source>Links of the selected call</source>
        <translation>Länkar för det valda samtalet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Refresh the call history</source>
        <translation>Uppdatera samtalshistoriken</translation>
    </message>
    <message>
        <source>Read your call history from the server now (F5)</source>
        <translation>Läs in din samtalshistorik från servern nu (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation>
            <numerusform>Ta bort %n objekt?</numerusform>
            <numerusform>Ta bort %n objekt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source> (not seen yet)</source>
        <translation> (inte sett än)</translation>
    </message>
    <message>
        <source> (not played yet)</source>
        <translation> (inte lyssnat än)</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Lyssnat</translation>
    </message>
    <message numerus="yes">
        <source>%n items will be deleted for good</source>
        <translation>
            <numerusform>%n objekt tas bort permanent</numerusform>
            <numerusform>%n objekt tas bort permanent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails will be moved to the trash (you can undo that)</source>
        <translation>
            <numerusform>%n röstmeddelande flyttas till papperskorgen (du kan ångra det)</numerusform>
            <numerusform>%n röstmeddelanden flyttas till papperskorgen (du kan ångra det)</numerusform>
        </translation>
    </message>
    <message>
        <source>{type} call, {remote}, {time}</source>
        <translation>{type} samtal, {remote}, {time}</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>Inte lyssnat</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Inte sett</translation>
    </message>
    <message>
        <source>Missed ({n})</source>
        <translation>Missade ({n})</translation>
    </message>
    <message>
        <source>; still trying)</source>
        <translation>; försöker fortfarande)</translation>
    </message>
    <message>
        <source>This account has no call history</source>
        <translation>Det här kontot har ingen samtalshistorik</translation>
    </message>
    <message>
        <source>Could not read your call history</source>
        <translation>Kunde inte läsa din samtalshistorik</translation>
    </message>
    <message>
        <source> ({failed_polls} attempts in a row failed</source>
        <translation> ({failed_polls} försök i rad misslyckades</translation>
    </message>
    <message>
        <source>, list read at </source>
        <translation>, listan lästes </translation>
    </message>
    <message>
        <source>the app could not read it (an internal error, written to the log)</source>
        <translation>appen kunde inte läsa den (ett internt fel, skrivet till loggen)</translation>
    </message>
    <message>
        <source> (showing the list read at </source>
        <translation> (visar listan som lästes </translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missade</translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls you have not seen</source>
        <translation>
            <numerusform>%n missat samtal som du inte har sett</numerusform>
            <numerusform>%n missade samtal som du inte har sett</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Missade samtal</translation>
    </message>
    <message>
        <source>Voicemail ({m})</source>
        <translation>Röstbrevlåda ({m})</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Röstbrevlåda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails or recordings not played yet</source>
        <translation>
            <numerusform>%n röstmeddelande eller inspelning inte lyssnat på än</numerusform>
            <numerusform>%n röstmeddelanden eller inspelningar inte lyssnade på än</numerusform>
        </translation>
    </message>
    <message>
        <source>Voicemails and recordings</source>
        <translation>Röstmeddelanden och inspelningar</translation>
    </message>
    <message>
        <source>Your call history could not be read yet; still trying (see above)</source>
        <translation>Din samtalshistorik kunde inte läsas än; försöker fortfarande (se ovan)</translation>
    </message>
    <message>
        <source>No calls here</source>
        <translation>Inga samtal här</translation>
    </message>
    <message>
        <source>&amp;Delete to trash</source>
        <translation>&amp;Ta bort till papperskorgen</translation>
    </message>
</context>
<context>
    <name>CallHistoryDelete</name>
    <message>
        <source>This account cannot delete items from its call history</source>
        <translation>Det här kontot kan inte ta bort objekt från sin samtalshistorik</translation>
    </message>
    <message>
        <source>That item is no longer in your history</source>
        <translation>Objektet finns inte längre i din historik</translation>
    </message>
    <message>
        <source>There is nothing to undo</source>
        <translation>Det finns inget att ångra</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n voicemail back to the inbox</source>
        <translation>
            <numerusform>Flyttade %n röstmeddelande tillbaka till inkorgen</numerusform>
            <numerusform>Flyttade %n röstmeddelanden tillbaka till inkorgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n voicemails back to the inbox</source>
        <translation>
            <numerusform>Flyttade %n röstmeddelande tillbaka till inkorgen</numerusform>
            <numerusform>Flyttade %n röstmeddelanden tillbaka till inkorgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved {describe_item} to the trash</source>
        <translation>Flyttade {describe_item} till papperskorgen</translation>
    </message>
    <message>
        <source>Moved {count} voicemails to the trash</source>
        <translation>Flyttade {count} röstmeddelanden till papperskorgen</translation>
    </message>
    <message>
        <source>Moved {describe_item} back to the inbox</source>
        <translation>Flyttade {describe_item} tillbaka till inkorgen</translation>
    </message>
    <message>
        <source>{count} of {count2} voicemails stayed in the trash: {value}</source>
        <translation>{count} av {count2} röstmeddelanden blev kvar i papperskorgen: {value}</translation>
    </message>
    <message>
        <source>{value} of {count} items could not be deleted: {value2}</source>
        <translation>{value} av {count} objekt kunde inte tas bort: {value2}</translation>
    </message>
</context>
<context>
    <name>CallHistoryMarks</name>
    <message>
        <source>This account has no call history</source>
        <translation>Det här kontot har ingen samtalshistorik</translation>
    </message>
    <message>
        <source>That message is no longer in your history</source>
        <translation>Meddelandet finns inte längre i din historik</translation>
    </message>
    <message>
        <source>Only voicemails and recordings are played</source>
        <translation>Bara röstmeddelanden och inspelningar kan spelas upp</translation>
    </message>
    <message>
        <source>This account keeps no played mark on messages</source>
        <translation>Det här kontot sparar ingen markering för lyssnade meddelanden</translation>
    </message>
    <message>
        <source>The server gave no link to listen to this message</source>
        <translation>Servern gav ingen länk för att lyssna på meddelandet</translation>
    </message>
    <message>
        <source>That call is no longer in your history</source>
        <translation>Samtalet finns inte längre i din historik</translation>
    </message>
    <message>
        <source>No unseen missed calls</source>
        <translation>Inga osedda missade samtal</translation>
    </message>
    <message>
        <source>This call has no number to call back</source>
        <translation>Samtalet har inget nummer att ringa tillbaka till</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Det här kontot kan inte ringa samtal</translation>
    </message>
    <message>
        <source>That link is no longer in your history</source>
        <translation>Länken finns inte längre i din historik</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call marked as seen</source>
        <translation>
            <numerusform>%n missat samtal markerat som sett</numerusform>
            <numerusform>%n missade samtal markerade som sedda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls marked as seen</source>
        <translation>
            <numerusform>%n missat samtal markerat som sett</numerusform>
            <numerusform>%n missade samtal markerade som sedda</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling {value}</source>
        <translation>Ringer {value}</translation>
    </message>
    <message>
        <source>This message&apos;s link was not opened: {exc}</source>
        <translation>Meddelandets länk öppnades inte: {exc}</translation>
    </message>
    <message>
        <source>{done} of {count} calls were marked seen; the rest could not be: {value}</source>
        <translation>{done} av {count} samtal markerades som sedda; resten kunde inte markeras: {value}</translation>
    </message>
</context>
<context>
    <name>CallHistoryRows</name>
    <message>
        <source>Missed</source>
        <translation>Missat</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Röstmeddelande</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>objektet</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>ett okänt nummer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>{kind} call</source>
        <translation>{kind} samtal</translation>
    </message>
    <message>
        <source>the {kind} from {who}</source>
        <translation>{kind} från {who}</translation>
    </message>
    <message>
        <source>the {kind} with {who}</source>
        <translation>{kind} med {who}</translation>
    </message>
    <message>
        <source>Deleted {describe_item}</source>
        <translation>Tog bort {describe_item}</translation>
    </message>
    <message>
        <source>Deleted {count} items</source>
        <translation>Tog bort {count} objekt</translation>
    </message>
    <message>
        <source>moved {describe_item} to the trash</source>
        <translation>flyttade {describe_item} till papperskorgen</translation>
    </message>
    <message>
        <source>moved {count} voicemails to the trash</source>
        <translation>flyttade {count} röstmeddelanden till papperskorgen</translation>
    </message>
    <message>
        <source>{count} items were no longer on the server</source>
        <translation>{count} objekt fanns inte längre på servern</translation>
    </message>
    <message>
        <source>{names} was no longer on the server</source>
        <translation>{names} fanns inte längre på servern</translation>
    </message>
    <message>
        <source>{names} were no longer on the server</source>
        <translation>{names} fanns inte längre på servern</translation>
    </message>
</context>
<context>
    <name>CallKeypad</name>
    <message>
        <source>Keypad tones</source>
        <translation>Knappsatstoner</translation>
    </message>
    <message>
        <source>Send the tone {k}</source>
        <translation>Skicka tonen {k}</translation>
    </message>
    <message>
        <source>Tone {k}</source>
        <translation>Ton {k}</translation>
    </message>
</context>
<context>
    <name>CallMobileTransfer</name>
    <message>
        <source>Transfer from your mobile</source>
        <translation>Koppla från din mobil</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Avbryt koppling</translation>
    </message>
    <message>
        <source>{what} is not possible on this call right now</source>
        <translation>{what} är inte möjligt för det här samtalet just nu</translation>
    </message>
    <message>
        <source>{what}: no transfer of this call is ongoing</source>
        <translation>{what}: ingen koppling av det här samtalet pågår</translation>
    </message>
</context>
<context>
    <name>CallOperations</name>
    <message>
        <source>T&amp;ransfer as</source>
        <translation>Koppl&amp;a som</translation>
    </message>
    <message>
        <source>R&amp;ecording</source>
        <translation>&amp;Inspelning</translation>
    </message>
    <message>
        <source>transfer to voicemail</source>
        <translation>koppla till röstbrevlåda</translation>
    </message>
    <message>
        <source>Transfer to voicemail</source>
        <translation>Koppla till röstbrevlåda</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Till röstbrevlåda</translation>
    </message>
    <message>
        <source>Send the caller straight to the destination&apos;s voicemail</source>
        <translation>Skicka uppringaren direkt till mottagarens röstbrevlåda</translation>
    </message>
    <message>
        <source>Transfer to &amp;voicemail…</source>
        <translation>Koppla till &amp;röstbrevlåda…</translation>
    </message>
    <message>
        <source>Transfer to voicemail: type or pick where to, then Enter</source>
        <translation>Koppla till röstbrevlåda: skriv eller välj mottagare, tryck sedan Enter</translation>
    </message>
    <message>
        <source>camp-on transfer</source>
        <translation>koppling med väntan</translation>
    </message>
    <message>
        <source>Camp-on transfer</source>
        <translation>Koppling med väntan</translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation>Vänta på ledig</translation>
    </message>
    <message>
        <source>Transfer and wait: when the colleague is busy, the caller waits until they are free</source>
        <translation>Koppla och vänta: om kollegan är upptagen väntar uppringaren tills kollegan är ledig</translation>
    </message>
    <message>
        <source>&amp;Camp-on transfer…</source>
        <translation>&amp;Koppling med väntan…</translation>
    </message>
    <message>
        <source>Camp-on transfer: type or pick where to, then Enter</source>
        <translation>Koppling med väntan: skriv eller välj mottagare, tryck sedan Enter</translation>
    </message>
    <message>
        <source>transfer past diversion</source>
        <translation>koppla förbi vidarekoppling</translation>
    </message>
    <message>
        <source>Transfer past diversion</source>
        <translation>Koppla förbi vidarekoppling</translation>
    </message>
    <message>
        <source>Past diversion</source>
        <translation>Förbi vidarekoppling</translation>
    </message>
    <message>
        <source>Ring the colleague themselves, even when they have diverted their calls</source>
        <translation>Ring kollegan direkt, även när kollegan har vidarekopplat sina samtal</translation>
    </message>
    <message>
        <source>Transfer past &amp;diversion…</source>
        <translation>Koppla förbi &amp;vidarekoppling…</translation>
    </message>
    <message>
        <source>Transfer past diversion: type or pick where to, then Enter</source>
        <translation>Koppla förbi vidarekoppling: skriv eller välj mottagare, tryck sedan Enter</translation>
    </message>
    <message>
        <source>dial</source>
        <translation>ringa</translation>
    </message>
    <message>
        <source>answering from the desktop</source>
        <translation>svara från datorn</translation>
    </message>
    <message>
        <source>hang up</source>
        <translation>lägga på</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>vänteläge</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>återuppta</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>stänga av mikrofonen</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>slå på mikrofonen</translation>
    </message>
    <message>
        <source>keypad tones</source>
        <translation>knappsatstoner</translation>
    </message>
    <message>
        <source>park</source>
        <translation>parkera</translation>
    </message>
    <message>
        <source>moving calls between devices</source>
        <translation>flytta samtal mellan enheter</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>koppla</translation>
    </message>
    <message>
        <source>consultation calls</source>
        <translation>förfrågningssamtal</translation>
    </message>
    <message>
        <source>switching between calls</source>
        <translation>växla mellan samtal</translation>
    </message>
    <message>
        <source>attended transfer</source>
        <translation>kontrollerad koppling</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>konferens</translation>
    </message>
    <message>
        <source>call pickup</source>
        <translation>plocka upp samtal</translation>
    </message>
    <message>
        <source>recording control</source>
        <translation>styra inspelning</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Answer this call (on the chosen device)</source>
        <translation>Svara på samtalet (på den valda enheten)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Svara på det ringande samtalet</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <source>End this call (reject it while it rings)</source>
        <translation>Avsluta samtalet (avvisa det medan det ringer)</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Lägg på</translation>
    </message>
    <message>
        <source>Hang up, reject or cancel the selected call</source>
        <translation>Lägg på, avvisa eller avbryt det valda samtalet</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vänteläge</translation>
    </message>
    <message>
        <source>Put this call on hold</source>
        <translation>Sätt samtalet i vänteläge</translation>
    </message>
    <message>
        <source>H&amp;old / resume</source>
        <translation>&amp;Vänteläge / återuppta</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>&amp;Vänteläge</translation>
    </message>
    <message>
        <source>Put the selected call on hold, or resume it</source>
        <translation>Sätt det valda samtalet i vänteläge, eller återuppta det</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Take this call off hold</source>
        <translation>Ta samtalet ur vänteläge</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mikrofon av</translation>
    </message>
    <message>
        <source>Mute your microphone on this call</source>
        <translation>Stäng av mikrofonen i samtalet</translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation>&amp;Mikrofon av / på</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mikrofon av</translation>
    </message>
    <message>
        <source>Mute or unmute your microphone on the selected call</source>
        <translation>Stäng av eller slå på mikrofonen i det valda samtalet</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Mikrofon på</translation>
    </message>
    <message>
        <source>Unmute your microphone on this call</source>
        <translation>Slå på mikrofonen i samtalet</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Mikrofon &amp;på</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Knappsats</translation>
    </message>
    <message>
        <source>Send keypad tones (DTMF) on this call</source>
        <translation>Skicka knappsatstoner (DTMF) i samtalet</translation>
    </message>
    <message>
        <source>&amp;Keypad…</source>
        <translation>K&amp;nappsats…</translation>
    </message>
    <message>
        <source>Open the keypad to send tones on the selected call</source>
        <translation>Öppna knappsatsen för att skicka toner i det valda samtalet</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkera</translation>
    </message>
    <message>
        <source>Park this call so that anyone can pick it up</source>
        <translation>Parkera samtalet så att vem som helst kan plocka upp det</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Parkera</translation>
    </message>
    <message>
        <source>Park the selected call so that anyone can pick it up</source>
        <translation>Parkera det valda samtalet så att vem som helst kan plocka upp det</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Move this call to another of your devices</source>
        <translation>Flytta samtalet till en annan av dina enheter</translation>
    </message>
    <message>
        <source>Mo&amp;ve to another device…</source>
        <translation>&amp;Flytta till en annan enhet…</translation>
    </message>
    <message>
        <source>Move the selected call to another of your devices (choose one when there are several)</source>
        <translation>Flytta det valda samtalet till en annan av dina enheter (välj en när det finns flera)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Blind transfer: pass the call on at once</source>
        <translation>Direkt koppling: lämna över samtalet direkt</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Koppla…</translation>
    </message>
    <message>
        <source>Type where to transfer the selected call</source>
        <translation>Skriv vart det valda samtalet ska kopplas</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Call the destination first, keeping this caller on hold</source>
        <translation>Ring mottagaren först och håll uppringaren i vänteläge</translation>
    </message>
    <message>
        <source>&amp;Consult…</source>
        <translation>Förf&amp;rågan…</translation>
    </message>
    <message>
        <source>Type or pick whom to consult, then Enter: the selected call waits on hold</source>
        <translation>Skriv eller välj vem du vill fråga, tryck sedan Enter: det valda samtalet väntar i vänteläge</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Växla</translation>
    </message>
    <message>
        <source>Swap calls</source>
        <translation>Växla samtal</translation>
    </message>
    <message>
        <source>Hold the active call and take the other one</source>
        <translation>Sätt det aktiva samtalet i vänteläge och ta det andra</translation>
    </message>
    <message>
        <source>&amp;Swap calls</source>
        <translation>Vä&amp;xla samtal</translation>
    </message>
    <message>
        <source>Connect calls</source>
        <translation>Koppla ihop samtal</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppla ihop</translation>
    </message>
    <message>
        <source>Attended transfer: connect this caller with your other call</source>
        <translation>Kontrollerad koppling: koppla ihop uppringaren med ditt andra samtal</translation>
    </message>
    <message>
        <source>Co&amp;nnect calls</source>
        <translation>Koppla i&amp;hop samtal</translation>
    </message>
    <message>
        <source>Attended transfer: connect the selected caller with your other call</source>
        <translation>Kontrollerad koppling: koppla ihop den valda uppringaren med ditt andra samtal</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Join this call and your other call</source>
        <translation>Slå ihop samtalet med ditt andra samtal</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>K&amp;onferens</translation>
    </message>
    <message>
        <source>Join the selected call and your other call in a conference</source>
        <translation>Slå ihop det valda samtalet och ditt andra samtal till en konferens</translation>
    </message>
    <message>
        <source>Leave conference</source>
        <translation>Lämna konferensen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>Leave the conference; the others stay connected</source>
        <translation>Lämna konferensen; de andra förblir anslutna</translation>
    </message>
    <message>
        <source>&amp;Leave conference</source>
        <translation>L&amp;ämna konferensen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Plocka upp</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>Recording (start)</source>
        <translation>Inspelning (starta)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Spela in</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Starta inspelning</translation>
    </message>
    <message>
        <source>Start recording this call</source>
        <translation>Börja spela in samtalet</translation>
    </message>
    <message>
        <source>&amp;Start / stop recording</source>
        <translation>&amp;Starta / stoppa inspelning</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Starta inspelning</translation>
    </message>
    <message>
        <source>Start recording the selected call, or stop the recording</source>
        <translation>Börja spela in det valda samtalet, eller stoppa inspelningen</translation>
    </message>
    <message>
        <source>Recording (pause)</source>
        <translation>Inspelning (pausa)</translation>
    </message>
    <message>
        <source>Pause rec.</source>
        <translation>Pausa insp.</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausa inspelning</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Pausa inspelningen</translation>
    </message>
    <message>
        <source>&amp;Pause / resume recording</source>
        <translation>&amp;Pausa / återuppta inspelning</translation>
    </message>
    <message>
        <source>&amp;Pause recording</source>
        <translation>&amp;Pausa inspelning</translation>
    </message>
    <message>
        <source>Pause the selected call&apos;s recording, or resume it</source>
        <translation>Pausa det valda samtalets inspelning, eller återuppta den</translation>
    </message>
    <message>
        <source>Recording (resume)</source>
        <translation>Inspelning (återuppta)</translation>
    </message>
    <message>
        <source>Resume rec.</source>
        <translation>Återuppta insp.</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Återuppta inspelning</translation>
    </message>
    <message>
        <source>Resume the recording</source>
        <translation>Återuppta inspelningen</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;Återuppta inspelning</translation>
    </message>
    <message>
        <source>Recording (stop)</source>
        <translation>Inspelning (stoppa)</translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation>Stoppa insp.</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stoppa inspelning</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Stoppa inspelningen</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>S&amp;toppa inspelning</translation>
    </message>
    <message>
        <source>Recording (save)</source>
        <translation>Inspelning (spara)</translation>
    </message>
    <message>
        <source>Save rec.</source>
        <translation>Spara insp.</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Spara inspelning</translation>
    </message>
    <message>
        <source>Keep the recording</source>
        <translation>Behåll inspelningen</translation>
    </message>
    <message>
        <source>Sa&amp;ve recording</source>
        <translation>Spa&amp;ra inspelning</translation>
    </message>
    <message>
        <source>Keep the stopped recording of the selected call</source>
        <translation>Behåll den stoppade inspelningen av det valda samtalet</translation>
    </message>
    <message>
        <source>Recording (discard)</source>
        <translation>Inspelning (kassera)</translation>
    </message>
    <message>
        <source>Discard rec.</source>
        <translation>Kassera insp.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>Kassera inspelning</translation>
    </message>
    <message>
        <source>Throw the recording away</source>
        <translation>Släng inspelningen</translation>
    </message>
    <message>
        <source>&amp;Discard recording</source>
        <translation>&amp;Kassera inspelning</translation>
    </message>
    <message>
        <source>Throw the stopped recording of the selected call away</source>
        <translation>Släng den stoppade inspelningen av det valda samtalet</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Samtalslista</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Inga samtal</translation>
    </message>
</context>
<context>
    <name>CallTransfer</name>
    <message>
        <source>Number or contact…</source>
        <translation>Nummer eller kontakt…</translation>
    </message>
    <message>
        <source>Transfer destination</source>
        <translation>Kopplingsmottagare</translation>
    </message>
    <message>
        <source>A number, extension or contact to transfer or consult</source>
        <translation>Ett nummer, en anknytning eller en kontakt att koppla till eller fråga</translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation>Koppla som</translation>
    </message>
    <message>
        <source>Other kinds of transfer to the number typed: to voicemail, camp-on, past the colleague&apos;s diversion</source>
        <translation>Andra sätt att koppla till det inskrivna numret: till röstbrevlåda, med väntan, förbi kollegans vidarekoppling</translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation>Koppla från min mobil</translation>
    </message>
    <message>
        <source>Transfer the call on your mobile to the number typed</source>
        <translation>Koppla samtalet på din mobil till det inskrivna numret</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Avbryt koppling</translation>
    </message>
    <message>
        <source>Stop the transfer: the call comes back to your mobile</source>
        <translation>Stoppa kopplingen: samtalet kommer tillbaka till din mobil</translation>
    </message>
    <message>
        <source>Attended: the caller waits on hold until it is answered</source>
        <translation>Kontrollerad: uppringaren väntar i vänteläge tills samtalet besvaras</translation>
    </message>
    <message>
        <source>Blind: hand the call over now</source>
        <translation>Direkt: lämna över samtalet nu</translation>
    </message>
    <message>
        <source>{what} to: number or contact…</source>
        <translation>{what} till: nummer eller kontakt…</translation>
    </message>
    <message>
        <source>Enter: {lower}</source>
        <translation>Enter: {lower}</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <source>Colleagues&apos; lines</source>
        <translation>Kollegornas linjer</translation>
    </message>
    <message>
        <source>No colleagues on your buddy list yet. Add them from the contact search (the star).</source>
        <translation>Inga kollegor på din bevakningslista än. Lägg till dem från kontaktsökningen (stjärnan).</translation>
    </message>
    <message>
        <source>Colleagues error</source>
        <translation>Fel för kollegor</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Plocka upp</translation>
    </message>
    <message>
        <source>Pick up the colleague&apos;s ringing call</source>
        <translation>Plocka upp kollegans ringande samtal</translation>
    </message>
    <message>
        <source>Choose a colleague first</source>
        <translation>Välj en kollega först</translation>
    </message>
    <message>
        <source>Pick up the ringing call on your phone ({PICK_UP_SHORTCUT})</source>
        <translation>Plocka upp det ringande samtalet på din telefon ({PICK_UP_SHORTCUT})</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>Ringing: {who}</source>
        <translation>Ringer: {who}</translation>
    </message>
    <message>
        <source>{words} (updating…)</source>
        <translation>{words} (uppdaterar…)</translation>
    </message>
    <message>
        <source>This account cannot pick up colleagues&apos; calls</source>
        <translation>Det här kontot kan inte plocka upp kollegors samtal</translation>
    </message>
    <message>
        <source>No colleague&apos;s phone is ringing</source>
        <translation>Ingen kollegas telefon ringer</translation>
    </message>
    <message>
        <source>This account has no buddy list</source>
        <translation>Det här kontot har ingen bevakningslista</translation>
    </message>
    <message>
        <source>{words} · Unavailable</source>
        <translation>{words} · Inte tillgänglig</translation>
    </message>
    <message>
        <source>{status_words}
Photo not shown: {refused}</source>
        <translation>{status_words}
Fotot visas inte: {refused}</translation>
    </message>
    <message>
        <source>{name}&apos;s phone is not ringing</source>
        <translation>{name}s telefon ringer inte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove from buddy list</source>
        <translation>Ta bort från bevakningslistan</translation>
    </message>
    <message>
        <source>Remove the selected colleague from your buddy list (Delete)</source>
        <translation>Ta bort den valda kollegan från din bevakningslista (Delete)</translation>
    </message>
    <message>
        <source>Colleagues — {ringing} ringing</source>
        <translation>Kollegor — {ringing} ringer</translation>
    </message>
</context>
<context>
    <name>CombinedPop</name>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Number and queue</source>
        <translation>Nummer och kö</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Hur du svarar</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Svarar…</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>via {via}</translation>
    </message>
    <message>
        <source>Answer the call from {title}</source>
        <translation>Svara på samtalet från {title}</translation>
    </message>
    <message>
        <source>Reject the call from {title}</source>
        <translation>Avvisa samtalet från {title}</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Inkommande samtal</translation>
    </message>
    <message>
        <source>{count} incoming calls</source>
        <translation>{count} inkommande samtal</translation>
    </message>
    <message>
        <source>{title}, via {via}</source>
        <translation>{title}, via {via}</translation>
    </message>
    <message>
        <source>{count} incoming calls: {names}</source>
        <translation>{count} inkommande samtal: {names}</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inaktuell</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Återansluter</translation>
    </message>
    <message>
        <source>Stale for {seconds:.0f} s</source>
        <translation>Inaktuell i {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Reconnecting in {seconds:.0f} s</source>
        <translation>Återansluter om {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Not authorised: the ticket was refused</source>
        <translation>Inte behörig: biljetten nekades</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>anslutningen bröts</translation>
    </message>
    <message>
        <source>malformed event stream</source>
        <translation>felaktig händelseström</translation>
    </message>
    <message>
        <source>no data from the server</source>
        <translation>ingen data från servern</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>servern svarade inte i tid</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>kunde inte ansluta</translation>
    </message>
    <message>
        <source>{refused} (HTTP {status})</source>
        <translation>{refused} (HTTP {status})</translation>
    </message>
    <message>
        <source>rate limited (HTTP {status})</source>
        <translation>för många förfrågningar (HTTP {status})</translation>
    </message>
    <message>
        <source>server error (HTTP {status})</source>
        <translation>serverfel (HTTP {status})</translation>
    </message>
    <message>
        <source>refused by the server (HTTP {status})</source>
        <translation>nekades av servern (HTTP {status})</translation>
    </message>
    <message>
        <source>unexpected response (HTTP {status}, not an event stream)</source>
        <translation>oväntat svar (HTTP {status}, inte en händelseström)</translation>
    </message>
    <message>
        <source>signed in again</source>
        <translation>inloggad igen</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internt fel</translation>
    </message>
    <message>
        <source>could not refresh the current state</source>
        <translation>kunde inte uppdatera det aktuella läget</translation>
    </message>
    <message>
        <source>no heartbeat from the server</source>
        <translation>inga livstecken från servern</translation>
    </message>
    <message>
        <source>could not prepare the request</source>
        <translation>kunde inte förbereda förfrågan</translation>
    </message>
    <message>
        <source>the server ended the stream</source>
        <translation>servern avslutade strömmen</translation>
    </message>
    <message>
        <source>signing in again failed: {why}</source>
        <translation>ny inloggning misslyckades: {why}</translation>
    </message>
    <message>
        <source>{reason}; the new ticket was refused too</source>
        <translation>{reason}; den nya biljetten nekades också</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation>Färg för anslutningsstatus</translation>
    </message>
    <message>
        <source>Connection: {connectionText}</source>
        <translation>Anslutning: {connectionText}</translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message>
        <source>{title} error</source>
        <translation>Fel för {title}</translation>
    </message>
    <message>
        <source>{title} notice</source>
        <translation>Meddelande för {title}</translation>
    </message>
    <message>
        <source>Loading {lower}…</source>
        <translation>Läser in {lower}…</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <source>Give the contact a name or a company</source>
        <translation>Ge kontakten ett namn eller ett företag</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address</source>
        <translation>{email!r} är inte en e-postadress</translation>
    </message>
    <message>
        <source>Unknown contact status {status!r}</source>
        <translation>Okänd kontaktstatus {status!r}</translation>
    </message>
    <message>
        <source>Unknown phone number type {phone_type!r}</source>
        <translation>Okänd typ av telefonnummer {phone_type!r}</translation>
    </message>
    <message>
        <source>The {replace} is longer than {FIELD_LIMIT} characters</source>
        <translation>{replace} är längre än {FIELD_LIMIT} tecken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktformulär</translation>
    </message>
    <message>
        <source>Phone number type</source>
        <translation>Typ av telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>Last &amp;name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>F&amp;öretag</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone t&amp;ype</source>
        <translation>Telefont&amp;yp</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>No contacts of your own yet. Add one with Add….</source>
        <translation>Inga egna kontakter än. Lägg till en med Lägg till….</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockerad</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mina kontakter</translation>
    </message>
    <message>
        <source>This phone system keeps no contacts of your own</source>
        <translation>Det här telefonsystemet sparar inga egna kontakter</translation>
    </message>
    <message>
        <source>Choose a contact to edit</source>
        <translation>Välj en kontakt att redigera</translation>
    </message>
    <message>
        <source>Choose a contact to delete</source>
        <translation>Välj en kontakt att ta bort</translation>
    </message>
    <message>
        <source>Choose a contact to call</source>
        <translation>Välj en kontakt att ringa</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Det här kontot kan inte ringa samtal</translation>
    </message>
    <message>
        <source>Added {display_name}</source>
        <translation>Lade till {display_name}</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>Sparade {display_name}</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>Tog bort {name}</translation>
    </message>
    <message>
        <source>{name} has no phone number to call</source>
        <translation>{name} har inget telefonnummer att ringa</translation>
    </message>
    <message>
        <source>As it is</source>
        <translation>Som det är</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {value}?</source>
        <translation>Ta bort {value}?</translation>
    </message>
    <message>
        <source>Edit {value}</source>
        <translation>Redigera {value}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source> It will no longer be one of your favourites either.</source>
        <translation> Den kommer inte heller längre att vara en av dina favoriter.</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>kontakten</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Välj en kontakt först</translation>
    </message>
    <message>
        <source>Remove {display_name} from your contacts?{also} This cannot be undone here; you can add the contact again from a search.</source>
        <translation>Ta bort {display_name} från dina kontakter?{also} Det går inte att ångra här; du kan lägga till kontakten igen från en sökning.</translation>
    </message>
    <message>
        <source>This account has no contact directory</source>
        <translation>Det här kontot har ingen kontaktkatalog</translation>
    </message>
    <message>
        <source>This account cannot change favourites</source>
        <translation>Det här kontot kan inte ändra favoriter</translation>
    </message>
    <message>
        <source>a favourite</source>
        <translation>en favorit</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>inte en favorit</translation>
    </message>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contact.</source>
        <translation>
            <numerusform>Dina favoriter är nu organisationens mall: %n kontakt.</numerusform>
            <numerusform>Dina favoriter är nu organisationens mall: %n kontakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contacts.</source>
        <translation>
            <numerusform>Dina favoriter är nu organisationens mall: %n kontakt.</numerusform>
            <numerusform>Dina favoriter är nu organisationens mall: %n kontakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the list could not be re-read: {outcome}</source>
        <translation>Sparat, men listan kunde inte läsas in igen: {outcome}</translation>
    </message>
    <message>
        <source>contact list to remove contacts from</source>
        <translation>kontaktlista att ta bort kontakter från</translation>
    </message>
    <message>
        <source>{name} is removed from your contacts.</source>
        <translation>{name} har tagits bort från dina kontakter.</translation>
    </message>
    <message>
        <source>favourites templates</source>
        <translation>favoritmallar</translation>
    </message>
    <message>
        <source>The server still shows {name} as {state}</source>
        <translation>Servern visar fortfarande {name} som {state}</translation>
    </message>
    <message>
        <source>The server did not add {name} to your favourites</source>
        <translation>Servern lade inte till {name} bland dina favoriter</translation>
    </message>
    <message>
        <source>The server still lists {name} among your contacts</source>
        <translation>Servern listar fortfarande {name} bland dina kontakter</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Contact&apos;s line state</source>
        <translation>Kontaktens linjestatus</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Change favourite</source>
        <translation>Ändra favorit</translation>
    </message>
    <message>
        <source>Contact details error</source>
        <translation>Fel i kontaktuppgifter</translation>
    </message>
    <message>
        <source>Contact&apos;s photo</source>
        <translation>Kontaktens foto</translation>
    </message>
    <message>
        <source>Contact&apos;s photo not shown</source>
        <translation>Kontaktens foto visas inte</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Inget foto</translation>
    </message>
    <message>
        <source>Photo not shown: {refused}</source>
        <translation>Fotot visas inte: {refused}</translation>
    </message>
    <message>
        <source>★ One of your favourites</source>
        <translation>★ En av dina favoriter</translation>
    </message>
    <message>
        <source>Not one of your favourites</source>
        <translation>Inte en av dina favoriter</translation>
    </message>
    <message>
        <source>In a call now</source>
        <translation>I samtal nu</translation>
    </message>
    <message>
        <source>Not in a call</source>
        <translation>Inte i samtal</translation>
    </message>
    <message>
        <source>favourites list</source>
        <translation>favoritlista</translation>
    </message>
    <message>
        <source>The favourite state is not known yet</source>
        <translation>Favoritstatus är inte känd än</translation>
    </message>
    <message>
        <source>This contact is not in this account&apos;s directory: it cannot be a favourite here</source>
        <translation>Kontakten finns inte i kontots katalog: den kan inte vara favorit här</translation>
    </message>
    <message>
        <source>This account cannot change favourites</source>
        <translation>Det här kontot kan inte ändra favoriter</translation>
    </message>
    <message>
        <source>a favourite</source>
        <translation>en favorit</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>inte en favorit</translation>
    </message>
    <message>
        <source>The server still shows {display_name} as {state}</source>
        <translation>Servern visar fortfarande {display_name} som {state}</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Ta bort från favoriter</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Lägg till i favoriter</translation>
    </message>
    <message>
        <source>Reading the details…</source>
        <translation>Läser uppgifterna…</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>In a call</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
</context>
<context>
    <name>ContactPhotos</name>
    <message>
        <source>The photo is empty</source>
        <translation>Fotot är tomt</translation>
    </message>
    <message>
        <source>The photo is not an image the app shows (PNG, JPEG, GIF, BMP or WebP)</source>
        <translation>Fotot är inte en bild som appen kan visa (PNG, JPEG, GIF, BMP eller WebP)</translation>
    </message>
    <message>
        <source>The photo could not be read: its size is missing</source>
        <translation>Fotot kunde inte läsas: storleken saknas</translation>
    </message>
    <message>
        <source>The photo could not be read: the image is damaged</source>
        <translation>Fotot kunde inte läsas: bilden är skadad</translation>
    </message>
    <message>
        <source>The photo is too large to show ({value} KB; at most {value2} KB)</source>
        <translation>Fotot är för stort för att visas ({value} KB; högst {value2} KB)</translation>
    </message>
    <message>
        <source>The photo is too large to show ({width}×{height} pixels; at most {MAX_PHOTO_SIDE} a side)</source>
        <translation>Fotot är för stort för att visas ({width}×{height} pixlar; högst {MAX_PHOTO_SIDE} per sida)</translation>
    </message>
    <message>
        <source>The photo could not be read: {exc}</source>
        <translation>Fotot kunde inte läsas: {exc}</translation>
    </message>
</context>
<context>
    <name>ContactSearch</name>
    <message>
        <source>Remove from favourites (Ctrl+Shift+F)</source>
        <translation>Ta bort från favoriter (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add to favourites (Ctrl+Shift+F)</source>
        <translation>Lägg till i favoriter (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Kontaktsökning</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Sök kontakter</translation>
    </message>
    <message>
        <source>Search name, company or number</source>
        <translation>Sök namn, företag eller nummer</translation>
    </message>
    <message>
        <source>Type a name, company or number; Down to move to the results, Enter to call</source>
        <translation>Skriv ett namn, företag eller nummer; Nedpil för att gå till resultaten, Enter för att ringa</translation>
    </message>
    <message>
        <source>Contact list heading</source>
        <translation>Rubrik för kontaktlista</translation>
    </message>
    <message>
        <source>Reset favourites to my organisation&apos;s template…</source>
        <translation>Återställ favoriter till organisationens mall…</translation>
    </message>
    <message>
        <source>Your favourites become the organisation&apos;s template</source>
        <translation>Dina favoriter blir organisationens mall</translation>
    </message>
    <message>
        <source>Contacts menu</source>
        <translation>Kontaktmeny</translation>
    </message>
    <message>
        <source>More commands for your contacts</source>
        <translation>Fler kommandon för dina kontakter</translation>
    </message>
    <message>
        <source>Contacts notice</source>
        <translation>Meddelande om kontakter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Enter or double-click to call; Ctrl+Shift+F to add or remove a favourite</source>
        <translation>Enter eller dubbelklick för att ringa; Ctrl+Shift+F för att lägga till eller ta bort en favorit</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Inga kontakter</translation>
    </message>
    <message>
        <source>Contact search error</source>
        <translation>Fel i kontaktsökning</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Call selected contact</source>
        <translation>Ring vald kontakt</translation>
    </message>
    <message>
        <source>Call the selected contact&apos;s preferred number (Enter)</source>
        <translation>Ring den valda kontaktens förvalda nummer (Enter)</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Lägg till i favoriter</translation>
    </message>
    <message>
        <source>Toggle favourite</source>
        <translation>Växla favorit</translation>
    </message>
    <message>
        <source>Add the selected contact to your favourites, or remove it (Ctrl+Shift+F)</source>
        <translation>Lägg till den valda kontakten i dina favoriter, eller ta bort den (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Contact sources status</source>
        <translation>Status för kontaktkällor</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Reset favourites</source>
        <translation>Återställ favoriter</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Välj en kontakt först</translation>
    </message>
    <message>
        <source>Searches ask every source at once: {names}</source>
        <translation>Sökningar frågar alla källor samtidigt: {names}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Contacts matching “{resultsQuery}”</source>
        <translation>Kontakter som matchar ”{resultsQuery}”</translation>
    </message>
    <message>
        <source> (searching…)</source>
        <translation> (söker…)</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Ta bort från favoriter</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Ring {number}</translation>
    </message>
    <message>
        <source>No number to call</source>
        <translation>Inget nummer att ringa</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>Skicka SMS…</translation>
    </message>
    <message>
        <source>Remove from my contacts…</source>
        <translation>Ta bort från mina kontakter…</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Type a name or number to search the contacts.</source>
        <translation>Skriv ett namn eller nummer för att söka bland kontakterna.</translation>
    </message>
    <message>
        <source>No favourites yet. Search for a contact and mark it with the star.</source>
        <translation>Inga favoriter än. Sök efter en kontakt och markera den med stjärnan.</translation>
    </message>
    <message>
        <source>Reset your favourites to your organisation&apos;s favourites template? Favourites that are not in the template stop being favourites (they stay in your contacts). This cannot be undone here.</source>
        <translation>Återställa dina favoriter till organisationens favoritmall? Favoriter som inte finns i mallen slutar vara favoriter (de finns kvar bland dina kontakter). Det går inte att ångra här.</translation>
    </message>
    <message>
        <source>No contacts match “{results_query}”</source>
        <translation>Inga kontakter matchar ”{results_query}”</translation>
    </message>
    <message>
        <source>This account has no contact directory</source>
        <translation>Det här kontot har ingen kontaktkatalog</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Välj en kontakt först</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Det här kontot kan inte ringa samtal</translation>
    </message>
    <message>
        <source>contact list to remove contacts from</source>
        <translation>kontaktlista att ta bort kontakter från</translation>
    </message>
    <message>
        <source>favourites templates</source>
        <translation>favoritmallar</translation>
    </message>
    <message>
        <source>Could not search for “{query}”: {exc}</source>
        <translation>Kunde inte söka efter ”{query}”: {exc}</translation>
    </message>
    <message>
        <source>{display_name} has no phone number to call</source>
        <translation>{display_name} har inget telefonnummer att ringa</translation>
    </message>
    <message>
        <source>Could not read your favourites: {exc}</source>
        <translation>Kunde inte läsa dina favoriter: {exc}</translation>
    </message>
    <message>
        <source>{source} did not answer in time</source>
        <translation>{source} svarade inte i tid</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>in the system keyring</source>
        <translation>i systemets nyckelring</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Ingen systemnyckelring är tillgänglig</translation>
    </message>
    <message>
        <source>in this session ({reason})</source>
        <translation>i den här sessionen ({reason})</translation>
    </message>
    <message>
        <source>No secret for {label} {where}. Run `cti-desktop login` with the same account options, or set {ENV_PASSWORD} or {ENV_TICKET}.</source>
        <translation>Ingen hemlighet för {label} {where}. Kör `cti-desktop login` med samma kontoalternativ, eller ange {ENV_PASSWORD} eller {ENV_TICKET}.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demo mode: a simulated phone system with made-up calls. Nothing is saved.</source>
        <translation>Demoläge: ett simulerat telefonsystem med påhittade samtal. Inget sparas.</translation>
    </message>
    <message>
        <source>Signing in did not finish</source>
        <translation>Inloggningen blev inte klar</translation>
    </message>
    <message>
        <source>Enter the password or a ticket for {account} to sign in.</source>
        <translation>Ange lösenordet eller en biljett för {account} för att logga in.</translation>
    </message>
    <message>
        <source>The demo phone system could not start: {error}</source>
        <translation>Demotelefonsystemet kunde inte starta: {error}</translation>
    </message>
</context>
<context>
    <name>DeviceIcons</name>
    <message>
        <source> of a {upper} device</source>
        <translation> för en {upper}-enhet</translation>
    </message>
    <message>
        <source>“{shown}” is not an icon{kind_words}; choose one of </source>
        <translation>”{shown}” är inte en ikon{kind_words}; välj en av </translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Give the device a name</source>
        <translation>Ge enheten ett namn</translation>
    </message>
    <message>
        <source>A device name is at most {DEVICE_NAME_LIMIT} characters</source>
        <translation>Ett enhetsnamn får vara högst {DEVICE_NAME_LIMIT} tecken</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>My devices</source>
        <translation>Mina enheter</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Enhetsnamn</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Device icon</source>
        <translation>Enhetsikon</translation>
    </message>
    <message>
        <source>Choose the device icon</source>
        <translation>Välj enhetsikon</translation>
    </message>
    <message>
        <source>The icon the phone system&apos;s apps show for this device (one of its type&apos;s)</source>
        <translation>Ikonen som telefonsystemets appar visar för enheten (en av ikonerna för dess typ)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Ikon:</translation>
    </message>
    <message>
        <source> · icon {value}</source>
        <translation> · ikon {value}</translation>
    </message>
    <message>
        <source>This phone system has no device icons</source>
        <translation>Det här telefonsystemet har inga enhetsikoner</translation>
    </message>
    <message>
        <source>Choose a device first</source>
        <translation>Välj en enhet först</translation>
    </message>
    <message>
        <source>Icon set to {icon_full_name}</source>
        <translation>Ikonen är nu {icon_full_name}</translation>
    </message>
    <message>
        <source>Renamed to {new_name}</source>
        <translation>Nytt namn: {new_name}</translation>
    </message>
    <message>
        <source>The device&apos;s icon: {exc}</source>
        <translation>Enhetens ikon: {exc}</translation>
    </message>
    <message>
        <source>Choose a device</source>
        <translation>Välj en enhet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Typ 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Typ 2</translation>
    </message>
    <message>
        <source>Reading the icon…</source>
        <translation>Läser ikonen…</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <source>The link has a broken %-escape</source>
        <translation>Länken har en trasig %-kod</translation>
    </message>
    <message>
        <source>The link contains control characters</source>
        <translation>Länken innehåller styrtecken</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is neither a domain nor a +number</source>
        <translation>Länkens phone-context är varken en domän eller ett +nummer</translation>
    </message>
    <message>
        <source>The link carries no number</source>
        <translation>Länken innehåller inget nummer</translation>
    </message>
    <message>
        <source>Letters cannot be dialled; the link&apos;s number must have digits 0–9</source>
        <translation>Bokstäver kan inte ringas; länkens nummer måste ha siffrorna 0–9</translation>
    </message>
    <message>
        <source>callto: links with options (?…) cannot be called</source>
        <translation>callto:-länkar med tillval (?…) kan inte ringas</translation>
    </message>
    <message>
        <source>A sip: link has no // after the colon</source>
        <translation>En sip:-länk saknar // efter kolonet</translation>
    </message>
    <message>
        <source>The sip: link names no user to call (user@host)</source>
        <translation>sip:-länken anger ingen användare att ringa (user@host)</translation>
    </message>
    <message>
        <source>The sip: link&apos;s host is not a host name</source>
        <translation>sip:-länkens värd är inget värdnamn</translation>
    </message>
    <message>
        <source>The sip: link carries a password; it is not called</source>
        <translation>sip:-länken innehåller ett lösenord; den ringas inte</translation>
    </message>
    <message>
        <source>The link is not text</source>
        <translation>Länken är inte text</translation>
    </message>
    <message>
        <source>Only tel:, callto:, sip: and sips: links can be called</source>
        <translation>Bara tel:-, callto:-, sip:- och sips:-länkar kan ringas</translation>
    </message>
    <message>
        <source>The link&apos;s %-escapes are not valid text</source>
        <translation>Länkens %-koder är inte giltig text</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is not a +number</source>
        <translation>Länkens phone-context är inget +nummer</translation>
    </message>
    <message>
        <source>The link has a parameter that is not well formed</source>
        <translation>Länken har en parameter som inte är korrekt skriven</translation>
    </message>
    <message>
        <source>A number with + has only digits and separators after it</source>
        <translation>Ett nummer med + har bara siffror och skiljetecken efter sig</translation>
    </message>
    <message>
        <source>The link&apos;s extension (;ext=) has no digits to dial</source>
        <translation>Länkens anknytning (;ext=) har inga siffror att ringa</translation>
    </message>
    <message>
        <source>ISDN subaddresses (;isub=) cannot be reached through this phone system</source>
        <translation>ISDN-underadresser (;isub=) kan inte nås genom det här telefonsystemet</translation>
    </message>
    <message>
        <source>{name} is a name, not a phone number; only numbers can be called from a link</source>
        <translation>{name} är ett namn, inte ett telefonnummer; bara nummer kan ringas från en länk</translation>
    </message>
    <message>
        <source>{address} is a SIP address, not a phone number; only numbers can be called from a link</source>
        <translation>{address} är en SIP-adress, inte ett telefonnummer; bara nummer kan ringas från en länk</translation>
    </message>
    <message>
        <source>That is too long to be a link to call (at most {n} characters)</source>
        <translation>Det är för långt för att vara en länk att ringa (högst {n} tecken)</translation>
    </message>
    <message>
        <source>The link names the parameter {name} twice</source>
        <translation>Länken anger parametern {name} två gånger</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is empty</source>
        <translation>Länkens phone-context är tom</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Knappsats</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nummer att ringa</translation>
    </message>
    <message>
        <source>Type or paste a number, extension or feature code; Enter calls it</source>
        <translation>Skriv eller klistra in ett nummer, en anknytning eller en funktionskod; Enter ringer upp</translation>
    </message>
    <message>
        <source>Number, extension or *code#</source>
        <translation>Nummer, anknytning eller *kod#</translation>
    </message>
    <message>
        <source>Will call</source>
        <translation>Kommer att ringa</translation>
    </message>
    <message>
        <source>Number problem</source>
        <translation>Problem med numret</translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation>Fel vid uppringning</translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation>Samtal inte tillgängliga</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tangent {key}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Call the number (Enter)</source>
        <translation>Ring numret (Enter)</translation>
    </message>
    <message>
        <source>Call via my mobile</source>
        <translation>Ring via min mobil</translation>
    </message>
    <message>
        <source>Call via mobile notice</source>
        <translation>Meddelande om samtal via mobil</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Radera sista siffran</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Radera det sista tecknet</translation>
    </message>
    <message>
        <source>Call from device</source>
        <translation>Ring från enhet</translation>
    </message>
    <message>
        <source>The phone or softphone that rings first when you call</source>
        <translation>Telefonen eller softphonen som ringer först när du ringer ut</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Nummerpresentation</translation>
    </message>
    <message>
        <source>The number the person you call sees</source>
        <translation>Numret som den du ringer ser</translation>
    </message>
    <message>
        <source>Ring first at</source>
        <translation>Ring först på</translation>
    </message>
    <message>
        <source>Where &apos;Call via&apos; rings first: your answer places on the phone system</source>
        <translation>Var &apos;Ring via&apos; ringer först: dina svarsställen i telefonsystemet</translation>
    </message>
    <message>
        <source>From device:</source>
        <translation>Från enhet:</translation>
    </message>
    <message>
        <source>Caller ID:</source>
        <translation>Nummerpresentation:</translation>
    </message>
    <message>
        <source>How calling works on this account</source>
        <translation>Hur samtal fungerar för det här kontot</translation>
    </message>
    <message>
        <source>Type {key} (hold for +)</source>
        <translation>Skriv {key} (håll ned för +)</translation>
    </message>
    <message>
        <source>Type {key}</source>
        <translation>Skriv {key}</translation>
    </message>
    <message>
        <source>Will call {targetDisplay}</source>
        <translation>Kommer att ringa {targetDisplay}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>This account cannot make calls from here</source>
        <translation>Det här kontot kan inte ringa samtal härifrån</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer upp…</translation>
    </message>
    <message>
        <source>calling from here</source>
        <translation>ringa härifrån</translation>
    </message>
    <message>
        <source>That caller ID is not one of your lines</source>
        <translation>Den nummerpresentationen är inte en av dina linjer</translation>
    </message>
    <message>
        <source>This account cannot choose the caller ID</source>
        <translation>Det här kontot kan inte välja nummerpresentation</translation>
    </message>
    <message>
        <source>Enter a number to call</source>
        <translation>Ange ett nummer att ringa</translation>
    </message>
    <message>
        <source>Nothing to redial yet</source>
        <translation>Inget att ringa igen än</translation>
    </message>
    <message>
        <source>calling through your mobile</source>
        <translation>ringa via din mobil</translation>
    </message>
    <message>
        <source>Calling is off until the connection is live again ({describe})</source>
        <translation>Samtal är avstängda tills anslutningen fungerar igen ({describe})</translation>
    </message>
    <message>
        <source>Your {where} rings first: answer it and you are connected to {display}</source>
        <translation>Din {where} ringer först: svara så kopplas du till {display}</translation>
    </message>
    <message>
        <source>There is no device {device_id!r} to call from</source>
        <translation>Det finns ingen enhet {device_id!r} att ringa från</translation>
    </message>
    <message>
        <source>There is no answer place {place_id!r} to ring first</source>
        <translation>Det finns inget svarsställe {place_id!r} att ringa först</translation>
    </message>
    <message>
        <source>Extension {display}</source>
        <translation>Anknytning {display}</translation>
    </message>
    <message>
        <source>Feature code {display}</source>
        <translation>Funktionskod {display}</translation>
    </message>
    <message>
        <source>Your mobile rings first; answer it and the number is called for you</source>
        <translation>Din mobil ringer först; svara så rings numret upp åt dig</translation>
    </message>
    <message>
        <source>Call {last} again</source>
        <translation>Ring {last} igen</translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation>Inget har ringts än</translation>
    </message>
    <message>
        <source>Call via my {lower}</source>
        <translation>Ring via min {lower}</translation>
    </message>
</context>
<context>
    <name>DialSelection</name>
    <message>
        <source>There is no display, so there is no selected text to read</source>
        <translation>Det finns ingen skärm, så det finns ingen markerad text att läsa</translation>
    </message>
    <message>
        <source>Nothing is selected; select a number first</source>
        <translation>Inget är markerat; markera ett nummer först</translation>
    </message>
</context>
<context>
    <name>Dialing</name>
    <message>
        <source>the default region</source>
        <translation>standardregionen</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>inte ett nummer</translation>
    </message>
    <message>
        <source>That is neither a number nor an address to call (user@host)</source>
        <translation>Det är varken ett nummer eller en adress att ringa (user@host)</translation>
    </message>
    <message>
        <source>Enter a number to call</source>
        <translation>Ange ett nummer att ringa</translation>
    </message>
    <message>
        <source>Enter the number to call as text</source>
        <translation>Ange numret att ringa som text</translation>
    </message>
    <message>
        <source>The number contains control characters; type it again</source>
        <translation>Numret innehåller styrtecken; skriv det igen</translation>
    </message>
    <message>
        <source>Extensions cannot be dialled as part of a number: call the main number, then enter the extension on the keypad</source>
        <translation>Anknytningar kan inte ringas som en del av ett nummer: ring huvudnumret och ange sedan anknytningen på knappsatsen</translation>
    </message>
    <message>
        <source>Letters cannot be dialled; type the number with digits 0–9</source>
        <translation>Bokstäver kan inte ringas; skriv numret med siffrorna 0–9</translation>
    </message>
    <message>
        <source>The brackets in that number do not look like an area code</source>
        <translation>Parenteserna i numret ser inte ut som ett riktnummer</translation>
    </message>
    <message>
        <source>Only digits can be dialled</source>
        <translation>Bara siffror kan ringas</translation>
    </message>
    <message>
        <source>That number is too short</source>
        <translation>Numret är för kort</translation>
    </message>
    <message>
        <source>An extension or service code needs the account&apos;s domain, and it is not a domain name</source>
        <translation>En anknytning eller tjänstekod behöver kontots domän, och den är inte ett domännamn</translation>
    </message>
    <message>
        <source>SIP addresses with headers (?…) cannot be dialled</source>
        <translation>SIP-adresser med headers (?…) kan inte ringas</translation>
    </message>
    <message>
        <source>The address has no user part before the @</source>
        <translation>Adressen har ingen användardel före @</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters</source>
        <translation>Adressen innehåller mellanslag eller styrtecken</translation>
    </message>
    <message>
        <source>That contains control characters; type it again</source>
        <translation>Det innehåller styrtecken; skriv det igen</translation>
    </message>
    <message>
        <source>The tel: link carries no number</source>
        <translation>tel:-länken innehåller inget nummer</translation>
    </message>
    <message>
        <source>A feature code may only contain digits, * and #</source>
        <translation>En funktionskod får bara innehålla siffror, * och #</translation>
    </message>
    <message>
        <source>A feature code needs at least one digit, for example *21#</source>
        <translation>En funktionskod behöver minst en siffra, till exempel *21#</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only stand at the start of a number</source>
        <translation>Ett &apos;+&apos; får bara stå först i ett nummer</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>okänd landskod</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>för kort</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>för långt</translation>
    </message>
    <message>
        <source>A number with + has only digits after it (at most 15)</source>
        <translation>Ett nummer med + har bara siffror efter plustecknet (högst 15)</translation>
    </message>
    <message>
        <source>The tel: link&apos;s phone-context is neither a domain nor a +number</source>
        <translation>tel:-länkens phone-context är varken en domän eller ett +nummer</translation>
    </message>
    <message>
        <source>The address&apos;s user part is not valid text</source>
        <translation>Adressens användardel är inte giltig text</translation>
    </message>
    <message>
        <source>The SIP address has a parameter that cannot be sent</source>
        <translation>SIP-adressen har en parameter som inte kan skickas</translation>
    </message>
    <message>
        <source>That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)</source>
        <translation>Det är för långt för att vara ett telefonnummer (högst {MAX_INPUT_LENGTH} tecken)</translation>
    </message>
    <message>
        <source>The number contains the digit {value!r}, which is not 0–9; type it with 0–9</source>
        <translation>Numret innehåller siffran {value!r}, som inte är 0–9; skriv den med 0–9</translation>
    </message>
    <message>
        <source>That number is too long (a phone number has at most {MAX_PUBLIC_DIGITS} digits)</source>
        <translation>Numret är för långt (ett telefonnummer har högst {MAX_PUBLIC_DIGITS} siffror)</translation>
    </message>
    <message>
        <source>{cleaned} is not a valid phone number in {region_name}; for another country start with + and the country code</source>
        <translation>{cleaned} är inte ett giltigt telefonnummer i {region_name}; för ett annat land, börja med + och landskoden</translation>
    </message>
    <message>
        <source>The character {bad!r} cannot be dialled; use digits 0–9, + * and #</source>
        <translation>Tecknet {bad!r} kan inte ringas; använd siffrorna 0–9, + * och #</translation>
    </message>
    <message>
        <source>That number is too long (at most {MAX_FEATURE_LENGTH} characters without +)</source>
        <translation>Numret är för långt (högst {MAX_FEATURE_LENGTH} tecken utan +)</translation>
    </message>
    <message>
        <source>{value!r} is not a host name</source>
        <translation>{value!r} är inte ett värdnamn</translation>
    </message>
    <message>
        <source>That is too long to call (at most {MAX_URI_INPUT} characters)</source>
        <translation>Det är för långt för att ringa (högst {MAX_URI_INPUT} tecken)</translation>
    </message>
    <message>
        <source>That feature code is too long (at most {MAX_FEATURE_LENGTH} characters)</source>
        <translation>Funktionskoden är för lång (högst {MAX_FEATURE_LENGTH} tecken)</translation>
    </message>
    <message>
        <source>That is not a phone number we can dial ({parse_reason})</source>
        <translation>Det är inte ett telefonnummer som kan ringas ({parse_reason})</translation>
    </message>
    <message>
        <source>{cleaned} is not a valid phone number</source>
        <translation>{cleaned} är inte ett giltigt telefonnummer</translation>
    </message>
</context>
<context>
    <name>DirectoryMerge</name>
    <message>
        <source>{count} of {total} sources answered</source>
        <translation>{count} av {total} källor svarade</translation>
    </message>
    <message>
        <source>still asking {sources}</source>
        <translation>frågar fortfarande {sources}</translation>
    </message>
    <message>
        <source>{sources} did not answer in time</source>
        <translation>{sources} svarade inte i tid</translation>
    </message>
    <message>
        <source>{source}: the search failed ({error})</source>
        <translation>{source}: sökningen misslyckades ({error})</translation>
    </message>
</context>
<context>
    <name>DstnyErrors</name>
    <message>
        <source>The server no longer accepts this sign-in; please sign in again</source>
        <translation>Servern godtar inte längre den här inloggningen; logga in igen</translation>
    </message>
    <message>
        <source>{feature} is not available with this account</source>
        <translation>{feature} är inte tillgänglig med det här kontot</translation>
    </message>
    <message>
        <source>{feature}: the server does not know this item (it may have ended or been removed)</source>
        <translation>{feature}: servern känner inte till objektet (det kan ha avslutats eller tagits bort)</translation>
    </message>
    <message>
        <source>{feature}: the call changed before the command arrived; check it and try again</source>
        <translation>{feature}: samtalet ändrades innan kommandot kom fram; kontrollera det och försök igen</translation>
    </message>
    <message>
        <source>{feature}: the server refused the request</source>
        <translation>{feature}: servern nekade begäran</translation>
    </message>
    <message>
        <source>{feature}: the server is busy; try again shortly</source>
        <translation>{feature}: servern är upptagen; försök igen om en stund</translation>
    </message>
    <message>
        <source>{feature}: the server had a problem (HTTP {status})</source>
        <translation>{feature}: servern fick ett problem (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: the server refused the request (HTTP {status})</source>
        <translation>{feature}: servern nekade begäran (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: the server gave an unexpected answer (HTTP {status})</source>
        <translation>{feature}: servern gav ett oväntat svar (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature} is not available with this account: the ticket lacks the {scope} scope</source>
        <translation>{feature} är inte tillgänglig med det här kontot: biljetten saknar behörigheten {scope}</translation>
    </message>
    <message>
        <source>The server could not be reached in time</source>
        <translation>Servern kunde inte nås i tid</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Servern svarade inte i tid</translation>
    </message>
    <message>
        <source>Could not connect to the server (check the network and the server address)</source>
        <translation>Kunde inte ansluta till servern (kontrollera nätverket och serveradressen)</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>Anslutningen till servern bröts</translation>
    </message>
    <message>
        <source>The proxy refused the connection to the server</source>
        <translation>Proxyn nekade anslutningen till servern</translation>
    </message>
    <message>
        <source>The server address is not a valid http(s) address</source>
        <translation>Serveradressen är inte en giltig http(s)-adress</translation>
    </message>
    <message>
        <source>Could not talk to the server</source>
        <translation>Kunde inte kommunicera med servern</translation>
    </message>
    <message>
        <source>; the command may still have been carried out, so check the call before trying again</source>
        <translation>; kommandot kan ändå ha utförts, så kontrollera samtalet innan du försöker igen</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source> Details are in the log.</source>
        <translation> Detaljer finns i loggen.</translation>
    </message>
    <message>
        <source> Details are in the log ({file}).</source>
        <translation> Detaljer finns i loggen ({file}).</translation>
    </message>
    <message>
        <source>Unexpected error — {summary}.{where_logged} The app keeps running.</source>
        <translation>Oväntat fel — {summary}.{where_logged} Appen fortsätter att köras.</translation>
    </message>
    <message>
        <source>Something went wrong in the background: {message}. The app keeps running.</source>
        <translation>Något gick fel i bakgrunden: {message}. Appen fortsätter att köras.</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>Call forwarding</source>
        <translation>Vidarekoppling</translation>
    </message>
    <message>
        <source>Call forwarding now</source>
        <translation>Vidarekoppling nu</translation>
    </message>
    <message>
        <source>Call forwarding details</source>
        <translation>Detaljer om vidarekoppling</translation>
    </message>
    <message>
        <source>Number or extension, e.g. 070-123 45 67</source>
        <translation>Nummer eller anknytning, t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>Forward my calls to</source>
        <translation>Vidarekoppla mina samtal till</translation>
    </message>
    <message>
        <source>The phone number or extension every call to you should go to</source>
        <translation>Telefonnumret eller anknytningen som alla samtal till dig ska gå till</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vidarekoppla</translation>
    </message>
    <message>
        <source>Forward my calls</source>
        <translation>Vidarekoppla mina samtal</translation>
    </message>
    <message>
        <source>Forward every call to the number entered</source>
        <translation>Vidarekoppla alla samtal till det angivna numret</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>Stäng &amp;av</translation>
    </message>
    <message>
        <source>Stop forwarding my calls</source>
        <translation>Sluta vidarekoppla mina samtal</translation>
    </message>
    <message>
        <source>Stop forwarding: calls ring you again</source>
        <translation>Stoppa vidarekopplingen: samtalen ringer hos dig igen</translation>
    </message>
    <message>
        <source>Turn off &amp;every rule</source>
        <translation>Stäng av a&amp;lla regler</translation>
    </message>
    <message>
        <source>Turn off every forwarding rule of my line</source>
        <translation>Stäng av alla vidarekopplingsregler för min linje</translation>
    </message>
    <message>
        <source>Stop every forwarding of your main line: all calls, when busy, when you do not answer, when you cannot be reached</source>
        <translation>Stoppa all vidarekoppling av din huvudlinje: alla samtal, vid upptaget, vid inget svar, när du inte kan nås</translation>
    </message>
    <message>
        <source>What is wrong with the number</source>
        <translation>Vad som är fel med numret</translation>
    </message>
    <message>
        <source>Call forwarding error</source>
        <translation>Fel i vidarekoppling</translation>
    </message>
    <message>
        <source>Call forwarding refresh status</source>
        <translation>Uppdateringsstatus för vidarekoppling</translation>
    </message>
    <message>
        <source>While my presence is…</source>
        <translation>När min närvarostatus är…</translation>
    </message>
    <message>
        <source>Activity forwarding</source>
        <translation>Aktivitetsvidarekoppling</translation>
    </message>
    <message>
        <source>Activity to forward calls for</source>
        <translation>Aktivitet att vidarekoppla samtal för</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Nummer eller anknytning</translation>
    </message>
    <message>
        <source>Forward calls during the activity to</source>
        <translation>Vidarekoppla samtal under aktiviteten till</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ställ in</translation>
    </message>
    <message>
        <source>Set activity forwarding</source>
        <translation>Ställ in aktivitetsvidarekoppling</translation>
    </message>
    <message>
        <source>Forward calls to this number while you are in the chosen activity</source>
        <translation>Vidarekoppla samtal till det här numret medan du har den valda aktiviteten</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Forward my calls to…</source>
        <translation>Vidarekoppla mina samtal till…</translation>
    </message>
    <message>
        <source>{detail} Click to change it.</source>
        <translation>{detail} Klicka för att ändra.</translation>
    </message>
    <message>
        <source>{value}: forwarded to {value2}</source>
        <translation>{value}: vidarekopplat till {value2}</translation>
    </message>
    <message>
        <source>While {value}, calls go to {value2}</source>
        <translation>Under {value} går samtal till {value2}</translation>
    </message>
    <message>
        <source>Forwarding…</source>
        <translation>Vidarekopplar…</translation>
    </message>
    <message>
        <source>Reading your call forwarding…</source>
        <translation>Läser din vidarekoppling…</translation>
    </message>
    <message>
        <source>Calls ring you as usual.</source>
        <translation>Samtal ringer hos dig som vanligt.</translation>
    </message>
    <message>
        <source>by your presence</source>
        <translation>på grund av din närvarostatus</translation>
    </message>
    <message>
        <source>are diverted</source>
        <translation>omdirigeras</translation>
    </message>
    <message>
        <source>would be diverted</source>
        <translation>skulle omdirigeras</translation>
    </message>
    <message>
        <source>This account cannot forward calls</source>
        <translation>Det här kontot kan inte vidarekoppla samtal</translation>
    </message>
    <message>
        <source>Could not read your call forwarding</source>
        <translation>Kunde inte läsa din vidarekoppling</translation>
    </message>
    <message>
        <source>This account cannot turn its forwarding rules off at once</source>
        <translation>Det här kontot kan inte stänga av alla sina vidarekopplingsregler på en gång</translation>
    </message>
    <message numerus="yes">
        <source>%n other rule forwards</source>
        <translation>
            <numerusform>%n annan regel vidarekopplar</numerusform>
            <numerusform>%n andra regler vidarekopplar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other rules forward</source>
        <translation>
            <numerusform>%n annan regel vidarekopplar</numerusform>
            <numerusform>%n andra regler vidarekopplar</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the activity whose forwarding you want to change</source>
        <translation>Välj aktiviteten vars vidarekoppling du vill ändra</translation>
    </message>
    <message>
        <source>Every call to you is forwarded to {format_for_display}.</source>
        <translation>Alla samtal till dig vidarekopplas till {format_for_display}.</translation>
    </message>
    <message>
        <source>while you are “{activity_name}”</source>
        <translation>när din status är ”{activity_name}”</translation>
    </message>
    <message>
        <source>Calls {verb} to {number} {by}; this ends when your presence changes.</source>
        <translation>Samtal {verb} till {number} {by}; detta upphör när din närvarostatus ändras.</translation>
    </message>
    <message>
        <source>Calls are also forwarded {said}.</source>
        <translation>Samtal vidarekopplas också {said}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more rule forward calls on your other line.</source>
        <translation>
            <numerusform>%n regel till vidarekopplar samtal på din andra linje.</numerusform>
            <numerusform>%n regler till vidarekopplar samtal på din andra linje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rules forward calls on your other line.</source>
        <translation>
            <numerusform>%n regel till vidarekopplar samtal på din andra linje.</numerusform>
            <numerusform>%n regler till vidarekopplar samtal på din andra linje.</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} to {number}</source>
        <translation>{rule} till {number}</translation>
    </message>
    <message>
        <source>{rules} some calls (when you are busy or do not answer, or on your other line).</source>
        <translation>{rules} vissa samtal (när du är upptagen eller inte svarar, eller på din andra linje).</translation>
    </message>
    <message>
        <source>“{activity_id}” is not one of your presence activities</source>
        <translation>”{activity_id}” är inte en av dina närvaroaktiviteter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Change the forwarding during {value}</source>
        <translation>Ändra vidarekopplingen under {value}</translation>
    </message>
    <message>
        <source>Read this activity&apos;s number from the phone system and change it below</source>
        <translation>Läs aktivitetens nummer från telefonsystemet och ändra det nedan</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Inte vidarekopplat</translation>
    </message>
    <message>
        <source>when you are busy</source>
        <translation>när du är upptagen</translation>
    </message>
    <message>
        <source>when you are in a call</source>
        <translation>när du är i samtal</translation>
    </message>
    <message>
        <source>when you are in a call or cannot be reached</source>
        <translation>när du är i samtal eller inte kan nås</translation>
    </message>
    <message>
        <source>when you are busy or cannot be reached</source>
        <translation>när du är upptagen eller inte kan nås</translation>
    </message>
    <message>
        <source>when you do not answer</source>
        <translation>när du inte svarar</translation>
    </message>
    <message>
        <source>when you do not answer or cannot be reached</source>
        <translation>när du inte svarar eller inte kan nås</translation>
    </message>
    <message>
        <source>when you cannot be reached</source>
        <translation>när du inte kan nås</translation>
    </message>
    <message>
        <source>Not forwarded (some calls are, by other rules)</source>
        <translation>Inte vidarekopplat (vissa samtal är det, genom andra regler)</translation>
    </message>
    <message>
        <source>Enter the number to forward your calls to</source>
        <translation>Ange numret som dina samtal ska vidarekopplas till</translation>
    </message>
    <message>
        <source>Calls cannot be forwarded to a feature code; enter a phone number or an extension</source>
        <translation>Samtal kan inte vidarekopplas till en funktionskod; ange ett telefonnummer eller en anknytning</translation>
    </message>
    <message>
        <source>Forwarded to {format_for_display}</source>
        <translation>Vidarekopplat till {format_for_display}</translation>
    </message>
    <message>
        <source>Diverted to {format_for_display}</source>
        <translation>Omdirigerat till {format_for_display}</translation>
    </message>
    <message>
        <source>{words} while {activity_name}</source>
        <translation>{words} under {activity_name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Stop forwarding during {value}</source>
        <translation>Sluta vidarekoppla under {value}</translation>
    </message>
    <message>
        <source>No activity forwards your calls</source>
        <translation>Ingen aktivitet vidarekopplar dina samtal</translation>
    </message>
    <message>
        <source>Call forwarding: {text}</source>
        <translation>Vidarekoppling: {text}</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Svara på det ringande samtalet</translation>
    </message>
    <message>
        <source>Hang up the active call</source>
        <translation>Lägg på det aktiva samtalet</translation>
    </message>
    <message>
        <source>Call the selected number</source>
        <translation>Ring det markerade numret</translation>
    </message>
    <message>
        <source>On Wayland the app cannot hear keys pressed in other programs. Bind the commands cti-desktop answer, cti-desktop hangup and cti-desktop dial --selection to keys in your desktop&apos;s keyboard settings instead.</source>
        <translation>På Wayland kan appen inte uppfatta tangenter som trycks i andra program. Koppla i stället kommandona cti-desktop answer, cti-desktop hangup och cti-desktop dial --selection till tangenter i skrivbordets tangentbordsinställningar.</translation>
    </message>
    <message>
        <source>There is no X display, so keys pressed in other programs cannot be heard.</source>
        <translation>Det finns ingen X-skärm, så tangenter som trycks i andra program kan inte uppfattas.</translation>
    </message>
    <message>
        <source>A key is text such as Ctrl+Alt+A, or off</source>
        <translation>En tangent anges som text, till exempel Ctrl+Alt+A, eller off</translation>
    </message>
    <message>
        <source>{text} is not a key; write it as Ctrl+Alt+A, or off</source>
        <translation>{text} är inte en tangent; skriv den som Ctrl+Alt+A, eller off</translation>
    </message>
    <message>
        <source>{text} needs a modifier, e.g. Ctrl+{key}</source>
        <translation>{text} behöver en modifierartangent, t.ex. Ctrl+{key}</translation>
    </message>
    <message>
        <source>{key} is already the key for: {action}</source>
        <translation>{key} används redan för: {action}</translation>
    </message>
    <message>
        <source>{part} is not a modifier; use Ctrl, Alt, Shift or Meta</source>
        <translation>{part} är inte en modifierartangent; använd Ctrl, Alt, Shift eller Meta</translation>
    </message>
    <message>
        <source>{part} is there twice</source>
        <translation>{part} finns med två gånger</translation>
    </message>
    <message>
        <source>{part} cannot be a global key; use a letter, a digit or F1–F24</source>
        <translation>{part} kan inte vara en global tangent; använd en bokstav, en siffra eller F1–F24</translation>
    </message>
    <message>
        <source>{text} would fire while typing or clash with programs&apos; own keys; use two modifiers, e.g. Ctrl+Alt+{key}</source>
        <translation>{text} skulle utlösas när du skriver eller krocka med programmens egna kortkommandon; använd två modifierartangenter, t.ex. Ctrl+Alt+{key}</translation>
    </message>
</context>
<context>
    <name>GlobalShortcuts</name>
    <message>
        <source>CTI Desktop</source>
        <translation>CTI Desktop</translation>
    </message>
    <message>
        <source>No call is ringing that can be answered here.</source>
        <translation>Inget ringande samtal kan besvaras här.</translation>
    </message>
    <message>
        <source>There is no active call to hang up.</source>
        <translation>Det finns inget aktivt samtal att lägga på.</translation>
    </message>
    <message>
        <source>Select a number first, then press the key again.</source>
        <translation>Markera ett nummer först och tryck sedan på tangenten igen.</translation>
    </message>
    <message>
        <source>“{text}” is not a number to call.</source>
        <translation>”{text}” är inte ett nummer att ringa.</translation>
    </message>
    <message>
        <source>The call could not be made: {reason}</source>
        <translation>Samtalet kunde inte ringas: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a number to call: {reason}</source>
        <translation>”{text}” är inte ett nummer att ringa: {reason}</translation>
    </message>
    <message>
        <source>see the window</source>
        <translation>se fönstret</translation>
    </message>
</context>
<context>
    <name>GroupCallLog</name>
    <message>
        <source>Group call log</source>
        <translation>Gruppsamtalslogg</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Show the call log of one group, or of all your groups</source>
        <translation>Visa samtalsloggen för en grupp, eller för alla dina grupper</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Samtalstyp</translation>
    </message>
    <message>
        <source>Show all calls, or only missed, answered or forwarded ones</source>
        <translation>Visa alla samtal, eller bara missade, besvarade eller vidarekopplade</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Refresh the group call log</source>
        <translation>Uppdatera gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>Read the group call log from the server now (F5)</source>
        <translation>Läs in gruppsamtalsloggen från servern nu (F5)</translation>
    </message>
    <message>
        <source>Group call log error</source>
        <translation>Fel i gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>Group call log refresh status</source>
        <translation>Uppdateringsstatus för gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>Group call log notice</source>
        <translation>Meddelande om gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>Loading the group call log…</source>
        <translation>Läser in gruppsamtalsloggen…</translation>
    </message>
    <message>
        <source>Group call log status</source>
        <translation>Status för gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>Group calls</source>
        <translation>Gruppsamtal</translation>
    </message>
    <message>
        <source>Calls to your groups, newest first. Enter calls the selected caller back</source>
        <translation>Samtal till dina grupper, nyaste först. Enter ringer tillbaka till den valda uppringaren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Queue time</source>
        <translation>Kötid</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvarat av</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alla samtal</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missade</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Vidarekopplade</translation>
    </message>
    <message>
        <source>Unhandled</source>
        <translation>Ohanterat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Hanterat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>A note for the other agents, saved with Take it or Mark handled</source>
        <translation>En anteckning till de andra agenterna, sparas med Ta samtalet eller Markera som hanterat</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation>&amp;Ta samtalet</translation>
    </message>
    <message>
        <source>Take the selected call</source>
        <translation>Ta det valda samtalet</translation>
    </message>
    <message>
        <source>Assign the selected call to you (in progress), with the note if any</source>
        <translation>Tilldela dig det valda samtalet (pågår), med eventuell anteckning</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>&amp;Markera som hanterat</translation>
    </message>
    <message>
        <source>Mark the selected call handled</source>
        <translation>Markera det valda samtalet som hanterat</translation>
    </message>
    <message>
        <source>Mark the selected call handled, with the note if any</source>
        <translation>Markera det valda samtalet som hanterat, med eventuell anteckning</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Släpp</translation>
    </message>
    <message>
        <source>Release the selected call</source>
        <translation>Släpp det valda samtalet</translation>
    </message>
    <message>
        <source>Put the selected call back to unhandled, for anyone in the group to take</source>
        <translation>Återställ det valda samtalet till ohanterat, så att vem som helst i gruppen kan ta det</translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation>&amp;Ring tillbaka</translation>
    </message>
    <message>
        <source>Call the selected caller back</source>
        <translation>Ring tillbaka till den valda uppringaren</translation>
    </message>
    <message>
        <source>Call the caller back from your softphone and take the call if nobody has</source>
        <translation>Ring tillbaka till uppringaren från din softphone och ta samtalet om ingen annan har gjort det</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tilldelade mig</translation>
    </message>
    <message>
        <source>Assigned to me heading</source>
        <translation>Rubrik för Tilldelade mig</translation>
    </message>
    <message>
        <source>Calls assigned to me</source>
        <translation>Samtal tilldelade mig</translation>
    </message>
    <message>
        <source>Calls you have taken and not yet marked handled. Enter calls back</source>
        <translation>Samtal som du har tagit och ännu inte markerat som hanterade. Enter ringer tillbaka</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Inget är tilldelat dig</translation>
    </message>
    <message>
        <source>Assigned to me status</source>
        <translation>Status för Tilldelade mig</translation>
    </message>
    <message>
        <source>{type} call from {caller} to {group} at {time}</source>
        <translation>{type} samtal från {caller} till {group} kl. {time}</translation>
    </message>
    <message>
        <source>waited {time}</source>
        <translation>väntade {time}</translation>
    </message>
    <message>
        <source>No calls in this group call log</source>
        <translation>Inga samtal i den här gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>answered by {agent}</source>
        <translation>besvarat av {agent}</translation>
    </message>
    <message>
        <source>forwarded ({reason})</source>
        <translation>vidarekopplat ({reason})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>anteckning: {note}</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>This account has no group call log</source>
        <translation>Det här kontot har ingen gruppsamtalslogg</translation>
    </message>
    <message>
        <source>This account has no groups</source>
        <translation>Det här kontot har inga grupper</translation>
    </message>
    <message>
        <source>Could not read the group call log</source>
        <translation>Kunde inte läsa gruppsamtalsloggen</translation>
    </message>
</context>
<context>
    <name>GroupCallLogCommands</name>
    <message>
        <source>another agent</source>
        <translation>en annan agent</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Not calling, so the caller is not called twice.</source>
        <translation>Ringer inte, så att uppringaren inte blir uppringd två gånger.</translation>
    </message>
    <message>
        <source>That call is no longer in the group call log</source>
        <translation>Samtalet finns inte längre i gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>That call is no longer in the group call log; the list has been refreshed</source>
        <translation>Samtalet finns inte längre i gruppsamtalsloggen; listan har uppdaterats</translation>
    </message>
    <message>
        <source>This account cannot update the group call log</source>
        <translation>Det här kontot kan inte uppdatera gruppsamtalsloggen</translation>
    </message>
    <message>
        <source>You have taken this call</source>
        <translation>Du har tagit det här samtalet</translation>
    </message>
    <message>
        <source>Marked as handled</source>
        <translation>Markerat som hanterat</translation>
    </message>
    <message>
        <source>Released: anyone in the group can take it now</source>
        <translation>Släppt: vem som helst i gruppen kan ta det nu</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Det här kontot kan inte ringa samtal</translation>
    </message>
    <message>
        <source>This call is being updated; try again in a moment</source>
        <translation>Samtalet uppdateras; försök igen om en stund</translation>
    </message>
    <message>
        <source> (note: {handled_note})</source>
        <translation> (anteckning: {handled_note})</translation>
    </message>
    <message>
        <source>This call is already taken by {who}{note}. {outcome}</source>
        <translation>Samtalet har redan tagits av {who}{note}. {outcome}</translation>
    </message>
    <message>
        <source>This call was already handled by {who}{note}. {outcome}</source>
        <translation>Samtalet har redan hanterats av {who}{note}. {outcome}</translation>
    </message>
    <message>
        <source>This call has no number to call back</source>
        <translation>Samtalet har inget nummer att ringa tillbaka till</translation>
    </message>
    <message>
        <source>The note is too long: at most {NOTE_LIMIT} characters, not {count}</source>
        <translation>Anteckningen är för lång: högst {NOTE_LIMIT} tecken, inte {count}</translation>
    </message>
    <message>
        <source>Calling back {number}</source>
        <translation>Ringer tillbaka till {number}</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Återuppringd</translation>
    </message>
    <message>
        <source>Calling {number}, but it could not be marked as yours: {exc}</source>
        <translation>Ringer {number}, men samtalet kunde inte markeras som ditt: {exc}</translation>
    </message>
</context>
<context>
    <name>GroupCallLogRows</name>
    <message>
        <source>Unknown time</source>
        <translation>Okänd tid</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Okänt nummer</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {sec:02d} s</source>
        <translation>{minutes} min {sec:02d} s</translation>
    </message>
    <message>
        <source>In progress ({by})</source>
        <translation>Pågår ({by})</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Hanterat</translation>
    </message>
    <message>
        <source>Handled ({by})</source>
        <translation>Hanterat ({by})</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>hanging up the call</source>
        <translation>lägger på samtalet</translation>
    </message>
    <message>
        <source>Call from a link</source>
        <translation>Samtal från en länk</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Fråga inte igen</translation>
    </message>
    <message>
        <source>extension {number}</source>
        <translation>anknytning {number}</translation>
    </message>
    <message>
        <source>the code {code}</source>
        <translation>koden {code}</translation>
    </message>
    <message>
        <source>the window is shown</source>
        <translation>fönstret visas</translation>
    </message>
    <message>
        <source>The window is not signed in yet</source>
        <translation>Fönstret är inte inloggat än</translation>
    </message>
    <message>
        <source>There is no call to hang up right now</source>
        <translation>Det finns inget samtal att lägga på just nu</translation>
    </message>
    <message>
        <source>answering the call</source>
        <translation>svarar på samtalet</translation>
    </message>
    <message>
        <source>Call {number}?</source>
        <translation>Ringa {number}?</translation>
    </message>
    <message>
        <source>calling {number}</source>
        <translation>ringer {number}</translation>
    </message>
    <message>
        <source>There is no call to answer right now</source>
        <translation>Det finns inget samtal att svara på just nu</translation>
    </message>
    <message>
        <source>{number} is called once signed in</source>
        <translation>{number} rings upp när du har loggat in</translation>
    </message>
    <message>
        <source>asking whether to call {number}</source>
        <translation>frågar om {number} ska ringas</translation>
    </message>
    <message>
        <source>Then enter the extension {extension} on the keypad once answered.</source>
        <translation>Slå sedan anknytningen {extension} på knappsatsen när samtalet besvarats.</translation>
    </message>
    <message>
        <source>Once {number} answers, enter the extension {extension} on the keypad.</source>
        <translation>När {number} svarar, slå anknytningen {extension} på knappsatsen.</translation>
    </message>
</context>
<context>
    <name>InstanceRequests</name>
    <message>
        <source>request</source>
        <translation>begäran</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>svaret</translation>
    </message>
    <message>
        <source>The request is not from a cti-desktop of this version</source>
        <translation>Begäran kommer inte från en cti-desktop av den här versionen</translation>
    </message>
    <message>
        <source>The running window&apos;s reply is not one of this version</source>
        <translation>Det körande fönstrets svar är inte från den här versionen</translation>
    </message>
    <message>
        <source>The {what} is not bytes</source>
        <translation>{what} är inte bytes</translation>
    </message>
    <message>
        <source>The {what} is longer than {n} bytes</source>
        <translation>{what} är längre än {n} byte</translation>
    </message>
    <message>
        <source>The {what} is not exactly one line</source>
        <translation>{what} är inte exakt en rad</translation>
    </message>
    <message>
        <source>The {what} contains control characters</source>
        <translation>{what} innehåller styrtecken</translation>
    </message>
    <message>
        <source>Unknown request {verb!r}</source>
        <translation>Okänd begäran {verb!r}</translation>
    </message>
    <message>
        <source>The {verb} request needs what to call</source>
        <translation>Begäran {verb} behöver vad som ska ringas</translation>
    </message>
    <message>
        <source>The {verb} request takes nothing after it</source>
        <translation>Begäran {verb} tar inget efter sig</translation>
    </message>
    <message>
        <source>The {what} is not UTF-8 text</source>
        <translation>{what} är inte UTF-8-text</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a carriage return</source>
        <translation>en vagnretur</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>en radbrytning</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>en tabb</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ett mellanslag</translation>
    </message>
    <message>
        <source>the invisible character U+{ord:04X}</source>
        <translation>det osynliga tecknet U+{ord:04X}</translation>
    </message>
    <message>
        <source>The link has no host (it must look like https://crm.example/…)</source>
        <translation>Länken saknar värd (den måste se ut som https://crm.example/…)</translation>
    </message>
    <message>
        <source>The link&apos;s host contains percent-encoding, which is not allowed</source>
        <translation>Länkens värd innehåller procentkodning, vilket inte är tillåtet</translation>
    </message>
    <message>
        <source>The link is empty</source>
        <translation>Länken är tom</translation>
    </message>
    <message>
        <source>The link contains a backslash, which is not allowed in a link</source>
        <translation>Länken innehåller ett omvänt snedstreck, vilket inte är tillåtet i en länk</translation>
    </message>
    <message>
        <source>The link has no scheme: it must start with https:// or http://</source>
        <translation>Länken saknar schema: den måste börja med https:// eller http://</translation>
    </message>
    <message>
        <source>The link must look like https://host/…</source>
        <translation>Länken måste se ut som https://host/…</translation>
    </message>
    <message>
        <source>The link contains a user name or password, which is not allowed</source>
        <translation>Länken innehåller ett användarnamn eller lösenord, vilket inte är tillåtet</translation>
    </message>
    <message>
        <source>The link template has an unmatched { or }</source>
        <translation>Länkmallen har en { eller } utan motsvarighet</translation>
    </message>
    <message>
        <source>No record link is configured (set a URL template such as https://crm.example/search?phone={number})</source>
        <translation>Ingen postlänk är konfigurerad (ange en URL-mall som https://crm.example/search?phone={number})</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid address</source>
        <translation>Länkens värd är inte en giltig adress</translation>
    </message>
    <message>
        <source>The link&apos;s host may not name a network interface</source>
        <translation>Länkens värd får inte ange ett nätverksgränssnitt</translation>
    </message>
    <message>
        <source>The link&apos;s port is not a number between 1 and 65535</source>
        <translation>Länkens port är inte ett tal mellan 1 och 65535</translation>
    </message>
    <message>
        <source>Test Person</source>
        <translation>Testperson</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid IPv6 address</source>
        <translation>Länkens värd är inte en giltig IPv6-adress</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid international domain name</source>
        <translation>Länkens värd är inte ett giltigt internationellt domännamn</translation>
    </message>
    <message>
        <source>The link&apos;s host {host!r} is not a valid host name</source>
        <translation>Länkens värd {host!r} är inte ett giltigt värdnamn</translation>
    </message>
    <message>
        <source>The link is too long ({count} characters, at most {MAX_URL_LENGTH})</source>
        <translation>Länken är för lång ({count} tecken, högst {MAX_URL_LENGTH})</translation>
    </message>
    <message>
        <source>Only http and https links are opened, not {scheme}: links</source>
        <translation>Bara http- och https-länkar öppnas, inte {scheme}:-länkar</translation>
    </message>
    <message>
        <source>The link contains {describe}, which is not allowed in a link</source>
        <translation>Länken innehåller {describe}, vilket inte är tillåtet i en länk</translation>
    </message>
    <message>
        <source>The link is not a valid URL ({exc})</source>
        <translation>Länken är inte en giltig URL ({exc})</translation>
    </message>
    <message>
        <source>The link template uses an unknown placeholder {{{name}}}; use {allowed}</source>
        <translation>Länkmallen använder en okänd platshållare {{{name}}}; använd {allowed}</translation>
    </message>
    <message>
        <source>The link template contains {describe}, which is not allowed in a link</source>
        <translation>Länkmallen innehåller {describe}, vilket inte är tillåtet i en länk</translation>
    </message>
    <message>
        <source>The record link template cannot be used: {message}</source>
        <translation>Mallen för postlänk kan inte användas: {message}</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Enter the {source_secret} for {source_name}</source>
        <translation>Ange {source_secret} för {source_name}</translation>
    </message>
    <message>
        <source>{label} is already in the list</source>
        <translation>{label} finns redan i listan</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CTI Desktop</source>
        <translation>Logga in — CTI Desktop</translation>
    </message>
    <message>
        <source>CTI Desktop logo</source>
        <translation>CTI Desktop-logotyp</translation>
    </message>
    <message>
        <source>Sign in to your phone system</source>
        <translation>Logga in i ditt telefonsystem</translation>
    </message>
    <message>
        <source>Your password is used once to create a sign-in ticket; it is never saved.</source>
        <translation>Ditt lösenord används en gång för att skapa en inloggningsbiljett; det sparas aldrig.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>Logga in med ett lösenord</translation>
    </message>
    <message>
        <source>Sign in with your password; a ticket is created and stored</source>
        <translation>Logga in med ditt lösenord; en biljett skapas och sparas</translation>
    </message>
    <message>
        <source>Existing &amp;ticket</source>
        <translation>Befintlig &amp;biljett</translation>
    </message>
    <message>
        <source>Sign in with an existing ticket</source>
        <translation>Logga in med en befintlig biljett</translation>
    </message>
    <message>
        <source>Paste a ticket created elsewhere, e.g. in the portal</source>
        <translation>Klistra in en biljett som skapats någon annanstans, t.ex. i portalen</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Logga in med:</translation>
    </message>
    <message>
        <source>Remember this account (not the password)</source>
        <translation>Kom ihåg det här kontot (inte lösenordet)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Your password (used once, never saved)</source>
        <translation>Ditt lösenord (används en gång, sparas aldrig)</translation>
    </message>
    <message>
        <source>Paste the ticket here</source>
        <translation>Klistra in biljetten här</translation>
    </message>
    <message>
        <source>A ticket created elsewhere; it is checked, then stored in the keyring</source>
        <translation>En biljett som skapats någon annanstans; den kontrolleras och sparas sedan i nyckelringen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>L&amp;ösenord:</translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation>Kom ihåg det här kontot</translation>
    </message>
    <message>
        <source>Save the server, domain and user as a profile; secrets go to the system keyring only</source>
        <translation>Spara server, domän och användare som en profil; hemligheter sparas bara i systemets nyckelring</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observera</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem med inställningar</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem med inloggning</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Loggar in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Logga in (Enter)</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>Prova &amp;demot</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova demot</translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls; nothing is saved</source>
        <translation>Logga in i ett simulerat telefonsystem med påhittade samtal; inget sparas</translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls (as cti-desktop --demo); nothing is saved</source>
        <translation>Logga in i ett simulerat telefonsystem med påhittade samtal (som cti-desktop --demo); inget sparas</translation>
    </message>
    <message>
        <source>{allow_cancel_text} (Esc); while signing in, stop the attempt</source>
        <translation>{allow_cancel_text} (Esc); under inloggningen avbryts försöket</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Phone system</source>
        <translation>Telefonsystem</translation>
    </message>
    <message>
        <source>Which phone system you sign in to</source>
        <translation>Vilket telefonsystem du loggar in på</translation>
    </message>
    <message>
        <source>The address of your phone system</source>
        <translation>Adressen till ditt telefonsystem</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain</source>
        <translation>Din organisations domän</translation>
    </message>
    <message>
        <source>anna</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>Your user name (without the domain)</source>
        <translation>Ditt användarnamn (utan domänen)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domän:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Phone system:</source>
        <translation>Tele&amp;fonsystem:</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Starting the demo phone system…</source>
        <translation>Startar demotelefonsystemet…</translation>
    </message>
    <message>
        <source>This app has no demo phone system to try</source>
        <translation>Den här appen har inget demotelefonsystem att prova</translation>
    </message>
    <message>
        <source>the API key&apos;s company</source>
        <translation>API-nyckelns företag</translation>
    </message>
    <message>
        <source>Signing in as {who}…</source>
        <translation>Loggar in som {who}…</translation>
    </message>
    <message>
        <source>Storing the secrets…</source>
        <translation>Sparar hemligheterna…</translation>
    </message>
    <message>
        <source>The server refused this ticket (it may have expired, been revoked or lack permissions)</source>
        <translation>Servern avvisade den här biljetten (den kan ha gått ut, återkallats eller sakna behörighet)</translation>
    </message>
</context>
<context>
    <name>LoginProfiles</name>
    <message>
        <source>New account…</source>
        <translation>Nytt konto…</translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation>Sparat konto</translation>
    </message>
    <message>
        <source>Pick a saved account, or a new one</source>
        <translation>Välj ett sparat konto eller ett nytt</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Glöm</translation>
    </message>
    <message>
        <source>Forget the saved account</source>
        <translation>Glöm det sparade kontot</translation>
    </message>
    <message>
        <source>Remove this saved account from the list</source>
        <translation>Ta bort det här sparade kontot från listan</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Choose which kind of directory to add</source>
        <translation>Välj vilken typ av katalog som ska läggas till</translation>
    </message>
    <message>
        <source>The {source_name} source</source>
        <translation>Källan {source_name}</translation>
    </message>
    <message>
        <source>The profile applies to this session only: the settings file {path} could not be read, so nothing is saved over it.</source>
        <translation>Profilen gäller bara den här sessionen: inställningsfilen {path} kunde inte läsas, så inget sparas över den.</translation>
    </message>
    <message>
        <source>Signed in, but the profile was not saved: {exc}</source>
        <translation>Inloggad, men profilen sparades inte: {exc}</translation>
    </message>
    <message>
        <source>The settings could not be saved ({value}); they apply to this session only.</source>
        <translation>Inställningarna kunde inte sparas ({value}); de gäller bara den här sessionen.</translation>
    </message>
</context>
<context>
    <name>LoginSources</name>
    <message>
        <source>Extra contact sources</source>
        <translation>Extra kontaktkällor</translation>
    </message>
    <message>
        <source>Show extra contact sources</source>
        <translation>Visa extra kontaktkällor</translation>
    </message>
    <message>
        <source>Other directories callers are looked up in too (e.g. {source_name})</source>
        <translation>Andra kataloger som uppringare också slås upp i (t.ex. {source_name})</translation>
    </message>
    <message>
        <source>Extra contact sources list</source>
        <translation>Lista över extra kontaktkällor</translation>
    </message>
    <message>
        <source>Looked up at the same time as the phone system&apos;s own directory</source>
        <translation>Slås upp samtidigt som telefonsystemets egen katalog</translation>
    </message>
    <message>
        <source>Kind of contact source</source>
        <translation>Typ av kontaktkälla</translation>
    </message>
    <message>
        <source>Which directory to add</source>
        <translation>Vilken katalog som ska läggas till</translation>
    </message>
    <message>
        <source>Address (empty: public API)</source>
        <translation>Adress (tom: publikt API)</translation>
    </message>
    <message>
        <source>The source&apos;s server or API address</source>
        <translation>Källans server- eller API-adress</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Password / API key</source>
        <translation>Lösenord / API-nyckel</translation>
    </message>
    <message>
        <source>The password, token or API key for that source; kept in the keyring only</source>
        <translation>Lösenordet, token eller API-nyckeln för källan; sparas endast i nyckelringen</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Lägg till källa</translation>
    </message>
    <message>
        <source>Add contact source</source>
        <translation>Lägg till kontaktkälla</translation>
    </message>
    <message>
        <source>Add this source to the account (checked when you sign in)</source>
        <translation>Lägg till den här källan i kontot (kontrolleras när du loggar in)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove contact source</source>
        <translation>Ta bort kontaktkälla</translation>
    </message>
    <message>
        <source>Remove the chosen source from the account</source>
        <translation>Ta bort den valda källan från kontot</translation>
    </message>
    <message>
        <source> — secret from the keyring</source>
        <translation> — hemlighet från nyckelringen</translation>
    </message>
    <message>
        <source>Domain ({with_domain})</source>
        <translation>Domän ({with_domain})</translation>
    </message>
    <message>
        <source>The {with_domain} domain ({with_domain} only)</source>
        <translation>Domänen {with_domain} (endast {with_domain})</translation>
    </message>
    <message>
        <source>The user name at that source ({with_user})</source>
        <translation>Användarnamnet hos källan ({with_user})</translation>
    </message>
    <message>
        <source>Extra contact sources ({count})</source>
        <translation>Extra kontaktkällor ({count})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dial pad and presence</source>
        <translation>Knappsats och närvaro</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Dial a number, extension or feature code</source>
        <translation>Slå ett nummer, en anknytning eller en funktionskod</translation>
    </message>
    <message>
        <source>Your presence: activity, availability, note, role and end time</source>
        <translation>Din närvaro: aktivitet, tillgänglighet, anteckning, roll och sluttid</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Contacts, group call log and call history</source>
        <translation>Kontakter, gruppsamtalslogg och samtalshistorik</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Knappsats</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mina kontakter</translation>
    </message>
    <message>
        <source>That cannot be done to this call right now; try again in a moment</source>
        <translation>Det går inte att göra med samtalet just nu; försök igen om en stund</translation>
    </message>
    <message>
        <source>Connected: calls and states are up to date.</source>
        <translation>Ansluten: samtal och statusar är uppdaterade.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Ansluter till servern…</translation>
    </message>
    <message>
        <source>The connection was lost; the app reconnects by itself. What you see may be out of date until it is live again.</source>
        <translation>Anslutningen bröts; appen återansluter automatiskt. Det du ser kan vara inaktuellt tills anslutningen är aktiv igen.</translation>
    </message>
    <message>
        <source>Nothing was heard from the server for a while; what you see may be out of date.</source>
        <translation>Inget har hörts från servern på ett tag; det du ser kan vara inaktuellt.</translation>
    </message>
    <message>
        <source>The app stopped trying to connect. Sign out and in again, or check the server.</source>
        <translation>Appen slutade försöka ansluta. Logga ut och in igen, eller kontrollera servern.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Återansluter…</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Orsak: {reason}</translation>
    </message>
    <message>
        <source>Last heard from the server {age:.0f} s ago.</source>
        <translation>Senast hört från servern för {age:.0f} s sedan.</translation>
    </message>
    <message>
        <source>Group call log</source>
        <translation>Gruppsamtalslogg</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Samtalshistorik</translation>
    </message>
    <message>
        <source>Search the directory; your favourites when the box is empty</source>
        <translation>Sök i katalogen; dina favoriter när rutan är tom</translation>
    </message>
    <message>
        <source>Your buddies&apos; phones, live: idle, ringing or in a call; pick up their calls</source>
        <translation>Dina kollegors telefoner i realtid: lediga, ringer eller i samtal; besvara deras samtal</translation>
    </message>
    <message>
        <source>Missed, answered and forwarded calls of your groups: take them and call back</source>
        <translation>Missade, besvarade och vidarekopplade samtal i dina grupper: ta dem och ring tillbaka</translation>
    </message>
    <message>
        <source>Contacts of your own, kept on the phone system: add, edit, delete, call</source>
        <translation>Dina egna kontakter, sparade i telefonsystemet: lägg till, redigera, ta bort, ring</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>Övervaka</translation>
    </message>
    <message>
        <source>Listen in, whisper or barge in on your agents&apos; calls</source>
        <translation>Medlyssna, viska eller bryt in i dina agenters samtal</translation>
    </message>
    <message>
        <source>Dial pad, presence and queues</source>
        <translation>Knappsats, närvaro och köer</translation>
    </message>
    <message>
        <source>There is no call to do that to right now</source>
        <translation>Det finns inget samtal att göra det med just nu</translation>
    </message>
    <message>
        <source>Call history ({missed})</source>
        <translation>Samtalshistorik ({missed})</translation>
    </message>
    <message numerus="yes">
        <source>Your missed, incoming and outgoing calls — %n missed calls not seen yet</source>
        <translation>
            <numerusform>Dina missade, inkommande och utgående samtal — %n missat samtal som inte setts än</numerusform>
            <numerusform>Dina missade, inkommande och utgående samtal — %n missade samtal som inte setts än</numerusform>
        </translation>
    </message>
    <message>
        <source>Your missed, incoming and outgoing calls</source>
        <translation>Dina missade, inkommande och utgående samtal</translation>
    </message>
</context>
<context>
    <name>MainWindowConnecting</name>
    <message>
        <source>Signing in as {label}</source>
        <translation>Loggar in som {label}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connection: connecting</source>
        <translation>Anslutning: ansluter</translation>
    </message>
    <message>
        <source>Dial pad and presence</source>
        <translation>Knappsats och närvaro</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>{label} (Connecting…) — {APP_TITLE}</source>
        <translation>{label} (Ansluter…) — {APP_TITLE}</translation>
    </message>
    <message>
        <source>Connecting… — {APP_TITLE}</source>
        <translation>Ansluter… — {APP_TITLE}</translation>
    </message>
    <message>
        <source>{name}: connecting</source>
        <translation>{name}: ansluter</translation>
    </message>
</context>
<context>
    <name>MainWindowHeader</name>
    <message>
        <source>CTI Desktop</source>
        <translation>CTI Desktop</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
    <message>
        <source>Signed in to {server}</source>
        <translation>Inloggad på {server}</translation>
    </message>
    <message>
        <source>Your presence. Click to change it.</source>
        <translation>Din närvaro. Klicka för att ändra den.</translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation>Närvaro…</translation>
    </message>
    <message>
        <source>Your presence: not loaded yet</source>
        <translation>Din närvaro: inte inläst än</translation>
    </message>
    <message>
        <source>Your presence: {text}, {expiryText}. Click to change it.</source>
        <translation>Din närvaro: {text}, {expiryText}. Klicka för att ändra den.</translation>
    </message>
    <message>
        <source>Your presence: {text}. Click to change it.</source>
        <translation>Din närvaro: {text}. Klicka för att ändra den.</translation>
    </message>
    <message>
        <source>Your presence. {note}</source>
        <translation>Din närvaro. {note}</translation>
    </message>
    <message>
        <source>Your presence: {text}</source>
        <translation>Din närvaro: {text}</translation>
    </message>
</context>
<context>
    <name>MainWindowNavigation</name>
    <message>
        <source>That tab is not offered for this account</source>
        <translation>Den fliken erbjuds inte för det här kontot</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Menu bar</source>
        <translation>Menyrad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation>&amp;Byt konto…</translation>
    </message>
    <message>
        <source>Sign out and sign in with another saved account</source>
        <translation>Logga ut och logga in med ett annat sparat konto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <source>Sign out and show the sign-in window</source>
        <translation>Logga ut och visa inloggningsfönstret</translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation>&amp;Webhooks…</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>Loggmappen är {folder}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Fri programvara under GNU GPL, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Log files: {folder}</source>
        <translation>Loggfiler: {folder}</translation>
    </message>
    <message>
        <source>{vendor}&apos;s call-notification subscriptions: list, create, enable or disable, delete</source>
        <translation>{vendor}s prenumerationer på samtalsaviseringar: lista, skapa, aktivera eller inaktivera, ta bort</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Mina &amp;enheter…</translation>
    </message>
    <message>
        <source>Your phones and softphones: their details, and the names they go by</source>
        <translation>Dina telefoner och softphones: deras uppgifter och namnen de har</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Pops, theme, language, wallboard levels, after-call work and keys</source>
        <translation>Popups, tema, språk, wallboard-nivåer, efterarbete och tangenter</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Samtal</translation>
    </message>
    <message>
        <source>For&amp;ward my calls…</source>
        <translation>&amp;Vidarekoppla mina samtal…</translation>
    </message>
    <message>
        <source>Forward every call to another number, or turn forwarding off</source>
        <translation>Vidarekoppla alla samtal till ett annat nummer, eller stäng av vidarekopplingen</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Köer</translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation>Logga &amp;in i alla köer</translation>
    </message>
    <message>
        <source>Log in to every queue you belong to</source>
        <translation>Logga in i alla köer du tillhör</translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation>Logga &amp;ut ur alla köer</translation>
    </message>
    <message>
        <source>Log out of every queue</source>
        <translation>Logga ut ur alla köer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show or hide the {lower} panel</source>
        <translation>Visa eller dölj panelen {lower}</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>Bring the {lower} tab to the front</source>
        <translation>Visa fliken {lower} överst</translation>
    </message>
    <message>
        <source>This phone system offers no queue statistics to the app</source>
        <translation>Det här telefonsystemet ger inte appen någon köstatistik</translation>
    </message>
    <message>
        <source>Presence &amp;shortcuts</source>
        <translation>N&amp;ärvarogenvägar</translation>
    </message>
    <message>
        <source>Show or hide the presence shortcut buttons</source>
        <translation>Visa eller dölj knapparna för närvarogenvägar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Slå ett nummer</translation>
    </message>
    <message>
        <source>Go to the number box of the dial pad</source>
        <translation>Gå till nummerrutan i knappsatsen</translation>
    </message>
    <message>
        <source>F&amp;ind a contact</source>
        <translation>&amp;Hitta en kontakt</translation>
    </message>
    <message>
        <source>Go to the contact search</source>
        <translation>Gå till kontaktsökningen</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>Live statistics of the queues you supervise</source>
        <translation>Realtidsstatistik för köerna du övervakar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Sign out of this computer&apos;s session and quit</source>
        <translation>Logga ut från den här datorns session och avsluta</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>Knapp&amp;sats</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>K&amp;ontakter</translation>
    </message>
    <message>
        <source>Co&amp;lleagues</source>
        <translation>&amp;Kollegor</translation>
    </message>
    <message>
        <source>&amp;My contacts</source>
        <translation>&amp;Mina kontakter</translation>
    </message>
    <message>
        <source>&amp;Group call log</source>
        <translation>&amp;Gruppsamtalslogg</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>Samtals&amp;historik</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Övervaka</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Gå till en flik</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Pick up a colleague&apos;s ringing call</source>
        <translation>Plocka upp en kollegas ringande samtal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Kortkommandon (den här listan)</translation>
    </message>
    <message>
        <source>Each call action acts on the selected call, or on the call it fits best. Tab and Shift+Tab move through the calls first, then the other panels; Alt opens the menus.</source>
        <translation>Varje samtalsåtgärd gäller det valda samtalet, eller det samtal den passar bäst. Tab och Shift+Tab flyttar först mellan samtalen och sedan mellan de andra panelerna; Alt öppnar menyerna.</translation>
    </message>
    <message>
        <source>About CTI Desktop</source>
        <translation>Om CTI Desktop</translation>
    </message>
    <message>
        <source>Go to {tab}</source>
        <translation>Gå till {tab}</translation>
    </message>
    <message>
        <source>Calls › {group}</source>
        <translation>Samtal › {group}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lista kortkommandona</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>Open the folder with the app&apos;s log files</source>
        <translation>Öppna mappen med appens loggfiler</translation>
    </message>
    <message>
        <source>&amp;About CTI Desktop</source>
        <translation>&amp;Om CTI Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version och licens</translation>
    </message>
    <message>
        <source>A desktop agent for cloud phone systems: call control, queues, presence and screen-pop.</source>
        <translation>En skrivbordsagent för molnbaserade telefonsystem: samtalsstyrning, köer, närvaro och popups.</translation>
    </message>
</context>
<context>
    <name>MobileTransfer</name>
    <message>
        <source>Transferring{where}{how}</source>
        <translation>Kopplar vidare{where}{how}</translation>
    </message>
    <message>
        <source> to {destination}</source>
        <translation> till {destination}</translation>
    </message>
    <message>
        <source>, since {strftime}</source>
        <translation>, sedan {strftime}</translation>
    </message>
    <message>
        <source> (attended; the caller is on hold until it is answered</source>
        <translation> (med förfrågan; uppringaren är parkerad tills samtalet besvaras</translation>
    </message>
    <message>
        <source> (blind; the call has left your mobile</source>
        <translation> (direkt; samtalet har lämnat din mobil</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>MyPhoto</name>
    <message>
        <source>My photo</source>
        <translation>Mitt foto</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>Byt foto…</translation>
    </message>
    <message>
        <source>Change my photo</source>
        <translation>Byt mitt foto</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image (at most {value} MB); a large one is scaled down before it is sent</source>
        <translation>Välj en PNG- eller JPEG-bild (högst {value} MB); en stor bild skalas ned innan den skickas</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>PNG- eller JPEG-bilder (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <source>Photo error</source>
        <translation>Fotofel</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Inget foto</translation>
    </message>
    <message>
        <source>You have no photo yet</source>
        <translation>Du har inget foto än</translation>
    </message>
    <message>
        <source>Reading your photo</source>
        <translation>Läser ditt foto</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Inget foto än</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Fotot har bytts</translation>
    </message>
    <message>
        <source>The photo the phone system sent is too large to show</source>
        <translation>Fotot som telefonsystemet skickade är för stort för att visas</translation>
    </message>
    <message>
        <source>The photo the phone system sent</source>
        <translation>Fotot som telefonsystemet skickade</translation>
    </message>
    <message>
        <source>This phone system keeps no photo</source>
        <translation>Det här telefonsystemet sparar inga foton</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Välj en bildfil</translation>
    </message>
    <message>
        <source>Your photo, as colleagues see it</source>
        <translation>Ditt foto, som kollegor ser det</translation>
    </message>
</context>
<context>
    <name>NetworkWatch</name>
    <message>
        <source>the network is back</source>
        <translation>nätverket är tillbaka</translation>
    </message>
    <message>
        <source>the network changed</source>
        <translation>nätverket ändrades</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Stäng meddelande</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>CTI Desktop — {get}</source>
        <translation>CTI Desktop — {get}</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <source>The photo could not be prepared for upload</source>
        <translation>Fotot kunde inte förberedas för uppladdning</translation>
    </message>
    <message>
        <source>{mb:.0f} MB</source>
        <translation>{mb:.0f} MB</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>The photo stays over {mb} even when scaled down</source>
        <translation>Fotot är fortfarande större än {mb} även efter nedskalning</translation>
    </message>
    <message>
        <source>“{name}” is not a file</source>
        <translation>”{name}” är inte en fil</translation>
    </message>
    <message>
        <source>“{name}” is {size}; choose an image of at most {limit}</source>
        <translation>”{name}” är {size}; välj en bild på högst {limit}</translation>
    </message>
    <message>
        <source>“{name}” is larger than {mb}; choose a smaller image</source>
        <translation>”{name}” är större än {mb}; välj en mindre bild</translation>
    </message>
    <message>
        <source>“{name}” is empty</source>
        <translation>”{name}” är tom</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} är tom</translation>
    </message>
    <message>
        <source>{what} cannot be read</source>
        <translation>{what} kan inte läsas</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened ({reason})</source>
        <translation>”{name}” kan inte öppnas ({reason})</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason})</source>
        <translation>”{name}” kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>{what} is not an image</source>
        <translation>{what} är inte en bild</translation>
    </message>
    <message>
        <source>{what} is a {upper} image; choose a PNG or JPEG image</source>
        <translation>{what} är en {upper}-bild; välj en PNG- eller JPEG-bild</translation>
    </message>
    <message>
        <source>{what} is not an image (it has no size)</source>
        <translation>{what} är inte en bild (den saknar storlek)</translation>
    </message>
    <message>
        <source>{what} is {width} × {height} pixels; choose an image of at most {value} megapixels</source>
        <translation>{what} är {width} × {height} pixlar; välj en bild på högst {value} megapixlar</translation>
    </message>
    <message>
        <source>{what} is not an image that can be read ({errorString})</source>
        <translation>{what} är inte en bild som kan läsas ({errorString})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>läsfel</translation>
    </message>
</context>
<context>
    <name>PopAddContact</name>
    <message>
        <source>Add contact: this phone system offers no way to create contacts from the desktop. Set an &quot;add contact&quot; CRM link in the settings to add callers there.</source>
        <translation>Lägg till kontakt: det här telefonsystemet kan inte skapa kontakter från skrivbordsappen. Ange en CRM-länk för &quot;lägg till kontakt&quot; i inställningarna för att lägga till uppringare där.</translation>
    </message>
    <message>
        <source>the CRM</source>
        <translation>CRM-systemet</translation>
    </message>
    <message>
        <source>Add contact: enter at least a first name</source>
        <translation>Lägg till kontakt: ange åtminstone ett förnamn</translation>
    </message>
    <message>
        <source>Add contact: {number!r} is not a phone number</source>
        <translation>Lägg till kontakt: {number!r} är inte ett telefonnummer</translation>
    </message>
</context>
<context>
    <name>PopFrame</name>
    <message>
        <source>Drag to move this pop</source>
        <translation>Dra för att flytta den här popupen</translation>
    </message>
    <message>
        <source>Move handle</source>
        <translation>Flytthandtag</translation>
    </message>
    <message>
        <source>Hide this pop</source>
        <translation>Dölj den här popupen</translation>
    </message>
    <message>
        <source>Hides the pop; the call keeps ringing in the main window</source>
        <translation>Döljer popupen; samtalet fortsätter att ringa i huvudfönstret</translation>
    </message>
    <message>
        <source>Hide this pop (the call keeps ringing in the main window)</source>
        <translation>Dölj den här popupen (samtalet fortsätter att ringa i huvudfönstret)</translation>
    </message>
</context>
<context>
    <name>PopItem</name>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Incoming call from {title}</source>
        <translation>Inkommande samtal från {title}</translation>
    </message>
    <message>
        <source>{summary}, via {via}</source>
        <translation>{summary}, via {via}</translation>
    </message>
</context>
<context>
    <name>PopLinks</name>
    <message>
        <source>The contact&apos;s record link cannot be opened: {message}</source>
        <translation>Kontaktens postlänk kan inte öppnas: {message}</translation>
    </message>
</context>
<context>
    <name>PopLookup</name>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Contact lookup incomplete — </source>
        <translation>Kontaktsökningen är ofullständig — </translation>
    </message>
    <message>
        <source>{timed_out} contact source(s) did not answer in time</source>
        <translation>{timed_out} kontaktkälla/-källor svarade inte i tid</translation>
    </message>
</context>
<context>
    <name>Pops</name>
    <message>
        <source>Pops: “enabled” must be true or false</source>
        <translation>Popups: ”enabled” måste vara true eller false</translation>
    </message>
    <message>
        <source>Pops: the corner {corner!r} is not one of {join}</source>
        <translation>Popups: hörnet {corner!r} är inte ett av {join}</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>presence changes</source>
        <translation>närvaroändringar</translation>
    </message>
</context>
<context>
    <name>PresenceCommands</name>
    <message>
        <source>Choose an activity first; the end time belongs to the activity</source>
        <translation>Välj en aktivitet först; sluttiden hör till aktiviteten</translation>
    </message>
    <message>
        <source>This account cannot clear the activity&apos;s end time</source>
        <translation>Det här kontot kan inte rensa aktivitetens sluttid</translation>
    </message>
    <message>
        <source>That presence shortcut no longer exists</source>
        <translation>Den närvarogenvägen finns inte längre</translation>
    </message>
    <message>
        <source>This account cannot remove presence shortcuts</source>
        <translation>Det här kontot kan inte ta bort närvarogenvägar</translation>
    </message>
    <message>
        <source>The note is {count} characters long; shorten it to at most {note_max} characters</source>
        <translation>Anteckningen är {count} tecken lång; korta den till högst {note_max} tecken</translation>
    </message>
    <message>
        <source>Enter the number of minutes as a whole number</source>
        <translation>Ange antalet minuter som ett heltal</translation>
    </message>
    <message>
        <source>“{activity_id}” is not one of your presence activities</source>
        <translation>”{activity_id}” är inte en av dina närvaroaktiviteter</translation>
    </message>
    <message>
        <source>“{role_id}” is not one of your presence roles</source>
        <translation>”{role_id}” är inte en av dina närvaroroller</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} days</source>
        <translation>Välj mellan 1 minut och {value} dagar</translation>
    </message>
    <message>
        <source>Your presence is “{name}”, but this account cannot divert calls, so calls still ring you</source>
        <translation>Din närvaro är ”{name}”, men det här kontot kan inte omdirigera samtal, så samtal ringer fortfarande hos dig</translation>
    </message>
    <message>
        <source>Your presence is “{name}”, but calls could not be diverted to {number}: {exc}</source>
        <translation>Din närvaro är ”{name}”, men samtal kunde inte omdirigeras till {number}: {exc}</translation>
    </message>
</context>
<context>
    <name>PresenceConfig</name>
    <message>
        <source>Give the shortcut a name</source>
        <translation>Ge genvägen ett namn</translation>
    </message>
    <message>
        <source>Choose the activity the shortcut sets</source>
        <translation>Välj aktiviteten som genvägen ställer in</translation>
    </message>
    <message>
        <source>Choose how long the shortcut&apos;s presence lasts</source>
        <translation>Välj hur länge genvägens närvaro varar</translation>
    </message>
    <message>
        <source>Choose one of the shortcut icons</source>
        <translation>Välj en av genvägsikonerna</translation>
    </message>
    <message>
        <source>Enter the number calls are diverted to, or turn the diversion off</source>
        <translation>Ange numret som samtal omdirigeras till, eller stäng av omdirigeringen</translation>
    </message>
    <message>
        <source>The name is {count} characters long; shorten it to at most {NAME_MAX_LENGTH}</source>
        <translation>Namnet är {count} tecken långt; korta det till högst {NAME_MAX_LENGTH}</translation>
    </message>
    <message>
        <source>“{activity}” is not one of your presence activities</source>
        <translation>”{activity}” är inte en av dina närvaroaktiviteter</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} days</source>
        <translation>Välj mellan 1 minut och {value} dagar</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number; use digits, e.g. +46 8 123 456</source>
        <translation>”{number}” är inte ett telefonnummer; använd siffror, t.ex. +46 8 123 456</translation>
    </message>
</context>
<context>
    <name>PresenceDot</name>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Presence: {text}</source>
        <translation>Närvaro: {text}</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Set your presence activity</source>
        <translation>Ställ in din närvaroaktivitet</translation>
    </message>
    <message>
        <source>Presence not loaded yet</source>
        <translation>Närvaron är inte inläst än</translation>
    </message>
    <message>
        <source>Set your presence to {name}</source>
        <translation>Ställ in din närvaro till {name}</translation>
    </message>
    <message>
        <source>My presence</source>
        <translation>Min närvaro</translation>
    </message>
    <message>
        <source>Presence activity</source>
        <translation>Närvaroaktivitet</translation>
    </message>
    <message>
        <source>What you are doing; colleagues and the queues see it</source>
        <translation>Vad du gör; kollegor och köerna ser det</translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation>Tillgänglig för samtal</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Whether you can take calls now</source>
        <translation>Om du kan ta samtal nu</translation>
    </message>
    <message>
        <source>Presence note</source>
        <translation>Närvaroanteckning</translation>
    </message>
    <message>
        <source>A short note colleagues see, e.g. Back at 13:00</source>
        <translation>En kort anteckning som kollegor ser, t.ex. Tillbaka 13:00</translation>
    </message>
    <message numerus="yes">
        <source> for %n minutes</source>
        <translation>
            <numerusform> i %n minut</numerusform>
            <numerusform> i %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to set the note (at most {noteMaxLength} characters)</source>
        <translation>Tryck på Enter för att spara anteckningen (högst {noteMaxLength} tecken)</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Set presence note</source>
        <translation>Spara närvaroanteckning</translation>
    </message>
    <message>
        <source>Set the note (Enter in the note field does the same)</source>
        <translation>Spara anteckningen (Enter i anteckningsfältet gör samma sak)</translation>
    </message>
    <message>
        <source>Note length</source>
        <translation>Anteckningens längd</translation>
    </message>
    <message>
        <source>Presence role</source>
        <translation>Närvaroroll</translation>
    </message>
    <message>
        <source>The role you are working in</source>
        <translation>Rollen du arbetar i</translation>
    </message>
    <message>
        <source>Activity end time</source>
        <translation>Aktivitetens sluttid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Activity duration in minutes</source>
        <translation>Aktivitetens längd i minuter</translation>
    </message>
    <message>
        <source>How long the current activity lasts</source>
        <translation>Hur länge den aktuella aktiviteten varar</translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation>Ange längd</translation>
    </message>
    <message>
        <source>End activity after the minutes chosen</source>
        <translation>Avsluta aktiviteten efter valt antal minuter</translation>
    </message>
    <message>
        <source>End the current activity after the chosen number of minutes</source>
        <translation>Avsluta den aktuella aktiviteten efter det valda antalet minuter</translation>
    </message>
    <message>
        <source>Activity end time of day</source>
        <translation>Aktivitetens sluttid (klockslag)</translation>
    </message>
    <message>
        <source>The time the current activity ends (tomorrow if that time has passed today)</source>
        <translation>Tiden då den aktuella aktiviteten slutar (i morgon om tiden redan har passerat i dag)</translation>
    </message>
    <message>
        <source>Set end time</source>
        <translation>Ange sluttid</translation>
    </message>
    <message>
        <source>End activity at the time chosen</source>
        <translation>Avsluta aktiviteten vid vald tid</translation>
    </message>
    <message>
        <source>End the current activity at the chosen time</source>
        <translation>Avsluta den aktuella aktiviteten vid den valda tiden</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Ingen sluttid</translation>
    </message>
    <message>
        <source>Clear activity end time</source>
        <translation>Rensa aktivitetens sluttid</translation>
    </message>
    <message>
        <source>Keep the current activity until you change it</source>
        <translation>Behåll den aktuella aktiviteten tills du ändrar den</translation>
    </message>
    <message>
        <source>Edit shortcuts…</source>
        <translation>Redigera genvägar…</translation>
    </message>
    <message>
        <source>Edit presence shortcuts</source>
        <translation>Redigera närvarogenvägar</translation>
    </message>
    <message>
        <source>Create, change, remove and reorder your presence shortcuts</source>
        <translation>Skapa, ändra, ta bort och ordna om dina närvarogenvägar</translation>
    </message>
    <message>
        <source>Presence error</source>
        <translation>Närvarofel</translation>
    </message>
    <message>
        <source>Presence refresh status</source>
        <translation>Status för uppdatering av närvaro</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Genvägar</translation>
    </message>
    <message>
        <source>My photo</source>
        <translation>Mitt foto</translation>
    </message>
    <message>
        <source>What this account can do with presence</source>
        <translation>Vad det här kontot kan göra med närvaro</translation>
    </message>
    <message>
        <source>Presence shortcut {value}</source>
        <translation>Närvarogenväg {value}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No presence shortcuts</source>
        <translation>Inga närvarogenvägar</translation>
    </message>
    <message>
        <source>Your account has no presence shortcuts</source>
        <translation>Ditt konto har inga närvarogenvägar</translation>
    </message>
    <message>
        <source> until the next working day</source>
        <translation> till nästa arbetsdag</translation>
    </message>
    <message>
        <source>, and divert your calls to {number} meanwhile</source>
        <translation>, och omdirigera dina samtal till {number} under tiden</translation>
    </message>
    <message>
        <source>{name} (available for calls)</source>
        <translation>{name} (tillgänglig för samtal)</translation>
    </message>
    <message>
        <source>{name} (not available for calls)</source>
        <translation>{name} (inte tillgänglig för samtal)</translation>
    </message>
    <message>
        <source>Your activity: {activityName}</source>
        <translation>Din aktivitet: {activityName}</translation>
    </message>
    <message>
        <source>{n} of at most {limit} characters</source>
        <translation>{n} av högst {limit} tecken</translation>
    </message>
    <message>
        <source>: shorten the note to set it</source>
        <translation>: korta anteckningen för att spara den</translation>
    </message>
</context>
<context>
    <name>PresenceReads</name>
    <message>
        <source>This account has no presence</source>
        <translation>Det här kontot har ingen närvaro</translation>
    </message>
    <message>
        <source>Could not read your presence</source>
        <translation>Det gick inte att läsa din närvaro</translation>
    </message>
</context>
<context>
    <name>PresenceShortcuts</name>
    <message>
        <source>No end time</source>
        <translation>Ingen sluttid</translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation>Till nästa arbetsdag</translation>
    </message>
    <message>
        <source>For a number of minutes</source>
        <translation>I ett antal minuter</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Flygplan</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Klocka</translation>
    </message>
    <message>
        <source>Presence shortcuts</source>
        <translation>Närvarogenvägar</translation>
    </message>
    <message>
        <source>Presence shortcuts editor</source>
        <translation>Redigerare för närvarogenvägar</translation>
    </message>
    <message>
        <source>Why shortcuts cannot be edited</source>
        <translation>Varför genvägar inte kan redigeras</translation>
    </message>
    <message>
        <source>My presence shortcuts</source>
        <translation>Mina närvarogenvägar</translation>
    </message>
    <message>
        <source>Your shortcuts, in the order the presence panel shows them</source>
        <translation>Dina genvägar, i den ordning närvaropanelen visar dem</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Create a presence shortcut</source>
        <translation>Skapa en närvarogenväg</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Change the chosen shortcut (read again from the server first)</source>
        <translation>Ändra den valda genvägen (läses först in igen från servern)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen shortcut</source>
        <translation>Ta bort den valda genvägen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Show the chosen shortcut earlier</source>
        <translation>Visa den valda genvägen tidigare</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Show the chosen shortcut later</source>
        <translation>Visa den valda genvägen senare</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Shortcut name</source>
        <translation>Genvägens namn</translation>
    </message>
    <message>
        <source>e.g. Short lunch break</source>
        <translation>t.ex. Kort lunchrast</translation>
    </message>
    <message>
        <source>Shortcut activity</source>
        <translation>Genvägens aktivitet</translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation>Tillgänglig för samtal</translation>
    </message>
    <message>
        <source>Shortcut availability</source>
        <translation>Genvägens tillgänglighet</translation>
    </message>
    <message>
        <source>Shortcut duration</source>
        <translation>Genvägens varaktighet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shortcut minutes</source>
        <translation>Genvägens minuter</translation>
    </message>
    <message>
        <source>Shortcut icon</source>
        <translation>Genvägens ikon</translation>
    </message>
    <message>
        <source>Divert my calls to</source>
        <translation>Omdirigera mina samtal till</translation>
    </message>
    <message>
        <source>Shortcut diverts calls</source>
        <translation>Genvägen omdirigerar samtal</translation>
    </message>
    <message>
        <source>Shortcut diversion number</source>
        <translation>Genvägens omdirigeringsnummer</translation>
    </message>
    <message>
        <source>Save shortcut</source>
        <translation>Spara genväg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Varar</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Ikon</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>Omdirigering</translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation>Genvägsfel</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Ny genväg</translation>
    </message>
    <message>
        <source>Edit “{get}”</source>
        <translation>Redigera ”{get}”</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>inte tillgänglig</translation>
    </message>
    <message>
        <source>until the next working day</source>
        <translation>till nästa arbetsdag</translation>
    </message>
    <message>
        <source>for {minutes} min</source>
        <translation>i {minutes} min</translation>
    </message>
    <message>
        <source>diverts calls to {diversionNumber}</source>
        <translation>omdirigerar samtal till {diversionNumber}</translation>
    </message>
    <message>
        <source>presence shortcuts to edit</source>
        <translation>närvarogenvägar att redigera</translation>
    </message>
    <message>
        <source>Enter the number of minutes as a whole number</source>
        <translation>Ange antalet minuter som ett heltal</translation>
    </message>
    <message>
        <source>No shortcut is being edited</source>
        <translation>Ingen genväg redigeras</translation>
    </message>
    <message>
        <source>That presence shortcut no longer exists</source>
        <translation>Den närvarogenvägen finns inte längre</translation>
    </message>
    <message>
        <source>The shortcuts changed elsewhere; check the list and move it again</source>
        <translation>Genvägarna har ändrats någon annanstans; kontrollera listan och flytta den igen</translation>
    </message>
</context>
<context>
    <name>PresenceWords</name>
    <message>
        <source>until {local:%Y-%m-%d %H:%M}</source>
        <translation>till {local:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>Choose the time the activity should end</source>
        <translation>Välj tiden då aktiviteten ska sluta</translation>
    </message>
    <message>
        <source>until {local:%H:%M}</source>
        <translation>till {local:%H:%M}</translation>
    </message>
    <message>
        <source>until {local:%a %H:%M}</source>
        <translation>till {local:%a %H:%M}</translation>
    </message>
    <message>
        <source>{astimezone:%H:%M} has already passed; choose a time in the future</source>
        <translation>{astimezone:%H:%M} har redan passerat; välj en tid i framtiden</translation>
    </message>
    <message>
        <source>“{raw}” is not a time; use for example 14:30 or 2025-01-31T14:30</source>
        <translation>”{raw}” är ingen tid; använd till exempel 14:30 eller 2025-01-31T14:30</translation>
    </message>
    <message>
        <source> for {minutes} min</source>
        <translation> i {minutes} min</translation>
    </message>
</context>
<context>
    <name>QueueDetails</name>
    <message>
        <source>Queue details</source>
        <translation>Ködetaljer</translation>
    </message>
    <message>
        <source>Queue details status</source>
        <translation>Status för ködetaljer</translation>
    </message>
    <message>
        <source>Agents of the queue</source>
        <translation>Köns agenter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Read the queue details again</source>
        <translation>Läs in ködetaljerna igen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Reading the queue&apos;s details…</source>
        <translation>Läser in köns detaljer…</translation>
    </message>
    <message>
        <source>Queue details: {value}</source>
        <translation>Ködetaljer: {value}</translation>
    </message>
</context>
<context>
    <name>QueueToggles</name>
    <message>
        <source>Night mode</source>
        <translation>Nattläge</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>Logged in to {name}</source>
        <translation>Inloggad i {name}</translation>
    </message>
    <message>
        <source>Waiting for the server to answer about {name}…</source>
        <translation>Väntar på att servern ska svara om {name}…</translation>
    </message>
    <message>
        <source> {name} is in night mode now: its callers go to the night service, not to agents.</source>
        <translation> {name} är i nattläge nu: dess uppringare går till nattjänsten, inte till agenter.</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Kö {name}</translation>
    </message>
    <message>
        <source>Group type: {value}</source>
        <translation>Grupptyp: {value}</translation>
    </message>
    <message>
        <source>{name} type: {value}</source>
        <translation>Typ för {name}: {value}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Detaljer för {name}</translation>
    </message>
    <message>
        <source>What the phone system says about {name}: its agents, night mode, number…</source>
        <translation>Vad telefonsystemet säger om {name}: agenter, nattläge, nummer…</translation>
    </message>
    <message>
        <source>{name} is in night mode: its calls go to the night service, not to agents</source>
        <translation>{name} är i nattläge: dess samtal går till nattjänsten, inte till agenter</translation>
    </message>
    <message>
        <source>{name} is in night mode</source>
        <translation>{name} är i nattläge</translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation>{waiting} väntar</translation>
    </message>
    <message numerus="yes">
        <source>%n callers waiting in {name}</source>
        <translation>
            <numerusform>%n uppringare väntar i {name}</numerusform>
            <numerusform>%n uppringare väntar i {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} lediga</translation>
    </message>
    <message numerus="yes">
        <source>%n agents of {name} free to take a call</source>
        <translation>
            <numerusform>%n agent i {name} är ledig att ta ett samtal</numerusform>
            <numerusform>%n agenter i {name} är lediga att ta ett samtal</numerusform>
        </translation>
    </message>
    <message>
        <source>{logged} logged in</source>
        <translation>{logged} inloggade</translation>
    </message>
    <message numerus="yes">
        <source>%n agents logged in to {name}</source>
        <translation>
            <numerusform>%n agent inloggad i {name}</numerusform>
            <numerusform>%n agenter inloggade i {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} error</source>
        <translation>Fel för {name}</translation>
    </message>
    <message>
        <source>You are logged in to {name} and get its calls. Click (or press Space) to log out.</source>
        <translation>Du är inloggad i {name} och får dess samtal. Klicka (eller tryck på Space) för att logga ut.</translation>
    </message>
    <message>
        <source>You are logged out of {name} and get none of its calls. Click (or press Space) to log in.</source>
        <translation>Du är utloggad ur {name} och får inga av dess samtal. Klicka (eller tryck på Space) för att logga in.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation>Köfel</translation>
    </message>
    <message>
        <source>Queue refresh status</source>
        <translation>Status för uppdatering av köer</translation>
    </message>
    <message>
        <source>Loading your queues…</source>
        <translation>Läser in dina köer…</translation>
    </message>
    <message>
        <source>Queues status</source>
        <translation>Köstatus</translation>
    </message>
    <message>
        <source>Log in to all</source>
        <translation>Logga in i alla</translation>
    </message>
    <message>
        <source>Log in to all queues</source>
        <translation>Logga in i alla köer</translation>
    </message>
    <message>
        <source>Log in to every queue you are a member of</source>
        <translation>Logga in i alla köer du är medlem i</translation>
    </message>
    <message>
        <source>Log out of all</source>
        <translation>Logga ut ur alla</translation>
    </message>
    <message>
        <source>Log out of all queues</source>
        <translation>Logga ut ur alla köer</translation>
    </message>
    <message>
        <source>Log out of every queue: you get no queue calls until you log in again</source>
        <translation>Logga ut ur alla köer: du får inga kösamtal förrän du loggar in igen</translation>
    </message>
    <message>
        <source>Log in to all queues when I sign in</source>
        <translation>Logga in i alla köer när jag loggar in</translation>
    </message>
    <message>
        <source>Log in to all queues at start</source>
        <translation>Logga in i alla köer vid start</translation>
    </message>
    <message>
        <source>When the app signs in, log in to every queue you are a member of</source>
        <translation>När appen loggar in, logga in i alla köer du är medlem i</translation>
    </message>
    <message>
        <source>Log out of all queues when I quit</source>
        <translation>Logga ut ur alla köer när jag avslutar</translation>
    </message>
    <message>
        <source>Log out of all queues at exit</source>
        <translation>Logga ut ur alla köer vid avslut</translation>
    </message>
    <message>
        <source>When you quit the app, log out of every queue so no calls wait for you</source>
        <translation>När du avslutar appen, logga ut ur alla köer så att inga samtal väntar på dig</translation>
    </message>
    <message>
        <source>You are not a member of any queue</source>
        <translation>Du är inte medlem i någon kö</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>ACD queue</source>
        <translation>ACD-kö</translation>
    </message>
    <message>
        <source>ACD Light queue</source>
        <translation>ACD Light-kö</translation>
    </message>
    <message>
        <source>Switchboard (attendant)</source>
        <translation>Växel (telefonist)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>in priority order</source>
        <translation>i prioritetsordning</translation>
    </message>
    <message>
        <source>The phone system gave no statistics for this queue.</source>
        <translation>Telefonsystemet gav ingen statistik för den här kön.</translation>
    </message>
    <message>
        <source>On: callers go to the night service</source>
        <translation>På: uppringare går till nattjänsten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>log in to</source>
        <translation>logga in i</translation>
    </message>
    <message>
        <source>log out of</source>
        <translation>logga ut ur</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Calls go {how}</source>
        <translation>Samtal fördelas {how}</translation>
    </message>
    <message>
        <source>{calls_waiting} waiting · {value} agents logged in · {value2} free</source>
        <translation>{calls_waiting} väntar · {value} agenter inloggade · {value2} lediga</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>Du är inloggad</translation>
    </message>
    <message>
        <source>You are logged out</source>
        <translation>Du är utloggad</translation>
    </message>
    <message>
        <source>You may call out with the queue&apos;s number</source>
        <translation>Du får ringa ut med köns nummer</translation>
    </message>
    <message>
        <source>You may not call out with the queue&apos;s number</source>
        <translation>Du får inte ringa ut med köns nummer</translation>
    </message>
    <message>
        <source>That queue is no longer in your list</source>
        <translation>Den kön finns inte längre i din lista</translation>
    </message>
    <message>
        <source>This account has no queues</source>
        <translation>Det här kontot har inga köer</translation>
    </message>
    <message>
        <source>Could not read your queues</source>
        <translation>Det gick inte att läsa dina köer</translation>
    </message>
    <message>
        <source>That queue is no longer in your list; the list has been refreshed</source>
        <translation>Den kön finns inte längre i din lista; listan har uppdaterats</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>inloggad</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>utloggad</translation>
    </message>
    <message>
        <source>queue details</source>
        <translation>ködetaljer</translation>
    </message>
    <message>
        <source>Could not re-read your queues</source>
        <translation>Det gick inte att läsa in dina köer igen</translation>
    </message>
    <message>
        <source>, available</source>
        <translation>, tillgänglig</translation>
    </message>
    <message>
        <source>, not available</source>
        <translation>, inte tillgänglig</translation>
    </message>
    <message>
        <source>skill {skill_level}</source>
        <translation>kompetens {skill_level}</translation>
    </message>
    <message>
        <source> (your role: {join})</source>
        <translation> (din roll: {join})</translation>
    </message>
    <message>
        <source>The phone system no longer lists you in {name}</source>
        <translation>Telefonsystemet listar dig inte längre i {name}</translation>
    </message>
    <message>
        <source>Could not read the details of {name}: {exc}</source>
        <translation>Det gick inte att läsa detaljerna för {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not {verb} {value}: {result}</source>
        <translation>Det gick inte att {verb} {value}: {result}</translation>
    </message>
    <message>
        <source>logged in to</source>
        <translation>inloggad i</translation>
    </message>
    <message>
        <source>logged out of</source>
        <translation>utloggad ur</translation>
    </message>
    <message>
        <source>Could not log in to your queues at start: {refresh_error}</source>
        <translation>Det gick inte att logga in i dina köer vid start: {refresh_error}</translation>
    </message>
    <message>
        <source>Could not log out of your queues: {refresh_error}</source>
        <translation>Det gick inte att logga ut ur dina köer: {refresh_error}</translation>
    </message>
    <message>
        <source>Could not log out of your queues: the server did not answer within {exit_timeout:g} s</source>
        <translation>Det gick inte att logga ut ur dina köer: servern svarade inte inom {exit_timeout:g} s</translation>
    </message>
    <message>
        <source>The server still shows you {state} {value}</source>
        <translation>Servern visar dig fortfarande som {state} {value}</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>Open record: {reason}</source>
        <translation>Öppna post: {reason}</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Svara på din telefon</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Answer: the server does not allow answering this call here</source>
        <translation>Svara: servern tillåter inte att samtalet besvaras här</translation>
    </message>
    <message>
        <source>Open record: that call&apos;s pop has closed</source>
        <translation>Öppna post: samtalets popup har stängts</translation>
    </message>
    <message>
        <source>Add contact: that call&apos;s pop has closed</source>
        <translation>Lägg till kontakt: samtalets popup har stängts</translation>
    </message>
    <message>
        <source>Add contact: the caller&apos;s number is withheld</source>
        <translation>Lägg till kontakt: uppringarens nummer är dolt</translation>
    </message>
    <message>
        <source>Add contact: enter the number to add</source>
        <translation>Lägg till kontakt: ange numret som ska läggas till</translation>
    </message>
    <message>
        <source>{what}: that call is no longer ringing</source>
        <translation>{what}: samtalet ringer inte längre</translation>
    </message>
    <message>
        <source>Answer: this account cannot control calls</source>
        <translation>Svara: det här kontot kan inte styra samtal</translation>
    </message>
    <message>
        <source>Reject: this account cannot control calls</source>
        <translation>Avvisa: det här kontot kan inte styra samtal</translation>
    </message>
    <message>
        <source>Open record: {exc}</source>
        <translation>Öppna post: {exc}</translation>
    </message>
    <message>
        <source>Add contact: {exc}</source>
        <translation>Lägg till kontakt: {exc}</translation>
    </message>
</context>
<context>
    <name>ScreenPopController</name>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>{number} via {queue}</source>
        <translation>{number} via {queue}</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <source>Incoming call</source>
        <translation>Inkommande samtal</translation>
    </message>
    <message>
        <source>A call is ringing for you</source>
        <translation>Ett samtal ringer för dig</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation>Uppringarens nummer</translation>
    </message>
    <message>
        <source>Caller&apos;s company</source>
        <translation>Uppringarens företag</translation>
    </message>
    <message>
        <source>The queue or number the call came through</source>
        <translation>Kön eller numret som samtalet kom via</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Matchande kontakter</translation>
    </message>
    <message>
        <source>Several contacts have this number: choose the caller</source>
        <translation>Flera kontakter har det här numret: välj uppringaren</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>No contact has this number</source>
        <translation>Ingen kontakt har det här numret</translation>
    </message>
    <message>
        <source>A&amp;dd contact…</source>
        <translation>&amp;Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Add this caller as a contact</source>
        <translation>Lägg till den här uppringaren som kontakt</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Nummer att lägga till</translation>
    </message>
    <message>
        <source>The number of the new contact</source>
        <translation>Den nya kontaktens nummer</translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation>Namn att lägga till</translation>
    </message>
    <message>
        <source>The name of the new contact</source>
        <translation>Den nya kontaktens namn</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Öppna i CRM</translation>
    </message>
    <message>
        <source>Add the contact in the CRM</source>
        <translation>Lägg till kontakten i CRM-systemet</translation>
    </message>
    <message>
        <source>Opens the CRM&apos;s page for adding this contact</source>
        <translation>Öppnar CRM-systemets sida för att lägga till den här kontakten</translation>
    </message>
    <message>
        <source>Open the CRM&apos;s page for adding this contact</source>
        <translation>Öppna CRM-systemets sida för att lägga till den här kontakten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Answer the call (Enter)</source>
        <translation>Besvara samtalet (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Reject the call (Esc)</source>
        <translation>Avvisa samtalet (Esc)</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Hur du svarar</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Öppna post</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Öppna post</translation>
    </message>
    <message>
        <source>Open the caller&apos;s record in the CRM</source>
        <translation>Öppna uppringarens post i CRM-systemet</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>via {via}</translation>
    </message>
    <message>
        <source>This phone system offers no way to create contacts from the desktop. Set an &quot;add contact&quot; CRM link in the settings to add callers there.</source>
        <translation>Det här telefonsystemet kan inte skapa kontakter från skrivbordsappen. Ange en CRM-länk för &quot;lägg till kontakt&quot; i inställningarna för att lägga till uppringare där.</translation>
    </message>
    <message>
        <source>Incoming call — </source>
        <translation>Inkommande samtal — </translation>
    </message>
    <message>
        <source>Answer the call from {title} (Enter)</source>
        <translation>Besvara samtalet från {title} (Enter)</translation>
    </message>
    <message>
        <source>Reject the call from {title} (Esc)</source>
        <translation>Avvisa samtalet från {title} (Esc)</translation>
    </message>
    <message>
        <source>Open the record of {title} in the CRM</source>
        <translation>Öppna posten för {title} i CRM-systemet</translation>
    </message>
    <message>
        <source>No record to open for this caller</source>
        <translation>Det finns ingen post att öppna för den här uppringaren</translation>
    </message>
    <message>
        <source>Add {number} as a contact</source>
        <translation>Lägg till {number} som kontakt</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>secrets are kept in memory for this session only.</source>
        <translation>hemligheter sparas endast i minnet under den här sessionen.</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Ingen systemnyckelring är tillgänglig</translation>
    </message>
    <message>
        <source>The system keyring is locked</source>
        <translation>Systemnyckelringen är låst</translation>
    </message>
    <message>
        <source>The system keyring failed with {error}</source>
        <translation>Systemnyckelringen misslyckades med {error}</translation>
    </message>
    <message>
        <source>The system keyring did not answer in {timeout:g} s</source>
        <translation>Systemnyckelringen svarade inte inom {timeout:g} s</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>{name} heading</source>
        <translation>Rubrik för {name}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>internal error ({error})</source>
        <translation>internt fel ({error})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>not a regular file</source>
        <translation>inte en vanlig fil</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>en pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>ett tal med för många siffror</translation>
    </message>
    <message>
        <source>a value that cannot be read</source>
        <translation>ett värde som inte kan läsas</translation>
    </message>
    <message>
        <source>{source} is not text</source>
        <translation>{source} är inte text</translation>
    </message>
    <message>
        <source>{source} is larger than {value} KiB</source>
        <translation>{source} är större än {value} KiB</translation>
    </message>
    <message>
        <source>{source} nests tables or lists more than {MAX_NESTING} levels deep</source>
        <translation>{source} nästlar tabeller eller listor mer än {MAX_NESTING} nivåer djupt</translation>
    </message>
    <message>
        <source>{source} contains characters that are not valid Unicode</source>
        <translation>{source} innehåller tecken som inte är giltig Unicode</translation>
    </message>
    <message>
        <source>{source} is not valid TOML ({exc})</source>
        <translation>{source} är inte giltig TOML ({exc})</translation>
    </message>
    <message>
        <source>{source} holds {what}</source>
        <translation>{source} innehåller {what}</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text (a bad byte at position {start})</source>
        <translation>{source} är inte UTF-8-text (en felaktig byte på position {start})</translation>
    </message>
    <message>
        <source>The settings file {path} is a folder, not a file</source>
        <translation>Inställningsfilen {path} är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>The settings file {path} could not be opened ({value})</source>
        <translation>Inställningsfilen {path} kunde inte öppnas ({value})</translation>
    </message>
    <message>
        <source>The settings file {path} is {file_kind}, not a regular file; it was not read</source>
        <translation>Inställningsfilen {path} är {file_kind}, inte en vanlig fil; den lästes inte</translation>
    </message>
    <message>
        <source>The settings file {path} is larger than {value} KiB; it was not read</source>
        <translation>Inställningsfilen {path} är större än {value} KiB; den lästes inte</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({value})</source>
        <translation>Inställningsfilen {path} kunde inte läsas ({value})</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>profilen</translation>
    </message>
    <message>
        <source>Unknown theme {value!r}; use one of {join}</source>
        <translation>Okänt tema {value!r}; använd något av {join}</translation>
    </message>
    <message>
        <source>Unknown language {value!r}; use one of {join}</source>
        <translation>Okänt språk {value!r}; använd något av {join}</translation>
    </message>
    <message>
        <source>A profile name needs 1–64 letters, digits, spaces or . @ + - _</source>
        <translation>Ett profilnamn behöver 1–64 bokstäver, siffror, mellanslag eller . @ + - _</translation>
    </message>
    <message>
        <source>the {kind} directory source</source>
        <translation>katalogkällan {kind}</translation>
    </message>
    <message>
        <source>Unknown directory kind {kind!r}; use one of {join}</source>
        <translation>Okänd katalogtyp {kind!r}; använd någon av {join}</translation>
    </message>
    <message>
        <source>The option {key!r} of {where} looks like a secret; secrets belong in the keyring</source>
        <translation>Alternativet {key!r} i {where} ser ut som en hemlighet; hemligheter hör hemma i nyckelringen</translation>
    </message>
    <message>
        <source>The option {key!r} of {where} must be text, a number or true/false</source>
        <translation>Alternativet {key!r} i {where} måste vara text, ett tal eller true/false</translation>
    </message>
    <message>
        <source>Unknown backend {backend!r}; this version supports: {join}</source>
        <translation>Okänd backend {backend!r}; den här versionen stöder: {join}</translation>
    </message>
    <message>
        <source>{exc}. The defaults are in use; the file is left as it is and nothing is saved over it until it is fixed or removed.</source>
        <translation>{exc}. Standardvärdena används; filen lämnas som den är och inget sparas över den förrän den har rättats eller tagits bort.</translation>
    </message>
    <message>
        <source>the damaged file could not be kept.</source>
        <translation>den skadade filen kunde inte behållas.</translation>
    </message>
    <message>
        <source>The settings file {path}</source>
        <translation>Inställningsfilen {path}</translation>
    </message>
    <message>
        <source>{exc}. The defaults are in use; </source>
        <translation>{exc}. Standardvärdena används; </translation>
    </message>
    <message>
        <source>the damaged file is kept as {kept}.</source>
        <translation>den skadade filen har sparats som {kept}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>The call actions&apos; keys. Click a box and press the new key; the clear button leaves an action without a key. A key another action or the window uses is refused.</source>
        <translation>Samtalsåtgärdernas tangenter. Klicka i en ruta och tryck på den nya tangenten; rensningsknappen lämnar en åtgärd utan tangent. En tangent som en annan åtgärd eller fönstret använder nekas.</translation>
    </message>
    <message>
        <source>Key for {words}</source>
        <translation>Tangent för {words}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Pop a window for incoming calls</source>
        <translation>Visa ett popup-fönster för inkommande samtal</translation>
    </message>
    <message>
        <source>Wrap-up time after calls</source>
        <translation>Efterarbetstid efter samtal</translation>
    </message>
    <message>
        <source>Ask &quot;Call …?&quot; before calling a link</source>
        <translation>Fråga &quot;Ringa …?&quot; innan en länk ringas</translation>
    </message>
    <message>
        <source>Pops</source>
        <translation>Popups</translation>
    </message>
    <message>
        <source>A pop window shows who is calling. Off: the desktop notification alone tells of a call (for agents who answer on a desk phone). Changes apply at once.</source>
        <translation>Ett popup-fönster visar vem som ringer. Av: endast skrivbordsaviseringen meddelar ett samtal (för agenter som svarar på en bordstelefon). Ändringar gäller direkt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Light or dark, or as the system&apos;s scheme.</source>
        <translation>Ljust eller mörkt, eller enligt systemets färgschema.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words: English, Swedish or Italian, or as the system&apos;s language. Takes effect at the next start.</source>
        <translation>Språket i appens texter: engelska, svenska eller italienska, eller enligt systemets språk. Gäller från nästa start.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Links to call (tel:, callto:, sip:) opened in other applications dial through this window.</source>
        <translation>Länkar att ringa (tel:, callto:, sip:) som öppnas i andra program ringer genom det här fönstret.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>When a queue&apos;s tile turns to warning and to critical, for all queues (a queue&apos;s own levels in the settings file stay). An open wallboard uses them at once.</source>
        <translation>När en köruta övergår till varning och till kritisk, för alla köer (en kös egna nivåer i inställningsfilen behålls). En öppen wallboard använder dem direkt.</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>Keys that work in any program, while the app runs. Click a box and press the key (two modifiers, e.g. Ctrl+Alt+A); the clear button turns a key off.</source>
        <translation>Tangenter som fungerar i alla program medan appen körs. Klicka i en ruta och tryck på tangenten (två modifierare, t.ex. Ctrl+Alt+A); rensningsknappen stänger av en tangent.</translation>
    </message>
    <message>
        <source>Start CTI Desktop when I log in</source>
        <translation>Starta CTI Desktop när jag loggar in</translation>
    </message>
    <message>
        <source>Answer from anywhere</source>
        <translation>Svara var du än är</translation>
    </message>
    <message>
        <source>Not saved: a global shortcut to change first (see the words next to it).</source>
        <translation>Inte sparat: ett globalt kortkommando måste ändras först (se texten bredvid).</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Default key for {words}</source>
        <translation>Standardtangent för {words}</translation>
    </message>
    <message>
        <source>Back to {value}</source>
        <translation>Tillbaka till {value}</translation>
    </message>
    <message>
        <source>Global key for {action}</source>
        <translation>Global tangent för {action}</translation>
    </message>
    <message>
        <source>Default global key for {action}</source>
        <translation>Global standardtangent för {action}</translation>
    </message>
    <message>
        <source>Back to {key}</source>
        <translation>Tillbaka till {key}</translation>
    </message>
    <message>
        <source>Pop windows</source>
        <translation>Popup-fönster</translation>
    </message>
    <message>
        <source>Corner</source>
        <translation>Hörn</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Ask before calling a link</source>
        <translation>Fråga innan en länk ringas</translation>
    </message>
    <message>
        <source>Waiting callers, warning</source>
        <translation>Väntande uppringare, varning</translation>
    </message>
    <message>
        <source>Waiting callers, critical</source>
        <translation>Väntande uppringare, kritisk</translation>
    </message>
    <message>
        <source>Longest wait, warning</source>
        <translation>Längsta väntetid, varning</translation>
    </message>
    <message>
        <source>Longest wait, critical</source>
        <translation>Längsta väntetid, kritisk</translation>
    </message>
    <message>
        <source>After which calls</source>
        <translation>Efter vilka samtal</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Efterarbetstid</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Förläng med</translation>
    </message>
    <message>
        <source>Automatic (away from the main window)</source>
        <translation>Automatiskt (bort från huvudfönstret)</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Uppe till höger</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Uppe till vänster</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Nere till höger</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Nere till vänster</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Endast kösamtal</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alla samtal</translation>
    </message>
    <message>
        <source>That is not one key; press one key with its modifiers</source>
        <translation>Det är inte en enda tangent; tryck på en tangent med dess modifierare</translation>
    </message>
    <message>
        <source>Not saved yet: the settings file could not be read; say whether to replace it.</source>
        <translation>Inte sparat än: inställningsfilen kunde inte läsas; ange om den ska ersättas.</translation>
    </message>
    <message>
        <source>After-call work changes apply from your next call; turned off, a wrap-up under way ends now.</source>
        <translation>Ändringar av efterarbete gäller från ditt nästa samtal; stängs det av slutar pågående efterarbete nu.</translation>
    </message>
    <message>
        <source>The language takes effect at the next start.</source>
        <translation>Språket gäller från nästa start.</translation>
    </message>
    <message>
        <source>{words}: choose on or off</source>
        <translation>{words}: välj på eller av</translation>
    </message>
    <message>
        <source>{shown} is the window&apos;s key for “{value}”; choose another</source>
        <translation>{shown} är fönstrets tangent för ”{value}”; välj en annan</translation>
    </message>
    <message>
        <source>{shown} is the standard key for {words_of}; choose another</source>
        <translation>{shown} är standardtangenten för {words_of}; välj en annan</translation>
    </message>
    <message>
        <source>{shown} alone would be typed into text boxes; use it with Ctrl or Alt, or a function key</source>
        <translation>{shown} ensamt skulle skrivas in i textrutor; använd den med Ctrl eller Alt, eller en funktionstangent</translation>
    </message>
    <message>
        <source>the longest wrap-up</source>
        <translation>det längsta efterarbetet</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n value to change first (see the words next to them).</source>
        <translation>
            <numerusform>Inte sparat: %n värde måste ändras först (se texten bredvid).</numerusform>
            <numerusform>Inte sparat: %n värden måste ändras först (se texten bredvid).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n values to change first (see the words next to them).</source>
        <translation>
            <numerusform>Inte sparat: %n värde måste ändras först (se texten bredvid).</numerusform>
            <numerusform>Inte sparat: %n värden måste ändras först (se texten bredvid).</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file {path} could not be read when the app started, so it has been left alone. Save these settings in its place? The old file is kept as {name}, but what it held that the app could not read (profiles, window layout) is not carried over.</source>
        <translation>Inställningsfilen {path} kunde inte läsas när appen startade, så den har lämnats orörd. Spara de här inställningarna i stället? Den gamla filen sparas som {name}, men det den innehöll som appen inte kunde läsa (profiler, fönsterlayout) förs inte över.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Sparat i {path}.</translation>
    </message>
    <message>
        <source>The thresholds in the settings file could not be used ({exc}); the built-in ones are shown, and saving replaces them for all queues.</source>
        <translation>Tröskelvärdena i inställningsfilen kunde inte användas ({exc}); de inbyggda visas, och när du sparar ersätts de för alla köer.</translation>
    </message>
    <message>
        <source>The settings file&apos;s after-call work could not be used ({exc}); it is off. Saving replaces it with what is shown here.</source>
        <translation>Inställningsfilens efterarbete kunde inte användas ({exc}); det är avstängt. När du sparar ersätts det med det som visas här.</translation>
    </message>
    <message>
        <source>{words}: {value!r} is not one of the choices ({join})</source>
        <translation>{words}: {value!r} är inte ett av alternativen ({join})</translation>
    </message>
    <message>
        <source>{shown} is already the key of “{value}”: give that one another key first, or choose another</source>
        <translation>{shown} är redan tangenten för ”{value}”: ge den en annan tangent först, eller välj en annan</translation>
    </message>
    <message>
        <source>Critical must be at least the warning level ({warn})</source>
        <translation>Kritisk måste vara minst varningsnivån ({warn})</translation>
    </message>
    <message>
        <source>A queue&apos;s own levels do not fit these: {exc}</source>
        <translation>En kös egna nivåer passar inte med dessa: {exc}</translation>
    </message>
    <message>
        <source>Not saved: {exc}. Your changes are still here; try again.</source>
        <translation>Inte sparat: {exc}. Dina ändringar finns kvar; försök igen.</translation>
    </message>
    <message>
        <source>{words}: a whole number is needed</source>
        <translation>{words}: ett heltal krävs</translation>
    </message>
    <message>
        <source>{words}: from {lowest} to {highest}</source>
        <translation>{words}: från {lowest} till {highest}</translation>
    </message>
    <message>
        <source>Replace the settings file?</source>
        <translation>Ersätta inställningsfilen?</translation>
    </message>
    <message>
        <source>A wrap-up time after each call: your presence shows wrap-up with a countdown, then goes back to what it was. Changes apply from your next call; turned off, a wrap-up under way ends now.</source>
        <translation>En efterarbetstid efter varje samtal: din närvaro visar efterarbete med nedräkning och återgår sedan till vad den var. Ändringar gäller från ditt nästa samtal; stängs det av slutar pågående efterarbete nu.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Ersätt den</translation>
    </message>
</context>
<context>
    <name>SignInFields</name>
    <message>
        <source>Enter your password</source>
        <translation>Ange ditt lösenord</translation>
    </message>
    <message>
        <source>An API key signs in to {systems} only; choose {system} as the phone system</source>
        <translation>En API-nyckel loggar bara in på {systems}; välj {system} som telefonsystem</translation>
    </message>
    <message>
        <source>another system</source>
        <translation>ett annat system</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>Send SMS to {recipientName}</source>
        <translation>Skicka SMS till {recipientName}</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Skicka SMS</translation>
    </message>
    <message>
        <source>Enter the number to send the SMS to</source>
        <translation>Ange numret som SMS:et ska skickas till</translation>
    </message>
    <message>
        <source>A feature code cannot receive an SMS; enter a phone number</source>
        <translation>En funktionskod kan inte ta emot SMS; ange ett telefonnummer</translation>
    </message>
    <message>
        <source>That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)</source>
        <translation>Det är för långt för att vara ett telefonnummer (högst {MAX_INPUT_LENGTH} tecken)</translation>
    </message>
    <message>
        <source>SMS recipient number</source>
        <translation>Mottagarens nummer för SMS</translation>
    </message>
    <message>
        <source>Mobile number, e.g. 070-123 45 67 or +46 70 123 45 67</source>
        <translation>Mobilnummer, t.ex. 070-123 45 67 eller +46 70 123 45 67</translation>
    </message>
    <message>
        <source>Why the number cannot get an SMS</source>
        <translation>Varför numret inte kan ta emot SMS</translation>
    </message>
    <message>
        <source>Where the SMS goes</source>
        <translation>Vart SMS:et skickas</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS-text</translation>
    </message>
    <message>
        <source>Write your message</source>
        <translation>Skriv ditt meddelande</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>SMS-längd</translation>
    </message>
    <message>
        <source>Why this SMS is sent as UCS-2</source>
        <translation>Varför det här SMS:et skickas som UCS-2</translation>
    </message>
    <message>
        <source>SMS error</source>
        <translation>SMS-fel</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS skickat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send the SMS</source>
        <translation>Skicka SMS:et</translation>
    </message>
    <message>
        <source>Send the SMS (Ctrl+Enter)</source>
        <translation>Skicka SMS:et (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>Sends to {name}, {target}</source>
        <translation>Skickas till {name}, {target}</translation>
    </message>
    <message>
        <source>Sends to {target}</source>
        <translation>Skickas till {target}</translation>
    </message>
    <message>
        <source>The character {character} is not in the GSM alphabet, so this SMS is sent as UCS-2: {per_part} characters a part instead of {gsm_per_part}</source>
        <translation>Tecknet {character} finns inte i GSM-alfabetet, så det här SMS:et skickas som UCS-2: {per_part} tecken per del i stället för {gsm_per_part}</translation>
    </message>
    <message>
        <source>Write the text of the SMS</source>
        <translation>Skriv SMS:ets text</translation>
    </message>
    <message>
        <source>{display} (your phone system adds the area and country code)</source>
        <translation>{display} (ditt telefonsystem lägger till riktnummer och landskod)</translation>
    </message>
    <message>
        <source>{units}/{per_part} characters · {max} SMS</source>
        <translation>{units}/{per_part} tecken · {max} SMS</translation>
    </message>
    <message>
        <source>{units} characters · {parts} SMS ({remaining} left in the last)</source>
        <translation>{units} tecken · {parts} SMS ({remaining} kvar i det sista)</translation>
    </message>
    <message>
        <source>SMS sent to {who}</source>
        <translation>SMS skickat till {who}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>the public API</source>
        <translation>det publika API:et</translation>
    </message>
    <message>
        <source>Unknown directory kind {kind!r}; use one of {join}</source>
        <translation>Okänd katalogtyp {kind!r}; använd någon av {join}</translation>
    </message>
    <message>
        <source>The {name} source</source>
        <translation>Källan {name}</translation>
    </message>
</context>
<context>
    <name>StaleWords</name>
    <message>
        <source>Your call history may be out of date</source>
        <translation>Din samtalshistorik kan vara inaktuell</translation>
    </message>
    <message>
        <source>Call forwarding may be out of date</source>
        <translation>Vidarekopplingen kan vara inaktuell</translation>
    </message>
    <message>
        <source>The group call log may be out of date</source>
        <translation>Gruppsamtalsloggen kan vara inaktuell</translation>
    </message>
    <message>
        <source>This may be out of date</source>
        <translation>Detta kan vara inaktuellt</translation>
    </message>
    <message>
        <source>Presence may be out of date</source>
        <translation>Närvaron kan vara inaktuell</translation>
    </message>
    <message>
        <source>Queue badges may be out of date</source>
        <translation>Kömärkena kan vara inaktuella</translation>
    </message>
    <message>
        <source>Who is on a call may be out of date</source>
        <translation>Vem som är i samtal kan vara inaktuellt</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Listen</source>
        <translation>Medlyssna</translation>
    </message>
    <message>
        <source>Listen in: you hear the agent and the caller; nobody hears you</source>
        <translation>Medlyssning: du hör agenten och uppringaren; ingen hör dig</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Viska</translation>
    </message>
    <message>
        <source>Whisper: you hear both; only the agent hears you</source>
        <translation>Viska: du hör båda; bara agenten hör dig</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Bryt in</translation>
    </message>
    <message>
        <source>Barge in: a three-way call; everyone hears you</source>
        <translation>Bryt in: ett trepartssamtal; alla hör dig</translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation>Intrång</translation>
    </message>
    <message>
        <source>Intrude: the phone system&apos;s intrusion into the call; everyone hears you</source>
        <translation>Intrång: telefonsystemets intrång i samtalet; alla hör dig</translation>
    </message>
    <message>
        <source>Supervise agents</source>
        <translation>Övervaka agenter</translation>
    </message>
    <message>
        <source>Agents you supervise</source>
        <translation>Agenter du övervakar</translation>
    </message>
    <message>
        <source>The agents of the groups you supervise; choose one, then Listen, Whisper or Barge in</source>
        <translation>Agenterna i grupperna du övervakar; välj en och sedan Medlyssna, Viska eller Bryt in</translation>
    </message>
    <message>
        <source>{value} ({value2}) is on a call: you may join it</source>
        <translation>{value} ({value2}) är i ett samtal: du kan ansluta till det</translation>
    </message>
    <message>
        <source>You are not a supervisor of any of your groups, so there is nobody to listen in on</source>
        <translation>Du är inte supervisor i någon av dina grupper, så det finns ingen att medlyssna hos</translation>
    </message>
    <message>
        <source>Your groups have no agents</source>
        <translation>Dina grupper har inga agenter</translation>
    </message>
    <message>
        <source>This account cannot make calls from here</source>
        <translation>Det här kontot kan inte ringa samtal härifrån</translation>
    </message>
    <message>
        <source>Joining the call…</source>
        <translation>Ansluter till samtalet…</translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Välj en agent</translation>
    </message>
    <message>
        <source>Could not read your groups&apos; agents</source>
        <translation>Det gick inte att läsa dina gruppers agenter</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <source>That agent is not one you supervise</source>
        <translation>Den agenten övervakar du inte</translation>
    </message>
    <message>
        <source>. Hang up in the call panel to leave.</source>
        <translation>. Lägg på i samtalspanelen för att lämna.</translation>
    </message>
    <message>
        <source>listening in on agents&apos; calls</source>
        <translation>medlyssning på agenters samtal</translation>
    </message>
    <message>
        <source>Supervising is off until the connection is live again ({describe})</source>
        <translation>Övervakning är avstängd tills anslutningen är aktiv igen ({describe})</translation>
    </message>
    <message>
        <source>Not on a call</source>
        <translation>Inte i samtal</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>{label} is not on a call</source>
        <translation>{label} är inte i samtal</translation>
    </message>
    <message>
        <source>Unknown way of joining a call: {mode!r}</source>
        <translation>Okänt sätt att ansluta till ett samtal: {mode!r}</translation>
    </message>
</context>
<context>
    <name>TelavoxErrors</name>
    <message>
        <source>Telavox no longer accepts this sign-in; please sign in again</source>
        <translation>Telavox godtar inte längre den här inloggningen; logga in igen</translation>
    </message>
    <message>
        <source>{feature} is not available with this Telavox account or token</source>
        <translation>{feature} är inte tillgänglig med det här Telavox-kontot eller denna token</translation>
    </message>
    <message>
        <source>{feature}: Telavox does not know this item (it may have ended or been removed)</source>
        <translation>{feature}: Telavox känner inte till det här objektet (det kan ha avslutats eller tagits bort)</translation>
    </message>
    <message>
        <source>{feature}: the state changed on the server; check it and try again</source>
        <translation>{feature}: statusen ändrades på servern; kontrollera den och försök igen</translation>
    </message>
    <message>
        <source>{feature}: Telavox refused the request</source>
        <translation>{feature}: Telavox avvisade begäran</translation>
    </message>
    <message>
        <source>{feature}: Telavox asks us to slow down; trying again shortly</source>
        <translation>{feature}: Telavox ber oss sakta ned; försöker igen om en stund</translation>
    </message>
    <message>
        <source>{feature}: the Telavox server had a problem (HTTP {status})</source>
        <translation>{feature}: Telavox-servern fick ett problem (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: Telavox refused the request (HTTP {status})</source>
        <translation>{feature}: Telavox avvisade begäran (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: Telavox gave an unexpected answer (HTTP {status})</source>
        <translation>{feature}: Telavox gav ett oväntat svar (HTTP {status})</translation>
    </message>
    <message>
        <source>Telavox could not be reached in time</source>
        <translation>Telavox kunde inte nås i tid</translation>
    </message>
    <message>
        <source>Telavox did not answer in time</source>
        <translation>Telavox svarade inte i tid</translation>
    </message>
    <message>
        <source>Could not connect to Telavox (check the network and the server address)</source>
        <translation>Det gick inte att ansluta till Telavox (kontrollera nätverket och serveradressen)</translation>
    </message>
    <message>
        <source>The connection to Telavox was lost</source>
        <translation>Anslutningen till Telavox bröts</translation>
    </message>
    <message>
        <source>The proxy refused the connection to Telavox</source>
        <translation>Proxyn avvisade anslutningen till Telavox</translation>
    </message>
    <message>
        <source>The Telavox server address is not a valid http(s) address</source>
        <translation>Telavox-serverns adress är inte en giltig http(s)-adress</translation>
    </message>
    <message>
        <source>Could not talk to Telavox</source>
        <translation>Det gick inte att kommunicera med Telavox</translation>
    </message>
    <message>
        <source>; the command may still have been carried out, so check your calls before trying again</source>
        <translation>; kommandot kan ändå ha utförts, så kontrollera dina samtal innan du försöker igen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CTI Desktop keeps running in the tray, so calls still reach you. Use Quit in its menu to stop it.</source>
        <translation>CTI Desktop fortsätter att köras i systemfältet, så samtal når dig fortfarande. Använd Avsluta i dess meny för att stänga den.</translation>
    </message>
    <message>
        <source>CTI Desktop</source>
        <translation>CTI Desktop</translation>
    </message>
    <message>
        <source>CTI Desktop tray menu</source>
        <translation>Meny för CTI Desktop i systemfältet</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Lägg på</translation>
    </message>
    <message>
        <source>&amp;Show CTI Desktop</source>
        <translation>&amp;Visa CTI Desktop</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation>Logga &amp;in i alla köer</translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation>Logga &amp;ut ur alla köer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Avslu&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Answer {caller}</source>
        <translation>&amp;Svara {caller}</translation>
    </message>
    <message>
        <source>CTI Desktop — call from {label}</source>
        <translation>CTI Desktop — samtal från {label}</translation>
    </message>
    <message>
        <source>CTI Desktop — {connectionText}</source>
        <translation>CTI Desktop — {connectionText}</translation>
    </message>
    <message>
        <source>CTI Desktop — {accountLabel}</source>
        <translation>CTI Desktop — {accountLabel}</translation>
    </message>
    <message numerus="yes">
        <source>{tooltip} — %n missed calls not seen yet</source>
        <translation>
            <numerusform>{tooltip} — %n missat samtal som inte setts än</numerusform>
            <numerusform>{tooltip} — %n missade samtal som inte setts än</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Queue trend chart</source>
        <translation>Trenddiagram för köer</translation>
    </message>
    <message>
        <source>Calls waiting and longest wait over the last hour for the selected queues (or the most urgent ones when none is selected)</source>
        <translation>Väntande samtal och längsta väntetid under den senaste timmen för de valda köerna (eller de mest brådskande när ingen är vald)</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Väntande samtal</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>Längsta väntetid (s)</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>Minuter sedan</translation>
    </message>
    <message>
        <source>Trend chart legend</source>
        <translation>Teckenförklaring för trenddiagram</translation>
    </message>
    <message>
        <source>No queues to chart yet</source>
        <translation>Inga köer att visa i diagrammet än</translation>
    </message>
    <message>
        <source>{queue} (solid)</source>
        <translation>{queue} (heldragen)</translation>
    </message>
    <message>
        <source>{queue} (dashed)</source>
        <translation>{queue} (streckad)</translation>
    </message>
</context>
<context>
    <name>UserPhoto</name>
    <message>
        <source>The photo must be a PNG or JPEG image</source>
        <translation>Fotot måste vara en PNG- eller JPEG-bild</translation>
    </message>
    <message>
        <source>The photo is empty</source>
        <translation>Fotot är tomt</translation>
    </message>
    <message>
        <source>The photo is larger than {value} KB; choose a smaller image</source>
        <translation>Fotot är större än {value} KB; välj en mindre bild</translation>
    </message>
</context>
<context>
    <name>Vendors</name>
    <message>
        <source>Existing &amp;ticket</source>
        <translation>Befintlig &amp;biljett</translation>
    </message>
    <message>
        <source>Paste a ticket created elsewhere, e.g. in the portal</source>
        <translation>Klistra in en biljett som skapats någon annanstans, t.ex. i portalen</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Biljett:</translation>
    </message>
    <message>
        <source>Paste the ticket</source>
        <translation>Klistra in biljetten</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Det här kontot</translation>
    </message>
    <message>
        <source>{vendor} has no {what}</source>
        <translation>{vendor} saknar {what}</translation>
    </message>
    <message>
        <source>{vendor} does not offer this</source>
        <translation>{vendor} erbjuder inte detta</translation>
    </message>
    <message>
        <source>{head} for this account</source>
        <translation>{head} för det här kontot</translation>
    </message>
    <message>
        <source>Unknown {what} {key!r}; this version supports: {join}</source>
        <translation>Okänt värde för {what}: {key!r}; den här versionen stöder: {join}</translation>
    </message>
    <message>
        <source>Unknown phone system {backend!r}; this version supports: {join}</source>
        <translation>Okänt telefonsystem {backend!r}; den här versionen stöder: {join}</translation>
    </message>
    <message>
        <source>The profile has no server address</source>
        <translation>Profilen har ingen serveradress</translation>
    </message>
    <message>
        <source>The profile has no user name</source>
        <translation>Profilen har inget användarnamn</translation>
    </message>
    <message>
        <source>A Dstny directory source needs its server, domain and user</source>
        <translation>En Dstny-katalogkälla behöver server, domän och användare</translation>
    </message>
    <message>
        <source>Dstny directory</source>
        <translation>Dstny-katalog</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://pbx.example.com</source>
        <translation>Ange serveradressen, t.ex. https://pbx.example.com</translation>
    </message>
    <message>
        <source>Enter the domain of your organisation, e.g. example.com</source>
        <translation>Ange din organisations domän, t.ex. example.com</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>Ange ditt användarnamn</translation>
    </message>
    <message>
        <source>Dstny needs your password or a ticket</source>
        <translation>Dstny behöver ditt lösenord eller en biljett</translation>
    </message>
    <message>
        <source>Missing account options: </source>
        <translation>Kontoalternativ saknas: </translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://pbx.example.com</source>
        <translation>https://pbx.example.com</translation>
    </message>
    <message>
        <source>The address of your phone system</source>
        <translation>Adressen till ditt telefonsystem</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domän:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain</source>
        <translation>Din organisations domän</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>anna</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>Your user name (without the domain)</source>
        <translation>Ditt användarnamn (utan domänen)</translation>
    </message>
    <message>
        <source>Your password is used once to create a sign-in ticket; it is never saved.</source>
        <translation>Ditt lösenord används en gång för att skapa en inloggningsbiljett; det sparas aldrig.</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>biljett</translation>
    </message>
    <message>
        <source>{what} needs the server address, e.g. https://pbx.example.com</source>
        <translation>{what} behöver serveradressen, t.ex. https://pbx.example.com</translation>
    </message>
    <message>
        <source>{what} needs the domain of your organisation, e.g. example.com</source>
        <translation>{what} behöver din organisations domän, t.ex. example.com</translation>
    </message>
    <message>
        <source>{what} needs your user name</source>
        <translation>{what} behöver ditt användarnamn</translation>
    </message>
    <message>
        <source>{what}&apos;s scopes setting: {exc}</source>
        <translation>Inställningen för behörigheter (scopes) för {what}: {exc}</translation>
    </message>
    <message>
        <source>A Telavox colleagues source needs its user name (or a token and server)</source>
        <translation>En Telavox-kollegakälla behöver sitt användarnamn (eller en token och server)</translation>
    </message>
    <message>
        <source>Enter the Telavox user name for the colleagues source</source>
        <translation>Ange Telavox-användarnamnet för kollegakällan</translation>
    </message>
    <message>
        <source>Telavox colleagues</source>
        <translation>Telavox-kollegor</translation>
    </message>
    <message>
        <source>Telavox rings your phone first; answer it there and the number is called.</source>
        <translation>Telavox ringer först upp din telefon; svara där så rings numret upp.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <source>Enter your Telavox user name (or sign in with a token)</source>
        <translation>Ange ditt Telavox-användarnamn (eller logga in med en token)</translation>
    </message>
    <message>
        <source>The Telavox CAPI accepts only a token: choose &quot;Token&quot; and paste it</source>
        <translation>Telavox CAPI godtar endast en token: välj &quot;Token&quot; och klistra in den</translation>
    </message>
    <message>
        <source>Missing account option: --user (or a token in CTI_DESKTOP_TICKET)</source>
        <translation>Kontoalternativ saknas: --user (eller en token i CTI_DESKTOP_TICKET)</translation>
    </message>
    <message>
        <source>https://api.telavox.se (leave empty for it)</source>
        <translation>https://api.telavox.se (lämna tomt för den)</translation>
    </message>
    <message>
        <source>The API address; leave empty for the public API</source>
        <translation>API-adressen; lämna tomt för det publika API:et</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>Your password or token is kept in the system keyring only, to sign in again when the Telavox session ends.</source>
        <translation>Ditt lösenord eller din token sparas endast i systemets nyckelring, för att logga in igen när Telavox-sessionen upphör.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Paste a token made in the Telavox portal (My Account → Manage tokens)</source>
        <translation>Klistra in en token som skapats i Telavox-portalen (My Account → Manage tokens)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Klistra in token</translation>
    </message>
    <message>
        <source>password or token</source>
        <translation>lösenord eller token</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Lösenord eller token</translation>
    </message>
    <message>
        <source>its API can only dial and hang up; answer and everything else on your phone</source>
        <translation>dess API kan bara ringa upp och lägga på; svara och allt annat görs på din telefon</translation>
    </message>
    <message>
        <source>its API has no queues to log in to</source>
        <translation>dess API har inga köer att logga in i</translation>
    </message>
    <message>
        <source>its API can only read presence; change it in the Telavox app</source>
        <translation>dess API kan bara läsa närvaro; ändra den i Telavox-appen</translation>
    </message>
    <message>
        <source>it keeps no seen/unseen mark on calls</source>
        <translation>den sparar ingen markering för sedda/osedda samtal</translation>
    </message>
    <message>
        <source>{what}: the Telavox API must be v1 or capi, not {api!r}</source>
        <translation>{what}: Telavox-API:et måste vara v1 eller capi, inte {api!r}</translation>
    </message>
    <message>
        <source>v1: user name and password, or a token. CAPI (the current API): a token only</source>
        <translation>v1: användarnamn och lösenord, eller en token. CAPI (det aktuella API:et): endast en token</translation>
    </message>
    <message>
        <source>Telavox API</source>
        <translation>Telavox-API</translation>
    </message>
    <message>
        <source>v1 (user and password, or a token)</source>
        <translation>v1 (användare och lösenord, eller en token)</translation>
    </message>
    <message>
        <source>CAPI (token only)</source>
        <translation>CAPI (endast token)</translation>
    </message>
    <message>
        <source>Voxloud contacts</source>
        <translation>Voxloud-kontakter</translation>
    </message>
    <message>
        <source>Voxloud rings your extension first (click-to-call); answer it there and the number is called.</source>
        <translation>Voxloud ringer först upp din anknytning (klicka-för-att-ringa); svara där så rings numret upp.</translation>
    </message>
    <message>
        <source>The webhook port must be between 0 and 65535 (0: any free port)</source>
        <translation>Webhook-porten måste vara mellan 0 och 65535 (0: valfri ledig port)</translation>
    </message>
    <message>
        <source>https://developer.voxloud.com/api (leave empty for it)</source>
        <translation>https://developer.voxloud.com/api (lämna tomt för den)</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Anknytning:</translation>
    </message>
    <message>
        <source>101</source>
        <translation>101</translation>
    </message>
    <message>
        <source>Your extension number in Voxloud (calls of other extensions are not shown)</source>
        <translation>Ditt anknytningsnummer i Voxloud (andra anknytningars samtal visas inte)</translation>
    </message>
    <message>
        <source>Webhook p&amp;ort:</source>
        <translation>Webhook-p&amp;ort:</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>P&amp;ublik URL:</translation>
    </message>
    <message>
        <source>https://my-tunnel.example (optional)</source>
        <translation>https://my-tunnel.example (valfritt)</translation>
    </message>
    <message>
        <source>The address Voxloud reaches this computer at (a tunnel or reverse proxy)</source>
        <translation>Adressen som Voxloud når den här datorn på (en tunnel eller omvänd proxy)</translation>
    </message>
    <message>
        <source>The API key is checked with Voxloud first, then kept in the system keyring only.</source>
        <translation>API-nyckeln kontrolleras först med Voxloud och sparas sedan endast i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Paste the Voxloud API key</source>
        <translation>Klistra in Voxloud-API-nyckeln</translation>
    </message>
    <message>
        <source>The company API key (Voxloud admin portal → API); checked, then kept in the keyring</source>
        <translation>Företagets API-nyckel (Voxloud-adminportalen → API); kontrolleras och sparas sedan i nyckelringen</translation>
    </message>
    <message>
        <source>Voxloud signs in with the company API key (Voxloud admin portal → API)</source>
        <translation>Voxloud loggar in med företagets API-nyckel (Voxloud-adminportalen → API)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>its API can only start calls (by click-to-call); answer, hang up and the rest on your phone</source>
        <translation>dess API kan bara starta samtal (via klicka-för-att-ringa); svara, lägg på och resten görs på din telefon</translation>
    </message>
    <message>
        <source>its API has no presence</source>
        <translation>dess API har ingen närvaro</translation>
    </message>
    <message>
        <source>its API cannot send SMS</source>
        <translation>dess API kan inte skicka SMS</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Webhook-port</translation>
    </message>
    <message>
        <source>The local port Voxloud&apos;s call notifications arrive at (0: any free port)</source>
        <translation>Den lokala port som Voxlouds samtalsaviseringar kommer till (0: valfri ledig port)</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Publik URL</translation>
    </message>
    <message>
        <source>The public URL cannot be used: {exc}</source>
        <translation>Den publika URL:en kan inte användas: {exc}</translation>
    </message>
</context>
<context>
    <name>VoicemailSettings</name>
    <message>
        <source>Callers may leave a voicemail</source>
        <translation>Uppringare får lämna ett röstmeddelande</translation>
    </message>
    <message>
        <source>Callers may skip the voicemail greeting</source>
        <translation>Uppringare får hoppa över röstbrevlådans hälsning</translation>
    </message>
    <message>
        <source>The greeting says what I am doing (my presence)</source>
        <translation>Hälsningen säger vad jag gör (min närvaro)</translation>
    </message>
    <message>
        <source>The greeting says when I am back</source>
        <translation>Hälsningen säger när jag är tillbaka</translation>
    </message>
    <message>
        <source>The greeting offers to reach a person</source>
        <translation>Hälsningen erbjuder att nå en person</translation>
    </message>
    <message>
        <source>Number that reaches a person</source>
        <translation>Nummer som når en person</translation>
    </message>
    <message>
        <source>Tell me of new voicemail by SMS</source>
        <translation>Meddela mig om nya röstmeddelanden via SMS</translation>
    </message>
    <message>
        <source>Tell me of new voicemail by email</source>
        <translation>Meddela mig om nya röstmeddelanden via e-post</translation>
    </message>
    <message>
        <source>Attach the message to the email</source>
        <translation>Bifoga meddelandet i e-postmeddelandet</translation>
    </message>
    <message>
        <source>SMS when my voicemail box is nearly full</source>
        <translation>SMS när min röstbrevlåda är nästan full</translation>
    </message>
    <message>
        <source>Email when my voicemail box is nearly full</source>
        <translation>E-post när min röstbrevlåda är nästan full</translation>
    </message>
    <message>
        <source>Messages may be downloaded in the mobile app</source>
        <translation>Meddelanden får laddas ned i mobilappen</translation>
    </message>
    <message>
        <source>Offer to call back who left a message</source>
        <translation>Erbjud att ringa tillbaka den som lämnade ett meddelande</translation>
    </message>
    <message>
        <source>Voicemail settings</source>
        <translation>Inställningar för röstbrevlåda</translation>
    </message>
    <message>
        <source>Reading your voicemail settings…</source>
        <translation>Läser dina inställningar för röstbrevlåda…</translation>
    </message>
    <message>
        <source>Voicemail settings error</source>
        <translation>Fel i inställningar för röstbrevlåda</translation>
    </message>
    <message>
        <source>The server did not say this setting</source>
        <translation>Servern angav inte den här inställningen</translation>
    </message>
    <message>
        <source>Voicemail settings saved</source>
        <translation>Inställningarna för röstbrevlåda har sparats</translation>
    </message>
    <message>
        <source>This account has no voicemail settings</source>
        <translation>Det här kontot har inga inställningar för röstbrevlåda</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Inget ändrades</translation>
    </message>
    <message>
        <source>Voicemail settings: there is no setting {name!r}</source>
        <translation>Inställningar för röstbrevlåda: det finns ingen inställning {name!r}</translation>
    </message>
    <message>
        <source>Could not read your voicemail settings</source>
        <translation>Det gick inte att läsa dina inställningar för röstbrevlåda</translation>
    </message>
</context>
<context>
    <name>Wake</name>
    <message>
        <source>the computer woke from sleep</source>
        <translation>datorn vaknade ur viloläge</translation>
    </message>
    <message>
        <source>the app was not running for a while</source>
        <translation>appen kördes inte på ett tag</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Queue wallboard</source>
        <translation>Wallboard för köer</translation>
    </message>
    <message>
        <source>Filter queues (name, number, level)…</source>
        <translation>Filtrera köer (namn, nummer, nivå)…</translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation>Filtrera köer</translation>
    </message>
    <message>
        <source>Show only the queues whose name or number contains this text (Ctrl+F)</source>
        <translation>Visa bara köer vars namn eller nummer innehåller den här texten (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort queues by</source>
        <translation>Sortera köer efter</translation>
    </message>
    <message>
        <source>Order of the tiles</source>
        <translation>Rutornas ordning</translation>
    </message>
    <message>
        <source>Sort: {label}</source>
        <translation>Sortering: {label}</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>TV-läge</translation>
    </message>
    <message>
        <source>Full screen, large type, most urgent queues first (F11; Esc leaves)</source>
        <translation>Helskärm, stor text, mest brådskande köer först (F11; Esc avslutar)</translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation>Antal köer</translation>
    </message>
    <message>
        <source>Queues shown, and how many are at warning or critical level</source>
        <translation>Köer som visas, och hur många som är på varnings- eller kritisk nivå</translation>
    </message>
    <message>
        <source>Live data status</source>
        <translation>Status för realtidsdata</translation>
    </message>
    <message>
        <source>Whether the live queue statistics are connected</source>
        <translation>Om köstatistiken i realtid är ansluten</translation>
    </message>
    <message>
        <source>Wallboard message</source>
        <translation>Wallboard-meddelande</translation>
    </message>
    <message>
        <source>Organisation totals</source>
        <translation>Totaler för organisationen</translation>
    </message>
    <message>
        <source>Queue detail</source>
        <translation>Ködetalj</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Read this queue again</source>
        <translation>Läs in den här kön igen</translation>
    </message>
    <message>
        <source>Read this queue&apos;s figures from the phone system now</source>
        <translation>Läs in den här köns siffror från telefonsystemet nu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the queue detail</source>
        <translation>Stäng ködetaljen</translation>
    </message>
    <message>
        <source>Queue tiles</source>
        <translation>Körutor</translation>
    </message>
    <message>
        <source>One tile per queue; select tiles to chart them; double-click (or Enter) reads one queue&apos;s figures now</source>
        <translation>En ruta per kö; markera rutor för att visa dem i diagrammet; dubbelklicka (eller Enter) för att läsa in en kös siffror nu</translation>
    </message>
    <message>
        <source>Every queue of the organisation, read on its own</source>
        <translation>Varje kö i organisationen, inläst var för sig</translation>
    </message>
    <message>
        <source>{queueCount} queues · {warningCount} warning · {criticalCount} critical</source>
        <translation>{queueCount} köer · {warningCount} i varning · {criticalCount} kritiska</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Väntande samtal</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s totals…</source>
        <translation>Läser in organisationens totaler…</translation>
    </message>
    <message>
        <source>organisation-wide queue totals</source>
        <translation>kötotaler för hela organisationen</translation>
    </message>
    <message>
        <source>{name} is critical: {why}</source>
        <translation>{name} är kritisk: {why}</translation>
    </message>
</context>
<context>
    <name>WallboardFollow</name>
    <message>
        <source>Not available</source>
        <translation>Inte tillgängligt</translation>
    </message>
    <message>
        <source>This server offers no queue statistics.</source>
        <translation>Den här servern erbjuder ingen köstatistik.</translation>
    </message>
    <message>
        <source>Queue statistics are not available with this account.</source>
        <translation>Köstatistik är inte tillgänglig med det här kontot.</translation>
    </message>
</context>
<context>
    <name>WallboardReads</name>
    <message>
        <source>single-queue reads</source>
        <translation>inläsning av enskilda köer</translation>
    </message>
    <message>
        <source>The organisation&apos;s totals are not available with this account.</source>
        <translation>Organisationens totaler är inte tillgängliga med det här kontot.</translation>
    </message>
    <message>
        <source>The phone system does not know this queue any more.</source>
        <translation>Telefonsystemet känner inte längre till den här kön.</translation>
    </message>
    <message>
        <source>Reading {queue_name}…</source>
        <translation>Läser in {queue_name}…</translation>
    </message>
    <message>
        <source>Organisation totals may be out of date: {exc}</source>
        <translation>Organisationens totaler kan vara inaktuella: {exc}</translation>
    </message>
    <message>
        <source>Could not read this queue: {exc}</source>
        <translation>Det gick inte att läsa in den här kön: {exc}</translation>
    </message>
</context>
<context>
    <name>WallboardTiles</name>
    <message>
        <source>✔ Normal</source>
        <translation>✔ Normal</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Varning</translation>
    </message>
    <message>
        <source>■ CRITICAL</source>
        <translation>■ KRITISK</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>längsta väntetid</translation>
    </message>
    <message>
        <source>Average wait {average} · Last wait {last}</source>
        <translation>Genomsnittlig väntetid {average} · Senaste väntetid {last}</translation>
    </message>
    <message>
        <source>Period: {words}</source>
        <translation>Period: {words}</translation>
    </message>
    <message>
        <source>24 h: {words}</source>
        <translation>24 h: {words}</translation>
    </message>
    <message>
        <source>Answer rate {rate}</source>
        <translation>Svarsfrekvens {rate}</translation>
    </message>
    <message>
        <source>Agents {logged_in} logged in · {free} free</source>
        <translation>Agenter {logged_in} inloggade · {free} lediga</translation>
    </message>
    <message>
        <source>{waiting} waiting · longest wait {longest}</source>
        <translation>{waiting} väntar · längsta väntetid {longest}</translation>
    </message>
    <message>
        <source>{name}: {level_label}, {waiting} waiting</source>
        <translation>{name}: {level_label}, {waiting} väntar</translation>
    </message>
</context>
<context>
    <name>WallboardTvLayout</name>
    <message>
        <source>Leave TV mode (Esc)</source>
        <translation>Lämna TV-läge (Esc)</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>TV-läge</translation>
    </message>
</context>
<context>
    <name>WallboardWords</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message numerus="yes">
        <source>%n queue</source>
        <translation>
            <numerusform>%n kö</numerusform>
            <numerusform>%n köer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queues</source>
        <translation>
            <numerusform>%n kö</numerusform>
            <numerusform>%n köer</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Answered {answered} · Dropped {dropped} · Total {total}</source>
        <translation>Besvarade {answered} · Avbrutna {dropped} · Totalt {total}</translation>
    </message>
    <message>
        <source>Whole organisation: {queues} · {waiting} waiting · longest wait {longest} · {logged_in} agents logged in, {free} free · 24 h: {counts} · answer rate {rate}</source>
        <translation>Hela organisationen: {queues} · {waiting} väntar · längsta väntetid {longest} · {logged_in} agenter inloggade, {free} lediga · 24 h: {counts} · svarsfrekvens {rate}</translation>
    </message>
    <message>
        <source>{name}{number}: {waiting} waiting, longest wait {longest}, average {average}, last {last}; {logged_in} agents logged in, {free} free</source>
        <translation>{name}{number}: {waiting} väntar, längsta väntetid {longest}, genomsnitt {average}, senaste {last}; {logged_in} agenter inloggade, {free} lediga</translation>
    </message>
    <message>
        <source>{waiting} waiting, longest wait {longest}</source>
        <translation>{waiting} väntar, längsta väntetid {longest}</translation>
    </message>
    <message numerus="yes">
        <source>%n queues became critical</source>
        <translation>
            <numerusform>%n kö blev kritisk</numerusform>
            <numerusform>%n köer blev kritiska</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>; this period {period}; 24 h {day}.</source>
        <translation>; denna period {period}; 24 h {day}.</translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation>{waiting} väntar</translation>
    </message>
    <message>
        <source>longest wait {longest_text}</source>
        <translation>längsta väntetid {longest_text}</translation>
    </message>
    <message>
        <source>average {average_text}</source>
        <translation>genomsnitt {average_text}</translation>
    </message>
    <message>
        <source>last {last_text}</source>
        <translation>senaste {last_text}</translation>
    </message>
    <message>
        <source>this period {period_words} (24 h {day_words})</source>
        <translation>denna period {period_words} (24 h {day_words})</translation>
    </message>
    <message>
        <source>answer rate {answer_rate_text}</source>
        <translation>svarsfrekvens {answer_rate_text}</translation>
    </message>
    <message>
        <source>{logged_in} agents logged in, {free} free</source>
        <translation>{logged_in} agenter inloggade, {free} lediga</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} och %n till</numerusform>
            <numerusform>{names} och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>data {age} old</source>
        <translation>data {age} gamla</translation>
    </message>
    <message>
        <source>Queue critical: {name}</source>
        <translation>Kö kritisk: {name}</translation>
    </message>
</context>
<context>
    <name>WebhookSettings</name>
    <message>
        <source>{heading} webhooks</source>
        <translation>Webhooks för {heading}</translation>
    </message>
    <message>
        <source>{heading} webhook subscriptions</source>
        <translation>Webhook-prenumerationer för {heading}</translation>
    </message>
    <message>
        <source>Delete the chosen subscription at {vendor}</source>
        <translation>Ta bort den valda prenumerationen hos {vendor}</translation>
    </message>
    <message>
        <source>Read the subscriptions from {vendor} again</source>
        <translation>Läs in prenumerationerna från {vendor} igen</translation>
    </message>
    <message>
        <source>{heading} tells this desktop about calls through webhook subscriptions. This desktop receives them at: {callbackUrl}</source>
        <translation>{heading} informerar den här datorn om samtal via webhook-prenumerationer. Den här datorn tar emot dem på: {callbackUrl}</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Mottagaradress</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Prenumerationer</translation>
    </message>
    <message>
        <source>Every webhook subscription of the company&apos;s {vendor} account</source>
        <translation>Alla webhook-prenumerationer för företagets {vendor}-konto</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Läser in prenumerationerna…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Subscribe this desktop</source>
        <translation>Prenumerera för den här datorn</translation>
    </message>
    <message>
        <source>Create (or re-enable) CALL_INCOMING, CALL_ANSWERED and CALL_HANGUP subscriptions that deliver to this desktop</source>
        <translation>Skapa (eller återaktivera) prenumerationer på CALL_INCOMING, CALL_ANSWERED och CALL_HANGUP som levereras till den här datorn</translation>
    </message>
    <message>
        <source>Stop or resume deliveries of the chosen subscription</source>
        <translation>Stoppa eller återuppta leveranser för den valda prenumerationen</translation>
    </message>
    <message>
        <source>Deliver here</source>
        <translation>Leverera hit</translation>
    </message>
    <message>
        <source>Change the chosen subscription&apos;s address to this desktop&apos;s receiver and enable it</source>
        <translation>Ändra den valda prenumerationens adress till den här datorns mottagare och aktivera den</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Stäng det här fönstret</translation>
    </message>
    <message>
        <source>Webhook status</source>
        <translation>Webhook-status</translation>
    </message>
    <message>
        <source>Webhook error</source>
        <translation>Webhook-fel</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>the phone system</source>
        <translation>telefonsystemet</translation>
    </message>
    <message>
        <source>That webhook subscription is no longer there; the list was read again</source>
        <translation>Den webhook-prenumerationen finns inte längre; listan har lästs in igen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiverad</translation>
    </message>
    <message>
        <source>No call-notification receiver runs for this account (it uses {vendor} for contacts only), so there is no address to subscribe</source>
        <translation>Ingen mottagare för samtalsaviseringar körs för det här kontot (det använder {vendor} endast för kontakter), så det finns ingen adress att prenumerera på</translation>
    </message>
    <message>
        <source>Disabled after {failed_count} failed deliveries</source>
        <translation>Inaktiverad efter {failed_count} misslyckade leveranser</translation>
    </message>
    <message>
        <source>Enabled, {failed_count} failed deliveries</source>
        <translation>Aktiverad, {failed_count} misslyckade leveranser</translation>
    </message>
    <message>
        <source>Choose one of {join}</source>
        <translation>Välj en av {join}</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Inaktivera</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s); {mine} enabled for this desktop</source>
        <translation>
            <numerusform>%n prenumeration; {mine} aktiverade för den här datorn</numerusform>
            <numerusform>%n prenumerationer; {mine} aktiverade för den här datorn</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete subscription</source>
        <translation>Ta bort prenumeration</translation>
    </message>
    <message>
        <source>Delete the {event} subscription to {url}? {Vendor} stops delivering those notifications there.</source>
        <translation>Ta bort prenumerationen på {event} till {url}? {Vendor} slutar leverera dessa aviseringar dit.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Bekräfta borttagning</translation>
    </message>
</context>
</TS>
