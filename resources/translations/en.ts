<?xml version="1.0" encoding="utf-8"?>
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
    <name>ArrivalsView</name>
    <message>
        <source>Arriving flights and pre-screen hits</source>
        <translation>Arriving flights and pre-screen hits</translation>
    </message>
    <message>
        <source>Flight / traveller</source>
        <translation>Flight / traveller</translation>
    </message>
    <message>
        <source>Due (local time) / born</source>
        <translation>Due (local time) / born</translation>
    </message>
    <message>
        <source>Direction / role</source>
        <translation>Direction / role</translation>
    </message>
    <message>
        <source>On board / document</source>
        <translation>On board / document</translation>
    </message>
    <message>
        <source>Pre-screen hits</source>
        <translation>Pre-screen hits</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>departure</translation>
    </message>
    <message>
        <source>person of interest</source>
        <translation>person of interest</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>exit ban</source>
        <translation>exit ban</translation>
    </message>
    <message>
        <source>entry permit</source>
        <translation>entry permit</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>arrest</translation>
    </message>
    <message>
        <source>refuse entry</source>
        <translation>refuse entry</translation>
    </message>
    <message>
        <source>refuse exit</source>
        <translation>refuse exit</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>refer</translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1: %2 (score %3)</translation>
    </message>
    <message>
        <source>Could not read the flights: %1</source>
        <translation>Could not read the flights: %1</translation>
    </message>
    <message>
        <source>Reading the flights…</source>
        <translation>Reading the flights…</translation>
    </message>
    <message>
        <source>This workstation has no port: the central system sets it with the enrollment code.</source>
        <translation>This workstation has no port: the central system sets it with the enrollment code.</translation>
    </message>
    <message>
        <source>No flight due at %1 in the manifests held.</source>
        <translation>No flight due at %1 in the manifests held.</translation>
    </message>
    <message>
        <source>%1: %2 flights due, %3 travellers with pre-screen hits. From this workstation&apos;s copy of the manifests: also while the central system is down.</source>
        <translation>%1: %2 flights due, %3 travellers with pre-screen hits. From this workstation&apos;s copy of the manifests: also while the central system is down.</translation>
    </message>
    <message>
        <source>%1 passengers, %2 crew</source>
        <translation>%1 passengers, %2 crew</translation>
    </message>
    <message>
        <source>%1 travellers</source>
        <translation>%1 travellers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>crew</source>
        <translation>crew</translation>
    </message>
    <message>
        <source>passenger</source>
        <translation>passenger</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Reading the MRZ with the camera</source>
        <translation>Reading the MRZ with the camera</translation>
    </message>
    <message>
        <source>Hold the data page still under the camera…</source>
        <translation>Hold the data page still under the camera…</translation>
    </message>
    <message>
        <source>no MRZ in view</source>
        <translation>no MRZ in view</translation>
    </message>
    <message>
        <source>not readable yet</source>
        <translation>not readable yet</translation>
    </message>
    <message>
        <source>read once, confirming</source>
        <translation>read once, confirming</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>Frames: %1 — %2</source>
        <translation>Frames: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Read chip (F6)</source>
        <translation>Read chip (F6)</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>no face</translation>
    </message>
    <message>
        <source>Place the passport on the reader, then read the chip.</source>
        <translation>Place the passport on the reader, then read the chip.</translation>
    </message>
    <message>
        <source>Reading the chip…</source>
        <translation>Reading the chip…</translation>
    </message>
    <message>
        <source>Chip not read: %1</source>
        <translation>Chip not read: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>unverified (no CSCA)</source>
        <translation>unverified (no CSCA)</translation>
    </message>
    <message>
        <source>not offered by the chip</source>
        <translation>not offered by the chip</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Access: %1</translation>
    </message>
    <message>
        <source>Passive authentication: %1</source>
        <translation>Passive authentication: %1</translation>
    </message>
    <message>
        <source>Active authentication: %1</source>
        <translation>Active authentication: %1</translation>
    </message>
    <message>
        <source>Chip authentication: %1</source>
        <translation>Chip authentication: %1</translation>
    </message>
    <message>
        <source>THE PRINTED MRZ DIFFERS FROM THE CHIP</source>
        <translation>THE PRINTED MRZ DIFFERS FROM THE CHIP</translation>
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
        <source>Reading the MRZ…</source>
        <translation>Reading the MRZ…</translation>
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
    <name>EmergencyBanner</name>
    <message>
        <source>reason (required)</source>
        <translation>reason (required)</translation>
    </message>
    <message>
        <source>Declare emergency mode</source>
        <translation>Declare emergency mode</translation>
    </message>
    <message>
        <source>The central system has not answered for %1 min (limit %2 min). Declare emergency mode? The replica versions in force are recorded.</source>
        <translation>The central system has not answered for %1 min (limit %2 min). Declare emergency mode? The replica versions in force are recorded.</translation>
    </message>
    <message>
        <source>Say why first.</source>
        <translation>Say why first.</translation>
    </message>
</context>
<context>
    <name>EmergencyLogView</name>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Policy changes</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>person (optional)</source>
        <translation>person (optional)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Export the emergency log</source>
        <translation>Export the emergency log</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>FacePanel</name>
    <message>
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Stop (F4)</source>
        <translation>Stop (F4)</translation>
    </message>
    <message>
        <source>Live capture (F4)</source>
        <translation>Live capture (F4)</translation>
    </message>
    <message>
        <source>no face in view</source>
        <translation>no face in view</translation>
    </message>
    <message>
        <source>several faces in view: only the traveller</source>
        <translation>several faces in view: only the traveller</translation>
    </message>
    <message>
        <source>face too small: step closer</source>
        <translation>face too small: step closer</translation>
    </message>
    <message>
        <source>face turned away: look at the camera</source>
        <translation>face turned away: look at the camera</translation>
    </message>
    <message>
        <source>blurred: hold still</source>
        <translation>blurred: hold still</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>too dark</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>too bright</translation>
    </message>
    <message>
        <source>over- or underexposed</source>
        <translation>over- or underexposed</translation>
    </message>
    <message>
        <source>face found, checking movement…</source>
        <translation>face found, checking movement…</translation>
    </message>
    <message>
        <source>no movement at all: a still picture?</source>
        <translation>no movement at all: a still picture?</translation>
    </message>
    <message>
        <source>moves like a flat picture: ask the traveller to turn the head slightly</source>
        <translation>moves like a flat picture: ask the traveller to turn the head slightly</translation>
    </message>
    <message>
        <source>the face moved too far: again</source>
        <translation>the face moved too far: again</translation>
    </message>
    <message>
        <source>live face</source>
        <translation>live face</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>no face</translation>
    </message>
    <message>
        <source>Read the chip, then F4 for a live capture.</source>
        <translation>Read the chip, then F4 for a live capture.</translation>
    </message>
    <message>
        <source>No chip face: nothing to compare with.</source>
        <translation>No chip face: nothing to compare with.</translation>
    </message>
    <message>
        <source>F4: live capture, the traveller looking at the camera.</source>
        <translation>F4: live capture, the traveller looking at the camera.</translation>
    </message>
    <message>
        <source>Capturing: the traveller looks at the camera…</source>
        <translation>Capturing: the traveller looks at the camera…</translation>
    </message>
    <message>
        <source>Capture stopped.</source>
        <translation>Capture stopped.</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <source>Could not capture: %1</source>
        <translation>Could not capture: %1</translation>
    </message>
    <message>
        <source>MATCH — score %1 (threshold %2)</source>
        <translation>MATCH — score %1 (threshold %2)</translation>
    </message>
    <message>
        <source>NO MATCH — score %1 (threshold %2). Refer suggested: compare the traveller with the chip photo yourself.</source>
        <translation>NO MATCH — score %1 (threshold %2). Refer suggested: compare the traveller with the chip photo yourself.</translation>
    </message>
    <message>
        <source>COULD NOT VERIFY: %3. Compare the traveller with the chip photo.</source>
        <translation>COULD NOT VERIFY: %3. Compare the traveller with the chip photo.</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation>Screening failed: %1</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>Screening…</translation>
    </message>
    <message>
        <source>No document yet.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <source>No hits on the local lists.</source>
        <translation>No hits on the local lists.</translation>
    </message>
    <message>
        <source>%1 hit(s): read each reason before deciding.</source>
        <translation>%1 hit(s): read each reason before deciding.</translation>
    </message>
    <message>
        <source>WARNING: the local replica is empty: screening cannot find anyone. Call a supervisor.</source>
        <translation>WARNING: the local replica is empty: screening cannot find anyone. Call a supervisor.</translation>
    </message>
    <message>
        <source>WARNING: stale lists (%1): recent entries may be missing.</source>
        <translation>WARNING: stale lists (%1): recent entries may be missing.</translation>
    </message>
    <message>
        <source>Screened against: %1</source>
        <translation>Screened against: %1</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>On no manifest of the flights held for this port.</source>
        <translation>On no manifest of the flights held for this port.</translation>
    </message>
    <message>
        <source>Flight %1 (crew), due %2</source>
        <translation>Flight %1 (crew), due %2</translation>
    </message>
    <message>
        <source>Flight %1, due %2</source>
        <translation>Flight %1, due %2</translation>
    </message>
    <message>
        <source>not pre-screened by the central</source>
        <translation>not pre-screened by the central</translation>
    </message>
    <message>
        <source>pre-screened by the central: %1 hit(s)</source>
        <translation>pre-screened by the central: %1 hit(s)</translation>
    </message>
    <message>
        <source>pre-screened by the central: no hits</source>
        <translation>pre-screened by the central: no hits</translation>
    </message>
    <message>
        <source>Machine readable zone (reader, keyboard or camera)</source>
        <translation>Machine readable zone (reader, keyboard or camera)</translation>
    </message>
    <message>
        <source>Photo… (F7)</source>
        <translation>Photo… (F7)</translation>
    </message>
    <message>
        <source>Camera (F8)</source>
        <translation>Camera (F8)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional, for the record</source>
        <translation>optional, for the record</translation>
    </message>
    <message>
        <source>Admit (F9)</source>
        <translation>Admit (F9)</translation>
    </message>
    <message>
        <source>Refer (F10)</source>
        <translation>Refer (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <source>Supervisor clears hit (F12)</source>
        <translation>Supervisor clears hit (F12)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <source>Switched for this traveller only: back to %1 with the next one (F2 switches back).</source>
        <translation>Switched for this traveller only: back to %1 with the next one (F2 switches back).</translation>
    </message>
    <message>
        <source>This counter&apos;s direction. F2 switches for one traveller.</source>
        <translation>This counter&apos;s direction. F2 switches for one traveller.</translation>
    </message>
    <message>
        <source>Entry permit valid: %1, until %2</source>
        <translation>Entry permit valid: %1, until %2</translation>
    </message>
    <message>
        <source>Refer: the reason? 1-9 records with that reason (0: none), Enter with the one selected, Esc goes back.</source>
        <translation>Refer: the reason? 1-9 records with that reason (0: none), Enter with the one selected, Esc goes back.</translation>
    </message>
    <message>
        <source>Refuse: the reason? 1-9 records with that reason, Enter with the one selected, Esc goes back.</source>
        <translation>Refuse: the reason? 1-9 records with that reason, Enter with the one selected, Esc goes back.</translation>
    </message>
    <message>
        <source>Scan the document and wait for screening first.</source>
        <translation>Scan the document and wait for screening first.</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Recorded No. %1: %2.</source>
        <translation>Recorded No. %1: %2.</translation>
    </message>
    <message>
        <source>Read again with what you typed, the MRZ still could not be read with certainty (line:column %1). Take another picture or type the whole MRZ.</source>
        <translation>Read again with what you typed, the MRZ still could not be read with certainty (line:column %1). Take another picture or type the whole MRZ.</translation>
    </message>
    <message>
        <source>Read with what you typed, the MRZ fails its checks: a character typed may be wrong. Check what you typed against the document, or type the whole MRZ.</source>
        <translation>Read with what you typed, the MRZ fails its checks: a character typed may be wrong. Check what you typed against the document, or type the whole MRZ.</translation>
    </message>
    <message>
        <source>Recorded No. %1: admitted with the override of supervisor %2.</source>
        <translation>Recorded No. %1: admitted with the override of supervisor %2.</translation>
    </message>
    <message>
        <source>Previous traveller (%1): %2</source>
        <translation>Previous traveller (%1): %2</translation>
    </message>
    <message>
        <source>Previous traveller NOT recorded: %1</source>
        <translation>Previous traveller NOT recorded: %1</translation>
    </message>
    <message>
        <source>Photo of the data page</source>
        <translation>Photo of the data page</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading the MRZ in the photo…</source>
        <translation>Reading the MRZ in the photo…</translation>
    </message>
    <message>
        <source>Reading the MRZ in the photo again with the characters you typed…</source>
        <translation>Reading the MRZ in the photo again with the characters you typed…</translation>
    </message>
    <message>
        <source>MRZ read from the image, with what you typed at line:column %1: compare it with the document.</source>
        <translation>MRZ read from the image, with what you typed at line:column %1: compare it with the document.</translation>
    </message>
    <message>
        <source>MRZ read from the image: compare it with the document.</source>
        <translation>MRZ read from the image: compare it with the document.</translation>
    </message>
    <message>
        <source>The MRZ could not be read with certainty (line:column %1). Take another picture or type it.</source>
        <translation>The MRZ could not be read with certainty (line:column %1). Take another picture or type it.</translation>
    </message>
    <message>
        <source>The MRZ read from the image fails its checks. Take another picture or type it.</source>
        <translation>The MRZ read from the image fails its checks. Take another picture or type it.</translation>
    </message>
    <message>
        <source>The MRZ read from the image fails its checks, whatever the characters read without certainty hold (line:column %1). Take another picture or type it.</source>
        <translation>The MRZ read from the image fails its checks, whatever the characters read without certainty hold (line:column %1). Take another picture or type it.</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Login cancelled.</translation>
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
        <source>Login is not possible until the store is restored.</source>
        <translation>Login is not possible until the store is restored.</translation>
    </message>
    <message>
        <source>The central system did not answer, and an officer&apos;s first login on this workstation must be online (or the ID or password is wrong). Check the network and try again, or ask a supervisor. Officers who have logged in here before can log in offline.</source>
        <translation>The central system did not answer, and an officer&apos;s first login on this workstation must be online (or the ID or password is wrong). Check the network and try again, or ask a supervisor. Officers who have logged in here before can log in offline.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The background sync service is syncing this workstation.</source>
        <translation>The background sync service is syncing this workstation.</translation>
    </message>
    <message>
        <source>The central system did not answer: logged in offline with this workstation&apos;s key slot.</source>
        <translation>The central system did not answer: logged in offline with this workstation&apos;s key slot.</translation>
    </message>
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
        <source>&amp;Supervisor (%1)</source>
        <translation>&amp;Supervisor (%1)</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Emergency log</source>
        <translation>&amp;Emergency log</translation>
    </message>
    <message>
        <source>&amp;Lists policy</source>
        <translation>&amp;Lists policy</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Large text</translation>
    </message>
    <message>
        <source>Name index rebuilt: %1</source>
        <translation>Name index rebuilt: %1</translation>
    </message>
    <message>
        <source>Synchronising with the central system…</source>
        <translation>Synchronising with the central system…</translation>
    </message>
    <message>
        <source>Synchronised: %1 record(s) sent, %2 new alert(s).</source>
        <translation>Synchronised: %1 record(s) sent, %2 new alert(s).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>aa.chip_signature</source>
        <extracomment>the chip's signature does not verify</extracomment>
        <translation>the chip's signature does not verify</translation>
    </message>
    <message>
        <source>aa.key_unusable</source>
        <extracomment>the DG15 key cannot be used</extracomment>
        <translation>the DG15 key cannot be used</translation>
    </message>
    <message>
        <source>aa.key_unusable_detail</source>
        <extracomment>the DG15 key cannot be used: {detail}</extracomment>
        <translation>the DG15 key cannot be used: {detail}</translation>
    </message>
    <message>
        <source>aa.no_ecdsa_algorithm</source>
        <extracomment>DG14 does not name the ECDSA algorithm for active authentication</extracomment>
        <translation>DG14 does not name the ECDSA algorithm for active authentication</translation>
    </message>
    <message>
        <source>aa.no_key</source>
        <extracomment>DG15 holds neither an RSA nor an EC key</extracomment>
        <translation>DG15 holds neither an RSA nor an EC key</translation>
    </message>
    <message>
        <source>aa.signature</source>
        <extracomment>the signature does not verify</extracomment>
        <translation>the signature does not verify</translation>
    </message>
    <message>
        <source>aa.trailer</source>
        <extracomment>unknown ISO/IEC 9796-2 trailer</extracomment>
        <translation>unknown ISO/IEC 9796-2 trailer</translation>
    </message>
    <message>
        <source>aa.wrong_size</source>
        <extracomment>the chip's signature has the wrong size</extracomment>
        <translation>the chip's signature has the wrong size</translation>
    </message>
    <message>
        <source>camera.cannot_open</source>
        <extracomment>cannot open the camera or video {source}</extracomment>
        <translation>cannot open the camera or video {source}</translation>
    </message>
    <message>
        <source>camera.no_frames</source>
        <extracomment>the camera or video gives no frames</extracomment>
        <translation>the camera or video gives no frames</translation>
    </message>
    <message>
        <source>camera.picture_missing</source>
        <extracomment>the camera picture {source} does not exist</extracomment>
        <translation>the camera picture {source} does not exist</translation>
    </message>
    <message>
        <source>chip.bac_answer</source>
        <extracomment>access denied: the chip's BAC answer does not verify</extracomment>
        <translation>access denied: the chip's BAC answer does not verify</translation>
    </message>
    <message>
        <source>chip.bac_challenge</source>
        <extracomment>access denied: the chip's BAC answer does not match the challenge</extracomment>
        <translation>access denied: the chip's BAC answer does not match the challenge</translation>
    </message>
    <message>
        <source>chip.bac_refused</source>
        <extracomment>access denied: the chip refused the MRZ key (check the document number, birth date and expiry date)</extracomment>
        <translation>access denied: the chip refused the MRZ key (check the document number, birth date and expiry date)</translation>
    </message>
    <message>
        <source>chip.ca_clone</source>
        <extracomment>the chip does not hold the private key of DG14's chip authentication key (its answer under the new keys does not verify): a cloned chip</extracomment>
        <translation>the chip does not hold the private key of DG14's chip authentication key (its answer under the new keys does not verify): a cloned chip</translation>
    </message>
    <message>
        <source>chip.ca_refused</source>
        <extracomment>the chip refused chip authentication: {detail}</extracomment>
        <translation>the chip refused chip authentication: {detail}</translation>
    </message>
    <message>
        <source>chip.ca_unsupported</source>
        <extracomment>DG14 offers no chip authentication this reader supports</extracomment>
        <translation>DG14 offers no chip authentication this reader supports</translation>
    </message>
    <message>
        <source>chip.cam_clone</source>
        <extracomment>the chip's PACE-CAM data do not match DG14's chip authentication key: a cloned chip</extracomment>
        <translation>the chip's PACE-CAM data do not match DG14's chip authentication key: a cloned chip</translation>
    </message>
    <message>
        <source>chip.cam_no_dg14</source>
        <extracomment>the chip has no DG14 to check PACE-CAM against</extracomment>
        <translation>the chip has no DG14 to check PACE-CAM against</translation>
    </message>
    <message>
        <source>chip.cam_no_key</source>
        <extracomment>DG14 has no chip authentication key on the PACE curve</extracomment>
        <translation>DG14 has no chip authentication key on the PACE curve</translation>
    </message>
    <message>
        <source>chip.card_gone</source>
        <extracomment>the card was removed or does not respond ({detail})</extracomment>
        <translation>the card was removed or does not respond ({detail})</translation>
    </message>
    <message>
        <source>chip.card_in_use</source>
        <extracomment>another program is using the card on {reader}</extracomment>
        <translation>another program is using the card on {reader}</translation>
    </message>
    <message>
        <source>chip.card_removed</source>
        <extracomment>the card was removed during the read</extracomment>
        <translation>the card was removed during the read</translation>
    </message>
    <message>
        <source>chip.com_sod_differ</source>
        <extracomment>EF.COM and EF.SOD list different data groups</extracomment>
        <translation>EF.COM and EF.SOD list different data groups</translation>
    </message>
    <message>
        <source>chip.face_unreadable</source>
        <extracomment>the face in DG2 cannot be read: {detail}</extracomment>
        <translation>the face in DG2 cannot be read: {detail}</translation>
    </message>
    <message>
        <source>chip.field.birth_date</source>
        <extracomment>birth_date</extracomment>
        <translation>birth date</translation>
    </message>
    <message>
        <source>chip.field.document_code</source>
        <extracomment>document_code</extracomment>
        <translation>document code</translation>
    </message>
    <message>
        <source>chip.field.document_number</source>
        <extracomment>document_number</extracomment>
        <translation>document number</translation>
    </message>
    <message>
        <source>chip.field.expiry_date</source>
        <extracomment>expiry_date</extracomment>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>chip.field.given_names</source>
        <extracomment>given_names</extracomment>
        <translation>given names</translation>
    </message>
    <message>
        <source>chip.field.issuing_state</source>
        <extracomment>issuing_state</extracomment>
        <translation>issuing state</translation>
    </message>
    <message>
        <source>chip.field.nationality</source>
        <extracomment>nationality</extracomment>
        <translation>nationality</translation>
    </message>
    <message>
        <source>chip.field.optional_data</source>
        <extracomment>optional_data</extracomment>
        <translation>optional data</translation>
    </message>
    <message>
        <source>chip.field.sex</source>
        <extracomment>sex</extracomment>
        <translation>sex</translation>
    </message>
    <message>
        <source>chip.field.surname</source>
        <extracomment>surname</extracomment>
        <translation>surname</translation>
    </message>
    <message>
        <source>chip.no_card</source>
        <extracomment>no card on {reader}</extracomment>
        <translation>no card on {reader}</translation>
    </message>
    <message>
        <source>chip.no_emrtd</source>
        <extracomment>this chip has no eMRTD application: {detail}</extracomment>
        <translation>this chip has no eMRTD application: {detail}</translation>
    </message>
    <message>
        <source>chip.no_pcscd</source>
        <extracomment>the PC/SC service (pcscd) is not running</extracomment>
        <translation>the PC/SC service (pcscd) is not running</translation>
    </message>
    <message>
        <source>chip.no_reader</source>
        <extracomment>no smart-card reader is connected</extracomment>
        <translation>no smart-card reader is connected</translation>
    </message>
    <message>
        <source>chip.pace_refused</source>
        <extracomment>access denied: the chip refused the PACE password (check the CAN or the MRZ)</extracomment>
        <translation>access denied: the chip refused the PACE password (check the CAN or the MRZ)</translation>
    </message>
    <message>
        <source>chip.pace_token</source>
        <extracomment>access denied: the chip's PACE token does not verify</extracomment>
        <translation>access denied: the chip's PACE token does not verify</translation>
    </message>
    <message>
        <source>chip.printed_mrz_differs</source>
        <extracomment>the printed MRZ differs from the chip's DG1 in: {fields}</extracomment>
        <translation>the printed MRZ differs from the chip's DG1 in: {fields}</translation>
    </message>
    <message>
        <source>chip.reader_gone</source>
        <extracomment>the reader went away ({detail})</extracomment>
        <translation>the reader went away ({detail})</translation>
    </message>
    <message>
        <source>chip.sm_mac</source>
        <extracomment>response MAC is wrong: the channel is not trusted</extracomment>
        <translation>response MAC is wrong: the channel is not trusted</translation>
    </message>
    <message>
        <source>chip.sm_missing</source>
        <extracomment>the chip answered without secure messaging</extracomment>
        <translation>the chip answered without secure messaging</translation>
    </message>
    <message>
        <source>emergency.already_active</source>
        <extracomment>emergency mode is already active (since {since}, declared by {who})</extracomment>
        <translation>emergency mode is already active (since {since}, declared by {who})</translation>
    </message>
    <message>
        <source>emergency.not_active</source>
        <extracomment>emergency mode is not active</extracomment>
        <translation>emergency mode is not active</translation>
    </message>
    <message>
        <source>emergency.reason_needed</source>
        <extracomment>--reason must say why (it goes into the record)</extracomment>
        <translation>--reason must say why (it goes into the record)</translation>
    </message>
    <message>
        <source>export.cannot_write</source>
        <extracomment>cannot write {path}: {detail}</extracomment>
        <translation>cannot write {path}: {detail}</translation>
    </message>
    <message>
        <source>export.no_directory</source>
        <extracomment>cannot write {path}: the folder {directory} does not exist</extracomment>
        <translation>cannot write {path}: the folder {directory} does not exist</translation>
    </message>
    <message>
        <source>face.dlib_missing</source>
        <extracomment>dlib is not installed (pip package dlib-bin)</extracomment>
        <translation>dlib is not installed (pip package dlib-bin)</translation>
    </message>
    <message>
        <source>face.image_cannot_read</source>
        <extracomment>{name}: cannot be read ({why})</extracomment>
        <translation>{name}: cannot be read ({why})</translation>
    </message>
    <message>
        <source>face.image_directory</source>
        <extracomment>{name}: is a directory</extracomment>
        <translation>{name}: is a directory</translation>
    </message>
    <message>
        <source>face.image_too_small</source>
        <extracomment>{name}: the image is too small to hold a face</extracomment>
        <translation>{name}: the image is too small to hold a face</translation>
    </message>
    <message>
        <source>face.image_unreadable</source>
        <extracomment>{name}: not a readable image ({why})</extracomment>
        <translation>{name}: not a readable image ({why})</translation>
    </message>
    <message>
        <source>face.model_file_bad</source>
        <extracomment>a face model file does not load: {why}</extracomment>
        <translation>a face model file does not load: {why}</translation>
    </message>
    <message>
        <source>face.model_file_missing</source>
        <extracomment>face model file missing: {path}</extracomment>
        <translation>face model file missing: {path}</translation>
    </message>
    <message>
        <source>face.models_not_installed</source>
        <extracomment>the face models are not installed (pip package face-recognition-models)</extracomment>
        <translation>the face models are not installed (pip package face-recognition-models)</translation>
    </message>
    <message>
        <source>face.no_face</source>
        <extracomment>no face found in the image</extracomment>
        <translation>no face found in the image</translation>
    </message>
    <message>
        <source>face.several_faces</source>
        <extracomment>several faces in the image ({n}): only the traveller may be in it</extracomment>
        <translation>several faces in the image ({n}): only the traveller may be in it</translation>
    </message>
    <message>
        <source>hit.document.check_digit_differs</source>
        <extracomment>the MRZ check digit matched the number as read, which makes this misreading unlikely</extracomment>
        <translation>the MRZ check digit matched the number as read, which makes this misreading unlikely</translation>
    </message>
    <message>
        <source>hit.document.check_digit_same</source>
        <extracomment>the MRZ check digit cannot tell these characters apart</extracomment>
        <translation>the MRZ check digit cannot tell these characters apart</translation>
    </message>
    <message>
        <source>hit.document.exact</source>
        <extracomment>number matches exactly</extracomment>
        <translation>number matches exactly</translation>
    </message>
    <message>
        <source>hit.document.kind.exact</source>
        <extracomment>exact</extracomment>
        <translation>exact</translation>
    </message>
    <message>
        <source>hit.document.kind.lookalike</source>
        <extracomment>look-alike</extracomment>
        <translation>look-alike</translation>
    </message>
    <message>
        <source>hit.document.listed</source>
        <extracomment>document {num} issued by {state} (type {typ}) is listed as {reason}</extracomment>
        <translation>document {num} issued by {state} (type {typ}) is listed as {reason}</translation>
    </message>
    <message>
        <source>hit.document.lookalike</source>
        <extracomment>look-alike number ({positions}): an OCR or typing slip is possible</extracomment>
        <translation>look-alike number ({positions}): an OCR or typing slip is possible</translation>
    </message>
    <message>
        <source>hit.document.position</source>
        <extracomment>position {p}: read {a}, listed {b}</extracomment>
        <translation>position {p}: read {a}, listed {b}</translation>
    </message>
    <message>
        <source>hit.document.state_differs</source>
        <extracomment>issuing state differs (document says {state})</extracomment>
        <translation>issuing state differs (document says {state})</translation>
    </message>
    <message>
        <source>hit.document.summary</source>
        <extracomment>{reason} document ({kind} match): {num} {state}</extracomment>
        <translation>{reason} document ({kind} match): {num} {state}</translation>
    </message>
    <message>
        <source>hit.exit_ban.document</source>
        <extracomment>document {num} is named in the exit ban</extracomment>
        <translation>document {num} is named in the exit ban</translation>
    </message>
    <message>
        <source>hit.exit_ban.name_differs</source>
        <extracomment>the name on the ban differs from the traveller's</extracomment>
        <translation>the name on the ban differs from the traveller's</translation>
    </message>
    <message>
        <source>hit.exit_ban.summary</source>
        <extracomment>exit ban: {name}</extracomment>
        <translation>exit ban: {name}</translation>
    </message>
    <message>
        <source>hit.exit_ban.summary_reason</source>
        <extracomment>exit ban ({reason_text}): {name}</extracomment>
        <translation>exit ban ({reason_text}): {name}</translation>
    </message>
    <message>
        <source>hit.permit.expired</source>
        <extracomment>permit {pn} expired on {date}</extracomment>
        <translation>permit {pn} expired on {date}</translation>
    </message>
    <message>
        <source>hit.permit.holder</source>
        <extracomment>permit holder does not match the traveller ({explanation})</extracomment>
        <translation>permit holder does not match the traveller ({explanation})</translation>
    </message>
    <message>
        <source>hit.permit.none</source>
        <extracomment>no entry permit for this document</extracomment>
        <translation>no entry permit for this document</translation>
    </message>
    <message>
        <source>hit.permit.none_read</source>
        <extracomment>(none read)</extracomment>
        <translation>(none read)</translation>
    </message>
    <message>
        <source>hit.permit.not_yet</source>
        <extracomment>permit {pn} is valid only from {date}</extracomment>
        <translation>permit {pn} is valid only from {date}</translation>
    </message>
    <message>
        <source>hit.permit.required</source>
        <extracomment>nationality {nat} needs an entry permit; none is issued for document {num}</extracomment>
        <translation>nationality {nat} needs an entry permit; none is issued for document {num}</translation>
    </message>
    <message>
        <source>hit.permit.summary</source>
        <extracomment>no valid entry permit: {first}</extracomment>
        <translation>no valid entry permit: {first}</translation>
    </message>
    <message>
        <source>hit.permit.used</source>
        <extracomment>permit {pn}: all {n} entries used</extracomment>
        <translation>permit {pn}: all {n} entries used</translation>
    </message>
    <message>
        <source>hit.person.exit</source>
        <extracomment>listed to be refused entry; this is an exit</extracomment>
        <translation>listed to be refused entry; this is an exit</translation>
    </message>
    <message>
        <source>hit.person.summary</source>
        <extracomment>{name} (listed, action {action}) matches {query}</extracomment>
        <translation>{name} (listed, action {action}) matches {query}</translation>
    </message>
    <message>
        <source>hit.person.summary_source</source>
        <extracomment>{name} (listed on {source}, action {action}) matches {query}</extracomment>
        <translation>{name} (listed on {source}, action {action}) matches {query}</translation>
    </message>
    <message>
        <source>inspection.bad_decision</source>
        <extracomment>--decision must be one of {decisions}</extracomment>
        <translation>--decision must be one of {decisions}</translation>
    </message>
    <message>
        <source>inspection.bad_direction</source>
        <extracomment>--direction must be entry or exit, not {direction!r}</extracomment>
        <translation>--direction must be entry or exit, not {direction!r}</translation>
    </message>
    <message>
        <source>inspection.blocked</source>
        <extracomment>not recorded: admit with a blocking hit ({what}); refer or refuse, or a supervisor clears the hit (--override)</extracomment>
        <translation>not recorded: admit with a blocking hit ({what}); refer or refuse, or a supervisor clears the hit (F12)</translation>
    </message>
    <message>
        <source>inspection.blocking_hit</source>
        <extracomment>{dataset} {key} ({action})</extracomment>
        <translation>{dataset} {key} ({action})</translation>
    </message>
    <message>
        <source>inspection.document_invalid</source>
        <extracomment>not recorded: the document failed its checks ({errors}); refer or refuse (reason {reason}), or a supervisor overrides</extracomment>
        <translation>not recorded: the document failed its checks ({errors}); refer or refuse (reason {reason}), or a supervisor overrides (F12)</translation>
    </message>
    <message>
        <source>inspection.invalid</source>
        <extracomment>invalid</extracomment>
        <translation>invalid</translation>
    </message>
    <message>
        <source>inspection.override_note</source>
        <extracomment>not recorded: a supervisor clearing an arrest or a denial ({what}) must give a note for the record</extracomment>
        <translation>not recorded: a supervisor clearing an arrest or a denial ({what}) must give a note for the record</translation>
    </message>
    <message>
        <source>inspection.override_role</source>
        <extracomment>only a supervisor may override a hit</extracomment>
        <translation>only a supervisor may override a hit</translation>
    </message>
    <message>
        <source>inspection.reason_needed</source>
        <extracomment>a refusal needs --reason CODE</extracomment>
        <translation>a refusal needs a reason code</translation>
    </message>
    <message>
        <source>inspection.stale_blocked</source>
        <extracomment>not recorded: the stale-list policy allows no admit without a supervisor ({what}); refer, or a supervisor overrides</extracomment>
        <translation>not recorded: the stale-list policy allows no admit without a supervisor ({what}); refer, or a supervisor overrides (F12)</translation>
    </message>
    <message>
        <source>inspection.unknown_reason</source>
        <extracomment>unknown reason code {reason!r} (one of {codes})</extracomment>
        <translation>unknown reason code {reason!r} (one of {codes})</translation>
    </message>
    <message>
        <source>keyslot.bad_credentials</source>
        <extracomment>unknown user or wrong password</extracomment>
        <translation>unknown officer ID or wrong password</translation>
    </message>
    <message>
        <source>keyslot.exists</source>
        <extracomment>{name} already has a key slot on this workstation</extracomment>
        <translation>{name} already has a key slot on this workstation</translation>
    </message>
    <message>
        <source>keyslot.invalid_name</source>
        <extracomment>invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '-' or '@'</extracomment>
        <translation>invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '-' or '@'</translation>
    </message>
    <message>
        <source>keyslot.locked_out</source>
        <extracomment>{name} is locked out after {n} failed logins until {time} (a supervisor can unlock)</extracomment>
        <translation>{name} is locked out after {n} failed logins until {time} (a supervisor can unlock)</translation>
    </message>
    <message>
        <source>keyslot.other</source>
        <extracomment>{detail}</extracomment>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>keyslot.password_short</source>
        <extracomment>the password must have at least {n} characters</extracomment>
        <translation>the password must have at least {n} characters</translation>
    </message>
    <message>
        <source>keyslot.unknown_role</source>
        <extracomment>unknown role {role!r} (one of {roles})</extracomment>
        <translation>unknown role {role!r} (one of {roles})</translation>
    </message>
    <message>
        <source>list.comma</source>
        <extracomment>{items}</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>list.or</source>
        <extracomment>{items}</extracomment>
        <translation>{items}</translation>
    </message>
    <message>
        <source>list.semicolon</source>
        <extracomment>{items}</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>list.slash</source>
        <extracomment>{items}</extracomment>
        <translation>/</translation>
    </message>
    <message>
        <source>log.declared</source>
        <extracomment>declared: {reason}</extracomment>
        <translation>declared: {reason}</translation>
    </message>
    <message>
        <source>log.declared_replica</source>
        <extracomment>declared: {reason} (replica {lists})</extracomment>
        <translation>declared: {reason} (replica {lists})</translation>
    </message>
    <message>
        <source>log.ended</source>
        <extracomment>ended (declared {at})</extracomment>
        <translation>ended (declared {at})</translation>
    </message>
    <message>
        <source>log.event.emergency_log_exported</source>
        <extracomment>emergency log exported</extracomment>
        <translation>emergency log exported</translation>
    </message>
    <message>
        <source>log.event.journal_exported</source>
        <extracomment>journal exported</extracomment>
        <translation>journal exported</translation>
    </message>
    <message>
        <source>log.event.locked_out</source>
        <extracomment>locked out</extracomment>
        <translation>locked out</translation>
    </message>
    <message>
        <source>log.event.login</source>
        <extracomment>login</extracomment>
        <translation>login</translation>
    </message>
    <message>
        <source>log.event.login_failed</source>
        <extracomment>login failed</extracomment>
        <translation>login failed</translation>
    </message>
    <message>
        <source>log.event.login_refused</source>
        <extracomment>login refused</extracomment>
        <translation>login refused</translation>
    </message>
    <message>
        <source>log.event.logout</source>
        <extracomment>logout</extracomment>
        <translation>logout</translation>
    </message>
    <message>
        <source>log.event.report_exported</source>
        <extracomment>report exported</extracomment>
        <translation>report exported</translation>
    </message>
    <message>
        <source>log.exported</source>
        <extracomment>{event}: {file}</extracomment>
        <translation>{event}: {file}</translation>
    </message>
    <message>
        <source>log.online</source>
        <extracomment>online</extracomment>
        <translation>online</translation>
    </message>
    <message>
        <source>log.override_authorised</source>
        <extracomment>override authorised for {name}</extracomment>
        <translation>override authorised for {name}</translation>
    </message>
    <message>
        <source>log.override_record</source>
        <extracomment>override: record {seq} {decision}</extracomment>
        <translation>override: record {seq} {decision}</translation>
    </message>
    <message>
        <source>log.override_refused</source>
        <extracomment>override refused for {name}</extracomment>
        <translation>override refused for {name}</translation>
    </message>
    <message>
        <source>log.override_refused_why</source>
        <extracomment>override refused for {name} ({why})</extracomment>
        <translation>override refused for {name} ({why})</translation>
    </message>
    <message>
        <source>log.policy_names</source>
        <extracomment>{scope}: {names}</extracomment>
        <translation>{scope}: {names}</translation>
    </message>
    <message>
        <source>log.policy_reset</source>
        <extracomment>{scope} reset {names} ({why})</extracomment>
        <translation>{scope} reset {names} ({why})</translation>
    </message>
    <message>
        <source>log.policy_set</source>
        <extracomment>{scope}: {name} = {value} ({reason})</extracomment>
        <translation>{scope}: {name} = {value} ({reason})</translation>
    </message>
    <message>
        <source>log.role</source>
        <extracomment>role {role}</extracomment>
        <translation>role {role}</translation>
    </message>
    <message>
        <source>log.scope.central</source>
        <extracomment>central</extracomment>
        <translation>central</translation>
    </message>
    <message>
        <source>log.scope.local</source>
        <extracomment>local</extracomment>
        <translation>local</translation>
    </message>
    <message>
        <source>log.with_purpose</source>
        <extracomment>{event} ({purpose})</extracomment>
        <translation>{event} ({purpose})</translation>
    </message>
    <message>
        <source>login.central_bad_credentials</source>
        <extracomment>login refused by the central: unknown user or wrong password</extracomment>
        <translation>login refused by the central: unknown user or wrong password</translation>
    </message>
    <message>
        <source>login.central_locked</source>
        <extracomment>login refused by the central: {name} is locked out after failed logins, try again later</extracomment>
        <translation>login refused by the central: {name} is locked out after failed logins, try again later</translation>
    </message>
    <message>
        <source>login.central_refused</source>
        <extracomment>login refused by the central: {detail}</extracomment>
        <translation>login refused by the central: {detail}</translation>
    </message>
    <message>
        <source>login.offline_refused</source>
        <extracomment>{why} (offline: the central system was not reachable, and an officer's first login on a workstation must be online: check the network and try again, or ask a supervisor; an officer who has logged in here before can log in offline)</extracomment>
        <translation>{why} (offline: the central system was not reachable, and an officer's first login on a workstation must be online: check the network and try again, or ask a supervisor; an officer who has logged in here before can log in offline)</translation>
    </message>
    <message>
        <source>mrz.bad_characters</source>
        <extracomment>characters outside A-Z, 0-9 and &lt; ({where})</extracomment>
        <translation>characters outside A-Z, 0-9 and &lt; ({where})</translation>
    </message>
    <message>
        <source>mrz.bad_characters.more</source>
        <extracomment>{x} and {n} more</extracomment>
        <translation>{x} and {n} more</translation>
    </message>
    <message>
        <source>mrz.birth_no_month</source>
        <extracomment>birth date {raw!r} has no month {mm}</extracomment>
        <translation>birth date {raw!r} has no month {mm}</translation>
    </message>
    <message>
        <source>mrz.birth_not_date</source>
        <extracomment>birth date {raw!r} is not a date (YYMMDD, unknown parts as &lt;&lt;)</extracomment>
        <translation>birth date {raw!r} is not a date (YYMMDD, unknown parts as &lt;&lt;)</translation>
    </message>
    <message>
        <source>mrz.birth_partial</source>
        <extracomment>birth date is partly unknown ({raw})</extracomment>
        <translation>birth date is partly unknown ({raw})</translation>
    </message>
    <message>
        <source>mrz.birth_unknown</source>
        <extracomment>birth date is unknown (all filler)</extracomment>
        <translation>birth date is unknown (all filler)</translation>
    </message>
    <message>
        <source>mrz.check</source>
        <extracomment>{field} check digit is {digit}, computed {computed}</extracomment>
        <translation>{field} check digit is {digit}, computed {computed}</translation>
    </message>
    <message>
        <source>mrz.check_not_digit</source>
        <extracomment>{field} check digit is {digit!r}, not a digit (computed {computed})</extracomment>
        <translation>{field} check digit is {digit!r}, not a digit (computed {computed})</translation>
    </message>
    <message>
        <source>mrz.code_first</source>
        <extracomment>document code {code!r} must start with {allowed} in a {fmt}</extracomment>
        <translation>document code {code!r} must start with {allowed} in a {fmt}</translation>
    </message>
    <message>
        <source>mrz.code_second</source>
        <extracomment>document code {code!r}: the second character must be a letter or &lt;</extracomment>
        <translation>document code {code!r}: the second character must be a letter or &lt;</translation>
    </message>
    <message>
        <source>mrz.date_invalid</source>
        <extracomment>{field} {raw} is not a valid date</extracomment>
        <translation>{field} {raw} is not a valid date</translation>
    </message>
    <message>
        <source>mrz.date_not_digits</source>
        <extracomment>{field} {raw!r} is not a date (YYMMDD)</extracomment>
        <translation>{field} {raw!r} is not a date (YYMMDD)</translation>
    </message>
    <message>
        <source>mrz.expired</source>
        <extracomment>the document expired on {date}</extracomment>
        <translation>the document expired on {date}</translation>
    </message>
    <message>
        <source>mrz.name_digits</source>
        <extracomment>name contains digits ({digits})</extracomment>
        <translation>name contains digits ({digits})</translation>
    </message>
    <message>
        <source>mrz.name_empty</source>
        <extracomment>name is empty</extracomment>
        <translation>name is empty</translation>
    </message>
    <message>
        <source>mrz.name_truncated</source>
        <extracomment>name fills its whole field and may be truncated</extracomment>
        <translation>name fills its whole field and may be truncated</translation>
    </message>
    <message>
        <source>mrz.not_mrz</source>
        <extracomment>not an MRZ: {detail}</extracomment>
        <translation>not an MRZ: {detail}</translation>
    </message>
    <message>
        <source>mrz.number_belgian</source>
        <extracomment>document number check digit is computed with the filler at position 15 (a Belgian practice for long numbers), not as ICAO 9303-5 says</extracomment>
        <translation>document number check digit is computed with the filler at position 15 (a Belgian practice for long numbers), not as ICAO 9303-5 says</translation>
    </message>
    <message>
        <source>mrz.number_empty</source>
        <extracomment>document number is empty</extracomment>
        <translation>document number is empty</translation>
    </message>
    <message>
        <source>mrz.number_no_continuation</source>
        <extracomment>document number check digit is '&lt;' but the optional data holds no continuation of the number and check digit</extracomment>
        <translation>document number check digit is '&lt;' but the optional data holds no continuation of the number and check digit</translation>
    </message>
    <message>
        <source>mrz.position_char</source>
        <extracomment>line {ln} position {col}: {c}</extracomment>
        <translation>line {ln} position {col}: {c}</translation>
    </message>
    <message>
        <source>mrz.sex_invalid</source>
        <extracomment>sex {c!r} is not M, F or &lt;</extracomment>
        <translation>sex {c!r} is not M, F or &lt;</translation>
    </message>
    <message>
        <source>mrz.sex_x</source>
        <extracomment>sex is written X; ICAO 9303 writes an unspecified sex as &lt;</extracomment>
        <translation>sex is written X; ICAO 9303 writes an unspecified sex as &lt;</translation>
    </message>
    <message>
        <source>mrz.shape</source>
        <extracomment>expected 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A); {detail}</extracomment>
        <translation>expected 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A); {detail}</translation>
    </message>
    <message>
        <source>mrz.shape.lines</source>
        <extracomment>got {n} lines</extracomment>
        <translation>got {n} lines</translation>
    </message>
    <message>
        <source>mrz.shape.lines_of</source>
        <extracomment>got {n} lines of {lengths} characters</extracomment>
        <translation>got {n} lines of {lengths} characters</translation>
    </message>
    <message>
        <source>mrz.shape.no_text</source>
        <extracomment>no text</extracomment>
        <translation>no text</translation>
    </message>
    <message>
        <source>mrz.shape.one_line</source>
        <extracomment>got 1 line of {n} characters</extracomment>
        <translation>got 1 line of {n} characters</translation>
    </message>
    <message>
        <source>mrz.single_name_secondary</source>
        <extracomment>the primary identifier (surname) is empty and the name is given as the secondary identifier, as some issuers print a single name</extracomment>
        <translation>the primary identifier (surname) is empty and the name is given as the secondary identifier, as some issuers print a single name</translation>
    </message>
    <message>
        <source>mrz.state_not_letters</source>
        <extracomment>{field} {code!r} is not a letter code</extracomment>
        <translation>{field} {code!r} is not a letter code</translation>
    </message>
    <message>
        <source>mrz.state_specimen</source>
        <extracomment>{field} UTO is ICAO's specimen state (Utopia): a specimen</extracomment>
        <translation>{field} UTO is ICAO's specimen state (Utopia): a specimen</translation>
    </message>
    <message>
        <source>mrz.state_unknown</source>
        <extracomment>{field} {code} is not an ISO 3166-1 or ICAO 9303-3 code</extracomment>
        <translation>{field} {code} is not an ISO 3166-1 or ICAO 9303-3 code</translation>
    </message>
    <message>
        <source>mrz.surname_empty</source>
        <extracomment>surname (primary identifier) is empty</extracomment>
        <translation>surname (primary identifier) is empty</translation>
    </message>
    <message>
        <source>name.arabic_script</source>
        <extracomment>{a} = {b}: the consonants and long vowels Arabic script writes (it writes no short vowels)</extracomment>
        <translation>{a} = {b}: the consonants and long vowels Arabic script writes (it writes no short vowels)</translation>
    </message>
    <message>
        <source>name.aspiration</source>
        <extracomment>{a} ~ {b} (differ only in aspiration)</extracomment>
        <translation>{a} ~ {b} (differ only in aspiration)</translation>
    </message>
    <message>
        <source>name.bridge</source>
        <extracomment>{a} ~ {b} (possibly the same character, e.g. {ch})</extracomment>
        <translation>{a} ~ {b} (possibly the same character, e.g. {ch})</translation>
    </message>
    <message>
        <source>name.consonants</source>
        <extracomment>{a} ≈ {b} (same consonants {c})</extracomment>
        <translation>{a} ≈ {b} (same consonants {c})</translation>
    </message>
    <message>
        <source>name.cut_short</source>
        <extracomment>{a} ~ {b} (the MRZ's name field is full: {a} may be {b} cut short)</extracomment>
        <translation>{a} ~ {b} (the MRZ's name field is full: {a} may be {b} cut short)</translation>
    </message>
    <message>
        <source>name.dialect</source>
        <extracomment>{a} ({other}) ~ {b} ({dialect}), both {ch}</extracomment>
        <translation>{a} ({other}) ~ {b} ({dialect}), both {ch}</translation>
    </message>
    <message>
        <source>name.different</source>
        <extracomment>{a} ≠ {b}</extracomment>
        <translation>{a} ≠ {b}</translation>
    </message>
    <message>
        <source>name.distinct_arabic_script</source>
        <extracomment>{a} and {b} are two different names written in Arabic script: they differ in a letter (a consonant, or a long vowel و or ي) that no writing of one name in the script changes: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different names written in Arabic script: they differ in a letter (a consonant, or a long vowel و or ي) that no writing of one name in the script changes: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_cantonese</source>
        <extracomment>{a} is a Cantonese reading of {b}, which a name spelt in Mandarin writes {forms}: {a} is another character's Mandarin spelling, different people unless the known facts agree</extracomment>
        <translation>{a} is a Cantonese reading of {b}, which a name spelt in Mandarin writes {forms}: {a} is another character's Mandarin spelling, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_hk_syllable</source>
        <extracomment>{a} is no Cantonese spelling of {b} ({forms}) in a name otherwise spelt as Hong Kong spells Cantonese: {a} is another character's, different people unless the known facts agree</extracomment>
        <translation>{a} is no Cantonese spelling of {b} ({forms}) in a name otherwise spelt as Hong Kong spells Cantonese: {a} is another character's, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_initial</source>
        <extracomment>{a} begins with {i}, which no romanisation of {b} ({forms}) writes: another character, different people unless the known facts agree</extracomment>
        <translation>{a} begins with {i}, which no romanisation of {b} ({forms}) writes: another character, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_reading</source>
        <extracomment>{a} is no Mandarin spelling of {b} ({forms}), only one letter from {form}, a dialect's reading no Mandarin passport writes: another character, different people unless the known facts agree</extracomment>
        <translation>{a} is no Mandarin spelling of {b} ({forms}), only one letter from {form}, a dialect's reading no Mandarin passport writes: another character, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_surname</source>
        <extracomment>{a} is the surname {c}, not {b} (no table spells {b} {a}): two families, different people unless the known facts agree</extracomment>
        <translation>{a} is the surname {c}, not {b} (no table spells {b} {a}): two families, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_char_syllable</source>
        <extracomment>{a} is a syllable of its own, not a reading of {b} ({form}): another character, different people unless the known facts agree</extracomment>
        <translation>{a} is a syllable of its own, not a reading of {b} ({form}): another character, different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_char_system</source>
        <extracomment>{a} spells {c} exactly in the system the rest of the name is written in, and no table spells {b} so ({forms}): another character, different people unless the known facts agree</extracomment>
        <translation>{a} spells {c} exactly in the system the rest of the name is written in, and no table spells {b} so ({forms}): another character, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_father_given</source>
        <extracomment>{a} and {b} are two different given names as the father's name after {son}: two fathers, different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names as the father's name after {son}: two fathers, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_finals</source>
        <extracomment>{a} and {b} are two different syllables (-n and -ng) of a name in mainland Hanyu Pinyin (a syllable only Pinyin writes, or a CHN passport), which keeps them apart: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different syllables (-n and -ng) of a name in Hanyu Pinyin, which keeps them apart: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_finals_gwoyeu</source>
        <extracomment>{a} and {b} are two syllables (-n and -ng) in a name spelt in Gwoyeu Romatzyh, which spells each character's dictionary reading: two characters, different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two syllables (-n and -ng) in a name spelt in Gwoyeu Romatzyh, which spells each character's dictionary reading: two characters, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given</source>
        <extracomment>{a} and {b} are two different given names: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_given_added</source>
        <extracomment>{a} and {b} are two different given names of one language that spells its names at home in Latin letters, one with a consonant ({c}) inside the word that no spelling of the other writes: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names of one language that spells its names at home in Latin letters, one with a consonant ({c}) inside the word that no spelling of the other writes: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_country</source>
        <extracomment>{a} and {b} are two different given names, both common in one country and two letters or more apart: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, both common in one country and two letters or more apart: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_cyrillic</source>
        <extracomment>{a} and {b} are two different given names of Cyrillic script, an E against an I (И is always written I): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names of Cyrillic script, an E against an I (И is always written I): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_english</source>
        <extracomment>{a} and {b} are two different given names, both common in English-speaking countries and no spelling of one name: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, both common in English-speaking countries and no spelling of one name: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_glide</source>
        <extracomment>{a} and {b} are two different given names, both common in one country: a Y after a consonant and before a vowel is a consonant there, which no spelling writes as {c}: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, both common in one country: a Y after a consonant and before a vowel is a consonant there, which no spelling writes as {c}: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_kind</source>
        <extracomment>{a} and {b} spell two different characters in {kind}, as the rest of the name is spelt: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} spell two different characters in {kind}, as the rest of the name is spelt: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_listed</source>
        <extracomment>{a} and {b} are two different given names of the name lists, two letters or more apart and with other consonants (no spelling of one name in another language): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names of the name lists, two letters or more apart and with other consonants (no spelling of one name in another language): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_mostly</source>
        <extracomment>{a} and {b} are two different given names that the US census gives mostly to different sexes, though each is given to both: scored a little lower, unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, mostly a man's and a woman's (US census): different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_given_one_sex</source>
        <extracomment>{a} and {b} are two different given names, each given to one sex only where it is common (names-dataset) and mostly to that sex in the US census: different people unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, each given to one sex only where it is common (names-dataset) and mostly to that sex in the US census: different people unless both are given as the same sex or the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_sexes</source>
        <extracomment>{a} and {b} are two different given names, a man's and a woman's: different people unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, a man's and a woman's: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_given_slot</source>
        <extracomment>{a} and {b} are two different given names standing in the same place of two names otherwise alike (not a middle name dropped): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names standing in the same place of two names otherwise alike (not a middle name dropped): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_given_vowel</source>
        <extracomment>{a} and {b} are two different given names, an A against an I (no keying slip or transliteration writes one for the other): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different given names, an A against an I (no keying slip or transliteration writes one for the other): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_gwoyeu</source>
        <extracomment>{a} and {b} are Gwoyeu Romatzyh tonal spellings of two different syllables ({pa} and {pb}): two characters, different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are Gwoyeu Romatzyh tonal spellings of two different syllables ({pa} and {pb}): two characters, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_han_chars</source>
        <extracomment>{a} and {b} are two different characters that share no reading: a name in characters is its characters, different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different characters that share no reading: a name in characters is its characters, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_hangul_split</source>
        <extracomment>{a} reads as {split}, every piece a Korean block's spelling, and {b} is not spelt so ({blocks}): another Korean name, different people unless the known facts agree</extracomment>
        <translation>{a} reads as {split}, every piece a Korean block's spelling, and {b} is not spelt so ({blocks}): another Korean name, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_hokkien_given</source>
        <extracomment>{a} and {b} are the Hokkien spellings of two different given-name characters ({ca} and {cb}) in a name spelt in Hokkien, and no table spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are the Hokkien spellings of two different given-name characters ({ca} and {cb}) in a name spelt in Hokkien, and no table spells one character both ways: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_japanese</source>
        <extracomment>{a} ({ka}) and {b} ({kb}) are two different Japanese names: different people unless the known facts agree</extracomment>
        <translation>{a} ({ka}) and {b} ({kb}) are two different Japanese names: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_korean_block_added</source>
        <extracomment>{b} is {a} with one Korean block more ({block}): a Korean given name's blocks are the name, so another name, different people unless the known facts agree</extracomment>
        <translation>{b} is {a} with one Korean block more ({block}): a Korean given name's blocks are the name, so another name, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_korean_given</source>
        <extracomment>{a} and {b} are two different Korean given names ({x} and {y} spell different name syllables in every romanisation): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Korean given names ({x} and {y} spell different name syllables in every romanisation): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_korean_surnames</source>
        <extracomment>{a} and {b} are passport spellings of two different Korean surnames, in a name whose given name only Korean spells; a Korean surname is spelt from its Hangul, not through a Chinese reading of a shared character or syllable: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are passport spellings of two different Korean surnames, in a name whose given name only Korean spells; a Korean surname is spelt from its Hangul, not through a Chinese reading of a shared character or syllable: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_long_vowel</source>
        <extracomment>{a} and {b} are two different names of Arabic or Persian script: one writes a long vowel ({va}) where the other has {vb}, which no transliteration of one name does: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different names of Arabic or Persian script: one writes a long vowel ({va}) where the other has {vb}, which no transliteration of one name does: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_macau_given</source>
        <extracomment>{a} and {b} are the Macau spellings of two different given-name characters ({ca} and {cb}) in a name spelt as Macau spells it, and no table spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are the Macau spellings of two different given-name characters ({ca} and {cb}) in a name spelt as Macau spells it, and no table spells one character both ways: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_nisba</source>
        <extracomment>{a} and {b} are two different family names: {b} is the Arabic or Persian family name {a} with the nisba's -I (of the {a}), a family of its own: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different family names: {b} is the Arabic or Persian family name {a} with the nisba's -I (of the {a}), a family of its own: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_particle_sexes</source>
        <extracomment>{son} is a son (A/L, S/O, BIN) and {daughter} a daughter (A/P, D/O, BINTI): different people unless the known facts agree</extracomment>
        <translation>{son} is a son (A/L, S/O, BIN) and {daughter} a daughter (A/P, D/O, BINTI): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_patronymic</source>
        <extracomment>{a} {son} {b} and {b} {son} {a}: a given name and a father's name swapped, a father and his child: different people unless the known facts agree</extracomment>
        <translation>{a} {son} {b} and {b} {son} {a}: a given name and a father's name swapped, a father and his child: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_chars</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are the Pinyin spellings of two different common Chinese surnames, which no romanisation or dialect table spells as one character: different people unless the known facts agree</extracomment>
        <translation>{a} ({ca}) and {b} ({cb}) are the Pinyin spellings of two different common Chinese surnames, which no romanisation or dialect table spells as one character: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_given</source>
        <extracomment>{a} and {b} are two Pinyin syllables of a mainland given name, read first by different characters ({ca} / {cb}); a mainland passport spells no dialect's reading: two characters, different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two Pinyin syllables of a mainland given name, read first by different characters ({ca} / {cb}); a mainland passport spells no dialect's reading: two characters, different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_surnames</source>
        <extracomment>{a} and {b} are two different common surnames (-n and -ng) of a name in Hanyu Pinyin, which keeps them apart: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different common surnames (-n and -ng) of a name in Hanyu Pinyin, which keeps them apart: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_sex_forms</source>
        <extracomment>{a} and {b} are a surname's man's and woman's forms, and {ga} and {gb} a man's and a woman's given names: two people (relatives), different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are a surname's man's and woman's forms, and {ga} and {gb} a man's and a woman's given names: two people (relatives), different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_surname_chars</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) stand for different common Chinese surnames in every table that spells surnames (a match above is of the sound only): different people unless the known facts agree</extracomment>
        <translation>{a} ({ca}) and {b} ({cb}) are two different common Chinese surnames in every romanisation table: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_surname_chars_hk</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are two different common surnames as Hong Kong spells them, the spelling of the given name {given}; only a Mandarin system spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} ({ca}) and {b} ({cb}) are two different common surnames as Hong Kong spells them, the spelling of the given name {given}; only a Mandarin system spells one character both ways: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_surname_suffix</source>
        <extracomment>{a} and {b} are one stem with two family-name endings that make two families (no spelling or keying slip turns one into the other): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are one stem with two family-name endings that make two families (no spelling or keying slip turns one into the other): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_surnames</source>
        <extracomment>{a} and {b} are two different common surnames ({origin}): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different common surnames ({origin}): different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_surnames_abroad</source>
        <extracomment>{a} and {b} are two different common surnames in Taiwan's Wade-Giles, the spelling of the given name {given}; only a reading of {dialect} (not Taiwan's) spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different common surnames in Taiwan's Wade-Giles, the spelling of the given name {given}; only a reading of {dialect} (not Taiwan's) spells one character both ways: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_syllable_letter</source>
        <extracomment>{a} and {b} are two syllables of a Chinese given name a letter apart that no keying slip or table joins (two characters): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two syllables of a Chinese given name a letter apart that no keying slip or table joins (two characters): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_syllables</source>
        <extracomment>{a} and {b} are two different syllables of a given name (two characters): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different syllables of a given name (two characters): different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_thai</source>
        <extracomment>{a} and {b} are two different Thai {kind} (RTGS), two letters or more apart once Thai customary spellings are folded: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Thai {kind} (RTGS), two letters or more apart once Thai customary spellings are folded: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_thai_family</source>
        <extracomment>{a} and {b} are two different Thai family names of the list (RTGS {ra} and {rb}); Thai law registers a family name to one family only: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Thai family names of the list (RTGS {ra} and {rb}); Thai law registers a family name to one family only: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_thai_given</source>
        <extracomment>{a} and {b} are two different Thai given names of the list (RTGS {ra} and {rb}), two letters or more apart as written, where a keying slip makes one: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Thai given names of the list (RTGS {ra} and {rb}), two letters or more apart as written, where a keying slip makes one: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_thai_script</source>
        <extracomment>{a} and {b} are two different Thai names as the Thai script writes them ({ra} and {rb} in RTGS), not one name's spellings: different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Thai names as the Thai script writes them ({ra} and {rb} in RTGS), not one name's spellings: different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are two different Sino-Vietnamese given names, of different characters: different people unless the known facts agree</extracomment>
        <translation>{a} ({ca}) and {b} ({cb}) are two different Sino-Vietnamese given names, of different characters: different people unless birth date and nationality agree</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese_letters</source>
        <extracomment>{a} and {b} are two different Vietnamese syllables, written with different letters of the Vietnamese alphabet (passport capitals write them alike): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Vietnamese syllables, written with different letters of the Vietnamese alphabet (passport capitals write them alike): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese_syllables</source>
        <extracomment>{a} and {b} are two different Vietnamese syllables of a Vietnamese name (no spelling variant or keying slip joins them): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different Vietnamese syllables of a Vietnamese name (no spelling variant or keying slip joins them): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.distinct_vowel</source>
        <extracomment>{a} and {b} are two different names, an A against an I (no keying slip or transliteration writes one for the other; a doubled letter written once): different people unless the known facts agree</extracomment>
        <translation>{a} and {b} are two different names, an A against an I (no keying slip or transliteration writes one for the other; a doubled letter written once): different people unless the known facts agree</translation>
    </message>
    <message>
        <source>name.empty</source>
        <extracomment>a name is empty after normalisation</extracomment>
        <translation>a name is empty after normalisation</translation>
    </message>
    <message>
        <source>name.equal</source>
        <extracomment>{a} = {b}</extracomment>
        <translation>{a} = {b}</translation>
    </message>
    <message>
        <source>name.han_differ</source>
        <extracomment>{a} ≠ {b} (different characters, both read {r})</extracomment>
        <translation>{a} ≠ {b} (different characters, both read {r})</translation>
    </message>
    <message>
        <source>name.han_spelling</source>
        <extracomment>{a} ~ {b} ({form}, spelling differs)</extracomment>
        <translation>{a} ~ {b} ({form}, spelling differs)</translation>
    </message>
    <message>
        <source>name.han_variant</source>
        <extracomment>{a} and {b} are one character's two written forms</extracomment>
        <translation>{a} and {b} are one character's two written forms</translation>
    </message>
    <message>
        <source>name.hispanic_short</source>
        <extracomment>{b} may be {a} as Spanish names are shortened: the first given name and the father's surname, the second given name ({g}) and the mother's surname ({m}) left out</extracomment>
        <translation>{b} may be {a} as Spanish names are shortened: the first given name and the father's surname, the second given name ({g}) and the mother's surname ({m}) left out</translation>
    </message>
    <message>
        <source>name.initial</source>
        <extracomment>{a} ~ {b} (initial)</extracomment>
        <translation>{a} ~ {b} (initial)</translation>
    </message>
    <message>
        <source>name.japanese</source>
        <extracomment>{a} read in Japanese as {b}</extracomment>
        <translation>{a} read in Japanese as {b}</translation>
    </message>
    <message>
        <source>name.japanese_name</source>
        <extracomment>{a} read as a Japanese name as {b}</extracomment>
        <translation>{a} read as a Japanese name as {b}</translation>
    </message>
    <message>
        <source>name.japanese_spelling</source>
        <extracomment>{a} ≈ {b}: Japanese passport spellings of one name (long vowel written out or dropped, or Kunrei-shiki; Hepburn {hepburn})</extracomment>
        <translation>{a} ≈ {b}: Japanese passport spellings of one name (long vowel written out or dropped, or Kunrei-shiki; Hepburn {hepburn})</translation>
    </message>
    <message>
        <source>name.korean</source>
        <extracomment>{a} read in Korean as {b}</extracomment>
        <translation>{a} read in Korean as {b}</translation>
    </message>
    <message>
        <source>name.lookalike</source>
        <extracomment>{a} ≈ {b} (look-alike characters {chars})</extracomment>
        <translation>{a} ≈ {b} (look-alike characters {chars})</translation>
    </message>
    <message>
        <source>name.maiden_middle</source>
        <extracomment>{b} may be {a} after marriage: her surname {s} kept as the middle name, her husband's ({h}) after it, as Philippine married names are written</extracomment>
        <translation>{b} may be {a} after marriage: her surname {s} kept as the middle name, her husband's ({h}) after it, as Philippine married names are written</translation>
    </message>
    <message>
        <source>name.maiden_middle_first</source>
        <extracomment>{b} may be {a} after marriage, both written surname first: her surname {s} kept as the middle name, her husband's ({h}) as the surname, as Philippine married names are written</extracomment>
        <translation>{b} may be {a} after marriage, both written surname first: her surname {s} kept as the middle name, her husband's ({h}) as the surname, as Philippine married names are written</translation>
    </message>
    <message>
        <source>name.married</source>
        <extracomment>{a} is {b} with one more Chinese surname ({s}) before it: a married woman's name (her husband's surname before her own full name, 冠夫姓), the same woman</extracomment>
        <translation>{a} is {b} with one more Chinese surname ({s}) before it: a married woman's name (her husband's surname before her own full name, 冠夫姓), the same woman</translation>
    </message>
    <message>
        <source>name.missing</source>
        <extracomment>{a} missing</extracomment>
        <translation>{a} missing</translation>
    </message>
    <message>
        <source>name.possible_slip</source>
        <extracomment>{a} is not a common surname: a possible slip of {b}</extracomment>
        <translation>{a} is not a common surname: a possible slip of {b}</translation>
    </message>
    <message>
        <source>name.possible_slip_given</source>
        <extracomment>{a} is not a common given name: a possible slip of {b}</extracomment>
        <translation>{a} is not a common given name: a possible slip of {b}</translation>
    </message>
    <message>
        <source>name.read_as</source>
        <extracomment>{word} read as {split}</extracomment>
        <translation>{word} read as {split}</translation>
    </message>
    <message>
        <source>name.romanisation</source>
        <extracomment>{a} = {b} ({system})</extracomment>
        <translation>{a} = {b} ({system})</translation>
    </message>
    <message>
        <source>name.same_syllable</source>
        <extracomment>{a} ({sa}) = {b} ({sb}), both {zy}</extracomment>
        <translation>{a} ({sa}) = {b} ({sb}), both {zy}</translation>
    </message>
    <message>
        <source>name.spelling</source>
        <extracomment>{a} ~ {b} (spelling differs, {s})</extracomment>
        <translation>{a} ~ {b} (spelling differs, {s})</translation>
    </message>
    <message>
        <source>name.taiwan_variant</source>
        <extracomment>{a} ~ {b} ({form}, {system}; -n/-ng or ts for ch as Taiwanese Mandarin spells them)</extracomment>
        <translation>{a} ~ {b} ({form}, {system}; -n/-ng or ts for ch as Taiwanese Mandarin spells them)</translation>
    </message>
    <message>
        <source>name.thai_rtgs</source>
        <extracomment>{th} read as {latin} (RTGS: สม as SOM, a closing syllable after a written vowel)</extracomment>
        <translation>{th} read as {latin} (RTGS: สม as SOM, a closing syllable after a written vowel)</translation>
    </message>
    <message>
        <source>name.thai_spelling</source>
        <extracomment>{a} ≈ {b}: RTGS and Thai customary passport spellings of one Thai name ({rtgs})</extracomment>
        <translation>{a} ≈ {b}: RTGS and Thai customary passport spellings of one Thai name ({rtgs})</translation>
    </message>
    <message>
        <source>name.thai_table</source>
        <extracomment>{th} read as {latin} (RTGS of the Thai names list)</extracomment>
        <translation>{th} read as {latin} (RTGS of the Thai names list)</translation>
    </message>
    <message>
        <source>name.translit</source>
        <extracomment>{a} ≈ {b} (transliteration variants)</extracomment>
        <translation>{a} ≈ {b} (transliteration variants)</translation>
    </message>
    <message>
        <source>name.umlaut</source>
        <extracomment>{a} ≈ {b} (umlaut written as E or not, ICAO 9303-3)</extracomment>
        <translation>{a} ≈ {b} (umlaut written as E or not, ICAO 9303-3)</translation>
    </message>
    <message>
        <source>name.vietnamese</source>
        <extracomment>{a} read in Sino-Vietnamese as {b}</extracomment>
        <translation>{a} read in Sino-Vietnamese as {b}</translation>
    </message>
    <message>
        <source>ocr.bomb</source>
        <extracomment>image declares too many pixels (decompression bomb?)</extracomment>
        <translation>image declares too many pixels (decompression bomb?)</translation>
    </message>
    <message>
        <source>ocr.cannot_read</source>
        <extracomment>cannot read the file: {detail}</extracomment>
        <translation>cannot read the file: {detail}</translation>
    </message>
    <message>
        <source>ocr.damaged</source>
        <extracomment>truncated or damaged image ({detail})</extracomment>
        <translation>truncated or damaged image ({detail})</translation>
    </message>
    <message>
        <source>ocr.directory</source>
        <extracomment>is a directory, not an image</extracomment>
        <translation>is a directory, not an image</translation>
    </message>
    <message>
        <source>ocr.empty</source>
        <extracomment>the file is empty</extracomment>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>ocr.file_too_big</source>
        <extracomment>file is {size} MiB; images over {limit} MiB are refused</extracomment>
        <translation>file is {size} MiB; images over {limit} MiB are refused</translation>
    </message>
    <message>
        <source>ocr.incomplete</source>
        <extracomment>found {n} lines of about {m} characters: not a complete MRZ</extracomment>
        <translation>found {n} lines of about {m} characters: not a complete MRZ</translation>
    </message>
    <message>
        <source>ocr.no_characters</source>
        <extracomment>found text lines like an MRZ but could not find their characters</extracomment>
        <translation>found text lines like an MRZ but could not find their characters</translation>
    </message>
    <message>
        <source>ocr.no_mrz</source>
        <extracomment>no MRZ found in the image</extracomment>
        <translation>no MRZ found in the image</translation>
    </message>
    <message>
        <source>ocr.not_image</source>
        <extracomment>not an image file, or a format that cannot be read</extracomment>
        <translation>not an image file, or a format that cannot be read</translation>
    </message>
    <message>
        <source>ocr.position</source>
        <extracomment>line {ln} position {col}</extracomment>
        <translation>line {ln} position {col}</translation>
    </message>
    <message>
        <source>ocr.refused</source>
        <extracomment>OCR refused: {why} ({where}); take another picture or type the MRZ</extracomment>
        <translation>OCR refused: {why} ({where}); take another picture or type the MRZ</translation>
    </message>
    <message>
        <source>ocr.too_big</source>
        <extracomment>images over {limit} MiB are refused</extracomment>
        <translation>images over {limit} MiB are refused</translation>
    </message>
    <message>
        <source>ocr.too_many_pixels</source>
        <extracomment>image is {size} pixels, over the {limit}-megapixel limit</extracomment>
        <translation>image is {size} pixels, over the {limit}-megapixel limit</translation>
    </message>
    <message>
        <source>ocr.too_small</source>
        <extracomment>image is too small ({size} pixels)</extracomment>
        <translation>image is too small ({size} pixels)</translation>
    </message>
    <message>
        <source>ocr.unsure_invalid</source>
        <extracomment>OCR: characters read without confidence ({where}); the MRZ fails a check digit whatever they hold: compare them with the document</extracomment>
        <translation>OCR: characters read without confidence ({where}); the MRZ fails a check digit whatever they hold: compare them with the document</translation>
    </message>
    <message>
        <source>ocr.why.after_name</source>
        <extracomment>a character read after the end of a name (three fillers in a row), where ICAO 9303 prints only fillers: a mark over the MRZ may have made a filler look like a letter</extracomment>
        <translation>a character read after the end of a name (three fillers in a row), where ICAO 9303 prints only fillers: a mark over the MRZ may have made a filler look like a letter</translation>
    </message>
    <message>
        <source>ocr.why.ambiguous</source>
        <extracomment>characters read without confidence, and more than one reading of them passes the check digits</extracomment>
        <translation>characters read without confidence, and more than one reading of them passes the check digits</translation>
    </message>
    <message>
        <source>ocr.why.blind_twin</source>
        <extracomment>a 6 or G (in a document number or optional data) whose glyph is part of the way to the other: no check digit can tell 6 from G</extracomment>
        <translation>a 6 or G (in a document number or optional data) whose glyph is part of the way to the other: no check digit can tell 6 from G</translation>
    </message>
    <message>
        <source>ocr.why.dissent</source>
        <extracomment>a character where no check digit looks that the look-alike classifier takes for another (O for Q or D): that part of the MRZ may not be printed in the standard OCR-B face</extracomment>
        <translation>a character where no check digit looks that the look-alike classifier takes for another (O for Q or D): that part of the MRZ may not be printed in the standard OCR-B face</translation>
    </message>
    <message>
        <source>ocr.why.ends</source>
        <extracomment>marks just beside the MRZ make it unclear where a line begins or ends</extracomment>
        <translation>marks just beside the MRZ make it unclear where a line begins or ends</translation>
    </message>
    <message>
        <source>ocr.why.face</source>
        <extracomment>the characters do not look like the standard OCR-B face (another typeface, or a picture too small or blurred to tell), and then look-alike characters (0/O/D/Q, 1/I/L, 8/B, ...) cannot be told apart</extracomment>
        <translation>the MRZ is not printed in the standard OCR-B face, and in another face look-alike characters (0/O/D/Q, 1/I/L, 8/B, ...) cannot be told apart</translation>
    </message>
    <message>
        <source>ocr.why.illegible</source>
        <extracomment>characters that cannot be read at all</extracomment>
        <translation>characters that cannot be read at all</translation>
    </message>
    <message>
        <source>ocr.why.line_face</source>
        <extracomment>a line where no check digit looks whose characters do not look like the standard OCR-B face, while the rest of the MRZ does</extracomment>
        <translation>a line where no check digit looks whose characters do not look like the standard OCR-B face, while the rest of the MRZ does</translation>
    </message>
    <message>
        <source>ocr.why.no_check_digit</source>
        <extracomment>characters read without confidence where no check digit can confirm them</extracomment>
        <translation>characters read without confidence where no check digit can confirm them</translation>
    </message>
    <message>
        <source>ocr.why.no_reading</source>
        <extracomment>characters read without confidence, and no reading of them passes the check digits</extracomment>
        <translation>characters read without confidence, and no reading of them passes the check digits</translation>
    </message>
    <message>
        <source>ocr.why.printed_error_twin</source>
        <extracomment>two digits under one check digit that the glyphs nearly read as two others: read so, that check passes as well and only the composite check digit fails, so the document may be printed invalid and misread as valid</extracomment>
        <translation>two digits under one check digit that the glyphs nearly read as two others: read so, that check passes as well and only the composite check digit fails, so the document may be printed invalid and misread as valid</translation>
    </message>
    <message>
        <source>ocr.why.runner_up</source>
        <extracomment>a character where a check digit fails that the glyph nearly reads as another: read so, the MRZ passes every check, so it may be misread rather than invalid</extracomment>
        <translation>a character where a check digit fails that the glyph nearly reads as another: read so, the MRZ passes every check, so it may be misread rather than invalid</translation>
    </message>
    <message>
        <source>ocr.why.runner_up_twin</source>
        <extracomment>two digits under one check digit that the glyphs nearly read as two others: read so, the MRZ passes every check as well, so either reading may be a misread</extracomment>
        <translation>two digits under one check digit that the glyphs nearly read as two others: read so, the MRZ passes every check as well, so either reading may be a misread</translation>
    </message>
    <message>
        <source>ocr.why.state</source>
        <extracomment>a state code that is not on ICAO's list but one look-alike letter from a code that is, where no check digit can confirm its letters</extracomment>
        <translation>a state code that is not on ICAO's list, where no check digit can confirm its letters</translation>
    </message>
    <message>
        <source>ocr.why.too_many</source>
        <extracomment>too many characters read without confidence</extracomment>
        <translation>too many characters read without confidence</translation>
    </message>
    <message>
        <source>ocr.why.twin</source>
        <extracomment>look-alike characters (0/O, 1/I, 8/B, ...) where the check digits fail: read the other way they pass, so the MRZ may be misread rather than invalid</extracomment>
        <translation>look-alike characters (0/O, 1/I, 8/B, ...) where the check digits fail: read the other way they pass, so the MRZ may be misread rather than invalid</translation>
    </message>
    <message>
        <source>ocr.why.type</source>
        <extracomment>a letter read where a digit is printed, or the reverse, that looks like one the field admits</extracomment>
        <translation>a letter read where a digit is printed, or the reverse, that looks like one the field admits</translation>
    </message>
    <message>
        <source>ocr.why.typed</source>
        <extracomment>a character typed for the document that is not what the picture shows there (only an unclear character or one of its look-alikes can be typed): check the line and the column</extracomment>
        <translation>a character typed for the document that is not what the picture shows there (only an unclear character or one of its look-alikes can be typed): check the line and the column</translation>
    </message>
    <message>
        <source>ocr.why.typed_face</source>
        <extracomment>characters whose shapes do not fit the standard OCR-B face as the rest do (perhaps another typeface), so typing a few characters cannot complete the reading: type the whole MRZ</extracomment>
        <translation>characters whose shapes do not fit the standard OCR-B face as the rest do (perhaps another typeface), so typing a few characters cannot complete the reading: type the whole MRZ</translation>
    </message>
    <message>
        <source>ocr.why.typed_invalid</source>
        <extracomment>with the characters typed, the MRZ fails its checks: a typed character, or one read from the picture, may be wrong</extracomment>
        <translation>with the characters typed, the MRZ fails its checks: a typed character, or one read from the picture, may be wrong</translation>
    </message>
    <message>
        <source>ocr.why.unfit</source>
        <extracomment>a character where no check digit looks that fits the OCR-B shapes much worse than the rest of the MRZ, and that the look-alike classifier does not clearly tell from its look-alikes (O/Q/D, 1/I/L, ...)</extracomment>
        <translation>a character where no check digit looks that fits the OCR-B shapes much worse than the rest of the MRZ, and that the look-alike classifier does not clearly tell from its look-alikes (O/Q/D, 1/I/L, ...)</translation>
    </message>
    <message>
        <source>ocr.why.unvouched</source>
        <extracomment>look-alike characters (0/O, 1/I, 8/B, ...) where check digits look, which the document's own 0s, 1s, Os and Is do not vouch for: read the other way they pass every check as well</extracomment>
        <translation>look-alike characters (0/O, 1/I, 8/B, ...) where check digits look, which the document's own 0s, 1s, Os and Is do not vouch for: read the other way they pass every check as well</translation>
    </message>
    <message>
        <source>ocr.why.zero_o</source>
        <extracomment>a 0 or O where no check digit looks (a visa's optional data) that neither the look-alike classifier nor the document's other 0s and Os clearly tell from its twin</extracomment>
        <translation>a 0 or O where no check digit looks (a visa's optional data) that neither the look-alike classifier nor the document's other 0s and Os clearly tell from its twin</translation>
    </message>
    <message>
        <source>ocr.why.zero_o_twin</source>
        <extracomment>a 0 or O where no check digit looks (a visa's optional data) that looks like the document's own Os where it was read 0, or like its 0s where it was read O</extracomment>
        <translation>a 0 or O where no check digit looks (a visa's optional data) that looks like the document's own Os where it was read 0, or like its 0s where it was read O</translation>
    </message>
    <message>
        <source>officers.a.installer</source>
        <extracomment>an installer</extracomment>
        <translation>an installer</translation>
    </message>
    <message>
        <source>officers.a.machine</source>
        <extracomment>a machine</extracomment>
        <translation>a machine</translation>
    </message>
    <message>
        <source>officers.a.officer</source>
        <extracomment>an officer</extracomment>
        <translation>an officer</translation>
    </message>
    <message>
        <source>officers.a.supervisor</source>
        <extracomment>a supervisor</extracomment>
        <translation>a supervisor</translation>
    </message>
    <message>
        <source>officers.action.acknowledging alerts</source>
        <extracomment>acknowledging alerts</extracomment>
        <translation>acknowledging alerts</translation>
    </message>
    <message>
        <source>officers.action.adding an officer</source>
        <extracomment>adding an officer</extracomment>
        <translation>adding an officer</translation>
    </message>
    <message>
        <source>officers.action.changing a policy</source>
        <extracomment>changing a policy</extracomment>
        <translation>changing a policy</translation>
    </message>
    <message>
        <source>officers.action.declaring emergency mode</source>
        <extracomment>declaring emergency mode</extracomment>
        <translation>declaring emergency mode</translation>
    </message>
    <message>
        <source>officers.action.ending emergency mode</source>
        <extracomment>ending emergency mode</extracomment>
        <translation>ending emergency mode</translation>
    </message>
    <message>
        <source>officers.action.enrolling</source>
        <extracomment>enrolling</extracomment>
        <translation>enrolling</translation>
    </message>
    <message>
        <source>officers.action.import CSCA certificates</source>
        <extracomment>import CSCA certificates</extracomment>
        <translation>import CSCA certificates</translation>
    </message>
    <message>
        <source>officers.action.reading the emergency log</source>
        <extracomment>reading the emergency log</extracomment>
        <translation>reading the emergency log</translation>
    </message>
    <message>
        <source>officers.action.removing an officer</source>
        <extracomment>removing an officer</extracomment>
        <translation>removing an officer</translation>
    </message>
    <message>
        <source>officers.action.reports</source>
        <extracomment>reports</extracomment>
        <translation>reports</translation>
    </message>
    <message>
        <source>officers.action.resending a refused record</source>
        <extracomment>resending a refused record</extracomment>
        <translation>resending a refused record</translation>
    </message>
    <message>
        <source>officers.action.resetting a password</source>
        <extracomment>resetting a password</extracomment>
        <translation>resetting a password</translation>
    </message>
    <message>
        <source>officers.action.resetting a policy</source>
        <extracomment>resetting a policy</extracomment>
        <translation>resetting a policy</translation>
    </message>
    <message>
        <source>officers.action.unlocking an officer</source>
        <extracomment>unlocking an officer</extracomment>
        <translation>unlocking an officer</translation>
    </message>
    <message>
        <source>officers.bad_role</source>
        <extracomment>--role must be officer or supervisor, not {role!r}</extracomment>
        <translation>--role must be officer or supervisor, not {role!r}</translation>
    </message>
    <message>
        <source>officers.cannot_add</source>
        <extracomment>a {role} cannot add a {other}</extracomment>
        <translation>a {role} cannot add a {other}</translation>
    </message>
    <message>
        <source>officers.cannot_remove</source>
        <extracomment>a {role} cannot remove a {other}</extracomment>
        <translation>a {role} cannot remove a {other}</translation>
    </message>
    <message>
        <source>officers.cannot_reset</source>
        <extracomment>a {role} cannot reset the password of a {other}</extracomment>
        <translation>a {role} cannot reset the password of a {other}</translation>
    </message>
    <message>
        <source>officers.cannot_unlock</source>
        <extracomment>a {role} cannot unlock {other}</extracomment>
        <translation>a {role} cannot unlock {other}</translation>
    </message>
    <message>
        <source>officers.needs_role</source>
        <extracomment>{action} needs {needed}; {who} may not (give --user NAME --password-stdin)</extracomment>
        <translation>{action} needs {needed}; {who} may not</translation>
    </message>
    <message>
        <source>officers.no_override</source>
        <extracomment>{name} is not an active supervisor: no override</extracomment>
        <translation>{name} is not an active supervisor: no override</translation>
    </message>
    <message>
        <source>officers.no_slot</source>
        <extracomment>{name} has no key slot on this workstation</extracomment>
        <translation>{name} has no key slot on this workstation</translation>
    </message>
    <message>
        <source>officers.not_active</source>
        <extracomment>{name} is not an active {role} of this workstation</extracomment>
        <translation>{name} is not an active {role} of this workstation</translation>
    </message>
    <message>
        <source>officers.not_officer</source>
        <extracomment>{name} is not an officer of this workstation</extracomment>
        <translation>{name} is not an officer of this workstation</translation>
    </message>
    <message>
        <source>officers.other_store</source>
        <extracomment>{name} does not belong to this workstation's store</extracomment>
        <translation>{name} does not belong to this workstation's store</translation>
    </message>
    <message>
        <source>officers.password_needed</source>
        <extracomment>a password is needed with --user</extracomment>
        <translation>a password is needed with --user</translation>
    </message>
    <message>
        <source>officers.revoked</source>
        <extracomment>{name} was removed from this workstation or deactivated by the central system: a supervisor must add them again here (or the central reinstate them and this workstation sync) before they can log in</extracomment>
        <translation>{name} was removed from this workstation or deactivated by the central system: a supervisor must add them again here (or the central reinstate them and this workstation sync) before they can log in</translation>
    </message>
    <message>
        <source>officers.user_needed</source>
        <extracomment>give --user NAME to change a password</extracomment>
        <translation>give --user NAME to change a password</translation>
    </message>
    <message>
        <source>officers.who</source>
        <extracomment>{user} ({role})</extracomment>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>officers.who.machine</source>
        <extracomment>the machine slot</extracomment>
        <translation>the machine slot</translation>
    </message>
    <message>
        <source>override.central_bad_credentials</source>
        <extracomment>unknown supervisor or wrong password (checked by the central system)</extracomment>
        <translation>unknown supervisor or wrong password (checked by the central system)</translation>
    </message>
    <message>
        <source>override.central_locked</source>
        <extracomment>{name} is locked out by the central system after failed logins: try again later, or ask another supervisor</extracomment>
        <translation>{name} is locked out by the central system after failed logins: try again later, or ask another supervisor</translation>
    </message>
    <message>
        <source>override.central_refused</source>
        <extracomment>the central system refused the supervisor: {detail}</extracomment>
        <translation>the central system refused the supervisor: {detail}</translation>
    </message>
    <message>
        <source>override.never_here_offline</source>
        <extracomment>{name} has never signed in on this workstation and the central system cannot be reached, so their password cannot be checked: an override needs a supervisor who has signed in here before</extracomment>
        <translation>{name} has never signed in on this workstation and the central system cannot be reached, so their password cannot be checked: an override needs a supervisor who has signed in here before</translation>
    </message>
    <message>
        <source>pa.crl.none_held</source>
        <extracomment>not checked: no CRL of {csca} (none held)</extracomment>
        <translation>not checked: no CRL of {csca} (none held)</translation>
    </message>
    <message>
        <source>pa.crl.none_signed</source>
        <extracomment>not checked: no CRL of {csca} (none signed by that CSCA)</extracomment>
        <translation>not checked: no CRL of {csca} (none signed by that CSCA)</translation>
    </message>
    <message>
        <source>pa.csca.expired</source>
        <extracomment>the CSCA certificate is expired (valid {start} to {end})</extracomment>
        <translation>the CSCA certificate is expired (valid {start} to {end})</translation>
    </message>
    <message>
        <source>pa.csca.not yet valid</source>
        <extracomment>the CSCA certificate is not yet valid (valid {start} to {end})</extracomment>
        <translation>the CSCA certificate is not yet valid (valid {start} to {end})</translation>
    </message>
    <message>
        <source>pa.dg_altered</source>
        <extracomment>DG{n} does not match its hash in the SOD (altered)</extracomment>
        <translation>DG{n} does not match its hash in the SOD (altered)</translation>
    </message>
    <message>
        <source>pa.dg_not_listed</source>
        <extracomment>DG{n} is not listed in the SOD</extracomment>
        <translation>DG{n} is not listed in the SOD</translation>
    </message>
    <message>
        <source>pa.dsc.expired</source>
        <extracomment>the Document Signer certificate is expired (valid {start} to {end})</extracomment>
        <translation>the Document Signer certificate is expired (valid {start} to {end})</translation>
    </message>
    <message>
        <source>pa.dsc.not yet valid</source>
        <extracomment>the Document Signer certificate is not yet valid (valid {start} to {end})</extracomment>
        <translation>the Document Signer certificate is not yet valid (valid {start} to {end})</translation>
    </message>
    <message>
        <source>pa.dsc_unchecked</source>
        <extracomment>the Document Signer certificate cannot be checked: {detail}</extracomment>
        <translation>the Document Signer certificate cannot be checked: {detail}</translation>
    </message>
    <message>
        <source>pa.no_csca</source>
        <extracomment>no CSCA certificate of {country} in the store</extracomment>
        <translation>no CSCA certificate of {country} in the store</translation>
    </message>
    <message>
        <source>pa.no_csca_key</source>
        <extracomment>no CSCA certificate of {country} with the key that signed the Document Signer certificate (key id {keyid})</extracomment>
        <translation>no CSCA certificate of {country} with the key that signed the Document Signer certificate (key id {keyid})</translation>
    </message>
    <message>
        <source>pa.no_dsc</source>
        <extracomment>the SOD carries no Document Signer certificate</extracomment>
        <translation>the SOD carries no Document Signer certificate</translation>
    </message>
    <message>
        <source>pa.no_store</source>
        <extracomment>no CSCA certificates available (give --csca, or sync the replica's CSCA list)</extracomment>
        <translation>no CSCA certificates available (give --csca, or sync the replica's CSCA list)</translation>
    </message>
    <message>
        <source>pa.not_signed_by_csca</source>
        <extracomment>the Document Signer certificate is not signed by a CSCA of {country}</extracomment>
        <translation>the Document Signer certificate is not signed by a CSCA of {country}</translation>
    </message>
    <message>
        <source>pa.revocation.none_held</source>
        <extracomment>revocation not checked: no CRL of {csca} (none held)</extracomment>
        <translation>revocation not checked: no CRL of {csca} (none held)</translation>
    </message>
    <message>
        <source>pa.revocation.none_signed</source>
        <extracomment>revocation not checked: no CRL of {csca} (none signed by that CSCA)</extracomment>
        <translation>revocation not checked: no CRL of {csca} (none signed by that CSCA)</translation>
    </message>
    <message>
        <source>pa.revoked</source>
        <extracomment>the Document Signer certificate is revoked (CSCA CRL)</extracomment>
        <translation>the Document Signer certificate is revoked (CSCA CRL)</translation>
    </message>
    <message>
        <source>pa.signature_invalid</source>
        <extracomment>the SOD signature is invalid</extracomment>
        <translation>the SOD signature is invalid</translation>
    </message>
    <message>
        <source>pa.signature_invalid_detail</source>
        <extracomment>the SOD signature is invalid: {detail}</extracomment>
        <translation>the SOD signature is invalid: {detail}</translation>
    </message>
    <message>
        <source>pa.signature_malformed</source>
        <extracomment>the SOD signature is malformed: {detail}</extracomment>
        <translation>the SOD signature is malformed: {detail}</translation>
    </message>
    <message>
        <source>pa.signature_unchecked</source>
        <extracomment>the SOD signature cannot be checked: {detail}</extracomment>
        <translation>the SOD signature cannot be checked: {detail}</translation>
    </message>
    <message>
        <source>pa.signer_named_differently</source>
        <extracomment>the SOD names its signer differently from its only certificate</extracomment>
        <translation>the SOD names its signer differently from its only certificate</translation>
    </message>
    <message>
        <source>pa.the_issuing_state</source>
        <extracomment>the issuing state</extracomment>
        <translation>the issuing state</translation>
    </message>
    <message>
        <source>person.birth_date_match</source>
        <extracomment>birth date matches ({date})</extracomment>
        <translation>birth date matches ({date})</translation>
    </message>
    <message>
        <source>person.birth_differs</source>
        <extracomment>birth date differs ({a} vs {b})</extracomment>
        <translation>birth date differs ({a} vs {b})</translation>
    </message>
    <message>
        <source>person.birth_swapped</source>
        <extracomment>birth day and month swapped ({a} vs {b})</extracomment>
        <translation>birth day and month swapped ({a} vs {b})</translation>
    </message>
    <message>
        <source>person.birth_year</source>
        <extracomment>birth year differs ({a} vs {b})</extracomment>
        <translation>birth year differs ({a} vs {b})</translation>
    </message>
    <message>
        <source>person.birth_year_match</source>
        <extracomment>birth year matches ({date})</extracomment>
        <translation>birth year matches ({date})</translation>
    </message>
    <message>
        <source>person.birth_year_one</source>
        <extracomment>birth year {a} vs {b} (one year apart)</extracomment>
        <translation>birth year {a} vs {b} (one year apart)</translation>
    </message>
    <message>
        <source>person.name</source>
        <extracomment>name {score}: {explanation}</extracomment>
        <translation>name {score}: {explanation}</translation>
    </message>
    <message>
        <source>person.nationality_differs</source>
        <extracomment>nationality differs ({a} vs {b}) (-0.20)</extracomment>
        <translation>nationality differs ({a} vs {b}) (-0.20)</translation>
    </message>
    <message>
        <source>person.nationality_match</source>
        <extracomment>nationality matches ({nat})</extracomment>
        <translation>nationality matches ({nat})</translation>
    </message>
    <message>
        <source>person.no_names</source>
        <extracomment>no names</extracomment>
        <translation>no names</translation>
    </message>
    <message>
        <source>person.penalty</source>
        <extracomment>{reason} ({penalty})</extracomment>
        <translation>{reason} ({penalty})</translation>
    </message>
    <message>
        <source>person.review</source>
        <extracomment>but the full birth date and the nationality agree: name scored {s} as spelled, for a person to review</extracomment>
        <translation>but the full birth date and the nationality agree: name scored {s} as spelled, for a person to review</translation>
    </message>
    <message>
        <source>person.review_month</source>
        <extracomment>but the birth month as listed and the nationality agree: name scored {s} as spelled, for a person to review</extracomment>
        <translation>but the birth month as listed and the nationality agree: name scored {s} as spelled, for a person to review</translation>
    </message>
    <message>
        <source>person.review_near</source>
        <extracomment>but the birth date is near the listed one (day and month swapped, or a year apart) and no nationality contradicts it: name scored {s} as spelled, for a person to review</extracomment>
        <translation>but the birth date is near the listed one (day and month swapped, or a year apart) and no nationality contradicts it: name scored {s} as spelled, for a person to review</translation>
    </message>
    <message>
        <source>person.review_partial</source>
        <extracomment>but what is known of the birth date and nationality agrees and nothing contradicts it: name scored {s} as spelled, for a person to review</extracomment>
        <translation>but what is known of the birth date and nationality agrees and nothing contradicts it: name scored {s} as spelled, for a person to review</translation>
    </message>
    <message>
        <source>person.same_sex</source>
        <extracomment>but both are given as {sex}: name scored {s} as spelled</extracomment>
        <translation>but both are given as {sex}: name scored {s} as spelled</translation>
    </message>
    <message>
        <source>person.sex_differs</source>
        <extracomment>sex differs ({a} vs {b}) (-0.20)</extracomment>
        <translation>sex differs ({a} vs {b}) (-0.20)</translation>
    </message>
    <message>
        <source>sod.lds_version</source>
        <extracomment>EF.SOD: LDS version {version!r} is not of the form 'aabb'</extracomment>
        <translation>EF.SOD: LDS version {version!r} is not of the form 'aabb'</translation>
    </message>
    <message>
        <source>sod.lso_v0</source>
        <extracomment>EF.SOD: LDSSecurityObject v{version} without LDS info, v0 expected</extracomment>
        <translation>EF.SOD: LDSSecurityObject v{version} without LDS info, v0 expected</translation>
    </message>
    <message>
        <source>sod.lso_v1</source>
        <extracomment>EF.SOD: LDSSecurityObject v{version} with LDS info, v1 expected</extracomment>
        <translation>EF.SOD: LDSSecurityObject v{version} with LDS info, v1 expected</translation>
    </message>
    <message>
        <source>sod.signed_data_version</source>
        <extracomment>EF.SOD: SignedData version {version}, v3 expected</extracomment>
        <translation>EF.SOD: SignedData version {version}, v3 expected</translation>
    </message>
    <message>
        <source>stale.block_admit</source>
        <extracomment>{what}; no admit without a supervisor</extracomment>
        <translation>{what}; no admit without a supervisor</translation>
    </message>
    <message>
        <source>stale.category.all</source>
        <extracomment>all</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>stale.category.any_hit</source>
        <extracomment>any_hit</extracomment>
        <translation>any_hit</translation>
    </message>
    <message>
        <source>stale.category.foreign</source>
        <extracomment>foreign</extracomment>
        <translation>foreign</translation>
    </message>
    <message>
        <source>stale.category.fuzzy_hit</source>
        <extracomment>fuzzy_hit</extracomment>
        <translation>fuzzy_hit</translation>
    </message>
    <message>
        <source>stale.central_reachable</source>
        <extracomment>the central is reachable: its signed policy applies (a local change is for outages: declare emergency mode first)</extracomment>
        <translation>the central is reachable: its signed policy applies (a local change is for outages: declare emergency mode first)</translation>
    </message>
    <message>
        <source>stale.days</source>
        <extracomment>{n} days</extracomment>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>stale.expired</source>
        <extracomment>{dataset}: the central's confirmation has expired</extracomment>
        <translation>{dataset}: the central's confirmation has expired</translation>
    </message>
    <message>
        <source>stale.hours</source>
        <extracomment>{n} h</extracomment>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>stale.minutes</source>
        <extracomment>{n} min</extracomment>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>stale.missing</source>
        <extracomment>{dataset}: no list on this workstation</extracomment>
        <translation>{dataset}: no list on this workstation</translation>
    </message>
    <message>
        <source>stale.never_confirmed</source>
        <extracomment>{dataset}: never confirmed by the central</extracomment>
        <translation>{dataset}: never confirmed by the central</translation>
    </message>
    <message>
        <source>stale.no_local_change</source>
        <extracomment>no local change of {name!r} to reset</extracomment>
        <translation>no local change of {name!r} to reset</translation>
    </message>
    <message>
        <source>stale.reason_needed</source>
        <extracomment>--reason must say why the policy changes (it goes into the audit log)</extracomment>
        <translation>--reason must say why the policy changes (it goes into the audit log)</translation>
    </message>
    <message>
        <source>stale.refer</source>
        <extracomment>{what}; refer to a second-line check ({categories})</extracomment>
        <translation>{what}; refer to a second-line check ({categories})</translation>
    </message>
    <message>
        <source>stale.refer_others</source>
        <extracomment>{what}; refer {categories} (not this traveller)</extracomment>
        <translation>{what}; refer {categories} (not this traveller)</translation>
    </message>
    <message>
        <source>stale.too_old</source>
        <extracomment>{dataset} is {age} old (limit {limit})</extracomment>
        <translation>{dataset} is {age} old (limit {limit})</translation>
    </message>
    <message>
        <source>stale.unverified</source>
        <extracomment>{dataset}: the last update failed verification ({detail})</extracomment>
        <translation>{dataset}: the last update failed verification ({detail})</translation>
    </message>
    <message>
        <source>term.action.arrest</source>
        <extracomment>arrest</extracomment>
        <translation>arrest</translation>
    </message>
    <message>
        <source>term.action.deny_entry</source>
        <extracomment>deny_entry</extracomment>
        <translation>deny entry</translation>
    </message>
    <message>
        <source>term.action.deny_exit</source>
        <extracomment>deny_exit</extracomment>
        <translation>deny exit</translation>
    </message>
    <message>
        <source>term.action.refer</source>
        <extracomment>refer</extracomment>
        <translation>refer to secondary</translation>
    </message>
    <message>
        <source>term.dataset.documents</source>
        <extracomment>documents</extracomment>
        <translation>lost/stolen documents</translation>
    </message>
    <message>
        <source>term.dataset.entry_permits</source>
        <extracomment>entry_permits</extracomment>
        <translation>entry permits</translation>
    </message>
    <message>
        <source>term.dataset.exit_bans</source>
        <extracomment>exit_bans</extracomment>
        <translation>exit bans</translation>
    </message>
    <message>
        <source>term.dataset.manifests</source>
        <extracomment>manifests</extracomment>
        <translation>manifests</translation>
    </message>
    <message>
        <source>term.dataset.persons</source>
        <extracomment>persons</extracomment>
        <translation>persons of interest</translation>
    </message>
    <message>
        <source>term.decision.admit</source>
        <extracomment>admit</extracomment>
        <translation>admitted</translation>
    </message>
    <message>
        <source>term.decision.refer</source>
        <extracomment>refer</extracomment>
        <translation>referred</translation>
    </message>
    <message>
        <source>term.decision.refuse</source>
        <extracomment>refuse</extracomment>
        <translation>refused</translation>
    </message>
    <message>
        <source>term.direction.entry</source>
        <extracomment>entry</extracomment>
        <translation>entry</translation>
    </message>
    <message>
        <source>term.direction.exit</source>
        <extracomment>exit</extracomment>
        <translation>exit</translation>
    </message>
    <message>
        <source>term.document_reason.lost</source>
        <extracomment>lost</extracomment>
        <translation>lost</translation>
    </message>
    <message>
        <source>term.document_reason.revoked</source>
        <extracomment>revoked</extracomment>
        <translation>revoked</translation>
    </message>
    <message>
        <source>term.document_reason.stolen</source>
        <extracomment>stolen</extracomment>
        <translation>stolen</translation>
    </message>
    <message>
        <source>term.field.birth date</source>
        <extracomment>birth date</extracomment>
        <translation>birth date</translation>
    </message>
    <message>
        <source>term.field.composite</source>
        <extracomment>composite</extracomment>
        <translation>composite</translation>
    </message>
    <message>
        <source>term.field.document number</source>
        <extracomment>document number</extracomment>
        <translation>document number</translation>
    </message>
    <message>
        <source>term.field.expiry date</source>
        <extracomment>expiry date</extracomment>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>term.field.issuing state</source>
        <extracomment>issuing state</extracomment>
        <translation>issuing state</translation>
    </message>
    <message>
        <source>term.field.nationality</source>
        <extracomment>nationality</extracomment>
        <translation>nationality</translation>
    </message>
    <message>
        <source>term.field.optional data</source>
        <extracomment>optional data</extracomment>
        <translation>optional data</translation>
    </message>
    <message>
        <source>term.reason.CHIP_FAILED</source>
        <extracomment>CHIP_FAILED</extracomment>
        <translation>chip check failed</translation>
    </message>
    <message>
        <source>term.reason.DOCUMENT_INVALID</source>
        <extracomment>DOCUMENT_INVALID</extracomment>
        <translation>document invalid</translation>
    </message>
    <message>
        <source>term.reason.EXIT_BAN</source>
        <extracomment>EXIT_BAN</extracomment>
        <translation>exit ban</translation>
    </message>
    <message>
        <source>term.reason.NO_VALID_PERMIT</source>
        <extracomment>NO_VALID_PERMIT</extracomment>
        <translation>no valid entry permit</translation>
    </message>
    <message>
        <source>term.reason.OFFICER_DISCRETION</source>
        <extracomment>OFFICER_DISCRETION</extracomment>
        <translation>officer's discretion</translation>
    </message>
    <message>
        <source>term.reason.WATCHLIST_HIT</source>
        <extracomment>WATCHLIST_HIT</extracomment>
        <translation>watchlist hit</translation>
    </message>
    <message>
        <source>term.role.installer</source>
        <extracomment>installer</extracomment>
        <translation>installer</translation>
    </message>
    <message>
        <source>term.role.officer</source>
        <extracomment>officer</extracomment>
        <translation>officer</translation>
    </message>
    <message>
        <source>term.role.supervisor</source>
        <extracomment>supervisor</extracomment>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>term.romanisation.Cantonese</source>
        <extracomment>Cantonese</extracomment>
        <translation>Cantonese</translation>
    </message>
    <message>
        <source>term.romanisation.Cantonese (HK)</source>
        <extracomment>Cantonese (HK)</extracomment>
        <translation>Cantonese (HK)</translation>
    </message>
    <message>
        <source>term.romanisation.Fuzhou</source>
        <extracomment>Fuzhou</extracomment>
        <translation>Fuzhou</translation>
    </message>
    <message>
        <source>term.romanisation.Gwoyeu Romatzyh</source>
        <extracomment>Gwoyeu Romatzyh</extracomment>
        <translation>Gwoyeu Romatzyh</translation>
    </message>
    <message>
        <source>term.romanisation.Hainanese</source>
        <extracomment>Hainanese</extracomment>
        <translation>Hainanese</translation>
    </message>
    <message>
        <source>term.romanisation.Hakka</source>
        <extracomment>Hakka</extracomment>
        <translation>Hakka</translation>
    </message>
    <message>
        <source>term.romanisation.Hanyu Pinyin</source>
        <extracomment>Hanyu Pinyin</extracomment>
        <translation>Hanyu Pinyin</translation>
    </message>
    <message>
        <source>term.romanisation.Hokkien</source>
        <extracomment>Hokkien</extracomment>
        <translation>Hokkien</translation>
    </message>
    <message>
        <source>term.romanisation.Korean passport spelling</source>
        <extracomment>Korean passport spelling</extracomment>
        <translation>Korean passport spelling</translation>
    </message>
    <message>
        <source>term.romanisation.MPS II</source>
        <extracomment>MPS II</extracomment>
        <translation>MPS II</translation>
    </message>
    <message>
        <source>term.romanisation.Macau</source>
        <extracomment>Macau</extracomment>
        <translation>Macau</translation>
    </message>
    <message>
        <source>term.romanisation.Mandarin</source>
        <extracomment>Mandarin</extracomment>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>term.romanisation.McCune-Reischauer</source>
        <extracomment>McCune-Reischauer</extracomment>
        <translation>McCune-Reischauer</translation>
    </message>
    <message>
        <source>term.romanisation.Revised Romanization</source>
        <extracomment>Revised Romanization</extracomment>
        <translation>Revised Romanization</translation>
    </message>
    <message>
        <source>term.romanisation.Taiwan customary</source>
        <extracomment>Taiwan customary</extracomment>
        <translation>Taiwan customary</translation>
    </message>
    <message>
        <source>term.romanisation.Teochew</source>
        <extracomment>Teochew</extracomment>
        <translation>Teochew</translation>
    </message>
    <message>
        <source>term.romanisation.Tongyong Pinyin</source>
        <extracomment>Tongyong Pinyin</extracomment>
        <translation>Tongyong Pinyin</translation>
    </message>
    <message>
        <source>term.romanisation.Wade-Giles</source>
        <extracomment>Wade-Giles</extracomment>
        <translation>Wade-Giles</translation>
    </message>
    <message>
        <source>term.severity.critical</source>
        <extracomment>critical</extracomment>
        <translation>critical</translation>
    </message>
    <message>
        <source>term.severity.high</source>
        <extracomment>high</extracomment>
        <translation>high</translation>
    </message>
    <message>
        <source>term.severity.low</source>
        <extracomment>low</extracomment>
        <translation>low</translation>
    </message>
    <message>
        <source>term.severity.medium</source>
        <extracomment>medium</extracomment>
        <translation>medium</translation>
    </message>
    <message>
        <source>traveller.bad_number</source>
        <extracomment>{option} {value!r}: up to 20 letters and digits</extracomment>
        <translation>{option} {value!r}: up to 20 letters and digits</translation>
    </message>
    <message>
        <source>traveller.bad_sex</source>
        <extracomment>{option} {value!r} is not M, F or X</extracomment>
        <translation>{option} {value!r} is not M, F or X</translation>
    </message>
    <message>
        <source>traveller.bad_state</source>
        <extracomment>{option} {value!r} is not an ICAO three-letter state code</extracomment>
        <translation>{option} {value!r} is not an ICAO three-letter state code</translation>
    </message>
    <message>
        <source>traveller.birth_future</source>
        <extracomment>{option} {value} is in the future</extracomment>
        <translation>{option} {value} is in the future</translation>
    </message>
    <message>
        <source>traveller.birth_needed</source>
        <extracomment>--birth-date is needed with --surname</extracomment>
        <translation>--birth-date is needed with --surname</translation>
    </message>
    <message>
        <source>traveller.birth_too_old</source>
        <extracomment>{option} {value} is more than {years} years ago</extracomment>
        <translation>{option} {value} is more than {years} years ago</translation>
    </message>
    <message>
        <source>traveller.empty</source>
        <extracomment>{option} is empty</extracomment>
        <translation>{option} is empty</translation>
    </message>
    <message>
        <source>traveller.expiry_before_birth</source>
        <extracomment>{option} {value} is before the birth date</extracomment>
        <translation>{option} {value} is before the birth date</translation>
    </message>
    <message>
        <source>traveller.expiry_not_date</source>
        <extracomment>{option} {value!r} is not a date (YYYY-MM-DD)</extracomment>
        <translation>{option} {value!r} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>traveller.expiry_too_far</source>
        <extracomment>{option} {value} is more than {years} years ahead</extracomment>
        <translation>{option} {value} is more than {years} years ahead</translation>
    </message>
    <message>
        <source>traveller.mrz_lines</source>
        <extracomment>--mrz takes the 2 or 3 lines of the machine readable zone</extracomment>
        <translation>--mrz takes the 2 or 3 lines of the machine readable zone</translation>
    </message>
    <message>
        <source>traveller.not_a_name</source>
        <extracomment>{option} {value!r} is not a name (letters, no control characters)</extracomment>
        <translation>{option} {value!r} is not a name (letters, no control characters)</translation>
    </message>
    <message>
        <source>traveller.not_a_real_date</source>
        <extracomment>{option} {value!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)</extracomment>
        <translation>{option} {value!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)</translation>
    </message>
    <message>
        <source>traveller.too_long</source>
        <extracomment>{option} is longer than {n} characters</extracomment>
        <translation>{option} is longer than {n} characters</translation>
    </message>
    <message>
        <source>traveller.unreadable</source>
        <extracomment>the MRZ could not be read: {errors}</extracomment>
        <translation>the MRZ could not be read: {errors}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>refer categories</source>
        <translation>refer categories</translation>
    </message>
    <message>
        <source>no admit without a supervisor</source>
        <translation>no admit without a supervisor</translation>
    </message>
    <message>
        <source>Stale-list policy (local changes only during an outage)</source>
        <translation>Stale-list policy (local changes only during an outage)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>foreign</translation>
    </message>
    <message>
        <source>partial hit</source>
        <translation>partial hit</translation>
    </message>
    <message>
        <source>any hit</source>
        <translation>any hit</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>reason (required)</source>
        <translation>reason (required)</translation>
    </message>
    <message>
        <source>Change on this workstation</source>
        <translation>Change on this workstation</translation>
    </message>
    <message>
        <source>Back to the central&apos;s policy</source>
        <translation>Back to the central&apos;s policy</translation>
    </message>
    <message>
        <source>The central&apos;s last policy update FAILED VERIFICATION (%1); the policy before it stays in force.</source>
        <translation>The central&apos;s last policy update FAILED VERIFICATION (%1); the policy before it stays in force.</translation>
    </message>
    <message>
        <source>local: %1, %2 (%3)</source>
        <translation>local: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>central (signed)</source>
        <translation>central (signed)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Nothing was changed on this workstation.</source>
        <translation>Nothing was changed on this workstation.</translation>
    </message>
    <message>
        <source>Policy changed on this workstation (audited).</source>
        <translation>Policy changed on this workstation (audited).</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
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
        <source>every traveller</source>
        <translation>every traveller</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>foreign national</translation>
    </message>
    <message>
        <source>partial hit</source>
        <translation>partial hit</translation>
    </message>
    <message>
        <source>any hit</source>
        <translation>any hit</translation>
    </message>
    <message>
        <source>%1 list is %2 old (limit %3)</source>
        <translation>%1 list is %2 old (limit %3)</translation>
    </message>
    <message>
        <source>%1 list: its last update FAILED VERIFICATION</source>
        <translation>%1 list: its last update FAILED VERIFICATION</translation>
    </message>
    <message>
        <source>%1 list: not on this workstation</source>
        <translation>%1 list: not on this workstation</translation>
    </message>
    <message>
        <source>%1 list: the central&apos;s confirmation has expired</source>
        <translation>%1 list: the central&apos;s confirmation has expired</translation>
    </message>
    <message>
        <source>%1 list: never confirmed by the central</source>
        <translation>%1 list: never confirmed by the central</translation>
    </message>
    <message>
        <source>no admit without a supervisor</source>
        <translation>no admit without a supervisor</translation>
    </message>
    <message>
        <source>refer to a second-line check (%1)</source>
        <translation>refer to a second-line check (%1)</translation>
    </message>
    <message>
        <source>refer only: %1</source>
        <translation>refer only: %1</translation>
    </message>
    <message>
        <source>STALE-LIST POLICY: refer this traveller; admit needs a supervisor.</source>
        <translation>STALE-LIST POLICY: refer this traveller; admit needs a supervisor.</translation>
    </message>
    <message>
        <source>Stale-list policy: the officer is warned.</source>
        <translation>Stale-list policy: the officer is warned.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Search: name, document number or officer</source>
        <translation>Search: name, document number or officer</translation>
    </message>
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
        <source>Reason</source>
        <translation>Reason</translation>
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
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
    <message>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Emergency mode declared by %1: %2</source>
        <translation>Emergency mode declared by %1: %2</translation>
    </message>
    <message>
        <source>Emergency mode ended by %1</source>
        <translation>Emergency mode ended by %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Emergency report</source>
        <translation>Emergency report</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Records by hour (%1)</source>
        <translation>Records by hour (%1)</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>By direction</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Hits by list and severity</source>
        <translation>Hits by list and severity</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Records with hits</source>
        <translation>Records with hits</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Supervisor overrides</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Not yet replayed to the central</source>
        <translation>Not yet replayed to the central</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>refused by the central (parked)</source>
        <translation>refused by the central (parked)</translation>
    </message>
    <message>
        <source>Recorded offline</source>
        <translation>Recorded offline</translation>
    </message>
    <message>
        <source>Recorded in emergency mode</source>
        <translation>Recorded in emergency mode</translation>
    </message>
    <message>
        <source>Records made with stale lists</source>
        <translation>Records made with stale lists</translation>
    </message>
    <message>
        <source>Replica versions and ages used</source>
        <translation>Replica versions and ages used</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Oldest at use</source>
        <translation>Oldest at use</translation>
    </message>
    <message>
        <source>Emergency periods</source>
        <translation>Emergency periods</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>still active</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Emergency mode records only</source>
        <translation>Emergency mode records only</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Choose the period and show the report.</source>
        <translation>Choose the period and show the report.</translation>
    </message>
    <message>
        <source>Records: %1 (%2)</source>
        <translation>Records: %1 (%2)</translation>
    </message>
    <message>
        <source>Entry %1, exit %2</source>
        <translation>Entry %1, exit %2</translation>
    </message>
    <message>
        <source>Hits: %1</source>
        <translation>Hits: %1</translation>
    </message>
    <message>
        <source>Overrides: %1 %2</source>
        <translation>Overrides: %1 %2</translation>
    </message>
    <message>
        <source>Not yet replayed: %1 waiting, %2 parked</source>
        <translation>Not yet replayed: %1 waiting, %2 parked</translation>
    </message>
    <message>
        <source>Replica used: %1</source>
        <translation>Replica used: %1</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Export report as CSV</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Wrote %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
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
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Exchange with the central system now (records out, lists and alerts in)</source>
        <translation>Exchange with the central system now (records out, lists and alerts in)</translation>
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
        <source>never in contact</source>
        <translation>never in contact</translation>
    </message>
    <message>
        <source>last contact %1 ago</source>
        <translation>last contact %1 ago</translation>
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
        <source>Sending records</source>
        <translation>Sending records</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Receiving %1</translation>
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
        <source>machine</source>
        <translation>machine</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The workstation&apos;s store is damaged, incomplete or an older copy: call a supervisor. Nothing is sent to the central until it is restored.</source>
        <translation>The workstation&apos;s store is damaged, incomplete or an older copy: call a supervisor. Nothing is sent to the central until it is restored.</translation>
    </message>
</context>
<context>
    <name>SupervisorAuthDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>A supervisor clears the hit and takes responsibility for admitting this traveller. The override is recorded with the supervisor&apos;s name.</source>
        <translation>A supervisor clears the hit and takes responsibility for admitting this traveller. The override is recorded with the supervisor&apos;s name.</translation>
    </message>
    <message>
        <source>why the hit is cleared</source>
        <translation>why the hit is cleared</translation>
    </message>
    <message>
        <source>optional, for the record</source>
        <translation>optional, for the record</translation>
    </message>
    <message>
        <source>Supervisor ID</source>
        <translation>Supervisor ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s ID and password.</source>
        <translation>Enter the supervisor&apos;s ID and password.</translation>
    </message>
    <message>
        <source>Clearing an arrest or a denial needs a note for the record: write why.</source>
        <translation>Clearing an arrest or a denial needs a note for the record: write why.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Emergency mode</source>
        <translation>Emergency mode</translation>
    </message>
    <message>
        <source>reason (goes into the record)</source>
        <translation>reason (goes into the record)</translation>
    </message>
    <message>
        <source>Declare emergency</source>
        <translation>Declare emergency</translation>
    </message>
    <message>
        <source>End emergency</source>
        <translation>End emergency</translation>
    </message>
    <message>
        <source>Post-hoc alerts from the central system</source>
        <translation>Post-hoc alerts from the central system</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Local record</source>
        <translation>Local record</translation>
    </message>
    <message>
        <source>List: entry</source>
        <translation>List: entry</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Acknowledge selected alert</source>
        <translation>Acknowledge selected alert</translation>
    </message>
    <message>
        <source>Records the central system refused</source>
        <translation>Records the central system refused</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Send selected record again</source>
        <translation>Send selected record again</translation>
    </message>
    <message>
        <source>Locked-out officers</source>
        <translation>Locked-out officers</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Unlock selected officer</source>
        <translation>Unlock selected officer</translation>
    </message>
    <message>
        <source>EMERGENCY MODE since %1, declared by %2: %3</source>
        <translation>EMERGENCY MODE since %1, declared by %2: %3</translation>
    </message>
    <message>
        <source>Normal mode. Declare emergency mode when the central system is down.</source>
        <translation>Normal mode. Declare emergency mode when the central system is down.</translation>
    </message>
    <message>
        <source>not in this workstation&apos;s journal</source>
        <translation>not in this workstation&apos;s journal</translation>
    </message>
    <message>
        <source>No. %1, %2: %3</source>
        <translation>No. %1, %2: %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>not acknowledged</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say why: the reason goes into every record.</source>
        <translation>Say why: the reason goes into every record.</translation>
    </message>
    <message>
        <source>Emergency mode declared.</source>
        <translation>Emergency mode declared.</translation>
    </message>
    <message>
        <source>Emergency mode ended.</source>
        <translation>Emergency mode ended.</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alert acknowledged.</translation>
    </message>
    <message>
        <source>The record goes out with the next sync.</source>
        <translation>The record goes out with the next sync.</translation>
    </message>
    <message>
        <source>Officer unlocked.</source>
        <translation>Officer unlocked.</translation>
    </message>
</context>
<context>
    <name>TypeCellsDialog</name>
    <message>
        <source>Type the unclear MRZ characters</source>
        <translation>Type the unclear MRZ characters</translation>
    </message>
    <message>
        <source>The photo&apos;s MRZ could not be read with certainty at the marked places. Read each marked character off the document and type it; the rest of the MRZ is read from the photo and checked again.</source>
        <translation>The photo&apos;s MRZ could not be read with certainty at the marked places. Read each marked character off the document and type it; the rest of the MRZ is read from the photo and checked again.</translation>
    </message>
    <message>
        <source>Read again with what you typed, the photo still leaves the marked characters unclear, or does not show what was typed there. Check the line and the column on the document and type them.</source>
        <translation>Read again with what you typed, the photo still leaves the marked characters unclear, or does not show what was typed there. Check the line and the column on the document and type them.</translation>
    </message>
    <message>
        <source>Line %1, character %2</source>
        <translation>Line %1, character %2</translation>
    </message>
</context>
</TS>
