<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Caller name</source>
        <translation>Nome del chiamante</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Stato della chiamata</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durata della chiamata</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Numero del chiamante</translation>
    </message>
    <message>
        <source>Caller company</source>
        <translation>Azienda del chiamante</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Arrivata tramite</translation>
    </message>
    <message>
        <source>Muted badge</source>
        <translation>Indicatore microfono disattivato</translation>
    </message>
    <message>
        <source>Recording badge</source>
        <translation>Indicatore registrazione</translation>
    </message>
    <message>
        <source>Call event</source>
        <translation>Evento di chiamata</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Errore di chiamata</translation>
    </message>
    <message>
        <source>Send SMS to the caller</source>
        <translation>Invia SMS al chiamante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Call control unavailable</source>
        <translation>Controllo chiamate non disponibile</translation>
    </message>
    <message>
        <source>Call panel error</source>
        <translation>Errore del pannello chiamate</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <source>What this account can do with calls</source>
        <translation>Cosa può fare questo account con le chiamate</translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation>Trasferisci come</translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation>Trasferisci dal mio cellulare</translation>
    </message>
    <message>
        <source>Mobile transfer status</source>
        <translation>Stato del trasferimento dal cellulare</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Annulla trasferimento</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Indirizzo di origine</translation>
    </message>
    <message>
        <source>Source domain</source>
        <translation>Dominio di origine</translation>
    </message>
    <message>
        <source>Source user</source>
        <translation>Utente di origine</translation>
    </message>
    <message>
        <source>Source secret</source>
        <translation>Segreto di origine</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>Nota di supervisione</translation>
    </message>
    <message>
        <source>Why supervising is off</source>
        <translation>Perché la supervisione è disattivata</translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation>Avviso di supervisione</translation>
    </message>
    <message>
        <source>Supervision error</source>
        <translation>Errore di supervisione</translation>
    </message>
    <message>
        <source>Supervision list may be old</source>
        <translation>L&apos;elenco di supervisione potrebbe non essere aggiornato</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>After-call work</source>
        <translation>Lavoro post-chiamata</translation>
    </message>
    <message>
        <source>After-call work: your presence shows you are wrapping up your last call, and goes back to what it was when the countdown ends or you press Ready</source>
        <translation>Lavoro post-chiamata: la Sua presenza indica che sta completando l&apos;ultima chiamata e torna allo stato precedente al termine del conto alla rovescia o quando preme Pronto</translation>
    </message>
    <message>
        <source>+{extendSeconds} s</source>
        <translation>+{extendSeconds} s</translation>
    </message>
    <message>
        <source>Extend wrap-up by {extendSeconds} seconds</source>
        <translation>Estendi il post-chiamata di {extendSeconds} secondi</translation>
    </message>
    <message>
        <source>More time to wrap up: {extendSeconds} seconds</source>
        <translation>Più tempo per il post-chiamata: {extendSeconds} secondi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>your presence</source>
        <translation>la Sua presenza</translation>
    </message>
    <message>
        <source>[after_call] is not a table</source>
        <translation>[after_call] non è una tabella</translation>
    </message>
    <message>
        <source>[after_call] max_seconds must be at least seconds</source>
        <translation>[after_call] max_seconds deve essere almeno pari a seconds</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name} (non disponibile)</translation>
    </message>
    <message>
        <source>[after_call] has no setting {value!r} (known: {join})</source>
        <translation>[after_call] non ha l&apos;impostazione {value!r} (note: {join})</translation>
    </message>
    <message>
        <source>[after_call] scope must be one of {join}, not {scope!r}</source>
        <translation>[after_call] scope deve essere uno tra {join}, non {scope!r}</translation>
    </message>
    <message>
        <source>Your presence was changed during wrap-up; it is left as it is</source>
        <translation>La Sua presenza è stata modificata durante il post-chiamata; viene lasciata invariata</translation>
    </message>
    <message>
        <source>Wrap-up did not start: your presence could not be changed ({reason})</source>
        <translation>Il post-chiamata non è iniziato: impossibile modificare la Sua presenza ({reason})</translation>
    </message>
    <message>
        <source>Your presence could not be set back to {describe} ({reason}); set it yourself</source>
        <translation>Impossibile ripristinare la Sua presenza a {describe} ({reason}); la imposti manualmente</translation>
    </message>
    <message>
        <source>[after_call] {name} must be true or false</source>
        <translation>[after_call] {name} deve essere true o false</translation>
    </message>
    <message>
        <source>[after_call] {name} must be a whole number of seconds, 1 to 3600</source>
        <translation>[after_call] {name} deve essere un numero intero di secondi, da 1 a 3600</translation>
    </message>
    <message>
        <source>[after_call] {name} must be text</source>
        <translation>[after_call] {name} deve essere un testo</translation>
    </message>
    <message>
        <source>Ready: end wrap-up now</source>
        <translation>Pronto: termina ora il post-chiamata</translation>
    </message>
    <message>
        <source>End wrap-up now and put your presence back</source>
        <translation>Termina ora il post-chiamata e ripristina la presenza</translation>
    </message>
    <message>
        <source>Dismiss the after-call message</source>
        <translation>Chiudi il messaggio post-chiamata</translation>
    </message>
    <message>
        <source>No wrap-up</source>
        <translation>Nessun post-chiamata</translation>
    </message>
    <message>
        <source>Starting wrap-up…</source>
        <translation>Avvio del post-chiamata…</translation>
    </message>
    <message>
        <source>Ending wrap-up…</source>
        <translation>Chiusura del post-chiamata…</translation>
    </message>
    <message>
        <source>Wrap-up {get_countdown}</source>
        <translation>Post-chiamata {get_countdown}</translation>
    </message>
    <message>
        <source>Wrap-up waits for your call ({get_countdown} left)</source>
        <translation>Il post-chiamata attende la fine della chiamata ({get_countdown} rimanenti)</translation>
    </message>
</context>
<context>
    <name>AnywhereSettings</name>
    <message>
        <source>On Windows and macOS, start at login is the installer&apos;s option (Windows: a Run entry; macOS: a LaunchAgent).</source>
        <translation>Su Windows e macOS l&apos;avvio all&apos;accesso è un&apos;opzione del programma di installazione (Windows: una voce Run; macOS: un LaunchAgent).</translation>
    </message>
    <message>
        <source>Not saved: a global shortcut to change first.</source>
        <translation>Non salvato: prima occorre modificare una scorciatoia globale.</translation>
    </message>
    <message>
        <source>Start at login: {reason}</source>
        <translation>Avvio all&apos;accesso: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The program&apos;s path has a control character; it cannot be started at login</source>
        <translation>Il percorso del programma contiene un carattere di controllo; non può essere avviato all&apos;accesso</translation>
    </message>
    <message>
        <source>There is no program to start at login</source>
        <translation>Non c&apos;è alcun programma da avviare all&apos;accesso</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}</source>
        <translation>Impossibile rimuovere {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BusyElsewhere</name>
    <message>
        <source>Busy elsewhere</source>
        <translation>Occupato altrove</translation>
    </message>
    <message>
        <source>Busy with work outside the phone system: queues pass you by and colleagues see your line busy until the time, or until you clear it</source>
        <translation>Occupato con attività al di fuori del sistema telefonico: le code La saltano e i colleghi vedono la Sua linea occupata fino all&apos;orario indicato o finché non rimuove lo stato</translation>
    </message>
    <message>
        <source>Busy elsewhere for</source>
        <translation>Occupato altrove per</translation>
    </message>
    <message>
        <source>Mark &amp;busy</source>
        <translation>Segna come &amp;occupato</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Mark &amp;busy again</source>
        <translation>Segna di nuovo come &amp;occupato</translation>
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
        <translation>Non segnato come occupato</translation>
    </message>
    <message>
        <source>Busy elsewhere until {strftime}</source>
        <translation>Occupato altrove fino alle {strftime}</translation>
    </message>
    <message>
        <source>This phone system offers no busy-elsewhere mark</source>
        <translation>Questo sistema telefonico non offre lo stato di occupato altrove</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} hours</source>
        <translation>Scelga tra 1 minuto e {value} ore</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Conference participants</source>
        <translation>Partecipanti alla conferenza</translation>
    </message>
    <message>
        <source>SMS…</source>
        <translation>SMS…</translation>
    </message>
    <message>
        <source>Write an SMS to the other party of this call</source>
        <translation>Scrivi un SMS all&apos;altro interlocutore di questa chiamata</translation>
    </message>
    <message>
        <source>{duration} seconds</source>
        <translation>{duration} secondi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>tramite {via}</translation>
    </message>
    <message>
        <source>Remove {value} from the conference</source>
        <translation>Rimuovi {value} dalla conferenza</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Rimuovi {name}</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Microfono disattivato</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Composizione…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Recording stopped: save or discard it</source>
        <translation>Registrazione interrotta: la salvi o la elimini</translation>
    </message>
    <message>
        <source>This account cannot control calls from here</source>
        <translation>Questo account non può controllare le chiamate da qui</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Squilla</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Chiamata in corso…</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>In conferenza</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connessa</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Conference ({count} participants)</source>
        <translation>Conferenza ({count} partecipanti)</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Registrazione in pausa</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Call buttons are off until the connection is live again ({describe}); the calls shown may be out of date</source>
        <translation>I pulsanti di chiamata sono disattivati finché la connessione non sarà di nuovo attiva ({describe}); le chiamate visualizzate potrebbero non essere aggiornate</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>Participant {value}</source>
        <translation>Partecipante {value}</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>Keypad tones may only be 0–9, A–D, # and * (at most 32 at once)</source>
        <translation>I toni della tastiera possono essere solo 0–9, A–D, # e * (al massimo 32 alla volta)</translation>
    </message>
    <message>
        <source>choose another of your devices</source>
        <translation>scelga un altro dei Suoi dispositivi</translation>
    </message>
    <message>
        <source>{what}: that call has already ended</source>
        <translation>{what}: la chiamata è già terminata</translation>
    </message>
    <message>
        <source>{what} is not possible on this call right now</source>
        <translation>{what} non è possibile su questa chiamata al momento</translation>
    </message>
    <message>
        <source>{what}: choose one of your other calls</source>
        <translation>{what}: scelga una delle Sue altre chiamate</translation>
    </message>
    <message>
        <source>Transfer: unknown kind of transfer {variant!r}</source>
        <translation>Trasferimento: tipo di trasferimento sconosciuto {variant!r}</translation>
    </message>
    <message>
        <source>{what}: that person is no longer in the conference</source>
        <translation>{what}: la persona non è più nella conferenza</translation>
    </message>
    <message>
        <source>Recording: unknown command {step!r}</source>
        <translation>Registrazione: comando sconosciuto {step!r}</translation>
    </message>
    <message>
        <source>the call cannot be answered on {device_name}</source>
        <translation>impossibile rispondere alla chiamata su {device_name}</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Clear {lower}</source>
        <translation>Cancella {lower}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>{name} choices</source>
        <translation>Opzioni di {name}</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Call history</source>
        <translation>Cronologia chiamate</translation>
    </message>
    <message>
        <source>Call history filter</source>
        <translation>Filtro della cronologia chiamate</translation>
    </message>
    <message>
        <source>Show everything, or only missed, incoming or outgoing calls, or voicemails and recordings</source>
        <translation>Mostra tutto, oppure solo le chiamate perse, in arrivo o in uscita, oppure i messaggi vocali e le registrazioni</translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation>Errore della cronologia chiamate</translation>
    </message>
    <message>
        <source>Call history refresh status</source>
        <translation>Stato di aggiornamento della cronologia chiamate</translation>
    </message>
    <message>
        <source>Call history notice</source>
        <translation>Avviso della cronologia chiamate</translation>
    </message>
    <message>
        <source>Loading your call history…</source>
        <translation>Caricamento della cronologia chiamate…</translation>
    </message>
    <message>
        <source>Call history status</source>
        <translation>Stato della cronologia chiamate</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Your calls and messages, newest first; unseen missed calls and unplayed messages in bold. Enter calls back</source>
        <translation>Le Sue chiamate e i Suoi messaggi, dai più recenti; chiamate perse non viste e messaggi non ascoltati in grassetto. Enter per richiamare</translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation>&amp;Richiama</translation>
    </message>
    <message>
        <source>Call back the selected call</source>
        <translation>Richiama la chiamata selezionata</translation>
    </message>
    <message>
        <source>Call the selected number back from your softphone (Enter)</source>
        <translation>Richiama il numero selezionato dal softphone (Enter)</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>Invia S&amp;MS…</translation>
    </message>
    <message>
        <source>Send an SMS to the selected call&apos;s number</source>
        <translation>Invia un SMS al numero della chiamata selezionata</translation>
    </message>
    <message>
        <source>Write an SMS to the number of the selected call</source>
        <translation>Scrivi un SMS al numero della chiamata selezionata</translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation>Segna come &amp;vista</translation>
    </message>
    <message>
        <source>Mark the selected missed call seen</source>
        <translation>Segna come vista la chiamata persa selezionata</translation>
    </message>
    <message>
        <source>Tell the server you have seen the selected missed call</source>
        <translation>Comunica al server che ha visto la chiamata persa selezionata</translation>
    </message>
    <message>
        <source>Mark &amp;all seen</source>
        <translation>Segna &amp;tutte come viste</translation>
    </message>
    <message>
        <source>Mark all missed calls seen</source>
        <translation>Segna tutte le chiamate perse come viste</translation>
    </message>
    <message>
        <source>Mark every unseen missed call as seen</source>
        <translation>Segna come viste tutte le chiamate perse non viste</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Ascolta</translation>
    </message>
    <message>
        <source>Listen to the selected message</source>
        <translation>Ascolta il messaggio selezionato</translation>
    </message>
    <message>
        <source>Open the selected voicemail or recording in your browser (web links only)</source>
        <translation>Apri il messaggio vocale o la registrazione selezionati nel browser (solo link web)</translation>
    </message>
    <message>
        <source>Mark &amp;played</source>
        <translation>Segna come ascoltat&amp;o</translation>
    </message>
    <message>
        <source>Mark the selected message played</source>
        <translation>Segna come ascoltato il messaggio selezionato</translation>
    </message>
    <message>
        <source>Tell the server you have listened to the selected voicemail or recording</source>
        <translation>Comunica al server che ha ascoltato il messaggio vocale o la registrazione selezionati</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Elimina gli elementi selezionati</translation>
    </message>
    <message>
        <source>Delete the selected calls and recordings from your history; voicemails go to the trash, with an Undo for a while (Delete)</source>
        <translation>Elimina dalla cronologia le chiamate e le registrazioni selezionate; i messaggi vocali vanno nel cestino, con la possibilità di annullare per qualche tempo (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Undo the delete: move the voicemails back to the inbox</source>
        <translation>Annulla l&apos;eliminazione: riporta i messaggi vocali nella posta in arrivo</translation>
    </message>
    <message>
        <source>Move the voicemails you just deleted back from the trash (Ctrl+Z)</source>
        <translation>Riporta dal cestino i messaggi vocali appena eliminati (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Voicemail se&amp;ttings…</source>
        <translation>Impostazioni &amp;segreteria…</translation>
    </message>
    <message>
        <source>Voicemail settings</source>
        <translation>Impostazioni della segreteria telefonica</translation>
    </message>
    <message>
        <source>See and change how your voicemail works</source>
        <translation>Visualizza e modifica il funzionamento della segreteria telefonica</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail or recording</source>
        <translation>Apri il messaggio vocale o la registrazione della chiamata selezionata</translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail, recording or other link in the browser</source>
        <translation>Apri nel browser il messaggio vocale, la registrazione o un altro link della chiamata selezionata</translation>
    </message>
    <message>
        <source>Links of the selected call</source>
        <translation>Link della chiamata selezionata</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Refresh the call history</source>
        <translation>Aggiorna la cronologia chiamate</translation>
    </message>
    <message>
        <source>Read your call history from the server now (F5)</source>
        <translation>Leggi ora dal server la cronologia chiamate (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation>
            <numerusform>Eliminare %n elemento?</numerusform>
            <numerusform>Eliminare %n elementi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source> (not seen yet)</source>
        <translation> (non ancora vista)</translation>
    </message>
    <message>
        <source> (not played yet)</source>
        <translation> (non ancora ascoltato)</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Ascoltato</translation>
    </message>
    <message numerus="yes">
        <source>%n items will be deleted for good</source>
        <translation>
            <numerusform>%n elemento verrà eliminato definitivamente</numerusform>
            <numerusform>%n elementi verranno eliminati definitivamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails will be moved to the trash (you can undo that)</source>
        <translation>
            <numerusform>%n messaggio vocale verrà spostato nel cestino (può annullare l&apos;operazione)</numerusform>
            <numerusform>%n messaggi vocali verranno spostati nel cestino (può annullare l&apos;operazione)</numerusform>
        </translation>
    </message>
    <message>
        <source>{type} call, {remote}, {time}</source>
        <translation>Chiamata {type}, {remote}, {time}</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>Non ascoltato</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Non vista</translation>
    </message>
    <message>
        <source>Missed ({n})</source>
        <translation>Perse ({n})</translation>
    </message>
    <message>
        <source>; still trying)</source>
        <translation>; nuovo tentativo in corso)</translation>
    </message>
    <message>
        <source>This account has no call history</source>
        <translation>Questo account non ha una cronologia chiamate</translation>
    </message>
    <message>
        <source>Could not read your call history</source>
        <translation>Impossibile leggere la cronologia chiamate</translation>
    </message>
    <message>
        <source> ({failed_polls} attempts in a row failed</source>
        <translation> ({failed_polls} tentativi consecutivi non riusciti</translation>
    </message>
    <message>
        <source>, list read at </source>
        <translation>, elenco letto alle </translation>
    </message>
    <message>
        <source>the app could not read it (an internal error, written to the log)</source>
        <translation>l&apos;app non è riuscita a leggerla (errore interno, registrato nel log)</translation>
    </message>
    <message>
        <source> (showing the list read at </source>
        <translation> (viene mostrato l&apos;elenco letto alle </translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perse</translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls you have not seen</source>
        <translation>
            <numerusform>%n chiamata persa non vista</numerusform>
            <numerusform>%n chiamate perse non viste</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Chiamate perse</translation>
    </message>
    <message>
        <source>Voicemail ({m})</source>
        <translation>Segreteria ({m})</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Segreteria</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails or recordings not played yet</source>
        <translation>
            <numerusform>%n messaggio vocale o registrazione non ancora ascoltati</numerusform>
            <numerusform>%n messaggi vocali o registrazioni non ancora ascoltati</numerusform>
        </translation>
    </message>
    <message>
        <source>Voicemails and recordings</source>
        <translation>Messaggi vocali e registrazioni</translation>
    </message>
    <message>
        <source>Your call history could not be read yet; still trying (see above)</source>
        <translation>Impossibile leggere la cronologia chiamate per ora; nuovo tentativo in corso (vedere sopra)</translation>
    </message>
    <message>
        <source>No calls here</source>
        <translation>Nessuna chiamata qui</translation>
    </message>
    <message>
        <source>&amp;Delete to trash</source>
        <translation>&amp;Elimina nel cestino</translation>
    </message>
</context>
<context>
    <name>CallHistoryDelete</name>
    <message>
        <source>This account cannot delete items from its call history</source>
        <translation>Questo account non può eliminare elementi dalla cronologia chiamate</translation>
    </message>
    <message>
        <source>That item is no longer in your history</source>
        <translation>L&apos;elemento non è più nella cronologia</translation>
    </message>
    <message>
        <source>There is nothing to undo</source>
        <translation>Non c&apos;è nulla da annullare</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n voicemail back to the inbox</source>
        <translation>
            <numerusform>%n messaggio vocale riportato nella posta in arrivo</numerusform>
            <numerusform>%n messaggi vocali riportati nella posta in arrivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n voicemails back to the inbox</source>
        <translation>
            <numerusform>%n messaggio vocale riportato nella posta in arrivo</numerusform>
            <numerusform>%n messaggi vocali riportati nella posta in arrivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved {describe_item} to the trash</source>
        <translation>{describe_item} spostato nel cestino</translation>
    </message>
    <message>
        <source>Moved {count} voicemails to the trash</source>
        <translation>{count} messaggi vocali spostati nel cestino</translation>
    </message>
    <message>
        <source>Moved {describe_item} back to the inbox</source>
        <translation>{describe_item} riportato nella posta in arrivo</translation>
    </message>
    <message>
        <source>{count} of {count2} voicemails stayed in the trash: {value}</source>
        <translation>{count} di {count2} messaggi vocali sono rimasti nel cestino: {value}</translation>
    </message>
    <message>
        <source>{value} of {count} items could not be deleted: {value2}</source>
        <translation>Impossibile eliminare {value} di {count} elementi: {value2}</translation>
    </message>
</context>
<context>
    <name>CallHistoryMarks</name>
    <message>
        <source>This account has no call history</source>
        <translation>Questo account non ha una cronologia chiamate</translation>
    </message>
    <message>
        <source>That message is no longer in your history</source>
        <translation>Il messaggio non è più nella cronologia</translation>
    </message>
    <message>
        <source>Only voicemails and recordings are played</source>
        <translation>Si possono ascoltare solo messaggi vocali e registrazioni</translation>
    </message>
    <message>
        <source>This account keeps no played mark on messages</source>
        <translation>Questo account non memorizza lo stato di ascolto dei messaggi</translation>
    </message>
    <message>
        <source>The server gave no link to listen to this message</source>
        <translation>Il server non ha fornito alcun link per ascoltare questo messaggio</translation>
    </message>
    <message>
        <source>That call is no longer in your history</source>
        <translation>La chiamata non è più nella cronologia</translation>
    </message>
    <message>
        <source>No unseen missed calls</source>
        <translation>Nessuna chiamata persa non vista</translation>
    </message>
    <message>
        <source>This call has no number to call back</source>
        <translation>Questa chiamata non ha un numero da richiamare</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Questo account non può effettuare chiamate</translation>
    </message>
    <message>
        <source>That link is no longer in your history</source>
        <translation>Il link non è più nella cronologia</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call marked as seen</source>
        <translation>
            <numerusform>%n chiamata persa segnata come vista</numerusform>
            <numerusform>%n chiamate perse segnate come viste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls marked as seen</source>
        <translation>
            <numerusform>%n chiamata persa segnata come vista</numerusform>
            <numerusform>%n chiamate perse segnate come viste</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling {value}</source>
        <translation>Chiamata a {value}</translation>
    </message>
    <message>
        <source>This message&apos;s link was not opened: {exc}</source>
        <translation>Il link del messaggio non è stato aperto: {exc}</translation>
    </message>
    <message>
        <source>{done} of {count} calls were marked seen; the rest could not be: {value}</source>
        <translation>{done} di {count} chiamate sono state segnate come viste; le altre no: {value}</translation>
    </message>
</context>
<context>
    <name>CallHistoryRows</name>
    <message>
        <source>Missed</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messaggio vocale</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l&apos;elemento</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un numero sconosciuto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>{kind} call</source>
        <translation>Chiamata {kind}</translation>
    </message>
    <message>
        <source>the {kind} from {who}</source>
        <translation>{kind} da {who}</translation>
    </message>
    <message>
        <source>the {kind} with {who}</source>
        <translation>{kind} con {who}</translation>
    </message>
    <message>
        <source>Deleted {describe_item}</source>
        <translation>Eliminato: {describe_item}</translation>
    </message>
    <message>
        <source>Deleted {count} items</source>
        <translation>{count} elementi eliminati</translation>
    </message>
    <message>
        <source>moved {describe_item} to the trash</source>
        <translation>spostato nel cestino: {describe_item}</translation>
    </message>
    <message>
        <source>moved {count} voicemails to the trash</source>
        <translation>{count} messaggi vocali spostati nel cestino</translation>
    </message>
    <message>
        <source>{count} items were no longer on the server</source>
        <translation>{count} elementi non erano più sul server</translation>
    </message>
    <message>
        <source>{names} was no longer on the server</source>
        <translation>{names} non era più sul server</translation>
    </message>
    <message>
        <source>{names} were no longer on the server</source>
        <translation>{names} non erano più sul server</translation>
    </message>
</context>
<context>
    <name>CallKeypad</name>
    <message>
        <source>Keypad tones</source>
        <translation>Toni della tastiera</translation>
    </message>
    <message>
        <source>Send the tone {k}</source>
        <translation>Invia il tono {k}</translation>
    </message>
    <message>
        <source>Tone {k}</source>
        <translation>Tono {k}</translation>
    </message>
</context>
<context>
    <name>CallMobileTransfer</name>
    <message>
        <source>Transfer from your mobile</source>
        <translation>Trasferisci dal Suo cellulare</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Annulla trasferimento</translation>
    </message>
    <message>
        <source>{what} is not possible on this call right now</source>
        <translation>{what} non è possibile su questa chiamata al momento</translation>
    </message>
    <message>
        <source>{what}: no transfer of this call is ongoing</source>
        <translation>{what}: nessun trasferimento di questa chiamata in corso</translation>
    </message>
</context>
<context>
    <name>CallOperations</name>
    <message>
        <source>T&amp;ransfer as</source>
        <translation>Trasferisci c&amp;ome</translation>
    </message>
    <message>
        <source>R&amp;ecording</source>
        <translation>R&amp;egistrazione</translation>
    </message>
    <message>
        <source>transfer to voicemail</source>
        <translation>trasferimento alla segreteria</translation>
    </message>
    <message>
        <source>Transfer to voicemail</source>
        <translation>Trasferisci alla segreteria</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Alla segreteria</translation>
    </message>
    <message>
        <source>Send the caller straight to the destination&apos;s voicemail</source>
        <translation>Invia il chiamante direttamente alla segreteria telefonica della destinazione</translation>
    </message>
    <message>
        <source>Transfer to &amp;voicemail…</source>
        <translation>Trasferisci alla &amp;segreteria…</translation>
    </message>
    <message>
        <source>Transfer to voicemail: type or pick where to, then Enter</source>
        <translation>Trasferimento alla segreteria: digiti o scelga la destinazione, poi Enter</translation>
    </message>
    <message>
        <source>camp-on transfer</source>
        <translation>trasferimento con prenotazione</translation>
    </message>
    <message>
        <source>Camp-on transfer</source>
        <translation>Trasferimento con prenotazione</translation>
    </message>
    <message>
        <source>Camp on</source>
        <translation>Prenota</translation>
    </message>
    <message>
        <source>Transfer and wait: when the colleague is busy, the caller waits until they are free</source>
        <translation>Trasferisci e attendi: se il collega è occupato, il chiamante attende finché non si libera</translation>
    </message>
    <message>
        <source>&amp;Camp-on transfer…</source>
        <translation>Trasferimento con &amp;prenotazione…</translation>
    </message>
    <message>
        <source>Camp-on transfer: type or pick where to, then Enter</source>
        <translation>Trasferimento con prenotazione: digiti o scelga la destinazione, poi Enter</translation>
    </message>
    <message>
        <source>transfer past diversion</source>
        <translation>trasferimento ignorando la deviazione</translation>
    </message>
    <message>
        <source>Transfer past diversion</source>
        <translation>Trasferisci ignorando la deviazione</translation>
    </message>
    <message>
        <source>Past diversion</source>
        <translation>Ignora deviazione</translation>
    </message>
    <message>
        <source>Ring the colleague themselves, even when they have diverted their calls</source>
        <translation>Fai squillare il telefono del collega anche se ha deviato le chiamate</translation>
    </message>
    <message>
        <source>Transfer past &amp;diversion…</source>
        <translation>Trasferisci ignorando la &amp;deviazione…</translation>
    </message>
    <message>
        <source>Transfer past diversion: type or pick where to, then Enter</source>
        <translation>Trasferimento ignorando la deviazione: digiti o scelga la destinazione, poi Enter</translation>
    </message>
    <message>
        <source>dial</source>
        <translation>composizione</translation>
    </message>
    <message>
        <source>answering from the desktop</source>
        <translation>risposta dal desktop</translation>
    </message>
    <message>
        <source>hang up</source>
        <translation>riaggancio</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>messa in attesa</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>ripresa</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>disattivazione microfono</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>riattivazione microfono</translation>
    </message>
    <message>
        <source>keypad tones</source>
        <translation>toni della tastiera</translation>
    </message>
    <message>
        <source>park</source>
        <translation>parcheggio</translation>
    </message>
    <message>
        <source>moving calls between devices</source>
        <translation>spostamento delle chiamate tra dispositivi</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>trasferimento</translation>
    </message>
    <message>
        <source>consultation calls</source>
        <translation>chiamate di consultazione</translation>
    </message>
    <message>
        <source>switching between calls</source>
        <translation>passaggio tra chiamate</translation>
    </message>
    <message>
        <source>attended transfer</source>
        <translation>trasferimento assistito</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conferenza</translation>
    </message>
    <message>
        <source>call pickup</source>
        <translation>risposta per assente</translation>
    </message>
    <message>
        <source>recording control</source>
        <translation>controllo della registrazione</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Answer this call (on the chosen device)</source>
        <translation>Rispondi a questa chiamata (sul dispositivo scelto)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Rispondi alla chiamata in arrivo</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>End this call (reject it while it rings)</source>
        <translation>Termina questa chiamata (la rifiuta mentre squilla)</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>Ria&amp;ggancia</translation>
    </message>
    <message>
        <source>Hang up, reject or cancel the selected call</source>
        <translation>Riaggancia, rifiuta o annulla la chiamata selezionata</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Put this call on hold</source>
        <translation>Metti in attesa questa chiamata</translation>
    </message>
    <message>
        <source>H&amp;old / resume</source>
        <translation>&amp;Attesa / ripresa</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>&amp;Attesa</translation>
    </message>
    <message>
        <source>Put the selected call on hold, or resume it</source>
        <translation>Metti in attesa la chiamata selezionata o riprendila</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Take this call off hold</source>
        <translation>Riprendi questa chiamata dall&apos;attesa</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Ripren&amp;di</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Mute your microphone on this call</source>
        <translation>Disattiva il microfono in questa chiamata</translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation>Disattiva/riattiva &amp;microfono</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Disattiva &amp;microfono</translation>
    </message>
    <message>
        <source>Mute or unmute your microphone on the selected call</source>
        <translation>Disattiva o riattiva il microfono nella chiamata selezionata</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva audio</translation>
    </message>
    <message>
        <source>Unmute your microphone on this call</source>
        <translation>Riattiva il microfono in questa chiamata</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Riattiva &amp;microfono</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastiera</translation>
    </message>
    <message>
        <source>Send keypad tones (DTMF) on this call</source>
        <translation>Invia toni della tastiera (DTMF) in questa chiamata</translation>
    </message>
    <message>
        <source>&amp;Keypad…</source>
        <translation>Tast&amp;iera…</translation>
    </message>
    <message>
        <source>Open the keypad to send tones on the selected call</source>
        <translation>Apri la tastiera per inviare toni nella chiamata selezionata</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parcheggia</translation>
    </message>
    <message>
        <source>Park this call so that anyone can pick it up</source>
        <translation>Parcheggia questa chiamata in modo che chiunque possa riprenderla</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Parcheggia</translation>
    </message>
    <message>
        <source>Park the selected call so that anyone can pick it up</source>
        <translation>Parcheggia la chiamata selezionata in modo che chiunque possa riprenderla</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <source>Move this call to another of your devices</source>
        <translation>Sposta questa chiamata su un altro dei Suoi dispositivi</translation>
    </message>
    <message>
        <source>Mo&amp;ve to another device…</source>
        <translation>&amp;Sposta su un altro dispositivo…</translation>
    </message>
    <message>
        <source>Move the selected call to another of your devices (choose one when there are several)</source>
        <translation>Sposta la chiamata selezionata su un altro dei Suoi dispositivi (ne scelga uno se sono più di uno)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Blind transfer: pass the call on at once</source>
        <translation>Trasferimento cieco: passa subito la chiamata</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasferisci…</translation>
    </message>
    <message>
        <source>Type where to transfer the selected call</source>
        <translation>Digiti dove trasferire la chiamata selezionata</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Call the destination first, keeping this caller on hold</source>
        <translation>Chiama prima la destinazione, mantenendo in attesa questo chiamante</translation>
    </message>
    <message>
        <source>&amp;Consult…</source>
        <translation>&amp;Consulta…</translation>
    </message>
    <message>
        <source>Type or pick whom to consult, then Enter: the selected call waits on hold</source>
        <translation>Digiti o scelga chi consultare, poi Enter: la chiamata selezionata resta in attesa</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alterna</translation>
    </message>
    <message>
        <source>Swap calls</source>
        <translation>Alterna chiamate</translation>
    </message>
    <message>
        <source>Hold the active call and take the other one</source>
        <translation>Metti in attesa la chiamata attiva e prendi l&apos;altra</translation>
    </message>
    <message>
        <source>&amp;Swap calls</source>
        <translation>Alter&amp;na chiamate</translation>
    </message>
    <message>
        <source>Connect calls</source>
        <translation>Collega chiamate</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Attended transfer: connect this caller with your other call</source>
        <translation>Trasferimento assistito: collega questo chiamante con l&apos;altra Sua chiamata</translation>
    </message>
    <message>
        <source>Co&amp;nnect calls</source>
        <translation>Co&amp;llega chiamate</translation>
    </message>
    <message>
        <source>Attended transfer: connect the selected caller with your other call</source>
        <translation>Trasferimento assistito: collega il chiamante selezionato con l&apos;altra Sua chiamata</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Join this call and your other call</source>
        <translation>Unisci questa chiamata e l&apos;altra Sua chiamata</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>Con&amp;ferenza</translation>
    </message>
    <message>
        <source>Join the selected call and your other call in a conference</source>
        <translation>Unisci in conferenza la chiamata selezionata e l&apos;altra Sua chiamata</translation>
    </message>
    <message>
        <source>Leave conference</source>
        <translation>Abbandona conferenza</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abbandona</translation>
    </message>
    <message>
        <source>Leave the conference; the others stay connected</source>
        <translation>Abbandona la conferenza; gli altri restano collegati</translation>
    </message>
    <message>
        <source>&amp;Leave conference</source>
        <translation>A&amp;bbandona conferenza</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Rimuovi partecipante</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Rispondi per assente</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Recording (start)</source>
        <translation>Registrazione (avvio)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Avvia registrazione</translation>
    </message>
    <message>
        <source>Start recording this call</source>
        <translation>Avvia la registrazione di questa chiamata</translation>
    </message>
    <message>
        <source>&amp;Start / stop recording</source>
        <translation>&amp;Avvia / interrompi registrazione</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Avvia registrazione</translation>
    </message>
    <message>
        <source>Start recording the selected call, or stop the recording</source>
        <translation>Avvia la registrazione della chiamata selezionata o interrompila</translation>
    </message>
    <message>
        <source>Recording (pause)</source>
        <translation>Registrazione (pausa)</translation>
    </message>
    <message>
        <source>Pause rec.</source>
        <translation>Pausa reg.</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Metti in pausa la registrazione</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Metti in pausa la registrazione</translation>
    </message>
    <message>
        <source>&amp;Pause / resume recording</source>
        <translation>&amp;Pausa / riprendi registrazione</translation>
    </message>
    <message>
        <source>&amp;Pause recording</source>
        <translation>&amp;Pausa registrazione</translation>
    </message>
    <message>
        <source>Pause the selected call&apos;s recording, or resume it</source>
        <translation>Metti in pausa la registrazione della chiamata selezionata o riprendila</translation>
    </message>
    <message>
        <source>Recording (resume)</source>
        <translation>Registrazione (ripresa)</translation>
    </message>
    <message>
        <source>Resume rec.</source>
        <translation>Riprendi reg.</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Riprendi registrazione</translation>
    </message>
    <message>
        <source>Resume the recording</source>
        <translation>Riprendi la registrazione</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;Riprendi registrazione</translation>
    </message>
    <message>
        <source>Recording (stop)</source>
        <translation>Registrazione (interruzione)</translation>
    </message>
    <message>
        <source>Stop rec.</source>
        <translation>Interrompi reg.</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Interrompi registrazione</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Interrompi la registrazione</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>&amp;Interrompi registrazione</translation>
    </message>
    <message>
        <source>Recording (save)</source>
        <translation>Registrazione (salvataggio)</translation>
    </message>
    <message>
        <source>Save rec.</source>
        <translation>Salva reg.</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Salva registrazione</translation>
    </message>
    <message>
        <source>Keep the recording</source>
        <translation>Conserva la registrazione</translation>
    </message>
    <message>
        <source>Sa&amp;ve recording</source>
        <translation>&amp;Salva registrazione</translation>
    </message>
    <message>
        <source>Keep the stopped recording of the selected call</source>
        <translation>Conserva la registrazione interrotta della chiamata selezionata</translation>
    </message>
    <message>
        <source>Recording (discard)</source>
        <translation>Registrazione (eliminazione)</translation>
    </message>
    <message>
        <source>Discard rec.</source>
        <translation>Elimina reg.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>Elimina registrazione</translation>
    </message>
    <message>
        <source>Throw the recording away</source>
        <translation>Elimina la registrazione</translation>
    </message>
    <message>
        <source>&amp;Discard recording</source>
        <translation>&amp;Elimina registrazione</translation>
    </message>
    <message>
        <source>Throw the stopped recording of the selected call away</source>
        <translation>Elimina la registrazione interrotta della chiamata selezionata</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Elenco chiamate</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Nessuna chiamata</translation>
    </message>
</context>
<context>
    <name>CallTransfer</name>
    <message>
        <source>Number or contact…</source>
        <translation>Numero o contatto…</translation>
    </message>
    <message>
        <source>Transfer destination</source>
        <translation>Destinazione del trasferimento</translation>
    </message>
    <message>
        <source>A number, extension or contact to transfer or consult</source>
        <translation>Un numero, un interno o un contatto a cui trasferire o da consultare</translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation>Trasferisci come</translation>
    </message>
    <message>
        <source>Other kinds of transfer to the number typed: to voicemail, camp-on, past the colleague&apos;s diversion</source>
        <translation>Altri tipi di trasferimento al numero digitato: alla segreteria, con prenotazione, ignorando la deviazione del collega</translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation>Trasferisci dal mio cellulare</translation>
    </message>
    <message>
        <source>Transfer the call on your mobile to the number typed</source>
        <translation>Trasferisci la chiamata del Suo cellulare al numero digitato</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Annulla trasferimento</translation>
    </message>
    <message>
        <source>Stop the transfer: the call comes back to your mobile</source>
        <translation>Interrompi il trasferimento: la chiamata torna sul Suo cellulare</translation>
    </message>
    <message>
        <source>Attended: the caller waits on hold until it is answered</source>
        <translation>Assistito: il chiamante resta in attesa finché non viene risposto</translation>
    </message>
    <message>
        <source>Blind: hand the call over now</source>
        <translation>Cieco: passa subito la chiamata</translation>
    </message>
    <message>
        <source>{what} to: number or contact…</source>
        <translation>{what} a: numero o contatto…</translation>
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
        <translation>Colleghi</translation>
    </message>
    <message>
        <source>Colleagues&apos; lines</source>
        <translation>Linee dei colleghi</translation>
    </message>
    <message>
        <source>No colleagues on your buddy list yet. Add them from the contact search (the star).</source>
        <translation>Nessun collega ancora nell&apos;elenco dei preferiti. Li aggiunga dalla ricerca contatti (la stella).</translation>
    </message>
    <message>
        <source>Colleagues error</source>
        <translation>Errore colleghi</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Rispondi per assente</translation>
    </message>
    <message>
        <source>Pick up the colleague&apos;s ringing call</source>
        <translation>Rispondi alla chiamata in arrivo del collega</translation>
    </message>
    <message>
        <source>Choose a colleague first</source>
        <translation>Scelga prima un collega</translation>
    </message>
    <message>
        <source>Pick up the ringing call on your phone ({PICK_UP_SHORTCUT})</source>
        <translation>Rispondi sul Suo telefono alla chiamata in arrivo ({PICK_UP_SHORTCUT})</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Libero</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Squilla</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Ringing: {who}</source>
        <translation>Squilla: {who}</translation>
    </message>
    <message>
        <source>{words} (updating…)</source>
        <translation>{words} (aggiornamento…)</translation>
    </message>
    <message>
        <source>This account cannot pick up colleagues&apos; calls</source>
        <translation>Questo account non può rispondere alle chiamate dei colleghi</translation>
    </message>
    <message>
        <source>No colleague&apos;s phone is ringing</source>
        <translation>Il telefono di nessun collega sta squillando</translation>
    </message>
    <message>
        <source>This account has no buddy list</source>
        <translation>Questo account non ha un elenco dei preferiti</translation>
    </message>
    <message>
        <source>{words} · Unavailable</source>
        <translation>{words} · Non disponibile</translation>
    </message>
    <message>
        <source>{status_words}
Photo not shown: {refused}</source>
        <translation>{status_words}
Foto non mostrata: {refused}</translation>
    </message>
    <message>
        <source>{name}&apos;s phone is not ringing</source>
        <translation>Il telefono di {name} non sta squillando</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove from buddy list</source>
        <translation>Rimuovi dall&apos;elenco dei preferiti</translation>
    </message>
    <message>
        <source>Remove the selected colleague from your buddy list (Delete)</source>
        <translation>Rimuovi il collega selezionato dall&apos;elenco dei preferiti (Delete)</translation>
    </message>
    <message>
        <source>Colleagues — {ringing} ringing</source>
        <translation>Colleghi — {ringing} in squillo</translation>
    </message>
</context>
<context>
    <name>CombinedPop</name>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Number and queue</source>
        <translation>Numero e coda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Come rispondere</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Risposta in corso…</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>tramite {via}</translation>
    </message>
    <message>
        <source>Answer the call from {title}</source>
        <translation>Rispondi alla chiamata di {title}</translation>
    </message>
    <message>
        <source>Reject the call from {title}</source>
        <translation>Rifiuta la chiamata di {title}</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Chiamate in arrivo</translation>
    </message>
    <message>
        <source>{count} incoming calls</source>
        <translation>{count} chiamate in arrivo</translation>
    </message>
    <message>
        <source>{title}, via {via}</source>
        <translation>{title}, tramite {via}</translation>
    </message>
    <message>
        <source>{count} incoming calls: {names}</source>
        <translation>{count} chiamate in arrivo: {names}</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Non aggiornata</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Riconnessione</translation>
    </message>
    <message>
        <source>Stale for {seconds:.0f} s</source>
        <translation>Non aggiornata da {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Non riuscita: {reason}</translation>
    </message>
    <message>
        <source>Reconnecting in {seconds:.0f} s</source>
        <translation>Riconnessione tra {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Not authorised: the ticket was refused</source>
        <translation>Non autorizzato: il ticket è stato rifiutato</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connessione persa</translation>
    </message>
    <message>
        <source>malformed event stream</source>
        <translation>flusso di eventi non valido</translation>
    </message>
    <message>
        <source>no data from the server</source>
        <translation>nessun dato dal server</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>impossibile connettersi</translation>
    </message>
    <message>
        <source>{refused} (HTTP {status})</source>
        <translation>{refused} (HTTP {status})</translation>
    </message>
    <message>
        <source>rate limited (HTTP {status})</source>
        <translation>limite di richieste raggiunto (HTTP {status})</translation>
    </message>
    <message>
        <source>server error (HTTP {status})</source>
        <translation>errore del server (HTTP {status})</translation>
    </message>
    <message>
        <source>refused by the server (HTTP {status})</source>
        <translation>rifiutato dal server (HTTP {status})</translation>
    </message>
    <message>
        <source>unexpected response (HTTP {status}, not an event stream)</source>
        <translation>risposta imprevista (HTTP {status}, non è un flusso di eventi)</translation>
    </message>
    <message>
        <source>signed in again</source>
        <translation>nuovo accesso eseguito</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>errore interno</translation>
    </message>
    <message>
        <source>could not refresh the current state</source>
        <translation>impossibile aggiornare lo stato corrente</translation>
    </message>
    <message>
        <source>no heartbeat from the server</source>
        <translation>nessun heartbeat dal server</translation>
    </message>
    <message>
        <source>could not prepare the request</source>
        <translation>impossibile preparare la richiesta</translation>
    </message>
    <message>
        <source>the server ended the stream</source>
        <translation>il server ha chiuso il flusso</translation>
    </message>
    <message>
        <source>signing in again failed: {why}</source>
        <translation>nuovo accesso non riuscito: {why}</translation>
    </message>
    <message>
        <source>{reason}; the new ticket was refused too</source>
        <translation>{reason}; anche il nuovo ticket è stato rifiutato</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation>Colore dello stato di connessione</translation>
    </message>
    <message>
        <source>Connection: {connectionText}</source>
        <translation>Connessione: {connectionText}</translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message>
        <source>{title} error</source>
        <translation>Errore {title}</translation>
    </message>
    <message>
        <source>{title} notice</source>
        <translation>Avviso {title}</translation>
    </message>
    <message>
        <source>Loading {lower}…</source>
        <translation>Caricamento di {lower}…</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>&amp;Chiama</translation>
    </message>
    <message>
        <source>Give the contact a name or a company</source>
        <translation>Indichi un nome o un&apos;azienda per il contatto</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address</source>
        <translation>{email!r} non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>Unknown contact status {status!r}</source>
        <translation>Stato del contatto sconosciuto {status!r}</translation>
    </message>
    <message>
        <source>Unknown phone number type {phone_type!r}</source>
        <translation>Tipo di numero di telefono sconosciuto {phone_type!r}</translation>
    </message>
    <message>
        <source>The {replace} is longer than {FIELD_LIMIT} characters</source>
        <translation>Il campo {replace} supera {FIELD_LIMIT} caratteri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Modulo contatto</translation>
    </message>
    <message>
        <source>Phone number type</source>
        <translation>Tipo di numero di telefono</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Last &amp;name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Phone t&amp;ype</source>
        <translation>T&amp;ipo di telefono</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;ato</translation>
    </message>
    <message>
        <source>No contacts of your own yet. Add one with Add….</source>
        <translation>Nessun contatto personale ancora. Ne aggiunga uno con Aggiungi….</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>I miei contatti</translation>
    </message>
    <message>
        <source>This phone system keeps no contacts of your own</source>
        <translation>Questo sistema telefonico non memorizza contatti personali</translation>
    </message>
    <message>
        <source>Choose a contact to edit</source>
        <translation>Scelga un contatto da modificare</translation>
    </message>
    <message>
        <source>Choose a contact to delete</source>
        <translation>Scelga un contatto da eliminare</translation>
    </message>
    <message>
        <source>Choose a contact to call</source>
        <translation>Scelga un contatto da chiamare</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Questo account non può effettuare chiamate</translation>
    </message>
    <message>
        <source>Added {display_name}</source>
        <translation>{display_name} aggiunto</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>{display_name} salvato</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} eliminato</translation>
    </message>
    <message>
        <source>{name} has no phone number to call</source>
        <translation>{name} non ha un numero di telefono da chiamare</translation>
    </message>
    <message>
        <source>As it is</source>
        <translation>Invariato</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {value}?</source>
        <translation>Eliminare {value}?</translation>
    </message>
    <message>
        <source>Edit {value}</source>
        <translation>Modifica {value}</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source> It will no longer be one of your favourites either.</source>
        <translation> Non sarà più nemmeno tra i Suoi preferiti.</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>il contatto</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Scelga prima un contatto</translation>
    </message>
    <message>
        <source>Remove {display_name} from your contacts?{also} This cannot be undone here; you can add the contact again from a search.</source>
        <translation>Rimuovere {display_name} dai Suoi contatti?{also} L&apos;operazione non può essere annullata qui; può aggiungere di nuovo il contatto da una ricerca.</translation>
    </message>
    <message>
        <source>This account has no contact directory</source>
        <translation>Questo account non ha una rubrica contatti</translation>
    </message>
    <message>
        <source>This account cannot change favourites</source>
        <translation>Questo account non può modificare i preferiti</translation>
    </message>
    <message>
        <source>a favourite</source>
        <translation>un preferito</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>non un preferito</translation>
    </message>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contact.</source>
        <translation>
            <numerusform>I Suoi preferiti corrispondono ora al modello dell&apos;organizzazione: %n contatto.</numerusform>
            <numerusform>I Suoi preferiti corrispondono ora al modello dell&apos;organizzazione: %n contatti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contacts.</source>
        <translation>
            <numerusform>I Suoi preferiti corrispondono ora al modello dell&apos;organizzazione: %n contatto.</numerusform>
            <numerusform>I Suoi preferiti corrispondono ora al modello dell&apos;organizzazione: %n contatti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, but the list could not be re-read: {outcome}</source>
        <translation>Salvato, ma non è stato possibile rileggere l&apos;elenco: {outcome}</translation>
    </message>
    <message>
        <source>contact list to remove contacts from</source>
        <translation>elenco contatti da cui rimuovere contatti</translation>
    </message>
    <message>
        <source>{name} is removed from your contacts.</source>
        <translation>{name} è stato rimosso dai Suoi contatti.</translation>
    </message>
    <message>
        <source>favourites templates</source>
        <translation>modelli di preferiti</translation>
    </message>
    <message>
        <source>The server still shows {name} as {state}</source>
        <translation>Il server mostra ancora {name} come {state}</translation>
    </message>
    <message>
        <source>The server did not add {name} to your favourites</source>
        <translation>Il server non ha aggiunto {name} ai Suoi preferiti</translation>
    </message>
    <message>
        <source>The server still lists {name} among your contacts</source>
        <translation>Il server elenca ancora {name} tra i Suoi contatti</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Contact details</source>
        <translation>Dettagli contatto</translation>
    </message>
    <message>
        <source>Contact&apos;s line state</source>
        <translation>Stato della linea del contatto</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Change favourite</source>
        <translation>Modifica preferito</translation>
    </message>
    <message>
        <source>Contact details error</source>
        <translation>Errore nei dettagli contatto</translation>
    </message>
    <message>
        <source>Contact&apos;s photo</source>
        <translation>Foto del contatto</translation>
    </message>
    <message>
        <source>Contact&apos;s photo not shown</source>
        <translation>Foto del contatto non mostrata</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Nessuna foto</translation>
    </message>
    <message>
        <source>Photo not shown: {refused}</source>
        <translation>Foto non mostrata: {refused}</translation>
    </message>
    <message>
        <source>★ One of your favourites</source>
        <translation>★ Uno dei Suoi preferiti</translation>
    </message>
    <message>
        <source>Not one of your favourites</source>
        <translation>Non è tra i Suoi preferiti</translation>
    </message>
    <message>
        <source>In a call now</source>
        <translation>In chiamata ora</translation>
    </message>
    <message>
        <source>Not in a call</source>
        <translation>Non in chiamata</translation>
    </message>
    <message>
        <source>favourites list</source>
        <translation>elenco dei preferiti</translation>
    </message>
    <message>
        <source>The favourite state is not known yet</source>
        <translation>Lo stato di preferito non è ancora noto</translation>
    </message>
    <message>
        <source>This contact is not in this account&apos;s directory: it cannot be a favourite here</source>
        <translation>Questo contatto non è nella rubrica di questo account: qui non può essere un preferito</translation>
    </message>
    <message>
        <source>This account cannot change favourites</source>
        <translation>Questo account non può modificare i preferiti</translation>
    </message>
    <message>
        <source>a favourite</source>
        <translation>un preferito</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>non un preferito</translation>
    </message>
    <message>
        <source>The server still shows {display_name} as {state}</source>
        <translation>Il server mostra ancora {display_name} come {state}</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Rimuovi dai preferiti</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Aggiungi ai preferiti</translation>
    </message>
    <message>
        <source>Reading the details…</source>
        <translation>Lettura dei dettagli…</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>In a call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
</context>
<context>
    <name>ContactPhotos</name>
    <message>
        <source>The photo is empty</source>
        <translation>La foto è vuota</translation>
    </message>
    <message>
        <source>The photo is not an image the app shows (PNG, JPEG, GIF, BMP or WebP)</source>
        <translation>La foto non è in un formato di immagine supportato dall&apos;app (PNG, JPEG, GIF, BMP o WebP)</translation>
    </message>
    <message>
        <source>The photo could not be read: its size is missing</source>
        <translation>Impossibile leggere la foto: dimensioni mancanti</translation>
    </message>
    <message>
        <source>The photo could not be read: the image is damaged</source>
        <translation>Impossibile leggere la foto: l&apos;immagine è danneggiata</translation>
    </message>
    <message>
        <source>The photo is too large to show ({value} KB; at most {value2} KB)</source>
        <translation>La foto è troppo grande per essere mostrata ({value} KB; al massimo {value2} KB)</translation>
    </message>
    <message>
        <source>The photo is too large to show ({width}×{height} pixels; at most {MAX_PHOTO_SIDE} a side)</source>
        <translation>La foto è troppo grande per essere mostrata ({width}×{height} pixel; al massimo {MAX_PHOTO_SIDE} per lato)</translation>
    </message>
    <message>
        <source>The photo could not be read: {exc}</source>
        <translation>Impossibile leggere la foto: {exc}</translation>
    </message>
</context>
<context>
    <name>ContactSearch</name>
    <message>
        <source>Remove from favourites (Ctrl+Shift+F)</source>
        <translation>Rimuovi dai preferiti (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add to favourites (Ctrl+Shift+F)</source>
        <translation>Aggiungi ai preferiti (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Ricerca contatti</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>Search name, company or number</source>
        <translation>Cerca nome, azienda o numero</translation>
    </message>
    <message>
        <source>Type a name, company or number; Down to move to the results, Enter to call</source>
        <translation>Digiti un nome, un&apos;azienda o un numero; Giù per passare ai risultati, Enter per chiamare</translation>
    </message>
    <message>
        <source>Contact list heading</source>
        <translation>Intestazione dell&apos;elenco contatti</translation>
    </message>
    <message>
        <source>Reset favourites to my organisation&apos;s template…</source>
        <translation>Ripristina i preferiti dal modello dell&apos;organizzazione…</translation>
    </message>
    <message>
        <source>Your favourites become the organisation&apos;s template</source>
        <translation>I Suoi preferiti diventano il modello dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Contacts menu</source>
        <translation>Menu contatti</translation>
    </message>
    <message>
        <source>More commands for your contacts</source>
        <translation>Altri comandi per i Suoi contatti</translation>
    </message>
    <message>
        <source>Contacts notice</source>
        <translation>Avviso contatti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Enter or double-click to call; Ctrl+Shift+F to add or remove a favourite</source>
        <translation>Enter o doppio clic per chiamare; Ctrl+Shift+F per aggiungere o rimuovere un preferito</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Nessun contatto</translation>
    </message>
    <message>
        <source>Contact search error</source>
        <translation>Errore nella ricerca contatti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Call selected contact</source>
        <translation>Chiama il contatto selezionato</translation>
    </message>
    <message>
        <source>Call the selected contact&apos;s preferred number (Enter)</source>
        <translation>Chiama il numero preferito del contatto selezionato (Enter)</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Aggiungi ai preferiti</translation>
    </message>
    <message>
        <source>Toggle favourite</source>
        <translation>Attiva/disattiva preferito</translation>
    </message>
    <message>
        <source>Add the selected contact to your favourites, or remove it (Ctrl+Shift+F)</source>
        <translation>Aggiungi il contatto selezionato ai preferiti o rimuovilo (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Contact sources status</source>
        <translation>Stato delle fonti dei contatti</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Rimuovi contatto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Reset favourites</source>
        <translation>Ripristina preferiti</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Scelga prima un contatto</translation>
    </message>
    <message>
        <source>Searches ask every source at once: {names}</source>
        <translation>Le ricerche interrogano tutte le fonti contemporaneamente: {names}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Contacts matching “{resultsQuery}”</source>
        <translation>Contatti corrispondenti a “{resultsQuery}”</translation>
    </message>
    <message>
        <source> (searching…)</source>
        <translation> (ricerca in corso…)</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Rimuovi dai preferiti</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Chiama {number}</translation>
    </message>
    <message>
        <source>No number to call</source>
        <translation>Nessun numero da chiamare</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>Invia SMS…</translation>
    </message>
    <message>
        <source>Remove from my contacts…</source>
        <translation>Rimuovi dai miei contatti…</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Favourites</source>
        <translation>Preferiti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Type a name or number to search the contacts.</source>
        <translation>Digiti un nome o un numero per cercare nei contatti.</translation>
    </message>
    <message>
        <source>No favourites yet. Search for a contact and mark it with the star.</source>
        <translation>Nessun preferito ancora. Cerchi un contatto e lo contrassegni con la stella.</translation>
    </message>
    <message>
        <source>Reset your favourites to your organisation&apos;s favourites template? Favourites that are not in the template stop being favourites (they stay in your contacts). This cannot be undone here.</source>
        <translation>Ripristinare i preferiti in base al modello di preferiti dell&apos;organizzazione? I preferiti non presenti nel modello non saranno più preferiti (restano tra i contatti). L&apos;operazione non può essere annullata qui.</translation>
    </message>
    <message>
        <source>No contacts match “{results_query}”</source>
        <translation>Nessun contatto corrisponde a “{results_query}”</translation>
    </message>
    <message>
        <source>This account has no contact directory</source>
        <translation>Questo account non ha una rubrica contatti</translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation>Scelga prima un contatto</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Questo account non può effettuare chiamate</translation>
    </message>
    <message>
        <source>contact list to remove contacts from</source>
        <translation>elenco contatti da cui rimuovere contatti</translation>
    </message>
    <message>
        <source>favourites templates</source>
        <translation>modelli di preferiti</translation>
    </message>
    <message>
        <source>Could not search for “{query}”: {exc}</source>
        <translation>Impossibile cercare “{query}”: {exc}</translation>
    </message>
    <message>
        <source>{display_name} has no phone number to call</source>
        <translation>{display_name} non ha un numero di telefono da chiamare</translation>
    </message>
    <message>
        <source>Could not read your favourites: {exc}</source>
        <translation>Impossibile leggere i Suoi preferiti: {exc}</translation>
    </message>
    <message>
        <source>{source} did not answer in time</source>
        <translation>{source} non ha risposto in tempo</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>in the system keyring</source>
        <translation>nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Nessun portachiavi di sistema disponibile</translation>
    </message>
    <message>
        <source>in this session ({reason})</source>
        <translation>in questa sessione ({reason})</translation>
    </message>
    <message>
        <source>No secret for {label} {where}. Run `cti-desktop login` with the same account options, or set {ENV_PASSWORD} or {ENV_TICKET}.</source>
        <translation>Nessun segreto per {label} {where}. Esegua `cti-desktop login` con le stesse opzioni dell&apos;account, oppure imposti {ENV_PASSWORD} o {ENV_TICKET}.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demo mode: a simulated phone system with made-up calls. Nothing is saved.</source>
        <translation>Modalità demo: un centralino simulato con chiamate inventate. Non viene salvato nulla.</translation>
    </message>
    <message>
        <source>Signing in did not finish</source>
        <translation>L&apos;accesso non è stato completato</translation>
    </message>
    <message>
        <source>Enter the password or a ticket for {account} to sign in.</source>
        <translation>Inserisca la password o un ticket per {account} per accedere.</translation>
    </message>
    <message>
        <source>The demo phone system could not start: {error}</source>
        <translation>Il centralino demo non si è potuto avviare: {error}</translation>
    </message>
</context>
<context>
    <name>DeviceIcons</name>
    <message>
        <source> of a {upper} device</source>
        <translation> di un dispositivo {upper}</translation>
    </message>
    <message>
        <source>“{shown}” is not an icon{kind_words}; choose one of </source>
        <translation>“{shown}” non è un&apos;icona{kind_words}; scelga tra </translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Give the device a name</source>
        <translation>Assegni un nome al dispositivo</translation>
    </message>
    <message>
        <source>A device name is at most {DEVICE_NAME_LIMIT} characters</source>
        <translation>Il nome di un dispositivo può avere al massimo {DEVICE_NAME_LIMIT} caratteri</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>My devices</source>
        <translation>I miei dispositivi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Device icon</source>
        <translation>Icona del dispositivo</translation>
    </message>
    <message>
        <source>Choose the device icon</source>
        <translation>Scegli l&apos;icona del dispositivo</translation>
    </message>
    <message>
        <source>The icon the phone system&apos;s apps show for this device (one of its type&apos;s)</source>
        <translation>L&apos;icona che le app del sistema telefonico mostrano per questo dispositivo (una di quelle del suo tipo)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Icona:</translation>
    </message>
    <message>
        <source> · icon {value}</source>
        <translation> · icona {value}</translation>
    </message>
    <message>
        <source>This phone system has no device icons</source>
        <translation>Questo sistema telefonico non ha icone per i dispositivi</translation>
    </message>
    <message>
        <source>Choose a device first</source>
        <translation>Scelga prima un dispositivo</translation>
    </message>
    <message>
        <source>Icon set to {icon_full_name}</source>
        <translation>Icona impostata su {icon_full_name}</translation>
    </message>
    <message>
        <source>Renamed to {new_name}</source>
        <translation>Rinominato in {new_name}</translation>
    </message>
    <message>
        <source>The device&apos;s icon: {exc}</source>
        <translation>Icona del dispositivo: {exc}</translation>
    </message>
    <message>
        <source>Choose a device</source>
        <translation>Scelga un dispositivo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Tipo 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Tipo 2</translation>
    </message>
    <message>
        <source>Reading the icon…</source>
        <translation>Lettura dell&apos;icona…</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <source>The link has a broken %-escape</source>
        <translation>Il link contiene una sequenza % non valida</translation>
    </message>
    <message>
        <source>The link contains control characters</source>
        <translation>Il link contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is neither a domain nor a +number</source>
        <translation>Il phone-context del link non è né un dominio né un +numero</translation>
    </message>
    <message>
        <source>The link carries no number</source>
        <translation>Il link non contiene alcun numero</translation>
    </message>
    <message>
        <source>Letters cannot be dialled; the link&apos;s number must have digits 0–9</source>
        <translation>Le lettere non si possono comporre; il numero del link deve avere le cifre 0–9</translation>
    </message>
    <message>
        <source>callto: links with options (?…) cannot be called</source>
        <translation>I link callto: con opzioni (?…) non si possono chiamare</translation>
    </message>
    <message>
        <source>A sip: link has no // after the colon</source>
        <translation>Un link sip: non ha // dopo i due punti</translation>
    </message>
    <message>
        <source>The sip: link names no user to call (user@host)</source>
        <translation>Il link sip: non indica alcun utente da chiamare (user@host)</translation>
    </message>
    <message>
        <source>The sip: link&apos;s host is not a host name</source>
        <translation>L&apos;host del link sip: non è un nome di host</translation>
    </message>
    <message>
        <source>The sip: link carries a password; it is not called</source>
        <translation>Il link sip: contiene una password; non viene chiamato</translation>
    </message>
    <message>
        <source>The link is not text</source>
        <translation>Il link non è testo</translation>
    </message>
    <message>
        <source>Only tel:, callto:, sip: and sips: links can be called</source>
        <translation>Si possono chiamare solo link tel:, callto:, sip: e sips:</translation>
    </message>
    <message>
        <source>The link&apos;s %-escapes are not valid text</source>
        <translation>Le sequenze % del link non sono testo valido</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is not a +number</source>
        <translation>Il phone-context del link non è un +numero</translation>
    </message>
    <message>
        <source>The link has a parameter that is not well formed</source>
        <translation>Il link ha un parametro scritto male</translation>
    </message>
    <message>
        <source>A number with + has only digits and separators after it</source>
        <translation>Un numero con + ha solo cifre e separatori dopo di sé</translation>
    </message>
    <message>
        <source>The link&apos;s extension (;ext=) has no digits to dial</source>
        <translation>L&apos;interno del link (;ext=) non ha cifre da comporre</translation>
    </message>
    <message>
        <source>ISDN subaddresses (;isub=) cannot be reached through this phone system</source>
        <translation>I sottoindirizzi ISDN (;isub=) non sono raggiungibili con questo centralino</translation>
    </message>
    <message>
        <source>{name} is a name, not a phone number; only numbers can be called from a link</source>
        <translation>{name} è un nome, non un numero di telefono; da un link si possono chiamare solo numeri</translation>
    </message>
    <message>
        <source>{address} is a SIP address, not a phone number; only numbers can be called from a link</source>
        <translation>{address} è un indirizzo SIP, non un numero di telefono; da un link si possono chiamare solo numeri</translation>
    </message>
    <message>
        <source>That is too long to be a link to call (at most {n} characters)</source>
        <translation>È troppo lungo per essere un link da chiamare (al massimo {n} caratteri)</translation>
    </message>
    <message>
        <source>The link names the parameter {name} twice</source>
        <translation>Il link indica il parametro {name} due volte</translation>
    </message>
    <message>
        <source>The link&apos;s phone-context is empty</source>
        <translation>Il phone-context del link è vuoto</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Tastierino</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numero da chiamare</translation>
    </message>
    <message>
        <source>Type or paste a number, extension or feature code; Enter calls it</source>
        <translation>Digiti o incolli un numero, un interno o un codice di servizio; Enter per chiamarlo</translation>
    </message>
    <message>
        <source>Number, extension or *code#</source>
        <translation>Numero, interno o *codice#</translation>
    </message>
    <message>
        <source>Will call</source>
        <translation>Chiamerà</translation>
    </message>
    <message>
        <source>Number problem</source>
        <translation>Problema con il numero</translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation>Errore di composizione</translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation>Chiamate non disponibili</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tasto {key}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Call the number (Enter)</source>
        <translation>Chiama il numero (Enter)</translation>
    </message>
    <message>
        <source>Call via my mobile</source>
        <translation>Chiama dal cellulare</translation>
    </message>
    <message>
        <source>Call via mobile notice</source>
        <translation>Avviso chiamata tramite cellulare</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Richiama</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Cancella ultima cifra</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Cancella l&apos;ultimo carattere</translation>
    </message>
    <message>
        <source>Call from device</source>
        <translation>Chiama dal dispositivo</translation>
    </message>
    <message>
        <source>The phone or softphone that rings first when you call</source>
        <translation>Il telefono o softphone che squilla per primo quando chiama</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>ID chiamante</translation>
    </message>
    <message>
        <source>The number the person you call sees</source>
        <translation>Il numero che vede la persona chiamata</translation>
    </message>
    <message>
        <source>Ring first at</source>
        <translation>Squilla prima su</translation>
    </message>
    <message>
        <source>Where &apos;Call via&apos; rings first: your answer places on the phone system</source>
        <translation>Dove squilla prima &apos;Chiama tramite&apos;: i Suoi punti di risposta nel sistema telefonico</translation>
    </message>
    <message>
        <source>From device:</source>
        <translation>Dal dispositivo:</translation>
    </message>
    <message>
        <source>Caller ID:</source>
        <translation>ID chiamante:</translation>
    </message>
    <message>
        <source>How calling works on this account</source>
        <translation>Come funzionano le chiamate con questo account</translation>
    </message>
    <message>
        <source>Type {key} (hold for +)</source>
        <translation>Digita {key} (tenere premuto per +)</translation>
    </message>
    <message>
        <source>Type {key}</source>
        <translation>Digita {key}</translation>
    </message>
    <message>
        <source>Will call {targetDisplay}</source>
        <translation>Chiamerà {targetDisplay}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>This account cannot make calls from here</source>
        <translation>Questo account non può effettuare chiamate da qui</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Chiamata in corso…</translation>
    </message>
    <message>
        <source>calling from here</source>
        <translation>chiamate da qui</translation>
    </message>
    <message>
        <source>That caller ID is not one of your lines</source>
        <translation>Questo ID chiamante non è una delle Sue linee</translation>
    </message>
    <message>
        <source>This account cannot choose the caller ID</source>
        <translation>Questo account non può scegliere l&apos;ID chiamante</translation>
    </message>
    <message>
        <source>Enter a number to call</source>
        <translation>Inserisca un numero da chiamare</translation>
    </message>
    <message>
        <source>Nothing to redial yet</source>
        <translation>Ancora nessun numero da ricomporre</translation>
    </message>
    <message>
        <source>calling through your mobile</source>
        <translation>chiamate tramite il cellulare</translation>
    </message>
    <message>
        <source>Calling is off until the connection is live again ({describe})</source>
        <translation>Le chiamate sono disattivate finché la connessione non sarà di nuovo attiva ({describe})</translation>
    </message>
    <message>
        <source>Your {where} rings first: answer it and you are connected to {display}</source>
        <translation>Squilla prima il Suo {where}: risponda e verrà collegato a {display}</translation>
    </message>
    <message>
        <source>There is no device {device_id!r} to call from</source>
        <translation>Non esiste alcun dispositivo {device_id!r} da cui chiamare</translation>
    </message>
    <message>
        <source>There is no answer place {place_id!r} to ring first</source>
        <translation>Non esiste alcun punto di risposta {place_id!r} da far squillare prima</translation>
    </message>
    <message>
        <source>Extension {display}</source>
        <translation>Interno {display}</translation>
    </message>
    <message>
        <source>Feature code {display}</source>
        <translation>Codice di servizio {display}</translation>
    </message>
    <message>
        <source>Your mobile rings first; answer it and the number is called for you</source>
        <translation>Squilla prima il Suo cellulare; risponda e il numero verrà chiamato per Lei</translation>
    </message>
    <message>
        <source>Call {last} again</source>
        <translation>Richiama {last}</translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation>Ancora nessun numero composto</translation>
    </message>
    <message>
        <source>Call via my {lower}</source>
        <translation>Chiama dal {lower}</translation>
    </message>
</context>
<context>
    <name>DialSelection</name>
    <message>
        <source>There is no display, so there is no selected text to read</source>
        <translation>Non c&apos;è alcun display, quindi non c&apos;è testo selezionato da leggere</translation>
    </message>
    <message>
        <source>Nothing is selected; select a number first</source>
        <translation>Nessuna selezione; selezioni prima un numero</translation>
    </message>
</context>
<context>
    <name>Dialing</name>
    <message>
        <source>the default region</source>
        <translation>la regione predefinita</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <source>That is neither a number nor an address to call (user@host)</source>
        <translation>Non è né un numero né un indirizzo da chiamare (utente@host)</translation>
    </message>
    <message>
        <source>Enter a number to call</source>
        <translation>Inserisca un numero da chiamare</translation>
    </message>
    <message>
        <source>Enter the number to call as text</source>
        <translation>Inserisca come testo il numero da chiamare</translation>
    </message>
    <message>
        <source>The number contains control characters; type it again</source>
        <translation>Il numero contiene caratteri di controllo; lo digiti di nuovo</translation>
    </message>
    <message>
        <source>Extensions cannot be dialled as part of a number: call the main number, then enter the extension on the keypad</source>
        <translation>Gli interni non possono essere composti come parte di un numero: chiami il numero principale, poi digiti l&apos;interno sulla tastiera</translation>
    </message>
    <message>
        <source>Letters cannot be dialled; type the number with digits 0–9</source>
        <translation>Le lettere non possono essere composte; digiti il numero con le cifre 0–9</translation>
    </message>
    <message>
        <source>The brackets in that number do not look like an area code</source>
        <translation>Le parentesi in questo numero non sembrano un prefisso</translation>
    </message>
    <message>
        <source>Only digits can be dialled</source>
        <translation>Si possono comporre solo cifre</translation>
    </message>
    <message>
        <source>That number is too short</source>
        <translation>Il numero è troppo corto</translation>
    </message>
    <message>
        <source>An extension or service code needs the account&apos;s domain, and it is not a domain name</source>
        <translation>Un interno o un codice di servizio richiede il dominio dell&apos;account, che non è un nome di dominio</translation>
    </message>
    <message>
        <source>SIP addresses with headers (?…) cannot be dialled</source>
        <translation>Non è possibile chiamare indirizzi SIP con intestazioni (?…)</translation>
    </message>
    <message>
        <source>The address has no user part before the @</source>
        <translation>L&apos;indirizzo non ha una parte utente prima della @</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters</source>
        <translation>L&apos;indirizzo contiene spazi o caratteri di controllo</translation>
    </message>
    <message>
        <source>That contains control characters; type it again</source>
        <translation>Il testo contiene caratteri di controllo; lo digiti di nuovo</translation>
    </message>
    <message>
        <source>The tel: link carries no number</source>
        <translation>Il link tel: non contiene alcun numero</translation>
    </message>
    <message>
        <source>A feature code may only contain digits, * and #</source>
        <translation>Un codice di servizio può contenere solo cifre, * e #</translation>
    </message>
    <message>
        <source>A feature code needs at least one digit, for example *21#</source>
        <translation>Un codice di servizio richiede almeno una cifra, ad esempio *21#</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only stand at the start of a number</source>
        <translation>Un &apos;+&apos; può trovarsi solo all&apos;inizio di un numero</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>prefisso internazionale sconosciuto</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>troppo corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>troppo lungo</translation>
    </message>
    <message>
        <source>A number with + has only digits after it (at most 15)</source>
        <translation>Un numero con + contiene solo cifre dopo il + (al massimo 15)</translation>
    </message>
    <message>
        <source>The tel: link&apos;s phone-context is neither a domain nor a +number</source>
        <translation>Il phone-context del link tel: non è né un dominio né un +numero</translation>
    </message>
    <message>
        <source>The address&apos;s user part is not valid text</source>
        <translation>La parte utente dell&apos;indirizzo non è un testo valido</translation>
    </message>
    <message>
        <source>The SIP address has a parameter that cannot be sent</source>
        <translation>L&apos;indirizzo SIP contiene un parametro che non può essere inviato</translation>
    </message>
    <message>
        <source>That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)</source>
        <translation>Troppo lungo per essere un numero di telefono (al massimo {MAX_INPUT_LENGTH} caratteri)</translation>
    </message>
    <message>
        <source>The number contains the digit {value!r}, which is not 0–9; type it with 0–9</source>
        <translation>Il numero contiene la cifra {value!r}, che non è 0–9; lo digiti con 0–9</translation>
    </message>
    <message>
        <source>That number is too long (a phone number has at most {MAX_PUBLIC_DIGITS} digits)</source>
        <translation>Il numero è troppo lungo (un numero di telefono ha al massimo {MAX_PUBLIC_DIGITS} cifre)</translation>
    </message>
    <message>
        <source>{cleaned} is not a valid phone number in {region_name}; for another country start with + and the country code</source>
        <translation>{cleaned} non è un numero di telefono valido in {region_name}; per un altro paese inizi con + e il prefisso internazionale</translation>
    </message>
    <message>
        <source>The character {bad!r} cannot be dialled; use digits 0–9, + * and #</source>
        <translation>Il carattere {bad!r} non può essere composto; usi le cifre 0–9, + * e #</translation>
    </message>
    <message>
        <source>That number is too long (at most {MAX_FEATURE_LENGTH} characters without +)</source>
        <translation>Il numero è troppo lungo (al massimo {MAX_FEATURE_LENGTH} caratteri senza +)</translation>
    </message>
    <message>
        <source>{value!r} is not a host name</source>
        <translation>{value!r} non è un nome host</translation>
    </message>
    <message>
        <source>That is too long to call (at most {MAX_URI_INPUT} characters)</source>
        <translation>Troppo lungo per essere chiamato (al massimo {MAX_URI_INPUT} caratteri)</translation>
    </message>
    <message>
        <source>That feature code is too long (at most {MAX_FEATURE_LENGTH} characters)</source>
        <translation>Il codice di servizio è troppo lungo (al massimo {MAX_FEATURE_LENGTH} caratteri)</translation>
    </message>
    <message>
        <source>That is not a phone number we can dial ({parse_reason})</source>
        <translation>Non è un numero di telefono che è possibile comporre ({parse_reason})</translation>
    </message>
    <message>
        <source>{cleaned} is not a valid phone number</source>
        <translation>{cleaned} non è un numero di telefono valido</translation>
    </message>
</context>
<context>
    <name>DirectoryMerge</name>
    <message>
        <source>{count} of {total} sources answered</source>
        <translation>{count} di {total} fonti hanno risposto</translation>
    </message>
    <message>
        <source>still asking {sources}</source>
        <translation>in attesa di {sources}</translation>
    </message>
    <message>
        <source>{sources} did not answer in time</source>
        <translation>{sources} non hanno risposto in tempo</translation>
    </message>
    <message>
        <source>{source}: the search failed ({error})</source>
        <translation>{source}: ricerca non riuscita ({error})</translation>
    </message>
</context>
<context>
    <name>DstnyErrors</name>
    <message>
        <source>The server no longer accepts this sign-in; please sign in again</source>
        <translation>Il server non accetta più questo accesso; effettui di nuovo l&apos;accesso</translation>
    </message>
    <message>
        <source>{feature} is not available with this account</source>
        <translation>{feature} non è disponibile con questo account</translation>
    </message>
    <message>
        <source>{feature}: the server does not know this item (it may have ended or been removed)</source>
        <translation>{feature}: il server non riconosce questo elemento (potrebbe essere terminato o stato rimosso)</translation>
    </message>
    <message>
        <source>{feature}: the call changed before the command arrived; check it and try again</source>
        <translation>{feature}: la chiamata è cambiata prima dell&apos;arrivo del comando; la controlli e riprovi</translation>
    </message>
    <message>
        <source>{feature}: the server refused the request</source>
        <translation>{feature}: il server ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>{feature}: the server is busy; try again shortly</source>
        <translation>{feature}: il server è occupato; riprovi tra poco</translation>
    </message>
    <message>
        <source>{feature}: the server had a problem (HTTP {status})</source>
        <translation>{feature}: si è verificato un problema sul server (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: the server refused the request (HTTP {status})</source>
        <translation>{feature}: il server ha rifiutato la richiesta (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: the server gave an unexpected answer (HTTP {status})</source>
        <translation>{feature}: il server ha dato una risposta imprevista (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature} is not available with this account: the ticket lacks the {scope} scope</source>
        <translation>{feature} non è disponibile con questo account: il ticket non ha l&apos;ambito {scope}</translation>
    </message>
    <message>
        <source>The server could not be reached in time</source>
        <translation>Impossibile raggiungere il server in tempo</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Could not connect to the server (check the network and the server address)</source>
        <translation>Impossibile connettersi al server (verifichi la rete e l&apos;indirizzo del server)</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>La connessione al server è stata persa</translation>
    </message>
    <message>
        <source>The proxy refused the connection to the server</source>
        <translation>Il proxy ha rifiutato la connessione al server</translation>
    </message>
    <message>
        <source>The server address is not a valid http(s) address</source>
        <translation>L&apos;indirizzo del server non è un indirizzo http(s) valido</translation>
    </message>
    <message>
        <source>Could not talk to the server</source>
        <translation>Impossibile comunicare con il server</translation>
    </message>
    <message>
        <source>; the command may still have been carried out, so check the call before trying again</source>
        <translation>; il comando potrebbe essere stato comunque eseguito, quindi controlli la chiamata prima di riprovare</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source> Details are in the log.</source>
        <translation> I dettagli sono nel log.</translation>
    </message>
    <message>
        <source> Details are in the log ({file}).</source>
        <translation> I dettagli sono nel log ({file}).</translation>
    </message>
    <message>
        <source>Unexpected error — {summary}.{where_logged} The app keeps running.</source>
        <translation>Errore imprevisto — {summary}.{where_logged} L&apos;app continua a funzionare.</translation>
    </message>
    <message>
        <source>Something went wrong in the background: {message}. The app keeps running.</source>
        <translation>Si è verificato un problema in background: {message}. L&apos;app continua a funzionare.</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>Call forwarding</source>
        <translation>Inoltro di chiamata</translation>
    </message>
    <message>
        <source>Call forwarding now</source>
        <translation>Inoltro di chiamata attuale</translation>
    </message>
    <message>
        <source>Call forwarding details</source>
        <translation>Dettagli inoltro di chiamata</translation>
    </message>
    <message>
        <source>Number or extension, e.g. 070-123 45 67</source>
        <translation>Numero o interno, ad es. 070-123 45 67</translation>
    </message>
    <message>
        <source>Forward my calls to</source>
        <translation>Inoltra le mie chiamate a</translation>
    </message>
    <message>
        <source>The phone number or extension every call to you should go to</source>
        <translation>Il numero di telefono o l&apos;interno a cui inoltrare tutte le chiamate a Lei dirette</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Inoltra</translation>
    </message>
    <message>
        <source>Forward my calls</source>
        <translation>Inoltra le mie chiamate</translation>
    </message>
    <message>
        <source>Forward every call to the number entered</source>
        <translation>Inoltra tutte le chiamate al numero inserito</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Stop forwarding my calls</source>
        <translation>Interrompi l&apos;inoltro delle mie chiamate</translation>
    </message>
    <message>
        <source>Stop forwarding: calls ring you again</source>
        <translation>Interrompi l&apos;inoltro: le chiamate tornano a squillare da Lei</translation>
    </message>
    <message>
        <source>Turn off &amp;every rule</source>
        <translation>Disattiva &amp;tutte le regole</translation>
    </message>
    <message>
        <source>Turn off every forwarding rule of my line</source>
        <translation>Disattiva tutte le regole di inoltro della mia linea</translation>
    </message>
    <message>
        <source>Stop every forwarding of your main line: all calls, when busy, when you do not answer, when you cannot be reached</source>
        <translation>Interrompi ogni inoltro della linea principale: tutte le chiamate, se occupato, se non risponde, se non è raggiungibile</translation>
    </message>
    <message>
        <source>What is wrong with the number</source>
        <translation>Cosa non va nel numero</translation>
    </message>
    <message>
        <source>Call forwarding error</source>
        <translation>Errore dell&apos;inoltro di chiamata</translation>
    </message>
    <message>
        <source>Call forwarding refresh status</source>
        <translation>Stato di aggiornamento dell&apos;inoltro di chiamata</translation>
    </message>
    <message>
        <source>While my presence is…</source>
        <translation>Quando la mia presenza è…</translation>
    </message>
    <message>
        <source>Activity forwarding</source>
        <translation>Inoltro per attività</translation>
    </message>
    <message>
        <source>Activity to forward calls for</source>
        <translation>Attività per cui inoltrare le chiamate</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Numero o interno</translation>
    </message>
    <message>
        <source>Forward calls during the activity to</source>
        <translation>Durante l&apos;attività inoltra le chiamate a</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Set activity forwarding</source>
        <translation>Imposta inoltro per attività</translation>
    </message>
    <message>
        <source>Forward calls to this number while you are in the chosen activity</source>
        <translation>Inoltra le chiamate a questo numero mentre è nell&apos;attività scelta</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Forward my calls to…</source>
        <translation>Inoltra le mie chiamate a…</translation>
    </message>
    <message>
        <source>{detail} Click to change it.</source>
        <translation>{detail} Faccia clic per modificarlo.</translation>
    </message>
    <message>
        <source>{value}: forwarded to {value2}</source>
        <translation>{value}: inoltrato a {value2}</translation>
    </message>
    <message>
        <source>While {value}, calls go to {value2}</source>
        <translation>Durante {value}, le chiamate vanno a {value2}</translation>
    </message>
    <message>
        <source>Forwarding…</source>
        <translation>Inoltro in corso…</translation>
    </message>
    <message>
        <source>Reading your call forwarding…</source>
        <translation>Lettura dell&apos;inoltro di chiamata…</translation>
    </message>
    <message>
        <source>Calls ring you as usual.</source>
        <translation>Le chiamate squillano normalmente.</translation>
    </message>
    <message>
        <source>by your presence</source>
        <translation>in base alla Sua presenza</translation>
    </message>
    <message>
        <source>are diverted</source>
        <translation>vengono deviate</translation>
    </message>
    <message>
        <source>would be diverted</source>
        <translation>verrebbero deviate</translation>
    </message>
    <message>
        <source>This account cannot forward calls</source>
        <translation>Questo account non può inoltrare le chiamate</translation>
    </message>
    <message>
        <source>Could not read your call forwarding</source>
        <translation>Impossibile leggere l&apos;inoltro di chiamata</translation>
    </message>
    <message>
        <source>This account cannot turn its forwarding rules off at once</source>
        <translation>Questo account non può disattivare tutte le regole di inoltro insieme</translation>
    </message>
    <message numerus="yes">
        <source>%n other rule forwards</source>
        <translation>
            <numerusform>%n altra regola inoltra</numerusform>
            <numerusform>%n altre regole inoltrano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other rules forward</source>
        <translation>
            <numerusform>%n altra regola inoltra</numerusform>
            <numerusform>%n altre regole inoltrano</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the activity whose forwarding you want to change</source>
        <translation>Scelga l&apos;attività di cui vuole modificare l&apos;inoltro</translation>
    </message>
    <message>
        <source>Every call to you is forwarded to {format_for_display}.</source>
        <translation>Tutte le chiamate a Lei dirette vengono inoltrate a {format_for_display}.</translation>
    </message>
    <message>
        <source>while you are “{activity_name}”</source>
        <translation>quando il Suo stato è “{activity_name}”</translation>
    </message>
    <message>
        <source>Calls {verb} to {number} {by}; this ends when your presence changes.</source>
        <translation>Le chiamate {verb} a {number} {by}; ciò termina quando cambia la Sua presenza.</translation>
    </message>
    <message>
        <source>Calls are also forwarded {said}.</source>
        <translation>Le chiamate vengono inoltrate anche {said}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more rule forward calls on your other line.</source>
        <translation>
            <numerusform>%n altra regola inoltra le chiamate sull&apos;altra Sua linea.</numerusform>
            <numerusform>%n altre regole inoltrano le chiamate sull&apos;altra Sua linea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rules forward calls on your other line.</source>
        <translation>
            <numerusform>%n altra regola inoltra le chiamate sull&apos;altra Sua linea.</numerusform>
            <numerusform>%n altre regole inoltrano le chiamate sull&apos;altra Sua linea.</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} to {number}</source>
        <translation>{rule} a {number}</translation>
    </message>
    <message>
        <source>{rules} some calls (when you are busy or do not answer, or on your other line).</source>
        <translation>{rules} alcune chiamate (quando è occupato o non risponde, oppure sull&apos;altra Sua linea).</translation>
    </message>
    <message>
        <source>“{activity_id}” is not one of your presence activities</source>
        <translation>“{activity_id}” non è una delle Sue attività di presenza</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Change the forwarding during {value}</source>
        <translation>Modifica l&apos;inoltro durante {value}</translation>
    </message>
    <message>
        <source>Read this activity&apos;s number from the phone system and change it below</source>
        <translation>Leggi dal sistema telefonico il numero di questa attività e modificalo qui sotto</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Non inoltrate</translation>
    </message>
    <message>
        <source>when you are busy</source>
        <translation>quando è occupato</translation>
    </message>
    <message>
        <source>when you are in a call</source>
        <translation>quando è in chiamata</translation>
    </message>
    <message>
        <source>when you are in a call or cannot be reached</source>
        <translation>quando è in chiamata o non è raggiungibile</translation>
    </message>
    <message>
        <source>when you are busy or cannot be reached</source>
        <translation>quando è occupato o non è raggiungibile</translation>
    </message>
    <message>
        <source>when you do not answer</source>
        <translation>quando non risponde</translation>
    </message>
    <message>
        <source>when you do not answer or cannot be reached</source>
        <translation>quando non risponde o non è raggiungibile</translation>
    </message>
    <message>
        <source>when you cannot be reached</source>
        <translation>quando non è raggiungibile</translation>
    </message>
    <message>
        <source>Not forwarded (some calls are, by other rules)</source>
        <translation>Non inoltrate (alcune chiamate sì, in base ad altre regole)</translation>
    </message>
    <message>
        <source>Enter the number to forward your calls to</source>
        <translation>Inserisca il numero a cui inoltrare le chiamate</translation>
    </message>
    <message>
        <source>Calls cannot be forwarded to a feature code; enter a phone number or an extension</source>
        <translation>Le chiamate non possono essere inoltrate a un codice di servizio; inserisca un numero di telefono o un interno</translation>
    </message>
    <message>
        <source>Forwarded to {format_for_display}</source>
        <translation>Inoltrate a {format_for_display}</translation>
    </message>
    <message>
        <source>Diverted to {format_for_display}</source>
        <translation>Deviate a {format_for_display}</translation>
    </message>
    <message>
        <source>{words} while {activity_name}</source>
        <translation>{words} durante {activity_name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Stop forwarding during {value}</source>
        <translation>Interrompi l&apos;inoltro durante {value}</translation>
    </message>
    <message>
        <source>No activity forwards your calls</source>
        <translation>Nessuna attività inoltra le Sue chiamate</translation>
    </message>
    <message>
        <source>Call forwarding: {text}</source>
        <translation>Inoltro di chiamata: {text}</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Rispondi alla chiamata in arrivo</translation>
    </message>
    <message>
        <source>Hang up the active call</source>
        <translation>Riaggancia la chiamata attiva</translation>
    </message>
    <message>
        <source>Call the selected number</source>
        <translation>Chiama il numero selezionato</translation>
    </message>
    <message>
        <source>On Wayland the app cannot hear keys pressed in other programs. Bind the commands cti-desktop answer, cti-desktop hangup and cti-desktop dial --selection to keys in your desktop&apos;s keyboard settings instead.</source>
        <translation>Su Wayland l&apos;app non può rilevare i tasti premuti in altri programmi. Associ invece i comandi cti-desktop answer, cti-desktop hangup e cti-desktop dial --selection a dei tasti nelle impostazioni della tastiera del desktop.</translation>
    </message>
    <message>
        <source>There is no X display, so keys pressed in other programs cannot be heard.</source>
        <translation>Non c&apos;è alcun display X, quindi i tasti premuti in altri programmi non possono essere rilevati.</translation>
    </message>
    <message>
        <source>A key is text such as Ctrl+Alt+A, or off</source>
        <translation>Un tasto è un testo come Ctrl+Alt+A, oppure off</translation>
    </message>
    <message>
        <source>{text} is not a key; write it as Ctrl+Alt+A, or off</source>
        <translation>{text} non è un tasto; lo scriva come Ctrl+Alt+A, oppure off</translation>
    </message>
    <message>
        <source>{text} needs a modifier, e.g. Ctrl+{key}</source>
        <translation>{text} richiede un modificatore, ad es. Ctrl+{key}</translation>
    </message>
    <message>
        <source>{key} is already the key for: {action}</source>
        <translation>{key} è già il tasto per: {action}</translation>
    </message>
    <message>
        <source>{part} is not a modifier; use Ctrl, Alt, Shift or Meta</source>
        <translation>{part} non è un modificatore; usi Ctrl, Alt, Shift o Meta</translation>
    </message>
    <message>
        <source>{part} is there twice</source>
        <translation>{part} è presente due volte</translation>
    </message>
    <message>
        <source>{part} cannot be a global key; use a letter, a digit or F1–F24</source>
        <translation>{part} non può essere un tasto globale; usi una lettera, una cifra o F1–F24</translation>
    </message>
    <message>
        <source>{text} would fire while typing or clash with programs&apos; own keys; use two modifiers, e.g. Ctrl+Alt+{key}</source>
        <translation>{text} si attiverebbe durante la digitazione o entrerebbe in conflitto con i tasti dei programmi; usi due modificatori, ad es. Ctrl+Alt+{key}</translation>
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
        <translation>Nessuna chiamata in arrivo a cui sia possibile rispondere qui.</translation>
    </message>
    <message>
        <source>There is no active call to hang up.</source>
        <translation>Non c&apos;è alcuna chiamata attiva da riagganciare.</translation>
    </message>
    <message>
        <source>Select a number first, then press the key again.</source>
        <translation>Selezioni prima un numero, poi prema di nuovo il tasto.</translation>
    </message>
    <message>
        <source>“{text}” is not a number to call.</source>
        <translation>“{text}” non è un numero da chiamare.</translation>
    </message>
    <message>
        <source>The call could not be made: {reason}</source>
        <translation>Impossibile effettuare la chiamata: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a number to call: {reason}</source>
        <translation>“{text}” non è un numero da chiamare: {reason}</translation>
    </message>
    <message>
        <source>see the window</source>
        <translation>vedere la finestra</translation>
    </message>
</context>
<context>
    <name>GroupCallLog</name>
    <message>
        <source>Group call log</source>
        <translation>Registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Show the call log of one group, or of all your groups</source>
        <translation>Mostra il registro chiamate di un gruppo o di tutti i Suoi gruppi</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo di chiamata</translation>
    </message>
    <message>
        <source>Show all calls, or only missed, answered or forwarded ones</source>
        <translation>Mostra tutte le chiamate o solo quelle perse, risposte o inoltrate</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Refresh the group call log</source>
        <translation>Aggiorna il registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Read the group call log from the server now (F5)</source>
        <translation>Leggi ora dal server il registro chiamate di gruppo (F5)</translation>
    </message>
    <message>
        <source>Group call log error</source>
        <translation>Errore del registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Group call log refresh status</source>
        <translation>Stato di aggiornamento del registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Group call log notice</source>
        <translation>Avviso del registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Loading the group call log…</source>
        <translation>Caricamento del registro chiamate di gruppo…</translation>
    </message>
    <message>
        <source>Group call log status</source>
        <translation>Stato del registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Group calls</source>
        <translation>Chiamate di gruppo</translation>
    </message>
    <message>
        <source>Calls to your groups, newest first. Enter calls the selected caller back</source>
        <translation>Chiamate ai Suoi gruppi, dalle più recenti. Enter per richiamare il chiamante selezionato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Queue time</source>
        <translation>Tempo in coda</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Risposta da</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tutte le chiamate</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Inoltrate</translation>
    </message>
    <message>
        <source>Unhandled</source>
        <translation>Non gestita</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestita</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>A note for the other agents, saved with Take it or Mark handled</source>
        <translation>Una nota per gli altri operatori, salvata con Prendi in carico o Segna come gestita</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (facoltativa)</translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <source>Take the selected call</source>
        <translation>Prendi in carico la chiamata selezionata</translation>
    </message>
    <message>
        <source>Assign the selected call to you (in progress), with the note if any</source>
        <translation>Assegna a sé la chiamata selezionata (in corso), con l&apos;eventuale nota</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>&amp;Segna come gestita</translation>
    </message>
    <message>
        <source>Mark the selected call handled</source>
        <translation>Segna come gestita la chiamata selezionata</translation>
    </message>
    <message>
        <source>Mark the selected call handled, with the note if any</source>
        <translation>Segna come gestita la chiamata selezionata, con l&apos;eventuale nota</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Rilascia</translation>
    </message>
    <message>
        <source>Release the selected call</source>
        <translation>Rilascia la chiamata selezionata</translation>
    </message>
    <message>
        <source>Put the selected call back to unhandled, for anyone in the group to take</source>
        <translation>Riporta la chiamata selezionata a non gestita, perché chiunque nel gruppo possa prenderla in carico</translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation>Ri&amp;chiama</translation>
    </message>
    <message>
        <source>Call the selected caller back</source>
        <translation>Richiama il chiamante selezionato</translation>
    </message>
    <message>
        <source>Call the caller back from your softphone and take the call if nobody has</source>
        <translation>Richiama il chiamante dal softphone e prendi in carico la chiamata se nessuno l&apos;ha fatto</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assegnate a me</translation>
    </message>
    <message>
        <source>Assigned to me heading</source>
        <translation>Intestazione Assegnate a me</translation>
    </message>
    <message>
        <source>Calls assigned to me</source>
        <translation>Chiamate assegnate a me</translation>
    </message>
    <message>
        <source>Calls you have taken and not yet marked handled. Enter calls back</source>
        <translation>Chiamate che ha preso in carico e non ha ancora segnato come gestite. Enter per richiamare</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>Nulla assegnato a Lei</translation>
    </message>
    <message>
        <source>Assigned to me status</source>
        <translation>Stato di Assegnate a me</translation>
    </message>
    <message>
        <source>{type} call from {caller} to {group} at {time}</source>
        <translation>Chiamata {type} da {caller} a {group} alle {time}</translation>
    </message>
    <message>
        <source>waited {time}</source>
        <translation>attesa {time}</translation>
    </message>
    <message>
        <source>No calls in this group call log</source>
        <translation>Nessuna chiamata in questo registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>answered by {agent}</source>
        <translation>risposta da {agent}</translation>
    </message>
    <message>
        <source>forwarded ({reason})</source>
        <translation>inoltrata ({reason})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tutti i gruppi</translation>
    </message>
    <message>
        <source>This account has no group call log</source>
        <translation>Questo account non ha un registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>This account has no groups</source>
        <translation>Questo account non ha gruppi</translation>
    </message>
    <message>
        <source>Could not read the group call log</source>
        <translation>Impossibile leggere il registro chiamate di gruppo</translation>
    </message>
</context>
<context>
    <name>GroupCallLogCommands</name>
    <message>
        <source>another agent</source>
        <translation>un altro operatore</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Not calling, so the caller is not called twice.</source>
        <translation>Nessuna chiamata avviata, per non chiamare due volte il chiamante.</translation>
    </message>
    <message>
        <source>That call is no longer in the group call log</source>
        <translation>La chiamata non è più nel registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>That call is no longer in the group call log; the list has been refreshed</source>
        <translation>La chiamata non è più nel registro chiamate di gruppo; l&apos;elenco è stato aggiornato</translation>
    </message>
    <message>
        <source>This account cannot update the group call log</source>
        <translation>Questo account non può aggiornare il registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>You have taken this call</source>
        <translation>Ha preso in carico questa chiamata</translation>
    </message>
    <message>
        <source>Marked as handled</source>
        <translation>Segnata come gestita</translation>
    </message>
    <message>
        <source>Released: anyone in the group can take it now</source>
        <translation>Rilasciata: ora chiunque nel gruppo può prenderla in carico</translation>
    </message>
    <message>
        <source>This account cannot place calls</source>
        <translation>Questo account non può effettuare chiamate</translation>
    </message>
    <message>
        <source>This call is being updated; try again in a moment</source>
        <translation>La chiamata è in fase di aggiornamento; riprovi tra un momento</translation>
    </message>
    <message>
        <source> (note: {handled_note})</source>
        <translation> (nota: {handled_note})</translation>
    </message>
    <message>
        <source>This call is already taken by {who}{note}. {outcome}</source>
        <translation>La chiamata è già stata presa in carico da {who}{note}. {outcome}</translation>
    </message>
    <message>
        <source>This call was already handled by {who}{note}. {outcome}</source>
        <translation>La chiamata è già stata gestita da {who}{note}. {outcome}</translation>
    </message>
    <message>
        <source>This call has no number to call back</source>
        <translation>Questa chiamata non ha un numero da richiamare</translation>
    </message>
    <message>
        <source>The note is too long: at most {NOTE_LIMIT} characters, not {count}</source>
        <translation>La nota è troppo lunga: al massimo {NOTE_LIMIT} caratteri, non {count}</translation>
    </message>
    <message>
        <source>Calling back {number}</source>
        <translation>Richiamata di {number}</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Richiamato</translation>
    </message>
    <message>
        <source>Calling {number}, but it could not be marked as yours: {exc}</source>
        <translation>Chiamata a {number} in corso, ma non è stato possibile assegnarla a Lei: {exc}</translation>
    </message>
</context>
<context>
    <name>GroupCallLogRows</name>
    <message>
        <source>Unknown time</source>
        <translation>Ora sconosciuta</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Numero sconosciuto</translation>
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
        <translation>In corso ({by})</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestita</translation>
    </message>
    <message>
        <source>Handled ({by})</source>
        <translation>Gestita ({by})</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <source>hanging up the call</source>
        <translation>chiusura della chiamata</translation>
    </message>
    <message>
        <source>Call from a link</source>
        <translation>Chiamata da un link</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Non chiedere più</translation>
    </message>
    <message>
        <source>extension {number}</source>
        <translation>interno {number}</translation>
    </message>
    <message>
        <source>the code {code}</source>
        <translation>il codice {code}</translation>
    </message>
    <message>
        <source>the window is shown</source>
        <translation>la finestra è mostrata</translation>
    </message>
    <message>
        <source>The window is not signed in yet</source>
        <translation>La finestra non ha ancora effettuato l&apos;accesso</translation>
    </message>
    <message>
        <source>There is no call to hang up right now</source>
        <translation>Non c&apos;è nessuna chiamata da chiudere ora</translation>
    </message>
    <message>
        <source>answering the call</source>
        <translation>risposta alla chiamata</translation>
    </message>
    <message>
        <source>Call {number}?</source>
        <translation>Chiamare {number}?</translation>
    </message>
    <message>
        <source>calling {number}</source>
        <translation>chiamata a {number}</translation>
    </message>
    <message>
        <source>There is no call to answer right now</source>
        <translation>Non c&apos;è nessuna chiamata a cui rispondere ora</translation>
    </message>
    <message>
        <source>{number} is called once signed in</source>
        <translation>{number} verrà chiamato dopo l&apos;accesso</translation>
    </message>
    <message>
        <source>asking whether to call {number}</source>
        <translation>richiesta di conferma per chiamare {number}</translation>
    </message>
    <message>
        <source>Then enter the extension {extension} on the keypad once answered.</source>
        <translation>Poi digiti l&apos;interno {extension} sul tastierino quando rispondono.</translation>
    </message>
    <message>
        <source>Once {number} answers, enter the extension {extension} on the keypad.</source>
        <translation>Quando {number} risponde, digiti l&apos;interno {extension} sul tastierino.</translation>
    </message>
</context>
<context>
    <name>InstanceRequests</name>
    <message>
        <source>request</source>
        <translation>richiesta</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>The request is not from a cti-desktop of this version</source>
        <translation>La richiesta non proviene da un cti-desktop di questa versione</translation>
    </message>
    <message>
        <source>The running window&apos;s reply is not one of this version</source>
        <translation>La risposta della finestra in esecuzione non è di questa versione</translation>
    </message>
    <message>
        <source>The {what} is not bytes</source>
        <translation>La {what} non è in byte</translation>
    </message>
    <message>
        <source>The {what} is longer than {n} bytes</source>
        <translation>La {what} supera i {n} byte</translation>
    </message>
    <message>
        <source>The {what} is not exactly one line</source>
        <translation>La {what} non è esattamente una riga</translation>
    </message>
    <message>
        <source>The {what} contains control characters</source>
        <translation>La {what} contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>Unknown request {verb!r}</source>
        <translation>Richiesta sconosciuta {verb!r}</translation>
    </message>
    <message>
        <source>The {verb} request needs what to call</source>
        <translation>La richiesta {verb} deve indicare cosa chiamare</translation>
    </message>
    <message>
        <source>The {verb} request takes nothing after it</source>
        <translation>La richiesta {verb} non accetta nulla dopo di sé</translation>
    </message>
    <message>
        <source>The {what} is not UTF-8 text</source>
        <translation>La {what} non è testo UTF-8</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a carriage return</source>
        <translation>un ritorno a capo</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un&apos;interruzione di riga</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulazione</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>uno spazio</translation>
    </message>
    <message>
        <source>the invisible character U+{ord:04X}</source>
        <translation>il carattere invisibile U+{ord:04X}</translation>
    </message>
    <message>
        <source>The link has no host (it must look like https://crm.example/…)</source>
        <translation>Il link non ha un host (deve avere la forma https://crm.example/…)</translation>
    </message>
    <message>
        <source>The link&apos;s host contains percent-encoding, which is not allowed</source>
        <translation>L&apos;host del link contiene una codifica percentuale, che non è consentita</translation>
    </message>
    <message>
        <source>The link is empty</source>
        <translation>Il link è vuoto</translation>
    </message>
    <message>
        <source>The link contains a backslash, which is not allowed in a link</source>
        <translation>Il link contiene una barra rovesciata, che non è consentita in un link</translation>
    </message>
    <message>
        <source>The link has no scheme: it must start with https:// or http://</source>
        <translation>Il link non ha uno schema: deve iniziare con https:// o http://</translation>
    </message>
    <message>
        <source>The link must look like https://host/…</source>
        <translation>Il link deve avere la forma https://host/…</translation>
    </message>
    <message>
        <source>The link contains a user name or password, which is not allowed</source>
        <translation>Il link contiene un nome utente o una password, che non sono consentiti</translation>
    </message>
    <message>
        <source>The link template has an unmatched { or }</source>
        <translation>Il modello di link contiene una { o una } senza corrispondenza</translation>
    </message>
    <message>
        <source>No record link is configured (set a URL template such as https://crm.example/search?phone={number})</source>
        <translation>Nessun link alla scheda configurato (imposti un modello di URL come https://crm.example/search?phone={number})</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid address</source>
        <translation>L&apos;host del link non è un indirizzo valido</translation>
    </message>
    <message>
        <source>The link&apos;s host may not name a network interface</source>
        <translation>L&apos;host del link non può indicare un&apos;interfaccia di rete</translation>
    </message>
    <message>
        <source>The link&apos;s port is not a number between 1 and 65535</source>
        <translation>La porta del link non è un numero compreso tra 1 e 65535</translation>
    </message>
    <message>
        <source>Test Person</source>
        <translation>Persona di prova</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid IPv6 address</source>
        <translation>L&apos;host del link non è un indirizzo IPv6 valido</translation>
    </message>
    <message>
        <source>The link&apos;s host is not a valid international domain name</source>
        <translation>L&apos;host del link non è un nome di dominio internazionale valido</translation>
    </message>
    <message>
        <source>The link&apos;s host {host!r} is not a valid host name</source>
        <translation>L&apos;host del link {host!r} non è un nome host valido</translation>
    </message>
    <message>
        <source>The link is too long ({count} characters, at most {MAX_URL_LENGTH})</source>
        <translation>Il link è troppo lungo ({count} caratteri, al massimo {MAX_URL_LENGTH})</translation>
    </message>
    <message>
        <source>Only http and https links are opened, not {scheme}: links</source>
        <translation>Vengono aperti solo link http e https, non link {scheme}:</translation>
    </message>
    <message>
        <source>The link contains {describe}, which is not allowed in a link</source>
        <translation>Il link contiene {describe}, che non è consentito in un link</translation>
    </message>
    <message>
        <source>The link is not a valid URL ({exc})</source>
        <translation>Il link non è un URL valido ({exc})</translation>
    </message>
    <message>
        <source>The link template uses an unknown placeholder {{{name}}}; use {allowed}</source>
        <translation>Il modello di link usa un segnaposto sconosciuto {{{name}}}; usi {allowed}</translation>
    </message>
    <message>
        <source>The link template contains {describe}, which is not allowed in a link</source>
        <translation>Il modello di link contiene {describe}, che non è consentito in un link</translation>
    </message>
    <message>
        <source>The record link template cannot be used: {message}</source>
        <translation>Il modello di link alla scheda non può essere usato: {message}</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Enter the {source_secret} for {source_name}</source>
        <translation>Inserisca {source_secret} per {source_name}</translation>
    </message>
    <message>
        <source>{label} is already in the list</source>
        <translation>{label} è già nell&apos;elenco</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CTI Desktop</source>
        <translation>Accesso — CTI Desktop</translation>
    </message>
    <message>
        <source>CTI Desktop logo</source>
        <translation>Logo di CTI Desktop</translation>
    </message>
    <message>
        <source>Sign in to your phone system</source>
        <translation>Acceda al Suo sistema telefonico</translation>
    </message>
    <message>
        <source>Your password is used once to create a sign-in ticket; it is never saved.</source>
        <translation>La password viene usata una sola volta per creare un ticket di accesso; non viene mai salvata.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>Accedi con una password</translation>
    </message>
    <message>
        <source>Sign in with your password; a ticket is created and stored</source>
        <translation>Acceda con la Sua password; viene creato e memorizzato un ticket</translation>
    </message>
    <message>
        <source>Existing &amp;ticket</source>
        <translation>&amp;Ticket esistente</translation>
    </message>
    <message>
        <source>Sign in with an existing ticket</source>
        <translation>Accedi con un ticket esistente</translation>
    </message>
    <message>
        <source>Paste a ticket created elsewhere, e.g. in the portal</source>
        <translation>Incolli un ticket creato altrove, ad es. nel portale</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Accedi con:</translation>
    </message>
    <message>
        <source>Remember this account (not the password)</source>
        <translation>Ricorda questo account (non la password)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Your password (used once, never saved)</source>
        <translation>La Sua password (usata una sola volta, mai salvata)</translation>
    </message>
    <message>
        <source>Paste the ticket here</source>
        <translation>Incolli qui il ticket</translation>
    </message>
    <message>
        <source>A ticket created elsewhere; it is checked, then stored in the keyring</source>
        <translation>Un ticket creato altrove; viene verificato e poi memorizzato nel portachiavi</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation>Ricorda questo account</translation>
    </message>
    <message>
        <source>Save the server, domain and user as a profile; secrets go to the system keyring only</source>
        <translation>Salva server, dominio e utente come profilo; i segreti vanno solo nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema nelle impostazioni</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema di accesso</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Accesso in corso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Accedi (Enter)</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>Prova la de&amp;mo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls; nothing is saved</source>
        <translation>Accedi a un sistema telefonico simulato con chiamate fittizie; non viene salvato nulla</translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls (as cti-desktop --demo); nothing is saved</source>
        <translation>Accedi a un sistema telefonico simulato con chiamate fittizie (come cti-desktop --demo); non viene salvato nulla</translation>
    </message>
    <message>
        <source>{allow_cancel_text} (Esc); while signing in, stop the attempt</source>
        <translation>{allow_cancel_text} (Esc); durante l&apos;accesso, interrompe il tentativo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Phone system</source>
        <translation>Centralino</translation>
    </message>
    <message>
        <source>Which phone system you sign in to</source>
        <translation>Il centralino a cui accedere</translation>
    </message>
    <message>
        <source>The address of your phone system</source>
        <translation>L&apos;indirizzo del Suo centralino</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain</source>
        <translation>Il dominio della Sua organizzazione</translation>
    </message>
    <message>
        <source>anna</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>Your user name (without the domain)</source>
        <translation>Il Suo nome utente (senza il dominio)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Phone system:</source>
        <translation>&amp;Centralino:</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Starting the demo phone system…</source>
        <translation>Avvio del centralino demo…</translation>
    </message>
    <message>
        <source>This app has no demo phone system to try</source>
        <translation>Questa app non dispone di un centralino demo da provare</translation>
    </message>
    <message>
        <source>the API key&apos;s company</source>
        <translation>l&apos;azienda della chiave API</translation>
    </message>
    <message>
        <source>Signing in as {who}…</source>
        <translation>Accesso come {who}…</translation>
    </message>
    <message>
        <source>Storing the secrets…</source>
        <translation>Salvataggio delle credenziali…</translation>
    </message>
    <message>
        <source>The server refused this ticket (it may have expired, been revoked or lack permissions)</source>
        <translation>Il server ha rifiutato questo ticket (potrebbe essere scaduto, revocato o privo di autorizzazioni)</translation>
    </message>
</context>
<context>
    <name>LoginProfiles</name>
    <message>
        <source>New account…</source>
        <translation>Nuovo account…</translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation>Account salvato</translation>
    </message>
    <message>
        <source>Pick a saved account, or a new one</source>
        <translation>Scegliere un account salvato o uno nuovo</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Dimentica</translation>
    </message>
    <message>
        <source>Forget the saved account</source>
        <translation>Dimentica l&apos;account salvato</translation>
    </message>
    <message>
        <source>Remove this saved account from the list</source>
        <translation>Rimuovere questo account salvato dall&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Choose which kind of directory to add</source>
        <translation>Scegliere il tipo di rubrica da aggiungere</translation>
    </message>
    <message>
        <source>The {source_name} source</source>
        <translation>L&apos;origine {source_name}</translation>
    </message>
    <message>
        <source>The profile applies to this session only: the settings file {path} could not be read, so nothing is saved over it.</source>
        <translation>Il profilo vale solo per questa sessione: non è stato possibile leggere il file delle impostazioni {path}, quindi non viene sovrascritto.</translation>
    </message>
    <message>
        <source>Signed in, but the profile was not saved: {exc}</source>
        <translation>Accesso eseguito, ma il profilo non è stato salvato: {exc}</translation>
    </message>
    <message>
        <source>The settings could not be saved ({value}); they apply to this session only.</source>
        <translation>Non è stato possibile salvare le impostazioni ({value}); valgono solo per questa sessione.</translation>
    </message>
</context>
<context>
    <name>LoginSources</name>
    <message>
        <source>Extra contact sources</source>
        <translation>Origini contatti aggiuntive</translation>
    </message>
    <message>
        <source>Show extra contact sources</source>
        <translation>Mostra origini contatti aggiuntive</translation>
    </message>
    <message>
        <source>Other directories callers are looked up in too (e.g. {source_name})</source>
        <translation>Altre rubriche in cui cercare i chiamanti (ad es. {source_name})</translation>
    </message>
    <message>
        <source>Extra contact sources list</source>
        <translation>Elenco delle origini contatti aggiuntive</translation>
    </message>
    <message>
        <source>Looked up at the same time as the phone system&apos;s own directory</source>
        <translation>Consultate insieme alla rubrica del centralino</translation>
    </message>
    <message>
        <source>Kind of contact source</source>
        <translation>Tipo di origine contatti</translation>
    </message>
    <message>
        <source>Which directory to add</source>
        <translation>Rubrica da aggiungere</translation>
    </message>
    <message>
        <source>Address (empty: public API)</source>
        <translation>Indirizzo (vuoto: API pubblica)</translation>
    </message>
    <message>
        <source>The source&apos;s server or API address</source>
        <translation>L&apos;indirizzo del server o dell&apos;API dell&apos;origine</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password / API key</source>
        <translation>Password / chiave API</translation>
    </message>
    <message>
        <source>The password, token or API key for that source; kept in the keyring only</source>
        <translation>La password, il token o la chiave API per questa origine; conservata solo nel portachiavi</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Aggiungi origine</translation>
    </message>
    <message>
        <source>Add contact source</source>
        <translation>Aggiungi origine contatti</translation>
    </message>
    <message>
        <source>Add this source to the account (checked when you sign in)</source>
        <translation>Aggiungere questa origine all&apos;account (verificata all&apos;accesso)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove contact source</source>
        <translation>Rimuovi origine contatti</translation>
    </message>
    <message>
        <source>Remove the chosen source from the account</source>
        <translation>Rimuovere l&apos;origine scelta dall&apos;account</translation>
    </message>
    <message>
        <source> — secret from the keyring</source>
        <translation> — credenziale dal portachiavi</translation>
    </message>
    <message>
        <source>Domain ({with_domain})</source>
        <translation>Dominio ({with_domain})</translation>
    </message>
    <message>
        <source>The {with_domain} domain ({with_domain} only)</source>
        <translation>Il dominio {with_domain} (solo {with_domain})</translation>
    </message>
    <message>
        <source>The user name at that source ({with_user})</source>
        <translation>Il nome utente presso questa origine ({with_user})</translation>
    </message>
    <message>
        <source>Extra contact sources ({count})</source>
        <translation>Origini contatti aggiuntive ({count})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dial pad and presence</source>
        <translation>Tastierino e presenza</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Componi</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Dial a number, extension or feature code</source>
        <translation>Comporre un numero, un interno o un codice servizio</translation>
    </message>
    <message>
        <source>Your presence: activity, availability, note, role and end time</source>
        <translation>La Sua presenza: attività, disponibilità, nota, ruolo e ora di fine</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Contacts, group call log and call history</source>
        <translation>Contatti, registro chiamate di gruppo e cronologia chiamate</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleghi</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Tastierino</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>I miei contatti</translation>
    </message>
    <message>
        <source>That cannot be done to this call right now; try again in a moment</source>
        <translation>Ora non è possibile su questa chiamata; riprova tra un momento</translation>
    </message>
    <message>
        <source>Connected: calls and states are up to date.</source>
        <translation>Connesso: chiamate e stati sono aggiornati.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connessione al server…</translation>
    </message>
    <message>
        <source>The connection was lost; the app reconnects by itself. What you see may be out of date until it is live again.</source>
        <translation>La connessione è stata persa; l&apos;app si riconnette automaticamente. Ciò che vede potrebbe non essere aggiornato finché la connessione non torna attiva.</translation>
    </message>
    <message>
        <source>Nothing was heard from the server for a while; what you see may be out of date.</source>
        <translation>Il server non risponde da un po&apos;; ciò che vede potrebbe non essere aggiornato.</translation>
    </message>
    <message>
        <source>The app stopped trying to connect. Sign out and in again, or check the server.</source>
        <translation>L&apos;app ha smesso di tentare la connessione. Esca e acceda di nuovo, oppure controlli il server.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Last heard from the server {age:.0f} s ago.</source>
        <translation>Ultimo contatto con il server {age:.0f} s fa.</translation>
    </message>
    <message>
        <source>Group call log</source>
        <translation>Registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Cronologia chiamate</translation>
    </message>
    <message>
        <source>Search the directory; your favourites when the box is empty</source>
        <translation>Cercare nella rubrica; i preferiti quando la casella è vuota</translation>
    </message>
    <message>
        <source>Your buddies&apos; phones, live: idle, ringing or in a call; pick up their calls</source>
        <translation>I telefoni dei Suoi colleghi, in tempo reale: liberi, squillanti o in chiamata; rispondere alle loro chiamate</translation>
    </message>
    <message>
        <source>Missed, answered and forwarded calls of your groups: take them and call back</source>
        <translation>Chiamate perse, risposte e inoltrate dei Suoi gruppi: prenderle in carico e richiamare</translation>
    </message>
    <message>
        <source>Contacts of your own, kept on the phone system: add, edit, delete, call</source>
        <translation>I Suoi contatti personali, salvati sul centralino: aggiungere, modificare, eliminare, chiamare</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>Supervisione</translation>
    </message>
    <message>
        <source>Listen in, whisper or barge in on your agents&apos; calls</source>
        <translation>Ascoltare, suggerire o intervenire nelle chiamate dei Suoi operatori</translation>
    </message>
    <message>
        <source>Dial pad, presence and queues</source>
        <translation>Tastierino, presenza e code</translation>
    </message>
    <message>
        <source>There is no call to do that to right now</source>
        <translation>Al momento non c&apos;è nessuna chiamata su cui eseguire questa azione</translation>
    </message>
    <message>
        <source>Call history ({missed})</source>
        <translation>Cronologia chiamate ({missed})</translation>
    </message>
    <message numerus="yes">
        <source>Your missed, incoming and outgoing calls — %n missed calls not seen yet</source>
        <translation>
            <numerusform>Le Sue chiamate perse, in entrata e in uscita — %n chiamata persa non ancora vista</numerusform>
            <numerusform>Le Sue chiamate perse, in entrata e in uscita — %n chiamate perse non ancora viste</numerusform>
        </translation>
    </message>
    <message>
        <source>Your missed, incoming and outgoing calls</source>
        <translation>Le Sue chiamate perse, in entrata e in uscita</translation>
    </message>
</context>
<context>
    <name>MainWindowConnecting</name>
    <message>
        <source>Signing in as {label}</source>
        <translation>Accesso come {label}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Connection: connecting</source>
        <translation>Connessione: in corso</translation>
    </message>
    <message>
        <source>Dial pad and presence</source>
        <translation>Tastierino e presenza</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>{label} (Connecting…) — {APP_TITLE}</source>
        <translation>{label} (Connessione…) — {APP_TITLE}</translation>
    </message>
    <message>
        <source>Connecting… — {APP_TITLE}</source>
        <translation>Connessione… — {APP_TITLE}</translation>
    </message>
    <message>
        <source>{name}: connecting</source>
        <translation>{name}: connessione in corso</translation>
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
        <translation>Connesso come</translation>
    </message>
    <message>
        <source>Signed in to {server}</source>
        <translation>Connesso a {server}</translation>
    </message>
    <message>
        <source>Your presence. Click to change it.</source>
        <translation>La Sua presenza. Fare clic per modificarla.</translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation>Presenza…</translation>
    </message>
    <message>
        <source>Your presence: not loaded yet</source>
        <translation>La Sua presenza: non ancora caricata</translation>
    </message>
    <message>
        <source>Your presence: {text}, {expiryText}. Click to change it.</source>
        <translation>La Sua presenza: {text}, {expiryText}. Fare clic per modificarla.</translation>
    </message>
    <message>
        <source>Your presence: {text}. Click to change it.</source>
        <translation>La Sua presenza: {text}. Fare clic per modificarla.</translation>
    </message>
    <message>
        <source>Your presence. {note}</source>
        <translation>La Sua presenza. {note}</translation>
    </message>
    <message>
        <source>Your presence: {text}</source>
        <translation>La Sua presenza: {text}</translation>
    </message>
</context>
<context>
    <name>MainWindowNavigation</name>
    <message>
        <source>That tab is not offered for this account</source>
        <translation>Questa scheda non è disponibile per questo account</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra dei menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation>&amp;Cambia account…</translation>
    </message>
    <message>
        <source>Sign out and sign in with another saved account</source>
        <translation>Uscire e accedere con un altro account salvato</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>Sign out and show the sign-in window</source>
        <translation>Uscire e mostrare la finestra di accesso</translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation>&amp;Webhook…</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>La cartella dei log è {folder}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software libero distribuito con licenza GNU GPL, versione 3 o successiva.</translation>
    </message>
    <message>
        <source>Log files: {folder}</source>
        <translation>File di log: {folder}</translation>
    </message>
    <message>
        <source>{vendor}&apos;s call-notification subscriptions: list, create, enable or disable, delete</source>
        <translation>Sottoscrizioni alle notifiche di chiamata di {vendor}: elencare, creare, attivare o disattivare, eliminare</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>I &amp;miei dispositivi…</translation>
    </message>
    <message>
        <source>Your phones and softphones: their details, and the names they go by</source>
        <translation>I Suoi telefoni e softphone: i loro dettagli e i nomi con cui sono identificati</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <source>Pops, theme, language, wallboard levels, after-call work and keys</source>
        <translation>Pop-up, tema, lingua, soglie del wallboard, post-chiamata e tasti</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Chiamate</translation>
    </message>
    <message>
        <source>For&amp;ward my calls…</source>
        <translation>&amp;Inoltra le mie chiamate…</translation>
    </message>
    <message>
        <source>Forward every call to another number, or turn forwarding off</source>
        <translation>Inoltrare ogni chiamata a un altro numero o disattivare l&apos;inoltro</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation>&amp;Accedi a tutte le code</translation>
    </message>
    <message>
        <source>Log in to every queue you belong to</source>
        <translation>Accedere a tutte le code di cui fa parte</translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation>&amp;Esci da tutte le code</translation>
    </message>
    <message>
        <source>Log out of every queue</source>
        <translation>Uscire da tutte le code</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show or hide the {lower} panel</source>
        <translation>Mostrare o nascondere il pannello {lower}</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>Va&amp;i a</translation>
    </message>
    <message>
        <source>Bring the {lower} tab to the front</source>
        <translation>Portare in primo piano la scheda {lower}</translation>
    </message>
    <message>
        <source>This phone system offers no queue statistics to the app</source>
        <translation>Questo centralino non fornisce statistiche delle code all&apos;app</translation>
    </message>
    <message>
        <source>Presence &amp;shortcuts</source>
        <translation>&amp;Scorciatoie presenza</translation>
    </message>
    <message>
        <source>Show or hide the presence shortcut buttons</source>
        <translation>Mostrare o nascondere i pulsanti delle scorciatoie di presenza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Componi un numero</translation>
    </message>
    <message>
        <source>Go to the number box of the dial pad</source>
        <translation>Andare alla casella del numero del tastierino</translation>
    </message>
    <message>
        <source>F&amp;ind a contact</source>
        <translation>&amp;Trova un contatto</translation>
    </message>
    <message>
        <source>Go to the contact search</source>
        <translation>Andare alla ricerca contatti</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>Live statistics of the queues you supervise</source>
        <translation>Statistiche in tempo reale delle code che supervisiona</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Sign out of this computer&apos;s session and quit</source>
        <translation>Chiudere la sessione su questo computer e uscire</translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation>&amp;Tastierino</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presenza</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contatti</translation>
    </message>
    <message>
        <source>Co&amp;lleagues</source>
        <translation>Co&amp;lleghi</translation>
    </message>
    <message>
        <source>&amp;My contacts</source>
        <translation>I &amp;miei contatti</translation>
    </message>
    <message>
        <source>&amp;Group call log</source>
        <translation>&amp;Registro chiamate di gruppo</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>Cro&amp;nologia chiamate</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervisione</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Andare a una scheda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Pick up a colleague&apos;s ringing call</source>
        <translation>Rispondi alla chiamata in arrivo di un collega</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Scorciatoie da tastiera (questo elenco)</translation>
    </message>
    <message>
        <source>Each call action acts on the selected call, or on the call it fits best. Tab and Shift+Tab move through the calls first, then the other panels; Alt opens the menus.</source>
        <translation>Ogni azione di chiamata agisce sulla chiamata selezionata o su quella più adatta. Tab e Shift+Tab scorrono prima le chiamate, poi gli altri pannelli; Alt apre i menu.</translation>
    </message>
    <message>
        <source>About CTI Desktop</source>
        <translation>Informazioni su CTI Desktop</translation>
    </message>
    <message>
        <source>Go to {tab}</source>
        <translation>Vai a {tab}</translation>
    </message>
    <message>
        <source>Calls › {group}</source>
        <translation>Chiamate › {group}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Elencare le scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>Open the folder with the app&apos;s log files</source>
        <translation>Aprire la cartella con i file di log dell&apos;app</translation>
    </message>
    <message>
        <source>&amp;About CTI Desktop</source>
        <translation>&amp;Informazioni su CTI Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versione e licenza</translation>
    </message>
    <message>
        <source>A desktop agent for cloud phone systems: call control, queues, presence and screen-pop.</source>
        <translation>Un agente desktop per centralini cloud: controllo chiamate, code, presenza e screen pop.</translation>
    </message>
</context>
<context>
    <name>MobileTransfer</name>
    <message>
        <source>Transferring{where}{how}</source>
        <translation>Trasferimento{where}{how}</translation>
    </message>
    <message>
        <source> to {destination}</source>
        <translation> a {destination}</translation>
    </message>
    <message>
        <source>, since {strftime}</source>
        <translation>, dalle {strftime}</translation>
    </message>
    <message>
        <source> (attended; the caller is on hold until it is answered</source>
        <translation> (assistito; il chiamante resta in attesa finché la chiamata non riceve risposta</translation>
    </message>
    <message>
        <source> (blind; the call has left your mobile</source>
        <translation> (cieco; la chiamata ha lasciato il Suo cellulare</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>MyPhoto</name>
    <message>
        <source>My photo</source>
        <translation>La mia foto</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>Cambia foto…</translation>
    </message>
    <message>
        <source>Change my photo</source>
        <translation>Cambia la mia foto</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image (at most {value} MB); a large one is scaled down before it is sent</source>
        <translation>Scegliere un&apos;immagine PNG o JPEG (al massimo {value} MB); un&apos;immagine grande viene ridotta prima dell&apos;invio</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Stato della foto</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>Immagini PNG o JPEG (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <source>Photo error</source>
        <translation>Errore foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Nessuna foto</translation>
    </message>
    <message>
        <source>You have no photo yet</source>
        <translation>Non ha ancora una foto</translation>
    </message>
    <message>
        <source>Reading your photo</source>
        <translation>Lettura della foto in corso</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Ancora nessuna foto</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Foto cambiata</translation>
    </message>
    <message>
        <source>The photo the phone system sent is too large to show</source>
        <translation>La foto inviata dal centralino è troppo grande per essere mostrata</translation>
    </message>
    <message>
        <source>The photo the phone system sent</source>
        <translation>La foto inviata dal centralino</translation>
    </message>
    <message>
        <source>This phone system keeps no photo</source>
        <translation>Questo centralino non conserva foto</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Scegliere un file immagine</translation>
    </message>
    <message>
        <source>Your photo, as colleagues see it</source>
        <translation>La Sua foto, come la vedono i colleghi</translation>
    </message>
</context>
<context>
    <name>NetworkWatch</name>
    <message>
        <source>the network is back</source>
        <translation>la rete è tornata disponibile</translation>
    </message>
    <message>
        <source>the network changed</source>
        <translation>la rete è cambiata</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un errore</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Chiudere questo avviso</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Chiudi avviso</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
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
        <translation>Il file</translation>
    </message>
    <message>
        <source>The photo could not be prepared for upload</source>
        <translation>Non è stato possibile preparare la foto per il caricamento</translation>
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
        <translation>La foto supera {mb} anche dopo la riduzione</translation>
    </message>
    <message>
        <source>“{name}” is not a file</source>
        <translation>“{name}” non è un file</translation>
    </message>
    <message>
        <source>“{name}” is {size}; choose an image of at most {limit}</source>
        <translation>“{name}” è di {size}; scegliere un&apos;immagine di al massimo {limit}</translation>
    </message>
    <message>
        <source>“{name}” is larger than {mb}; choose a smaller image</source>
        <translation>“{name}” supera {mb}; scegliere un&apos;immagine più piccola</translation>
    </message>
    <message>
        <source>“{name}” is empty</source>
        <translation>“{name}” è vuoto</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} è vuoto</translation>
    </message>
    <message>
        <source>{what} cannot be read</source>
        <translation>{what} non può essere letto</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened ({reason})</source>
        <translation>Impossibile aprire “{name}” ({reason})</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason})</source>
        <translation>Impossibile leggere “{name}” ({reason})</translation>
    </message>
    <message>
        <source>{what} is not an image</source>
        <translation>{what} non è un&apos;immagine</translation>
    </message>
    <message>
        <source>{what} is a {upper} image; choose a PNG or JPEG image</source>
        <translation>{what} è un&apos;immagine {upper}; scegliere un&apos;immagine PNG o JPEG</translation>
    </message>
    <message>
        <source>{what} is not an image (it has no size)</source>
        <translation>{what} non è un&apos;immagine (non ha dimensioni)</translation>
    </message>
    <message>
        <source>{what} is {width} × {height} pixels; choose an image of at most {value} megapixels</source>
        <translation>{what} è di {width} × {height} pixel; scegliere un&apos;immagine di al massimo {value} megapixel</translation>
    </message>
    <message>
        <source>{what} is not an image that can be read ({errorString})</source>
        <translation>{what} non è un&apos;immagine leggibile ({errorString})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>errore di lettura</translation>
    </message>
</context>
<context>
    <name>PopAddContact</name>
    <message>
        <source>Add contact: this phone system offers no way to create contacts from the desktop. Set an &quot;add contact&quot; CRM link in the settings to add callers there.</source>
        <translation>Aggiungi contatto: questo centralino non consente di creare contatti dal desktop. Impostare un link CRM &quot;aggiungi contatto&quot; nelle impostazioni per aggiungervi i chiamanti.</translation>
    </message>
    <message>
        <source>the CRM</source>
        <translation>il CRM</translation>
    </message>
    <message>
        <source>Add contact: enter at least a first name</source>
        <translation>Aggiungi contatto: inserire almeno un nome</translation>
    </message>
    <message>
        <source>Add contact: {number!r} is not a phone number</source>
        <translation>Aggiungi contatto: {number!r} non è un numero di telefono</translation>
    </message>
</context>
<context>
    <name>PopFrame</name>
    <message>
        <source>Drag to move this pop</source>
        <translation>Trascinare per spostare questo pop-up</translation>
    </message>
    <message>
        <source>Move handle</source>
        <translation>Maniglia di spostamento</translation>
    </message>
    <message>
        <source>Hide this pop</source>
        <translation>Nascondi questo pop-up</translation>
    </message>
    <message>
        <source>Hides the pop; the call keeps ringing in the main window</source>
        <translation>Nasconde il pop-up; la chiamata continua a squillare nella finestra principale</translation>
    </message>
    <message>
        <source>Hide this pop (the call keeps ringing in the main window)</source>
        <translation>Nascondi questo pop-up (la chiamata continua a squillare nella finestra principale)</translation>
    </message>
</context>
<context>
    <name>PopItem</name>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Incoming call from {title}</source>
        <translation>Chiamata in arrivo da {title}</translation>
    </message>
    <message>
        <source>{summary}, via {via}</source>
        <translation>{summary}, tramite {via}</translation>
    </message>
</context>
<context>
    <name>PopLinks</name>
    <message>
        <source>The contact&apos;s record link cannot be opened: {message}</source>
        <translation>Impossibile aprire il link alla scheda del contatto: {message}</translation>
    </message>
</context>
<context>
    <name>PopLookup</name>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Contact lookup incomplete — </source>
        <translation>Ricerca contatto incompleta — </translation>
    </message>
    <message>
        <source>{timed_out} contact source(s) did not answer in time</source>
        <translation>Origini contatti che non hanno risposto in tempo: {timed_out}</translation>
    </message>
</context>
<context>
    <name>Pops</name>
    <message>
        <source>Pops: “enabled” must be true or false</source>
        <translation>Pop-up: “enabled” deve essere true o false</translation>
    </message>
    <message>
        <source>Pops: the corner {corner!r} is not one of {join}</source>
        <translation>Pop-up: l&apos;angolo {corner!r} non è tra {join}</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>presence changes</source>
        <translation>modifiche di presenza</translation>
    </message>
</context>
<context>
    <name>PresenceCommands</name>
    <message>
        <source>Choose an activity first; the end time belongs to the activity</source>
        <translation>Scegliere prima un&apos;attività; l&apos;ora di fine appartiene all&apos;attività</translation>
    </message>
    <message>
        <source>This account cannot clear the activity&apos;s end time</source>
        <translation>Questo account non può cancellare l&apos;ora di fine dell&apos;attività</translation>
    </message>
    <message>
        <source>That presence shortcut no longer exists</source>
        <translation>Questa scorciatoia di presenza non esiste più</translation>
    </message>
    <message>
        <source>This account cannot remove presence shortcuts</source>
        <translation>Questo account non può rimuovere scorciatoie di presenza</translation>
    </message>
    <message>
        <source>The note is {count} characters long; shorten it to at most {note_max} characters</source>
        <translation>La nota è lunga {count} caratteri; la accorci a non più di {note_max} caratteri</translation>
    </message>
    <message>
        <source>Enter the number of minutes as a whole number</source>
        <translation>Inserire il numero di minuti come numero intero</translation>
    </message>
    <message>
        <source>“{activity_id}” is not one of your presence activities</source>
        <translation>“{activity_id}” non è una delle Sue attività di presenza</translation>
    </message>
    <message>
        <source>“{role_id}” is not one of your presence roles</source>
        <translation>“{role_id}” non è uno dei Suoi ruoli di presenza</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} days</source>
        <translation>Scegliere tra 1 minuto e {value} giorni</translation>
    </message>
    <message>
        <source>Your presence is “{name}”, but this account cannot divert calls, so calls still ring you</source>
        <translation>La Sua presenza è “{name}”, ma questo account non può deviare le chiamate, quindi le chiamate continuano a squillare da Lei</translation>
    </message>
    <message>
        <source>Your presence is “{name}”, but calls could not be diverted to {number}: {exc}</source>
        <translation>La Sua presenza è “{name}”, ma non è stato possibile deviare le chiamate a {number}: {exc}</translation>
    </message>
</context>
<context>
    <name>PresenceConfig</name>
    <message>
        <source>Give the shortcut a name</source>
        <translation>Assegnare un nome alla scorciatoia</translation>
    </message>
    <message>
        <source>Choose the activity the shortcut sets</source>
        <translation>Scegliere l&apos;attività impostata dalla scorciatoia</translation>
    </message>
    <message>
        <source>Choose how long the shortcut&apos;s presence lasts</source>
        <translation>Scegliere la durata della presenza impostata dalla scorciatoia</translation>
    </message>
    <message>
        <source>Choose one of the shortcut icons</source>
        <translation>Scegliere una delle icone della scorciatoia</translation>
    </message>
    <message>
        <source>Enter the number calls are diverted to, or turn the diversion off</source>
        <translation>Inserire il numero a cui deviare le chiamate o disattivare la deviazione</translation>
    </message>
    <message>
        <source>The name is {count} characters long; shorten it to at most {NAME_MAX_LENGTH}</source>
        <translation>Il nome è lungo {count} caratteri; lo accorci a non più di {NAME_MAX_LENGTH}</translation>
    </message>
    <message>
        <source>“{activity}” is not one of your presence activities</source>
        <translation>“{activity}” non è una delle Sue attività di presenza</translation>
    </message>
    <message>
        <source>Choose between 1 minute and {value} days</source>
        <translation>Scegliere tra 1 minuto e {value} giorni</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number; use digits, e.g. +46 8 123 456</source>
        <translation>“{number}” non è un numero di telefono; usare cifre, ad es. +46 8 123 456</translation>
    </message>
</context>
<context>
    <name>PresenceDot</name>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Presence: {text}</source>
        <translation>Presenza: {text}</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Set your presence activity</source>
        <translation>Imposta l&apos;attività di presenza</translation>
    </message>
    <message>
        <source>Presence not loaded yet</source>
        <translation>Presenza non ancora caricata</translation>
    </message>
    <message>
        <source>Set your presence to {name}</source>
        <translation>Imposta la presenza su {name}</translation>
    </message>
    <message>
        <source>My presence</source>
        <translation>La mia presenza</translation>
    </message>
    <message>
        <source>Presence activity</source>
        <translation>Attività di presenza</translation>
    </message>
    <message>
        <source>What you are doing; colleagues and the queues see it</source>
        <translation>Cosa sta facendo; è visibile ai colleghi e alle code</translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation>Disponibile per le chiamate</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Whether you can take calls now</source>
        <translation>Se può ricevere chiamate adesso</translation>
    </message>
    <message>
        <source>Presence note</source>
        <translation>Nota di presenza</translation>
    </message>
    <message>
        <source>A short note colleagues see, e.g. Back at 13:00</source>
        <translation>Una breve nota visibile ai colleghi, ad es. Di ritorno alle 13:00</translation>
    </message>
    <message numerus="yes">
        <source> for %n minutes</source>
        <translation>
            <numerusform> per %n minuto</numerusform>
            <numerusform> per %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to set the note (at most {noteMaxLength} characters)</source>
        <translation>Premere Enter per impostare la nota (al massimo {noteMaxLength} caratteri)</translation>
    </message>
    <message>
        <source>Set note</source>
        <translation>Imposta nota</translation>
    </message>
    <message>
        <source>Set presence note</source>
        <translation>Imposta nota di presenza</translation>
    </message>
    <message>
        <source>Set the note (Enter in the note field does the same)</source>
        <translation>Imposta la nota (Enter nel campo della nota ha lo stesso effetto)</translation>
    </message>
    <message>
        <source>Note length</source>
        <translation>Lunghezza della nota</translation>
    </message>
    <message>
        <source>Presence role</source>
        <translation>Ruolo di presenza</translation>
    </message>
    <message>
        <source>The role you are working in</source>
        <translation>Il ruolo in cui sta lavorando</translation>
    </message>
    <message>
        <source>Activity end time</source>
        <translation>Ora di fine attività</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Activity duration in minutes</source>
        <translation>Durata dell&apos;attività in minuti</translation>
    </message>
    <message>
        <source>How long the current activity lasts</source>
        <translation>Quanto dura l&apos;attività corrente</translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation>Imposta durata</translation>
    </message>
    <message>
        <source>End activity after the minutes chosen</source>
        <translation>Termina l&apos;attività dopo i minuti scelti</translation>
    </message>
    <message>
        <source>End the current activity after the chosen number of minutes</source>
        <translation>Termina l&apos;attività corrente dopo il numero di minuti scelto</translation>
    </message>
    <message>
        <source>Activity end time of day</source>
        <translation>Ora del giorno di fine attività</translation>
    </message>
    <message>
        <source>The time the current activity ends (tomorrow if that time has passed today)</source>
        <translation>L&apos;ora in cui termina l&apos;attività corrente (domani se oggi quell&apos;ora è già passata)</translation>
    </message>
    <message>
        <source>Set end time</source>
        <translation>Imposta ora di fine</translation>
    </message>
    <message>
        <source>End activity at the time chosen</source>
        <translation>Termina l&apos;attività all&apos;ora scelta</translation>
    </message>
    <message>
        <source>End the current activity at the chosen time</source>
        <translation>Termina l&apos;attività corrente all&apos;ora scelta</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Nessuna ora di fine</translation>
    </message>
    <message>
        <source>Clear activity end time</source>
        <translation>Cancella ora di fine attività</translation>
    </message>
    <message>
        <source>Keep the current activity until you change it</source>
        <translation>Mantiene l&apos;attività corrente finché non la cambia</translation>
    </message>
    <message>
        <source>Edit shortcuts…</source>
        <translation>Modifica scorciatoie…</translation>
    </message>
    <message>
        <source>Edit presence shortcuts</source>
        <translation>Modifica scorciatoie di presenza</translation>
    </message>
    <message>
        <source>Create, change, remove and reorder your presence shortcuts</source>
        <translation>Creare, modificare, rimuovere e riordinare le scorciatoie di presenza</translation>
    </message>
    <message>
        <source>Presence error</source>
        <translation>Errore di presenza</translation>
    </message>
    <message>
        <source>Presence refresh status</source>
        <translation>Stato di aggiornamento della presenza</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Scorciatoie</translation>
    </message>
    <message>
        <source>My photo</source>
        <translation>La mia foto</translation>
    </message>
    <message>
        <source>What this account can do with presence</source>
        <translation>Cosa può fare questo account con la presenza</translation>
    </message>
    <message>
        <source>Presence shortcut {value}</source>
        <translation>Scorciatoia di presenza {value}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>No presence shortcuts</source>
        <translation>Nessuna scorciatoia di presenza</translation>
    </message>
    <message>
        <source>Your account has no presence shortcuts</source>
        <translation>Il Suo account non ha scorciatoie di presenza</translation>
    </message>
    <message>
        <source> until the next working day</source>
        <translation> fino al prossimo giorno lavorativo</translation>
    </message>
    <message>
        <source>, and divert your calls to {number} meanwhile</source>
        <translation>, e nel frattempo devia le Sue chiamate a {number}</translation>
    </message>
    <message>
        <source>{name} (available for calls)</source>
        <translation>{name} (disponibile per le chiamate)</translation>
    </message>
    <message>
        <source>{name} (not available for calls)</source>
        <translation>{name} (non disponibile per le chiamate)</translation>
    </message>
    <message>
        <source>Your activity: {activityName}</source>
        <translation>La Sua attività: {activityName}</translation>
    </message>
    <message>
        <source>{n} of at most {limit} characters</source>
        <translation>{n} di al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>: shorten the note to set it</source>
        <translation>: accorciare la nota per impostarla</translation>
    </message>
</context>
<context>
    <name>PresenceReads</name>
    <message>
        <source>This account has no presence</source>
        <translation>Questo account non ha una presenza</translation>
    </message>
    <message>
        <source>Could not read your presence</source>
        <translation>Impossibile leggere la Sua presenza</translation>
    </message>
</context>
<context>
    <name>PresenceShortcuts</name>
    <message>
        <source>No end time</source>
        <translation>Nessuna ora di fine</translation>
    </message>
    <message>
        <source>Until the next working day</source>
        <translation>Fino al prossimo giorno lavorativo</translation>
    </message>
    <message>
        <source>For a number of minutes</source>
        <translation>Per un numero di minuti</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rosso</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Caffè</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Aereo</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Orologio</translation>
    </message>
    <message>
        <source>Presence shortcuts</source>
        <translation>Scorciatoie di presenza</translation>
    </message>
    <message>
        <source>Presence shortcuts editor</source>
        <translation>Editor delle scorciatoie di presenza</translation>
    </message>
    <message>
        <source>Why shortcuts cannot be edited</source>
        <translation>Perché le scorciatoie non possono essere modificate</translation>
    </message>
    <message>
        <source>My presence shortcuts</source>
        <translation>Le mie scorciatoie di presenza</translation>
    </message>
    <message>
        <source>Your shortcuts, in the order the presence panel shows them</source>
        <translation>Le Sue scorciatoie, nell&apos;ordine in cui le mostra il pannello presenza</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Create a presence shortcut</source>
        <translation>Crea una scorciatoia di presenza</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Change the chosen shortcut (read again from the server first)</source>
        <translation>Modifica la scorciatoia scelta (prima viene riletta dal server)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove the chosen shortcut</source>
        <translation>Rimuove la scorciatoia scelta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Show the chosen shortcut earlier</source>
        <translation>Mostra prima la scorciatoia scelta</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Show the chosen shortcut later</source>
        <translation>Mostra dopo la scorciatoia scelta</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Shortcut name</source>
        <translation>Nome della scorciatoia</translation>
    </message>
    <message>
        <source>e.g. Short lunch break</source>
        <translation>ad es. Pausa pranzo breve</translation>
    </message>
    <message>
        <source>Shortcut activity</source>
        <translation>Attività della scorciatoia</translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation>Disponibile per le chiamate</translation>
    </message>
    <message>
        <source>Shortcut availability</source>
        <translation>Disponibilità della scorciatoia</translation>
    </message>
    <message>
        <source>Shortcut duration</source>
        <translation>Durata della scorciatoia</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shortcut minutes</source>
        <translation>Minuti della scorciatoia</translation>
    </message>
    <message>
        <source>Shortcut icon</source>
        <translation>Icona della scorciatoia</translation>
    </message>
    <message>
        <source>Divert my calls to</source>
        <translation>Devia le mie chiamate a</translation>
    </message>
    <message>
        <source>Shortcut diverts calls</source>
        <translation>La scorciatoia devia le chiamate</translation>
    </message>
    <message>
        <source>Shortcut diversion number</source>
        <translation>Numero di deviazione della scorciatoia</translation>
    </message>
    <message>
        <source>Save shortcut</source>
        <translation>Salva scorciatoia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icona</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>Deviazione</translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation>Errore scorciatoia</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Nuova scorciatoia</translation>
    </message>
    <message>
        <source>Edit “{get}”</source>
        <translation>Modifica “{get}”</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>until the next working day</source>
        <translation>fino al prossimo giorno lavorativo</translation>
    </message>
    <message>
        <source>for {minutes} min</source>
        <translation>per {minutes} min</translation>
    </message>
    <message>
        <source>diverts calls to {diversionNumber}</source>
        <translation>devia le chiamate a {diversionNumber}</translation>
    </message>
    <message>
        <source>presence shortcuts to edit</source>
        <translation>scorciatoie di presenza da modificare</translation>
    </message>
    <message>
        <source>Enter the number of minutes as a whole number</source>
        <translation>Inserire il numero di minuti come numero intero</translation>
    </message>
    <message>
        <source>No shortcut is being edited</source>
        <translation>Nessuna scorciatoia in modifica</translation>
    </message>
    <message>
        <source>That presence shortcut no longer exists</source>
        <translation>Questa scorciatoia di presenza non esiste più</translation>
    </message>
    <message>
        <source>The shortcuts changed elsewhere; check the list and move it again</source>
        <translation>Le scorciatoie sono state modificate altrove; controllare l&apos;elenco e spostarla di nuovo</translation>
    </message>
</context>
<context>
    <name>PresenceWords</name>
    <message>
        <source>until {local:%Y-%m-%d %H:%M}</source>
        <translation>fino al {local:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>Choose the time the activity should end</source>
        <translation>Scegliere l&apos;ora in cui l&apos;attività deve terminare</translation>
    </message>
    <message>
        <source>until {local:%H:%M}</source>
        <translation>fino alle {local:%H:%M}</translation>
    </message>
    <message>
        <source>until {local:%a %H:%M}</source>
        <translation>fino a {local:%a %H:%M}</translation>
    </message>
    <message>
        <source>{astimezone:%H:%M} has already passed; choose a time in the future</source>
        <translation>Le {astimezone:%H:%M} sono già passate; scegliere un orario futuro</translation>
    </message>
    <message>
        <source>“{raw}” is not a time; use for example 14:30 or 2025-01-31T14:30</source>
        <translation>“{raw}” non è un orario; usare ad esempio 14:30 o 2025-01-31T14:30</translation>
    </message>
    <message>
        <source> for {minutes} min</source>
        <translation> per {minutes} min</translation>
    </message>
</context>
<context>
    <name>QueueDetails</name>
    <message>
        <source>Queue details</source>
        <translation>Dettagli della coda</translation>
    </message>
    <message>
        <source>Queue details status</source>
        <translation>Stato dei dettagli della coda</translation>
    </message>
    <message>
        <source>Agents of the queue</source>
        <translation>Operatori della coda</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Rileggi</translation>
    </message>
    <message>
        <source>Read the queue details again</source>
        <translation>Rileggi i dettagli della coda</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Reading the queue&apos;s details…</source>
        <translation>Lettura dei dettagli della coda…</translation>
    </message>
    <message>
        <source>Queue details: {value}</source>
        <translation>Dettagli della coda: {value}</translation>
    </message>
</context>
<context>
    <name>QueueToggles</name>
    <message>
        <source>Night mode</source>
        <translation>Modalità notte</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Logged in to {name}</source>
        <translation>Connesso a {name}</translation>
    </message>
    <message>
        <source>Waiting for the server to answer about {name}…</source>
        <translation>In attesa della risposta del server su {name}…</translation>
    </message>
    <message>
        <source> {name} is in night mode now: its callers go to the night service, not to agents.</source>
        <translation> {name} è ora in modalità notte: i suoi chiamanti vanno al servizio notturno, non agli operatori.</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Coda {name}</translation>
    </message>
    <message>
        <source>Group type: {value}</source>
        <translation>Tipo di gruppo: {value}</translation>
    </message>
    <message>
        <source>{name} type: {value}</source>
        <translation>Tipo di {name}: {value}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Dettagli di {name}</translation>
    </message>
    <message>
        <source>What the phone system says about {name}: its agents, night mode, number…</source>
        <translation>Cosa dice il centralino su {name}: operatori, modalità notte, numero…</translation>
    </message>
    <message>
        <source>{name} is in night mode: its calls go to the night service, not to agents</source>
        <translation>{name} è in modalità notte: le sue chiamate vanno al servizio notturno, non agli operatori</translation>
    </message>
    <message>
        <source>{name} is in night mode</source>
        <translation>{name} è in modalità notte</translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation>{waiting} in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n callers waiting in {name}</source>
        <translation>
            <numerusform>%n chiamante in attesa in {name}</numerusform>
            <numerusform>%n chiamanti in attesa in {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} liberi</translation>
    </message>
    <message numerus="yes">
        <source>%n agents of {name} free to take a call</source>
        <translation>
            <numerusform>%n operatore di {name} libero di rispondere</numerusform>
            <numerusform>%n operatori di {name} liberi di rispondere</numerusform>
        </translation>
    </message>
    <message>
        <source>{logged} logged in</source>
        <translation>{logged} connessi</translation>
    </message>
    <message numerus="yes">
        <source>%n agents logged in to {name}</source>
        <translation>
            <numerusform>%n operatore connesso a {name}</numerusform>
            <numerusform>%n operatori connessi a {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} error</source>
        <translation>Errore {name}</translation>
    </message>
    <message>
        <source>You are logged in to {name} and get its calls. Click (or press Space) to log out.</source>
        <translation>È connesso a {name} e riceve le sue chiamate. Fare clic (o premere Space) per disconnettersi.</translation>
    </message>
    <message>
        <source>You are logged out of {name} and get none of its calls. Click (or press Space) to log in.</source>
        <translation>È disconnesso da {name} e non riceve nessuna delle sue chiamate. Fare clic (o premere Space) per connettersi.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation>Errore coda</translation>
    </message>
    <message>
        <source>Queue refresh status</source>
        <translation>Stato di aggiornamento delle code</translation>
    </message>
    <message>
        <source>Loading your queues…</source>
        <translation>Caricamento delle code…</translation>
    </message>
    <message>
        <source>Queues status</source>
        <translation>Stato delle code</translation>
    </message>
    <message>
        <source>Log in to all</source>
        <translation>Accedi a tutte</translation>
    </message>
    <message>
        <source>Log in to all queues</source>
        <translation>Accedi a tutte le code</translation>
    </message>
    <message>
        <source>Log in to every queue you are a member of</source>
        <translation>Accedere a tutte le code di cui è membro</translation>
    </message>
    <message>
        <source>Log out of all</source>
        <translation>Esci da tutte</translation>
    </message>
    <message>
        <source>Log out of all queues</source>
        <translation>Esci da tutte le code</translation>
    </message>
    <message>
        <source>Log out of every queue: you get no queue calls until you log in again</source>
        <translation>Uscire da tutte le code: non riceverà chiamate dalle code finché non accede di nuovo</translation>
    </message>
    <message>
        <source>Log in to all queues when I sign in</source>
        <translation>Accedi a tutte le code quando effettuo l&apos;accesso</translation>
    </message>
    <message>
        <source>Log in to all queues at start</source>
        <translation>Accesso a tutte le code all&apos;avvio</translation>
    </message>
    <message>
        <source>When the app signs in, log in to every queue you are a member of</source>
        <translation>Quando l&apos;app effettua l&apos;accesso, accede a tutte le code di cui è membro</translation>
    </message>
    <message>
        <source>Log out of all queues when I quit</source>
        <translation>Esci da tutte le code quando chiudo l&apos;app</translation>
    </message>
    <message>
        <source>Log out of all queues at exit</source>
        <translation>Uscita da tutte le code alla chiusura</translation>
    </message>
    <message>
        <source>When you quit the app, log out of every queue so no calls wait for you</source>
        <translation>Quando chiude l&apos;app, esce da tutte le code così nessuna chiamata resta in attesa per Lei</translation>
    </message>
    <message>
        <source>You are not a member of any queue</source>
        <translation>Non è membro di nessuna coda</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>ACD queue</source>
        <translation>Coda ACD</translation>
    </message>
    <message>
        <source>ACD Light queue</source>
        <translation>Coda ACD Light</translation>
    </message>
    <message>
        <source>Switchboard (attendant)</source>
        <translation>Posto operatore (centralinista)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>in priority order</source>
        <translation>in ordine di priorità</translation>
    </message>
    <message>
        <source>The phone system gave no statistics for this queue.</source>
        <translation>Il centralino non ha fornito statistiche per questa coda.</translation>
    </message>
    <message>
        <source>On: callers go to the night service</source>
        <translation>Attiva: i chiamanti vanno al servizio notturno</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>log in to</source>
        <translation>accedere a</translation>
    </message>
    <message>
        <source>log out of</source>
        <translation>uscire da</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Calls go {how}</source>
        <translation>Le chiamate vengono distribuite {how}</translation>
    </message>
    <message>
        <source>{calls_waiting} waiting · {value} agents logged in · {value2} free</source>
        <translation>{calls_waiting} in attesa · {value} operatori connessi · {value2} liberi</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>È connesso</translation>
    </message>
    <message>
        <source>You are logged out</source>
        <translation>È disconnesso</translation>
    </message>
    <message>
        <source>You may call out with the queue&apos;s number</source>
        <translation>Può chiamare in uscita con il numero della coda</translation>
    </message>
    <message>
        <source>You may not call out with the queue&apos;s number</source>
        <translation>Non può chiamare in uscita con il numero della coda</translation>
    </message>
    <message>
        <source>That queue is no longer in your list</source>
        <translation>Questa coda non è più nel Suo elenco</translation>
    </message>
    <message>
        <source>This account has no queues</source>
        <translation>Questo account non ha code</translation>
    </message>
    <message>
        <source>Could not read your queues</source>
        <translation>Impossibile leggere le Sue code</translation>
    </message>
    <message>
        <source>That queue is no longer in your list; the list has been refreshed</source>
        <translation>Questa coda non è più nel Suo elenco; l&apos;elenco è stato aggiornato</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <source>queue details</source>
        <translation>dettagli della coda</translation>
    </message>
    <message>
        <source>Could not re-read your queues</source>
        <translation>Impossibile rileggere le Sue code</translation>
    </message>
    <message>
        <source>, available</source>
        <translation>, disponibile</translation>
    </message>
    <message>
        <source>, not available</source>
        <translation>, non disponibile</translation>
    </message>
    <message>
        <source>skill {skill_level}</source>
        <translation>competenza {skill_level}</translation>
    </message>
    <message>
        <source> (your role: {join})</source>
        <translation> (il Suo ruolo: {join})</translation>
    </message>
    <message>
        <source>The phone system no longer lists you in {name}</source>
        <translation>Il centralino non La elenca più in {name}</translation>
    </message>
    <message>
        <source>Could not read the details of {name}: {exc}</source>
        <translation>Impossibile leggere i dettagli di {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not {verb} {value}: {result}</source>
        <translation>Impossibile {verb} {value}: {result}</translation>
    </message>
    <message>
        <source>logged in to</source>
        <translation>connesso a</translation>
    </message>
    <message>
        <source>logged out of</source>
        <translation>disconnesso da</translation>
    </message>
    <message>
        <source>Could not log in to your queues at start: {refresh_error}</source>
        <translation>Impossibile accedere alle code all&apos;avvio: {refresh_error}</translation>
    </message>
    <message>
        <source>Could not log out of your queues: {refresh_error}</source>
        <translation>Impossibile uscire dalle code: {refresh_error}</translation>
    </message>
    <message>
        <source>Could not log out of your queues: the server did not answer within {exit_timeout:g} s</source>
        <translation>Impossibile uscire dalle code: il server non ha risposto entro {exit_timeout:g} s</translation>
    </message>
    <message>
        <source>The server still shows you {state} {value}</source>
        <translation>Il server La mostra ancora {state} {value}</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>Open record: {reason}</source>
        <translation>Apri scheda: {reason}</translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Rispondere dal Suo telefono</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Answer: the server does not allow answering this call here</source>
        <translation>Rispondi: il server non consente di rispondere a questa chiamata da qui</translation>
    </message>
    <message>
        <source>Open record: that call&apos;s pop has closed</source>
        <translation>Apri scheda: il pop-up di quella chiamata è stato chiuso</translation>
    </message>
    <message>
        <source>Add contact: that call&apos;s pop has closed</source>
        <translation>Aggiungi contatto: il pop-up di quella chiamata è stato chiuso</translation>
    </message>
    <message>
        <source>Add contact: the caller&apos;s number is withheld</source>
        <translation>Aggiungi contatto: il numero del chiamante è nascosto</translation>
    </message>
    <message>
        <source>Add contact: enter the number to add</source>
        <translation>Aggiungi contatto: inserire il numero da aggiungere</translation>
    </message>
    <message>
        <source>{what}: that call is no longer ringing</source>
        <translation>{what}: quella chiamata non squilla più</translation>
    </message>
    <message>
        <source>Answer: this account cannot control calls</source>
        <translation>Rispondi: questo account non può controllare le chiamate</translation>
    </message>
    <message>
        <source>Reject: this account cannot control calls</source>
        <translation>Rifiuta: questo account non può controllare le chiamate</translation>
    </message>
    <message>
        <source>Open record: {exc}</source>
        <translation>Apri scheda: {exc}</translation>
    </message>
    <message>
        <source>Add contact: {exc}</source>
        <translation>Aggiungi contatto: {exc}</translation>
    </message>
</context>
<context>
    <name>ScreenPopController</name>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>{number} via {queue}</source>
        <translation>{number} tramite {queue}</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
    </message>
    <message>
        <source>A call is ringing for you</source>
        <translation>Una chiamata sta squillando per Lei</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation>Numero del chiamante</translation>
    </message>
    <message>
        <source>Caller&apos;s company</source>
        <translation>Azienda del chiamante</translation>
    </message>
    <message>
        <source>The queue or number the call came through</source>
        <translation>La coda o il numero da cui è arrivata la chiamata</translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation>Stato della ricerca</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contatti corrispondenti</translation>
    </message>
    <message>
        <source>Several contacts have this number: choose the caller</source>
        <translation>Diversi contatti hanno questo numero: scegliere il chiamante</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contatto:</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>No contact has this number</source>
        <translation>Nessun contatto ha questo numero</translation>
    </message>
    <message>
        <source>A&amp;dd contact…</source>
        <translation>A&amp;ggiungi contatto…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Aggiungi contatto</translation>
    </message>
    <message>
        <source>Add this caller as a contact</source>
        <translation>Aggiungi questo chiamante come contatto</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Numero da aggiungere</translation>
    </message>
    <message>
        <source>The number of the new contact</source>
        <translation>Il numero del nuovo contatto</translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation>Nome da aggiungere</translation>
    </message>
    <message>
        <source>The name of the new contact</source>
        <translation>Il nome del nuovo contatto</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Apri nel CRM</translation>
    </message>
    <message>
        <source>Add the contact in the CRM</source>
        <translation>Aggiungi il contatto nel CRM</translation>
    </message>
    <message>
        <source>Opens the CRM&apos;s page for adding this contact</source>
        <translation>Apre la pagina del CRM per aggiungere questo contatto</translation>
    </message>
    <message>
        <source>Open the CRM&apos;s page for adding this contact</source>
        <translation>Aprire la pagina del CRM per aggiungere questo contatto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Answer the call (Enter)</source>
        <translation>Rispondere alla chiamata (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>R&amp;ifiuta</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Reject the call (Esc)</source>
        <translation>Rifiutare la chiamata (Esc)</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Come rispondere</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Apri scheda</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Apri scheda</translation>
    </message>
    <message>
        <source>Open the caller&apos;s record in the CRM</source>
        <translation>Aprire la scheda del chiamante nel CRM</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>tramite {via}</translation>
    </message>
    <message>
        <source>This phone system offers no way to create contacts from the desktop. Set an &quot;add contact&quot; CRM link in the settings to add callers there.</source>
        <translation>Questo centralino non consente di creare contatti dal desktop. Impostare un link CRM &quot;aggiungi contatto&quot; nelle impostazioni per aggiungervi i chiamanti.</translation>
    </message>
    <message>
        <source>Incoming call — </source>
        <translation>Chiamata in arrivo — </translation>
    </message>
    <message>
        <source>Answer the call from {title} (Enter)</source>
        <translation>Rispondere alla chiamata di {title} (Enter)</translation>
    </message>
    <message>
        <source>Reject the call from {title} (Esc)</source>
        <translation>Rifiutare la chiamata di {title} (Esc)</translation>
    </message>
    <message>
        <source>Open the record of {title} in the CRM</source>
        <translation>Aprire la scheda di {title} nel CRM</translation>
    </message>
    <message>
        <source>No record to open for this caller</source>
        <translation>Nessuna scheda da aprire per questo chiamante</translation>
    </message>
    <message>
        <source>Add {number} as a contact</source>
        <translation>Aggiungi {number} come contatto</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>secrets are kept in memory for this session only.</source>
        <translation>le credenziali vengono conservate in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Nessun portachiavi di sistema disponibile</translation>
    </message>
    <message>
        <source>The system keyring is locked</source>
        <translation>Il portachiavi di sistema è bloccato</translation>
    </message>
    <message>
        <source>The system keyring failed with {error}</source>
        <translation>Il portachiavi di sistema ha restituito l&apos;errore {error}</translation>
    </message>
    <message>
        <source>The system keyring did not answer in {timeout:g} s</source>
        <translation>Il portachiavi di sistema non ha risposto entro {timeout:g} s</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>{name} heading</source>
        <translation>Intestazione {name}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>internal error ({error})</source>
        <translation>errore interno ({error})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>una pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>un numero con troppe cifre</translation>
    </message>
    <message>
        <source>a value that cannot be read</source>
        <translation>un valore che non può essere letto</translation>
    </message>
    <message>
        <source>{source} is not text</source>
        <translation>{source} non è testo</translation>
    </message>
    <message>
        <source>{source} is larger than {value} KiB</source>
        <translation>{source} supera {value} KiB</translation>
    </message>
    <message>
        <source>{source} nests tables or lists more than {MAX_NESTING} levels deep</source>
        <translation>{source} annida tabelle o elenchi per più di {MAX_NESTING} livelli</translation>
    </message>
    <message>
        <source>{source} contains characters that are not valid Unicode</source>
        <translation>{source} contiene caratteri Unicode non validi</translation>
    </message>
    <message>
        <source>{source} is not valid TOML ({exc})</source>
        <translation>{source} non è TOML valido ({exc})</translation>
    </message>
    <message>
        <source>{source} holds {what}</source>
        <translation>{source} contiene {what}</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text (a bad byte at position {start})</source>
        <translation>{source} non è testo UTF-8 (byte non valido alla posizione {start})</translation>
    </message>
    <message>
        <source>The settings file {path} is a folder, not a file</source>
        <translation>Il file delle impostazioni {path} è una cartella, non un file</translation>
    </message>
    <message>
        <source>The settings file {path} could not be opened ({value})</source>
        <translation>Impossibile aprire il file delle impostazioni {path} ({value})</translation>
    </message>
    <message>
        <source>The settings file {path} is {file_kind}, not a regular file; it was not read</source>
        <translation>Il file delle impostazioni {path} è {file_kind}, non un file normale; non è stato letto</translation>
    </message>
    <message>
        <source>The settings file {path} is larger than {value} KiB; it was not read</source>
        <translation>Il file delle impostazioni {path} supera {value} KiB; non è stato letto</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({value})</source>
        <translation>Impossibile leggere il file delle impostazioni {path} ({value})</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>il profilo</translation>
    </message>
    <message>
        <source>Unknown theme {value!r}; use one of {join}</source>
        <translation>Tema sconosciuto {value!r}; usare uno tra {join}</translation>
    </message>
    <message>
        <source>Unknown language {value!r}; use one of {join}</source>
        <translation>Lingua sconosciuta {value!r}; usare una tra {join}</translation>
    </message>
    <message>
        <source>A profile name needs 1–64 letters, digits, spaces or . @ + - _</source>
        <translation>Un nome di profilo richiede da 1 a 64 lettere, cifre, spazi o . @ + - _</translation>
    </message>
    <message>
        <source>the {kind} directory source</source>
        <translation>l&apos;origine rubrica {kind}</translation>
    </message>
    <message>
        <source>Unknown directory kind {kind!r}; use one of {join}</source>
        <translation>Tipo di rubrica sconosciuto {kind!r}; usare uno tra {join}</translation>
    </message>
    <message>
        <source>The option {key!r} of {where} looks like a secret; secrets belong in the keyring</source>
        <translation>L&apos;opzione {key!r} di {where} sembra una credenziale; le credenziali vanno nel portachiavi</translation>
    </message>
    <message>
        <source>The option {key!r} of {where} must be text, a number or true/false</source>
        <translation>L&apos;opzione {key!r} di {where} deve essere un testo, un numero o true/false</translation>
    </message>
    <message>
        <source>Unknown backend {backend!r}; this version supports: {join}</source>
        <translation>Backend sconosciuto {backend!r}; questa versione supporta: {join}</translation>
    </message>
    <message>
        <source>{exc}. The defaults are in use; the file is left as it is and nothing is saved over it until it is fixed or removed.</source>
        <translation>{exc}. Sono in uso i valori predefiniti; il file resta invariato e non viene sovrascritto finché non viene corretto o rimosso.</translation>
    </message>
    <message>
        <source>the damaged file could not be kept.</source>
        <translation>non è stato possibile conservare il file danneggiato.</translation>
    </message>
    <message>
        <source>The settings file {path}</source>
        <translation>Il file delle impostazioni {path}</translation>
    </message>
    <message>
        <source>{exc}. The defaults are in use; </source>
        <translation>{exc}. Sono in uso i valori predefiniti; </translation>
    </message>
    <message>
        <source>the damaged file is kept as {kept}.</source>
        <translation>il file danneggiato è conservato come {kept}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Scorciatoie</translation>
    </message>
    <message>
        <source>The call actions&apos; keys. Click a box and press the new key; the clear button leaves an action without a key. A key another action or the window uses is refused.</source>
        <translation>I tasti delle azioni di chiamata. Fare clic su una casella e premere il nuovo tasto; il pulsante di cancellazione lascia un&apos;azione senza tasto. Un tasto già usato da un&apos;altra azione o dalla finestra viene rifiutato.</translation>
    </message>
    <message>
        <source>Key for {words}</source>
        <translation>Tasto per {words}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Pop a window for incoming calls</source>
        <translation>Mostra un pop-up per le chiamate in arrivo</translation>
    </message>
    <message>
        <source>Wrap-up time after calls</source>
        <translation>Tempo di gestione post-chiamata</translation>
    </message>
    <message>
        <source>Ask &quot;Call …?&quot; before calling a link</source>
        <translation>Chiedere &quot;Chiamare …?&quot; prima di chiamare un link</translation>
    </message>
    <message>
        <source>Pops</source>
        <translation>Pop-up</translation>
    </message>
    <message>
        <source>A pop window shows who is calling. Off: the desktop notification alone tells of a call (for agents who answer on a desk phone). Changes apply at once.</source>
        <translation>Un pop-up mostra chi sta chiamando. Disattivato: solo la notifica del desktop segnala una chiamata (per gli operatori che rispondono da un telefono fisso). Le modifiche si applicano subito.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Light or dark, or as the system&apos;s scheme.</source>
        <translation>Chiaro o scuro, oppure come lo schema del sistema.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the app&apos;s words: English, Swedish or Italian, or as the system&apos;s language. Takes effect at the next start.</source>
        <translation>La lingua dei testi dell&apos;app: inglese, svedese o italiano, oppure come la lingua del sistema. Ha effetto al prossimo avvio.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Links to call (tel:, callto:, sip:) opened in other applications dial through this window.</source>
        <translation>I link da chiamare (tel:, callto:, sip:) aperti in altre applicazioni chiamano tramite questa finestra.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>When a queue&apos;s tile turns to warning and to critical, for all queues (a queue&apos;s own levels in the settings file stay). An open wallboard uses them at once.</source>
        <translation>Quando il riquadro di una coda passa ad avviso e a critico, per tutte le code (le soglie proprie di una coda nel file delle impostazioni restano). Un wallboard aperto le usa subito.</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Post-chiamata</translation>
    </message>
    <message>
        <source>Keys that work in any program, while the app runs. Click a box and press the key (two modifiers, e.g. Ctrl+Alt+A); the clear button turns a key off.</source>
        <translation>Tasti che funzionano in qualsiasi programma, mentre l&apos;app è in esecuzione. Fare clic su una casella e premere il tasto (due modificatori, ad es. Ctrl+Alt+A); il pulsante di cancellazione disattiva un tasto.</translation>
    </message>
    <message>
        <source>Start CTI Desktop when I log in</source>
        <translation>Avvia CTI Desktop all&apos;accesso al computer</translation>
    </message>
    <message>
        <source>Answer from anywhere</source>
        <translation>Rispondi da qualsiasi programma</translation>
    </message>
    <message>
        <source>Not saved: a global shortcut to change first (see the words next to it).</source>
        <translation>Non salvato: prima occorre modificare una scorciatoia globale (vedere il testo accanto).</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Default key for {words}</source>
        <translation>Tasto predefinito per {words}</translation>
    </message>
    <message>
        <source>Back to {value}</source>
        <translation>Ripristina {value}</translation>
    </message>
    <message>
        <source>Global key for {action}</source>
        <translation>Tasto globale per {action}</translation>
    </message>
    <message>
        <source>Default global key for {action}</source>
        <translation>Tasto globale predefinito per {action}</translation>
    </message>
    <message>
        <source>Back to {key}</source>
        <translation>Ripristina {key}</translation>
    </message>
    <message>
        <source>Pop windows</source>
        <translation>Pop-up</translation>
    </message>
    <message>
        <source>Corner</source>
        <translation>Angolo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Ask before calling a link</source>
        <translation>Chiedere prima di chiamare un link</translation>
    </message>
    <message>
        <source>Waiting callers, warning</source>
        <translation>Chiamanti in attesa, avviso</translation>
    </message>
    <message>
        <source>Waiting callers, critical</source>
        <translation>Chiamanti in attesa, critico</translation>
    </message>
    <message>
        <source>Longest wait, warning</source>
        <translation>Attesa più lunga, avviso</translation>
    </message>
    <message>
        <source>Longest wait, critical</source>
        <translation>Attesa più lunga, critico</translation>
    </message>
    <message>
        <source>After which calls</source>
        <translation>Dopo quali chiamate</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Tempo di post-chiamata</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Estendi di</translation>
    </message>
    <message>
        <source>Automatic (away from the main window)</source>
        <translation>Automatico (lontano dalla finestra principale)</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>In alto a destra</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>In alto a sinistra</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>In basso a destra</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>In basso a sinistra</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Queue calls only</source>
        <translation>Solo chiamate dalle code</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tutte le chiamate</translation>
    </message>
    <message>
        <source>That is not one key; press one key with its modifiers</source>
        <translation>Non è un singolo tasto; premere un tasto con i suoi modificatori</translation>
    </message>
    <message>
        <source>Not saved yet: the settings file could not be read; say whether to replace it.</source>
        <translation>Non ancora salvato: non è stato possibile leggere il file delle impostazioni; indicare se sostituirlo.</translation>
    </message>
    <message>
        <source>After-call work changes apply from your next call; turned off, a wrap-up under way ends now.</source>
        <translation>Le modifiche al post-chiamata valgono dalla prossima chiamata; se lo disattiva, il post-chiamata in corso termina subito.</translation>
    </message>
    <message>
        <source>The language takes effect at the next start.</source>
        <translation>La lingua ha effetto al prossimo avvio.</translation>
    </message>
    <message>
        <source>{words}: choose on or off</source>
        <translation>{words}: scegliere attivato o disattivato</translation>
    </message>
    <message>
        <source>{shown} is the window&apos;s key for “{value}”; choose another</source>
        <translation>{shown} è il tasto della finestra per “{value}”; sceglierne un altro</translation>
    </message>
    <message>
        <source>{shown} is the standard key for {words_of}; choose another</source>
        <translation>{shown} è il tasto standard per {words_of}; sceglierne un altro</translation>
    </message>
    <message>
        <source>{shown} alone would be typed into text boxes; use it with Ctrl or Alt, or a function key</source>
        <translation>{shown} da solo verrebbe digitato nelle caselle di testo; usarlo con Ctrl o Alt, oppure usare un tasto funzione</translation>
    </message>
    <message>
        <source>the longest wrap-up</source>
        <translation>il post-chiamata più lungo</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n value to change first (see the words next to them).</source>
        <translation>
            <numerusform>Non salvato: prima occorre modificare %n valore (vedere il testo accanto).</numerusform>
            <numerusform>Non salvato: prima occorre modificare %n valori (vedere il testo accanto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n values to change first (see the words next to them).</source>
        <translation>
            <numerusform>Non salvato: prima occorre modificare %n valore (vedere il testo accanto).</numerusform>
            <numerusform>Non salvato: prima occorre modificare %n valori (vedere il testo accanto).</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file {path} could not be read when the app started, so it has been left alone. Save these settings in its place? The old file is kept as {name}, but what it held that the app could not read (profiles, window layout) is not carried over.</source>
        <translation>Non è stato possibile leggere il file delle impostazioni {path} all&apos;avvio dell&apos;app, quindi non è stato toccato. Salvare queste impostazioni al suo posto? Il vecchio file viene conservato come {name}, ma ciò che conteneva e che l&apos;app non ha potuto leggere (profili, disposizione delle finestre) non viene trasferito.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvato in {path}.</translation>
    </message>
    <message>
        <source>The thresholds in the settings file could not be used ({exc}); the built-in ones are shown, and saving replaces them for all queues.</source>
        <translation>Non è stato possibile usare le soglie del file delle impostazioni ({exc}); vengono mostrate quelle predefinite e il salvataggio le sostituisce per tutte le code.</translation>
    </message>
    <message>
        <source>The settings file&apos;s after-call work could not be used ({exc}); it is off. Saving replaces it with what is shown here.</source>
        <translation>Non è stato possibile usare il post-chiamata del file delle impostazioni ({exc}); è disattivato. Il salvataggio lo sostituisce con quanto mostrato qui.</translation>
    </message>
    <message>
        <source>{words}: {value!r} is not one of the choices ({join})</source>
        <translation>{words}: {value!r} non è tra le scelte possibili ({join})</translation>
    </message>
    <message>
        <source>{shown} is already the key of “{value}”: give that one another key first, or choose another</source>
        <translation>{shown} è già il tasto di “{value}”: assegni prima un altro tasto a quell&apos;azione, oppure ne scelga un altro</translation>
    </message>
    <message>
        <source>Critical must be at least the warning level ({warn})</source>
        <translation>Il livello critico deve essere almeno pari al livello di avviso ({warn})</translation>
    </message>
    <message>
        <source>A queue&apos;s own levels do not fit these: {exc}</source>
        <translation>Le soglie proprie di una coda non sono compatibili con queste: {exc}</translation>
    </message>
    <message>
        <source>Not saved: {exc}. Your changes are still here; try again.</source>
        <translation>Non salvato: {exc}. Le modifiche sono ancora qui; riprovare.</translation>
    </message>
    <message>
        <source>{words}: a whole number is needed</source>
        <translation>{words}: è necessario un numero intero</translation>
    </message>
    <message>
        <source>{words}: from {lowest} to {highest}</source>
        <translation>{words}: da {lowest} a {highest}</translation>
    </message>
    <message>
        <source>Replace the settings file?</source>
        <translation>Sostituire il file delle impostazioni?</translation>
    </message>
    <message>
        <source>A wrap-up time after each call: your presence shows wrap-up with a countdown, then goes back to what it was. Changes apply from your next call; turned off, a wrap-up under way ends now.</source>
        <translation>Un tempo di post-chiamata dopo ogni chiamata: la Sua presenza mostra il post-chiamata con un conto alla rovescia, poi torna a quella precedente. Le modifiche valgono dalla prossima chiamata; se lo disattiva, il post-chiamata in corso termina subito.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Sostituisci</translation>
    </message>
</context>
<context>
    <name>SignInFields</name>
    <message>
        <source>Enter your password</source>
        <translation>Inserire la password</translation>
    </message>
    <message>
        <source>An API key signs in to {systems} only; choose {system} as the phone system</source>
        <translation>Una chiave API consente l&apos;accesso solo a {systems}; scegliere {system} come centralino</translation>
    </message>
    <message>
        <source>another system</source>
        <translation>un altro sistema</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>Send SMS to {recipientName}</source>
        <translation>Invia SMS a {recipientName}</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Invia SMS</translation>
    </message>
    <message>
        <source>Enter the number to send the SMS to</source>
        <translation>Inserire il numero a cui inviare l&apos;SMS</translation>
    </message>
    <message>
        <source>A feature code cannot receive an SMS; enter a phone number</source>
        <translation>Un codice servizio non può ricevere SMS; inserire un numero di telefono</translation>
    </message>
    <message>
        <source>That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)</source>
        <translation>Troppo lungo per essere un numero di telefono (al massimo {MAX_INPUT_LENGTH} caratteri)</translation>
    </message>
    <message>
        <source>SMS recipient number</source>
        <translation>Numero del destinatario dell&apos;SMS</translation>
    </message>
    <message>
        <source>Mobile number, e.g. 070-123 45 67 or +46 70 123 45 67</source>
        <translation>Numero di cellulare, ad es. 070-123 45 67 o +46 70 123 45 67</translation>
    </message>
    <message>
        <source>Why the number cannot get an SMS</source>
        <translation>Perché il numero non può ricevere SMS</translation>
    </message>
    <message>
        <source>Where the SMS goes</source>
        <translation>Destinazione dell&apos;SMS</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>Testo dell&apos;SMS</translation>
    </message>
    <message>
        <source>Write your message</source>
        <translation>Scrivere il messaggio</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Lunghezza dell&apos;SMS</translation>
    </message>
    <message>
        <source>Why this SMS is sent as UCS-2</source>
        <translation>Perché questo SMS viene inviato come UCS-2</translation>
    </message>
    <message>
        <source>SMS error</source>
        <translation>Errore SMS</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS inviato</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Send the SMS</source>
        <translation>Invia l&apos;SMS</translation>
    </message>
    <message>
        <source>Send the SMS (Ctrl+Enter)</source>
        <translation>Invia l&apos;SMS (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Messaggio:</translation>
    </message>
    <message>
        <source>Sends to {name}, {target}</source>
        <translation>Invia a {name}, {target}</translation>
    </message>
    <message>
        <source>Sends to {target}</source>
        <translation>Invia a {target}</translation>
    </message>
    <message>
        <source>The character {character} is not in the GSM alphabet, so this SMS is sent as UCS-2: {per_part} characters a part instead of {gsm_per_part}</source>
        <translation>Il carattere {character} non fa parte dell&apos;alfabeto GSM, quindi questo SMS viene inviato come UCS-2: {per_part} caratteri per parte invece di {gsm_per_part}</translation>
    </message>
    <message>
        <source>Write the text of the SMS</source>
        <translation>Scrivere il testo dell&apos;SMS</translation>
    </message>
    <message>
        <source>{display} (your phone system adds the area and country code)</source>
        <translation>{display} (il centralino aggiunge il prefisso locale e internazionale)</translation>
    </message>
    <message>
        <source>{units}/{per_part} characters · {max} SMS</source>
        <translation>{units}/{per_part} caratteri · {max} SMS</translation>
    </message>
    <message>
        <source>{units} characters · {parts} SMS ({remaining} left in the last)</source>
        <translation>{units} caratteri · {parts} SMS ({remaining} rimanenti nell&apos;ultimo)</translation>
    </message>
    <message>
        <source>SMS sent to {who}</source>
        <translation>SMS inviato a {who}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>the public API</source>
        <translation>l&apos;API pubblica</translation>
    </message>
    <message>
        <source>Unknown directory kind {kind!r}; use one of {join}</source>
        <translation>Tipo di rubrica sconosciuto {kind!r}; usare uno tra {join}</translation>
    </message>
    <message>
        <source>The {name} source</source>
        <translation>L&apos;origine {name}</translation>
    </message>
</context>
<context>
    <name>StaleWords</name>
    <message>
        <source>Your call history may be out of date</source>
        <translation>La cronologia chiamate potrebbe non essere aggiornata</translation>
    </message>
    <message>
        <source>Call forwarding may be out of date</source>
        <translation>L&apos;inoltro di chiamata potrebbe non essere aggiornato</translation>
    </message>
    <message>
        <source>The group call log may be out of date</source>
        <translation>Il registro chiamate di gruppo potrebbe non essere aggiornato</translation>
    </message>
    <message>
        <source>This may be out of date</source>
        <translation>Potrebbe non essere aggiornato</translation>
    </message>
    <message>
        <source>Presence may be out of date</source>
        <translation>La presenza potrebbe non essere aggiornata</translation>
    </message>
    <message>
        <source>Queue badges may be out of date</source>
        <translation>I badge delle code potrebbero non essere aggiornati</translation>
    </message>
    <message>
        <source>Who is on a call may be out of date</source>
        <translation>Chi è in chiamata potrebbe non essere aggiornato</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Listen</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <source>Listen in: you hear the agent and the caller; nobody hears you</source>
        <translation>Ascolto: sente l&apos;operatore e il chiamante; nessuno sente Lei</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Suggerisci</translation>
    </message>
    <message>
        <source>Whisper: you hear both; only the agent hears you</source>
        <translation>Suggerimento: sente entrambi; solo l&apos;operatore sente Lei</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervieni</translation>
    </message>
    <message>
        <source>Barge in: a three-way call; everyone hears you</source>
        <translation>Intervento: chiamata a tre; tutti La sentono</translation>
    </message>
    <message>
        <source>Intrude</source>
        <translation>Intrusione</translation>
    </message>
    <message>
        <source>Intrude: the phone system&apos;s intrusion into the call; everyone hears you</source>
        <translation>Intrusione: l&apos;intrusione del centralino nella chiamata; tutti La sentono</translation>
    </message>
    <message>
        <source>Supervise agents</source>
        <translation>Supervisiona operatori</translation>
    </message>
    <message>
        <source>Agents you supervise</source>
        <translation>Operatori che supervisiona</translation>
    </message>
    <message>
        <source>The agents of the groups you supervise; choose one, then Listen, Whisper or Barge in</source>
        <translation>Gli operatori dei gruppi che supervisiona; sceglierne uno, poi Ascolta, Suggerisci o Intervieni</translation>
    </message>
    <message>
        <source>{value} ({value2}) is on a call: you may join it</source>
        <translation>{value} ({value2}) è in chiamata: può unirsi</translation>
    </message>
    <message>
        <source>You are not a supervisor of any of your groups, so there is nobody to listen in on</source>
        <translation>Non è supervisore di nessuno dei Suoi gruppi, quindi non c&apos;è nessuno da ascoltare</translation>
    </message>
    <message>
        <source>Your groups have no agents</source>
        <translation>I Suoi gruppi non hanno operatori</translation>
    </message>
    <message>
        <source>This account cannot make calls from here</source>
        <translation>Questo account non può effettuare chiamate da qui</translation>
    </message>
    <message>
        <source>Joining the call…</source>
        <translation>Collegamento alla chiamata…</translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Scegliere un operatore</translation>
    </message>
    <message>
        <source>Could not read your groups&apos; agents</source>
        <translation>Impossibile leggere gli operatori dei Suoi gruppi</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>That agent is not one you supervise</source>
        <translation>Questo operatore non è tra quelli che supervisiona</translation>
    </message>
    <message>
        <source>. Hang up in the call panel to leave.</source>
        <translation>. Riagganciare nel pannello chiamate per uscire.</translation>
    </message>
    <message>
        <source>listening in on agents&apos; calls</source>
        <translation>ascolto delle chiamate degli operatori</translation>
    </message>
    <message>
        <source>Supervising is off until the connection is live again ({describe})</source>
        <translation>La supervisione è disattivata finché la connessione non torna attiva ({describe})</translation>
    </message>
    <message>
        <source>Not on a call</source>
        <translation>Non in chiamata</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>{label} is not on a call</source>
        <translation>{label} non è in chiamata</translation>
    </message>
    <message>
        <source>Unknown way of joining a call: {mode!r}</source>
        <translation>Modalità sconosciuta di collegamento a una chiamata: {mode!r}</translation>
    </message>
</context>
<context>
    <name>TelavoxErrors</name>
    <message>
        <source>Telavox no longer accepts this sign-in; please sign in again</source>
        <translation>Telavox non accetta più questo accesso; acceda di nuovo</translation>
    </message>
    <message>
        <source>{feature} is not available with this Telavox account or token</source>
        <translation>{feature} non è disponibile con questo account o token Telavox</translation>
    </message>
    <message>
        <source>{feature}: Telavox does not know this item (it may have ended or been removed)</source>
        <translation>{feature}: Telavox non conosce questo elemento (potrebbe essere terminato o stato rimosso)</translation>
    </message>
    <message>
        <source>{feature}: the state changed on the server; check it and try again</source>
        <translation>{feature}: lo stato è cambiato sul server; verificare e riprovare</translation>
    </message>
    <message>
        <source>{feature}: Telavox refused the request</source>
        <translation>{feature}: Telavox ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>{feature}: Telavox asks us to slow down; trying again shortly</source>
        <translation>{feature}: Telavox chiede di rallentare; nuovo tentativo a breve</translation>
    </message>
    <message>
        <source>{feature}: the Telavox server had a problem (HTTP {status})</source>
        <translation>{feature}: il server Telavox ha avuto un problema (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: Telavox refused the request (HTTP {status})</source>
        <translation>{feature}: Telavox ha rifiutato la richiesta (HTTP {status})</translation>
    </message>
    <message>
        <source>{feature}: Telavox gave an unexpected answer (HTTP {status})</source>
        <translation>{feature}: Telavox ha dato una risposta inattesa (HTTP {status})</translation>
    </message>
    <message>
        <source>Telavox could not be reached in time</source>
        <translation>Impossibile raggiungere Telavox in tempo</translation>
    </message>
    <message>
        <source>Telavox did not answer in time</source>
        <translation>Telavox non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Could not connect to Telavox (check the network and the server address)</source>
        <translation>Impossibile connettersi a Telavox (controllare la rete e l&apos;indirizzo del server)</translation>
    </message>
    <message>
        <source>The connection to Telavox was lost</source>
        <translation>La connessione a Telavox è stata persa</translation>
    </message>
    <message>
        <source>The proxy refused the connection to Telavox</source>
        <translation>Il proxy ha rifiutato la connessione a Telavox</translation>
    </message>
    <message>
        <source>The Telavox server address is not a valid http(s) address</source>
        <translation>L&apos;indirizzo del server Telavox non è un indirizzo http(s) valido</translation>
    </message>
    <message>
        <source>Could not talk to Telavox</source>
        <translation>Impossibile comunicare con Telavox</translation>
    </message>
    <message>
        <source>; the command may still have been carried out, so check your calls before trying again</source>
        <translation>; il comando potrebbe essere stato comunque eseguito, quindi controllare le chiamate prima di riprovare</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CTI Desktop keeps running in the tray, so calls still reach you. Use Quit in its menu to stop it.</source>
        <translation>CTI Desktop resta in esecuzione nell&apos;area di notifica, così le chiamate continuano a raggiungerLa. Per chiuderlo, usare Esci nel suo menu.</translation>
    </message>
    <message>
        <source>CTI Desktop</source>
        <translation>CTI Desktop</translation>
    </message>
    <message>
        <source>CTI Desktop tray menu</source>
        <translation>Menu dell&apos;area di notifica di CTI Desktop</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ri&amp;fiuta</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>Ria&amp;ggancia</translation>
    </message>
    <message>
        <source>&amp;Show CTI Desktop</source>
        <translation>&amp;Mostra CTI Desktop</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presenza</translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation>&amp;Accedi a tutte le code</translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation>Es&amp;ci da tutte le code</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Answer {caller}</source>
        <translation>&amp;Rispondi a {caller}</translation>
    </message>
    <message>
        <source>CTI Desktop — call from {label}</source>
        <translation>CTI Desktop — chiamata da {label}</translation>
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
            <numerusform>{tooltip} — %n chiamata persa non ancora vista</numerusform>
            <numerusform>{tooltip} — %n chiamate perse non ancora viste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Queue trend chart</source>
        <translation>Grafico dell&apos;andamento delle code</translation>
    </message>
    <message>
        <source>Calls waiting and longest wait over the last hour for the selected queues (or the most urgent ones when none is selected)</source>
        <translation>Chiamate in attesa e attesa più lunga nell&apos;ultima ora per le code selezionate (o per le più urgenti se nessuna è selezionata)</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Chiamate in attesa</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>Attesa più lunga (s)</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>Minuti fa</translation>
    </message>
    <message>
        <source>Trend chart legend</source>
        <translation>Legenda del grafico dell&apos;andamento</translation>
    </message>
    <message>
        <source>No queues to chart yet</source>
        <translation>Ancora nessuna coda da rappresentare</translation>
    </message>
    <message>
        <source>{queue} (solid)</source>
        <translation>{queue} (continua)</translation>
    </message>
    <message>
        <source>{queue} (dashed)</source>
        <translation>{queue} (tratteggiata)</translation>
    </message>
</context>
<context>
    <name>UserPhoto</name>
    <message>
        <source>The photo must be a PNG or JPEG image</source>
        <translation>La foto deve essere un&apos;immagine PNG o JPEG</translation>
    </message>
    <message>
        <source>The photo is empty</source>
        <translation>La foto è vuota</translation>
    </message>
    <message>
        <source>The photo is larger than {value} KB; choose a smaller image</source>
        <translation>La foto supera {value} KB; scegliere un&apos;immagine più piccola</translation>
    </message>
</context>
<context>
    <name>Vendors</name>
    <message>
        <source>Existing &amp;ticket</source>
        <translation>&amp;Ticket esistente</translation>
    </message>
    <message>
        <source>Paste a ticket created elsewhere, e.g. in the portal</source>
        <translation>Incollare un ticket creato altrove, ad es. nel portale</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Paste the ticket</source>
        <translation>Incollare il ticket</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Questo account</translation>
    </message>
    <message>
        <source>{vendor} has no {what}</source>
        <translation>{vendor} non dispone di {what}</translation>
    </message>
    <message>
        <source>{vendor} does not offer this</source>
        <translation>{vendor} non offre questa funzione</translation>
    </message>
    <message>
        <source>{head} for this account</source>
        <translation>{head} per questo account</translation>
    </message>
    <message>
        <source>Unknown {what} {key!r}; this version supports: {join}</source>
        <translation>Valore sconosciuto per {what}: {key!r}; questa versione supporta: {join}</translation>
    </message>
    <message>
        <source>Unknown phone system {backend!r}; this version supports: {join}</source>
        <translation>Centralino sconosciuto {backend!r}; questa versione supporta: {join}</translation>
    </message>
    <message>
        <source>The profile has no server address</source>
        <translation>Il profilo non ha un indirizzo server</translation>
    </message>
    <message>
        <source>The profile has no user name</source>
        <translation>Il profilo non ha un nome utente</translation>
    </message>
    <message>
        <source>A Dstny directory source needs its server, domain and user</source>
        <translation>Un&apos;origine rubrica Dstny richiede server, dominio e utente</translation>
    </message>
    <message>
        <source>Dstny directory</source>
        <translation>Rubrica Dstny</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://pbx.example.com</source>
        <translation>Inserire l&apos;indirizzo del server, ad es. https://pbx.example.com</translation>
    </message>
    <message>
        <source>Enter the domain of your organisation, e.g. example.com</source>
        <translation>Inserire il dominio della Sua organizzazione, ad es. example.com</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>Inserire il Suo nome utente</translation>
    </message>
    <message>
        <source>Dstny needs your password or a ticket</source>
        <translation>Dstny richiede la password o un ticket</translation>
    </message>
    <message>
        <source>Missing account options: </source>
        <translation>Opzioni dell&apos;account mancanti: </translation>
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
        <translation>L&apos;indirizzo del Suo centralino</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain</source>
        <translation>Il dominio della Sua organizzazione</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>anna</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>Your user name (without the domain)</source>
        <translation>Il Suo nome utente (senza il dominio)</translation>
    </message>
    <message>
        <source>Your password is used once to create a sign-in ticket; it is never saved.</source>
        <translation>La password viene usata una sola volta per creare un ticket di accesso; non viene mai salvata.</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>{what} needs the server address, e.g. https://pbx.example.com</source>
        <translation>{what} richiede l&apos;indirizzo del server, ad es. https://pbx.example.com</translation>
    </message>
    <message>
        <source>{what} needs the domain of your organisation, e.g. example.com</source>
        <translation>{what} richiede il dominio della Sua organizzazione, ad es. example.com</translation>
    </message>
    <message>
        <source>{what} needs your user name</source>
        <translation>{what} richiede il Suo nome utente</translation>
    </message>
    <message>
        <source>{what}&apos;s scopes setting: {exc}</source>
        <translation>Impostazione degli ambiti di {what}: {exc}</translation>
    </message>
    <message>
        <source>A Telavox colleagues source needs its user name (or a token and server)</source>
        <translation>Un&apos;origine colleghi Telavox richiede il nome utente (o un token e un server)</translation>
    </message>
    <message>
        <source>Enter the Telavox user name for the colleagues source</source>
        <translation>Inserire il nome utente Telavox per l&apos;origine colleghi</translation>
    </message>
    <message>
        <source>Telavox colleagues</source>
        <translation>Colleghi Telavox</translation>
    </message>
    <message>
        <source>Telavox rings your phone first; answer it there and the number is called.</source>
        <translation>Telavox fa prima squillare il Suo telefono; quando risponde, il numero viene chiamato.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleghi</translation>
    </message>
    <message>
        <source>Enter your Telavox user name (or sign in with a token)</source>
        <translation>Inserire il Suo nome utente Telavox (o accedere con un token)</translation>
    </message>
    <message>
        <source>The Telavox CAPI accepts only a token: choose &quot;Token&quot; and paste it</source>
        <translation>La CAPI di Telavox accetta solo un token: scegliere &quot;Token&quot; e incollarlo</translation>
    </message>
    <message>
        <source>Missing account option: --user (or a token in CTI_DESKTOP_TICKET)</source>
        <translation>Opzione dell&apos;account mancante: --user (o un token in CTI_DESKTOP_TICKET)</translation>
    </message>
    <message>
        <source>https://api.telavox.se (leave empty for it)</source>
        <translation>https://api.telavox.se (lasciare vuoto per usarlo)</translation>
    </message>
    <message>
        <source>The API address; leave empty for the public API</source>
        <translation>L&apos;indirizzo dell&apos;API; lasciare vuoto per l&apos;API pubblica</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>Your password or token is kept in the system keyring only, to sign in again when the Telavox session ends.</source>
        <translation>La password o il token viene conservato solo nel portachiavi di sistema, per accedere di nuovo quando la sessione Telavox termina.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Paste a token made in the Telavox portal (My Account → Manage tokens)</source>
        <translation>Incollare un token creato nel portale Telavox (Il mio account → Gestisci token)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Incollare il token</translation>
    </message>
    <message>
        <source>password or token</source>
        <translation>password o token</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Password o token</translation>
    </message>
    <message>
        <source>its API can only dial and hang up; answer and everything else on your phone</source>
        <translation>la sua API può solo comporre e riagganciare; rispondere e tutto il resto dal telefono</translation>
    </message>
    <message>
        <source>its API has no queues to log in to</source>
        <translation>la sua API non ha code a cui accedere</translation>
    </message>
    <message>
        <source>its API can only read presence; change it in the Telavox app</source>
        <translation>la sua API può solo leggere la presenza; modificarla nell&apos;app Telavox</translation>
    </message>
    <message>
        <source>it keeps no seen/unseen mark on calls</source>
        <translation>non tiene traccia delle chiamate viste/non viste</translation>
    </message>
    <message>
        <source>{what}: the Telavox API must be v1 or capi, not {api!r}</source>
        <translation>{what}: l&apos;API Telavox deve essere v1 o capi, non {api!r}</translation>
    </message>
    <message>
        <source>v1: user name and password, or a token. CAPI (the current API): a token only</source>
        <translation>v1: nome utente e password, oppure un token. CAPI (l&apos;API attuale): solo un token</translation>
    </message>
    <message>
        <source>Telavox API</source>
        <translation>API Telavox</translation>
    </message>
    <message>
        <source>v1 (user and password, or a token)</source>
        <translation>v1 (utente e password, oppure un token)</translation>
    </message>
    <message>
        <source>CAPI (token only)</source>
        <translation>CAPI (solo token)</translation>
    </message>
    <message>
        <source>Voxloud contacts</source>
        <translation>Contatti Voxloud</translation>
    </message>
    <message>
        <source>Voxloud rings your extension first (click-to-call); answer it there and the number is called.</source>
        <translation>Voxloud fa prima squillare il Suo interno (click-to-call); quando risponde, il numero viene chiamato.</translation>
    </message>
    <message>
        <source>The webhook port must be between 0 and 65535 (0: any free port)</source>
        <translation>La porta del webhook deve essere compresa tra 0 e 65535 (0: qualsiasi porta libera)</translation>
    </message>
    <message>
        <source>https://developer.voxloud.com/api (leave empty for it)</source>
        <translation>https://developer.voxloud.com/api (lasciare vuoto per usarlo)</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Interno:</translation>
    </message>
    <message>
        <source>101</source>
        <translation>101</translation>
    </message>
    <message>
        <source>Your extension number in Voxloud (calls of other extensions are not shown)</source>
        <translation>Il Suo numero di interno in Voxloud (le chiamate degli altri interni non vengono mostrate)</translation>
    </message>
    <message>
        <source>Webhook p&amp;ort:</source>
        <translation>P&amp;orta webhook:</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>&amp;URL pubblico:</translation>
    </message>
    <message>
        <source>https://my-tunnel.example (optional)</source>
        <translation>https://my-tunnel.example (facoltativo)</translation>
    </message>
    <message>
        <source>The address Voxloud reaches this computer at (a tunnel or reverse proxy)</source>
        <translation>L&apos;indirizzo a cui Voxloud raggiunge questo computer (un tunnel o un reverse proxy)</translation>
    </message>
    <message>
        <source>The API key is checked with Voxloud first, then kept in the system keyring only.</source>
        <translation>La chiave API viene prima verificata con Voxloud, poi conservata solo nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Paste the Voxloud API key</source>
        <translation>Incollare la chiave API di Voxloud</translation>
    </message>
    <message>
        <source>The company API key (Voxloud admin portal → API); checked, then kept in the keyring</source>
        <translation>La chiave API aziendale (portale di amministrazione Voxloud → API); verificata, poi conservata nel portachiavi</translation>
    </message>
    <message>
        <source>Voxloud signs in with the company API key (Voxloud admin portal → API)</source>
        <translation>Voxloud accede con la chiave API aziendale (portale di amministrazione Voxloud → API)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>its API can only start calls (by click-to-call); answer, hang up and the rest on your phone</source>
        <translation>la sua API può solo avviare chiamate (tramite click-to-call); rispondere, riagganciare e il resto dal telefono</translation>
    </message>
    <message>
        <source>its API has no presence</source>
        <translation>la sua API non ha la presenza</translation>
    </message>
    <message>
        <source>its API cannot send SMS</source>
        <translation>la sua API non può inviare SMS</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Porta webhook</translation>
    </message>
    <message>
        <source>The local port Voxloud&apos;s call notifications arrive at (0: any free port)</source>
        <translation>La porta locale su cui arrivano le notifiche di chiamata di Voxloud (0: qualsiasi porta libera)</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pubblico</translation>
    </message>
    <message>
        <source>The public URL cannot be used: {exc}</source>
        <translation>L&apos;URL pubblico non può essere usato: {exc}</translation>
    </message>
</context>
<context>
    <name>VoicemailSettings</name>
    <message>
        <source>Callers may leave a voicemail</source>
        <translation>I chiamanti possono lasciare un messaggio in segreteria</translation>
    </message>
    <message>
        <source>Callers may skip the voicemail greeting</source>
        <translation>I chiamanti possono saltare il messaggio di benvenuto della segreteria</translation>
    </message>
    <message>
        <source>The greeting says what I am doing (my presence)</source>
        <translation>Il messaggio di benvenuto dice cosa sto facendo (la mia presenza)</translation>
    </message>
    <message>
        <source>The greeting says when I am back</source>
        <translation>Il messaggio di benvenuto dice quando torno</translation>
    </message>
    <message>
        <source>The greeting offers to reach a person</source>
        <translation>Il messaggio di benvenuto offre di parlare con una persona</translation>
    </message>
    <message>
        <source>Number that reaches a person</source>
        <translation>Numero per parlare con una persona</translation>
    </message>
    <message>
        <source>Tell me of new voicemail by SMS</source>
        <translation>Avvisami dei nuovi messaggi in segreteria via SMS</translation>
    </message>
    <message>
        <source>Tell me of new voicemail by email</source>
        <translation>Avvisami dei nuovi messaggi in segreteria via email</translation>
    </message>
    <message>
        <source>Attach the message to the email</source>
        <translation>Allega il messaggio all&apos;email</translation>
    </message>
    <message>
        <source>SMS when my voicemail box is nearly full</source>
        <translation>SMS quando la mia casella vocale è quasi piena</translation>
    </message>
    <message>
        <source>Email when my voicemail box is nearly full</source>
        <translation>Email quando la mia casella vocale è quasi piena</translation>
    </message>
    <message>
        <source>Messages may be downloaded in the mobile app</source>
        <translation>I messaggi possono essere scaricati nell&apos;app mobile</translation>
    </message>
    <message>
        <source>Offer to call back who left a message</source>
        <translation>Offri di richiamare chi ha lasciato un messaggio</translation>
    </message>
    <message>
        <source>Voicemail settings</source>
        <translation>Impostazioni della segreteria</translation>
    </message>
    <message>
        <source>Reading your voicemail settings…</source>
        <translation>Lettura delle impostazioni della segreteria…</translation>
    </message>
    <message>
        <source>Voicemail settings error</source>
        <translation>Errore nelle impostazioni della segreteria</translation>
    </message>
    <message>
        <source>The server did not say this setting</source>
        <translation>Il server non ha indicato questa impostazione</translation>
    </message>
    <message>
        <source>Voicemail settings saved</source>
        <translation>Impostazioni della segreteria salvate</translation>
    </message>
    <message>
        <source>This account has no voicemail settings</source>
        <translation>Questo account non ha impostazioni della segreteria</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>Voicemail settings: there is no setting {name!r}</source>
        <translation>Impostazioni della segreteria: non esiste l&apos;impostazione {name!r}</translation>
    </message>
    <message>
        <source>Could not read your voicemail settings</source>
        <translation>Impossibile leggere le impostazioni della segreteria</translation>
    </message>
</context>
<context>
    <name>Wake</name>
    <message>
        <source>the computer woke from sleep</source>
        <translation>il computer si è riattivato dalla sospensione</translation>
    </message>
    <message>
        <source>the app was not running for a while</source>
        <translation>l&apos;app non è stata in esecuzione per un po&apos;</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Queue wallboard</source>
        <translation>Wallboard delle code</translation>
    </message>
    <message>
        <source>Filter queues (name, number, level)…</source>
        <translation>Filtra code (nome, numero, livello)…</translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation>Filtra code</translation>
    </message>
    <message>
        <source>Show only the queues whose name or number contains this text (Ctrl+F)</source>
        <translation>Mostrare solo le code il cui nome o numero contiene questo testo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort queues by</source>
        <translation>Ordina code per</translation>
    </message>
    <message>
        <source>Order of the tiles</source>
        <translation>Ordine dei riquadri</translation>
    </message>
    <message>
        <source>Sort: {label}</source>
        <translation>Ordina: {label}</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>Modalità TV</translation>
    </message>
    <message>
        <source>Full screen, large type, most urgent queues first (F11; Esc leaves)</source>
        <translation>Schermo intero, caratteri grandi, code più urgenti in cima (F11; Esc per uscire)</translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation>Conteggi delle code</translation>
    </message>
    <message>
        <source>Queues shown, and how many are at warning or critical level</source>
        <translation>Code mostrate e quante sono a livello di avviso o critico</translation>
    </message>
    <message>
        <source>Live data status</source>
        <translation>Stato dei dati in tempo reale</translation>
    </message>
    <message>
        <source>Whether the live queue statistics are connected</source>
        <translation>Se le statistiche delle code in tempo reale sono connesse</translation>
    </message>
    <message>
        <source>Wallboard message</source>
        <translation>Messaggio del wallboard</translation>
    </message>
    <message>
        <source>Organisation totals</source>
        <translation>Totali dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Queue detail</source>
        <translation>Dettaglio della coda</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Rileggi</translation>
    </message>
    <message>
        <source>Read this queue again</source>
        <translation>Rileggi questa coda</translation>
    </message>
    <message>
        <source>Read this queue&apos;s figures from the phone system now</source>
        <translation>Leggere ora i dati di questa coda dal centralino</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the queue detail</source>
        <translation>Chiudi il dettaglio della coda</translation>
    </message>
    <message>
        <source>Queue tiles</source>
        <translation>Riquadri delle code</translation>
    </message>
    <message>
        <source>One tile per queue; select tiles to chart them; double-click (or Enter) reads one queue&apos;s figures now</source>
        <translation>Un riquadro per coda; selezionare i riquadri per rappresentarli nel grafico; un doppio clic (o Enter) legge subito i dati di una coda</translation>
    </message>
    <message>
        <source>Every queue of the organisation, read on its own</source>
        <translation>Ogni coda dell&apos;organizzazione, letta singolarmente</translation>
    </message>
    <message>
        <source>{queueCount} queues · {warningCount} warning · {criticalCount} critical</source>
        <translation>{queueCount} code · {warningCount} in avviso · {criticalCount} critiche</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Chiamate in attesa</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s totals…</source>
        <translation>Lettura dei totali dell&apos;organizzazione…</translation>
    </message>
    <message>
        <source>organisation-wide queue totals</source>
        <translation>totali delle code dell&apos;intera organizzazione</translation>
    </message>
    <message>
        <source>{name} is critical: {why}</source>
        <translation>{name} è critica: {why}</translation>
    </message>
</context>
<context>
    <name>WallboardFollow</name>
    <message>
        <source>Not available</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>This server offers no queue statistics.</source>
        <translation>Questo server non fornisce statistiche delle code.</translation>
    </message>
    <message>
        <source>Queue statistics are not available with this account.</source>
        <translation>Le statistiche delle code non sono disponibili con questo account.</translation>
    </message>
</context>
<context>
    <name>WallboardReads</name>
    <message>
        <source>single-queue reads</source>
        <translation>letture di singole code</translation>
    </message>
    <message>
        <source>The organisation&apos;s totals are not available with this account.</source>
        <translation>I totali dell&apos;organizzazione non sono disponibili con questo account.</translation>
    </message>
    <message>
        <source>The phone system does not know this queue any more.</source>
        <translation>Il centralino non conosce più questa coda.</translation>
    </message>
    <message>
        <source>Reading {queue_name}…</source>
        <translation>Lettura di {queue_name}…</translation>
    </message>
    <message>
        <source>Organisation totals may be out of date: {exc}</source>
        <translation>I totali dell&apos;organizzazione potrebbero non essere aggiornati: {exc}</translation>
    </message>
    <message>
        <source>Could not read this queue: {exc}</source>
        <translation>Impossibile leggere questa coda: {exc}</translation>
    </message>
</context>
<context>
    <name>WallboardTiles</name>
    <message>
        <source>✔ Normal</source>
        <translation>✔ Normale</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Avviso</translation>
    </message>
    <message>
        <source>■ CRITICAL</source>
        <translation>■ CRITICO</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>attesa più lunga</translation>
    </message>
    <message>
        <source>Average wait {average} · Last wait {last}</source>
        <translation>Attesa media {average} · Ultima attesa {last}</translation>
    </message>
    <message>
        <source>Period: {words}</source>
        <translation>Periodo: {words}</translation>
    </message>
    <message>
        <source>24 h: {words}</source>
        <translation>24 h: {words}</translation>
    </message>
    <message>
        <source>Answer rate {rate}</source>
        <translation>Tasso di risposta {rate}</translation>
    </message>
    <message>
        <source>Agents {logged_in} logged in · {free} free</source>
        <translation>Operatori {logged_in} connessi · {free} liberi</translation>
    </message>
    <message>
        <source>{waiting} waiting · longest wait {longest}</source>
        <translation>{waiting} in attesa · attesa più lunga {longest}</translation>
    </message>
    <message>
        <source>{name}: {level_label}, {waiting} waiting</source>
        <translation>{name}: {level_label}, {waiting} in attesa</translation>
    </message>
</context>
<context>
    <name>WallboardTvLayout</name>
    <message>
        <source>Leave TV mode (Esc)</source>
        <translation>Esci dalla modalità TV (Esc)</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>Modalità TV</translation>
    </message>
</context>
<context>
    <name>WallboardWords</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message numerus="yes">
        <source>%n queue</source>
        <translation>
            <numerusform>%n coda</numerusform>
            <numerusform>%n code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queues</source>
        <translation>
            <numerusform>%n coda</numerusform>
            <numerusform>%n code</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Answered {answered} · Dropped {dropped} · Total {total}</source>
        <translation>Risposte {answered} · Abbandonate {dropped} · Totale {total}</translation>
    </message>
    <message>
        <source>Whole organisation: {queues} · {waiting} waiting · longest wait {longest} · {logged_in} agents logged in, {free} free · 24 h: {counts} · answer rate {rate}</source>
        <translation>Intera organizzazione: {queues} · {waiting} in attesa · attesa più lunga {longest} · {logged_in} operatori connessi, {free} liberi · 24 h: {counts} · tasso di risposta {rate}</translation>
    </message>
    <message>
        <source>{name}{number}: {waiting} waiting, longest wait {longest}, average {average}, last {last}; {logged_in} agents logged in, {free} free</source>
        <translation>{name}{number}: {waiting} in attesa, attesa più lunga {longest}, media {average}, ultima {last}; {logged_in} operatori connessi, {free} liberi</translation>
    </message>
    <message>
        <source>{waiting} waiting, longest wait {longest}</source>
        <translation>{waiting} in attesa, attesa più lunga {longest}</translation>
    </message>
    <message numerus="yes">
        <source>%n queues became critical</source>
        <translation>
            <numerusform>%n coda è diventata critica</numerusform>
            <numerusform>%n code sono diventate critiche</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>; this period {period}; 24 h {day}.</source>
        <translation>; questo periodo {period}; 24 h {day}.</translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation>{waiting} in attesa</translation>
    </message>
    <message>
        <source>longest wait {longest_text}</source>
        <translation>attesa più lunga {longest_text}</translation>
    </message>
    <message>
        <source>average {average_text}</source>
        <translation>media {average_text}</translation>
    </message>
    <message>
        <source>last {last_text}</source>
        <translation>ultima {last_text}</translation>
    </message>
    <message>
        <source>this period {period_words} (24 h {day_words})</source>
        <translation>questo periodo {period_words} (24 h {day_words})</translation>
    </message>
    <message>
        <source>answer rate {answer_rate_text}</source>
        <translation>tasso di risposta {answer_rate_text}</translation>
    </message>
    <message>
        <source>{logged_in} agents logged in, {free} free</source>
        <translation>{logged_in} operatori connessi, {free} liberi</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e %n altro</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>data {age} old</source>
        <translation>dati di {age} fa</translation>
    </message>
    <message>
        <source>Queue critical: {name}</source>
        <translation>Coda critica: {name}</translation>
    </message>
</context>
<context>
    <name>WebhookSettings</name>
    <message>
        <source>{heading} webhooks</source>
        <translation>Webhook {heading}</translation>
    </message>
    <message>
        <source>{heading} webhook subscriptions</source>
        <translation>Sottoscrizioni webhook {heading}</translation>
    </message>
    <message>
        <source>Delete the chosen subscription at {vendor}</source>
        <translation>Eliminare la sottoscrizione scelta su {vendor}</translation>
    </message>
    <message>
        <source>Read the subscriptions from {vendor} again</source>
        <translation>Rileggere le sottoscrizioni da {vendor}</translation>
    </message>
    <message>
        <source>{heading} tells this desktop about calls through webhook subscriptions. This desktop receives them at: {callbackUrl}</source>
        <translation>{heading} informa questo desktop sulle chiamate tramite sottoscrizioni webhook. Questo desktop le riceve su: {callbackUrl}</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Indirizzo del ricevitore</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Sottoscrizioni</translation>
    </message>
    <message>
        <source>Every webhook subscription of the company&apos;s {vendor} account</source>
        <translation>Tutte le sottoscrizioni webhook dell&apos;account {vendor} dell&apos;azienda</translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation>Lettura delle sottoscrizioni…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscite</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Questo desktop</translation>
    </message>
    <message>
        <source>Subscribe this desktop</source>
        <translation>Iscrivi questo desktop</translation>
    </message>
    <message>
        <source>Create (or re-enable) CALL_INCOMING, CALL_ANSWERED and CALL_HANGUP subscriptions that deliver to this desktop</source>
        <translation>Creare (o riattivare) le sottoscrizioni CALL_INCOMING, CALL_ANSWERED e CALL_HANGUP che consegnano a questo desktop</translation>
    </message>
    <message>
        <source>Stop or resume deliveries of the chosen subscription</source>
        <translation>Sospendere o riprendere le consegne della sottoscrizione scelta</translation>
    </message>
    <message>
        <source>Deliver here</source>
        <translation>Consegna qui</translation>
    </message>
    <message>
        <source>Change the chosen subscription&apos;s address to this desktop&apos;s receiver and enable it</source>
        <translation>Impostare l&apos;indirizzo della sottoscrizione scelta sul ricevitore di questo desktop e attivarla</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Chiudi questa finestra</translation>
    </message>
    <message>
        <source>Webhook status</source>
        <translation>Stato webhook</translation>
    </message>
    <message>
        <source>Webhook error</source>
        <translation>Errore webhook</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>the phone system</source>
        <translation>il centralino</translation>
    </message>
    <message>
        <source>That webhook subscription is no longer there; the list was read again</source>
        <translation>Questa sottoscrizione webhook non esiste più; l&apos;elenco è stato riletto</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivata</translation>
    </message>
    <message>
        <source>No call-notification receiver runs for this account (it uses {vendor} for contacts only), so there is no address to subscribe</source>
        <translation>Per questo account non è attivo alcun ricevitore di notifiche di chiamata (usa {vendor} solo per i contatti), quindi non c&apos;è un indirizzo da sottoscrivere</translation>
    </message>
    <message>
        <source>Disabled after {failed_count} failed deliveries</source>
        <translation>Disattivata dopo {failed_count} consegne non riuscite</translation>
    </message>
    <message>
        <source>Enabled, {failed_count} failed deliveries</source>
        <translation>Attivata, {failed_count} consegne non riuscite</translation>
    </message>
    <message>
        <source>Choose one of {join}</source>
        <translation>Scegliere uno tra {join}</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disattiva</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s); {mine} enabled for this desktop</source>
        <translation>
            <numerusform>%n sottoscrizione; {mine} attive per questo desktop</numerusform>
            <numerusform>%n sottoscrizioni; {mine} attive per questo desktop</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete subscription</source>
        <translation>Elimina sottoscrizione</translation>
    </message>
    <message>
        <source>Delete the {event} subscription to {url}? {Vendor} stops delivering those notifications there.</source>
        <translation>Eliminare la sottoscrizione {event} a {url}? {Vendor} smetterà di consegnare quelle notifiche a quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Conferma eliminazione</translation>
    </message>
</context>
</TS>
