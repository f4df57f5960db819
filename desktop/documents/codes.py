"""Three-letter codes an MRZ may carry for the issuing state and the nationality.

ISO 3166-1 alpha-3 (249 codes, taken from Debian's iso-codes 4.15 when this file was
written) plus the codes that ICAO Doc 9303 Part 3 (8th edition, section 5) adds. A code
outside both is not an error in the MRZ: it goes into the result's warnings so that the
officer sees it (specimens use UTO).
"""

from __future__ import annotations

ISO_3166_ALPHA3: frozenset[str] = frozenset(
    """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
    CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
    EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
    GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
    ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
    LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
    MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
    PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
    SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
    TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
    VUT WLF WSM YEM ZAF ZMB ZWE
    """.split()  # noqa: SIM905 (a block of codes reads and diffs better than a list)
)

# ICAO 9303-3 section 5 codes that are not ISO 3166-1 alpha-3, with what they stand for.
# "D" is written "D<<" in the MRZ. Not here on purpose: ZIM (the IOC code; Zimbabwe's
# documents carry ZWE) and UTO (ICAO's fictional specimen state, see SPECIMEN_STATE).
ICAO_CODES: dict[str, str] = {
    "D": "Germany",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
    "RKS": "Kosovo",
    "EUE": "European Union",
    "UNO": "United Nations Organization or one of its officials",
    "UNA": "United Nations specialized agency or one of its officials",
    "UNK": "Resident of Kosovo with a UNMIK travel document",
    "XBA": "African Development Bank",
    "XIM": "African Export-Import Bank",
    "XCC": "Caribbean Community (CARICOM)",
    "XCE": "Council of Europe",
    "XCO": "Common Market for Eastern and Southern Africa (COMESA)",
    "XEC": "Economic Community of West African States (ECOWAS)",
    "XPO": "INTERPOL",
    "XES": "Organization of Eastern Caribbean States",
    "XMP": "Parliamentary Assembly of the Mediterranean",
    "XOM": "Sovereign Military Order of Malta",
    "XDC": "Southern African Development Community",
    "XXA": "Stateless person (1954 Convention)",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other than XXB)",
    "XXX": "Person of unspecified nationality",
    # Withdrawn from ISO 3166-1, still on documents issued before.
    "ANT": "Netherlands Antilles",
    "NTZ": "Neutral Zone",
}

SPECIMEN_STATE = "UTO"

KNOWN_CODES: frozenset[str] = ISO_3166_ALPHA3 | frozenset(ICAO_CODES)


def is_known(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 or ICAO 9303-3 code (without `<` filler)."""
    return code in KNOWN_CODES
