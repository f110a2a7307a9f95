#!/usr/bin/env python3
"""Build the Matchwerk demo ecosystem: profiles/demo/organisations.jsonl.

Every organisation, person and opportunity in the output is invented for demonstration
purposes (``"source": "demo"``). The profiles are written below in a small line-based
notation; this script adds the structural fields (refs, coordinates with a small jitter,
contacts, dates, partner preferences) deterministically from hashes of the names, so that
running ``python3 scripts/build_demo.py`` from the repository root always rewrites the
JSONL byte-identically. Standard library only.

Notation of the blocks:

    @ kind | lang | city | size | founding year | sectors | flags
    N name                      D description        C competences (separated by ;)
    T technology keywords       M market keywords
    > direction | type | stage | trl | ipr | partner kinds | flags
    t title   s summary   d description   k keywords

``-`` in the size, year or trl column means "derive" (size, year) or "none" (trl).
Organisation flags: ``anon``, ``hidden``, ``bi`` (speaks German and English).
Opportunity flags: ``draft``, ``paused``, ``pt=a,b`` (partnership types), ``nodl`` (no deadline).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES_CSV = ROOT / "profiles" / "cities.csv"
SECTORS_CSV = ROOT / "profiles" / "sectors.csv"
OUTPUT = ROOT / "profiles" / "demo" / "organisations.jsonl"

KINDS = ("company", "startup", "university", "research_institute", "creative", "public_body", "intermediary")
SIZES = ("micro", "small", "medium", "large")
OPP_TYPES = (
    "technology", "research_cooperation", "pilot", "business",
    "investment", "cross_innovation", "talent", "facility",
)
STAGES = ("idea", "concept", "prototype", "pilot", "market")
IPR = ("none", "applied", "granted", "secret", "other")
PARTNERSHIPS = (
    "license", "research_cooperation", "technical_cooperation", "commercial", "joint_venture",
    "financial", "supplier", "services", "pilot_project", "student_project",
)

# Real telephone area codes of the cities; the subscriber numbers are fake ("0000nnn").
AREA_CODES = {
    "Essen": "201", "Dortmund": "231", "Duisburg": "203", "Bochum": "234", "Gelsenkirchen": "209",
    "Oberhausen": "208", "Mülheim an der Ruhr": "208", "Bottrop": "2041", "Herne": "2323",
    "Hagen": "2331", "Hamm": "2381", "Recklinghausen": "2361", "Gladbeck": "2043",
    "Castrop-Rauxel": "2305", "Witten": "2302", "Marl": "2365", "Dinslaken": "2064", "Moers": "2841",
    "Unna": "2303", "Herten": "2366", "Dorsten": "2362", "Lünen": "2306", "Bergkamen": "2307",
    "Schwerte": "2304", "Hattingen": "2324", "Kamen": "2307", "Datteln": "2363",
    "Haltern am See": "2364", "Wesel": "281", "Kamp-Lintfort": "2842", "Voerde": "2855",
    "Rheinberg": "2843", "Neukirchen-Vluyn": "2845", "Xanten": "2801", "Hamminkeln": "2852",
    "Waltrop": "2309", "Oer-Erkenschwick": "2368", "Werne": "2389", "Selm": "2592",
    "Holzwickede": "2301", "Fröndenberg": "2373", "Bönen": "2383", "Gevelsberg": "2332",
    "Schwelm": "2336", "Ennepetal": "2333", "Herdecke": "2330", "Wetter (Ruhr)": "2335",
    "Sprockhövel": "2324", "Düsseldorf": "211", "Neuss": "2131", "Krefeld": "2151",
    "Mönchengladbach": "2161", "Mettmann": "2104", "Ratingen": "2102", "Velbert": "2051",
    "Hilden": "2103", "Langenfeld (Rheinland)": "2173", "Monheim am Rhein": "2173",
    "Erkrath": "211", "Haan": "2129", "Heiligenhaus": "2056", "Wülfrath": "2058",
    "Wuppertal": "202", "Solingen": "212", "Remscheid": "2191",
}

NEIGHBOURS = {
    "Ruhr": ("Niederrhein", "Bergisches Land", "Düsseldorf"),
    "Düsseldorf": ("Kreis Mettmann", "Niederrhein", "Ruhr"),
    "Kreis Mettmann": ("Düsseldorf", "Bergisches Land", "Ruhr"),
    "Bergisches Land": ("Kreis Mettmann", "Ruhr", "Düsseldorf"),
    "Niederrhein": ("Düsseldorf", "Ruhr", "Kreis Mettmann"),
}

FIRST_DE = [
    ("Anna", "f"), ("Jonas", "m"), ("Katharina", "f"), ("Lukas", "m"), ("Miriam", "f"), ("Tobias", "m"),
    ("Sabine", "f"), ("Thomas", "m"), ("Julia", "f"), ("Stefan", "m"), ("Laura", "f"), ("Markus", "m"),
    ("Nina", "f"), ("Christian", "m"), ("Friederike", "f"), ("Holger", "m"), ("Svenja", "f"), ("Dirk", "m"),
    ("Meike", "f"), ("Jan", "m"), ("Carolin", "f"), ("Matthias", "m"), ("Lena", "f"), ("Philipp", "m"),
    ("Birgit", "f"), ("Oliver", "m"), ("Hannah", "f"), ("Frank", "m"), ("Elif", "f"), ("Murat", "m"),
    ("Jana", "f"), ("Sebastian", "m"), ("Ulrike", "f"), ("Kai", "m"), ("Marie", "f"), ("Björn", "m"),
    ("Derya", "f"), ("Dennis", "m"), ("Annika", "f"), ("Marek", "m"), ("Ines", "f"), ("Volker", "m"),
]
FIRST_INT = [
    ("Priya", "f"), ("Daniel", "m"), ("Sofia", "f"), ("Marco", "m"), ("Aisha", "f"), ("Tomasz", "m"),
    ("Elena", "f"), ("Kwame", "m"), ("Mei", "f"), ("Lucas", "m"), ("Maria", "f"), ("Ahmed", "m"),
    ("Olga", "f"), ("James", "m"), ("Fatima", "f"), ("Arjun", "m"), ("Leila", "f"), ("Mateo", "m"),
    ("Ingrid", "f"), ("Samuel", "m"), ("Yuki", "f"), ("Nikolai", "m"), ("Chiara", "f"), ("Omar", "m"),
]
LAST_DE = [
    "Schulte", "Kowalski", "Nowak", "Brinkmann", "Hoffmann", "Wiesner", "Kaminski", "Tillmann", "Overbeck",
    "Hüsken", "Terhorst", "Lindemann", "Pieper", "Schäfer", "Bergmann", "Kuhlmann", "Yıldız", "Demir",
    "Jansen", "Vogt", "Rademacher", "Wessels", "Brüggemann", "Altenhoff", "Heising", "Kampmann", "Lohmann",
    "Sander", "Wolters", "Kleinert", "Öztürk", "Haverkamp", "Grabowski", "Sommer", "Frerichs", "Kretschmer",
    "Böckmann", "Szymański", "Evers", "Rottmann", "Peters", "Kahraman", "Dahlmann", "Niehaus", "Stratmann",
]
LAST_INT = [
    "Sharma", "Okafor", "Rossi", "Chen", "Novak", "Haddad", "Petrović", "Mensah", "Tanaka", "Silva",
    "García", "Kovačić", "Ivanova", "O'Neill", "Lindqvist", "Rahman", "Costa", "Nakamura", "Ferreira", "Hassan",
]

ROLES = {
    ("company", "de"): [
        ("Geschäftsführer", "Geschäftsführerin"),
        ("Leiter Forschung und Entwicklung", "Leiterin Forschung und Entwicklung"),
        ("Innovationsmanager", "Innovationsmanagerin"), ("Technischer Leiter", "Technische Leiterin"),
        ("Leiter Qualitätssicherung", "Leiterin Qualitätssicherung"), ("Vertriebsleiter", "Vertriebsleiterin"),
        ("Projektingenieur", "Projektingenieurin"), ("Leiter Einkauf", "Leiterin Einkauf"),
    ],
    ("company", "en"): [
        ("Managing Director",) * 2, ("Head of R&D",) * 2, ("Innovation Manager",) * 2,
        ("Chief Technology Officer",) * 2, ("Head of Quality",) * 2, ("Sales Director",) * 2,
        ("Project Engineer",) * 2, ("Head of Procurement",) * 2,
    ],
    ("startup", "de"): [
        ("Gründer und Geschäftsführer", "Gründerin und Geschäftsführerin"),
        ("Mitgründer, Technik", "Mitgründerin, Technik"), ("Business Development",) * 2,
        ("Produktverantwortlicher", "Produktverantwortliche"),
    ],
    ("startup", "en"): [
        ("Co-founder and CEO",) * 2, ("Co-founder and CTO",) * 2, ("Head of Business Development",) * 2,
        ("Product Lead",) * 2,
    ],
    ("university", "de"): [
        ("Lehrstuhlinhaber", "Lehrstuhlinhaberin"), ("Oberingenieur", "Oberingenieurin"),
        ("Wissenschaftlicher Mitarbeiter", "Wissenschaftliche Mitarbeiterin"),
        ("Transferbeauftragter", "Transferbeauftragte"),
    ],
    ("university", "en"): [
        ("Head of Chair",) * 2, ("Senior Researcher",) * 2, ("Research Associate",) * 2,
        ("Transfer Officer",) * 2,
    ],
    ("research_institute", "de"): [
        ("Institutsleiter", "Institutsleiterin"), ("Gruppenleiter", "Gruppenleiterin"),
        ("Referent Industriekooperationen", "Referentin Industriekooperationen"),
    ],
    ("research_institute", "en"): [
        ("Director",) * 2, ("Group Leader",) * 2, ("Industry Liaison Manager",) * 2,
    ],
    ("creative", "de"): [
        ("Inhaber", "Inhaberin"), ("Creative Director",) * 2, ("Projektleitung",) * 2, ("Art Director",) * 2,
    ],
    ("creative", "en"): [
        ("Founder",) * 2, ("Creative Director",) * 2, ("Producer",) * 2, ("Studio Manager",) * 2,
    ],
    ("public_body", "de"): [
        ("Abteilungsleiter", "Abteilungsleiterin"), ("Referent Innovation", "Referentin Innovation"),
        ("Projektkoordinator", "Projektkoordinatorin"), ("Sachgebietsleiter", "Sachgebietsleiterin"),
    ],
    ("public_body", "en"): [
        ("Head of Department",) * 2, ("Innovation Officer",) * 2, ("Project Coordinator",) * 2,
        ("Investor Relations Manager",) * 2,
    ],
    ("intermediary", "de"): [
        ("Netzwerkmanager", "Netzwerkmanagerin"), ("Geschäftsführer", "Geschäftsführerin"),
        ("Projektmanager", "Projektmanagerin"), ("Berater Technologietransfer", "Beraterin Technologietransfer"),
    ],
    ("intermediary", "en"): [
        ("Network Manager",) * 2, ("Managing Director",) * 2, ("Programme Manager",) * 2,
        ("Technology Transfer Consultant",) * 2,
    ],
}

DEFAULT_PARTNERSHIPS = {
    ("technology", "offer"): ("license", "technical_cooperation", "commercial"),
    ("technology", "request"): ("technical_cooperation", "supplier", "license"),
    ("research_cooperation", "offer"): ("research_cooperation", "technical_cooperation"),
    ("research_cooperation", "request"): ("research_cooperation", "technical_cooperation"),
    ("pilot", "offer"): ("pilot_project", "technical_cooperation"),
    ("pilot", "request"): ("pilot_project", "technical_cooperation"),
    ("business", "offer"): ("commercial", "supplier", "services"),
    ("business", "request"): ("commercial", "supplier", "services"),
    ("investment", "offer"): ("financial",),
    ("investment", "request"): ("financial", "joint_venture"),
    ("cross_innovation", "offer"): ("services", "technical_cooperation"),
    ("cross_innovation", "request"): ("services", "technical_cooperation"),
    ("talent", "offer"): ("student_project", "research_cooperation"),
    ("talent", "request"): ("student_project",),
    ("facility", "offer"): ("services", "research_cooperation"),
    ("facility", "request"): ("services", "research_cooperation"),
}

YEAR_RANGES = {
    "company": (1905, 2016), "startup": (2017, 2025), "university": (1968, 2015),
    "research_institute": (1984, 2020), "creative": (1996, 2023), "public_body": (1950, 2012),
    "intermediary": (1990, 2022),
}
SIZE_CHOICES = {
    "company": ("small", "medium", "medium", "large"), "startup": ("micro", "micro", "small"),
    "university": ("small", "medium"), "research_institute": ("small", "medium", "medium"),
    "creative": ("micro", "micro", "small"), "public_body": ("medium", "large"),
    "intermediary": ("micro", "small", "small"),
}
LEGAL_FORMS = {"gmbh", "ag", "kg", "co", "ug", "e", "v", "mbh", "ggmbh", "aör", "gbr", "eg", "ltd", "se"}


def hnum(*parts: object) -> int:
    """A stable integer derived from the parts (independent of PYTHONHASHSEED and Python version)."""
    raw = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")


def hfrac(*parts: object) -> float:
    return hnum(*parts) / 2**64


def pick(seq, *parts):
    return seq[hnum(*parts) % len(seq)]


def ascii_fold(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str, words: int = 3) -> str:
    parts = [p for p in re.split(r"[^a-z0-9]+", ascii_fold(text).lower()) if p and p not in LEGAL_FORMS]
    return "-".join(parts[:words])


def word_count(text: str) -> int:
    return len(text.split())


BLOCKS: list[str] = []


BLOCKS.append(r"""
# ---------------------------------------------------------------- hydrogen and fuel cells
@ company | de | Gelsenkirchen | medium | 1987 | hydrogen mobility energy | bi
N Hartwig Antriebssysteme GmbH
D Hartwig entwickelt und fertigt seit 1987 elektrische Antriebsstränge für Kommunal- und Sonderfahrzeuge: Kehrmaschinen, Müllsammler, Flughafenschlepper. Rund 140 Beschäftigte in Gelsenkirchen arbeiten an Motoren, Leistungselektronik und Steuergeräten. Seit 2022 integrieren wir Brennstoffzellen als Range Extender, weil batterieelektrische Fahrzeuge im Zweischichtbetrieb an ihre Grenzen stoßen. Unsere Stärke liegt in robuster Systemintegration für kleine Serien, vom Lastenheft bis zur Homologation.
C Systemintegration elektrischer Antriebe; Leistungselektronik für Nutzfahrzeuge; Homologation von Sonderfahrzeugen; Kleinserienfertigung
T Brennstoffzelle; Range Extender; Leistungselektronik; Batteriemanagement
M Kommunalfahrzeuge; Flughafentechnik; Sonderfahrzeuge
> request | research_cooperation | prototype | 5 | none | research_institute university |
t Partner für Validierung von Brennstoffzellen-Stacks unter realen Lastprofilen
s Wir suchen ein Prüfinstitut, das unsere 45-kW-Stacks mit Fahrzyklen aus dem Kommunaleinsatz belastet und die Alterung dokumentiert.
d Für unseren Range Extender haben wir zwei Stack-Varianten zugekauft und in ein eigenes Balance-of-Plant integriert. Bevor wir in die Kleinserie gehen, wollen wir die Stacks unter realen Lastprofilen validieren: häufige Start-Stopp-Zyklen, Teillast im Winter, Dauerlast beim Verdichten. Gesucht wird ein Institut oder Lehrstuhl mit Prüfstand ab 50 kW, idealerweise mit Klimakammer, der Degradation und Wirkungsgrad über mindestens 1.000 Betriebsstunden misst. Messdaten aus unseren Fahrzeugen stellen wir bereit.
k Brennstoffzelle; Stack-Validierung; Lastprofil; Degradation; Prüfstand
> offer | pilot | pilot | 6 | none | company public_body |
t Brennstoffzellen-Kehrmaschine für Praxistests in Kommunen
s Wir stellen 2027 zwei Vorserienfahrzeuge mit Wasserstoff-Range-Extender für mehrmonatige Einsätze auf Betriebshöfen bereit.
d Kommunale Betriebshöfe und Entsorger können unsere Kehrmaschine mit Brennstoffzellen-Range-Extender drei bis sechs Monate im Alltag einsetzen. Wir übernehmen Einweisung, Wartung und Datenauswertung; der Partner sorgt für die Betankung an einer vorhandenen oder mobilen Wasserstofftankstelle und gibt strukturiertes Feedback der Fahrerinnen und Fahrer. Ziel ist der Nachweis von Reichweite und Verfügbarkeit im Zweischichtbetrieb.
k Kehrmaschine; Wasserstoff; Praxistest; Betriebshof

@ research_institute | en | Duisburg | medium | 2009 | hydrogen energy |
N Institute for Hydrogen Systems Testing Rhine-Ruhr
D The institute is an independent non-profit test and research centre for fuel cells, electrolysers and hydrogen storage, located next to the Duisburg harbour. Thirty engineers and scientists run accredited test benches and carry out publicly funded projects together with industry. Our work covers component characterisation, accelerated stress tests, safety assessments and lifetime modelling. We regularly support SMEs taking their first hydrogen product from prototype to certification.
C Fuel-cell and electrolyser characterisation; accelerated stress testing; hydrogen safety assessment; lifetime modelling
T PEM fuel cell; electrolysis; test bench; climate chamber; impedance spectroscopy
M vehicle manufacturers; energy suppliers; component makers
> offer | facility | market | - | none | company startup |
t Fuel-cell test bench up to 120 kW with climate chamber
s Stack and system testing from -30 °C to +50 °C with custom load profiles and full data logging.
d Our largest bench tests PEM fuel-cell stacks and complete systems up to 120 kW electrical output inside a walk-in climate chamber (-30 °C to +50 °C, humidity control). Customers can run their own duty cycles, cold starts and durability programmes; we provide hydrogen supply, cooling, exhaust handling and safety supervision. Typical campaigns last from two weeks to several months. Results come as raw data and as a structured test report.
k fuel cell; test bench; climate chamber; cold start; durability
> offer | research_cooperation | concept | 4 | none | company startup university |
t Joint research on accelerated ageing of PEM fuel-cell stacks
s We are looking for industrial partners to co-develop stress tests that predict degradation in the field.
d Field lifetime of fuel cells in commercial vehicles is hard to predict from standard laboratory tests. We propose a joint project in which partners contribute real vehicle load profiles and stacks, while we develop and validate accelerated test protocols and a degradation model. The project would be suitable for public co-funding. Stack manufacturers, system integrators and fleet operators are equally welcome.
k accelerated stress test; degradation model; PEM; lifetime; public funding

@ startup | en | Essen | micro | 2021 | hydrogen materials chemistry | bi
N Catalyte Coatings GmbH
D Catalyte Coatings is a spin-off founded by three electrochemists. We develop catalyst-coated membranes for PEM electrolysers that need up to 70 percent less iridium than today's standard, using a spray process that can be scaled on ordinary coating lines. Our pilot line in Essen produces cells up to 300 cm². We are backed by a seed investor and two public grants and are preparing our first field installations.
C Catalyst-coated membranes; spray coating; electrochemical characterisation; iridium reduction
T PEM electrolysis; catalyst-coated membrane; iridium; spray coating
M electrolyser manufacturers; green hydrogen; chemical industry
> offer | technology | prototype | 5 | applied | company |
t Low-iridium membranes for PEM electrolysers
s Catalyst-coated membranes with drastically reduced iridium loading, available now for stack trials.
d We supply catalyst-coated membranes for PEM electrolysis stacks with an iridium loading below 0.4 mg/cm² at comparable efficiency. Samples in standard and customer formats are available for short-stack tests. We are looking for electrolyser manufacturers who want to test the membranes in their hardware, share performance data and discuss licensing or a supply agreement once the results are positive.
k electrolysis; membrane; iridium; catalyst; PEM
> request | pilot | pilot | 6 | applied | company |
t Electrolyser maker wanted for a 1,000-hour field test
s We seek a manufacturer or operator who runs our membranes in a real stack for at least 1,000 hours.
d After successful laboratory tests, the next step is a field test of our low-iridium membranes in a commercial electrolyser stack of 100 kW or more. We provide the membranes free of charge and accompany the test with our own diagnostics. The partner provides the stack, operation and basic data access. Operators of existing electrolysers in the chemical industry or at utilities are also a good fit.
k field test; electrolyser; stack; membrane; hydrogen production

@ company | de | Herne | medium | 1974 | hydrogen energy manufacturing |
N Steinfeld Elektrolysetechnik GmbH
D Steinfeld baut alkalische und PEM-Elektrolyseure im Leistungsbereich von 250 kW bis 5 MW für Industriekunden und Stadtwerke. Das Unternehmen ging aus einem Hersteller von Chlor-Alkali-Anlagen hervor und bringt fünf Jahrzehnte Erfahrung mit Elektrochemie im Industriemaßstab mit. Am Standort Herne arbeiten 180 Beschäftigte in Entwicklung, Fertigung und Service. Wir suchen gezielt Zulieferer und Start-ups, die Kosten senken und die Lebensdauer unserer Stacks erhöhen.
C Anlagenbau Elektrolyse; Stack-Fertigung; Inbetriebnahme und Service; Elektrochemie im Industriemaßstab
T Elektrolyseur; PEM; alkalische Elektrolyse; Bipolarplatte
M Stadtwerke; Chemieindustrie; Raffinerien
> request | technology | prototype | 6 | none | startup company research_institute |
t Iridiumarme Membran-Elektroden-Einheiten für unsere PEM-Stacks gesucht
s Wir möchten alternative MEA-Lieferanten mit geringerem Iridiumbedarf in unseren 1-MW-Stacks erproben.
d Iridium ist knapp und teuer; unser Ziel ist eine Halbierung des Bedarfs bis 2028. Wir suchen Hersteller oder Start-ups mit beschichteten Membranen oder neuen Katalysatorkonzepten, die wir zunächst im Kurzstack und anschließend in einem Vollstack unseres Versuchsfeldes testen können. Prüfaufwand und Betrieb übernehmen wir. Bei Erfolg ist eine Liefervereinbarung oder Lizenz denkbar.
k Iridium; Membran-Elektroden-Einheit; PEM-Elektrolyse; Kostensenkung
> request | business | market | - | none | company |
t Lieferant für beschichtete Bipolarplatten in Serienmengen
s Gesucht wird ein Zulieferer, der ab 2027 jährlich rund 20.000 beschichtete Titan-Bipolarplatten fertigen kann.
d Für die Serienfertigung unserer PEM-Stacks suchen wir einen zweiten Lieferanten für umgeformte und beschichtete Bipolarplatten aus Titan. Erwartet werden Erfahrung mit der Umformung dünner Bleche, Beschichtungen gegen Korrosion und ein belastbares Qualitätsmanagement. Metallverarbeiter aus dem Bergischen Land oder dem Sauerland, die in den Wasserstoffmarkt einsteigen wollen, sind ausdrücklich willkommen.
k Bipolarplatte; Titan; Beschichtung; Zulieferer; Serienfertigung

@ company | en | Remscheid | small | 1958 | steel_metal manufacturing hydrogen |
N Bergstanz Precision Forming GmbH
D Bergstanz is a family-owned stamping and forming company in its third generation. Forty-five people produce thin-walled precision parts for automotive, heating and electrical customers, mostly from stainless steel, copper and titanium. As the combustion-engine business shrinks, we are moving into hydrogen components and have already delivered prototype bipolar plates and flow-field parts. Our toolmaking is in-house, which keeps tool changes fast and affordable.
C Precision stamping; deep drawing of thin foils; in-house toolmaking; titanium forming
T stamping; bipolar plate; titanium; forming
M hydrogen components; automotive suppliers; heating industry
> offer | business | pilot | 7 | none | company startup |
t Formed metallic bipolar plates from prototype to series
s We form titanium and stainless-steel bipolar plates and can scale from 100 prototypes to series volumes.
d Our presses and in-house tools handle foils from 0.075 mm, with flow-field depths tailored to customer designs. We deliver prototypes within eight weeks and have capacity for series of several tens of thousands per year. Coating is done with a partner in the region. We are looking for electrolyser and fuel-cell manufacturers who need a second source or a flexible partner for design iterations.
k bipolar plate; stamping; titanium; fuel cell; electrolyser

@ university | de | Bochum | medium | 1999 | hydrogen energy chemistry | bi
N Lehrstuhl für Elektrochemische Energiewandlung, Universität Emschertal
D Der Lehrstuhl erforscht Brennstoffzellen, Elektrolyse und Batterien von der Materialebene bis zum System. Rund 25 Promovierende und Postdocs arbeiten mit Elektronenmikroskopie, In-situ-Diagnostik und Simulation. Schwerpunkte sind Alterungsmechanismen, neue Katalysatoren und Betriebsstrategien, die die Lebensdauer verlängern. Wir kooperieren eng mit Unternehmen der Region in öffentlich geförderten Verbundprojekten und vermitteln Studierenden Abschlussarbeiten in der Industrie.
C Degradationsanalyse; In-situ-Diagnostik; elektrochemische Modellierung; Katalysatorentwicklung
T Brennstoffzelle; Elektrolyse; Degradation; Impedanzspektroskopie
M Verbundforschung; Fahrzeugindustrie; Energiewirtschaft
> offer | research_cooperation | concept | 3 | none | company startup |
t Ursachenanalyse bei Leistungsverlust von Brennstoffzellen und Elektrolyseuren
s Wir untersuchen gealterte Zellen und Stacks post mortem und leiten daraus bessere Betriebsstrategien ab.
d Lässt die Leistung eines Stacks schneller nach als erwartet, helfen wir bei der Ursachensuche: Zerlegung, Elektronenmikroskopie, Analyse von Katalysator und Membran sowie Abgleich mit den Betriebsdaten. Daraus entwickeln wir gemeinsam mit dem Partner Betriebsstrategien oder Materialänderungen. Kleinere Untersuchungen sind als Auftragsforschung möglich, größere Fragestellungen bearbeiten wir gern in einem gemeinsamen Förderprojekt.
k Post-mortem-Analyse; Degradation; Brennstoffzelle; Elektrolyse; Katalysator
> offer | talent | concept | - | none | company startup |
t Masterarbeiten zur Wasserstofftechnik in Ihrem Unternehmen
s Studierende der Elektrochemie und Verfahrenstechnik schreiben ihre Abschlussarbeit zu einer konkreten Fragestellung Ihres Betriebs.
d Jedes Semester suchen etwa zehn Masterstudierende ein Thema mit Praxisbezug. Unternehmen formulieren eine Fragestellung, etwa zur Inbetriebnahme eines Elektrolyseurs, zur Auslegung von Prüfabläufen oder zum Vergleich von Komponenten. Der Lehrstuhl betreut wissenschaftlich, das Unternehmen stellt Arbeitsplatz und Ansprechperson. Viele Absolventinnen und Absolventen bleiben danach im Partnerunternehmen.
k Abschlussarbeit; Masterstudierende; Wasserstoff; Nachwuchs

@ company | en | Duisburg | large | 1961 | logistics hydrogen mobility |
N Kessler Tank Logistics GmbH
D Kessler is a logistics company specialised in liquid bulk and gas transport, with 420 employees, 260 trucks and depots in Duisburg, Antwerp and Rotterdam. Our customers are chemical parks and energy companies along the Rhine. We are preparing to transport compressed and, later, liquid hydrogen, and we want part of our own fleet to run on hydrogen by 2030. This requires new trailers, new safety procedures and trained drivers.
C Dangerous goods transport; tank and gas logistics; fleet management; driver training
T hydrogen trailer; pressure vessel; telematics; fuel-cell truck
M chemical parks; energy suppliers; Rhine corridor
> request | technology | prototype | 6 | none | company research_institute |
t Certification support for 500-bar hydrogen tube trailers
s We need a partner experienced in pressure-vessel testing and approval for a new tube-trailer design.
d Together with a trailer builder, we have developed a multiple-element gas container for compressed hydrogen at 500 bar. Before road approval, the vessels and valves need burst, cycling and permeation tests, and the documentation must satisfy dangerous-goods rules. We are looking for a test institute or engineering office that can run the tests and guide us through the approval process.
k hydrogen trailer; pressure vessel; dangerous goods; certification; testing
> request | pilot | pilot | 7 | none | company public_body |
t Hydrogen refuelling for a pilot fleet of ten trucks
s We are looking for a partner to supply hydrogen at 350 bar near our Duisburg depot from 2027.
d From 2027 we will lease ten fuel-cell trucks for regular chemical shuttle tours. The missing piece is a refuelling solution close to the Duisburg depot with a daily demand of about 300 kg. Options include a public station, a mobile refueller or a station shared with other fleets. We welcome hydrogen producers, station operators and municipalities interested in a joint funding application.
k hydrogen refuelling; fuel-cell truck; fleet; 350 bar; depot

@ startup | de | Dortmund | small | 2020 | hydrogen mobility construction |
N H2Mobil Versorgung GmbH
D Wir bringen Wasserstoff dorthin, wo keine Tankstelle steht. Unser Team aus Dortmund hat eine mobile Betankungseinheit auf Anhänger entwickelt, die bis zu 200 Kilogramm Wasserstoff bei 350 und 700 bar abgeben kann. Kunden sind Baustellen, Veranstalter und Fuhrparks, die Wasserstofffahrzeuge erproben wollen, bevor sich eine feste Station lohnt. Die Einheit wird vermietet, inklusive Logistik und geschultem Personal.
C Mobile Wasserstoffbetankung; Gaslogistik; Genehmigungsmanagement; Betrieb von Pilotflotten
T Wasserstofftankstelle; 700 bar; mobile Betankung
M Baustellen; Fuhrparks; Kommunen
> offer | business | market | 8 | granted | company public_body |
t Mobile Wasserstofftankstelle zur Miete für Flotten-Pilotprojekte
s Unsere mobile Einheit versorgt Fahrzeugflotten ohne feste Infrastruktur mit bis zu 200 kg Wasserstoff am Tag.
d Für Pilotprojekte mit Lkw, Bussen, Kommunalfahrzeugen oder Baumaschinen stellen wir eine mobile Betankungseinheit auf dem Betriebsgelände auf. Wir kümmern uns um die Anlieferung des Wasserstoffs, die Genehmigung, das Sicherheitskonzept und die Einweisung. Die Mietdauer beginnt bei einem Monat. Besonders geeignet für Betriebe, die vor einer Investition in eine eigene Station Erfahrungen sammeln wollen.
k Wasserstoff; mobile Tankstelle; Betankung; Fuhrpark; Pilotprojekt

@ intermediary | en | Recklinghausen | small | 2019 | hydrogen energy |
N Hydrogen Network Emscher-Lippe
D The network connects about 90 companies, research groups and municipalities in the northern Ruhr that want to produce, transport or use hydrogen. We organise working groups, site visits and matchmaking days, prepare joint funding applications and help newcomers understand regulation and safety. The office is run by a small team in Recklinghausen and financed by member fees and a regional development programme.
C Cluster management; funding advice; matchmaking events; regulatory orientation
T hydrogen; electrolysis; fuel cell
M municipalities; SMEs; energy transition
> offer | business | market | - | none | company startup research_institute public_body | pt=services
t Matchmaking days for hydrogen projects in the northern Ruhr
s Four times a year we bring together suppliers, users and researchers around one concrete hydrogen topic.
d Each matchmaking day focuses on one topic, for example refuelling for fleets, hydrogen for process heat or components for electrolysers. Participants submit short profiles in advance; we arrange bilateral meetings of 20 minutes and follow up on promising contacts. Participation is free for members and for SMEs from the region. Start-ups can pitch their solutions to industrial users.
k matchmaking; hydrogen; networking; events
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- battery recycling
@ startup | en | Bottrop | small | 2022 | circular_economy automation_robotics mobility | bi
N Cellcycle Robotics GmbH
D Cellcycle Robotics automates the most dangerous step in battery recycling: opening and dismantling electric-vehicle battery packs. Our robot cell combines a 3D camera, a learning database of pack designs and tools for unscrewing, cutting and gripping. Modules come out sorted and discharged, ready for second-life use or shredding. The founding team comes from industrial robotics and from a battery manufacturer; we run a demonstration cell in a former mine workshop in Bottrop.
C Robotic disassembly; safe discharge of high-voltage packs; machine vision for unknown designs; recycling process engineering
T robotic disassembly; EV battery; 3D vision; discharge
M battery recyclers; car dealers; fleet operators
> offer | technology | pilot | 6 | applied | company |
t Automated dismantling of EV battery packs down to module level
s Our robot cell opens, discharges and dismantles battery packs of different makes without manual work on live parts.
d Manual dismantling of battery packs is slow, costly and risky because of high voltage. Our cell identifies the pack type, removes covers, fasteners and busbars, and separates modules in about 40 minutes per pack. New pack designs are learned from one supervised run. We offer the cell as a turnkey system or as a dismantling service at our Bottrop site, and we are looking for recyclers who want to integrate it into their process.
k battery disassembly; robotics; EV battery pack; recycling; automation
> request | business | market | - | none | company public_body |
t Steady supply of end-of-life EV battery packs
s We need around 500 used or damaged traction batteries per year for our dismantling service.
d To run our demonstration cell at full capacity we are looking for reliable sources of end-of-life battery packs: car dealers, repair shops, fleet operators, insurers handling accident vehicles and municipal collection points. We take care of transport as dangerous goods, documentation and safe storage, and we share the value of recovered modules. Long-term framework agreements are preferred.
k end-of-life battery; collection; supply; traction battery

@ company | de | Lünen | medium | 1962 | circular_economy steel_metal chemistry |
N Kuhlmann Metallrückgewinnung GmbH
D Kuhlmann gewinnt seit über sechzig Jahren Nichteisenmetalle aus Produktionsabfällen, Kabeln und Elektronikschrott zurück. In Lünen betreiben wir Shredder, Sortierlinien und seit 2023 eine Versuchsanlage für die hydrometallurgische Aufbereitung von Schwarzmasse aus Lithium-Ionen-Batterien. Mit 210 Beschäftigten gehören wir zu den größeren mittelständischen Recyclern in Westfalen. Wir setzen auf Partnerschaften, um die Batteriemengen der kommenden Jahre sicher und wirtschaftlich zu verarbeiten.
C Metallrecycling; Shreddern und Sortieren; Hydrometallurgie; Entsorgungsfachbetrieb
T Schwarzmasse; Hydrometallurgie; Lithium-Ionen-Batterie; Shredder
M Batteriehersteller; Automobilindustrie; Metallhandel
> request | technology | pilot | 6 | none | startup company research_institute |
t Automatisierte Demontage von Batteriepacks für unsere Recyclinganlage
s Wir suchen eine robotergestützte Lösung, um Traktionsbatterien vor dem Shreddern sicher auf Modulebene zu zerlegen.
d Die Zahl angelieferter Batteriepacks aus Elektrofahrzeugen wächst stark, und die manuelle Zerlegung durch Hochvolt-Fachkräfte wird zum Engpass. Gesucht wird eine automatisierte oder teilautomatisierte Demontagelösung, die verschiedene Packtypen erkennt, entlädt und Module sauber trennt. Wir bieten Fläche in unserer Halle, reale Batterien und Personal für einen Pilotbetrieb über mindestens sechs Monate. Eine spätere Investition in eine Serienanlage ist geplant.
k Batteriedemontage; Automatisierung; Robotik; Traktionsbatterie; Recycling
> offer | business | market | 7 | none | company startup |
t Aufbereitung von Schwarzmasse als Lohndienstleistung
s Wir übernehmen Schwarzmasse aus Batterie-Vorbehandlung und gewinnen Nickel, Kobalt und Lithium als Salze zurück.
d In unserer hydrometallurgischen Versuchsanlage verarbeiten wir Chargen ab 500 Kilogramm Schwarzmasse. Kunden erhalten eine Massenbilanz, Analysen der zurückgewonnenen Metallsalze und auf Wunsch eine Rücknahme der Produkte. Das Angebot richtet sich an Vorbehandler, Batteriehersteller mit Produktionsausschuss und Start-ups, die eigene Verfahren mit realen Materialströmen vergleichen möchten.
k Schwarzmasse; Lithium; Kobalt; Lohnverarbeitung; Recycling

@ research_institute | de | Duisburg | small | 2011 | circular_economy chemistry materials |
N Institut für Rohstoffkreisläufe Niederrhein-Ruhr e.V.
D Das gemeinnützige Institut forscht an der Rückgewinnung kritischer Rohstoffe aus Batterien, Elektronik und Industrieabfällen. Zwanzig Mitarbeitende verbinden chemische Analytik, Verfahrenstechnik im Technikumsmaßstab und Ökobilanzierung. Unsere Labore sind für die Analyse von Batteriematerialien ausgestattet, vom Elektrolyt bis zum Kathodenmaterial. Wir arbeiten überwiegend in Verbundprojekten mit Recyclern, Chemieunternehmen und Hochschulen aus Nordrhein-Westfalen.
C Rohstoffanalytik; Verfahrensentwicklung Recycling; Ökobilanzierung; Technikumsversuche
T ICP-OES; Direktrecycling; Kathodenmaterial; Ökobilanz
M Recyclingwirtschaft; Batterieindustrie; Chemie
> offer | facility | market | - | none | company startup |
t Analytik von Schwarzmasse und Batteriematerialien
s Schnelle und belastbare Bestimmung von Metallgehalten, Verunreinigungen und Restelektrolyt in Batterierecyclingströmen.
d Wir analysieren Schwarzmasse, Kathoden- und Anodenmaterial sowie Prozesslösungen mit ICP-OES, Röntgenfluoreszenz und Gaschromatographie. Typische Fragestellungen sind Lithium-, Nickel- und Kobaltgehalte, Fluorid, Kupfer- und Aluminiumverunreinigungen sowie Restfeuchte. Ergebnisse liegen in der Regel nach fünf Arbeitstagen vor. Für Start-ups bieten wir vergünstigte Paketpreise für regelmäßige Prozesskontrollen an.
k Schwarzmasse; Analytik; ICP-OES; Batteriematerial; Qualitätskontrolle
> offer | research_cooperation | concept | 3 | none | company startup university |
t Verbundprojekt zum Direktrecycling von Kathodenmaterial
s Für ein Förderprojekt suchen wir Partner, die Kathodenmaterial ohne vollständige chemische Auflösung wiederaufbereiten wollen.
d Beim Direktrecycling bleibt die Kristallstruktur des Kathodenmaterials erhalten und wird nur regeneriert. Das spart Energie und Chemikalien, stellt aber hohe Anforderungen an die Sortenreinheit. Wir planen ein Verbundprojekt mit Recyclern, Materialherstellern und einem Zellhersteller, der das regenerierte Material in Testzellen verbaut. Gesucht werden insbesondere Partner mit Zugang zu sortenreinen Produktionsabfällen.
k Direktrecycling; Kathode; Verbundprojekt; Förderung

@ company | en | Hamm | medium | 2004 | mobility energy circular_economy |
N Lippe E-Fleet Services GmbH
D Lippe E-Fleet Services maintains and repairs electric vans, buses and trucks for logistics companies and municipal operators across Westphalia. Our workshops in Hamm and Dortmund employ 95 technicians qualified for high-voltage systems. Because we see many batteries that are too weak for vehicles but far from dead, we have started to refurbish modules and assemble stationary storage systems from them. We want to turn this into a second business line.
C High-voltage repair; fleet maintenance; battery module refurbishment; stationary storage assembly
T second-life battery; battery module; state of health; stationary storage
M logistics fleets; municipal transport; commercial storage
> request | technology | prototype | 6 | none | startup research_institute |
t Fast state-of-health diagnostics for used battery modules
s We need a quick and reliable method to grade used modules before reusing them in storage systems.
d Today we test each module with a full charge-discharge cycle, which takes almost a day. For a profitable second-life business we need a diagnostic method that estimates capacity, internal resistance and remaining lifetime within minutes, ideally without removing the module from the pack. We are open to impedance-based tools, data-driven models or a combination, and can provide hundreds of modules with known history for validation.
k state of health; battery diagnostics; second life; module testing
> offer | business | market | 7 | none | company public_body |
t Second-life battery storage for workshops and depots
s Refurbished storage systems of 50 to 400 kWh built from tested vehicle battery modules.
d We build stationary storage systems from refurbished vehicle modules for peak shaving, charging of electric fleets and emergency power. Each system comes with a monitoring portal, a five-year warranty and a take-back commitment. We are looking for depot operators, car parks and municipal buildings who want an affordable storage solution with a documented environmental benefit.
k second-life battery; stationary storage; peak shaving; depot charging

@ startup | de | Essen | micro | 2023 | ai_data energy mobility |
N Zellblick Analytics UG
D Zellblick ist ein junges Team aus Essen, das den Gesundheitszustand von Lithium-Ionen-Batterien in Minuten bestimmt. Wir kombinieren eine kompakte Messbox für Impedanzspektroskopie mit einem Modell, das auf Zehntausenden Messungen trainiert wurde. So lässt sich entscheiden, ob ein Modul weiterverwendet, aufgearbeitet oder recycelt werden sollte. Unsere Kunden sind Werkstätten, Gebrauchtwagenhändler und Batterieaufbereiter.
C Batteriediagnostik; Impedanzspektroskopie; maschinelles Lernen; Gebrauchtbatterie-Bewertung
T Impedanzspektroskopie; State of Health; maschinelles Lernen; Batteriemodul
M Werkstätten; Gebrauchtwagenhandel; Second-Life-Speicher
> offer | technology | pilot | 6 | applied | company |
t Zustandsbestimmung von Batteriemodulen in fünf Minuten
s Unsere Messbox bestimmt Kapazität und Restlebensdauer gebrauchter Module ohne vollständigen Lade- und Entladezyklus.
d Die Messung dauert etwa fünf Minuten je Modul und liefert einen Gesundheitswert mit Konfidenzangabe, der mit Vollzyklustests gut übereinstimmt. Die Box wird per Tablet bedient und benötigt keine Laborumgebung. Wir suchen Aufbereiter, Werkstätten und Speicherhersteller, die das System im Alltag erproben und uns helfen, das Modell für weitere Zellchemien zu erweitern. Pilotkunden erhalten Sonderkonditionen.
k State of Health; Batteriediagnose; Second Life; Impedanz

@ university | en | Dortmund | medium | 1984 | steel_metal circular_economy materials |
N Chair of Process Metallurgy and Recycling, Hellweg University Dortmund
D The chair develops pyrometallurgical and hydrometallurgical processes for primary metal production and, increasingly, for recycling. Our laboratories include induction furnaces, a small electric arc furnace and leaching reactors up to 50 litres. Current projects deal with lithium recovery from slags, the separation of copper and aluminium foils and the use of green hydrogen as a reducing agent. About 30 researchers work at the chair.
C Pyrometallurgy; hydrometallurgy; slag chemistry; thermodynamic modelling
T lithium recovery; slag; leaching; electric arc furnace
M metal producers; recyclers; battery industry
> offer | research_cooperation | prototype | 4 | none | company |
t Lithium recovery from pyrometallurgical slags
s We have a lab-scale process to extract lithium from recycling slags and seek industrial partners to scale it up.
d When batteries are smelted, lithium usually ends up in the slag and is lost. Our process conditions the slag during cooling so that lithium can be leached selectively with high yield. Results at kilogram scale are promising. We are looking for recyclers and metal producers who provide real slags and help design a pilot trial, preferably within a publicly funded project.
k lithium; slag; recycling; leaching; scale-up
> offer | talent | concept | - | none | company |
t Industry-based master theses in metallurgy and battery recycling
s Our master students are looking for thesis topics in companies that recycle metals or batteries.
d Each year about fifteen students in metallurgy and materials engineering write their master thesis. Many would like to work on a real industrial question, such as process optimisation, mass balances or the evaluation of a new recycling route. Companies offer a topic and a supervisor; the chair ensures academic quality. Theses usually take six months and can start at any time.
k master thesis; metallurgy; recycling; students

# ---------------------------------------------------------------- steel decarbonisation
@ company | en | Duisburg | large | 1891 | steel_metal hydrogen energy | bi
N Rheinort Steelworks AG
D Rheinort Steelworks produces flat steel for the automotive, packaging and energy industries at its integrated site in Duisburg. With around 6,500 employees, the company is in the middle of converting its blast-furnace route to direct reduction with natural gas and, step by step, green hydrogen. Beyond the large plants, we need hundreds of smaller innovations: burners, sensors, slag uses, heat recovery and new testing methods. Our open innovation team is the entry point for start-ups and SMEs.
C Flat steel production; direct reduction; large-scale plant engineering; metallurgical quality control
T direct reduction; green steel; hydrogen burner; slag
M automotive; packaging steel; energy infrastructure
> request | technology | prototype | 6 | none | company startup research_institute |
t Hydrogen-ready burners for reheating and annealing furnaces
s We seek burner technology that can run on natural gas, hydrogen and any mixture without loss of product quality.
d Our downstream furnaces reheat slabs and anneal coils with more than 400 natural-gas burners. To cut emissions before hydrogen supply is fully available, we need burners that run on variable gas mixtures up to 100 percent hydrogen with low nitrogen oxides and stable heat transfer. We offer a test furnace on site and a first retrofit of one furnace zone. Burner makers, start-ups and institutes are welcome.
k hydrogen burner; furnace; NOx; fuel flexibility; retrofit
> request | business | pilot | 6 | none | company startup |
t New uses for electric-furnace and direct-reduction slags
s We are looking for partners who turn our future slags into marketable building materials or other products.
d With the new process route, the composition of our slags will change and the established market for blast-furnace slag in cement will shrink. We look for companies that can process the new slags into binders, aggregates, fertilisers or other products, and that want to run joint trials with material samples from our pilot plant. Long-term offtake agreements are possible.
k slag; building material; by-product; circular economy; steel

@ company | de | Hagen | medium | 1953 | energy steel_metal hydrogen |
N Brenntec Volme GmbH & Co. KG
D Brenntec entwickelt und fertigt Industriebrenner für Wärmebehandlungs-, Schmiede- und Glasöfen. Unsere 120 Mitarbeiterinnen und Mitarbeiter in Hagen verbinden Strömungssimulation, Versuchsstand und Fertigung unter einem Dach. Seit 2020 sind alle neuen Baureihen für Wasserstoffbeimischung ausgelegt, und unsere neueste Brennerserie läuft mit reinem Wasserstoff bei niedrigen Stickoxidwerten. Wir rüsten bestehende Öfen um und begleiten Kunden von der Messung bis zur Abnahme.
C Brennerentwicklung; Verbrennungssimulation; Ofenumrüstung; Abgasmessung
T Wasserstoffbrenner; Verbrennung; Stickoxide; Strömungssimulation
M Stahlindustrie; Schmieden; Glasindustrie
> offer | technology | market | 8 | granted | company |
t Wasserstofffähige Industriebrenner für Wärmebehandlungsöfen
s Unsere Brenner arbeiten mit Erdgas, Wasserstoff und beliebigen Mischungen bei niedrigen Stickoxidemissionen.
d Die Brennerserie deckt Leistungen von 100 kW bis 3 MW ab und lässt sich in bestehende Öfen einbauen, meist ohne Änderung der Ausmauerung. Eine geregelte Stufenverbrennung hält die Stickoxide auch bei reinem Wasserstoff niedrig. Wir übernehmen Bestandsaufnahme, Simulation, Umbau und Inbetriebnahme. Für Stahl- und Schmiedebetriebe bieten wir einen Probebetrieb an einer Ofenzone an, bevor die ganze Anlage umgerüstet wird.
k Wasserstoffbrenner; Ofen; Umrüstung; Stickoxide; Dekarbonisierung

@ research_institute | de | Dortmund | medium | 1996 | steel_metal hydrogen energy |
N Institut für Hochtemperaturprozesse Hellweg e.V.
D Das Institut ist eine gemeinnützige Forschungseinrichtung für Hochtemperaturprozesse in der Stahl-, Glas- und Keramikindustrie. In unserem Technikum in Dortmund stehen Versuchsöfen, ein Schachtreaktor für die Direktreduktion und umfangreiche Gasanalytik. Vierzig Beschäftigte arbeiten an der Umstellung energieintensiver Prozesse auf Wasserstoff und Strom, an feuerfesten Werkstoffen und an der Prozessmodellierung. Industrieprojekte sind von der Machbarkeitsstudie bis zum Pilotversuch möglich.
C Direktreduktion; Prozessmodellierung; feuerfeste Werkstoffe; Versuchsbetrieb im Technikum
T Direktreduktion; Wasserstoff; Schachtofen; Feuerfest
M Stahlindustrie; Glasindustrie; Keramik
> offer | facility | pilot | 5 | none | company startup |
t Schachtreaktor für Direktreduktionsversuche mit Wasserstoff
s Unser Technikumsreaktor reduziert bis zu 50 kg Eisenerzpellets je Versuch mit Wasserstoff, Erdgas oder Gemischen.
d Der Schachtreaktor bildet die Bedingungen industrieller Direktreduktionsanlagen im kleinen Maßstab nach. Kunden können Pellets verschiedener Herkunft, Reduktionsgase und Temperaturprofile vergleichen und erhalten Reduktionsgrad, Metallisierung und Festigkeit des Produkts. Ergänzend bieten wir Gasanalytik und thermodynamische Simulation an. Das Angebot richtet sich an Stahlhersteller, Pelletlieferanten und Anlagenbauer.
k Direktreduktion; Versuchsanlage; Eisenerz; Wasserstoff; Pellets

@ startup | en | Mülheim an der Ruhr | micro | 2022 | construction steel_metal circular_economy |
N Slagwise GmbH
D Slagwise turns steel slags into low-carbon binders for concrete. Our activation process grinds and chemically conditions slag so that it can replace up to half of the cement clinker in ready-mix concrete. The team of four combines a materials scientist, a process engineer and two founders with backgrounds in construction sales. We have a small grinding line in Mülheim and are preparing our first commercial contracts.
C Slag activation; concrete mix design; materials characterisation; construction sales
T slag; supplementary cementitious material; clinker substitution; grinding
M ready-mix concrete; precast elements; steel producers
> offer | technology | pilot | 6 | applied | company |
t Activated steel slag as clinker substitute for concrete
s Our binder replaces up to 50 percent of cement clinker and reduces the carbon footprint of concrete by around a third.
d We process slags from electric arc and converter steelmaking into a fine, reactive binder. In laboratory tests, concrete with our binder reaches the strength classes needed for foundations, walls and precast elements. We offer material for trial mixes and support with mix design and testing. We are looking for concrete producers and precast plants willing to run production-scale pilots.
k slag; cement substitute; low-carbon concrete; binder
> request | pilot | pilot | 6 | applied | company public_body |
t Construction company wanted for a low-carbon concrete pilot building
s We look for a builder or public client who uses concrete with our slag binder in a real construction project.
d To obtain general approval we need documented experience from real buildings. We are looking for a construction company, a housing association or a municipal client who will use our binder in a non-critical structural element, such as a foundation slab or a car park wall. We cover extra testing and monitoring costs and share the results publicly.
k pilot building; low-carbon concrete; construction; approval

@ company | de | Witten | small | 1936 | steel_metal manufacturing |
N Schmiedewerk Voss GmbH
D Das Schmiedewerk Voss fertigt in Witten Gesenkschmiedeteile von einem bis 80 Kilogramm für Landmaschinen, Bahntechnik und den Maschinenbau. Die 48 Mitarbeiterinnen und Mitarbeiter betreuen sowohl Einzelteile als auch Serien. Unsere Kunden fragen zunehmend nach dem CO2-Fußabdruck jedes Teils und nach Stahl aus emissionsarmer Produktion. Gleichzeitig verlieren unsere Induktionsöfen viel Wärme, die wir bislang nicht nutzen.
C Gesenkschmieden; Wärmebehandlung; mechanische Bearbeitung; Werkstoffprüfung
T Gesenkschmieden; Induktionserwärmung; Wärmebehandlung
M Landmaschinen; Bahntechnik; Maschinenbau
> request | business | market | - | none | startup company |
t Berechnung des CO2-Fußabdrucks für unsere Schmiedeteile
s Wir benötigen eine Software oder Dienstleistung, die den Product Carbon Footprint je Artikelnummer nachvollziehbar berechnet.
d Mehrere Großkunden verlangen ab 2027 einen Product Carbon Footprint für jedes gelieferte Teil. Wir haben rund 900 aktive Artikel mit unterschiedlichen Stahlgüten, Gewichten und Bearbeitungsschritten. Gesucht wird eine Lösung, die Daten aus unserem ERP, Energiemessungen und Lieferantenangaben zusammenführt und normgerecht dokumentiert. Wichtig sind geringe Einstiegskosten und eine Schnittstelle zu unserem bestehenden System.
k CO2-Fußabdruck; Product Carbon Footprint; Schmiedeteile; Nachweis
> request | technology | concept | - | none | company startup research_institute |
t Abwärme aus Induktionsöfen sinnvoll nutzen
s Wir suchen ein Konzept und einen Umsetzungspartner, um die Abwärme unserer Erwärmungsanlagen zu verwerten.
d Unsere Induktionsanlagen und die Kühlstrecken geben im Dreischichtbetrieb viel Wärme an die Umgebung ab, das Kühlwasser erreicht rund 60 °C. Wir möchten diese Wärme für die Hallenheizung, das Waschen der Teile oder ein benachbartes Wohngebiet nutzen. Gesucht wird ein Partner, der Potenzial und Wirtschaftlichkeit bewertet und eine Lösung, etwa mit Wärmepumpe, umsetzt.
k Abwärme; Wärmerückgewinnung; Induktionsofen; Energieeffizienz

@ startup | en | Dortmund | small | 2021 | ai_data steel_metal environment |
N Footprint Forge GmbH
D Footprint Forge builds carbon accounting software for metal-processing SMEs. Our tool calculates product carbon footprints per part number by combining ERP data, energy meter readings and supplier emission factors, and produces reports that meet the requirements of large automotive and machinery customers. We started with foundries and forges in Westphalia and now serve about 60 customers. The team of 14 sits in Dortmund.
C Product carbon footprint; life-cycle assessment; ERP integration; energy data analytics
T carbon accounting; product carbon footprint; ERP integration; emission factors
M metal processing; foundries; automotive suppliers
> offer | business | market | 9 | none | company |
t Product carbon footprint software for forges, foundries and machine shops
s Calculate and document the carbon footprint of every part number with data you already have.
d Our software connects to common ERP systems and energy meters, allocates energy and material emissions to each article and produces footprint reports in the formats customers ask for. Setup takes about four weeks, including a workshop with your production and controlling team. Pricing is based on the number of active articles, which keeps it affordable for small companies. We also help collect supplier data for steel and other purchased materials.
k product carbon footprint; carbon accounting; ERP; metal processing; reporting

@ university | de | Essen | medium | 1972 | steel_metal materials |
N Lehrstuhl für Eisenhüttenkunde und Werkstofftechnik, Universität Emschertal
D Der Lehrstuhl verbindet die Metallurgie von Stahl mit der Werkstofftechnik seiner Anwendungen. Wir untersuchen, wie sich Eisenschwamm aus der Direktreduktion im Elektrolichtbogenofen verhält, wie Begleitelemente aus Schrott die Eigenschaften verändern und wie neue Stahlgüten für Wasserstoffanwendungen aussehen müssen. Dazu betreiben wir Schmelz- und Umformanlagen im Labormaßstab sowie eine umfangreiche Werkstoffprüfung.
C Stahlmetallurgie; Schrottqualität; Legierungsentwicklung; Gefügeanalyse
T Elektrolichtbogenofen; Eisenschwamm; Schrott; Legierungsentwicklung
M Stahlhersteller; Schrotthandel; Automobilzulieferer
> offer | research_cooperation | concept | 3 | none | company |
t Stahlgüten aus hohem Schrottanteil: Forschungspartner gesucht
s Wir untersuchen, wie Kupfer und Zinn aus Schrott die Verarbeitung von Stahl beeinflussen, und suchen Industriepartner.
d Mit steigendem Schrotteinsatz gelangen mehr Begleitelemente wie Kupfer und Zinn in den Stahl, die bei der Umformung Risse verursachen können. Wir bieten ein Verbundprojekt an, in dem Stahlhersteller, Schrotthändler und Verarbeiter gemeinsam Grenzwerte, Sortierstrategien und Legierungskonzepte entwickeln. Labor-Schmelzen und Umformversuche führt der Lehrstuhl durch.
k Schrott; Begleitelemente; Stahlqualität; Kreislaufwirtschaft
""")


# --------------------------------------------------------------------------------------------
# Parsing and assembly
# --------------------------------------------------------------------------------------------

ORG_TAGS = {"N": "name", "D": "description", "C": "competences", "T": "technology_keywords",
            "M": "market_keywords"}
OPP_TAGS = {"t": "title", "s": "summary", "d": "description", "k": "keywords"}
LIST_FIELDS = {"competences", "technology_keywords", "market_keywords", "keywords"}


class BlockError(ValueError):
    pass


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.split(";") if p.strip()]


def parse_blocks(blocks: list[str]) -> list[dict]:
    orgs: list[dict] = []
    org: dict | None = None
    opp: dict | None = None
    for block in blocks:
        for lineno, raw in enumerate(block.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tag, _, rest = line.partition(" ")
            rest = rest.strip()
            if tag == "@":
                cols = [c.strip() for c in rest.split("|")]
                if len(cols) != 7:
                    raise BlockError(f"bad organisation header: {line!r}")
                kind, lang, city, size, year, sectors, flags = cols
                org = {"kind": kind, "lang": lang, "city": city, "size": size, "year": year,
                       "sectors": sectors.split(), "flags": flags.split(), "opps": []}
                orgs.append(org)
                opp = None
            elif tag == ">":
                cols = [c.strip() for c in rest.split("|")]
                if org is None or len(cols) != 7:
                    raise BlockError(f"bad opportunity header: {line!r}")
                direction, otype, stage, trl, ipr, partner_kinds, flags = cols
                opp = {"direction": direction, "type": otype, "stage": stage, "trl": trl, "ipr": ipr,
                       "partner_kinds": partner_kinds.split(), "flags": flags.split()}
                org["opps"].append(opp)
            elif tag in ORG_TAGS and org is not None and opp is None:
                field = ORG_TAGS[tag]
                org[field] = split_list(rest) if field in LIST_FIELDS else rest
            elif tag in OPP_TAGS and opp is not None:
                field = OPP_TAGS[tag]
                opp[field] = split_list(rest) if field in LIST_FIELDS else rest
            elif tag in ORG_TAGS and opp is not None:
                raise BlockError(f"organisation field after an opportunity: {line!r}")
            else:
                raise BlockError(f"cannot read line {lineno}: {line!r}")
    return orgs


def load_cities() -> dict[str, dict]:
    with CITIES_CSV.open(encoding="utf-8") as fh:
        return {row["name"]: row for row in csv.DictReader(fh)}


def load_sectors() -> list[str]:
    with SECTORS_CSV.open(encoding="utf-8") as fh:
        return [row["code"] for row in csv.DictReader(fh)]


def make_contacts(org: dict, used_emails: set[str]) -> list[dict]:
    name, kind, lang = org["name"], org["kind"], org["lang"]
    count = 2 if hfrac("contacts", name) < (0.55 if kind in ("public_body", "intermediary", "university") else 0.35) else 1
    domain = "example.org" if kind in ("university", "research_institute", "public_body", "intermediary") else "example.com"
    people = []
    for i in range(count):
        international = hfrac("intl", name, i) < (0.45 if lang == "en" else 0.08)
        first, gender = pick(FIRST_INT if international else FIRST_DE, "first", name, i)
        last = pick(LAST_INT if international and hfrac("lastintl", name, i) < 0.7 else LAST_DE, "last", name, i)
        role_m, role_f = pick(ROLES[(kind, lang)], "role", name, i)
        if i == 1 and people and people[0]["role"] in (role_m, role_f):
            role_m, role_f = ROLES[(kind, lang)][(ROLES[(kind, lang)].index((role_m, role_f)) + 1) % len(ROLES[(kind, lang)])]
        local = re.sub(r"[^a-z]+", "", ascii_fold(first).lower()) + "." + re.sub(r"[^a-z]+", "", ascii_fold(last).lower())
        email, n = f"{local}@{domain}", 2
        while email in used_emails:
            email, n = f"{local}{n}@{domain}", n + 1
        used_emails.add(email)
        area = AREA_CODES.get(org["city"], "201")
        phone = f"+49 {area} 0000{100 + hnum('phone', name, i) % 900}"
        people.append({"name": f"{first} {last}", "role": role_f if gender == "f" else role_m,
                       "email": email, "phone": phone})
    return people


def opp_regions(region: str, key: str) -> list[str]:
    r = hfrac("regions", key)
    near = NEIGHBOURS[region]
    if r < 0.35:
        return [region, "NRW"]
    if r < 0.55:
        return [region]
    if r < 0.75:
        return ["NRW"]
    if r < 0.9:
        return [region, near[hnum("near", key) % len(near)], "NRW"]
    return [region, near[0]]


def opp_sizes(partner_kinds: list[str], key: str) -> list[str]:
    if not set(partner_kinds) & {"company", "startup"}:
        return []
    options = ([], ["small", "medium"], ["micro", "small"], ["medium", "large"],
               ["small", "medium", "large"], [], ["micro", "small", "medium"])
    return list(pick(options, "sizes", key))


def build_opportunity(o: dict, org: dict, ref: str) -> dict:
    key = org["name"] + "\x1f" + o["title"]
    flags = o["flags"]
    partnerships = next((f[3:].split(",") for f in flags if f.startswith("pt=")), None)
    if partnerships is None:
        partnerships = list(DEFAULT_PARTNERSHIPS[(o["type"], o["direction"])])
        if len(partnerships) > 1 and hfrac("pt-trim", key) < 0.4:
            partnerships = partnerships[:-1]
    expires = date(2027, 3, 1) + timedelta(days=hnum("expires", key) % 306)
    deadline = None
    if "nodl" not in flags and hfrac("deadline", key) < 0.55:
        deadline = expires - timedelta(days=30 + hnum("dl-gap", key) % 240)
    status = "draft" if "draft" in flags else "paused" if "paused" in flags else "published"
    return {
        "ref": ref,
        "direction": o["direction"],
        "type": o["type"],
        "title": o["title"],
        "summary": o["summary"],
        "description": o["description"],
        "stage": o["stage"],
        "trl": None if o["trl"] == "-" else int(o["trl"]),
        "ipr_status": o["ipr"],
        "partner_kinds": o["partner_kinds"],
        "partner_sizes": opp_sizes(o["partner_kinds"], key),
        "partnership_types": partnerships,
        "regions": opp_regions(org["region"], key),
        "keywords": o.get("keywords", []),
        "deadline": deadline.isoformat() if deadline else None,
        "expires_at": expires.isoformat(),
        "status": status,
    }


def validate(orgs: list[dict], cities: dict[str, dict], sectors: list[str]) -> list[str]:
    problems: list[str] = []
    names: set[str] = set()
    for org in orgs:
        label = org.get("name", "?")
        for field in ("name", "description", "competences"):
            if field not in org:
                problems.append(f"{label}: missing {field}")
        if label in names:
            problems.append(f"{label}: duplicate name")
        names.add(label)
        if org["kind"] not in KINDS:
            problems.append(f"{label}: kind {org['kind']}")
        if org["lang"] not in ("de", "en"):
            problems.append(f"{label}: lang {org['lang']}")
        if org["city"] not in cities:
            problems.append(f"{label}: city {org['city']}")
        if org["size"] != "-" and org["size"] not in SIZES:
            problems.append(f"{label}: size {org['size']}")
        if not 1 <= len(org["sectors"]) <= 3 or any(s not in sectors for s in org["sectors"]):
            problems.append(f"{label}: sectors {org['sectors']}")
        for flag in org["flags"]:
            if flag not in ("anon", "hidden", "bi"):
                problems.append(f"{label}: flag {flag}")
        words = word_count(org.get("description", ""))
        if not 40 <= words <= 120:
            problems.append(f"{label}: description has {words} words")
        if not 2 <= len(org.get("competences", [])) <= 5:
            problems.append(f"{label}: {len(org.get('competences', []))} competences")
        for field in ("technology_keywords", "market_keywords"):
            if len(org.get(field, [])) > 5:
                problems.append(f"{label}: too many {field}")
        if len(org["opps"]) > 3:
            problems.append(f"{label}: {len(org['opps'])} opportunities")
        for o in org["opps"]:
            olabel = f"{label} / {o.get('title', '?')}"
            for field in ("title", "summary", "description", "keywords"):
                if field not in o:
                    problems.append(f"{olabel}: missing {field}")
            if o["direction"] not in ("offer", "request"):
                problems.append(f"{olabel}: direction {o['direction']}")
            if o["type"] not in OPP_TYPES:
                problems.append(f"{olabel}: type {o['type']}")
            if o["stage"] not in STAGES:
                problems.append(f"{olabel}: stage {o['stage']}")
            if o["trl"] != "-" and not (o["trl"].isdigit() and 1 <= int(o["trl"]) <= 9):
                problems.append(f"{olabel}: trl {o['trl']}")
            if o["ipr"] not in IPR:
                problems.append(f"{olabel}: ipr {o['ipr']}")
            if not o["partner_kinds"] or any(k not in KINDS for k in o["partner_kinds"]):
                problems.append(f"{olabel}: partner kinds {o['partner_kinds']}")
            for flag in o["flags"]:
                if flag.startswith("pt="):
                    if any(p not in PARTNERSHIPS for p in flag[3:].split(",")):
                        problems.append(f"{olabel}: partnership {flag}")
                elif flag not in ("draft", "paused", "nodl"):
                    problems.append(f"{olabel}: flag {flag}")
            if word_count(o.get("title", "")) > 12:
                problems.append(f"{olabel}: title too long")
            words = word_count(o.get("description", ""))
            if not 30 <= words <= 100:
                problems.append(f"{olabel}: description has {words} words")
            sentences = len(re.findall(r"[.!?](?:\s|$)", o.get("summary", "")))
            if not 1 <= sentences <= 2:
                problems.append(f"{olabel}: summary has {sentences} sentences")
            if not 1 <= len(o.get("keywords", [])) <= 5:
                problems.append(f"{olabel}: {len(o.get('keywords', []))} keywords")
    return problems


def build(orgs: list[dict], cities: dict[str, dict]) -> list[dict]:
    orgs = sorted(orgs, key=lambda o: hnum("order", o["name"]))
    records: list[dict] = []
    used_emails: set[str] = set()
    used_sites: set[str] = set()
    opp_no = 0
    for number, org in enumerate(orgs, 1):
        name, kind = org["name"], org["kind"]
        city = cities[org["city"]]
        org["region"] = city["region"]
        size = org["size"] if org["size"] != "-" else pick(SIZE_CHOICES[kind], "size", name)
        if org["year"] != "-":
            year = int(org["year"])
        else:
            lo, hi = YEAR_RANGES[kind]
            year = lo + hnum("year", name) % (hi - lo + 1)
        lat = round(float(city["latitude"]) + (hfrac("lat", name) * 2 - 1) * 0.018, 4)
        lon = round(float(city["longitude"]) + (hfrac("lon", name) * 2 - 1) * 0.018, 4)
        site = slug(name)
        while site in used_sites:
            site += "-" + org["city"][:3].lower()
        used_sites.add(site)
        flags = org["flags"]
        visibility = "hidden" if "hidden" in flags else "anonymous" if "anon" in flags else "public"
        languages = ["de", "en"] if "bi" in flags else [org["lang"]]
        opportunities = []
        for o in org["opps"]:
            opp_no += 1
            opportunities.append(build_opportunity(o, org, f"demo-opp-{opp_no:04d}"))
        records.append({
            "ref": f"demo-org-{number:04d}",
            "name": name,
            "kind": kind,
            "size_band": size,
            "founding_year": year,
            "city": org["city"],
            "postcode": city["postcode"],
            "country": "DE",
            "latitude": lat,
            "longitude": lon,
            "region": city["region"],
            "website": f"https://{site}.example",
            "languages": languages,
            "description": org["description"],
            "competences": org["competences"],
            "sectors": org["sectors"],
            "technology_keywords": org.get("technology_keywords", []),
            "market_keywords": org.get("market_keywords", []),
            "visibility": visibility,
            "source": "demo",
            "contacts": make_contacts(org, used_emails),
            "opportunities": opportunities,
        })
    return records


def main() -> int:
    cities = load_cities()
    sectors = load_sectors()
    orgs = parse_blocks(BLOCKS)
    problems = validate(orgs, cities, sectors)
    if problems:
        for problem in problems:
            print("problem:", problem, file=sys.stderr)
        return 1
    records = build(orgs, cities)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    n_opps = sum(len(r["opportunities"]) for r in records)
    print(f"wrote {len(records)} organisations with {n_opps} opportunities to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
