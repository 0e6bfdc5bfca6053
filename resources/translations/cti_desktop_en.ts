<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items will be deleted for good</source>
        <translation>
            <numerusform>%n item will be deleted for good</numerusform>
            <numerusform>%n items will be deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails will be moved to the trash (you can undo that)</source>
        <translation>
            <numerusform>%n voicemail will be moved to the trash (you can undo that)</numerusform>
            <numerusform>%n voicemails will be moved to the trash (you can undo that)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls you have not seen</source>
        <translation>
            <numerusform>%n missed call you have not seen</numerusform>
            <numerusform>%n missed calls you have not seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voicemails or recordings not played yet</source>
        <translation>
            <numerusform>%n voicemail or recording not played yet</numerusform>
            <numerusform>%n voicemails or recordings not played yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHistoryDelete</name>
    <message numerus="yes">
        <source>Moved %n voicemail back to the inbox</source>
        <translation>
            <numerusform>Moved %n voicemail back to the inbox</numerusform>
            <numerusform>Moved %n voicemail back to the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n voicemails back to the inbox</source>
        <translation>
            <numerusform>Moved %n voicemails back to the inbox</numerusform>
            <numerusform>Moved %n voicemails back to the inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHistoryMarks</name>
    <message numerus="yes">
        <source>%n missed call marked as seen</source>
        <translation>
            <numerusform>%n missed call marked as seen</numerusform>
            <numerusform>%n missed call marked as seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed calls marked as seen</source>
        <translation>
            <numerusform>%n missed calls marked as seen</numerusform>
            <numerusform>%n missed calls marked as seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contact.</source>
        <translation>
            <numerusform>Your favourites are now your organisation&apos;s template: %n contact.</numerusform>
            <numerusform>Your favourites are now your organisation&apos;s template: %n contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your favourites are now your organisation&apos;s template: %n contacts.</source>
        <translation>
            <numerusform>Your favourites are now your organisation&apos;s template: %n contacts.</numerusform>
            <numerusform>Your favourites are now your organisation&apos;s template: %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message numerus="yes">
        <source>%n other rule forwards</source>
        <translation>
            <numerusform>%n other rule forwards</numerusform>
            <numerusform>%n other rule forwards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other rules forward</source>
        <translation>
            <numerusform>%n other rules forward</numerusform>
            <numerusform>%n other rules forward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rule forward calls on your other line.</source>
        <translation>
            <numerusform>%n more rule forward calls on your other line.</numerusform>
            <numerusform>%n more rule forward calls on your other line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rules forward calls on your other line.</source>
        <translation>
            <numerusform>%n more rules forward calls on your other line.</numerusform>
            <numerusform>%n more rules forward calls on your other line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Your missed, incoming and outgoing calls — %n missed calls not seen yet</source>
        <translation>
            <numerusform>Your missed, incoming and outgoing calls — %n missed call not seen yet</numerusform>
            <numerusform>Your missed, incoming and outgoing calls — %n missed calls not seen yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message numerus="yes">
        <source> for %n minutes</source>
        <translation>
            <numerusform> for %n minute</numerusform>
            <numerusform> for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueToggles</name>
    <message numerus="yes">
        <source>%n callers waiting in {name}</source>
        <translation>
            <numerusform>%n caller waiting in {name}</numerusform>
            <numerusform>%n callers waiting in {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents of {name} free to take a call</source>
        <translation>
            <numerusform>%n agent of {name} free to take a call</numerusform>
            <numerusform>%n agents of {name} free to take a call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents logged in to {name}</source>
        <translation>
            <numerusform>%n agent logged in to {name}</numerusform>
            <numerusform>%n agents logged in to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Not saved: %n value to change first (see the words next to them).</source>
        <translation>
            <numerusform>Not saved: %n value to change first (see the words next to them).</numerusform>
            <numerusform>Not saved: %n value to change first (see the words next to them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n values to change first (see the words next to them).</source>
        <translation>
            <numerusform>Not saved: %n values to change first (see the words next to them).</numerusform>
            <numerusform>Not saved: %n values to change first (see the words next to them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>{tooltip} — %n missed calls not seen yet</source>
        <translation>
            <numerusform>{tooltip} — %n missed call not seen yet</numerusform>
            <numerusform>{tooltip} — %n missed calls not seen yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallboardWords</name>
    <message numerus="yes">
        <source>%n queue</source>
        <translation>
            <numerusform>%n queue</numerusform>
            <numerusform>%n queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queues</source>
        <translation>
            <numerusform>%n queues</numerusform>
            <numerusform>%n queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queues became critical</source>
        <translation>
            <numerusform>%n queue became critical</numerusform>
            <numerusform>%n queues became critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookSettings</name>
    <message numerus="yes">
        <source>%n subscription(s); {mine} enabled for this desktop</source>
        <translation>
            <numerusform>%n subscription(s); {mine} enabled for this desktop</numerusform>
            <numerusform>%n subscription(s); {mine} enabled for this desktop</numerusform>
        </translation>
    </message>
</context>
</TS>
