"""MRZ benchmark: OCR accuracy and speed on real images and on held-out generated
photographs, and `mrz parse` throughput.

Real: ../shared/ext-mrz (77 photos, scans, thumbnails and renders of specimen
documents from public MRZ projects; truth and expected verdict in images.tsv), per
image and per class. It was the development set of the OCR's decisions.
Synthetic, development (seen): tests/documents/synth.py seeds HELD_OUT and
bench/mrz_variant.py seeds VARIANT, the previous stop's held-out sets, scored once
there and development data since. Synthetic, held out: bench/mrz_heldout.py (other
fonts, kerning, laminate, micro-text, phone noise, 150-300 dpi), written before the
look-alike classifier and scored once, at the end (seeds HELDOUT3). Synthetic, held
out for generalisation: bench/mrz_heldout4.py (booklets, visa stickers, cards; engraved
and inkjet print, a non-OCR-B face; keystone, barrel distortion, screen moiré; 120-400
dpi; one document in nine printed with a wrong check digit, where "invalid as printed"
is the right reading), seeds HELDOUT4, run only when asked: `MRZ_SETS=heldout4`.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout5.py (a
generator nobody developing the OCR has run: full-page readers in white and IR light,
counter webcams, phone photos, LCD screen photos, re-typeset specimens in other
monospace faces; TD3-heavy airport mix; one document in ten printed invalid), seeds
HELDOUT5, run only when asked: `MRZ_SETS=heldout5`.
Synthetic, held out and scored ONCE by the lead at the end of issue 10: bench/mrz_heldout6.py
(written by someone who never ran the OCR on its images: full-page readers in white,
infrared and blue-violet light with a laminate sheen or hologram across the MRZ, desk
document cameras with defocus and JPEG 40-70, phone photos over a dark counter turned up
to 20 degrees, scanned photocopies; a Taiwan counter's mix of states), seeds HELDOUT6, run
only when asked: `MRZ_SETS=heldout6`; it writes its own bench/results/mrz_heldout6.md.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout7.py (a
seventh generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 passports 65 % from the states a
Taiwan airport sees, TD1 cards 20 % with Taiwan resident-certificate-like cards, TD2 and
MRV-A/B visas 15 %; names of several origins truncated as ICAO 9303 allows; one document
in ten printed with a wrong check digit; OCR-B Regular or Sharp, one in ten in Liberation
Mono, FreeMono Bold, Go Mono, Inconsolata or Anonymous Pro, each glyph with kerning jitter
on a wobbling baseline, ink spread or starved; guilloche behind the MRZ, stamps and a
thumb near it, glare; full-page readers with uneven light, phone photos turned up to 25
degrees with keystone, motion blur, noise and JPEG 50-85, flatbed scans at 150-300 dpi
with paper grain, counter webcams with capitals 10-16 px and JPEG 35-65), seeds
HELDOUT7, run only when asked: `MRZ_SETS=heldout7`; it writes its own
bench/results/mrz_heldout7.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout8.py (an
eighth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: a Taiwan counter's TD3 passports 72 %
(no CHN), Taiwan resident certificates and other TD1 cards 14 %, crew certificates in
TD2, MRV-A/B visas; one document in seven printed with a wrong check digit; OCR-B, one
in twelve in JetBrains Mono or Noto Sans Mono; laser, engraved or misregistered inkjet
print over line screens whose plates are out of register; full-page readers in white
light with a retroreflective laminate and scratches or in infrared, document cameras at
15-35 degrees with vignetting and a partial shadow across the MRZ, phone photos of open
booklets curled near the spine and bowed with JPEG 22-60, webcams with capitals 11-16 px,
phone photos of a monitor showing a scan (moire)), seeds HELDOUT8, run only when asked:
`MRZ_SETS=heldout8`; it writes its own bench/results/mrz_heldout8.md and refuses to run
once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout9.py (a
ninth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 58 %, TD1 18 %, TD2 8 %, MRV-A/B
16 % from about forty issuing states, names of many origins cut as ICAO 9303 allows,
numbers and personal data mixing letters and digits; one document in ten printed with a
wrong check digit and one picture in thirty a page without an MRZ (reading "no
MRZ" there is exact); OCR-B laser, inkjet, engraved, dot-matrix, thermal or worn, one in
ten in Hack, Cousine, mononoki or B612 Mono; full-page readers in white or infrared
light with laminate glare and holograms, 150-300 dpi scans, phone photos tilted and
turned up to 25 degrees with blur and low-light noise, webcams with capitals 10-16 px,
thumbnails with capitals 7-12 px), seeds HELDOUT9, run only when asked:
`MRZ_SETS=heldout9`; it writes its own bench/results/mrz_heldout9.md and refuses to run
once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout10.py (a
tenth generator, written by someone who never ran the OCR on its images nor read its
code, sharing no rendering code with the others: TD3 55 %, TD1 20 %, TD2 9 %, MRV-A/B
16 % from about forty-five issuing states, names of many origins shortened as ICAO 9303
allows, numbers and personal data mixing letters and digits; one document in ten printed
with a wrong check digit, one picture in thirty a page without an MRZ; OCR-B laser,
inkjet, engraved, dot-matrix, thermal or worn in eight documents in ten, OCR-B with a few
look-alike glyphs or one line from another face in one in ten, and one in ten wholly in
League Mono, Hermit, Agave, Fantasque Sans Mono, Monoid or IBM 3270; full-page readers in
white or infrared light with glare and holograms, 150-300 dpi scans, phone photos tilted
and turned up to 25 degrees, webcams, thumbnails with capitals 7-12 px), seeds HELDOUT10,
run only when asked: `MRZ_SETS=heldout10`; it writes its own
bench/results/mrz_heldout10.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout11.py (an
eleventh generator, written by someone who never ran the OCR nor read its code: a Taiwan
counter's mix, TD3 64 %, TD1 16 %, TD2 5 %, visas 15 %, about fifty issuing states; one
in ten printed with a wrong check digit, one picture in thirty without an MRZ; OCR-B set
at 8.6-10.2 pt for the 2.54 mm pitch, laser, inkjet, dot matrix, thermal, engraved or
worn, in eight documents in ten; OCR-B with look-alike glyphs or one line from another
face in one in ten, and one in ten wholly in monofur, Oxygen Mono, CMU Typewriter Text,
Spleen or Terminus; document readers 45 %, scans 20 %, phones 17 %, webcams 10 %,
thumbnails 8 %), seeds HELDOUT11, run only when asked: `MRZ_SETS=heldout11`; it writes
bench/results/mrz_heldout11.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout12.py (a
twelfth generator, by someone who never ran the OCR nor read its code: a Taiwan counter's
mix, TD3 62 %, TD1 18 %, TD2 5 %, visas 15 %, Taiwan's passports leading; one in ten
printed invalid (a wrong check digit, or digits in a letters field); OCR-B at 8.8-10.2 pt
laser, inkjet, thermal, engraved or worn in eight documents in ten, OCR-B with look-alike
glyphs or one line from another face in one in ten, one in ten wholly in OCR-A, Latin
Modern Mono, Tlwg Typo/Mono or M+ 1 Code; readers 46 %, scans 24 %, phones 14 %, webcams
8 %, thumbnails 8 %), seeds HELDOUT12, run only when asked: `MRZ_SETS=heldout12`; it
writes bench/results/mrz_heldout12.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout13.py (a
thirteenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix, TD3 64 %, TD1 16 %, TD2 5 %, visas 15 %, Taiwan's documents leading; one in
ten printed invalid; OCR-B at 8.9-10.3 pt, laser, inkjet, thermal, engraved or worn ribbon
in eight documents in ten, OCR-B with look-alike glyphs or one line from another face in
one in ten, one in ten wholly in NanumGothicCoding, IPAGothic, VL Gothic, PT Mono, Ricty
Diminished, OpenDyslexic Mono or Proggy; readers 48 %, scans 25 %, phones 13 %, webcams
7 %, thumbnails 7 %), seeds HELDOUT13, run only when asked: `MRZ_SETS=heldout13`; it
writes bench/results/mrz_heldout13.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout14.py (a
fourteenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix, TD3 63 %, TD1 17 % (card backs), TD2 5 %, visa foils 15 %; about one in ten
printed invalid; OCR-B by laser, inkjet, engraving, thermal or worn ribbon in about eight
documents in ten, OCR-B with look-alike glyphs or one line from another face in one in ten,
one in ten wholly in D2Coding, GNU Typewriter, DotGothic16 or Unifont; readers 46 % with
holograms and glare, scans 24 % with booklet curvature, phones 15 % up to 25 degrees and
monitor moire, webcams 8 % with video coding, thumbnails 7 %), seeds HELDOUT14, run only
when asked: `MRZ_SETS=heldout14`; it writes bench/results/mrz_heldout14.md and refuses to
run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout15.py (a
fifteenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 63 %, TD1 16.5 %, TD2 5 %, visa foils 15 %,
one in ten printed invalid, one in twenty-five pages without an MRZ; OCR-B in eight MRZs
in ten, look-alike glyphs or one line from another face in one in ten, one in ten wholly
in Nimbus Mono PS (a Courier), Glass TTY VT220 (scan-lined, as a dot-matrix printer) or
Inter set at the fixed pitch; laser, inkjet, engraving, thermal or ribbon; readers with
holograms, glare and infrared, scans with booklet curvature, phones up to 25 degrees and
photos of monitors, webcams with video coding, thumbnails of 7-12 px capitals), seeds
HELDOUT15, run only when asked: `MRZ_SETS=heldout15`; it writes
bench/results/mrz_heldout15.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout16.py (a
sixteenth generator, by someone who never ran the OCR nor read its code: a Taiwan counter's
mix dealt exactly per 200 seeds, TD3 62 %, TD1 16 %, TD2 5 %, visa foils 13 %, pages
without an MRZ 4 %, one MRZ in ten printed invalid; OCR-B in eight MRZs in ten, look-alike
glyphs or one line from a new face in one in ten, one in ten wholly in BIZ UDGothic
(regular or bold), UnTaza (a Korean typewriter face, by ribbon) or WenQuanYi Zen Hei Mono;
laser, inkjet, engraving, thermal or ribbon; readers 44 % with holograms, glare and
infrared, scans 24 % with booklet curvature, phones 17 % up to 25 degrees and photos of
monitors, webcams 8 % with video coding, thumbnails 7 % of 8-12 px capitals), seeds
HELDOUT16, run only when asked: `MRZ_SETS=heldout16`; it writes
bench/results/mrz_heldout16.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout17.py (a
seventeenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122 (Taiwan 50), TD1 34, TD2 10, visa foils
26, pages without an MRZ 8, one MRZ in ten printed invalid (a wrong check digit, or a digit
where only letters may stand); OCR-B in 154 MRZs, look-alike glyphs or one line from a new
face in 19, 19 wholly in Tlwg Typewriter (by ribbon), AR PL UMing TW, Roboto Condensed or
Comic Neue set on the pitch; laser, inkjet, engraving, thermal or ribbon; readers with
holographic laminate, glare and infrared, scans with booklet curvature near the spine,
phones up to 25 degrees and photos of monitors, webcams with video coding, thumbnails of
8-12 px capitals), seeds HELDOUT17, run only when asked: `MRZ_SETS=heldout17`; it writes
bench/results/mrz_heldout17.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout18.py (an
eighteenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10, visa foils 26, pages
without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 164 MRZs, printed as
printers put it on the page: 300 dpi laser with toner dropout, 600 dpi laser, dot-grid
inkjet, thermal visa printers with banding and dead elements, laser engraving on
polycarbonate, with pitch, stroke weight and baseline drift; look-alike glyphs or one line
from a new face in 14, 14 wholly in Linux Libertine Mono, WenQuanYi Micro Hei Mono or
Andika; readers, scans, phones up to 25 degrees and monitor photos, webcams, thumbnails of
7-12 px capitals), seeds HELDOUT18, run only when asked: `MRZ_SETS=heldout18`; it writes
bench/results/mrz_heldout18.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout19.py (a
nineteenth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122 (Taiwan 44), TD1 34 (Taiwan resident
certificates most), TD2 10, visa foils 26, pages without an MRZ 8, one MRZ in ten printed
invalid; OCR-B wholly in 164 MRZs, drawn on the printer's grid and put on the page by 300
dpi laser with toner dropout, 600 dpi laser, thermal visa heads with banding and dead
elements, dot-grid inkjet and laser engraving, with pitch, stroke weight and baseline
drift, over rainbow tint, guilloche and microprint; full-page readers' infrared and
white-light pictures, scans with booklet curvature, phones to 25 degrees and monitor
photos, webcams with video coding, thumbnails of 7-12 px capitals; look-alike glyphs or one
line from a new face in 14, 14 wholly in TeX Gyre Cursor Bold, MigMix 1M or osifont),
seeds HELDOUT19, run only when asked: `MRZ_SETS=heldout19`; it writes
bench/results/mrz_heldout19.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout20.py (a
twentieth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122 (Taiwan 42), TD1 34 (Taiwan resident
certificates most), TD2 10, visa foils 26, pages without an MRZ 8, one MRZ in ten printed
invalid; OCR-B wholly in 158 MRZs printed laser, engraved, inkjet and thermal, some off
their place, unevenly spaced or with one line darker, on faded old booklets; kiosk and
e-gate readers with their own LEDs and 8-bit grey, scans, phones with sharpening halos,
double compression and a shallow depth of field, webcams, thumbnails; thumbs on the page
and plastic sleeves; look-alike glyphs or one line from a new face in 17, 17 wholly in
GWMonospace Bold, TW-Sung (CNS 11643) or Compagnon), seeds HELDOUT20, run only when asked:
`MRZ_SETS=heldout20`; it writes bench/results/mrz_heldout20.md and refuses to run once that
file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout21.py (a
twenty-first generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122 (Taiwan 41), TD1 34 (Taiwan resident
certificates 16), TD2 10, visa foils 26, pages without an MRZ 8, one MRZ in ten printed
invalid; OCR-B wholly in 158 MRZs printed laser, inkjet, engraved, by 24-pin dot-matrix or
a worn ribbon, toner smeared along a line; readers' glass with dust and scratches, visa
foils' diffractive laminate, scans with the next page's MRZ showing through and web
uploads shrunk and blown up, phones under fluorescent flicker and mixed light with bowed
pages, motion blur and clipped whites, webcams and document cameras at JPEG quality 50-70,
thumbnails; look-alike glyphs or one line from a new face in 17, 17 wholly in LXGW WenKai
Mono, kiloji or Routed Gothic), seeds HELDOUT21, run only when asked: `MRZ_SETS=heldout21`;
it writes bench/results/mrz_heldout21.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout22.py (a
twenty-second generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122 (Taiwan 44), TD1 34 (Taiwan resident
certificates 15), TD2 10, visa foils 26, pages without an MRZ 8, one MRZ in ten printed
invalid; OCR-B wholly in 158 MRZs printed laser, inkjet or engraved; phones with HDR halos,
their own shadow over the zone, a laminate's glare stripe, bubbled overlays and crumpled
pages; kiosks with the booklet held in a hand and the far end out of focus; overhead
cameras with strong keystone; ultraviolet and infrared captures; fax-like 1-bit scans; the
document re-displayed on an LCD or e-ink screen and photographed; look-alike glyphs or one
line from a new face in 17, 17 wholly in TakaoGothic, C-64 or cwTeX FangSong), seeds
HELDOUT22, run only when asked: `MRZ_SETS=heldout22`; it writes
bench/results/mrz_heldout22.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout23.py (a
twenty-third generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10, visa foils 26, pages
without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158 MRZs printed laser,
inkjet or engraved; pages photographed through the counter's glass (reflections, a
smudge), handheld phones with rolling-shutter skew, motion blur and the booklet's gutter
bending the zone, second-generation photocopies, document scanners with dust and a hair
and the next page showing through, messaging apps' double re-compression, PDF rasters at
96-150 dpi printed and photographed, tungsten or fluorescent light with sensor noise and
a sleeve's sheen; look-alike glyphs or one line from a new face in 17, 17 wholly in
IPAMincho, Konatu Tohaba or Jura), seeds HELDOUT23, run only when asked:
`MRZ_SETS=heldout23`; it writes bench/results/mrz_heldout23.md and refuses to run once
that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout24.py (a
twenty-fourth generator, by someone who never ran the OCR nor read its code: a Taiwan
counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10, visa foils 26, pages
without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158 MRZs printed laser,
banded inkjet, engraved on polycarbonate or faded thermal; cards and booklets held between
fingers, wide-angle close-ups with barrel distortion and one end of the zone soft,
holographic overlays, creases and scratches, noise reduction and over-sharpening, humidity
cockle, blue or magenta casts with a hard shadow edge; look-alike glyphs or one line from a
new face in 17, 17 wholly in Ume Mincho, Motoya L Cedar or Baekmuk Headline), seeds
HELDOUT24, run only when asked: `MRZ_SETS=heldout24`; it writes
bench/results/mrz_heldout24.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout25.py (a
twenty-fifth generator, by someone who never ran the OCR nor read its code: the same
counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10, visa foils 26, pages
without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158 MRZs; phone photos
on a desk with a paper clip or a sticky note and their shadows beside the zone, dog-eared
corners, low sun through blinds, a dried coffee ring over the zone, a camera without an
optical low-pass filter (Bayer mosaic, zipper edges), a phone's scanner app flattening and
"enhancing"; look-alike glyphs or one line from a new face in 17, 17 wholly in Klee One,
Sawarabi Gothic or Clear Sans), seeds HELDOUT25, run only when asked:
`MRZ_SETS=heldout25`; it writes bench/results/mrz_heldout25.md and refuses to run once
that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout26.py (a
twenty-sixth generator, by someone who never ran the OCR nor read its code, its rendering
written fresh rather than adapted from the earlier generators: the same counter's mix
dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10, visa foils 26, pages without an MRZ
8, one MRZ in ten printed invalid; OCR-B wholly in 158 MRZs; flatbed scans with the lid
open, phones held 30-40 degrees off the page, lateral chromatic aberration, a night mode's
misregistered second frame, interlaced analogue frames, an LED flash in a dim room;
look-alike glyphs or one line from a new face in 17, 17 wholly in Setofont, Tuffy or
Comfortaa), seeds HELDOUT26, run only when asked: `MRZ_SETS=heldout26`; it writes
bench/results/mrz_heldout26.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout27.py (a
twenty-seventh generator, by someone who never ran the OCR nor read its code, its rendering
written fresh: the same counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10,
visa foils 26, pages without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158
MRZs; a desk lamp's raking light, a window's flare and lens ghosts, a phone's digital zoom,
720p video frames of the document slid into place, a greasy lens; look-alike glyphs or one
line from a new face in 17, 17 wholly in ADF Verana, Cantarell or Bandal), seeds
HELDOUT27, run only when asked: `MRZ_SETS=heldout27`; it writes
bench/results/mrz_heldout27.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout28.py (a
twenty-eighth generator, by someone who never ran the OCR nor read its code, its rendering
written fresh: the same counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10,
visa foils 26, pages without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158
MRZs; an old booklet's aged paper, a phone focused on the portrait (a disc-shaped
defocus at the zone), an officer's highlighter over one field, a clear vinyl holder, the
shadow of the officer's hand and phone across the zone; look-alike glyphs or one line from
a new face in 17, 17 wholly in three faces used nowhere else), seeds HELDOUT28, run only
when asked: `MRZ_SETS=heldout28`; it writes bench/results/mrz_heldout28.md and refuses to
run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout29.py (a
twenty-ninth generator, by someone who never ran the OCR nor read its code, its rendering
written fresh: the same counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10,
visa foils 26, pages without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158
MRZs; a retroreflective laminate's emblem over the whole document, rain drops on the
zone, a phone's cracked cover glass, pale guilloche printed under the page, a photo
forwarded by a messaging app and screenshotted with the app's bars; look-alike glyphs or
one line from a new face in 17, 17 wholly in three faces used nowhere else), seeds
HELDOUT29, run only when asked: `MRZ_SETS=heldout29`; it writes
bench/results/mrz_heldout29.md and refuses to run once that file exists.
Synthetic, held out and scored ONCE at the end of issue 10: bench/mrz_heldout30.py (a
thirtieth generator, by someone who never ran the OCR nor read its code, its rendering
written fresh: the same counter's mix dealt exactly per 200 seeds, TD3 122, TD1 34, TD2 10,
visa foils 26, pages without an MRZ 8, one MRZ in ten printed invalid; OCR-B wholly in 158
MRZs; 50 Hz fluorescent flicker caught by a rolling shutter, a worn laminate's scratches
and scuffs, a short hand-shake, a page curling up about a vertical axis photographed
flat-on, a fingerprint of skin oil over the zone; look-alike glyphs or one line from a
new face in 17, 17 wholly in three faces used nowhere else), seeds HELDOUT30, run only
when asked: `MRZ_SETS=heldout30`; it writes bench/results/mrz_heldout30.md and refuses to
run once that file exists.
`MRZ_SETS=real,dev,heldout` (the default) chooses which run; SETS below is the table of
generated sets (a new held-out generator is one more row). A set with its own scored-once
result file refuses to run once that file exists (scored twice, it is no longer held
out); `MRZ_SEEN=1` runs any such set that was scored as the seen set it now is, leaving
its result file alone, and refuses one never scored. bench/mrz_seen.py lists every
refusal of a seen set with its rule (no results file).
Figures: exact reads, wrong readings reported valid (must be 0),
refusals, readings failing a check, images where no MRZ was found, and milliseconds
per image (decode included) on ONE core (pinned, OpenCV/BLAS threads set to one).
"""

from __future__ import annotations

import os

# Before numpy/OpenCV load their thread pools (when this module is imported first).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import collections  # noqa: E402
import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import importlib  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402

# First seeds of the held-out images. Tuning used seeds below 10 000; 500 000+ was
# the previous held-out set, measured five times while the OCR changed: retired.
HELD_OUT = 700_000  # scored once in the previous stop: development data now
VARIANT = 800_000  # likewise
HELDOUT3 = 900_000  # bench/mrz_heldout.py: the held-out set of this stop
HELDOUT4 = 1_300_000  # bench/mrz_heldout4.py: generalisation, scored once
HELDOUT5 = 1_500_000  # bench/mrz_heldout5.py: issue 10's held-out set, scored once at the end
HELDOUT6 = 1_600_000  # bench/mrz_heldout6.py: issue 10's last held-out set, scored once
HELDOUT7 = 1_700_000  # bench/mrz_heldout7.py: a seventh generator, scored once
HELDOUT8 = 1_800_000  # bench/mrz_heldout8.py: an eighth generator, scored once
HELDOUT9 = 1_900_000  # bench/mrz_heldout9.py: a ninth generator, scored once
HELDOUT10 = 2_100_000  # bench/mrz_heldout10.py: a tenth generator, scored once
HELDOUT11 = 2_200_000  # bench/mrz_heldout11.py: an eleventh generator, scored once
HELDOUT12 = 2_300_000  # bench/mrz_heldout12.py: a twelfth generator, scored once
HELDOUT13 = 2_400_000  # bench/mrz_heldout13.py: a thirteenth generator, scored once
HELDOUT14 = 2_500_000  # bench/mrz_heldout14.py: a fourteenth generator, scored once
HELDOUT15 = 2_600_000  # bench/mrz_heldout15.py: a fifteenth generator, scored once
HELDOUT16 = 2_700_000  # bench/mrz_heldout16.py: a sixteenth generator, scored once
HELDOUT17 = 2_800_000  # bench/mrz_heldout17.py: a seventeenth generator, scored once
HELDOUT18 = 2_900_000  # bench/mrz_heldout18.py: an eighteenth generator, scored once
HELDOUT19 = 3_000_000  # bench/mrz_heldout19.py: a nineteenth generator, scored once
HELDOUT20 = 3_100_000  # bench/mrz_heldout20.py: a twentieth generator, scored once
HELDOUT21 = 3_200_000  # bench/mrz_heldout21.py: a twenty-first generator, scored once
HELDOUT22 = 3_300_000  # bench/mrz_heldout22.py: a twenty-second generator, scored once
HELDOUT23 = 3_400_000  # bench/mrz_heldout23.py: a twenty-third generator, scored once
HELDOUT24 = 3_500_000  # bench/mrz_heldout24.py: a twenty-fourth generator, scored once
HELDOUT25 = 3_600_000  # bench/mrz_heldout25.py: a twenty-fifth generator, scored once
HELDOUT26 = 3_700_000  # bench/mrz_heldout26.py: a twenty-sixth generator, scored once
HELDOUT27 = 3_800_000  # bench/mrz_heldout27.py: a twenty-seventh generator, scored once
HELDOUT28 = 3_900_000  # bench/mrz_heldout28.py: a twenty-eighth generator, scored once
HELDOUT29 = 4_000_000  # bench/mrz_heldout29.py: a twenty-ninth generator, scored once
HELDOUT30 = 4_100_000  # bench/mrz_heldout30.py: a thirtieth generator, scored once
QUICK_SEED = 990_000  # quick runs (does the bench run?) use seeds outside both sets
IMAGES = 200
QUICK_IMAGES = 6
# The team's shared data beside the checkout, or where SHARED_DIR says.
EXT_MRZ = Path(os.environ.get("SHARED_DIR") or ROOT.parent / "shared") / "ext-mrz"
TODAY = dt.date(2026, 11, 27)  # fixed, so that the generated documents do not drift
RESULTS_DIR = ROOT / "bench" / "results"


@dataclass(frozen=True)
class MrzSet:
    """One generated set: which generator, which seeds, and how its figures are reported."""

    name: str  # as chosen in MRZ_SETS ("dev" names both development generators)
    generator: str  # "module:callable", called as (seed, today=...) -> a sample
    first: int  # first seed of a full run
    label: str  # its row in the table
    reading: str = ""  # progress line; {n}: the images of every chosen set of this name
    quick_first: int | None = None  # first seed of a quick run
    development: bool = False  # MRZ_DEV_IMAGES, run in quick mode, one measure together
    measure: str = ""  # its "exact MRZ" measure row (none if empty)
    target: str = ""  # that row's target
    median: bool = False  # and a "median ms per image" measure row
    note: str = ""  # its description line under the table; {first}, {last}: its seeds
    title: str = ""  # ordinal of a scored-once set ("sixth held-out generator")
    results: Path | None = None  # scored once: its own result file, written once

    @property
    def stem(self) -> str:
        return self.generator.split(":")[0].rsplit(".", 1)[-1]

    def row_label(self, seen: bool) -> str:
        return f"{self.stem}.py (seen: scored once before)" if seen and self.results else self.label

    def sample(self, seed: int) -> Any:
        module, name = self.generator.split(":")
        return getattr(importlib.import_module(module), name)(seed, today=TODAY)


def _scored_once(n: int, title: str, first: int) -> MrzSet:
    """The n-th held-out generator, bench/mrz_heldout<n>.py, scored once into its own file."""
    stem = f"mrz_heldout{n}"
    return MrzSet(
        f"heldout{n}",
        f"bench.{stem}:sample",
        first,
        f"{stem}.py (held out, scored once)",
        f"reading {{n}} photographs of {stem} (scored once) ...",
        measure=f"exact MRZ on the held-out set scored once ({stem})",
        target=">= 98%",
        median=True,
        title=title,
        results=RESULTS_DIR / f"{stem}.md",
    )


# Every generated set, in the order of the table's rows. A new held-out generator is one
# more _scored_once row.
SETS: tuple[MrzSet, ...] = (
    MrzSet(
        "dev",
        "tests.documents.synth:sample",
        HELD_OUT,
        "synth.py (seen)",
        "reading {n} development generated photographs ...",
        quick_first=QUICK_SEED,
        development=True,
    ),
    MrzSet(
        "dev",
        "bench.mrz_variant:sample",
        VARIANT,
        "mrz_variant.py (seen)",
        quick_first=QUICK_SEED + 1000,
        development=True,
    ),
    MrzSet(
        "heldout",
        "bench.mrz_heldout:sample",
        HELDOUT3,
        "mrz_heldout.py (held out)",
        "reading {n} held-out generated photographs ...",
        quick_first=QUICK_SEED + 2000,  # named in the quick report's header, never run quick
        measure="exact MRZ on the held-out set",
        target=">= 98%",
    ),
    MrzSet(
        "heldout4",
        "bench.mrz_heldout4:sample",
        HELDOUT4,
        "mrz_heldout4.py (held out)",
        "reading {n} generalisation held-out photographs ...",
        measure="exact MRZ on the generalisation set",
        note="Generalisation, held out, scored once: seeds {first}-{last} of "
        "bench/mrz_heldout4.py (exact: the printed lines with ICAO 9303's verdict).",
    ),
    MrzSet(
        "heldout5",
        "bench.mrz_heldout5:sample",
        HELDOUT5,
        "mrz_heldout5.py (held out, scored once)",
        "reading {n} held-out photographs (scored once) ...",
        measure="exact MRZ on the held-out set scored once (mrz_heldout5)",
        target=">= 98%",
        median=True,
        note="Held out, scored once at the end of issue 10: seeds {first}-{last} of "
        "bench/mrz_heldout5.py, a generator not run while the OCR was developed (exact: the "
        "printed lines with ICAO 9303's verdict).",
    ),
    _scored_once(6, "sixth", HELDOUT6),
    _scored_once(7, "seventh", HELDOUT7),
    _scored_once(8, "eighth", HELDOUT8),
    _scored_once(9, "ninth", HELDOUT9),
    _scored_once(10, "tenth", HELDOUT10),
    _scored_once(11, "eleventh", HELDOUT11),
    _scored_once(12, "twelfth", HELDOUT12),
    _scored_once(13, "thirteenth", HELDOUT13),
    _scored_once(14, "fourteenth", HELDOUT14),
    _scored_once(15, "fifteenth", HELDOUT15),
    _scored_once(16, "sixteenth", HELDOUT16),
    _scored_once(17, "seventeenth", HELDOUT17),
    _scored_once(18, "eighteenth", HELDOUT18),
    _scored_once(19, "nineteenth", HELDOUT19),
    _scored_once(20, "twentieth", HELDOUT20),
    _scored_once(21, "twenty-first", HELDOUT21),
    _scored_once(22, "twenty-second", HELDOUT22),
    _scored_once(23, "twenty-third", HELDOUT23),
    _scored_once(24, "twenty-fourth", HELDOUT24),
    _scored_once(25, "twenty-fifth", HELDOUT25),
    _scored_once(26, "twenty-sixth", HELDOUT26),
    _scored_once(27, "twenty-seventh", HELDOUT27),
    _scored_once(28, "twenty-eighth", HELDOUT28),
    _scored_once(29, "twenty-ninth", HELDOUT29),
    _scored_once(30, "thirtieth", HELDOUT30),
)


def mrz_set(name: str) -> MrzSet:
    """The table's row of a held-out set (not "dev", which names two)."""
    return next(s for s in SETS if s.name == name)


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    import cv2

    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cpu = "unpinned"
    if before:
        target = max(before)
        os.sched_setaffinity(0, {target})
        cpu = f"pinned to CPU {target}"
    try:
        yield cpu
    finally:
        if before:
            os.sched_setaffinity(0, before)
        cv2.setNumThreads(threads)


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def _kind(doc: Any, lines_ok: bool, refused: bool) -> str:
    if doc.valid:
        return "exact" if lines_ok else "wrong but valid"
    if refused:
        return "refused"
    return "invalid as printed" if lines_ok else "invalid"


LOOKALIKE_PAIRS = ("0O", "0D", "0Q", "1I", "1L", "2Z", "5S", "8B", "6G")


def _count_pairs(
    pairs: dict[str, collections.Counter[str]],
    doc: Any,
    truths: list[tuple[str, ...]],
    refused: bool,
) -> None:
    """Per look-alike pair, how each printed cell of the pair was read."""
    if not truths or len(doc.lines) != len(truths[0]):
        return
    if [len(x) for x in doc.lines] != [len(x) for x in truths[0]]:
        return
    read, printed = "".join(doc.lines), "".join(truths[0])
    others = ["".join(t) for t in truths[1:]]
    for p, c in enumerate(printed):
        for pair in LOOKALIKE_PAIRS:
            if c not in pair:
                continue
            if read[p] == c or any(o[p] == read[p] for o in others):
                pairs[pair]["right valid" if doc.valid else "right"] += 1
            elif read[p] in pair:
                pairs[pair]["other valid" if doc.valid else "other"] += 1


def image_class(description: str) -> str:
    """clean specimen, scan, phone photo or thumbnail, from images.tsv's description."""
    d = description.lower()
    if "thumbnail" in d or re.search(r"~[5-8] px", d):
        return "thumbnail"
    if "photo of" in d or "studio photo" in d or "real photo" in d:
        return "phone photo"
    if any(w in d for w in ("clean digital", "re-typeset", "screenshot", "render", "figure")):
        return "clean specimen"
    if "synthetic" in d:
        return "clean specimen"
    return "scan"


def _real(today: dt.date) -> tuple[list[str], int]:
    from desktop.documents import ocr
    from desktop.documents.mrz import parse

    rows = [
        ln.rstrip("\n").split("\t")
        for ln in (EXT_MRZ / "images.tsv").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    per_class: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    table = []
    times: list[float] = []
    cpu: list[float] = []
    wrong = 0
    pairs: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    table_cls = ""
    for name, truth, expect, _src, desc, *_ in rows:
        truths = [] if truth == "-" else [tuple(t.split("|")) for t in truth.split(" OR ")]
        # "same page as PNG", "same as PNG": the class of the image before it.
        cls = table_cls if desc.lower().startswith("same") and table else image_class(desc)
        table_cls = cls
        t0, c0 = time.perf_counter(), time.process_time()
        read = ""
        try:
            doc = ocr.read_image(EXT_MRZ / "images" / name, today=today).document
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            lines_ok = doc.lines in truths
            # Exact: what is printed, with the verdict ICAO 9303 gives it.
            printed_valid = bool(truths) and parse(truths[0], today=today).valid
            kind = _kind(doc, lines_ok, refused)
            if kind == "invalid as printed" and printed_valid:
                kind = "invalid"
            if kind != "exact":
                read = " / ".join(doc.lines) + " — " + "; ".join(doc.errors)[:300]
            _count_pairs(pairs, doc, truths, refused)
        except ocr.NoMrzFound as e:
            kind = "no MRZ (correct)" if not truths else "no MRZ found"
            read = str(e)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        wrong += kind == "wrong but valid"
        good = kind in ("exact", "invalid as printed", "no MRZ (correct)")
        per_class[cls]["good" if good else kind] += 1
        per_class[cls]["images"] += 1
        table.append(
            f"| {name} | {cls} | {expect} | {'**' + kind + '**' if not good else kind} "
            f"| {times[-1]:.0f} | {read.replace('|', '/').replace('<', '&lt;')} |"
        )
    n = len(rows)
    good = sum(c["good"] for c in per_class.values())
    out = [
        f"Real images: {EXT_MRZ.name}/ ({n} images; development set).",
        "",
        f"**{good}/{n} read exactly** (the printed MRZ with ICAO 9303's verdict: valid, or "
        f"invalid as printed, or no MRZ where there is none); **wrong but valid: {wrong}**; "
        f"median {statistics.median(times):.0f} ms wall, {statistics.median(cpu):.0f} ms CPU "
        "per image.",
        "",
        "| class | images | exact | refused | invalid (misread) | no MRZ found | wrong but valid |",
        "|---|---|---|---|---|---|---|",
    ]
    for cls in ("clean specimen", "scan", "phone photo", "thumbnail"):
        c = per_class[cls]
        out.append(
            f"| {cls} | {c['images']} | {c['good']} | {c['refused']} | {c['invalid']} "
            f"| {c['no MRZ found']} | {c['wrong but valid']} |"
        )
    out += [
        "",
        "Letter/digit look-alikes, every printed cell of the pair in the images where an MRZ "
        "of the right shape was read: right in a valid reading / right in a reading "
        "refused or invalid / the other character in a refused or invalid reading / the "
        "other character in a VALID reading (must be 0).",
        "",
        "| pair | cells | right, valid | right, not valid | look-alike, not valid "
        "| look-alike, valid |",
        "|---|---|---|---|---|---|",
    ]
    for pair in LOOKALIKE_PAIRS:
        c = pairs[pair]
        out.append(
            f"| {pair[0]}/{pair[1]} | {sum(c.values())} | {c['right valid']} | "
            f"{c['right']} | {c['other']} | {c['other valid']} |"
        )
    out += [
        "",
        "| image | class | expected | outcome | ms | read (when not exact) |",
        "|---|---|---|---|---|---|",
        *table,
    ]
    return out, wrong


FACE_KINDS = {"ocrb": "OCR-B", "hybrid": "OCR-B with another face", "other": "another face"}


def _synthetic(
    label: str, make: Callable[[int], Any], seeds: range, today: dt.date
) -> tuple[list[str], list[str], list[float]]:
    from desktop.documents import ocr

    outcome: collections.Counter[str] = collections.Counter()
    per_format: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    # By face (the held-out generators' `face_kind`): ICAO 9303 prints the MRZ in OCR-B,
    # and the reader refuses other faces by design (ocr_decide rule 9), so the figure on
    # OCR-B pages printed valid is reported apart from the rest.
    per_face: dict[tuple[str, bool], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    times: list[float] = []
    cpu: list[float] = []
    missed: list[str] = []
    for i, seed in enumerate(seeds):
        s = make(seed)
        t0, c0 = time.perf_counter(), time.process_time()
        # A set may print some MRZs invalid (`valid` False): reading those exactly and
        # reporting them invalid as printed is the right outcome.
        printed_valid = getattr(s, "valid", True)
        # A page without an MRZ (mrz_heldout9/10: no lines): finding none is the right answer.
        no_mrz = not s.lines
        try:
            doc = ocr.read_image(s.jpeg, today=today).document
            refused = any(e.startswith("OCR refused") for e in doc.errors)
            kind = _kind(doc, doc.lines == s.lines, refused)
            if kind == "invalid as printed" and printed_valid:
                kind = "invalid"
        except ocr.NoMrzFound:
            kind = "exact" if no_mrz else "no MRZ found"
            outcome["no MRZ printed, none found"] += no_mrz
            doc = None
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        if kind == "invalid as printed":
            outcome["printed invalid, read so"] += 1
            kind = "exact"
        outcome[kind] += 1
        outcome["printed invalid"] += not printed_valid and not no_mrz
        outcome["no MRZ printed"] += no_mrz
        per_format[s.format][kind] += 1
        if getattr(s, "face_kind", ""):
            per_face[(s.face_kind, printed_valid)][kind] += 1
        if kind != "exact":
            got = " / ".join(doc.lines) if doc is not None else "-"
            printed = "" if printed_valid else ", printed invalid"
            if hasattr(s, "face_kind"):  # mrz_heldout10: how it was captured, in which face
                printed += f", {s.capture}, {s.font}"
            missed.append(f"- {label} seed {seed} ({s.format}{printed}): **{kind}**: {got}")
        if (i + 1) % 50 == 0:
            print(f"  {label} {i + 1}/{len(seeds)}", flush=True)
    n = len(seeds)
    exact = outcome["exact"]
    row = (
        f"| {label} | {n} | {exact} ({100 * exact / n:.1f}%) | {outcome['wrong but valid']} "
        f"| {outcome['refused']} | {outcome['invalid'] + outcome['invalid as printed']} "
        f"| {outcome['no MRZ found']} | {statistics.median(times):.0f} "
        f"({statistics.median(cpu):.0f} CPU) | {_pct(times, 0.95):.0f} |"
    )
    fmts = ", ".join(
        f"{f} {per_format[f]['exact']}/{sum(per_format[f].values())}" for f in sorted(per_format)
    )
    if outcome["printed invalid"]:
        fmts += (
            f"; printed invalid: {outcome['printed invalid']}, read exactly and reported "
            f"invalid as printed: {outcome['printed invalid, read so']}"
        )
    if per_face:
        order = sorted(per_face, key=lambda k: (list(FACE_KINDS).index(k[0]), not k[1]))
        fmts += "; by face: " + ", ".join(
            f"{FACE_KINDS[k]}{'' if ok else ' printed invalid'} "
            f"{per_face[(k, ok)]['exact']}/{sum(per_face[(k, ok)].values())}"
            for k, ok in order
        )
    if outcome["no MRZ printed"]:
        fmts += (
            f"; pages without an MRZ: {outcome['no MRZ printed']}, found none: "
            f"{outcome['no MRZ printed, none found']}"
        )
    return [row, f"|  | by format: {fmts} | | | | | | | |"], missed, times


def _scored_once_section(
    s: MrzSet,
    rows: list[str],
    missed: list[str],
    times: list[float],
    count: int,
    cpu: str,
    load: float,
    load_after: float,
) -> str:
    """bench/results/mrz_heldout<n>.md: the one scoring of a held-out set."""
    exact = count - len(missed)
    wrong = sum("wrong but valid" in m for m in missed)
    try:  # which code was scored
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return "\n".join(
        [
            f"## MRZ: {s.title} held-out generator (issue 10, item 8), scored once",
            "",
            f"Seeds {s.first}-{s.first + count - 1} of bench/{s.stem}.py, a generator "
            "written by someone who never ran the OCR on its images nor read its code, "
            "committed before this run and scored once (exact: the printed lines with ICAO "
            "9303's verdict; a document printed invalid and read so counts as exact). "
            f"Scored on commit {commit}.",
            "",
            describe(),
            "",
            f"One core ({cpu}, cv2.setNumThreads(1)); load average {load:.1f} before, "
            f"{load_after:.1f} after.",
            "",
            "| set | images | exact | wrong but valid | refused | invalid | no MRZ | median ms "
            "(CPU ms) | p95 ms |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            "| measure | value | target |",
            "|---|---|---|",
            f"| exact MRZ ({s.stem}, scored once) | {exact}/{count} = "
            f"{100 * exact / count:.1f}% | >= 98% |",
            f"| wrong but reported valid | {wrong} | 0 |",
            f"| median ms per image | {statistics.median(times):.0f} | <= 100 |",
            "",
            "Every image not read exactly:",
            *missed,
            "",
        ]
    )


def _check_scored_once(chosen: set[str], seen: bool) -> None:
    """A held-out set is scored once: a second scoring is refused (it is no longer held
    out); MRZ_SEEN=1 runs it again as the development set it now is. MRZ_SEEN=1 on a set
    never scored is refused too: that run would spend the set without recording it."""
    for s in SETS:
        if s.results is None or s.name not in chosen:
            continue
        if s.results.exists() and not seen:
            raise SystemExit(f"the {s.title} held-out set was already scored: {s.results}")
        if seen and not s.results.exists():
            raise SystemExit(
                f"the {s.title} held-out set was never scored ({s.results} is missing): "
                "score it once without MRZ_SEEN"
            )


def run(quick: bool = False) -> str:
    from desktop.documents import ocr
    from desktop.documents.mrz import parse
    from tests.documents import synth

    count = QUICK_IMAGES if quick else IMAGES
    first = QUICK_SEED if quick else HELD_OUT  # synth.py's seeds, also for `parse()`
    chosen = set(os.environ.get("MRZ_SETS", "real,dev,heldout").split(","))
    # MRZ_SEEN=1: development runs of sets already scored once, which leave their
    # scored-once result files as they are.
    seen = os.environ.get("MRZ_SEEN") == "1"
    _check_scored_once(chosen, seen)
    dev_count = min(count, int(os.environ.get("MRZ_DEV_IMAGES", count)))
    runs = [
        s
        for s in SETS
        if (s.development and (quick or s.name in chosen)) or (s.name in chosen and not quick)
    ]

    def seeds(s: MrzSet) -> range:
        start = s.quick_first if quick and s.quick_first is not None else s.first
        return range(start, start + (dev_count if s.development else count))

    ocr.prepare()  # load the prototypes before timing
    rows = ["## MRZ", "", describe(), ""]
    # per set run: its table rows, its images not read exactly, its times
    done: dict[MrzSet, tuple[list[str], list[str], list[float]]] = {}
    with one_core() as cpu:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        wrong_real = 0
        if (EXT_MRZ / "images.tsv").exists() and not quick and "real" in chosen:
            print("reading ext-mrz ...", flush=True)
            real, wrong_real = _real(TODAY)
            rows += ["### Real images", "", *real, ""]
        for s in runs:
            if s.reading:
                n = sum(len(seeds(r)) for r in runs if r.name == s.name)
                print(s.reading.format(n=n), flush=True)
            done[s] = _synthetic(s.row_label(seen), s.sample, seeds(s), TODAY)
        load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        samples = [synth.sample(first + i, today=TODAY) for i in range(min(count, 20))]
        lines = [s.lines for s in samples]
        n_parse = 2000 if quick else 20000
        t0 = time.perf_counter()
        for i in range(n_parse):
            parse(lines[i % len(lines)], today=TODAY)
        parse_rate = n_parse / (time.perf_counter() - t0)
    dev_sets = [s for s in SETS if s.development]
    held = [s for s in SETS if s.name == "heldout"]
    second, third = seeds(dev_sets[1]).start, seeds(held[0]).start
    missed_all = [m for _, miss, _ in done.values() for m in miss]
    wrong = sum("wrong but valid" in m for m in missed_all)
    # notes and misses: the newest held-out set first, the development sets last
    newest_first = [s for s in reversed(SETS) if s in done and not s.development]
    newest_first += [s for s in SETS if s in done and s.development]
    rows += [
        "### Generated photographs",
        "",
        f"Development (seen): seeds {first}-{first + dev_count - 1} of tests/documents/synth.py "
        f"and {second}-{second + dev_count - 1} of bench/mrz_variant.py. Held out, scored once: "
        f"seeds {third}-{third + count - 1} of bench/mrz_heldout.py. One core ({cpu}, "
        f"cv2.setNumThreads(1)); load average {load:.1f} before, {load_after:.1f} after "
        "(other developers' jobs share the 2 cores).",
        "",
        "| set | images | exact | wrong but valid | refused | invalid | no MRZ | median ms "
        "(CPU ms) | p95 ms |",
        "|---|---|---|---|---|---|---|---|---|",
        *(row for table, _, _ in done.values() for row in table),
        "",
    ]
    for s in newest_first:
        if s.note:
            last = s.first + count - 1
            rows += [s.note.format(first=s.first, last=last), ""]
    rows += ["| measure | value | target |", "|---|---|---|"]
    for s, (_, miss, times) in done.items():
        if s.development or not s.measure:
            continue
        exact = count - len(miss)
        target = f" {s.target} " if s.target else " "
        rows.append(f"| {s.measure} | {exact}/{count} = {100 * exact / count:.1f}% |{target}|")
        if s.median:
            rows.append(
                f"| median ms per image, {s.stem} | {statistics.median(times):.0f} | <= 100 |"
            )
    if any(s.development for s in done):
        dev = 2 * dev_count - sum(len(done[s][1]) for s in done if s.development)
        rows.append(
            f"| exact MRZ on the development sets | {dev}/{2 * dev_count} = "
            f"{100 * dev / (2 * dev_count):.1f}% | |"
        )
    times = [t for _, _, ts in done.values() for t in ts]
    rows += [
        f"| wrong but reported valid | {wrong + wrong_real} | 0 |",
        f"| median ms per image (decode included) | {statistics.median(times):.0f} | <= 100 |"
        if times
        else "| median ms per image | - | <= 100 |",
        f"| `parse()` per second | {parse_rate:,.0f} | |",
        "",
        "Every generated image not read exactly:",
        *(m for s in newest_first for m in done[s][1]),
    ]
    section = "\n".join(rows) + "\n"
    for s, (table, miss, times) in done.items():
        # a scored-once set writes its file on its one scoring, never on a seen run
        if s.results is not None and not seen:
            s.results.parent.mkdir(exist_ok=True)
            s.results.write_text(
                _scored_once_section(s, table, miss, times, count, cpu, load, load_after),
                encoding="utf-8",
            )
    print(section)
    return section


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
