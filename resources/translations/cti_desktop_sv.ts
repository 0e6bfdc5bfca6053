<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Caller name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call control unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call panel error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this account can do with calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile transfer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why supervising is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision list may be old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work: your presence shows you are wrapping up your last call, and goes back to what it was when the countdown ends or you press Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{extendSeconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend wrap-up by {extendSeconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time to wrap up: {extendSeconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: end wrap-up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End wrap-up now and put your presence back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the after-call message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyElsewhere</name>
    <message>
        <source>Busy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy with work outside the phone system: queues pass you by and colleagues see your line busy until the time, or until you clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy elsewhere for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;busy again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an SMS to the other party of this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {value} from the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Clear {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything, or only missed, incoming or outgoing calls, or voicemails and recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your call history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calls and messages, newest first; unseen missed calls and unplayed messages in bold. Enter calls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected number back from your softphone (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an SMS to the selected call&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an SMS to the number of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected missed call seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server you have seen the selected missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all missed calls seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every unseen missed call as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected voicemail or recording in your browser (web links only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected message played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server you have listened to the selected voicemail or recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected calls and recordings from your history; voicemails go to the trash, with an Undo for a while (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delete: move the voicemails back to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the voicemails you just deleted back from the trash (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and change how your voicemail works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail or recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected call&apos;s voicemail, recording or other link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your call history from the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not seen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not played yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items will be deleted for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails will be moved to the trash (you can undo that)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{type} call, {remote}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls you have not seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail ({m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails or recordings not played yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voicemails and recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call history could not be read yet; still trying (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete to trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallKeypad</name>
    <message>
        <source>Keypad tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the tone {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone {k}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTransfer</name>
    <message>
        <source>Number or contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, extension or contact to transfer or consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other kinds of transfer to the number typed: to voicemail, camp-on, past the colleague&apos;s diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from my mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call on your mobile to the number typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the transfer: the call comes back to your mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: the caller waits on hold until it is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind: hand the call over now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} to: number or contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: {lower}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleagues on your buddy list yet. Add them from the contact search (the star).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up the colleague&apos;s ringing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colleague first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up the ringing call on your phone ({PICK_UP_SHORTCUT})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from buddy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected colleague from your buddy list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues — {ringing} ringing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombinedPop</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call from {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the call from {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incoming calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incoming calls: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: {connectionText}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message>
        <source>{title} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {lower}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts of your own yet. Add one with Add….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {value}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s line state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s photo not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not shown: {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSearch</name>
    <message>
        <source>Remove from favourites (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company or number; Down to move to the results, Enter to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact list heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset favourites to my organisation&apos;s template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your favourites become the organisation&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More commands for your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click to call; Ctrl+Shift+F to add or remove a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact search error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected contact&apos;s preferred number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected contact to your favourites, or remove it (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sources status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches ask every source at once: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts matching “{resultsQuery}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (searching…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my contacts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>My devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon the phone system&apos;s apps show for this device (one of its type&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · icon {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the icon…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a number, extension or feature code; Enter calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, extension or *code#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call via my mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call via mobile notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone or softphone that rings first when you call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the person you call sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring first at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &apos;Call via&apos; rings first: your answer places on the phone system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calling works on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {key} (hold for +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will call {targetDisplay}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mobile rings first; answer it and the number is called for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {last} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call via my {lower}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>Call forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or extension, e.g. 070-123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward my calls to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number or extension every call to you should go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward my calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward every call to the number entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop forwarding my calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop forwarding: calls ring you again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off &amp;every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off every forwarding rule of my line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every forwarding of your main line: all calls, when busy, when you do not answer, when you cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While my presence is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity to forward calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward calls during the activity to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set activity forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward calls to this number while you are in the chosen activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward my calls to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: forwarded to {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While {value}, calls go to {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the forwarding during {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this activity&apos;s number from the phone system and change it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop forwarding during {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity forwards your calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCallLog</name>
    <message>
        <source>Group call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the call log of one group, or of all your groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all calls, or only missed, answered or forwarded ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the group call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the group call log from the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group call log error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group call log refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group call log notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the group call log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group call log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to your groups, newest first. Enter calls the selected caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the other agents, saved with Take it or Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected call to you (in progress), with the note if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected call handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected call handled, with the note if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected call back to unhandled, for anyone in the group to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the caller back from your softphone and take the call if nobody has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls you have taken and not yet marked handled. Enter calls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} call from {caller} to {group} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this group call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your phone system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is used once to create a sign-in ticket; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your password; a ticket is created and stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an existing ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a ticket created elsewhere, e.g. in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this account (not the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (used once, never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the ticket here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket created elsewhere; it is checked, then stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server, domain and user as a profile; secrets go to the system keyring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a simulated phone system with made-up calls (as cti-desktop --demo); nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allow_cancel_text} (Esc); while signing in, stop the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Phone system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which phone system you sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your phone system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name (without the domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone system:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginProfiles</name>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a saved account, or a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this saved account from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginSources</name>
    <message>
        <source>Extra contact sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show extra contact sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other directories callers are looked up in too (e.g. {source_name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra contact sources list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up at the same time as the phone system&apos;s own directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which directory to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (empty: public API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s server or API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password / API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password, token or API key for that source; kept in the keyring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this source to the account (checked when you sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen source from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — secret from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ({with_domain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {with_domain} domain ({with_domain} only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name at that source ({with_user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra contact sources ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dial pad and presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial a number, extension or feature code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: activity, availability, note, role and end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, group call log and call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory; your favourites when the box is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your buddies&apos; phones, live: idle, ringing or in a call; pick up their calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed, answered and forwarded calls of your groups: take them and call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of your own, kept on the phone system: add, edit, delete, call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen in, whisper or barge in on your agents&apos; calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial pad, presence and queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call to do that to right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history ({missed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your missed, incoming and outgoing calls — %n missed calls not seen yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your missed, incoming and outgoing calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowConnecting</name>
    <message>
        <source>Signing in as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial pad and presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (Connecting…) — {APP_TITLE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting… — {APP_TITLE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowHeader</name>
    <message>
        <source>CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: {text}, {expiryText}. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: {text}. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowNavigation</name>
    <message>
        <source>That tab is not offered for this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and sign in with another saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and show the sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vendor}&apos;s call-notification subscriptions: list, create, enable or disable, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phones and softphones: their details, and the names they go by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pops, theme, language, wallboard levels, after-call work and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;ward my calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward every call to another number, or turn forwarding off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to every queue you belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the {lower} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the {lower} tab to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone system offers no queue statistics to the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the presence shortcut buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the number box of the dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the contact search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live statistics of the queues you supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this computer&apos;s session and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call action acts on the selected call, or on the call it fits best. Tab and Shift+Tab move through the calls first, then the other panels; Alt opens the menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls › {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the app&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop agent for cloud phone systems: call control, queues, presence and screen-pop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPhoto</name>
    <message>
        <source>My photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image (at most {value} MB); a large one is scaled down before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo, as colleagues see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop — {get}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopFrame</name>
    <message>
        <source>Drag to move this pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the pop; the call keeps ringing in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this pop (the call keeps ringing in the main window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceDot</name>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your presence activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your presence to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are doing; colleagues and the queues see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you can take calls now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note colleagues see, e.g. Back at 13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> for %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to set the note (at most {noteMaxLength} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set presence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the note (Enter in the note field does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role you are working in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the current activity lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End activity after the minutes chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current activity after the chosen number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity end time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the current activity ends (tomorrow if that time has passed today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End activity at the time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current activity at the chosen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear activity end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current activity until you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change, remove and reorder your presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this account can do with presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence shortcut {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and divert your calls to {number} meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (available for calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not available for calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activity: {activityName}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: shorten the note to set it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceShortcuts</name>
    <message>
        <source>Presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence shortcuts editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why shortcuts cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My presence shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shortcuts, in the order the presence panel shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a presence shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen shortcut (read again from the server first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen shortcut earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen shortcut later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Short lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divert my calls to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut diverts calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut diversion number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{get}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDetails</name>
    <message>
        <source>Queue details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue details status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue details again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue details: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueToggles</name>
    <message>
        <source>Night mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server to answer about {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {name} is in night mode now: its callers go to the night service, not to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group type: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} type: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the phone system says about {name}: its agents, night mode, number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in night mode: its calls go to the night service, not to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in night mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callers waiting in {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agents of {name} free to take a call</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{logged} logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agents logged in to {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in to {name} and get its calls. Click (or press Space) to log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged out of {name} and get none of its calls. Click (or press Space) to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your queues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to every queue you are a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of every queue: you get no queue calls until you log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to all queues when I sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to all queues at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the app signs in, log in to every queue you are a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of all queues when I quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of all queues at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you quit the app, log out of every queue so no calls wait for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>{body} via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is ringing for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue or number the call came through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several contacts have this number: choose the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this caller as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contact in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the CRM&apos;s page for adding this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CRM&apos;s page for adding this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the call (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the caller&apos;s record in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone system offers no way to create contacts from the desktop. Set an &quot;add contact&quot; CRM link in the settings to add callers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call from {title} (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the call from {title} (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record of {title} in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record to open for this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {number} as a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>{name} heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call actions&apos; keys. Click a box and press the new key; the clear button leaves an action without a key. A key another action or the window uses is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop a window for incoming calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up time after calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop window shows who is calling. Off: the desktop notification alone tells of a call (for agents who answer on a desk phone). Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark, or as the system&apos;s scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s words: English, Swedish or Italian, or as the system&apos;s language. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a queue&apos;s tile turns to warning and to critical, for all queues (a queue&apos;s own levels in the settings file stay). An open wallboard uses them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrap-up time after each call: your presence shows wrap-up with a countdown, then goes back to what it was. Changes take effect at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default key for {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the settings file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>Send SMS to {recipientName}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS recipient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number, e.g. 070-123 45 67 or +46 70 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the number cannot get an SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the SMS goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this SMS is sent as UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the SMS (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to {name}, {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Supervise agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents you supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents of the groups you supervise; choose one, then Listen, Whisper or Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({value2}) is on a call: you may join it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CTI Desktop keeps running in the tray, so calls still reach you. Use Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show CTI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in to all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out of all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop — call from {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop — {connectionText}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTI Desktop — {accountLabel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{tooltip} — %n missed calls not seen yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Queue trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls waiting and longest wait over the last hour for the selected queues (or the most urgent ones when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queues to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailSettings</name>
    <message>
        <source>Voicemail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your voicemail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail settings error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your voicemail settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Queue wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter queues (name, number, level)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the queues whose name or number contains this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort queues by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, most urgent queues first (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues shown, and how many are at warning or critical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the live queue statistics are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this queue&apos;s figures from the phone system now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the queue detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tile per queue; select tiles to chart them; double-click (or Enter) reads one queue&apos;s figures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every queue of the organisation, read on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{queueCount} queues · {warningCount} warning · {criticalCount} critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardTiles</name>
    <message>
        <source>✔ Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait {average} · Last wait {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents {logged_in} logged in · {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting · longest wait {longest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardTvLayout</name>
    <message>
        <source>Leave TV mode (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSettings</name>
    <message>
        <source>{heading} webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen subscription at {vendor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the subscriptions from {vendor} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} tells this desktop about calls through webhook subscriptions. This desktop receives them at: {callbackUrl}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every webhook subscription of the company&apos;s {vendor} account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (or re-enable) CALL_INCOMING, CALL_ANSWERED and CALL_HANGUP subscriptions that deliver to this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or resume deliveries of the chosen subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen subscription&apos;s address to this desktop&apos;s receiver and enable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s); {mine} enabled for this desktop</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {event} subscription to {url}? {Vendor} stops delivering those notifications there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
