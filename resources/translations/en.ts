<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>No workstation profile at %1.
An installer sets it up with: python -m desktop init</source>
        <translation>No workstation profile at %1.
An installer sets it up with: python -m desktop init</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Document code</source>
        <translation>Document code</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Optional data</translation>
    </message>
    <message>
        <source>Document (MRZ)</source>
        <translation>Document (MRZ)</translation>
    </message>
    <message>
        <source>Scan or type the MRZ of the travel document.</source>
        <translation>Scan or type the MRZ of the travel document.</translation>
    </message>
    <message>
        <source>MRZ valid: format and check digits correct.</source>
        <translation>MRZ valid: format and check digits correct.</translation>
    </message>
    <message>
        <source>MRZ NOT valid:</source>
        <translation>MRZ NOT valid:</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>Machine readable zone (reader, keyboard or camera)</source>
        <translation>Machine readable zone (reader, keyboard or camera)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Border inspection — login</source>
        <translation>Border inspection — login</translation>
    </message>
    <message>
        <source>Border inspection workstation</source>
        <translation>Border inspection workstation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Officer ID</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Enter your officer ID and password.</source>
        <translation>Enter your officer ID and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Unknown officer ID or wrong password.</source>
        <translation>Unknown officer ID or wrong password.</translation>
    </message>
    <message>
        <source>Too many failed attempts: locked until %1. A supervisor can unlock you.</source>
        <translation>Too many failed attempts: locked until %1. A supervisor can unlock you.</translation>
    </message>
    <message>
        <source>This officer ID is no longer active on this workstation.</source>
        <translation>This officer ID is no longer active on this workstation.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Border inspection workstation</source>
        <translation>Border inspection workstation</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>PARKED</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status unavailable: %1</source>
        <translation>Status unavailable: %1</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <source>EMERGENCY MODE</source>
        <translation>EMERGENCY MODE</translation>
    </message>
    <message>
        <source>Normal mode</source>
        <translation>Normal mode</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Replica: none</source>
        <translation>Replica: none</translation>
    </message>
    <message>
        <source>Replica: %1 old</source>
        <translation>Replica: %1 old</translation>
    </message>
    <message>
        <source> — STALE</source>
        <translation> — STALE</translation>
    </message>
    <message>
        <source>Outbox: %1 pending, %2 parked</source>
        <translation>Outbox: %1 pending, %2 parked</translation>
    </message>
    <message>
        <source>Reader: PC/SC unavailable</source>
        <translation>Reader: PC/SC unavailable</translation>
    </message>
    <message>
        <source>Reader: none</source>
        <translation>Reader: none</translation>
    </message>
    <message>
        <source>Reader: card present</source>
        <translation>Reader: card present</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>Reader: ready</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>installer</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>machine</translation>
    </message>
</context>
</TS>