#!/usr/bin/env bash
# Installs the Debian packages the workstation, its tests and its demo need.
# Idempotent and quick when everything is present; as root or through sudo.
set -euo pipefail

packages=(
  # build of pyscard and the venv
  gcc python3-dev python3-venv swig libpcsclite-dev
  # PC/SC service and the virtual reader driver used by the chip tests
  pcscd vsmartcard-vpcd
  # fonts: OCR-B for MRZ templates, Noto CJK for the Traditional Chinese UI font
  fonts-ocr-b fonts-noto-cjk
  # other monospaced faces the OCR's tests print MRZs in (the face gate must refuse them)
  fonts-jetbrains-mono fonts-freefont-ttf fonts-noto-mono fonts-courier-prime fonts-dejavu-core
  fonts-firacode fonts-liberation2
  # faces bench/mrz_heldout7.py prints some MRZs in (Go Mono, Inconsolata, Anonymous Pro;
  # its tests draw one; scripts/train_lookalike_cnn.py trains on them when present)
  fonts-go fonts-inconsolata fonts-anonymous-pro
  # fonts only bench/mrz_heldout9.py prints MRZs (and its pages) in: Hack, Cousine and
  # Arimo/Tinos (croscore), mononoki, B612 Mono; it refuses to run without them
  fonts-hack fonts-croscore fonts-mononoki fonts-b612
  # faces only bench/mrz_heldout10.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): League Mono, Hermit, Agave, Fantasque Sans Mono, Monoid, IBM 3270;
  # it refuses to run without them
  fonts-league-mono fonts-hermit fonts-agave fonts-fantasque-sans fonts-monoid fonts-3270
  # faces only bench/mrz_heldout11.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): monofur, Oxygen Mono, CMU Typewriter Text, Spleen, Terminus (bitmap);
  # it refuses to run without them
  fonts-monofur fonts-oxygen fonts-cmu fonts-spleen fonts-terminus-otb
  # faces only bench/mrz_heldout12.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): OCR-A, Latin Modern Mono, TlwgTypo, TlwgMono, M+ 1 Code (and M+ 2
  # for its pages); it refuses to run without them
  fonts-ocr-a fonts-lmodern fonts-tlwg-typo-ttf fonts-tlwg-mono-ttf fonts-mplus
  # faces only bench/mrz_heldout13.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): NanumGothicCoding, IPAGothic, VL Gothic, PT Mono, Ricty Diminished,
  # OpenDyslexic Mono, Proggy Tiny (and Nanum Gothic, IPA P Gothic, PT Sans for its pages);
  # it refuses to run without them
  fonts-nanum fonts-ipafont-gothic fonts-vlgothic fonts-paratype fonts-ricty-diminished
  fonts-opendyslexic fonts-proggy
  # faces only bench/mrz_heldout14.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): D2Coding, GNU Typewriter, DotGothic16, Unifont; it refuses to run
  # without them
  fonts-naver-d2coding fonts-gnutypewriter fonts-dotgothic16 fonts-unifont
  # faces only bench/mrz_heldout15.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Nimbus Mono PS, Glass TTY VT220, Inter; it refuses to run without them
  fonts-urw-base35 fonts-glasstty fonts-inter
  # faces only bench/mrz_heldout16.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): BIZ UDGothic, UnTaza, WenQuanYi Zen Hei Mono; it refuses to run
  # without them
  fonts-morisawa-bizud-gothic fonts-unfonts-extra fonts-wqy-zenhei
  # faces only bench/mrz_heldout17.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Tlwg Typewriter, AR PL UMing TW, Roboto Condensed, Comic Neue; it
  # refuses to run without them
  fonts-tlwg-typewriter-ttf fonts-arphic-uming fonts-roboto-unhinted fonts-comic-neue
  # faces only bench/mrz_heldout18.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Linux Libertine Mono, WenQuanYi Micro Hei Mono, Andika; it refuses
  # to run without them
  fonts-linuxlibertine fonts-wqy-microhei fonts-sil-andika
  # faces only bench/mrz_heldout19.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): TeX Gyre Cursor (bold), MigMix 1M, osifont; it refuses to run
  # without them
  fonts-texgyre fonts-migmix fonts-osifont
  # faces only bench/mrz_heldout20.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): GWMonospace Bold, TW-Sung (CNS 11643), Compagnon Medium and Roman;
  # it refuses to run without them
  fonts-georgewilliams fonts-cns11643-sung fonts-compagnon
  # faces only bench/mrz_heldout21.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): LXGW WenKai Mono, kiloji, Routed Gothic; it refuses to run without them
  fonts-lxgw-wenkai fonts-kiloji fonts-routed-gothic
  # faces only bench/mrz_heldout22.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): TakaoGothic, C-64 (Sixtyfour), cwTeX FangSong; it refuses to run
  # without them
  fonts-takao-gothic fonts-sixtyfour fonts-cwtex-fs
  # faces only bench/mrz_heldout23.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): IPAMincho, Konatu Tohaba, Jura; it refuses to run without them
  fonts-ipafont-mincho fonts-konatu fonts-jura
  # faces only bench/mrz_heldout24.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Ume Mincho, Motoya L Cedar (W3 mono), Baekmuk Headline; it refuses to
  # run without them
  fonts-horai-umefont fonts-motoya-l-cedar fonts-baekmuk
  # faces only bench/mrz_heldout25.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Klee One (SemiBold), Sawarabi Gothic, Clear Sans (Medium); it refuses
  # to run without them
  fonts-klee fonts-sawarabi-gothic fonts-clear-sans
  # faces only bench/mrz_heldout26.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Setofont, Tuffy (Bold), Comfortaa (Bold); it refuses to run without
  # them
  fonts-seto fonts-tuffy fonts-comfortaa
  # faces only bench/mrz_heldout27.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): ADF Verana (Bold), Cantarell (Bold), Bandal (of fonts-alee); it
  # refuses to run without them
  fonts-adf-verana fonts-cantarell fonts-alee
  # faces only bench/mrz_heldout28.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Quicksand (Bold), Lato (Bold), Cabin (SemiBold); it refuses to run
  # without them
  fonts-quicksand fonts-lato fonts-cabin
  # faces only bench/mrz_heldout29.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): Open Sans (Semibold), Carlito (Bold), Gentium (Regular); it refuses
  # to run without them
  fonts-open-sans fonts-crosextra-carlito fonts-sil-gentium
  # faces only bench/mrz_heldout30.py prints MRZs in (wholly, or a few glyphs or one line
  # of an OCR-B MRZ): League Spartan (Medium), Charis SIL (Regular), Manrope (SemiBold); it
  # refuses to run without them
  fonts-league-spartan fonts-sil-charis fonts-manrope
  # Qt offscreen and on-screen (xcb) runtime
  libglib2.0-0 libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # reference central on PostgreSQL (tested in CI)
  postgresql
  # pcscd's log is read by the tests; procps for pkill in scripts
  procps
  # IANA time zones: PAXLST times are local to their airport (central/apis/airports.py)
  tzdata
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "setup: installing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup: these packages are missing and this user is not root and has no sudo:" >&2
  echo "  ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
