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
