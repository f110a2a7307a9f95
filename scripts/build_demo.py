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
LEGAL_FORMS = {"gmbh", "ag", "kg", "co", "ug", "e", "v", "mbh", "ggmbh", "aoer", "gbr", "eg", "ltd", "se", "partgmbb"}
SLUG_STOPWORDS = {"for", "of", "the", "and", "fuer", "und", "der", "die", "das", "im", "am"}


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
    parts = [p for p in re.split(r"[^a-z0-9]+", ascii_fold(text).lower()) if p and p not in LEGAL_FORMS and p not in SLUG_STOPWORDS]
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
N Spraycell Membranes GmbH
D Spraycell Membranes is a spin-off founded by three electrochemists. We develop catalyst-coated membranes for PEM electrolysers that need up to 70 percent less iridium than today's standard, using a spray process that can be scaled on ordinary coating lines. Our pilot line in Essen produces cells up to 300 cm². We are backed by a seed investor and two public grants and are preparing our first field installations.
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
> request | technology | prototype | 5 | none | company research_institute startup |
t Coating partner for corrosion-resistant bipolar plates
s We look for a coating specialist who protects our stamped titanium and steel plates at series cost.
d Our customers ask for complete, coated bipolar plates rather than bare formed parts. We are looking for a partner with PVD or similar coating technology that gives low contact resistance and long-term corrosion protection in fuel cells and electrolysers. Ideally the partner is located in the region and wants to grow into hydrogen with us.
k coating; bipolar plate; corrosion; PVD; hydrogen

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
> request | technology | prototype | 6 | none | company research_institute | paused
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
> request | business | market | - | none | company |
t Lieferanten für grünen Wasserstoff in Trailern gesucht
s Für unsere mobilen Tankstellen suchen wir Erzeuger, die grünen Wasserstoff in Druckgasbehältern liefern.
d Unsere Kunden fragen zunehmend nach Wasserstoff aus erneuerbarem Strom. Wir suchen Betreiber von Elektrolyseuren im Ruhrgebiet oder am Niederrhein, die uns regelmäßig mit Wasserstoff in Trailern beliefern. Gewünscht sind Mengen von zunächst 50 Tonnen pro Jahr mit Herkunftsnachweis und flexibler Abholung.
k grüner Wasserstoff; Lieferant; Trailer; Elektrolyseur

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
> request | pilot | pilot | 6 | applied | company public_body | paused
t Verkehrsbetriebe für Pilot mit Elektrobus-Batterien gesucht
s Wir möchten unser Diagnoseverfahren auf große Busbatterien übertragen und suchen dafür Pilotpartner.
d Bislang haben wir unser Modell vor allem an Pkw-Modulen trainiert. Für Elektrobusse mit deutlich größeren Batterien suchen wir Verkehrsbetriebe oder Werkstätten, die uns über sechs Monate Messungen an ihrer Flotte ermöglichen. Im Gegenzug erhalten sie kostenlose Zustandsberichte für alle Fahrzeuge.
k Elektrobus; Batteriediagnose; Pilot; Verkehrsbetrieb

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
> request | research_cooperation | prototype | 6 | granted | research_institute university |
t Forschungspartner für Flammendiagnostik bei Wasserstoffverbrennung
s Wir suchen ein Institut, das mit uns Flammenstabilität und Stickoxidbildung bei reinem Wasserstoff untersucht.
d Wasserstoffflammen verhalten sich anders als Erdgasflammen: Sie sind heißer, schneller und kaum sichtbar. Für die nächste Brennergeneration möchten wir gemeinsam mit einem Institut optische Messverfahren, Simulation und Versuche im Technikumsofen kombinieren. Ein gemeinsamer Förderantrag ist vorgesehen.
k Wasserstoffverbrennung; Flammendiagnostik; Stickoxide; Forschungskooperation

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
N Schmiedewerk Dorlöchter GmbH
D Das Schmiedewerk Dorlöchter fertigt in Witten Gesenkschmiedeteile von einem bis 80 Kilogramm für Landmaschinen, Bahntechnik und den Maschinenbau. Die 48 Mitarbeiterinnen und Mitarbeiter betreuen sowohl Einzelteile als auch Serien. Unsere Kunden fragen zunehmend nach dem CO2-Fußabdruck jedes Teils und nach Stahl aus emissionsarmer Produktion. Gleichzeitig verlieren unsere Induktionsöfen viel Wärme, die wir bislang nicht nutzen.
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


BLOCKS.append(r"""
# ---------------------------------------------------------------- predictive maintenance
@ startup | en | Dortmund | small | 2019 | ai_data manufacturing automation_robotics |
N Vibrasense Analytics GmbH
D Vibrasense makes condition monitoring affordable for machines that were never designed to be connected. Our battery-powered sensors clip onto motors, gearboxes, pumps and fans, measure vibration and temperature and send the data over a wireless network to our cloud. Anomaly detection models learn the normal behaviour of each machine and warn maintenance teams days or weeks before a failure. About 1,800 sensors are installed at 40 customers.
C Retrofit condition monitoring; vibration analysis; anomaly detection; industrial wireless networks
T vibration sensor; anomaly detection; LoRaWAN; condition monitoring
M manufacturing SMEs; water utilities; food industry
> offer | technology | market | 9 | secret | company public_body |
t Retrofit condition monitoring kit for older machines
s Clip-on wireless sensors and anomaly detection that warn of bearing and gearbox damage weeks in advance.
d The starter kit contains ten sensors, a gateway and twelve months of software. Installation takes an afternoon and needs no intervention in the machine control. After two weeks of learning, the system reports deviations with a plain-language explanation, such as growing imbalance or lubrication problems. We are looking for manufacturers with older machine parks who want to reduce unplanned downtime without replacing equipment.
k condition monitoring; retrofit; vibration; predictive maintenance; anomaly detection
> request | investment | market | - | none | intermediary company |
t Series A investors for international expansion
s We are raising our first larger round to enter the Benelux and Polish markets.
d After three years of growth in Germany, we want to open sales offices in the Netherlands and Poland and expand our data-science team. We are looking for investors with experience in industrial software, ideally corporate venture arms of machine builders or industrial groups who can also open doors to customers. Key figures and a data room are available on request.
k Series A; industrial software; investment; expansion

@ company | de | Remscheid | medium | 1921 | manufacturing steel_metal |
N Hombrecher Präzisionsteile GmbH
D Hombrecher fertigt in Remscheid Dreh- und Frästeile für Hydraulik, Medizintechnik und den Werkzeugbau. Der Maschinenpark umfasst rund 70 Maschinen, von modernen Bearbeitungszentren bis zu Drehautomaten aus den Neunzigerjahren, die zuverlässig laufen, aber keine Daten liefern. Mit 130 Beschäftigten im Dreischichtbetrieb sind ungeplante Stillstände teuer. Wir investieren deshalb gezielt in Digitalisierung, ohne funktionierende Maschinen auszutauschen.
C Präzisionsdrehen; Fräsen; Serienfertigung; Qualitätsprüfung
T CNC-Bearbeitung; Drehautomat; Maschinendaten
M Hydraulik; Medizintechnik; Werkzeugbau
> request | technology | market | 8 | none | startup company |
t Zustandsüberwachung für ältere Drehautomaten ohne Steuerungseingriff
s Wir suchen nachrüstbare Sensorik, die Lager- und Spindelschäden an unseren älteren Maschinen frühzeitig erkennt.
d Rund 25 unserer Drehautomaten sind über 25 Jahre alt und haben keine digitale Schnittstelle. Ausfälle von Spindellagern führen regelmäßig zu mehrtägigen Stillständen. Gesucht wird eine Lösung, die ohne Eingriff in die Steuerung Schwingungen oder Temperaturen misst, Anomalien meldet und sich in unser bestehendes Instandhaltungsprogramm integrieren lässt. Ein Test an fünf Maschinen ist kurzfristig möglich.
k Zustandsüberwachung; Nachrüstung; Lagerschaden; Instandhaltung; Schwingung

@ company | en | Gelsenkirchen | large | 1949 | manufacturing energy water |
N Kappelhoff Fluid Systems GmbH
D Kappelhoff designs and builds centrifugal pumps and compressors for power plants, refineries and district heating networks. From our main site in Gelsenkirchen, 650 employees serve customers worldwide; our service business looks after more than 12,000 installed machines. Many of them send operating data to our control centre, but we still mainly rely on fixed maintenance intervals. We want to move to condition-based service contracts.
C Pump and compressor engineering; field service; rotor dynamics; service contracts
T centrifugal pump; compressor; SCADA data; bearing monitoring
M power plants; refineries; district heating
> request | research_cooperation | prototype | 4 | none | university research_institute startup |
t Forecasting bearing failures from years of operating data
s We are looking for data scientists who can turn our historical SCADA and service data into reliable failure forecasts.
d We hold ten years of operating data from about 3,000 pumps, together with service reports describing actual failures. Previous attempts to predict bearing failures produced too many false alarms. We want to work with a research group or a specialised start-up on models that combine physical knowledge with machine learning and give a remaining useful life estimate. A joint publicly funded project is an option.
k remaining useful life; bearing failure; machine learning; SCADA; pumps

@ university | de | Dortmund | medium | 1990 | manufacturing ai_data logistics | bi
N Lehrstuhl für Instandhaltung und Anlagenmanagement, Hellweg-Universität Dortmund
D Der Lehrstuhl beschäftigt sich mit der Frage, wie Anlagen zuverlässig, sicher und wirtschaftlich betrieben werden. Wir entwickeln Verfahren zur Restlebensdauerprognose, bewerten Instandhaltungsstrategien und erproben Assistenzsysteme für Servicetechniker. Eine Lernfabrik mit vernetzten Maschinen erlaubt es, Szenarien realitätsnah zu testen. Partner sind Maschinenbauer, Energieversorger und Betreiber von Verkehrsinfrastruktur.
C Restlebensdauerprognose; Instandhaltungsstrategie; Zuverlässigkeitsanalyse; Lernfabrik
T Restlebensdauer; Zustandsüberwachung; digitale Instandhaltung
M Maschinenbau; Energieversorgung; Infrastrukturbetreiber
> offer | research_cooperation | prototype | 4 | none | company public_body |
t Gemeinsame Entwicklung von Prognosemodellen für Ihre Anlagen
s Wir entwickeln mit Ihren Betriebsdaten Modelle, die Ausfälle vorhersagen und Wartungszeitpunkte optimieren.
d Viele Unternehmen sammeln Maschinendaten, nutzen sie aber kaum für die Instandhaltung. Wir analysieren gemeinsam mit Ihnen vorhandene Daten und Störungsberichte, kombinieren physikalisches Wissen mit maschinellem Lernen und validieren die Modelle in Ihrem Betrieb. Kleine Vorstudien sind in drei Monaten möglich; für größere Vorhaben beraten wir zu passenden Förderprogrammen.
k Prognosemodell; Instandhaltung; Betriebsdaten; maschinelles Lernen
> offer | talent | concept | - | none | company |
t Studentische Projektgruppen für Instandhaltungsdaten
s Teams aus vier bis sechs Studierenden bearbeiten ein Semester lang eine Datenfrage aus Ihrer Instandhaltung.
d Im Projektseminar analysieren Studierende des Wirtschaftsingenieurwesens und der Informatik reale Daten aus Unternehmen, etwa Störmeldungen, Ersatzteilverbrauch oder Sensordaten. Am Ende stehen eine Auswertung, ein Prototyp und eine Präsentation vor der Geschäftsführung. Der Aufwand für das Unternehmen beträgt etwa zwei Stunden pro Woche für die Betreuung.
k Projektseminar; Studierende; Instandhaltung; Datenanalyse

@ startup | de | Bochum | micro | 2021 | manufacturing automation_robotics |
N Schmierwerk Sensorik UG
D Schmierwerk hat einen Ultraschallsensor entwickelt, der den Schmierzustand von Wälzlagern im laufenden Betrieb erkennt. Statt nach Kalender zu schmieren, erfahren Instandhalter, wann ein Lager wirklich Fett braucht und wann zu viel davon Schaden anrichtet. Das Gründerteam kommt aus der Tribologie und hat das Verfahren an einer Hochschule im Ruhrgebiet entwickelt. Erste Kunden sind Papierfabriken und Zementwerke.
C Tribologie; Ultraschallmesstechnik; Schmierstoffmanagement; Sensorentwicklung
T Ultraschall; Wälzlager; Schmierung; Sensor
M Papierindustrie; Zementwerke; Bergbau
> offer | technology | pilot | 7 | granted | company |
t Bedarfsgerechte Lagerschmierung per Ultraschallsensor
s Unser Sensor misst den Schmierzustand von Wälzlagern und sagt, wann nachgeschmiert werden muss.
d Falsche Schmierung ist eine der häufigsten Ursachen für Lagerausfälle. Der Sensor wird auf das Lagergehäuse geklebt und erfasst Reibungsgeräusche im Ultraschallbereich. Eine App zeigt für jedes Lager den Schmierzustand und die empfohlene Fettmenge an. Wir suchen Betriebe mit vielen schwer zugänglichen Lagern, etwa an Förderbändern, Mühlen oder Ventilatoren, für einen dreimonatigen Pilotbetrieb.
k Schmierung; Wälzlager; Ultraschall; Instandhaltung; Sensor
> request | investment | pilot | 7 | granted | intermediary company |
t Seed-Finanzierung für Serienfertigung unseres Schmiersensors
s Wir suchen 1,2 Millionen Euro, um die Fertigung aufzubauen und den Vertrieb zu starten.
d Nach erfolgreichen Pilotprojekten in Papierfabriken und Zementwerken wollen wir unseren Sensor in Serie bringen. Gesucht werden Business Angels oder industrielle Investoren mit Bezug zur Instandhaltung oder Schmierstofftechnik, die uns auch mit Kontakten unterstützen.
k Seed-Finanzierung; Business Angel; Sensorik; Instandhaltung

@ company | de | Hamm | medium | 1978 | mobility logistics manufacturing | anon
N Westfalen Waggonservice GmbH
D Wir warten und reparieren Güterwagen für private Wagenhalter und Bahnunternehmen. In unserer Werkstatt in Westfalen arbeiten 160 Beschäftigte an Radsätzen, Bremsen und Drehgestellen; mobile Teams sind im gesamten Ruhrgebiet unterwegs. Wir möchten Instandhaltung stärker am tatsächlichen Verschleiß ausrichten und dafür Daten aus Telematik und Werkstattbefunden verbinden.
C Güterwagen-Instandhaltung; Radsatzbearbeitung; Bremsenrevision; mobile Reparatur
T Radsatz; Telematik; Verschleißprognose
M Wagenhalter; Güterverkehr; Chemielogistik
> request | research_cooperation | concept | 3 | none | university research_institute startup |
t Verschleißprognose für Radsätze von Güterwagen
s Wir suchen Partner, die aus Werkstattbefunden und Telematikdaten den Verschleiß von Radsätzen vorhersagen.
d Radsätze werden heute nach Laufleistung und Sichtprüfung getauscht. Wir verfügen über Messprotokolle von mehr als 20.000 Radsätzen und zunehmend über Telematikdaten der Wagen. Gemeinsam mit einem Lehrstuhl oder Start-up wollen wir ein Modell entwickeln, das den Verschleiß je Wagen prognostiziert und Werkstattaufenthalte besser planbar macht. Ein Förderantrag ist denkbar.
k Radsatz; Verschleiß; Prognose; Güterwagen; Telematik

# ---------------------------------------------------------------- AI visual quality inspection
@ startup | en | Essen | small | 2020 | ai_data manufacturing automation_robotics | bi
N Defectlens GmbH
D Defectlens develops AI-based visual inspection for manufacturers of metal, plastic and coated parts. Our models learn what a good part looks like from a few hundred images and reliably find scratches, dents, pores and coating defects, even on reflective surfaces. We supply complete inspection stations or integrate software into existing cameras. The team of 22 people in Essen combines computer vision, lighting design and automation engineering.
C Computer vision; surface defect detection; inspection lighting; line integration
T deep learning; surface inspection; anomaly detection; industrial camera
M metal processing; plastics moulding; automotive suppliers
> offer | technology | market | 8 | secret | company |
t AI visual inspection for reflective and chrome-plated surfaces
s Inline detection of scratches, pits and coating defects on shiny parts where classical image processing fails.
d Reflective surfaces are notoriously hard to inspect automatically. Our station combines structured lighting with a deep-learning model trained on a small number of examples, so new part variants can be added within days. Typical detection rates exceed 98 percent at cycle times below two seconds. We offer a feasibility study with your parts within four weeks and, if successful, a fixed-price inspection station.
k visual inspection; surface defects; chrome; deep learning; quality control
> offer | pilot | pilot | 7 | secret | company |
t Free feasibility study on your inspection problem
s Send us 200 parts and we show within four weeks whether AI inspection works for your defects.
d Many manufacturers are unsure whether their inspection task can be automated. We analyse sample parts with good and defective examples, test lighting and camera setups in our lab and train a first model. The result is a short report with detection rates, false alarm rates and a cost estimate for a production solution. Ideal for quality managers preparing an investment decision.
k feasibility study; visual inspection; quality; pilot

@ company | de | Velbert | medium | 1948 | manufacturing steel_metal |
N Tiemann Beschlagtechnik GmbH
D Tiemann produziert in Velbert Tür- und Fensterbeschläge aus Zinkdruckguss und Messing, veredelt durch Verchromung, Vernickelung und Pulverbeschichtung. 240 Beschäftigte fertigen für Baumärkte, Möbelhersteller und Architekturprojekte in ganz Europa. Die Endkontrolle erfolgt noch überwiegend per Auge, was bei hohen Stückzahlen und glänzenden Oberflächen anstrengend und fehleranfällig ist.
C Zinkdruckguss; galvanische Veredelung; Montage; Oberflächentechnik
T Druckguss; Verchromung; Oberflächenprüfung
M Baubeschläge; Möbelindustrie; Baumärkte
> request | technology | pilot | 7 | none | startup company |
t Automatisierte Erkennung von Oberflächenfehlern an verchromten Beschlägen
s Wir suchen ein Bildverarbeitungssystem, das Kratzer, Poren und Schichtfehler auf glänzenden Teilen zuverlässig erkennt.
d Täglich prüfen unsere Mitarbeitenden rund 40.000 verchromte und vernickelte Griffe und Rosetten per Sichtkontrolle. Gesucht wird eine automatische Oberflächenprüfung, die spiegelnde Flächen beherrscht, mit wechselnden Varianten zurechtkommt und in unsere bestehenden Rundtakt-Anlagen passt. Wir stellen Musterteile mit typischen Fehlern bereit und möchten zunächst eine Machbarkeitsstudie durchführen.
k Oberflächenfehler; Sichtprüfung; Bildverarbeitung; Verchromung; Qualitätssicherung

@ company | en | Solingen | small | 1912 | manufacturing steel_metal design |
N Wupperklinge Cutlery GmbH
D Wupperklinge has been grinding kitchen knives, scissors and professional cutting tools in Solingen for more than a century. Around 60 people combine traditional hand finishing with modern grinding robots. We sell under our own brand and as a private-label manufacturer for premium retailers. Our challenge is to keep the famous quality consistent while experienced grinders retire and younger customers expect new designs.
C Blade grinding; heat treatment of cutlery steel; hand finishing; private-label production
T blade grinding; heat treatment; cutting edge
M premium kitchenware; professional chefs; private label
> request | technology | prototype | 5 | none | startup research_institute company |
t Automatic inspection of cutting edges for burrs and sharpness
s We need an inline system that checks every knife edge for burrs, chips and consistent sharpness angle.
d Today experienced grinders check edges by eye and by touch, which is hard to scale and to teach. We are looking for a technology partner who can build a camera-based or laser-based inspection of the cutting edge, measuring the angle and detecting burrs and micro-chips at a rate of about ten blades per minute. Sample blades and time on our line are available.
k edge inspection; burr detection; sharpness; machine vision; cutlery

@ startup | de | Wuppertal | micro | 2022 | ai_data textiles manufacturing |
N Bahnblick Inspektion UG
D Bahnblick entwickelt Kamerasysteme für die Fehlererkennung auf laufenden Materialbahnen: Gewebe, Vliesstoffe, Folien und Papier. Zeilenkameras und eine eigene Auswertesoftware erkennen Löcher, Flecken, Webfehler und Dickstellen bei Bahngeschwindigkeiten bis 300 Meter pro Minute. Das Team aus Wuppertal kennt die Textilindustrie aus eigener Arbeit und legt Wert auf einfache Bedienung an der Maschine.
C Zeilenkamera-Inspektion; Bahnwarenprüfung; Fehlerklassifikation; Maschinenintegration
T Zeilenkamera; Bahninspektion; Fehlerklassifikation
M Textilindustrie; Vliesstoffe; Folienhersteller
> offer | technology | market | 8 | none | company |
t Kamerabasierte Fehlererkennung für Gewebe und Vliesstoffe
s Unser System erkennt Löcher, Flecken und Webfehler auf Materialbahnen in Echtzeit und protokolliert sie meterweise.
d Die Inspektionsbrücke wird über der Warenbahn montiert und lässt sich an Webmaschinen, Warenschauen oder Beschichtungsanlagen nachrüsten. Erkannte Fehler werden klassifiziert, mit Bild und Lauflänge gespeichert und auf Wunsch an der Rolle markiert. So lassen sich Qualitätszeugnisse automatisch erstellen. Wir bieten eine Teststellung über vier Wochen an.
k Bahnwareninspektion; Webfehler; Zeilenkamera; Textil; Qualitätsprüfung
> request | business | market | - | none | company |
t Vertriebspartner aus dem Textilmaschinenbau gesucht
s Wir möchten unser Inspektionssystem gemeinsam mit Herstellern von Web- und Ausrüstungsmaschinen anbieten.
d Unsere Kameras lassen sich gut in neue Maschinen integrieren. Wir suchen Maschinenbauer, die unser System als Option in ihre Anlagen aufnehmen oder an Bestandskunden vermitteln. Wir bieten Schulung, technische Unterstützung und attraktive Konditionen.
k Vertriebspartner; Textilmaschinenbau; Inspektionssystem

@ research_institute | en | Duisburg | small | 2005 | ai_data manufacturing |
N Institute for Industrial Image Processing Rhine-Ruhr
D The institute is a non-profit research organisation that helps companies use cameras and artificial intelligence in production and logistics. Twenty-five researchers work on hyperspectral imaging, 3D measurement and explainable deep learning. Our laboratory allows rapid testing of cameras, optics and lighting on customer samples. We also train quality engineers and run a training programme on data annotation for industrial AI.
C Hyperspectral imaging; 3D measurement; explainable AI; optical setup design
T hyperspectral imaging; 3D vision; explainable AI; data annotation
M manufacturing; recycling; food processing
> offer | facility | market | - | none | company startup |
t Vision lab for rapid camera and lighting tests on your parts
s Test dozens of cameras, optics and lighting setups on your samples in one day in our laboratory.
d Choosing the right camera and lighting is often the hardest part of an inspection project. Our laboratory offers area and line-scan cameras, hyperspectral and 3D sensors and a wide range of lighting, mounted on a flexible test rig. Together with our engineers you test your parts in a one-day workshop and leave with images, a recommendation and an estimate of achievable detection quality.
k machine vision lab; camera test; lighting; inspection; hyperspectral
> offer | research_cooperation | concept | 3 | none | company startup |
t Explainable AI for quality decisions in regulated production
s We seek partners for a research project on AI inspection whose decisions can be explained to auditors.
d In medical, aviation and food production, an inspection system must justify why a part was rejected. We plan a joint project on explainable deep-learning models for visual inspection, including methods to visualise decisive image regions and to quantify uncertainty. Manufacturers with regulated quality processes and vision start-ups are invited to join.
k explainable AI; inspection; regulated industries; research project

@ company | de | Krefeld | medium | 1889 | textiles manufacturing | anon
N Seidenweberei Linnartz GmbH
D Traditionsreiche Weberei vom Niederrhein mit rund 110 Beschäftigten. Wir fertigen hochwertige Krawattenstoffe, Futterstoffe und technische Gewebe aus Seide, Viskose und Polyester. In den letzten Jahren hat sich der Schwerpunkt zu technischen Textilien für Filtration und Fahrzeuginnenräume verschoben. Die Qualität jeder Rolle wird bislang an der Warenschau von Hand geprüft.
C Jacquardweberei; technische Gewebe; Ausrüstung; Warenschau
T Jacquard; technische Textilien; Gewebe
M Modeindustrie; Fahrzeuginnenraum; Filtration
> request | technology | market | 8 | none | startup company |
t Automatische Fehlererkennung an der Warenschau
s Wir suchen ein System, das Webfehler auf technischen Geweben automatisch erkennt und dokumentiert.
d Unsere Kunden aus der Fahrzeugindustrie verlangen lückenlose Fehlerprotokolle je Rolle. Die manuelle Warenschau ist dafür zu langsam und zu ungenau. Gesucht wird ein kamerabasiertes System, das Webfehler, Fadenbrüche und Verschmutzungen bei bis zu 60 Metern pro Minute erkennt und ein digitales Protokoll erzeugt. Eine Teststellung an einer unserer drei Warenschauen ist möglich.
k Warenschau; Webfehler; Bildverarbeitung; technische Textilien
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- port and logistics automation
@ public_body | de | Duisburg | large | 1926 | logistics public_services | bi
N Hafengesellschaft Walsum-Süd mbH
D Die kommunale Hafengesellschaft betreibt Binnenhafenflächen mit Container-, Schüttgut- und Schwergutterminals am Rhein. Rund 300 Beschäftigte kümmern sich um Infrastruktur, Flächenvermarktung und Bahnanbindung. Wir verstehen den Hafen als Reallabor: Unternehmen und Forschungseinrichtungen können neue Technologien für Umschlag, Verkehrssteuerung und Energieversorgung auf unseren Flächen erproben.
C Hafeninfrastruktur; Flächenentwicklung; Bahnlogistik; Genehmigungen im Hafengebiet
T Containerterminal; Verkehrssteuerung; Landstrom
M Binnenschifffahrt; Logistikdienstleister; Industrieansiedlung
> offer | facility | pilot | - | none | company startup research_institute |
t Testfeld im Binnenhafen für Logistik- und Automatisierungstechnik
s Wir stellen Flächen, Kaimauern und Gleise für Erprobungen neuer Umschlag- und Verkehrstechnik bereit.
d Auf einem abgegrenzten Bereich unseres Hafens können Unternehmen automatisierte Fahrzeuge, Kransteuerungen, Sensorik oder Energieversorgung im realen Hafenbetrieb testen. Wir unterstützen bei Genehmigungen, stellen Strom- und Datenanschlüsse und vermitteln Kontakte zu Terminalbetreibern. Für Start-ups sind die ersten drei Monate kostenfrei.
k Reallabor; Testfeld; Hafen; Automatisierung; Logistik
> request | pilot | concept | 5 | none | startup company |
t Digitale Zeitfensterbuchung für Lkw an den Hafenterminals
s Wir suchen eine Lösung, die Lkw-Ankünfte über alle Terminals hinweg plant und Staus auf den Zufahrten vermeidet.
d Zu Spitzenzeiten stauen sich Lkw auf den Zufahrtsstraßen, während Terminals zu anderen Zeiten kaum ausgelastet sind. Wir möchten ein terminalübergreifendes Buchungssystem für Zeitfenster erproben, das Prognosen zu Schiffsankünften berücksichtigt und mit den Systemen der Speditionen verbunden werden kann. Gesucht werden Softwareanbieter für einen einjährigen Pilotbetrieb.
k Zeitfenstermanagement; Lkw-Steuerung; Terminal; Hafen; Verkehrsplanung

@ startup | en | Duisburg | small | 2020 | logistics ai_data |
N Quaylogic GmbH
D Quaylogic develops planning software for inland ports and container terminals. Our platform predicts barge and truck arrivals, plans berths and crane deployment and offers time slots to hauliers through a simple web interface. The models use AIS data, water levels and historical terminal data. Founded by two former terminal planners and a data scientist, the company now employs 17 people.
C Terminal planning software; arrival forecasting; slot booking; optimisation algorithms
T berth planning; slot booking; AIS data; optimisation
M inland ports; container terminals; hauliers
> offer | technology | market | 8 | secret | company public_body |
t Truck slot booking and arrival forecasting for inland terminals
s Balance truck arrivals across the day and reduce waiting times at the terminal gate by up to 40 percent.
d Our slot booking module lets hauliers reserve time windows via web or API, while the terminal sees a forecast of the expected workload. Forecasts combine barge arrivals, water levels and booking behaviour. The system can serve a single terminal or coordinate several terminals in one port area. Setup takes three months, and we are open to pilot projects with port operators.
k slot booking; truck arrivals; terminal; forecasting; port
> request | pilot | pilot | 7 | secret | public_body company |
t Inland port operator for a multi-terminal slot booking pilot
s We want to coordinate truck arrivals across several terminals of one inland port for a full year.
d Our slot booking works well at single terminals. The next step is coordinating all terminals of one port so that hauliers book one visit and trucks are distributed across the day. We are looking for a port authority or terminal group willing to host a twelve-month pilot and share traffic data.
k port; slot booking; pilot; terminals; truck traffic

@ company | de | Dortmund | medium | 1968 | logistics |
N Spedition Hülshorst GmbH & Co. KG
D Die Spedition Hülshorst ist ein Familienunternehmen mit 280 Beschäftigten, 150 eigenen Lkw und einem Umschlaglager mit 40.000 Quadratmetern in Dortmund. Wir transportieren Teil- und Komplettladungen für Handel und Industrie in ganz Europa. Auf unserem Hof wechseln täglich mehr als 400 Trailer, und die manuelle Erfassung am Tor verursacht Wartezeiten und Fehler.
C Teil- und Komplettladungen; Kontraktlogistik; Umschlaglager; Gefahrgutlogistik
T Yard-Management; Telematik; Lagerverwaltung
M Handel; Konsumgüter; Automobilzulieferer
> request | technology | market | 8 | none | startup company |
t Automatische Trailer- und Kennzeichenerkennung an der Hofeinfahrt
s Gesucht wird ein kamerabasiertes Torsystem, das Trailer, Kennzeichen und Schäden automatisch erfasst.
d An unserer Hofeinfahrt werden Trailer heute per Klemmbrett erfasst. Wir suchen ein System, das Kennzeichen, Trailernummern und sichtbare Schäden automatisch erkennt, die Daten an unser Yard-Management übergibt und dem Fahrer ein Rampenziel zuweist. Wichtig sind hohe Erkennungsraten bei Regen und Dunkelheit sowie eine einfache Integration.
k Torsystem; Kennzeichenerkennung; Yard-Management; Schadenserkennung; Trailer

@ startup | en | Dortmund | small | 2021 | logistics ai_data |
N GateVision Systems GmbH
D GateVision builds camera gates for logistics yards, terminals and plants. Our portals photograph each vehicle from all sides, read licence plates, container and trailer numbers and flag visible damage. The software connects to yard management and access control systems and works reliably at night and in rain. Customers include two container terminals, a parcel hub and several hauliers.
C Optical character recognition; damage detection; access control integration; camera portal design
T OCR; damage detection; camera portal; yard management
M hauliers; container terminals; distribution centres
> offer | technology | market | 9 | secret | company public_body |
t Camera gate for automatic trailer and container check-in
s Our portal reads plates, trailer and container numbers and documents damage in under ten seconds per vehicle.
d Each vehicle passing the gate is captured by eight cameras. The system recognises identifiers, checks them against expected arrivals and produces a damage report with images, which protects the yard operator in disputes. Interfaces for common yard management systems are available. We offer rental models for smaller sites and support installation within six weeks.
k gate automation; OCR; damage detection; yard; check-in

@ research_institute | de | Dortmund | medium | 1993 | logistics automation_robotics |
N Institut für Materialfluss und Intralogistik Hellweg e.V.
D Das Institut forscht an Materialfluss, Lagertechnik und fahrerlosen Transportsystemen. In einer 3.000 Quadratmeter großen Versuchshalle in Dortmund betreiben wir Regalsysteme, Fördertechnik und eine Flotte unterschiedlicher autonomer Fahrzeuge. Wir arbeiten mit Herstellern, Logistikdienstleistern und Start-ups an Machbarkeitsstudien, Prototypen und Normungsfragen. Außerdem bilden wir Fachkräfte für die Planung automatisierter Lager weiter.
C Intralogistik; fahrerlose Transportsysteme; Lagerplanung; Simulation von Materialflüssen
T fahrerloses Transportsystem; autonome mobile Roboter; Materialflusssimulation
M Logistikdienstleister; Handel; Produktion
> offer | facility | market | - | none | company startup |
t Versuchshalle für fahrerlose Transportsysteme und Lagertechnik
s Testen Sie Fahrzeuge, Sensorik und Steuerungssoftware unter realistischen Lagerbedingungen in unserer Halle.
d Die Versuchshalle bietet Hochregale, Fördertechnik, Gefälle, enge Gänge und wechselnde Lichtverhältnisse. Start-ups und Hersteller können ihre Fahrzeuge dort tageweise oder über mehrere Monate erproben, Sicherheitsnachweise vorbereiten und im Mischbetrieb mit Gabelstaplern testen. Unsere Mitarbeitenden unterstützen bei Versuchsplanung, Messtechnik und Auswertung.
k Versuchshalle; fahrerlose Transportsysteme; Intralogistik; Test; Sicherheitsnachweis

@ company | en | Neuss | medium | 1994 | logistics food_agriculture |
N Rhine Cold Chain Logistics GmbH
D Rhine Cold Chain runs three temperature-controlled warehouses near the Neuss harbour for frozen food, pharmaceuticals and fresh produce. Around 190 employees handle 60,000 pallet positions at temperatures between minus 28 and plus 8 °C. Staff shortages and harsh working conditions in the freezer make automation a priority. We want to introduce autonomous vehicles step by step, starting with pallet transport between dock and storage.
C Cold-chain warehousing; frozen food logistics; pharmaceutical distribution; temperature monitoring
T cold storage; autonomous forklift; temperature monitoring
M frozen food; pharmaceuticals; food retail
> request | technology | pilot | 7 | none | startup company |
t Autonomous pallet vehicles for a minus 25 °C freezer warehouse
s We are looking for autonomous forklifts or pallet movers that work reliably in deep-freeze conditions.
d Most autonomous vehicles on the market are not designed for low temperatures, condensation when moving between zones and icy floors. We want to pilot two to four vehicles for pallet transport between the loading dock and the freezer buffer. The supplier should offer a robust safety concept, battery solutions for cold environments and integration with our warehouse management system.
k autonomous forklift; freezer; cold storage; pallet transport; pilot
> offer | business | market | - | none | startup company |
t Flexible cold storage capacity for food start-ups
s Food start-ups can rent chilled and frozen storage from one pallet, including picking and delivery.
d Young food companies often cannot commit to large storage contracts. We offer chilled and frozen storage from a single pallet, order picking and delivery to retailers and restaurants across the Rhineland. Temperature records and food safety documentation are included.
k cold storage; food start-up; frozen; logistics

@ startup | de | Bochum | small | 2019 | logistics automation_robotics |
N Frostläufer Robotik GmbH
D Frostläufer baut autonome Palettenfahrzeuge für Tiefkühl- und Kühllager. Unsere Fahrzeuge haben beheizte Sensoren, kältefeste Akkus und eine Navigation, die ohne Reflektoren auskommt. Das Bochumer Team besteht aus 19 Ingenieurinnen und Ingenieuren mit Erfahrung aus Fahrzeugbau und Logistik. Aktuell laufen Fahrzeuge bei zwei Lebensmittellogistikern im Ruhrgebiet.
C Autonome Fahrzeuge für Kühlhäuser; kältefeste Sensorik; Flottensteuerung; Sicherheitskonzepte
T autonome Flurförderzeuge; Tiefkühllager; Navigation
M Lebensmittellogistik; Tiefkühlkost; Pharmalogistik
> offer | technology | market | 8 | applied | company |
t Autonome Palettenfahrzeuge für Tiefkühllager bis minus 30 Grad
s Unsere Fahrzeuge transportieren Paletten zuverlässig zwischen Rampe und Tiefkühlbereich, auch bei Eis und Kondenswasser.
d Die Fahrzeuge navigieren mit Laserscannern und Kameras ohne zusätzliche Reflektoren und lassen sich an gängige Lagerverwaltungssysteme anbinden. Beheizte Sensoren verhindern Beschlag beim Wechsel zwischen Temperaturzonen. Wir bieten Kauf, Miete oder ein Modell mit Abrechnung pro bewegter Palette an und unterstützen bei der Gefährdungsbeurteilung.
k fahrerloses Transportsystem; Tiefkühllager; Palettentransport; Kühllogistik
> request | investment | market | - | none | intermediary company |
t Wachstumsfinanzierung für Serienfertigung gesucht
s Für den Aufbau einer Kleinserienfertigung suchen wir Kapital in Höhe von rund vier Millionen Euro.
d Die Nachfrage nach unseren Fahrzeugen übersteigt unsere Fertigungskapazität. Wir planen eine Kleinserienfertigung im Ruhrgebiet und suchen dafür Investoren, bevorzugt mit Bezug zu Logistik oder Fahrzeugbau. Auch strategische Partnerschaften mit einem Hersteller von Flurförderzeugen sind denkbar.
k Finanzierung; Wachstum; Serienfertigung; Investoren

# ---------------------------------------------------------------- last-mile delivery
@ startup | de | Essen | small | 2020 | logistics mobility environment |
N Lastenwerk Ruhr GmbH
D Lastenwerk betreibt Mikrodepots und eine Flotte von 45 elektrischen Lastenrädern in Essen, Bochum und Dortmund. Wir übernehmen Pakete von Paketdiensten und Händlern am Stadtrand und stellen sie emissionsfrei in der Innenstadt zu. Daneben beliefern wir Apotheken und Gastronomie mit kurzen Lieferzeiten. Das Team aus 60 Beschäftigten wächst, aber geeignete Flächen für neue Depots sind knapp.
C Lastenradlogistik; Mikrodepots; Tourenplanung; Innenstadtbelieferung
T Lastenrad; Mikrodepot; Tourenoptimierung
M Paketdienste; Einzelhandel; Apotheken
> offer | business | market | 9 | none | company |
t Emissionsfreie Innenstadtzustellung per Lastenrad
s Wir übernehmen die letzte Meile für Händler und Paketdienste in den Innenstädten von Essen, Bochum und Dortmund.
d Händler und Dienstleister übergeben uns ihre Sendungen an einem unserer Depots oder lassen sie abholen. Wir stellen noch am selben Tag zu, auch gekühlt und mit Rücknahme von Verpackungen. Die Abrechnung erfolgt pro Stopp, ohne Mindestmengen. Besonders geeignet für Apotheken, Lebensmittelhändler und Geschäfte in Fußgängerzonen.
k Lastenrad; Innenstadtlogistik; Zustellung; letzte Meile; emissionsfrei
> request | business | market | - | none | public_body company | paused
t Flächen für Mikrodepots in Innenstadtnähe gesucht
s Wir suchen Flächen von 80 bis 200 Quadratmetern mit Stromanschluss in innenstadtnahen Lagen.
d Für neue Mikrodepots benötigen wir ebenerdige Flächen, etwa leerstehende Ladenlokale, Parkhausebenen oder Container auf städtischen Grundstücken. Wichtig sind Stromanschluss zum Laden der Räder und eine Zufahrt für Lieferwagen am Morgen. Wir freuen uns über Angebote von Kommunen, Wohnungsunternehmen und Parkhausbetreibern.
k Mikrodepot; Fläche; Innenstadt; Parkhaus; Leerstand

@ public_body | de | Gelsenkirchen | medium | 1998 | mobility logistics public_services |
N Zweckverband Nahmobilität Emscher-Lippe
D Der Zweckverband koordiniert für mehrere Städte im nördlichen Ruhrgebiet Maßnahmen für Rad- und Fußverkehr, Quartiersmobilität und Wirtschaftsverkehr. Wir bündeln Förderanträge, planen gemeinsame Pilotprojekte und beraten Verwaltungen bei der Umsetzung. Ein Schwerpunkt liegt auf der Entlastung der Innenstädte vom Lieferverkehr, ohne die Versorgung von Handel und Gastronomie zu gefährden.
C Mobilitätsplanung; Fördermittelmanagement; Koordination kommunaler Pilotprojekte; Bürgerbeteiligung
T Quartiersmobilität; Lieferverkehr; Verkehrsdaten
M Kommunen; Stadtquartiere; Einzelhandel
> offer | pilot | concept | - | none | company startup |
t Städtische Flächen für Pilotprojekte der urbanen Logistik
s Wir vermitteln Partnern kommunale Flächen und Genehmigungen für Tests neuer Zustellkonzepte.
d Für Pilotprojekte zu Mikrodepots, Paketstationen, Ladezonen oder automatisierter Zustellung stellen die Mitgliedsstädte Flächen im öffentlichen Raum zur Verfügung. Der Zweckverband koordiniert Genehmigungen, Öffentlichkeitsarbeit und Evaluation. Gesucht sind Unternehmen, die ein Konzept mindestens zwölf Monate im Alltag erproben möchten.
k urbane Logistik; Pilotprojekt; Mikrodepot; öffentlicher Raum; Genehmigung

@ company | en | Düsseldorf | medium | 1983 | retail_ecommerce food_agriculture logistics |
N Brückmann Frischemarkt GmbH
D Brückmann runs eleven fresh-food supermarkets in Düsseldorf, Neuss and Ratingen, known for regional produce and a large delicatessen counter. About 420 people work in the stores and in our central kitchen. Online orders have tripled since 2021, and customers increasingly expect delivery within two hours. Our own delivery vans are expensive to run and often stuck in city traffic.
C Fresh-food retail; regional sourcing; delicatessen production; online ordering
T online grocery; cold chain; delivery slots
M urban households; offices; senior citizens
> request | business | pilot | - | none | startup company |
t Temperature-controlled same-day grocery delivery in Düsseldorf
s We are looking for a delivery partner who brings chilled groceries to customers within two hours, without diesel vans.
d We want to outsource part of our online grocery delivery to a specialised partner. Orders must be kept at the correct temperature, delivered within a two-hour window and handed over personally. Bike-based or electric solutions are strongly preferred. We start with our two inner-city stores and around 120 orders per day, with the option to expand to all stores.
k grocery delivery; same-day; cold chain; cargo bike; last mile

@ startup | en | Dortmund | small | 2021 | logistics retail_ecommerce construction |
N Parcelnest GmbH
D Parcelnest installs smart parcel lockers in residential buildings and neighbourhoods. Any delivery service can use our lockers, so residents receive all parcels in one place and couriers avoid failed deliveries. Lockers are cooled on request and can also be used for returns and neighbourly lending. We operate 350 lockers in the Ruhr area and work mainly with housing companies.
C Parcel locker installation; carrier-neutral software; housing partnerships; returns management
T parcel locker; IoT; carrier-neutral; access control
M housing companies; residential neighbourhoods; delivery services
> offer | business | market | 9 | granted | company public_body |
t Carrier-neutral parcel lockers for residential buildings
s Our lockers receive parcels from every delivery service and reduce failed deliveries and delivery traffic.
d We install and operate parcel lockers in entrance halls, courtyards or basements at no upfront cost for the landlord. Residents use an app or PIN code, and carriers deliver via a common interface. Optional cooled compartments allow grocery delivery. Housing companies benefit from fewer complaints and an attractive service for tenants.
k parcel locker; residential; last mile; housing; returns
> request | pilot | pilot | 7 | granted | public_body company |
t Municipal partner for a neighbourhood delivery hub
s We want to combine parcel lockers, cargo-bike delivery and returns in one hub in a dense neighbourhood.
d Together with a cargo-bike operator we have developed a neighbourhood hub concept that bundles all deliveries for about 3,000 households. We are looking for a city or housing company that provides a suitable location and supports the evaluation. The pilot should run at least one year and is designed for public funding.
k neighbourhood hub; parcel locker; pilot; urban logistics

@ company | de | Gelsenkirchen | large | 1952 | construction public_services |
N Wohnungsbaugesellschaft Emscherbogen mbH
D Die Wohnungsbaugesellschaft Emscherbogen bewirtschaftet rund 14.000 Wohnungen in Gelsenkirchen, Herne und Bottrop, überwiegend aus den Fünfziger- bis Siebzigerjahren. Wir modernisieren unseren Bestand energetisch, bauen barrierearm um und entwickeln Quartiere mit guten Nachbarschaften. Unsere Mieterinnen und Mieter wünschen sich zunehmend Serviceangebote rund um Mobilität und Paketempfang.
C Bestandsbewirtschaftung; energetische Modernisierung; Quartiersentwicklung; Mieterservice
T Quartiersentwicklung; Gebäudesanierung; Mieterservice
M Mietwohnungen; Quartiere; Senioren
> request | business | market | - | none | startup company |
t Paketstationen für unsere Wohnquartiere gesucht
s Wir möchten in größeren Wohnanlagen anbieterneutrale Paketstationen für unsere Mieter einrichten.
d Viele Mieterinnen und Mieter sind tagsüber nicht zu Hause, Pakete landen bei Nachbarn oder in Filialen. Wir suchen einen Betreiber, der in etwa 40 Wohnanlagen Paketstationen aufstellt, die von allen Paketdiensten genutzt werden können. Bevorzugt sind Modelle ohne Investitionskosten für uns und mit einfacher Bedienung auch für ältere Menschen.
k Paketstation; Wohnquartier; Mieterservice; anbieterneutral
> request | technology | concept | - | none | company startup |
t Großwärmepumpen für Mehrfamilienhäuser im Bestand
s Für die Umstellung unserer Gasheizungen suchen wir Partner mit Erfahrung bei Wärmepumpen in unsanierten Mehrfamilienhäusern.
d Rund die Hälfte unseres Bestands wird noch mit Gaszentralheizungen versorgt. Wir möchten in einem ersten Schritt zehn Gebäude mit 12 bis 40 Wohnungen auf Wärmepumpen umstellen, ohne die Bewohner über Wochen zu belasten. Gesucht werden Hersteller, Installationsbetriebe und Planungsbüros mit Referenzen im Geschosswohnungsbau.
k Wärmepumpe; Mehrfamilienhaus; Heizungstausch; Bestand; Dekarbonisierung

@ university | en | Duisburg | medium | 1995 | logistics mobility |
N Chair of Transport Systems and Logistics, University of the Emscher Valley
D The chair studies how goods and people move through metropolitan regions and how these flows can become cleaner, safer and more efficient. We develop agent-based simulations of urban freight, analyse delivery data and evaluate pilot projects for municipalities. The team of 20 researchers works closely with cities in the Ruhr area and with logistics companies of all sizes.
C Urban freight simulation; transport modelling; pilot evaluation; survey design
T agent-based simulation; urban freight; transport modelling
M municipalities; logistics service providers; retailers
> offer | research_cooperation | prototype | 5 | none | public_body company startup |
t Simulation and evaluation of last-mile delivery concepts
s We model the effects of micro-depots, lockers or delivery zones on traffic, emissions and costs before you invest.
d Our agent-based model of urban freight in the Ruhr area simulates deliveries at the level of individual vehicles and shipments. Cities and companies can test scenarios such as cargo-bike hubs, parcel lockers, loading zones or time restrictions. We also accompany real pilots with data collection and independent evaluation, which is often required for funding.
k urban freight; simulation; last mile; evaluation; micro-depot

# ---------------------------------------------------------------- smart water networks
@ company | de | Hagen | medium | 1911 | water public_services | bi
N Wasserversorgung Volmetal GmbH
D Die Wasserversorgung Volmetal liefert Trinkwasser an rund 260.000 Menschen in Hagen und umliegenden Gemeinden. Unser Netz umfasst 1.400 Kilometer Leitungen, viele davon älter als sechzig Jahre. Wasserverluste, Rohrbrüche und der Fachkräftemangel im Netzbetrieb sind unsere größten Herausforderungen. Gemeinsam mit Partnern wollen wir das Netz mit Sensorik und Datenanalyse vorausschauender betreiben.
C Trinkwasserversorgung; Netzbetrieb; Rohrnetzerneuerung; Wasseranalytik
T Trinkwassernetz; Leckageortung; Druckmanagement
M Haushalte; Gewerbe; Kommunen
> request | technology | pilot | 7 | none | startup company research_institute |
t Akustische Leckageortung im Trinkwassernetz
s Wir suchen ein System, das Leckagen in unserem Versorgungsnetz frühzeitig erkennt und möglichst genau ortet.
d Unsere Wasserverluste liegen bei rund zehn Prozent, ein großer Teil davon durch unentdeckte Leckagen. Wir möchten in zwei Versorgungszonen akustische Sensoren an Hydranten und Schiebern erproben, deren Daten automatisch ausgewertet werden. Gesucht wird ein Anbieter, der Hardware, Auswertung und Einweisung übernimmt und über zwölf Monate eine belastbare Erfolgsbilanz ermöglicht.
k Leckageortung; Trinkwassernetz; Akustik; Wasserverlust; Sensorik

@ startup | en | Mülheim an der Ruhr | small | 2019 | water ai_data |
N Aquasonic Networks GmbH
D Aquasonic helps water utilities find leaks before they become pipe bursts. Our acoustic loggers are mounted on valves and hydrants, listen to the network at night and send compressed sound profiles via mobile radio. An AI model trained on thousands of confirmed leaks distinguishes leaks from traffic or pumps and pinpoints them to within a few metres. The company was founded in Mülheim and employs 21 people.
C Acoustic leak detection; sensor hardware; AI signal analysis; utility field service
T acoustic logger; leak detection; signal processing; NB-IoT
M water utilities; industrial sites; municipalities
> offer | technology | market | 9 | granted | company public_body |
t AI-assisted acoustic leak detection for drinking water networks
s Permanent acoustic monitoring that finds and locates leaks in water mains within days of their appearance.
d Loggers are installed without excavation and run for five years on one battery. Our cloud service correlates signals from neighbouring loggers and reports new leaks with position and confidence. Utilities typically reduce water losses by a third within two years. We offer pilot zones of 50 to 100 loggers with a success-based fee.
k leak detection; water network; acoustic monitoring; water loss; AI
> request | business | market | - | none | company public_body |
t Distribution partners for municipal water utilities in Benelux
s We seek partners with access to water utilities in Belgium and the Netherlands to resell and install our system.
d Our system is established in Germany, and we now want to reach utilities in the Benelux region. We are looking for engineering offices or service companies already working for water utilities there, who can handle sales, installation and first-level support. We provide training, demo equipment and attractive margins.
k distribution; water utilities; Benelux; reseller

@ research_institute | de | Gelsenkirchen | small | 2001 | water environment |
N Forschungsstelle Trinkwassernetze Ruhr e.V.
D Die Forschungsstelle untersucht Werkstoffe, Hydraulik und Hygiene in Trinkwassernetzen. Auf unserem Versuchsgelände in Gelsenkirchen betreiben wir eine 600 Meter lange Rohrleitungsstrecke mit verschiedenen Materialien und Durchmessern, an der sich Leckagen, Druckstöße und Verkeimung gezielt nachstellen lassen. Zwölf Mitarbeitende unterstützen Versorger, Hersteller und Start-ups bei der Prüfung neuer Verfahren.
C Rohrnetzhydraulik; Werkstoffprüfung; Trinkwasserhygiene; Versuchsbetrieb
T Versuchsstrecke; Druckstoß; Leckage; Trinkwasserhygiene
M Wasserversorger; Rohrhersteller; Messtechnik-Anbieter
> offer | facility | market | - | none | company startup |
t Versuchsstrecke für Messtechnik und Leckageortung im Trinkwassernetz
s Auf unserer Rohrleitungsstrecke lassen sich Sensoren und Ortungsverfahren unter reproduzierbaren Bedingungen testen.
d Die Versuchsstrecke besteht aus Guss-, Stahl- und Kunststoffleitungen mit Hausanschlüssen, Schiebern und Hydranten. Leckagen unterschiedlicher Größe können gezielt geöffnet werden, Druck und Durchfluss sind regelbar. Hersteller und Start-ups nutzen die Anlage, um Ortungsgenauigkeit und Empfindlichkeit nachzuweisen. Wir erstellen auf Wunsch einen unabhängigen Prüfbericht.
k Versuchsstrecke; Leckageortung; Prüfbericht; Trinkwasser; Sensorik

@ public_body | de | Essen | large | 1928 | water environment public_services |
N Abwasserverband Mittlere Emscher
D Der Abwasserverband betreibt Kläranlagen, Pumpwerke und rund 400 Kilometer Abwasserkanäle für mehrere Städte im mittleren Ruhrgebiet. Nach dem Umbau des Gewässersystems steht jetzt die klimagerechte Anpassung im Mittelpunkt: Starkregen, Hitze und sinkende Grundwasserstände verlangen eine vorausschauende Steuerung. Wir arbeiten dafür mit Hochschulen, Start-ups und Ingenieurbüros zusammen.
C Abwasserbehandlung; Kanalnetzbetrieb; Gewässerentwicklung; Hochwasserschutz
T Kanalnetz; Starkregen; Füllstandsmessung; Abflusssteuerung
M Kommunen; Industrieeinleiter; Wasserwirtschaft
> request | technology | pilot | 6 | none | startup company |
t Funkbasierte Füllstandssensoren für Kanäle und Regenbecken
s Wir suchen robuste, wartungsarme Sensoren, die Füllstände in Kanälen in Echtzeit übertragen.
d Für eine vorausschauende Steuerung unseres Kanalnetzes brauchen wir Messwerte aus rund 200 Schächten und Regenüberlaufbecken, die bisher nicht überwacht werden. Gefordert sind batteriebetriebene Sensoren mit mehrjähriger Laufzeit, Funkübertragung aus dem Schacht und eine offene Datenschnittstelle. Ein Pilot mit 20 Messstellen soll 2027 beginnen.
k Füllstandssensor; Kanalnetz; Regenüberlauf; Funk; Echtzeit
> request | research_cooperation | concept | 4 | none | university research_institute startup company |
t Digitaler Zwilling des Kanalnetzes für Starkregenereignisse
s Gesucht werden Partner, die ein Echtzeitmodell unseres Kanalnetzes mit Niederschlagsprognosen verbinden.
d Bei Starkregen entscheiden Minuten darüber, ob Rückhaltebecken rechtzeitig gesteuert werden. Wir möchten ein Abflussmodell unseres Netzes mit Radarniederschlagsdaten und Messwerten koppeln, das Überstau vorhersagt und Steuerungsvorschläge macht. Gesucht werden Partner aus Forschung und Ingenieurwesen für ein gemeinsames Förderprojekt.
k digitaler Zwilling; Kanalnetz; Starkregen; Abflussmodell; Prognose

@ startup | de | Dortmund | micro | 2022 | water ict |
N Schachtfunk GmbH
D Schachtfunk entwickelt Sensoren für Orte, an denen sonst kein Funk ankommt: Abwasserschächte, Regenbecken und Leitungskanäle. Unsere Radarsensoren messen Füllstände berührungslos, die Antenne im Schachtdeckel überträgt die Werte per LoRaWAN. Eine Batterie hält bis zu acht Jahre. Das fünfköpfige Team hat Erfahrung aus Funktechnik und Siedlungswasserwirtschaft.
C Radarfüllstandsmessung; Funkübertragung aus Schächten; Sensorentwicklung; Datenplattform
T Radarsensor; LoRaWAN; Füllstandsmessung; Schachtdeckelantenne
M Abwasserverbände; Stadtentwässerung; Industrie
> offer | technology | pilot | 7 | applied | public_body company |
t Füllstandsmessung im Abwasserschacht mit Funkübertragung
s Unsere Radarsensoren messen Füllstände in Kanälen und Becken und übertragen sie ohne Kabel aus dem Schacht.
d Der Sensor wird ohne Bauarbeiten unter dem Schachtdeckel montiert. Eine in den Deckel integrierte Antenne sorgt für zuverlässige Übertragung auch aus tiefen Schächten. Die Daten stehen über eine offene Schnittstelle zur Verfügung und können in Leitsysteme übernommen werden. Wir suchen Abwasserbetriebe für Pilotinstallationen mit zehn bis fünfzig Messstellen.
k Füllstand; Abwasserschacht; Funk; Sensor; Kanalnetz

@ company | en | Wesel | small | 2007 | water environment ai_data |
N Lippe Hydro Engineering GmbH
D Lippe Hydro Engineering is an engineering office for urban drainage and flood protection with 35 staff in Wesel. We model sewer networks and rivers, plan stormwater retention and support municipalities with heavy-rain risk management. Over the past years we have built real-time models that combine radar rainfall data with sensor readings and help operators control basins and pumps during storms.
C Hydraulic modelling; heavy-rain risk management; stormwater planning; real-time control
T sewer model; real-time control; radar rainfall; digital twin
M municipalities; wastewater associations; industrial sites
> offer | technology | pilot | 6 | none | public_body company |
t Real-time sewer network model for heavy-rain operations
s We build digital twins of drainage networks that forecast overflows and suggest control actions during storms.
d Our real-time model runs every five minutes, combines radar nowcasts with level sensors and forecasts where sewers will surcharge within the next hour. Operators receive recommended control actions for basins, weirs and pumps. We build the model from existing planning data and sensor feeds and train staff in its use. Wastewater associations can start with one catchment.
k digital twin; sewer network; heavy rain; real-time control; flood
> request | talent | concept | - | none | university intermediary |
t Graduates and students in hydraulic engineering
s We are looking for civil and environmental engineering students for theses, internships and first jobs.
d Our projects on heavy rain, flood protection and real-time control are growing. We offer thesis topics, internships and junior positions for students of civil engineering, environmental engineering or geoinformatics, with training in hydraulic modelling from our senior engineers.
k graduates; hydraulic engineering; thesis; internship
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- circular construction
@ company | de | Recklinghausen | medium | 1964 | construction circular_economy |
N Bauunternehmung Kemper & Lohmann GmbH
D Kemper & Lohmann ist ein Bauunternehmen mit 230 Beschäftigten für Hoch- und Tiefbau, Rückbau und Sanierung. Wir arbeiten für Kommunen, Wohnungsunternehmen und Industrie im Vest Recklinghausen und darüber hinaus. Seit einigen Jahren verlangen Auftraggeber verstärkt zirkuläres Bauen: Rückbaumaterial soll wiederverwendet oder hochwertig recycelt werden. Dafür fehlen uns noch verlässliche Partner und Werkzeuge.
C Hochbau; Tiefbau; selektiver Rückbau; Schadstoffsanierung
T Rückbau; Recyclingbeton; Bauteilwiederverwendung
M Kommunen; Wohnungswirtschaft; Industriebau
> request | business | market | - | none | company |
t Güteüberwachte rezyklierte Gesteinskörnung für Beton gesucht
s Für mehrere Neubauprojekte benötigen wir RC-Gesteinskörnung mit Nachweis für den Einsatz in Konstruktionsbeton.
d Öffentliche Auftraggeber schreiben zunehmend Recyclingbeton vor. Wir suchen Aufbereiter, die rezyklierte Gesteinskörnung in gleichbleibender Qualität, mit Güteüberwachung und in Mengen von mehreren tausend Tonnen pro Jahr liefern können. Idealerweise nimmt der Partner im Gegenzug unseren Betonbruch aus Rückbauprojekten ab, sodass ein regionaler Kreislauf entsteht.
k Recyclingbeton; Gesteinskörnung; Güteüberwachung; Betonbruch; regionaler Kreislauf
> request | pilot | pilot | 6 | none | startup company |
t Digitales Materialkataster vor dem Rückbau eines Bürogebäudes
s Vor dem Rückbau eines Verwaltungsgebäudes möchten wir alle wiederverwendbaren Bauteile digital erfassen lassen.
d Im Frühjahr 2027 bauen wir ein fünfgeschossiges Verwaltungsgebäude aus den Siebzigerjahren zurück. Bevor die Abbruchbagger kommen, soll ein Partner Fenster, Türen, Trennwände, Fassadenelemente und Haustechnik erfassen, bewerten und in ein digitales Materialkataster überführen. Ziel ist, möglichst viele Bauteile über eine Börse zu vermarkten.
k Materialkataster; Rückbau; Wiederverwendung; Gebäudescan; Bauteilbörse

@ startup | en | Bochum | small | 2021 | construction circular_economy ai_data | bi
N Urban Mine Atlas GmbH
D Urban Mine Atlas maps the materials hidden in existing buildings. Using laser scans, photos and plan archives, our team creates material passports that list components, quantities, condition and reuse potential before a renovation or demolition. Clients use them to plan selective deconstruction, sell components and document circularity for building certification. We have audited more than 120 buildings since 2021.
C Pre-demolition audits; building material passports; 3D laser scanning; reuse valuation
T laser scanning; material passport; BIM; reuse
M demolition contractors; property owners; public clients
> offer | business | market | 8 | none | company public_body |
t Pre-demolition audit and digital material passport for your building
s We record every reusable component of a building and deliver a digital inventory ready for resale or reuse.
d A typical audit takes two to five days on site. We scan the building, identify components such as windows, doors, steel beams, raised floors and sanitary equipment, assess their condition and estimate resale value. The result is a digital material passport in open formats, plus a deconstruction recommendation. Clients include demolition companies, housing associations and municipalities.
k material passport; pre-demolition audit; reuse; deconstruction; building inventory

@ research_institute | de | Bochum | medium | 1987 | construction materials circular_economy |
N Institut für Baustoffforschung Ruhr e.V.
D Das Institut prüft und entwickelt Baustoffe für Hoch- und Tiefbau, mit Schwerpunkten auf Beton, Recyclingbaustoffen und Bauwerkserhaltung. Als anerkannte Prüfstelle erstellen wir Gutachten und Güteüberwachungen; in Forschungsprojekten arbeiten wir an klinkerarmen Bindemitteln und der Wiederverwendung von Betonbauteilen. Rund 45 Mitarbeitende sind in Laboren und auf Baustellen im Einsatz.
C Baustoffprüfung; Betontechnologie; Güteüberwachung; Bauwerksdiagnostik
T Recyclingbeton; klinkerarmes Bindemittel; Dauerhaftigkeit
M Baustoffindustrie; Bauunternehmen; öffentliche Bauherren
> offer | facility | market | - | none | company startup |
t Prüfung und Güteüberwachung von Recyclingbaustoffen
s Wir prüfen rezyklierte Gesteinskörnungen und neue Bindemittel auf Eignung und Dauerhaftigkeit.
d Als anerkannte Prüfstelle bieten wir Erstprüfungen, Fremdüberwachung und Gutachten für rezyklierte Gesteinskörnungen, Recyclingbeton und alternative Bindemittel an. Für Start-ups mit neuen Materialien erarbeiten wir Prüfprogramme, die den Weg zu Zulassung oder Bauartgenehmigung vorbereiten. Kurze Wege zu Bauunternehmen der Region sind inklusive.
k Baustoffprüfung; Recyclingbaustoff; Zulassung; Beton; Dauerhaftigkeit
> offer | research_cooperation | concept | 3 | none | company public_body |
t Forschungsprojekt zur Wiederverwendung von Betonfertigteilen
s Wir suchen Bauherren und Unternehmen, die Deckenplatten und Wandelemente aus Rückbauprojekten erneut einsetzen wollen.
d Betonfertigteile aus den Sechziger- und Siebzigerjahren sind oft noch tragfähig. In einem Forschungsprojekt wollen wir Verfahren entwickeln, um sie zerstörungsarm auszubauen, zu prüfen und in neuen Gebäuden wiederzuverwenden. Gesucht werden Rückbauunternehmen, Fertigteilwerke, Tragwerksplaner und öffentliche Bauherren mit geeigneten Projekten.
k Betonfertigteil; Wiederverwendung; Rückbau; Tragfähigkeit

@ company | en | Wülfrath | medium | 1971 | construction circular_economy materials |
N Bergisch Aggregates & Recycling GmbH
D Bergisch Aggregates operates two limestone quarries and three recycling plants for construction waste in the Kreis Mettmann area. With 140 employees we produce natural and recycled aggregates for road building, concrete and landscaping. Our recycled concrete aggregates are quality-monitored and approved for structural concrete. We want to increase the share of recycled material and reduce transport distances in the region.
C Aggregate production; construction waste recycling; quality monitoring; logistics of bulk materials
T recycled aggregate; crushing; screening; quality monitoring
M concrete producers; road construction; construction companies
> offer | business | market | 9 | none | company |
t Certified recycled concrete aggregates with take-back of demolition waste
s We supply quality-monitored recycled aggregates for structural concrete and take back your concrete rubble.
d Our recycling plants process concrete and masonry rubble into graded aggregates that meet the standards for use in structural concrete. Each batch is tested and documented. Construction companies can combine supply and disposal in one contract, which cuts truck journeys and costs. Annual volumes of 5,000 to 50,000 tonnes are possible.
k recycled aggregate; recycled concrete; demolition waste; take-back; supply

@ creative | de | Dortmund | small | 2008 | construction design circular_economy |
N Altenhoff Architekten PartGmbB
D Altenhoff Architekten ist ein Büro mit 14 Architektinnen und Architekten in Dortmund. Wir planen Umbauten, Aufstockungen und Neubauten, in denen gebrauchte Bauteile eine zweite Chance bekommen: Stahlträger aus Industriehallen, Fenster aus Bürogebäuden, Klinker aus Abrissen. Wir verstehen Bestand als Ressource und beraten Bauherren früh, wie sie Kosten, Gestaltung und Kreislauffähigkeit verbinden.
C Planung mit Re-Use-Bauteilen; Umbau und Aufstockung; Kreislaufgerechtes Entwerfen; Bauherrenberatung
T Re-Use; Bauteilwiederverwendung; zirkuläres Bauen
M öffentliche Bauherren; Wohnungswirtschaft; Gewerbebau
> offer | cross_innovation | market | - | none | company public_body |
t Architekturplanung mit wiederverwendeten Bauteilen
s Wir planen Gebäude, die gebrauchte Bauteile gestalterisch und technisch überzeugend einsetzen.
d Wir begleiten Bauherren von der Bestandsaufnahme über die Bauteilsuche bis zur Ausführung. Dabei klären wir mit Tragwerksplanern und Prüfern, welche Bauteile wie eingesetzt werden dürfen, und entwickeln eine Gestaltung, die Gebrauchsspuren bewusst zeigt. Besonders interessant für Kitas, Schulen, Büros und Gewerbebauten mit Vorbildcharakter.
k zirkuläres Bauen; Re-Use; Architektur; Bauteile
> request | business | market | - | none | startup company |
t Zuverlässige Bezugsquelle für gebrauchte Stahlträger und Fassadenelemente
s Für zwei Projekte suchen wir gebrauchte Stahlträger, Fenster und Fassadenplatten mit dokumentierter Herkunft.
d Für einen Kita-Neubau und eine Aufstockung benötigen wir 2027 gebrauchte Stahlträger, Fensterelemente und Fassadenplatten. Wichtig sind Angaben zu Maßen, Zustand, Herkunft und möglichen Schadstoffen sowie eine Zwischenlagerung bis zum Einbau. Wir suchen Rückbauunternehmen, Bauteilbörsen und Händler, die uns verlässlich beliefern können.
k gebrauchte Bauteile; Stahlträger; Fassade; Bauteilbörse; Herkunftsnachweis

@ startup | de | Essen | micro | 2022 | construction circular_economy retail_ecommerce |
N Bauteilbörse Revier UG
D Die Bauteilbörse Revier ist ein Online-Marktplatz mit Zwischenlager für gebrauchte Bauteile. Wir holen Fenster, Türen, Treppen, Stahlträger, Sanitärobjekte und Ziegel aus Rückbauprojekten ab, prüfen und dokumentieren sie und verkaufen sie an Bauunternehmen, Architekturbüros und Privatleute. Seit der Gründung haben wir über 2.000 Tonnen Bauteile vermittelt.
C Bauteilvermittlung; Zwischenlagerung; Zustandsbewertung; Online-Marktplatz
T Bauteilbörse; Re-Use; Marktplatz
M Architekturbüros; Bauunternehmen; Privatbauherren
> offer | business | market | 9 | none | company creative public_body |
t Gebrauchte Bauteile mit Zustandsdokumentation aus dem Ruhrgebiet
s Wir liefern geprüfte gebrauchte Bauteile mit Fotos, Maßen und Herkunftsnachweis und lagern sie bis zum Einbau.
d In unserem Lager in Essen stehen ständig mehrere hundert Bauteile bereit, von Innentüren über Stahlträger bis zu Klinkern. Auf Anfrage suchen wir gezielt nach Bauteilen für konkrete Projekte und reservieren sie in laufenden Rückbauvorhaben. Jede Lieferung enthält eine Zustandsdokumentation und Angaben zu Schadstoffen.
k gebrauchte Bauteile; Bauteilbörse; Re-Use; Stahlträger; Fenster

@ university | en | Wuppertal | medium | 2003 | construction circular_economy environment |
N Chair of Building Materials and Resource Efficiency, Wupperbogen University of Applied Sciences
D The chair teaches and researches sustainable building materials, life-cycle assessment of buildings and design for disassembly. Students learn to assess building materials not only by cost and performance but also by their environmental footprint and reuse potential. Our lab tests timber, clay, recycled concrete and bio-based insulation. We work with architecture offices, manufacturers and municipalities in the Bergisches Land.
C Life-cycle assessment of buildings; bio-based materials; design for disassembly; material testing
T life-cycle assessment; timber construction; clay; bio-based insulation
M architecture offices; building product manufacturers; municipalities
> offer | talent | concept | - | none | company creative public_body |
t Student teams calculate the life-cycle footprint of your building project
s Master students assess design variants of real projects and show their carbon and resource impact.
d In our project module, teams of three students calculate life-cycle assessments for real building projects and compare construction variants, for example timber versus concrete or new versus reused components. Architecture offices and clients provide plans and data and receive a documented comparison after one semester. The module runs every winter term.
k life-cycle assessment; student project; building; carbon footprint

# ---------------------------------------------------------------- medtech sensors
@ startup | en | Dortmund | small | 2020 | medtech health materials |
N Pulsefilm Sensors GmbH
D Pulsefilm Sensors develops printed pressure sensor mats that are thin enough to lie unnoticed under a mattress or seat cushion. Combined with our software, they show care staff when a patient has been lying in one position too long and is at risk of pressure ulcers. The technology comes from printed electronics research; our team of 12 in Dortmund handles design, printing and clinical validation.
C Printed electronics; pressure mapping; medical device development; clinical validation
T printed sensor; pressure mapping; flexible electronics
M hospitals; care homes; home care
> offer | technology | pilot | 6 | granted | company public_body |
t Pressure-mapping sensor mats for pressure ulcer prevention
s Thin printed sensor mats alert care staff when patients need to be repositioned.
d Our mats measure pressure distribution at 1,000 points and send the data to a tablet or the nurse call system. The software shows time in position and high-pressure zones and reminds staff to reposition patients. The mats are washable and work with standard mattresses. We are preparing certification as a medical device and offer test units to hospitals and care homes.
k pressure ulcer; sensor mat; care; medical device; monitoring
> request | pilot | pilot | 6 | granted | public_body company |
t Clinical partner for a pressure ulcer prevention study
s We are looking for a hospital or care provider for a six-month study with our sensor mats.
d For certification we need clinical data from routine care. We are looking for a hospital ward or a care home willing to use 20 sensor mats for six months and to document repositioning and skin condition. We provide equipment, training and a study nurse; ethics approval is prepared together with the partner.
k clinical study; pressure ulcer; hospital; care home

@ public_body | de | Castrop-Rauxel | large | 1967 | health medtech public_services | bi
N Klinikverbund Vest-Süd gGmbH
D Der kommunale Klinikverbund betreibt drei Krankenhäuser mit zusammen 900 Betten und ein Pflegezentrum im südlichen Kreis Recklinghausen. Rund 2.600 Beschäftigte versorgen jährlich mehr als 45.000 stationäre Patientinnen und Patienten. Unser Innovationsbüro erprobt gemeinsam mit Herstellern und Start-ups neue Medizin- und Pflegetechnik, um Personal zu entlasten und die Versorgungsqualität zu steigern.
C Akutversorgung; Pflegeforschung; klinische Erprobung; Innovationsmanagement im Krankenhaus
T Pflegetechnik; Telemedizin; klinische Studie
M Krankenhausversorgung; Pflege; Rehabilitation
> request | pilot | pilot | 6 | none | startup company |
t Sensorik zur Dekubitusprophylaxe auf einer geriatrischen Station
s Wir möchten ein sensorbasiertes System erproben, das Pflegekräfte an Lagerungswechsel erinnert.
d Auf unserer geriatrischen Station entstehen trotz aller Sorgfalt immer wieder Druckgeschwüre. Wir suchen Hersteller von Sensormatten oder ähnlichen Systemen, die Lagerung und Druckverteilung erfassen und an das Pflegepersonal melden. Die Erprobung soll über sechs Monate laufen und pflegewissenschaftlich begleitet werden. Das System muss sich mit unserer Rufanlage verbinden lassen.
k Dekubitus; Sensormatte; Pflege; Geriatrie; Erprobung
> offer | facility | market | - | none | startup company university |
t Klinische Erprobung von Medizintechnik in unserem Klinikverbund
s Unsere Studienzentrale unterstützt Hersteller bei Anwenderstudien und klinischen Prüfungen im Versorgungsalltag.
d Die Studienzentrale koordiniert Ethikanträge, Studiendesign und Datenerhebung und vermittelt interessierte Stationen. Start-ups erhalten Zugang zu Anwenderinnen und Anwendern für Usability-Tests und zu strukturierten Rückmeldungen aus Pflege und Medizin. Die Konditionen richten sich nach Umfang der Studie; für Projekte aus der Region gibt es vergünstigte Pakete.
k klinische Studie; Anwenderstudie; Usability; Medizintechnik; Krankenhaus

@ company | de | Solingen | small | 1932 | medtech steel_metal |
N Schürmann Chirurgische Instrumente GmbH
D Schürmann fertigt in Solingen chirurgische Scheren, Pinzetten und Klemmen für Kliniken und Fachhändler in über 30 Ländern. Die 55 Beschäftigten verbinden Schmiede- und Schleiftradition mit zertifizierter Medizinprodukte-Fertigung. Kliniken verlangen zunehmend rückverfolgbare Instrumente, deren Aufbereitungszyklen automatisch erfasst werden. Dafür suchen wir technische Lösungen, die Sterilisation und harte Einsätze überstehen.
C Chirurgische Instrumente; Schleifen und Polieren; Medizinprodukte-Qualitätsmanagement; Sonderanfertigungen
T chirurgische Instrumente; Rückverfolgbarkeit; Lasermarkierung
M Krankenhäuser; Fachhandel Medizintechnik; Export
> request | technology | prototype | 5 | none | startup research_institute company |
t Sterilisationsfeste Kennzeichnung zur Rückverfolgung chirurgischer Instrumente
s Gesucht wird eine RFID- oder Codelösung, die tausende Sterilisationszyklen übersteht und automatisch ausgelesen wird.
d Kliniken möchten jedes Instrument durch Aufbereitung, Lagerung und Operation verfolgen. Lasermarkierte Codes sind schwer zu lesen, aufgeklebte Transponder lösen sich. Wir suchen Partner, die Miniatur-Transponder oder robuste Codes direkt in das Instrument integrieren und ein passendes Lesesystem anbieten. Die Kennzeichnung darf Funktion und Reinigung nicht beeinträchtigen.
k Rückverfolgbarkeit; RFID; Sterilisation; chirurgische Instrumente; Kennzeichnung
> offer | business | market | - | none | startup company |
t Fertigung chirurgischer Sonderinstrumente für Medtech-Start-ups
s Wir fertigen Instrumente nach Ihren Zeichnungen in kleinen Stückzahlen und unter Medizinprodukte-Qualitätsmanagement.
d Start-ups, die ein neues chirurgisches Verfahren entwickeln, brauchen oft passende Instrumente in kleinen Serien. Wir beraten zu Werkstoff und Konstruktion, fertigen Prototypen und Serien und liefern die nötige Dokumentation für die Zulassung.
k chirurgisches Instrument; Sonderanfertigung; Kleinserie; Medizinprodukt

@ research_institute | en | Dortmund | medium | 1998 | medtech materials manufacturing |
N Institute for Microsystems and Sensor Packaging Dortmund
D The institute develops and manufactures microsystems for medical, industrial and environmental applications. Our 900 m² cleanroom, assembly lines and reliability laboratory allow us to build small series of sensors under medical-device quality rules. About 60 engineers work on microfluidics, biocompatible encapsulation and miniaturised electronics. Start-ups use us as a development partner and as a bridge to production.
C Cleanroom manufacturing; biocompatible encapsulation; microfluidics; reliability testing
T cleanroom; microsystems; encapsulation; wire bonding; microfluidics
M medical device makers; diagnostics; industrial sensors
> offer | facility | market | - | none | startup company |
t Cleanroom assembly and biocompatible packaging for sensor prototypes
s We build and encapsulate your sensor prototypes and small series under medical-device quality conditions.
d Many medtech start-ups have a working sensor chip but no way to package it for contact with the body. We offer die attach, wire bonding, flip-chip assembly and biocompatible encapsulation with parylene, silicone or glass, together with reliability tests. Small series up to several thousand units are possible under an ISO 13485 certified quality system.
k cleanroom; packaging; biocompatible; sensor; small series
> offer | research_cooperation | prototype | 4 | none | company startup university |
t Joint development of implantable sensor encapsulations
s We are looking for partners to develop hermetic, long-term stable encapsulations for implantable sensors.
d Implantable sensors must survive years in the body without leaking or losing accuracy. We propose a joint project combining thin-film barriers, ceramic housings and accelerated ageing tests. Partners could be manufacturers of implants, sensor start-ups and clinical researchers. Funding through medical technology programmes is planned.
k implant; encapsulation; hermetic; long-term stability; sensor

@ startup | de | Bochum | micro | 2023 | medtech health |
N Atemwerk Sensorik GmbH
D Atemwerk entwickelt ein handliches Gerät, das Stoffwechselmarker in der Atemluft misst. Ziel ist, Patientinnen und Patienten mit Diabetes oder chronischen Lungenerkrankungen eine einfache Kontrolle zu Hause zu ermöglichen. Der Sensorchip basiert auf Metalloxid-Schichten und einer eigenen Auswertung. Das Gründerteam aus Bochum besteht aus einer Ärztin, einem Physiker und einer Ingenieurin.
C Gassensorik; Atemgasanalyse; Medizinproduktentwicklung; klinische Studienplanung
T Atemgasanalyse; Metalloxid-Sensor; Medizinprodukt
M Diabetes; Lungenerkrankungen; Heimdiagnostik
> request | technology | prototype | 4 | applied | research_institute company |
t Aufbau- und Verbindungstechnik für unseren Atemgassensor
s Wir suchen einen Partner mit Reinraum, der unseren Sensorchip biokompatibel aufbaut und in Kleinserie fertigt.
d Unser Sensorchip funktioniert im Labor zuverlässig. Für klinische Tests benötigen wir 200 Geräte mit gehäustem, kalibriertem Sensor. Gesucht wird ein Institut oder Dienstleister für Chipmontage, Drahtbonden und Verkapselung unter Reinraumbedingungen, der Erfahrung mit Medizinprodukten und einem zertifizierten Qualitätsmanagement hat.
k Aufbau- und Verbindungstechnik; Reinraum; Sensor; Kleinserie; Medizinprodukt

@ creative | en | Düsseldorf | small | 2011 | design medtech |
N Formfolk Industrial Design
D Formfolk is an industrial design studio of nine designers and engineers in Düsseldorf. We design medical devices, laboratory equipment and professional tools, focusing on usability, hygiene and manufacturability. Our projects range from handheld diagnostic devices to hospital beds. We run usability studies with clinicians and help clients prepare the usability documentation required for approval.
C Medical device design; usability engineering; design for manufacturing; user research with clinicians
T industrial design; usability engineering; prototyping
M medical device makers; laboratory equipment; start-ups
> offer | cross_innovation | market | - | none | startup company |
t Human-centred design and usability engineering for medical devices
s We design devices that clinicians and patients understand intuitively and document usability for approval.
d From the first sketch to production-ready design, we combine ergonomics, hygiene requirements and manufacturing constraints. Our usability engineering covers user research, formative tests with clinicians and the summative evaluation required for approval. We work with start-ups on fixed-price design sprints and with established manufacturers on long-term product lines.
k medical device design; usability; industrial design; approval

@ university | de | Bochum | medium | 1986 | medtech health ai_data |
N Lehrstuhl für Medizinische Messtechnik, Universität Emschertal
D Der Lehrstuhl entwickelt Messverfahren und Signalverarbeitung für die Medizin: kontaktlose Vitalparametererfassung, tragbare Sensoren und Bildgebung. Ein interdisziplinäres Team aus Elektrotechnik, Informatik und Medizin arbeitet eng mit Kliniken der Region zusammen. Unsere Algorithmen laufen in mehreren Produkten von Partnerunternehmen. Wir bieten Kooperationen von der Machbarkeitsstudie bis zur klinischen Evaluation.
C Biosignalverarbeitung; kontaktlose Vitaldatenerfassung; tragbare Sensorik; klinische Evaluation
T Radar-Vitaldaten; Biosignalverarbeitung; Wearables
M Medizintechnikhersteller; Kliniken; Pflege
> offer | research_cooperation | prototype | 5 | applied | company startup |
t Kontaktlose Messung von Atmung und Herzschlag per Radar
s Wir haben Algorithmen entwickelt, die Vitalwerte berührungslos erfassen, und suchen Partner für Produktentwicklungen.
d Mit Radarsensoren im 60-GHz-Bereich erfassen wir Atemfrequenz und Herzschlag auf bis zu drei Meter Entfernung, ohne Kamera und ohne Berührung. Anwendungen reichen von der Schlafüberwachung bis zur Sturzerkennung in der Pflege. Wir suchen Unternehmen, die die Algorithmen in eigene Produkte übernehmen möchten, sowie Kliniken für Studien. Lizenz- und Kooperationsmodelle sind möglich.
k Radar; Vitalparameter; kontaktlos; Pflege; Lizenz
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- digital health
@ startup | de | Essen | small | 2020 | health ict ai_data |
N Pflegepilot GmbH
D Pflegepilot entwickelt eine Sprachassistenz für die Pflegedokumentation. Pflegekräfte sprechen Beobachtungen und Maßnahmen direkt am Bett in ein Smartphone, die Software strukturiert den Text und überträgt ihn in die Pflegedokumentation. So bleibt mehr Zeit für Menschen statt Formulare. Das Team aus Essen arbeitet eng mit Pflegefachkräften zusammen und legt großen Wert auf Datenschutz und Serverstandorte in Deutschland.
C Spracherkennung für die Pflege; Schnittstellen zu Pflegesoftware; Datenschutz im Gesundheitswesen; Schulung von Pflegeteams
T Spracherkennung; Pflegedokumentation; Sprachmodell
M stationäre Pflege; ambulante Pflegedienste; Krankenhäuser
> offer | technology | market | 8 | secret | company public_body |
t Sprachgesteuerte Pflegedokumentation direkt am Bett
s Pflegekräfte diktieren Beobachtungen, unsere Software überträgt sie strukturiert in die Dokumentation.
d Die App erkennt Fachbegriffe der Pflege, ordnet Aussagen den richtigen Feldern zu und fragt bei Unklarheiten nach. Schnittstellen zu den verbreiteten Pflegeprogrammen sind vorhanden. In Pilotheimen sank der Dokumentationsaufwand um etwa ein Drittel. Wir bieten eine dreimonatige Testphase mit Schulung und Begleitung an.
k Pflegedokumentation; Spracherkennung; Entlastung; Pflegeheim
> request | pilot | pilot | 7 | secret | company public_body |
t Ambulante Pflegedienste für Erprobung der mobilen Version gesucht
s Für unsere neue Offline-Version suchen wir ambulante Pflegedienste, die sie drei Monate im Alltag testen.
d Ambulante Pflegekräfte dokumentieren oft im Auto oder bei schlechter Netzabdeckung. Unsere neue Version arbeitet offline und synchronisiert später. Wir suchen zwei bis drei ambulante Dienste mit zehn bis dreißig Mitarbeitenden, die die App testen und regelmäßig Rückmeldung geben. Lizenzen und Schulung sind während der Erprobung kostenlos.
k ambulante Pflege; Erprobung; Offline; Dokumentation

@ company | en | Düsseldorf | medium | 1999 | health |
N Rhinecare Residences GmbH
D Rhinecare runs six residential care homes and two assisted-living complexes in Düsseldorf, Neuss and Meerbusch, with around 650 residents and 520 employees. We want to use technology wherever it gives staff more time and residents more safety and independence. Our innovation group of nurses, IT staff and managers tests new solutions in one home before rolling them out.
C Residential care; assisted living; dementia care; care staff training
T fall detection; nurse call; care software
M elderly care; assisted living; dementia care
> request | technology | pilot | 7 | none | startup company |
t Fall detection in residents' rooms without cameras
s We are looking for a privacy-friendly system that detects falls at night and alerts night staff immediately.
d Falls at night often remain unnoticed for too long. Camera-based systems are not acceptable to our residents and their families. We are looking for a solution based on radar, floor sensors or similar technology that detects falls and unusual inactivity, integrates with our nurse call system and produces few false alarms. A pilot in one home with 60 rooms is planned.
k fall detection; privacy; radar; nurse call; care home

@ startup | en | Bochum | small | 2021 | health medtech ai_data |
N Radarcare GmbH
D Radarcare develops ceiling-mounted radar sensors that detect falls, measure breathing at night and recognise unusual inactivity, without cameras and without wearables. Care homes and home-care providers receive alerts on their existing nurse call systems. The technology originated in a university research project on contactless vital-sign monitoring. Today, 15 people work at our Bochum office.
C Radar sensing; fall detection; nurse call integration; privacy-by-design
T 60 GHz radar; fall detection; contactless monitoring
M care homes; assisted living; home care
> offer | technology | market | 8 | applied | company public_body |
t Camera-free fall detection with ceiling radar sensors
s Our radar sensor detects falls and inactivity in care rooms and alerts staff via the existing nurse call system.
d The sensor covers a room of up to 25 m², distinguishes falls from sitting down and reports an alarm within seconds. No images are recorded, which makes acceptance high among residents. Installation takes one hour per room. We offer care homes a three-month trial with ten sensors and integration into common nurse call systems.
k fall detection; radar; care home; privacy; nurse call
> request | business | market | - | applied | company |
t Nurse call manufacturers as integration and sales partners
s We want to integrate our radar sensors directly into nurse call systems and sell them through their channels.
d Care homes buy most technology through their nurse call supplier. We are looking for manufacturers of nurse call and care communication systems interested in integrating our fall detection as an option. We provide interfaces, certification documents and joint training for installers.
k nurse call; integration; sales partner; fall detection

@ company | de | Mülheim an der Ruhr | medium | 1976 | health | bi
N Seniorenzentren Ruhraue gGmbH
D Die gemeinnützigen Seniorenzentren Ruhraue betreiben fünf Pflegeheime und einen ambulanten Dienst in Mülheim an der Ruhr und Oberhausen. Rund 480 Mitarbeitende betreuen etwa 600 Bewohnerinnen und Bewohner. Der Personalmangel zwingt uns, die Arbeit neu zu organisieren. Wir sind offen für digitale Lösungen, die Pflegekräfte wirklich entlasten und von den Teams akzeptiert werden.
C Stationäre Langzeitpflege; ambulante Pflege; Demenzbetreuung; Praxisanleitung
T Pflegedokumentation; Sturzerkennung; Dienstplanung
M Langzeitpflege; Senioren; Angehörige
> request | technology | pilot | 7 | none | startup company |
t Datenschutzkonforme Sturzerkennung in Bewohnerzimmern
s Gesucht wird ein System, das nächtliche Stürze ohne Kameras erkennt und an die Nachtwache meldet.
d Nachts betreuen zwei Pflegekräfte bis zu sechzig Bewohnerinnen und Bewohner. Stürze werden teilweise erst beim nächsten Rundgang bemerkt. Wir suchen eine Lösung ohne Kamera, die Stürze zuverlässig erkennt, Fehlalarme gering hält und sich an unsere Rufanlage anbinden lässt. Eine Erprobung in einem Wohnbereich mit 30 Zimmern ist ab Frühjahr 2027 möglich.
k Sturzerkennung; Pflegeheim; Datenschutz; Nachtdienst; Rufanlage
> request | technology | market | 8 | none | startup company |
t Entlastung bei der Pflegedokumentation durch Spracheingabe
s Wir möchten unsere Pflegekräfte durch Spracheingabe oder andere Assistenz bei der Dokumentation entlasten.
d Unsere Pflegekräfte verbringen bis zu zwei Stunden pro Schicht mit Dokumentation. Wir suchen eine Lösung, die Einträge per Sprache oder mit intelligenten Vorschlägen erleichtert und sich in unsere bestehende Pflegesoftware integriert. Datenschutz, Serverstandort in Deutschland und einfache Bedienung für Mitarbeitende mit unterschiedlichen Sprachkenntnissen sind entscheidend.
k Pflegedokumentation; Spracheingabe; Entlastung; Pflegesoftware

@ research_institute | de | Essen | small | 2012 | health ai_data |
N Institut für Versorgungsforschung und Telemedizin Ruhr e.V.
D Das Institut untersucht, wie digitale Anwendungen die Gesundheitsversorgung verbessern. Ein Team aus Medizin, Gesundheitsökonomie, Psychologie und Statistik plant und begleitet Studien zu Apps, Telemedizin und Pflegetechnik. Wir helfen Herstellern, den Nutzen ihrer Produkte so nachzuweisen, dass Krankenkassen und Behörden ihn anerkennen. Seit 2012 haben wir über 40 Evaluationen durchgeführt.
C Studiendesign; Gesundheitsökonomie; Evaluation digitaler Gesundheitsanwendungen; Nutzerforschung
T randomisierte Studie; Versorgungsforschung; Telemedizin
M Hersteller digitaler Gesundheitsanwendungen; Krankenkassen; Kliniken
> offer | research_cooperation | pilot | 6 | none | startup company |
t Wirksamkeitsstudien für digitale Gesundheitsanwendungen
s Wir planen und begleiten Studien, mit denen Hersteller den Nutzen ihrer Gesundheits-App nachweisen.
d Für die Aufnahme in die Regelversorgung verlangen Kostenträger einen nachgewiesenen Versorgungseffekt. Wir unterstützen bei Studiendesign, Ethikantrag, Rekrutierung über Praxen und Kliniken, statistischer Auswertung und Veröffentlichung. Für Start-ups bieten wir eine frühe Beratung zur Evidenzstrategie an, bevor hohe Kosten entstehen.
k Evaluation; Studie; Gesundheits-App; Evidenz; Versorgungseffekt

@ startup | en | Dortmund | micro | 2022 | health education ict |
N Moodtrail GmbH
D Moodtrail is a mental health app for apprentices and young employees. It combines short daily check-ins, exercises based on cognitive behavioural therapy and anonymous chat access to trained counsellors. Employers offer the app as a benefit to reduce dropouts and sick days during vocational training. The founders, a psychologist and a software engineer, started the company in Dortmund in 2022.
C Mental health app development; behavioural psychology; employer health programmes; youth-friendly design
T mental health app; cognitive behavioural therapy; chat counselling
M apprentices; employers; vocational schools
> request | research_cooperation | pilot | 6 | none | research_institute university |
t Evaluation partner for a clinical study of our mental health app
s We seek a research institute to design and run a controlled study proving the benefit of our app.
d To be reimbursed by health insurers, we need evidence from a controlled study with about 400 participants. We are looking for an institute experienced in evaluating digital health applications, which can design the study, obtain ethics approval and analyse results independently. We cover study costs and are open to a joint funding application.
k clinical evaluation; mental health; digital health application; study
> offer | pilot | pilot | 7 | none | company public_body |
t Free pilot for training companies: mental health support for apprentices
s Training companies can offer our app free of charge to all apprentices for one training year.
d We are looking for ten training companies and vocational schools that offer Moodtrail to their apprentices. The app is free during the pilot; in return, the company shares anonymous figures on dropouts and sick days. Training managers get a short workshop on recognising psychological stress.
k apprentices; mental health; employer; pilot; vocational training

@ creative | de | Bochum | micro | 2016 | design health ict |
N Studio Zugewandt
D Studio Zugewandt ist ein UX-Designbüro mit sechs Designerinnen und Designern in Bochum. Wir gestalten digitale Anwendungen für Gesundheit, Pflege und öffentliche Verwaltung, die auch ältere Menschen, Menschen mit Behinderungen oder geringen Deutschkenntnissen verstehen. Nutzerforschung vor Ort, etwa in Pflegeheimen oder Arztpraxen, gehört für uns fest dazu.
C UX-Design; barrierefreies Design; Nutzerforschung; Prototyping
T Barrierefreiheit; UX-Research; Prototyping
M Gesundheitswesen; Pflege; Verwaltung
> offer | cross_innovation | market | - | none | startup company public_body |
t Barrierearmes UX-Design für Gesundheits- und Pflegeanwendungen
s Wir gestalten Apps und Portale so, dass ältere und beeinträchtigte Menschen sie sicher nutzen können.
d Wir begleiten Start-ups und Einrichtungen von der Nutzerforschung bis zum klickbaren Prototyp. Dabei testen wir mit echten Nutzerinnen und Nutzern, prüfen Barrierefreiheit nach geltenden Richtlinien und entwickeln ein Designsystem, das Entwicklerteams direkt umsetzen können. Typische Projekte dauern acht bis zwölf Wochen.
k UX-Design; Barrierefreiheit; Gesundheits-App; Nutzerforschung; Pflege

# ---------------------------------------------------------------- cybersecurity for SMEs and OT
@ startup | de | Bochum | small | 2019 | cybersecurity manufacturing |
N Schildwall IT-Sicherheit GmbH
D Schildwall ist auf die Sicherheit von Produktionsnetzen im Mittelstand spezialisiert. Wir prüfen Steuerungen, Fernwartungszugänge und Netzwerke, segmentieren historisch gewachsene Anlagen und betreuen Kunden mit einem Überwachungsdienst rund um die Uhr. Unsere 24 Mitarbeitenden kommen aus Automatisierungstechnik und IT-Sicherheit und sprechen beide Sprachen, die der Techniker und die der Informatiker.
C OT-Sicherheitsaudits; Netzsegmentierung; Angriffserkennung; Notfallmanagement
T OT-Sicherheit; Netzsegmentierung; Angriffserkennung; Fernwartung
M Maschinenbau; Kunststoffverarbeitung; Lebensmittelindustrie
> offer | business | market | 9 | none | company |
t Sicherheitsaudit und Segmentierung von Produktionsnetzen
s Wir finden Schwachstellen in Ihrer Produktion und trennen Büro- und Maschinennetz, ohne die Fertigung zu stören.
d Unser Audit erfasst alle Geräte im Produktionsnetz, bewertet Fernwartungszugänge und Schwachstellen und priorisiert Maßnahmen nach Risiko und Aufwand. Anschließend setzen wir die Segmentierung in kleinen Schritten um, abgestimmt auf Stillstandszeiten. Auf Wunsch übernehmen wir die laufende Überwachung. Festpreise für kleine und mittlere Betriebe.
k OT-Sicherheit; Audit; Segmentierung; Produktion; Mittelstand
> request | talent | concept | - | none | university |
t Studierende für Abschlussarbeiten zur Steuerungssicherheit gesucht
s Wir bieten Themen für Bachelor- und Masterarbeiten rund um die Sicherheit industrieller Steuerungen.
d In unserem Testlabor stehen Steuerungen verschiedener Hersteller, mit denen Studierende Angriffe und Schutzmaßnahmen untersuchen können. Wir suchen Lehrstühle für IT-Sicherheit oder Automatisierungstechnik, die Abschlussarbeiten gemeinsam mit uns betreuen. Gute Absolventinnen und Absolventen übernehmen wir gern.
k Abschlussarbeit; Steuerungssicherheit; Studierende; Testlabor

@ company | en | Hilden | medium | 1982 | manufacturing cybersecurity chemistry | anon
N Hilden Precision Plastics GmbH
D We are a plastics processor making injection-moulded technical parts for automotive, household appliances and medical customers. About 210 people work at our plant in the Kreis Mettmann, which runs 80 injection moulding machines in three shifts. Last year a ransomware attack on a customer made us realise how vulnerable our own production network is: machines, robots and the office network are still connected without separation.
C Injection moulding; mould design; cleanroom production; two-component moulding
T injection moulding; manufacturing execution system; automation
M automotive suppliers; household appliances; medical devices
> request | business | market | - | none | startup company |
t Securing our production network against ransomware
s We need a partner to assess, segment and monitor the network of our injection moulding plant.
d Our machines, robots and quality systems share a flat network with the office, and several machine builders have remote access. We are looking for a specialist who inventories all devices, proposes a segmentation concept, implements it without long production stops and advises on secure remote maintenance. Monitoring as a service after the project is welcome.
k ransomware; network segmentation; OT security; remote maintenance; production
> request | business | market | - | none | company startup |
t Recycled polyamide for technical moulded parts
s We need glass-fibre reinforced recycled polyamide with consistent quality for appliance and automotive parts.
d Several customers ask for recycled content in technical parts. We are looking for compounders or recyclers supplying glass-fibre reinforced polyamide from post-industrial or post-consumer sources, with stable mechanical properties and documentation, in volumes of 300 tonnes per year.
k recycled polyamide; compound; injection moulding; supplier

@ university | de | Bochum | medium | 2001 | cybersecurity ict |
N Lehrstuhl für Systemsicherheit, Universität Emschertal
D Der Lehrstuhl forscht zur Sicherheit eingebetteter Systeme, industrieller Steuerungen und vernetzter Geräte. Wir analysieren Firmware, entwickeln Methoden zur Angriffserkennung und untersuchen, wie kleine Unternehmen Sicherheit mit begrenzten Mitteln umsetzen können. Studierende arbeiten in Praxisprojekten mit Unternehmen, etwa bei der Sicherheitsanalyse neuer Produkte. Der Lehrstuhl beschäftigt rund 30 Forschende.
C Firmware-Analyse; Sicherheit eingebetteter Systeme; Angriffserkennung; Hardware-Sicherheit
T Firmware-Analyse; Embedded Security; Bluetooth Low Energy; Fuzzing
M Gerätehersteller; Industrie; Mittelstand
> offer | talent | concept | - | none | company startup |
t Studentische Sicherheitsanalysen für vernetzte Produkte
s Studierende prüfen im Rahmen eines Praktikums die Firmware und Funkschnittstellen Ihres Produkts.
d Im Sicherheitspraktikum untersuchen Teams von Masterstudierenden reale Produkte von Unternehmen auf Schwachstellen, unter Anleitung erfahrener Forschender und mit vertraulicher Behandlung der Ergebnisse. Typische Objekte sind Smart-Home-Geräte, elektronische Schlösser oder Steuerungen. Unternehmen erhalten einen Bericht mit Befunden und Empfehlungen.
k Sicherheitsanalyse; Firmware; Studierende; vernetzte Produkte; Praktikum
> offer | research_cooperation | prototype | 4 | none | company |
t Angriffserkennung in Leitsystemen der Prozessindustrie
s Wir suchen Anwender, mit denen wir ein lernendes Verfahren zur Angriffserkennung im Leitsystem erproben.
d Unser Verfahren lernt die normale Kommunikation zwischen Leitsystem und Feldgeräten und erkennt Abweichungen, die auf Manipulationen hindeuten. Für die Weiterentwicklung suchen wir Betreiber von Anlagen der Chemie, Wasserwirtschaft oder Energie, die Netzwerkdaten bereitstellen und einen Testbetrieb ermöglichen. Ein gemeinsamer Förderantrag ist geplant.
k Angriffserkennung; Leitsystem; Prozessindustrie; Anomalieerkennung

@ startup | en | Dortmund | small | 2020 | cybersecurity ict |
N Honeygrid Security GmbH
D Honeygrid deploys decoy devices in industrial networks: virtual controllers, HMIs and sensors that look real to an attacker but raise an alarm as soon as anyone touches them. This gives operators an early warning of intrusions with almost no false alarms. Our team of 16 combines penetration testers and automation engineers. Customers include utilities, chemical companies and machine builders.
C Deception technology; industrial network monitoring; penetration testing; incident response
T honeypot; deception; industrial control systems; intrusion detection
M utilities; chemical industry; manufacturing
> offer | technology | market | 8 | applied | company public_body |
t Industrial decoys for early detection of intruders in OT networks
s Virtual controllers and HMIs that alert you the moment an attacker explores your production network.
d Our decoys imitate typical controllers and operator panels of your plant and are deployed as software on a small appliance. Any access triggers an alert with detailed information about the attacker's behaviour. Deployment takes one day and needs no changes to existing systems. We offer a three-month pilot for plant operators.
k honeypot; OT security; intrusion detection; industrial network
> request | pilot | pilot | 7 | applied | company public_body |
t Pilot sites in process industry and water utilities
s We seek plant operators willing to run our decoys in their real networks for six months.
d To prove the value of deception technology in process plants we need pilot partners from chemicals, water or energy. We provide hardware, software and support free of charge and deliver a monthly security report. Participants help us understand which decoy profiles are most realistic for their plant type.
k pilot; process industry; water utility; OT security

@ company | de | Monheim am Rhein | medium | 1969 | chemistry cybersecurity | anon
N Rheinbogen Spezialchemie GmbH
D Wir sind ein mittelständischer Hersteller von Additiven für Lacke, Klebstoffe und Kunststoffe. Am Standort betreiben wir mit 170 Beschäftigten mehrere Mehrzweckanlagen, die über ein Prozessleitsystem gesteuert werden. Als Betreiber einer Anlage mit Gefahrstoffen unterliegen wir strengen Sicherheitsanforderungen, zu denen zunehmend auch die IT-Sicherheit der Leittechnik gehört.
C Spezialchemie; Additive; Mehrzweckanlagen; Anlagensicherheit
T Prozessleitsystem; Batchproduktion; Additive
M Lackindustrie; Klebstoffe; Kunststoffverarbeitung
> request | technology | pilot | 7 | none | startup company research_institute |
t Angriffserkennung für unser Prozessleitsystem
s Wir suchen eine Lösung, die Manipulationen im Leitsystem frühzeitig erkennt, ohne den Betrieb zu beeinträchtigen.
d Unser Prozessleitsystem ist vom Büronetz getrennt, eine Überwachung auf Angriffe findet aber nicht statt. Gesucht wird eine passive Lösung zur Angriffserkennung, die industrielle Protokolle versteht, wenige Fehlalarme erzeugt und sich mit unserem IT-Dienstleister betreiben lässt. Auch Ansätze mit Täuschungssystemen sind für uns interessant.
k Angriffserkennung; Prozessleitsystem; OT-Sicherheit; Chemie

@ intermediary | de | Düsseldorf | small | 2017 | cybersecurity ict |
N Kompetenzstelle IT-Sicherheit Mittelstand Rhein-Ruhr
D Die Kompetenzstelle hilft kleinen und mittleren Unternehmen, Handwerksbetrieben und Vereinen, ihre IT sicherer zu machen. Wir bieten neutrale Erstberatung, Workshops zur Sensibilisierung von Beschäftigten und Übungen für den Ernstfall. Getragen wird die Kompetenzstelle von Wirtschaftsverbänden und Kammern der Region. Unser Netzwerk umfasst geprüfte Dienstleister, an die wir für die Umsetzung vermitteln.
C Neutrale Erstberatung; Awareness-Schulungen; Notfallübungen; Vermittlung von Dienstleistern
T IT-Grundschutz; Awareness; Notfallplanung
M Mittelstand; Handwerk; Vereine
> offer | business | market | - | none | company startup | pt=services
t Kostenfreie IT-Sicherheits-Erstberatung für kleine Unternehmen
s In einem zweistündigen Termin bewerten wir Ihren Sicherheitsstand und zeigen die wichtigsten nächsten Schritte.
d Unsere Beraterinnen und Berater kommen in Ihren Betrieb oder beraten online. Gemeinsam prüfen wir Datensicherung, Zugänge, Updates und Notfallpläne. Sie erhalten eine kurze Liste mit Maßnahmen und auf Wunsch Kontakte zu geprüften Dienstleistern. Das Angebot ist neutral und für Unternehmen mit bis zu 250 Beschäftigten kostenfrei.
k IT-Sicherheit; Erstberatung; Mittelstand; Notfallplan

@ company | en | Velbert | small | 2013 | cybersecurity manufacturing ict | anon
N Velbert Smart Access GmbH
D A manufacturer of electronic door locks and access-control systems for offices, hotels and residential buildings, with around 40 employees. Our locks open by smartphone via Bluetooth and are managed through a cloud platform. As customers and insurers increasingly ask for independent security evidence, we want our products to be tested before the next generation goes into production.
C Electronic lock development; access-control software; embedded hardware; certification
T Bluetooth Low Energy; electronic lock; cloud platform; firmware
M hotels; offices; residential buildings
> request | technology | prototype | 6 | none | university startup research_institute |
t Independent security evaluation of our Bluetooth lock firmware
s We want experts to test our new lock generation for vulnerabilities before the production launch.
d The new lock generation uses Bluetooth Low Energy, an app and a cloud service. We are looking for a university group or specialised company that analyses firmware, radio protocol and app for weaknesses and helps us fix them before market launch in late 2027. Results must remain confidential, and a short public certificate would be a plus.
k security evaluation; Bluetooth; firmware; electronic lock; penetration test
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- VR/AR training for industry
@ creative | en | Bochum | small | 2014 | games_xr education media | bi
N Tiefgang Studios
D Tiefgang Studios is a team of 18 game developers, 3D artists and instructional designers who build virtual reality training for industry. Our simulations let workers practise dangerous or rare situations safely: confined-space entry, gas leaks, work at height, emergency shutdowns. We started as an indie game studio in a former colliery building in Bochum and still bring game-level quality to every training.
C VR training simulations; instructional design; real-time 3D; multiplayer scenarios
T virtual reality; Unreal Engine; multiplayer; scenario editor
M chemical industry; energy utilities; construction
> offer | cross_innovation | market | 8 | secret | company public_body |
t Virtual reality safety training for hazardous work situations
s Realistic VR simulations in which employees practise emergencies and dangerous tasks without risk.
d We develop VR trainings tailored to your site: the real plant layout, your procedures and typical mistakes. Trainees act alone or in teams, trainers can trigger incidents and review each session afterwards. Standard modules for confined spaces, gas alarms and lockout procedures can be adapted within weeks. Headsets can be rented for rollout.
k VR training; safety; simulation; hazardous work; immersive learning
> offer | cross_innovation | concept | - | none | company startup |
t Game design know-how for your industrial product
s We help industrial companies use game mechanics and real-time 3D in products, sales and onboarding.
d Many industrial companies have complex products that are hard to explain. We run two-day workshops in which your team and our game designers develop ideas for interactive configurators, training apps or trade-fair experiences. The result is a concept and a clickable prototype that shows what is possible with moderate budgets.
k game design; cross-innovation; real-time 3D; workshop

@ company | de | Marl | large | 1938 | chemistry education | bi
N Chemiepark Lippe-Süd Betriebsgesellschaft mbH
D Die Betriebsgesellschaft betreibt einen Chemiepark mit 25 ansässigen Unternehmen und rund 9.000 Beschäftigten. Wir verantworten Infrastruktur, Werkfeuerwehr, Energieversorgung, Logistik und Ausbildung am Standort. Jedes Jahr arbeiten tausende Beschäftigte von Fremdfirmen im Park, die vor Arbeitsbeginn in Sicherheitsregeln und Notfallabläufe eingewiesen werden müssen.
C Standortbetrieb Chemiepark; Werkfeuerwehr und Gefahrenabwehr; Ausbildung; Infrastrukturservices
T Sicherheitsunterweisung; Gefahrenabwehr; Standortlogistik
M Chemieindustrie; Fremdfirmen; Ausbildung
> request | cross_innovation | pilot | 7 | none | creative startup company |
t Immersive Sicherheitsunterweisung für Fremdfirmen im Chemiepark
s Wir suchen eine VR- oder AR-Lösung, mit der Fremdfirmenbeschäftigte Notfallabläufe realistisch üben.
d Bisher erfolgt die Unterweisung per Video und Test am Computer. Viele Beschäftigte von Fremdfirmen sprechen wenig Deutsch und behalten die Inhalte schlecht. Wir möchten eine immersive Schulung einführen, in der Gasalarm, Evakuierung und Sammelplätze an realistischen Orten des Parks geübt werden. Mehrsprachigkeit und ein Einsatz an mehreren Stationen gleichzeitig sind Voraussetzung.
k Sicherheitsunterweisung; virtuelle Realität; Fremdfirmen; Notfallübung; Mehrsprachigkeit
> offer | facility | market | - | none | startup company |
t Technikumsflächen für Start-ups der Chemie und Kreislaufwirtschaft
s Im Chemiepark vermieten wir Technikumsflächen mit Anschluss an Energie, Dampf und Entsorgung.
d Start-ups und Mittelständler können im Park Technikumsflächen von 100 bis 1.000 Quadratmetern mieten. Die Infrastruktur für Strom, Dampf, Stickstoff, Kühlwasser und Abwasser ist vorhanden, Genehmigungen können oft im Rahmen bestehender Verfahren erweitert werden. Werkfeuerwehr, Analytik und Logistik stehen als Dienstleistungen zur Verfügung.
k Technikum; Chemiepark; Infrastruktur; Ansiedlung; Scale-up

@ creative | de | Dortmund | small | 2017 | games_xr manufacturing media |
N Raumwerk XR GmbH
D Raumwerk XR entwickelt Augmented-Reality-Anwendungen für Montage, Service und Vertrieb. Wir verwandeln CAD-Daten und Handbücher in Schritt-für-Schritt-Anleitungen, die direkt auf der Maschine erscheinen, und verbinden Servicetechniker über Datenbrillen mit Experten im Werk. Das Team aus zwölf Entwicklerinnen, Designern und einem Technischen Redakteur sitzt im Dortmunder Hafenquartier.
C Augmented Reality; 3D-Visualisierung aus CAD; Remote Support; technische Dokumentation
T Augmented Reality; Datenbrille; Remote Support; CAD-Konvertierung
M Maschinenbau; Anlagenservice; Vertrieb technischer Produkte
> offer | cross_innovation | market | 8 | none | company |
t AR-Anleitungen und Fernunterstützung für Servicetechniker
s Servicetechniker sehen Arbeitsschritte direkt an der Maschine und holen sich per Datenbrille Hilfe aus dem Werk.
d Wir erstellen aus Ihren CAD-Daten und Handbüchern interaktive AR-Anleitungen für Tablet und Datenbrille. Eine Fernunterstützungsfunktion erlaubt es Expertinnen im Werk, dem Techniker vor Ort Markierungen ins Sichtfeld zu legen. Die Anleitungen lassen sich ohne Programmierkenntnisse pflegen. Ein Pilot für eine Maschinenbaureihe dauert etwa drei Monate.
k Augmented Reality; Fernwartung; Service; Anleitung; Datenbrille
> request | talent | concept | - | none | university |
t Studierende der Medieninformatik für Praxissemester gesucht
s Wir bieten Praxissemester und Abschlussarbeiten zu AR-Anwendungen in der Industrie.
d Wir suchen Hochschulen, deren Studierende der Medieninformatik, Informatik oder des Designs bei uns ein Praxissemester absolvieren oder ihre Abschlussarbeit schreiben. Themen sind etwa die automatische Aufbereitung von CAD-Daten, Interaktionsdesign für Datenbrillen oder Nutzerstudien mit Servicetechnikern.
k Praxissemester; Medieninformatik; Augmented Reality; Studierende

@ company | en | Remscheid | medium | 1954 | manufacturing energy water |
N Remscheid Valve Technologies GmbH
D Remscheid Valve Technologies develops and manufactures industrial valves and actuators for water, energy and process plants. About 190 employees work at our site, and 30 service technicians travel to customers all over Europe. Many repairs require experienced specialists, who are increasingly hard to find. We want younger technicians to handle complex jobs with remote support from our experts.
C Industrial valves; actuators; field service; valve diagnostics
T industrial valve; actuator; field service; remote support
M water utilities; power plants; process industry
> request | technology | pilot | 7 | none | creative startup company |
t Augmented reality remote support for our field technicians
s We need an AR solution that lets experts in Remscheid guide technicians at customer sites in real time.
d Our technicians service valves in plants across Europe, often in noisy and poorly connected environments. We are looking for an AR remote support solution for tablets and smart glasses that works with weak networks, integrates our CAD data and service manuals and records each intervention. A pilot with ten technicians is planned for 2027.
k augmented reality; remote support; field service; smart glasses
> request | talent | concept | - | none | university intermediary |
t Young engineers for our international service team
s We are looking for graduates in mechanical or electrical engineering who want to work in international field service.
d Our service team travels to plants across Europe. We are looking for graduates and students in their final year who are interested in a hands-on career with travel. We offer a structured twelve-month onboarding programme, mentoring by experienced technicians and the chance to work with new technologies such as augmented reality support.
k graduates; field service; engineering; onboarding

@ university | en | Dortmund | medium | 2006 | games_xr ict education |
N Chair of Human-Machine Interaction, Hellweg University Dortmund
D The chair investigates how people interact with machines, robots and virtual environments at work. Our laboratory includes eye tracking, motion capture, VR and AR headsets and a driving simulator. We evaluate training systems, operator interfaces and assistance systems with real users and develop methods to measure workload and learning success. Industrial partners use us for independent usability and effectiveness studies.
C Usability studies; eye tracking; workload measurement; evaluation of training systems
T eye tracking; motion capture; virtual reality; user study
M industry; training providers; software vendors
> offer | research_cooperation | pilot | 6 | none | company creative startup |
t Independent effectiveness studies for VR and AR training
s We measure whether immersive training improves learning, retention and safety compared with classic training.
d Companies and studios often struggle to prove the value of VR training. We design comparative studies with your target group, measure knowledge, skills, workload and retention over several weeks and publish the results if desired. Our lab offers eye tracking and motion capture for detailed analysis of trainee behaviour.
k VR training; effectiveness; user study; learning; eye tracking

@ company | de | Hamm | medium | 1997 | energy education |
N Netzservice Hellweg GmbH
D Netzservice Hellweg baut und betreibt Strom- und Gasnetze für Stadtwerke in Westfalen. Unsere 340 Beschäftigten arbeiten in Umspannwerken, an Ortsnetzstationen und im Leitungsbau. Durch Ruhestand verlieren wir in den nächsten Jahren viel Erfahrung. Wir wollen junge Monteurinnen und Monteure schneller und sicherer an anspruchsvolle Schaltungen heranführen.
C Netzbetrieb Strom und Gas; Schaltanlagen; Leitungsbau; Ausbildung von Netzmonteuren
T Schaltanlage; Mittelspannung; Ortsnetzstation
M Stadtwerke; Energieversorger; Industrienetze
> request | cross_innovation | prototype | 5 | none | creative startup |
t Schaltungen in Mittelspannungsanlagen virtuell trainieren
s Wir suchen ein VR-Training, in dem Nachwuchskräfte Schalthandlungen und die fünf Sicherheitsregeln üben.
d Fehler bei Schalthandlungen können tödlich sein. Heute lernen junge Beschäftigte vor allem durch Begleitung erfahrener Kollegen. Wir möchten eine virtuelle Umgebung mit typischen Anlagen unseres Netzes, in der Schaltprogramme, Fehlersituationen und die Sicherheitsregeln realitätsnah geübt werden können. Das Training soll in unserem Ausbildungszentrum eingesetzt werden.
k VR-Training; Schalthandlung; Mittelspannung; Arbeitssicherheit; Ausbildung

@ startup | en | Essen | micro | 2023 | games_xr manufacturing |
N Holohand GmbH
D Holohand builds lightweight haptic gloves for virtual reality training. Small actuators at the fingertips let trainees feel valves, buttons and tools, which makes practising manual tasks in VR much more realistic. The gloves work with common VR headsets and engines. The founders come from robotics and game development and work from a start-up centre in Essen.
C Haptic hardware; hand tracking; VR engine integration; ergonomic design
T haptic glove; hand tracking; virtual reality
M VR training providers; industrial training; research labs
> offer | technology | prototype | 6 | applied | creative company |
t Haptic gloves that make manual VR training feel real
s Our gloves give fingertip feedback so trainees can feel what they grab, turn and press in virtual reality.
d The gloves weigh under 150 grams, track finger positions precisely and give force and vibration feedback. A plugin for common engines makes integration into existing VR trainings straightforward. We are looking for training studios and industrial companies who want to test the gloves in their scenarios and help us prioritise features for the first product version.
k haptics; VR glove; training; hand tracking
> request | investment | prototype | 6 | applied | intermediary company |
t Pre-seed funding to build our first product series
s We are raising 600,000 euros to finish development and produce 200 haptic gloves for early customers.
d Our prototypes have been tested by training studios and research labs. To deliver a first series, we need funding for tooling, certification and a small team. We are looking for business angels and early-stage funds with an interest in XR, industrial training or robotics.
k pre-seed; haptics; funding; XR hardware

# ---------------------------------------------------------------- game-based learning
@ creative | de | Düsseldorf | small | 2012 | games_xr education |
N Spielkontor Lernspiele GmbH
D Spielkontor entwickelt Serious Games für berufliche Bildung, Schulen und Unternehmen. Unsere Spiele erklären Elektrotechnik, Buchhaltung, Datenschutz oder Pflegeabläufe so, dass Lernende freiwillig weiterspielen. Das Team aus 16 Spieleentwicklern, Pädagoginnen und Illustratorinnen arbeitet in Düsseldorf. Viele unserer Titel laufen im Browser und auf Schul-Tablets ohne Installation.
C Serious Games; Lernspieldesign; Browser-Spiele; Didaktik für Berufsbildung
T Serious Game; Gamification; Browser; Lernanalyse
M Berufsschulen; Ausbildungsbetriebe; Weiterbildung
> offer | cross_innovation | market | 9 | none | company public_body |
t Lernspiele für Ausbildung und Weiterbildung nach Maß
s Wir entwickeln Serious Games, die Ausbildungsinhalte spielerisch vermitteln und Lernfortschritte messbar machen.
d Ob Schaltpläne lesen, Hygieneregeln einhalten oder Lagerprozesse verstehen: Wir übersetzen Lerninhalte in Spiele, die auf Tablet, PC oder Smartphone laufen. Ausbildende erhalten eine Auswertung, wo Lernende Schwierigkeiten haben. Projekte beginnen mit einem Workshop und einem spielbaren Prototyp nach sechs Wochen.
k Serious Game; Ausbildung; Lernspiel; Gamification; Weiterbildung
> offer | cross_innovation | market | 9 | none | company |
t Planspiel zur Einführung neuer Software im Betrieb
s Ein Planspiel, das Beschäftigte spielerisch auf neue Abläufe nach einer Softwareeinführung vorbereitet.
d Bei der Einführung von ERP- oder Lagersoftware scheitern Projekte oft an der Akzeptanz. Unser anpassbares Planspiel lässt Teams die neuen Abläufe in einer fiktiven Firma durchspielen, bevor es ernst wird. Spielrunden dauern zwei Stunden und werden von unseren Moderatoren oder geschulten Ausbildern begleitet.
k Planspiel; Veränderungsmanagement; Softwareeinführung; Schulung

@ public_body | de | Gelsenkirchen | medium | 1972 | education public_services |
N Berufskolleg Emscher-Lippe Technik
D Das Berufskolleg bildet rund 3.200 Schülerinnen und Schüler in Elektrotechnik, Metalltechnik, Informationstechnik und Fahrzeugtechnik aus. Viele Jugendliche kommen mit schwierigen Bildungsbiografien zu uns. Wir suchen neue Wege, um Theorie lebendig zu machen, und arbeiten dafür mit Betrieben, Hochschulen und Kreativen aus der Region zusammen.
C Berufliche Bildung; duale Ausbildung; technische Fachrichtungen; Berufsorientierung
T digitale Lernmedien; Tablet-Unterricht; Lernplattform
M Auszubildende; Ausbildungsbetriebe; Jugendliche
> request | cross_innovation | concept | - | none | creative startup |
t Lernspiel für den Elektrotechnik-Unterricht gesucht
s Wir suchen Entwickler, die mit uns ein Lernspiel zu Schaltungen und Messtechnik für Auszubildende gestalten.
d Grundlagen der Elektrotechnik sind für viele Auszubildende abstrakt. Wir möchten gemeinsam mit einem Spielestudio ein Lernspiel entwickeln, in dem Schaltungen aufgebaut, gemessen und Fehler gesucht werden. Lehrkräfte bringen Inhalte und Testklassen ein. Die Finanzierung soll über ein Förderprogramm für digitale Bildung erfolgen.
k Lernspiel; Elektrotechnik; Berufsschule; Auszubildende

@ creative | en | Dortmund | micro | 2018 | games_xr education |
N Pixelpit Games
D Pixelpit Games is a small independent studio of seven people in Dortmund. We create playful learning experiences for science and technology: puzzle games about circuits, a logistics strategy game used in universities and a mobile game about recycling. Our games have won several educational game awards. Alongside our own titles, we develop learning games for companies, schools and museums.
C Game design; educational games; mobile development; playtesting with young audiences
T Unity; mobile games; learning analytics
M schools; museums; companies
> offer | cross_innovation | market | 9 | none | company public_body creative |
t Game-based learning for technical subjects
s We design playful learning games that make electrical engineering, logistics or recycling tangible for young people.
d Our games are built around real understanding, not quiz questions: players build circuits, plan supply chains or sort waste streams and see the consequences of their decisions. We develop custom games with vocational schools, companies and museums, run playtests with the target group and deliver ready-to-use classroom material.
k game-based learning; educational game; STEM; vocational training
> request | pilot | pilot | 7 | none | public_body |
t Schools wanted to playtest our circuit puzzle game
s We are looking for schools and training centres to test our new electronics puzzle game with their classes.
d Our new puzzle game teaches basic circuits, from series connections to sensors. Before release, we want to test it with about ten classes of pupils aged 14 to 18 and with apprentices. Teachers receive free licences and classroom material and a short feedback questionnaire.
k playtest; schools; electronics; puzzle game

@ intermediary | de | Bochum | micro | 2015 | games_xr culture_arts media |
N Netzwerk Spielekultur Ruhr e.V.
D Der Verein vernetzt Spieleentwicklerinnen, Studios, Hochschulen und Unternehmen im Ruhrgebiet. Wir organisieren Stammtische, Game Jams und Branchentreffen und bringen Kreative mit Unternehmen aus Industrie, Bildung und Gesundheit zusammen. Unser Ziel ist, dass Game-Know-how auch außerhalb der Unterhaltung genutzt wird. Mitglieder sind rund 70 Studios und Einzelpersonen.
C Netzwerkarbeit; Game Jams; Branchenveranstaltungen; Vermittlung von Kreativpartnern
T Game Development; Serious Games; XR
M Spielestudios; Industrie; Bildungseinrichtungen
> offer | cross_innovation | market | - | none | company public_body creative | pt=services
t Game Jam mit Unternehmensaufgabe: neue Ideen in 48 Stunden
s Unternehmen stellen eine Aufgabe, Teams aus Spieleentwicklern entwickeln in einem Wochenende spielbare Lösungsideen.
d Zweimal im Jahr veranstalten wir einen Game Jam, bei dem Unternehmen, Verwaltungen oder Bildungseinrichtungen eine Fragestellung einbringen, etwa zur Nachwuchsgewinnung oder zur Erklärung eines Produkts. Interdisziplinäre Teams entwickeln daraus Prototypen. Die Ergebnisse gehören den Teams, eine Weiterentwicklung mit dem Auftraggeber ist ausdrücklich erwünscht.
k Game Jam; Kreativwirtschaft; Innovation; Prototyp

@ company | en | Essen | large | 1926 | energy education |
N Emscher Energy Services AG
D Emscher Energy Services supplies electricity, gas and district heating to about 400,000 customers in the central Ruhr area and builds solar, storage and heat projects for businesses. With 1,900 employees, we are one of the largest training companies in the region, offering 150 apprenticeships each year. Our HR team is looking for new ways to attract and onboard young talent in a tight labour market.
C Energy supply; district heating; apprenticeship training; customer service
T district heating; solar; energy storage
M households; municipal customers; businesses
> request | cross_innovation | concept | - | none | creative startup |
t Onboarding game for new apprentices
s We want a playful onboarding experience that introduces apprentices to our company, sites and safety rules.
d Every August, 150 new apprentices start with us at ten different locations. We would like to replace part of the classic onboarding week with a game that they can play on their phones in the first weeks, discovering sites, colleagues, safety rules and the energy system. Studios with experience in educational games are invited to propose a concept.
k onboarding; apprentices; educational game; gamification
> request | talent | concept | - | none | university intermediary |
t Working students for data analytics in district heating
s We are looking for students in data science or energy engineering to support our district heating team.
d Our district heating network produces large amounts of sensor data that we want to use for forecasting and optimisation. Working students support our analysts for 15 to 20 hours a week, can write their thesis with us and gain insight into the energy transition in practice.
k working student; data analytics; district heating; energy

@ university | de | Wuppertal | small | 2009 | education games_xr media |
N Lehrstuhl für Mediendidaktik, Hochschule Wupperbogen
D Der Lehrstuhl untersucht, wie digitale Medien, Spiele und virtuelle Umgebungen Lernen in Schule, Ausbildung und Beruf verändern. Wir entwickeln Bewertungsinstrumente für Lernspiele, begleiten Einführungsprojekte und bilden Lehrkräfte weiter. Unsere Studierenden der Medienpädagogik sind gefragte Partner für Kreativstudios, die pädagogische Qualität sichern wollen.
C Evaluation von Lernmedien; Mediendidaktik; Lehrkräftefortbildung; empirische Bildungsforschung
T Lernspiel-Evaluation; Lernanalyse; digitale Bildung
M Schulen; Bildungsanbieter; Kreativstudios
> offer | research_cooperation | prototype | 5 | none | creative startup public_body |
t Wissenschaftliche Evaluation von Lernspielen und Lernanwendungen
s Wir prüfen, ob und wie gut ein Lernspiel Wissen und Kompetenzen vermittelt, und geben konkrete Verbesserungshinweise.
d Studios und Bildungseinrichtungen erhalten eine unabhängige Untersuchung ihres Lernangebots: Analyse des didaktischen Konzepts, Erprobung mit Lerngruppen, Vorher-Nachher-Tests und Interviews. Die Ergebnisse eignen sich für Förderanträge, Ausschreibungen und Marketing. Kleinere Gutachten sind innerhalb von acht Wochen möglich.
k Evaluation; Lernspiel; Mediendidaktik; Wirksamkeit

@ startup | de | Gelsenkirchen | micro | 2023 | education ict |
N Quizkumpel UG
D Quizkumpel ist eine Lern-App, mit der Auszubildende sich in kurzen Quizrunden auf die Zwischen- und Abschlussprüfung vorbereiten. Fragen werden von Ausbildern erstellt oder aus Prüfungsvorlagen generiert, Ranglisten und Teamduelle sorgen für Motivation. Die beiden Gründer waren selbst Ausbilder in der Industrie und kennen die Sorgen von Betrieben mit hohen Durchfallquoten.
C Lern-App-Entwicklung; Prüfungsvorbereitung; Gamification; Fragenerstellung mit KI
T Lern-App; Quiz; Gamification; Sprachmodell
M Ausbildungsbetriebe; Berufsschulen; Auszubildende
> offer | business | market | 8 | none | company public_body |
t Prüfungsvorbereitung per Quiz-App für Auszubildende
s Auszubildende üben täglich wenige Minuten mit Quizfragen, Ausbilder sehen Wissenslücken auf einen Blick.
d Die App enthält Fragenkataloge für gewerblich-technische und kaufmännische Berufe und lässt sich mit eigenen Fragen ergänzen. Ausbilder erkennen, welche Themen noch sitzen müssen. Betriebe zahlen eine jährliche Gebühr pro Auszubildendem, Berufsschulen erhalten Sonderkonditionen.
k Prüfungsvorbereitung; Auszubildende; Quiz-App; Ausbildung
> request | investment | market | - | none | intermediary company |
t Business Angels für den Ausbau unserer Lern-App
s Wir suchen eine erste Finanzierung von 400.000 Euro für Vertrieb und weitere Berufsbilder.
d Nach einem erfolgreichen ersten Jahr mit 45 zahlenden Betrieben möchten wir weitere Ausbildungsberufe abdecken und den Vertrieb professionalisieren. Gesucht werden Business Angels, idealerweise mit Erfahrung in Bildung oder Personalwesen, die uns auch mit Kontakten unterstützen.
k Business Angel; Finanzierung; Bildungstechnologie; Wachstum

# ---------------------------------------------------------------- industrial design
@ creative | de | Solingen | micro | 2005 | design manufacturing |
N Gestaltungsbüro Klingenfeld
D Das Gestaltungsbüro Klingenfeld entwirft Produkte für Küche, Haushalt und Handwerk. Seit zwanzig Jahren arbeiten wir mit Herstellern aus Solingen und dem Bergischen Land zusammen, deren Erzeugnisse wir zeitgemäß gestalten, ohne ihre Herkunft zu verleugnen. Zum Büro gehören drei Designerinnen und Designer sowie eine kleine Werkstatt für Modelle und Prototypen.
C Produktdesign; Markenentwicklung für Hersteller; Modellbau; Ergonomie von Handwerkzeugen
T Produktdesign; Prototypenbau; 3D-Druck
M Schneidwaren; Haushaltswaren; Werkzeuge
> offer | cross_innovation | market | - | none | company |
t Produktdesign für Schneidwaren und Haushaltswaren
s Wir entwickeln Formen, Griffe und Produktlinien, die Tradition und zeitgemäßes Design verbinden.
d Wir begleiten Hersteller von der Marktanalyse über Skizzen und Modelle bis zur Serienreife. Ergonomische Tests mit Profis und Hobbyköchen gehören ebenso dazu wie die Abstimmung mit Fertigung und Einkauf. Unsere Erfahrung mit Messern, Scheren und Werkzeugen erspart Herstellern viele Umwege.
k Produktdesign; Schneidwaren; Ergonomie; Designentwicklung
> request | cross_innovation | concept | - | none | company creative |
t Partner für nachhaltige Griffmaterialien gesucht
s Wir suchen Hersteller oder Entwickler biobasierter und recycelter Werkstoffe für Messergriffe.
d Für mehrere Kunden entwickeln wir Griffe, die ohne Tropenholz und ohne neue Kunststoffe auskommen sollen. Gesucht werden Werkstoffe aus recycelten Kunststoffen, Holzverbunden oder Naturfasern, die spülmaschinenfest, griffig und langlebig sind. Wir bringen Designkompetenz und Kontakte zu Herstellern ein.
k biobasierter Werkstoff; Recyclingkunststoff; Messergriff; Materialentwicklung

@ company | en | Solingen | medium | 1897 | manufacturing design retail_ecommerce |
N Wupperhaus Cutlery GmbH
D Wupperhaus produces kitchen knives, scissors and cutlery sets in Solingen and sells them through specialist retailers and its own online shop. Around 150 employees work in forging, grinding, assembly and logistics. Our customers are loyal, but most are over fifty. To reach younger cooks, we want to renew our design language and develop a new product line.
C Knife manufacturing; cutlery; retail distribution; online shop
T forging; grinding; e-commerce
M kitchenware retail; online retail; gastronomy
> request | cross_innovation | concept | - | none | creative |
t Design studio for a new knife line for younger cooks
s We are looking for a design partner to create a fresh, affordable knife line that appeals to people under 35.
d Our new line should stand out in online shops and social media without losing the quality expected from Solingen. We are looking for a design studio that combines product design, colours and packaging, understands manufacturing constraints and can work with our in-house team. Design research with young cooks is welcome.
k product design; knife; young target group; packaging design

@ creative | en | Düsseldorf | small | 2010 | design ict manufacturing |
N Northlight Design Office
D Northlight is a design office for industrial user interfaces. We design touch panels, control software and service apps for machine builders and plant operators. Our eleven designers and developers know that a machine operator wears gloves, works under time pressure and must not make mistakes. We turn complex controls into clear interfaces and deliver style guides and component libraries that engineering teams can use.
C Human-machine interface design; UX research in factories; design systems; front-end prototyping
T HMI design; touch panel; design system; usability
M machine builders; plant operators; industrial software
> offer | cross_innovation | market | - | none | company |
t Redesign of machine operator panels and HMI software
s We make complex machine controls clear, safe and fast to operate, from research on the shop floor to a design system.
d We observe operators at work, analyse errors and workflows and design new screens that reduce training time and operating mistakes. Deliverables include clickable prototypes, a design system for your control platform and support during implementation. Typical HMI redesign projects take three to six months.
k HMI; user interface; machine operation; design system; usability

@ company | de | Wuppertal | medium | 1961 | manufacturing design construction |
N Bergische Armaturenwerke Hülsberg GmbH
D Die Bergischen Armaturenwerke fertigen in Wuppertal Wasserhähne, Duschsysteme und Ventile für Bad und Küche. Rund 260 Beschäftigte arbeiten in Gießerei, mechanischer Bearbeitung, Oberflächentechnik und Montage. Für eine neue Produktfamilie wollen wir Messing mit hohem Recyclinganteil einsetzen und das Design konsequent auf Reparierbarkeit ausrichten.
C Messingguss; Armaturenfertigung; Oberflächentechnik; Sanitärtechnik
T Messing; Armatur; Recyclingmessing; Reparierbarkeit
M Sanitärfachhandel; Wohnungsbau; Hotellerie
> request | cross_innovation | concept | - | none | creative |
t Design einer reparierbaren Armaturenserie aus Recyclingmessing
s Gesucht wird ein Designbüro, das mit uns eine Armaturenfamilie entwirft, die leicht zu reparieren und zu recyceln ist.
d Die neue Serie soll aus Messing mit hohem Recyclinganteil bestehen, Verschleißteile sollen ohne Spezialwerkzeug tauschbar sein. Wir suchen Designerinnen und Designer, die ästhetische Ansprüche mit kreislaufgerechter Konstruktion verbinden und eng mit unserer Entwicklung zusammenarbeiten. Ein erster Entwurf soll Mitte 2027 vorliegen.
k Design; Reparierbarkeit; Armatur; Recyclingmessing; kreislaufgerecht

@ creative | de | Essen | micro | 2019 | design circular_economy education |
N Designbüro Halde Neun
D Halde Neun ist ein kleines Designbüro in Essen, das Unternehmen beim Umstieg auf kreislauffähige Produkte begleitet. Wir moderieren Workshops, entwickeln Produkt- und Servicekonzepte und bringen Konstrukteure, Einkauf und Vertrieb an einen Tisch. Unsere Erfahrung stammt aus Projekten mit Möbelherstellern, Verpackungsbetrieben und Elektrogeräteherstellern.
C Design für Kreislaufwirtschaft; Workshopmoderation; Service Design; Materialberatung
T Kreislaufdesign; Service Design; Reparierbarkeit
M Möbelhersteller; Verpackung; Elektrogeräte
> offer | cross_innovation | concept | - | none | company startup |
t Workshopreihe zum kreislauffähigen Produktdesign
s In drei Workshops entwickeln wir mit Ihrem Team Ideen, wie Ihr Produkt reparierbar, wiederverwendbar und recycelbar wird.
d Wir analysieren gemeinsam ein bestehendes Produkt, identifizieren Hindernisse für Reparatur und Recycling und entwickeln Varianten, etwa modulare Konstruktion, Rücknahmesysteme oder Mietmodelle. Am Ende steht ein Maßnahmenplan mit Prioritäten. Die Reihe eignet sich besonders für mittelständische Hersteller ohne eigene Designabteilung.
k Kreislaufdesign; Workshop; Reparierbarkeit; Produktentwicklung

@ company | de | Heiligenhaus | small | 1987 | manufacturing automation_robotics | anon
N Heiligenhauser Sondermaschinenbau GmbH
D Mittelständischer Sondermaschinenbauer aus dem Kreis Mettmann mit rund 70 Beschäftigten. Wir entwickeln Montage- und Prüfanlagen für Automobilzulieferer und die Elektroindustrie, jede Anlage ein Einzelstück. Unsere Bedienoberflächen sind über die Jahre gewachsen und werden von Kunden als unübersichtlich kritisiert. Das wollen wir mit der nächsten Anlagengeneration ändern.
C Sondermaschinenbau; Montageautomation; Prüfanlagen; Steuerungstechnik
T Montageanlage; Steuerungstechnik; Bedienoberfläche
M Automobilzulieferer; Elektroindustrie; Medizintechnik
> request | cross_innovation | concept | - | none | creative |
t Neugestaltung der Bedienoberflächen unserer Montageanlagen
s Wir suchen Designer für Bedienoberflächen, die unsere Maschinen-HMI verständlicher und einheitlicher machen.
d Jede unserer Anlagen hat eine eigene, von Programmierern entworfene Bedienoberfläche. Wir möchten ein einheitliches Gestaltungskonzept mit Bausteinen entwickeln, das unsere Steuerungstechniker künftig selbst anwenden können. Gesucht wird ein Designbüro mit Erfahrung in industriellen Bedienoberflächen und Nutzertests an Maschinen.
k Bedienoberfläche; HMI; Gestaltung; Sondermaschinenbau
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- textile recycling
@ startup | en | Krefeld | small | 2021 | textiles circular_economy ai_data | bi
N Fibrecycle GmbH
D Fibrecycle sorts used textiles by fibre composition and colour, automatically and at industrial speed. Our line combines near-infrared spectroscopy, cameras and air jets and can separate cotton, polyester, wool and blends with high purity. Sorted fractions are the raw material for fibre-to-fibre recycling. The company was founded in Krefeld by engineers from the textile machinery and recycling industries and employs 23 people.
C Automated textile sorting; near-infrared spectroscopy; recycling process design; feedstock quality control
T near-infrared spectroscopy; textile sorting; fibre recognition
M textile recyclers; spinning mills; collectors
> offer | technology | pilot | 7 | granted | company public_body |
t Automated sorting of post-consumer textiles by fibre type
s Our sorting line separates used textiles into pure fibre fractions that spinning mills and recyclers can use.
d Mixed post-consumer textiles are hard to recycle because fibre types are unknown. Our line identifies the composition of each garment in milliseconds and sorts into up to twelve fractions, including colour groups. Capacity is about one tonne per hour. We offer sorting as a service at our Krefeld site and sell lines to collectors and recyclers.
k textile sorting; NIR; fibre-to-fibre recycling; post-consumer textiles
> request | investment | pilot | 7 | granted | intermediary company |
t Investors and strategic partners for our second sorting plant
s We are raising eight million euros to build an industrial sorting plant with 20,000 tonnes annual capacity.
d The EU's extended producer responsibility for textiles will create large volumes of collected garments that need sorting. We are looking for investors and strategic partners from waste management, textile manufacturing or retail to finance our second plant in the Lower Rhine region. Offtake agreements for sorted fractions are welcome as part of a partnership.
k investment; sorting plant; textile recycling; producer responsibility

@ company | de | Mönchengladbach | medium | 1908 | textiles manufacturing circular_economy |
N Tuchfabrik Ophoven GmbH
D Die Tuchfabrik Ophoven spinnt und webt in Mönchengladbach Stoffe für Berufsbekleidung, Uniformen und Heimtextilien. Rund 190 Beschäftigte arbeiten in Spinnerei, Weberei und Ausrüstung. Unsere Kunden verlangen zunehmend Recyclinganteile im Garn. Mechanisch recycelte Fasern aus Altkleidern sind aber oft zu kurz und zu uneinheitlich für unsere Qualitätsansprüche.
C Spinnerei; Weberei; Textilausrüstung; Berufsbekleidungsstoffe
T Garn; Recyclingfaser; Spinnerei; Mischgewebe
M Berufsbekleidung; Heimtextilien; Uniformen
> request | business | pilot | 6 | none | startup company |
t Sortenreine Recyclingfasern aus Alttextilien für unsere Spinnerei
s Wir suchen Lieferanten für sortierte Baumwoll- und Polyesterfasern aus Alttextilien in gleichbleibender Qualität.
d Um Recyclinganteile von 30 Prozent im Garn zu erreichen, brauchen wir Fasern aus Alttextilien, die nach Faserart und möglichst Farbe sortiert sind. Gesucht werden Sortierer und Recycler, die Mengen von zunächst 200 Tonnen pro Jahr liefern können und bereit sind, Qualitätsparameter gemeinsam mit uns festzulegen. Spinnversuche in unserer Anlage sind möglich.
k Recyclingfaser; Alttextilien; Spinnerei; Sortierung; Baumwolle
> offer | business | market | - | none | company creative startup |
t Kleine Auflagen von Geweben aus Recyclinggarnen
s Für Designer und Marken weben wir Stoffe aus Recyclinggarnen schon ab 300 Metern.
d Unsere Weberei ist auf große Aufträge ausgelegt, doch für Pilotprojekte mit Recyclingfasern fertigen wir auch kleine Auflagen. Designerinnen, Modelabels und Start-ups können so Stoffe aus recycelten Fasern erproben, bevor sie größere Mengen bestellen.
k Recyclinggarn; Gewebe; kleine Auflage; Mode

@ research_institute | de | Krefeld | small | 1999 | textiles circular_economy materials |
N Forschungsinstitut für Faserkreisläufe Krefeld e.V.
D Das Institut erforscht die Verarbeitung recycelter und biobasierter Fasern vom Faservlies bis zum fertigen Gewebe. In unserem Technikum stehen Öffnungs- und Reißanlagen, eine Kurzstapel-Spinnerei im Kleinformat und Prüfgeräte für Garne und Flächen. Zwanzig Mitarbeitende unterstützen Textilunternehmen bei der Entwicklung kreislauffähiger Produkte.
C Faseraufbereitung; Spinnversuche; Textilprüfung; Produktentwicklung mit Recyclingfasern
T Reißfaser; Spinnversuch; Garnprüfung; Naturfaser
M Textilindustrie; Recycler; Modemarken
> offer | facility | market | - | none | company startup |
t Spinnversuche mit Recyclingfasern im Technikum
s Wir verarbeiten Ihre Recyclingfasern testweise zu Garn und prüfen, welche Mischungen sich für Ihre Produkte eignen.
d Unternehmen und Start-ups können Faserproben ab 20 Kilogramm einsenden. Wir öffnen, mischen und verspinnen sie in unserem Technikum und prüfen Garnfestigkeit, Gleichmäßigkeit und Verarbeitbarkeit. Auf Wunsch entstehen Gewebe- oder Strickmuster. Die Ergebnisse helfen, realistische Recyclinganteile festzulegen, bevor in der eigenen Produktion investiert wird.
k Spinnversuch; Recyclingfaser; Garn; Technikum; Textilprüfung

@ creative | en | Düsseldorf | micro | 2019 | textiles design culture_arts |
N Loomlab Studio
D Loomlab is a fashion and textile design studio in Düsseldorf that works only with recycled, deadstock and reclaimed materials. We design collections for small labels, develop capsule collections from corporate textile waste and run upcycling workshops. Our founders have worked for large fashion houses and now want to show that circular fashion can be desirable.
C Circular fashion design; upcycling; textile material research; workshop facilitation
T upcycling; deadstock; recycled yarn
M fashion labels; corporate merchandise; workwear
> request | business | market | - | none | company startup |
t Supplier of recycled yarns in small quantities
s We are looking for spinning mills or recyclers who supply recycled cotton and wool yarns in small batches.
d For our collections we need recycled yarns in quantities of 50 to 300 kilograms per colour, which is too little for most large suppliers. We are looking for regional spinning mills, recyclers or start-ups that can produce small batches and provide documentation of origin and composition.
k recycled yarn; small batch; fashion; circular textiles
> offer | cross_innovation | market | - | none | company public_body |
t Upcycling collections from your textile waste
s We turn old uniforms, workwear or promotional textiles into design products for your company.
d Companies often store or burn old uniforms and textiles with logos. We design small collections of bags, accessories or furniture textiles from these materials, produced in social enterprises in the region. The products serve as employee gifts or merchandise and tell a credible sustainability story.
k upcycling; corporate textiles; workwear; merchandise

@ public_body | de | Wuppertal | large | 1995 | circular_economy public_services textiles |
N Entsorgungsbetriebe Wupper-Mitte AöR
D Die Entsorgungsbetriebe Wupper-Mitte sind für Abfallsammlung, Wertstoffhöfe und Straßenreinigung in mehreren Städten des Bergischen Landes zuständig. Seit 2025 müssen Alttextilien getrennt gesammelt werden; die Mengen haben sich seitdem fast verdoppelt. Wir suchen Partner, damit aus gesammelten Textilien mehr wird als Export oder Verbrennung.
C Abfallsammlung; Wertstoffhöfe; Abfallberatung; Öffentlichkeitsarbeit
T Alttextilsammlung; Wertstoffhof; Sortierung
M Bürgerinnen und Bürger; Kommunen; Entsorgungswirtschaft
> offer | pilot | pilot | - | none | company startup research_institute |
t Alttextilien aus kommunaler Sammlung für Pilotprojekte
s Wir stellen gesammelte Alttextilien für Sortier- und Recyclingpilotprojekte zur Verfügung.
d Aus unserer getrennten Sammlung fallen jährlich rund 4.000 Tonnen Alttextilien an. Für Pilotprojekte zur automatischen Sortierung oder zum Faserrecycling stellen wir Chargen mit dokumentierter Herkunft bereit und unterstützen bei der Logistik. Ziel ist ein regionaler Kreislauf, an dem wir langfristig beteiligt sind.
k Alttextilien; Sammlung; Pilotprojekt; Sortierung; Kreislauf
> request | technology | pilot | 7 | none | startup company |
t Automatische Sortierung der gesammelten Alttextilien
s Wir suchen eine Sortierlösung, die tragbare Kleidung und Recyclingmaterial nach Faserart trennt.
d Die manuelle Sortierung ist teuer und findet überwiegend im Ausland statt. Wir möchten prüfen, ob eine regionale, weitgehend automatisierte Sortierung wirtschaftlich ist. Gesucht werden Anbieter von Sortiertechnik oder Sortierdienstleistungen, die mit uns einen einjährigen Pilotbetrieb aufbauen. Eine gemeinsame Förderung wird angestrebt.
k Textilsortierung; Automatisierung; Alttextilien; Pilotbetrieb

@ company | en | Neuss | small | 1991 | textiles logistics circular_economy |
N Neuss Workwear Services GmbH
D Neuss Workwear Services rents, washes and repairs workwear for around 900 companies in the Rhineland, from bakeries to chemical plants. Our industrial laundry processes 35,000 garments per day. Every year about 120 tonnes of worn-out workwear leave our laundry, most of it for incineration. We want to change that and build a closed loop together with fabric producers and recyclers.
C Workwear rental; industrial laundry; garment repair; logistics
T industrial laundry; RFID garment tracking; workwear
M industry; crafts; food production
> request | business | pilot | - | none | company startup research_institute |
t Recycling partner for 120 tonnes of worn-out workwear per year
s We are looking for partners who turn our discarded polyester-cotton workwear into new fibres or products.
d Our discarded workwear is sorted by article type and well documented through RFID tracking, but consists mostly of polyester-cotton blends. We are looking for recyclers, researchers or fabric producers who can separate or reuse these fibres, ideally to produce new workwear fabric. We can provide sorted batches, laundry data and access to our customers for pilot garments.
k workwear; polyester-cotton; textile recycling; closed loop

# ---------------------------------------------------------------- food tech
@ startup | de | Dortmund | small | 2020 | food_agriculture energy |
N Hallengrün GmbH
D Hallengrün betreibt eine vertikale Farm in einer ehemaligen Lagerhalle im Dortmunder Norden. Auf zwölf Etagen wachsen Salate, Kräuter und Microgreens ohne Pestizide, mit 95 Prozent weniger Wasser als auf dem Feld. Wir beliefern Kantinen, Gastronomie und regionale Händler innerhalb weniger Stunden nach der Ernte. Größter Kostenfaktor ist der Strom für die Beleuchtung.
C Vertikale Landwirtschaft; Hydroponik; Klimasteuerung; regionale Frischelogistik
T Vertical Farming; Hydroponik; LED-Beleuchtung
M Gemeinschaftsverpflegung; Gastronomie; Lebensmittelhandel
> offer | business | market | 9 | none | company public_body |
t Frische Salate und Kräuter aus vertikaler Farm für Kantinen
s Wir liefern pestizidfreie Salate und Kräuter aus Dortmund, am Tag der Ernte und ganzjährig in gleicher Qualität.
d Kantinen, Krankenhausküchen und Gastronomie erhalten bei uns feste Liefermengen zu planbaren Preisen, unabhängig vom Wetter. Unsere Produkte halten durch kurze Wege deutlich länger. Gerne entwickeln wir mit Küchenteams Sorten und Schnittformen, die zu ihren Gerichten passen.
k Salat; vertikale Farm; Kantine; regional; Frische
> request | technology | pilot | 6 | none | company startup research_institute |
t Abwärme oder günstiger Strom für unsere vertikale Farm
s Wir suchen Partner, deren Abwärme oder Stromüberschüsse wir für Beleuchtung und Klimatisierung nutzen können.
d Für eine zweite Farm suchen wir einen Standort neben einem Betrieb mit Abwärme, etwa einem Rechenzentrum oder einer Industrieanlage, oder einen Partner mit günstigem Eigenstrom aus Photovoltaik. Im Gegenzug bieten wir eine sinnvolle Nutzung von Wärme und eine gemeinsame Nachhaltigkeitsgeschichte.
k Abwärme; Stromkosten; Standort; vertikale Farm; Energieeffizienz

@ startup | en | Essen | micro | 2022 | food_agriculture biotech circular_economy |
N Mycofood Ruhr GmbH
D Mycofood Ruhr grows fungal mycelium on brewers' spent grain and other food by-products to produce a protein-rich, meat-like ingredient for burgers, nuggets and spreads. The process uses solid-state fermentation in trays and needs little energy. A team of five food scientists and a chef work in a shared food lab in Essen and are now preparing a first production line.
C Solid-state fermentation; food product development; mycelium cultivation; by-product valorisation
T mycelium; fermentation; spent grain; alternative protein
M food manufacturers; gastronomy; retail private labels
> request | business | pilot | 5 | applied | company |
t Breweries supplying fresh spent grain for mycelium protein
s We need regular deliveries of fresh brewers' spent grain from breweries in the Ruhr area.
d Our fermentation requires fresh spent grain within 24 hours after brewing. We are looking for breweries that can supply between two and ten tonnes per week and are interested in a long-term partnership, possibly including a joint product made from their grain. We organise pick-up and pay a fair price.
k spent grain; brewery; by-product; alternative protein
> request | facility | pilot | 5 | applied | research_institute company |
t Food-grade pilot plant for scaling solid-state fermentation
s We seek access to a pilot plant where we can scale our fermentation to 500 kilograms per batch under food hygiene rules.
d Before investing in our own plant, we want to scale our process in an existing food-grade facility. We need tray or drum fermentation equipment, climate control and a certified hygiene environment for several trial runs over six months. Research institutes and food companies with spare capacity are welcome.
k pilot plant; fermentation; scale-up; food safety

@ company | de | Dortmund | medium | 1887 | food_agriculture |
N Brauerei Wiemeler GmbH & Co. KG
D Die Brauerei Wiemeler braut seit 1887 im Dortmunder Süden Pils, Export und saisonale Spezialitäten. 120 Beschäftigte produzieren jährlich rund 250.000 Hektoliter. Wir setzen auf regionale Braugerste, Ökostrom und kurze Wege. Als Nebenprodukt fallen wöchentlich etwa 40 Tonnen Biertreber an, die bisher überwiegend als Futtermittel an Landwirte gehen.
C Brauen; Abfüllung; regionale Rohstoffbeschaffung; Gastronomievertrieb
T Brauprozess; Biertreber; Abfüllung
M Gastronomie; Getränkehandel; Lebensmitteleinzelhandel
> offer | business | market | - | none | startup company |
t Biertreber als Rohstoff für neue Lebensmittel
s Wir stellen frischen Biertreber für Start-ups und Lebensmittelhersteller bereit, die daraus neue Produkte entwickeln.
d Wöchentlich fallen bei uns rund 40 Tonnen Treber an, reich an Ballaststoffen und Eiweiß. Wir suchen Partner, die daraus Lebensmittel wie Backwaren, Snacks oder Proteinzutaten herstellen. Treber kann direkt nach dem Brauen abgeholt werden; eine Trocknung auf dem Gelände wäre denkbar. Gemeinsame Produkte unter unserer Marke sind willkommen.
k Biertreber; Nebenprodukt; Lebensmittelinnovation; Brauerei

@ research_institute | en | Hamm | small | 2014 | food_agriculture biotech |
N Institute for Food Process Engineering Hamm
D The institute supports food companies and start-ups in developing and scaling new products and processes. Our pilot hall houses extrusion, fermentation, drying and filling equipment under food-grade hygiene conditions. Fifteen scientists and technicians work on alternative proteins, reduction of food waste and energy-efficient processing. We are an affiliated institute of a university of applied sciences.
C Food pilot plant; extrusion; fermentation scale-up; shelf-life testing
T high-moisture extrusion; fermentation; spray drying; shelf life
M food manufacturers; food start-ups; ingredient suppliers
> offer | facility | market | - | none | startup company |
t Food-grade pilot hall for extrusion and fermentation trials
s Rent our pilot equipment and expertise to scale new food products from kitchen to industrial batch size.
d Our pilot hall offers high-moisture extrusion for plant-based meat, solid-state and liquid fermentation up to 300 litres, spray and drum drying and sensory testing. Start-ups can book equipment by the day with our technicians. All trials take place under food hygiene rules, so samples can be used for tastings and market tests.
k pilot plant; extrusion; fermentation; food start-up; scale-up

@ company | de | Wesel | small | 1974 | food_agriculture ai_data |
N Gemüsebau Terhorst GbR
D Der Familienbetrieb Terhorst baut am Niederrhein auf 180 Hektar Freiland und vier Hektar Gewächshaus Gemüse an: Salate, Kohl, Spargel und Tomaten. Wir beliefern Lebensmittelhändler und Großverbraucher in Nordrhein-Westfalen. Wetterextreme und schwankende Nachfrage machen die Planung von Erntemengen und Saisonkräften schwieriger.
C Gemüseanbau; Gewächshausproduktion; Vermarktung an den Handel; Saisonarbeitsplanung
T Gewächshaus; Bewässerung; Ernteplanung
M Lebensmittelhandel; Großverbraucher; Wochenmärkte
> request | technology | pilot | 6 | none | startup research_institute |
t KI-gestützte Ernteprognose für Freiland- und Gewächshausgemüse
s Wir suchen ein System, das Erntemengen und -zeitpunkte aus Wetter-, Boden- und Bilddaten vorhersagt.
d Der Handel erwartet verbindliche Liefermengen Wochen im Voraus. Wir möchten mit Drohnen- oder Satellitenbildern, Wetterdaten und unseren Aufzeichnungen der letzten Jahre die Ernte besser planen. Gesucht wird ein Partner, der ein solches System auf unseren Flächen erprobt. Wir stellen Daten und Versuchsflächen bereit.
k Ernteprognose; künstliche Intelligenz; Gemüsebau; Fernerkundung

@ startup | en | Düsseldorf | small | 2020 | food_agriculture ai_data retail_ecommerce |
N Shelfsight GmbH
D Shelfsight forecasts daily demand for bakeries, butchers and food-service businesses. Our software learns from sales history, weather, holidays and local events and tells each branch how much to bake or prepare the next day. Customers typically reduce unsold goods by a quarter without running out of stock. The team of 19 is based in Düsseldorf and works with more than 900 branches.
C Demand forecasting; machine learning; retail integration; food waste reduction
T demand forecasting; machine learning; point-of-sale data
M bakeries; butchers; food service
> offer | technology | market | 9 | secret | company |
t AI demand forecasting that cuts unsold bakery goods
s Branch-level forecasts for every product that reduce leftovers by around 25 percent.
d Shelfsight connects to your point-of-sale system and produces order suggestions per branch, product and day. Production planning in the central bakery uses the aggregated forecast. Setup takes two weeks, and the models improve continuously. Bakeries with five or more branches benefit most; we offer a three-month trial with guaranteed savings.
k demand forecasting; bakery; food waste; AI; retail
> request | pilot | pilot | 7 | secret | company |
t Butcher chains wanted for a fresh-meat forecasting pilot
s We are extending our forecasts to fresh meat and sausages and seek butcher shops for a pilot.
d Fresh meat has short shelf lives and complex production steps. We want to adapt our forecasting models and are looking for butcher chains with at least five branches that share sales data for six months. Participants use the software free of charge during the pilot.
k butcher; forecasting; fresh meat; food waste

@ company | de | Bottrop | small | 1951 | food_agriculture retail_ecommerce |
N Bäckerei Brinkmann GmbH
D Die Bäckerei Brinkmann ist ein Familienbetrieb in dritter Generation mit 22 Filialen in Bottrop, Gladbeck und Dorsten. 210 Beschäftigte backen und verkaufen Brot, Brötchen und Kuchen nach traditionellen Rezepten. Wie viele Bäckereien kämpfen wir mit steigenden Energie- und Rohstoffkosten und mit Retouren, die am Abend übrig bleiben.
C Handwerksbäckerei; Filialbetrieb; Rezepturentwicklung; Ausbildung im Bäckerhandwerk
T Backstube; Kassensystem; Warenwirtschaft
M Endkunden; Betriebskantinen; Schulen
> request | technology | market | 8 | none | startup company |
t Weniger Retouren durch bessere Bestellplanung in den Filialen
s Wir suchen eine Software, die für jede Filiale die passende Tagesmenge vorschlägt und Retouren senkt.
d Unsere Filialleitungen bestellen bisher nach Erfahrung; im Schnitt bleiben rund zwölf Prozent der Ware übrig. Gesucht wird eine Prognoselösung, die Verkaufsdaten aus unserem Kassensystem, Wetter und Feiertage berücksichtigt und einfache Bestellvorschläge macht. Die Bedienung muss auch für Aushilfen verständlich sein.
k Retouren; Bestellplanung; Bäckerei; Prognose; Lebensmittelverschwendung
> request | technology | concept | - | none | startup company |
t Abwärme unserer Backöfen für Heizung und Warmwasser nutzen
s Wir suchen einen Partner, der die Abwärme unserer Backstube bewertet und eine Nutzung umsetzt.
d Unsere Etagen- und Stikkenöfen laufen täglich viele Stunden und geben viel Wärme an die Umgebung ab. Wir möchten diese Abwärme für Heizung, Warmwasser und die Gärraumklimatisierung nutzen. Gesucht werden Energieberater oder Start-ups mit Erfahrung in Abwärmenutzung im Lebensmittelhandwerk.
k Abwärme; Backofen; Energieeffizienz; Bäckerei

# ---------------------------------------------------------------- heat pumps and energy efficiency
@ company | de | Bottrop | medium | 1979 | energy construction |
N Wärmetechnik Schöttler GmbH
D Wärmetechnik Schöttler plant und installiert Heizungs-, Lüftungs- und Sanitäranlagen für Wohnungsbau, Gewerbe und öffentliche Gebäude im Ruhrgebiet. Mit 95 Beschäftigten gehören wir zu den größeren Fachbetrieben der Region. Seit 2021 haben wir über 600 Wärmepumpen installiert, zunehmend auch in Mehrfamilienhäusern. Unser Engpass sind Fachkräfte und standardisierte Lösungen für große Bestandsgebäude.
C Heizungsbau; Wärmepumpeninstallation; Lüftungstechnik; Gebäudeenergieberatung
T Wärmepumpe; Heizungstechnik; Hydraulik
M Wohnungsunternehmen; Gewerbe; Kommunen
> offer | business | market | 9 | none | company public_body |
t Planung und Installation von Wärmepumpen im Geschosswohnungsbau
s Wir übernehmen Planung, Installation und Inbetriebnahme von Wärmepumpenanlagen für Mehrfamilienhäuser im Bestand.
d Unsere Teams haben Erfahrung mit Kaskadenanlagen, Hybridlösungen und der Nutzung vorhandener Heizkörper. Wir prüfen den Bestand, planen die Hydraulik, koordinieren Elektro- und Bauarbeiten und halten die Bewohner informiert. Wohnungsunternehmen erhalten feste Zeitpläne und Pauschalpreise für typische Gebäudetypen.
k Wärmepumpe; Mehrfamilienhaus; Installation; Bestand; Heizungstausch
> request | technology | concept | - | none | startup company |
t Vorgefertigte Wärmepumpen-Module für schnelle Installation
s Wir suchen Hersteller, die mit uns vorgefertigte Technikmodule für Mehrfamilienhäuser entwickeln.
d Ein großer Teil der Installationszeit entfällt auf Verrohrung und Verkabelung vor Ort. Mit vormontierten Modulen aus Wärmepumpe, Speicher und Hydraulik könnten wir die Bauzeit halbieren. Gesucht werden Hersteller oder Start-ups, die solche Module mit uns entwickeln und in Kleinserie fertigen.
k Vorfertigung; Wärmepumpe; Modul; Fachkräftemangel

@ startup | en | Gelsenkirchen | small | 2019 | energy manufacturing |
N Heatloop Systems GmbH
D Heatloop builds high-temperature heat pumps that lift waste heat from industrial processes to 150 °C, enough to produce steam for food, paper and chemical plants. Our compressors use natural refrigerants and are designed for continuous operation. The company grew out of a research project on industrial heat pumps; 28 engineers now work in Gelsenkirchen on development and the first installations.
C Industrial heat pumps; process integration; natural refrigerants; waste heat analysis
T high-temperature heat pump; steam generation; waste heat recovery; natural refrigerant
M food industry; paper industry; chemicals
> offer | technology | pilot | 7 | granted | company |
t High-temperature heat pump for process steam up to 150 °C
s Turn waste heat into process steam and cut gas consumption for heat by up to 70 percent.
d Our heat pumps take waste heat at 40 to 90 °C from cooling water, exhaust air or wastewater and deliver steam or hot water up to 150 °C. Units range from 300 kW to 3 MW. We analyse your heat flows, propose the integration and take responsibility for performance. We are looking for pilot customers in food, beverage and chemicals.
k industrial heat pump; process steam; waste heat; decarbonisation
> request | pilot | pilot | 7 | granted | company |
t Pilot site for a 1 MW steam-generating heat pump
s We seek an industrial plant with waste heat and steam demand to host our first megawatt-scale unit.
d We are looking for a production site with continuous steam demand of at least one megawatt and a suitable waste heat source. We install the heat pump at our cost for one year and share the savings with the host. Data from the pilot will support public funding for follow-up installations.
k pilot site; heat pump; steam; industry; funding

@ company | de | Neuss | medium | 1956 | food_agriculture energy |
N Rheinische Nährmittelwerke GmbH
D Die Rheinischen Nährmittelwerke stellen in Neuss Haferflocken, Müsli und Backzutaten her. Rund 230 Beschäftigte arbeiten in Mühle, Dämpferei, Verpackung und Logistik. Für Dämpfen, Trocknen und Reinigung benötigen wir große Mengen Prozesswärme, die heute mit Erdgas erzeugt wird. Bis 2035 wollen wir ohne fossile Energie produzieren.
C Getreideverarbeitung; Dämpfen und Trocknen; Lebensmittelsicherheit; Verpackung
T Prozesswärme; Dampf; Trocknung; Getreidemühle
M Lebensmittelhandel; Backbetriebe; Eigenmarken
> request | technology | concept | 5 | none | startup company |
t Prozesswärme bis 130 Grad aus Abwärme gewinnen
s Wir suchen eine Lösung, um Dampf und Heißluft für unsere Dämpferei mit Wärmepumpen statt Erdgas zu erzeugen.
d Unsere Trockner geben Abluft mit rund 60 °C ab, gleichzeitig benötigen wir Dampf mit 130 °C. Wir suchen einen Anbieter von Hochtemperatur-Wärmepumpen, der die Wärmeströme analysiert und eine Anlage mit 1 bis 2 MW plant. Eine Pilotanlage auf unserem Gelände ist ausdrücklich möglich.
k Prozesswärme; Hochtemperatur-Wärmepumpe; Abwärme; Dampf; Dekarbonisierung

@ research_institute | de | Essen | medium | 2003 | energy construction | bi
N Energieinstitut Ruhr-Mitte e.V.
D Das Energieinstitut Ruhr-Mitte forscht zu Wärmeversorgung, Gebäudetechnik und Energiesystemen von Quartieren. Wir betreiben Prüfstände für Wärmepumpen und Speicher, entwickeln Quartierskonzepte und begleiten Kommunen bei der Wärmeplanung. Rund 50 Beschäftigte aus Ingenieurwesen, Ökonomie und Sozialwissenschaften arbeiten interdisziplinär und eng mit Herstellern, Stadtwerken und Handwerksbetrieben der Region zusammen.
C Wärmepumpenprüfung; kommunale Wärmeplanung; Energiesystemmodellierung; Quartierskonzepte
T Wärmepumpenprüfstand; Wärmeplanung; Energiesystemmodell
M Kommunen; Hersteller; Wohnungswirtschaft
> offer | facility | market | - | none | company startup |
t Prüfstand für Wärmepumpen unter realistischen Bedingungen
s Wir vermessen Wärmepumpen bis 100 kW mit realen Lastprofilen aus Bestandsgebäuden.
d Neben Normprüfungen bilden wir auf unserem Prüfstand typische Lastgänge unsanierter Mehrfamilienhäuser nach, inklusive hoher Vorlauftemperaturen und Warmwasserbereitung. Hersteller und Start-ups erfahren so, wie sich ihre Geräte im Bestand verhalten. Klimakammer, Schallmessung und Betrieb mit verschiedenen Kältemitteln sind möglich.
k Prüfstand; Wärmepumpe; Lastprofil; Effizienz; Bestand
> offer | research_cooperation | concept | - | none | public_body |
t Unterstützung bei der kommunalen Wärmeplanung
s Wir begleiten Städte und Gemeinden bei Bestandsanalyse, Potenzialermittlung und Szenarien für die Wärmeplanung.
d Kommunen müssen in den nächsten Jahren Wärmepläne aufstellen. Wir bringen Datenmodelle, Erfahrung aus mehreren Städten des Ruhrgebiets und wissenschaftliche Methoden ein. Besonders interessiert sind wir an Kommunen, die Grubenwasser, industrielle Abwärme oder Großwärmepumpen einbeziehen möchten.
k Wärmeplanung; Kommune; Potenzialanalyse; Wärmenetz

@ startup | de | Hattingen | micro | 2022 | energy ai_data environment |
N Abwärmeatlas UG
D Abwärmeatlas findet ungenutzte Abwärme in Industrie und Gewerbe und bringt sie mit möglichen Abnehmern zusammen. Mit Energiedaten, Thermografie und einem eigenen Rechenmodell bewerten wir Potenziale und Wirtschaftlichkeit. Das Team aus drei Energieingenieurinnen und einem Softwareentwickler arbeitet vor allem für mittelständische Metall- und Lebensmittelbetriebe.
C Abwärmeanalyse; Thermografie; Wirtschaftlichkeitsberechnung; Energiedatenanalyse
T Abwärme; Thermografie; Energiemodell
M Metallverarbeitung; Lebensmittelindustrie; Kommunen
> offer | business | market | 8 | none | company public_body |
t Abwärme-Check für mittelständische Produktionsbetriebe
s In zwei Wochen zeigen wir, wie viel Abwärme in Ihrem Betrieb steckt und was sich mit ihr wirtschaftlich anfangen lässt.
d Wir messen Temperaturen und Mengen an Öfen, Kompressoren, Kühlwasser und Abluft, werten Ihre Energiedaten aus und berechnen Varianten zur Nutzung: Hallenheizung, Prozesswärme, Wärmepumpe oder Einspeisung ins Wärmenetz. Sie erhalten einen verständlichen Bericht mit Kosten, Einsparungen und Fördermöglichkeiten.
k Abwärme; Energieeffizienz; Mittelstand; Potenzialanalyse; Förderung

@ public_body | de | Unna | medium | 2001 | energy public_services environment |
N Energieagentur Hellweg-Lippe
D Die Energieagentur ist eine Einrichtung der Kreise und Städte zwischen Hellweg und Lippe. Wir beraten Unternehmen, Kommunen und Bürger neutral zu Energieeffizienz, erneuerbaren Energien und Fördermitteln. Besonders gefragt sind derzeit unsere Programme zur Wärmewende im Gebäudebestand und zur Energieberatung im Mittelstand.
C Neutrale Energieberatung; Fördermittelberatung; Quartierskonzepte; Veranstaltungen und Netzwerke
T Wärmewende; Energieeffizienz; Photovoltaik
M Mittelstand; Kommunen; Hauseigentümer
> offer | business | market | - | none | company public_body | pt=services
t Förderberatung für Energieeffizienz im Mittelstand
s Wir zeigen Betrieben, welche Förderprogramme für Effizienzmaßnahmen, Abwärmenutzung und Wärmepumpen passen.
d Unsere Beraterinnen und Berater kennen die Förderlandschaft von Bund und Land und helfen bei der Auswahl und Antragstellung. Wir vermitteln zudem geprüfte Energieberater und Fachbetriebe aus der Region. Die Erstberatung ist für Unternehmen im Kreisgebiet kostenfrei.
k Förderberatung; Energieeffizienz; Mittelstand; Wärmepumpe
> request | pilot | concept | - | none | company startup research_institute |
t Partner für ein Quartier mit Großwärmepumpe und Nahwärmenetz
s Für ein Wohnquartier mit 400 Wohnungen suchen wir Partner zur Umsetzung einer Nahwärmeversorgung.
d In einem Quartier aus den Sechzigerjahren wollen Stadt, Wohnungsunternehmen und Energieagentur eine gemeinsame Wärmeversorgung mit Großwärmepumpe aufbauen. Gesucht werden Planer, Hersteller, Betreiber und Forschungseinrichtungen, die das Projekt mitgestalten. Ein Förderantrag ist in Vorbereitung.
k Nahwärme; Quartier; Großwärmepumpe; Wärmewende
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- mine-water geothermal
@ research_institute | en | Bochum | medium | 2010 | energy environment water | bi
N Institute for Mine Water Energy and Deep Geothermics
D The institute researches how the flooded mines beneath the Ruhr area can become a giant heat reservoir. Our 35 geologists, engineers and energy economists model mine-water flows, assess temperatures and chemistry of former shafts and design systems that use or store heat underground. We work with utilities, municipalities and the companies responsible for post-mining water management.
C Hydrogeological modelling; mine-water chemistry; seasonal heat storage; feasibility studies
T mine water; geothermal energy; heat storage; hydrogeological model
M utilities; municipalities; district heating
> offer | research_cooperation | concept | 4 | none | company public_body |
t Feasibility studies for heat supply from flooded mines
s We assess whether the mine water beneath your site can supply or store heat, and at what cost.
d Many districts in the Ruhr area lie above former mine workings with water at 20 to 30 °C. We combine archive data, our regional model and, where necessary, measurements in existing shafts to estimate available heat, risks and costs. Results form the basis for investment decisions and funding applications by utilities and municipalities.
k mine water; geothermal; feasibility study; district heating
> offer | research_cooperation | concept | 3 | none | company university |
t Research partners for seasonal heat storage in mine workings
s We plan a pilot that stores summer heat from industry and solar thermal in a flooded mine for use in winter.
d Flooded galleries could store large amounts of heat at moderate temperatures. We are assembling a consortium for a pilot that injects surplus heat in summer and extracts it in winter. We are looking for utilities, drilling companies, heat pump manufacturers and industrial heat suppliers. Public funding for demonstration projects is targeted.
k seasonal storage; mine water; heat storage; pilot; consortium

@ public_body | de | Herne | large | 2008 | energy environment water |
N Zweckverband Grubenwasser Mittleres Revier
D Der Zweckverband ist für Grubenwasserhaltung und Ewigkeitsaufgaben an mehreren ehemaligen Schachtanlagen im mittleren Ruhrgebiet zuständig. Täglich pumpen wir große Mengen Grubenwasser, damit es nicht in Trinkwasserschichten aufsteigt. Dieses Wasser ist ganzjährig 20 bis 30 Grad warm. Wir möchten es gemeinsam mit Partnern zur Wärmeversorgung nutzen.
C Grubenwasserhaltung; Schachtbetrieb; Wasserqualitätsüberwachung; Genehmigungsverfahren
T Grubenwasser; Pumpstation; Wasserchemie
M Kommunen; Energieversorger; Umweltbehörden
> offer | facility | pilot | - | none | company research_institute startup |
t Zugang zu Grubenwasserstandorten für Wärmenutzung und Pilotversuche
s An unseren Pumpstandorten stehen warmes Grubenwasser, Flächen und Messdaten für Pilotprojekte zur Verfügung.
d An drei Standorten fördern wir kontinuierlich Grubenwasser mit 22 bis 28 °C. Forschungseinrichtungen, Energieversorger und Start-ups können hier Wärmetauscher, Wärmepumpen oder Materialien gegen Ablagerungen erproben. Wir stellen Anschlüsse, historische Messdaten und Unterstützung bei Genehmigungen bereit.
k Grubenwasser; Wärmenutzung; Pilotstandort; Wärmetauscher
> request | research_cooperation | concept | - | none | company research_institute |
t Konzepte gegen Ablagerungen und Korrosion in Wärmetauschern
s Gesucht werden Partner, die Wärmetauscher für eisenhaltiges, salzhaltiges Grubenwasser dauerhaft betriebssicher machen.
d Grubenwasser enthält Eisen, Salze und Sulfat, die Wärmetauscher schnell verockern und angreifen. Wir suchen Partner mit Erfahrung in Werkstoffen, Beschichtungen, Wasseraufbereitung oder Reinigungsverfahren, die Lösungen an unseren Standorten erproben. Ziel ist ein wartungsarmer Betrieb über viele Jahre.
k Korrosion; Ablagerung; Wärmetauscher; Grubenwasser; Werkstoffe

@ company | de | Herne | medium | 1965 | energy construction |
N Fernwärme Emscherbogen GmbH
D Fernwärme Emscherbogen versorgt rund 60.000 Haushalte und zahlreiche Gewerbebetriebe in Herne, Bochum und Castrop-Rauxel mit Fernwärme. Bisher stammt die Wärme überwiegend aus Kraft-Wärme-Kopplung mit Erdgas. Bis 2040 soll das Netz klimaneutral sein. Dafür prüfen wir Großwärmepumpen, industrielle Abwärme und die Wärme aus Grubenwasser.
C Fernwärmenetzbetrieb; Kraft-Wärme-Kopplung; Netzplanung; Kundenservice
T Fernwärme; Großwärmepumpe; Kraft-Wärme-Kopplung
M Haushalte; Gewerbe; Wohnungswirtschaft
> request | research_cooperation | concept | 4 | none | research_institute university company |
t Einbindung von Grubenwasserwärme in unser Fernwärmenetz
s Wir suchen Partner, die mit uns die Nutzung von Grubenwasser über Großwärmepumpen planen und bewerten.
d Mehrere ehemalige Schächte liegen in der Nähe unseres Netzes. Wir möchten untersuchen, wie viel Wärme dauerhaft gewonnen werden kann, welche Temperaturen eine Großwärmepumpe erreicht und wie sich das wirtschaftlich darstellt. Gesucht werden Forschungseinrichtungen und Ingenieurbüros mit Erfahrung in Geothermie und Grubenwasser.
k Grubenwasser; Fernwärme; Großwärmepumpe; Geothermie; Machbarkeit

@ startup | en | Dortmund | small | 2021 | energy construction |
N Thermoshaft GmbH
D Thermoshaft designs coaxial heat exchangers that can be lowered into existing mine shafts and deep boreholes. Our systems extract heat from mine water without pumping it to the surface, which avoids water treatment and most permitting issues. A team of 11 engineers with backgrounds in mining and geothermal drilling works from Dortmund on first installations.
C Downhole heat exchangers; shaft engineering; geothermal system design; heat pump integration
T coaxial heat exchanger; mine shaft; closed-loop geothermal
M utilities; housing companies; municipalities
> offer | technology | pilot | 6 | applied | company public_body |
t Closed-loop heat exchanger for old mine shafts
s Extract heat from flooded shafts without pumping mine water to the surface.
d Our coaxial exchanger is installed inside an existing shaft or borehole and circulates clean water in a closed loop. Combined with a heat pump, one shaft can supply several hundred flats. Because no mine water leaves the underground, treatment and discharge permits are not needed. We are looking for shaft owners and heat network operators for a first installation.
k mine shaft; heat exchanger; geothermal; closed loop; heat pump
> request | investment | pilot | 6 | applied | intermediary company | draft
t Project financing for our first shaft heat installation
s We seek investors or utilities to co-finance a 1 MW shaft heat exchanger supplying a housing estate.
d Our first full-scale installation is planned in a shaft next to a housing estate with 350 flats. Total investment is about 3.5 million euros, partly covered by grants. We are looking for equity partners or utilities willing to co-invest and operate the heat supply together with us.
k project financing; geothermal; heat supply; investment

@ university | de | Bochum | medium | 1978 | environment construction energy |
N Lehrstuhl für Geotechnik und Markscheidewesen, Universität Emschertal
D Der Lehrstuhl befasst sich mit Baugrund, Bergschäden und der Vermessung des Untergrunds. Wir überwachen Bodenbewegungen über ehemaligen Bergwerken mit Satellitenradar und Sensornetzen, bewerten Standsicherheit und beraten bei Bauvorhaben auf Altbergbau. Lehre und Forschung verbinden Bauingenieurwesen, Geodäsie und Geologie; viele Absolventinnen und Absolventen arbeiten später bei Kommunen und Ingenieurbüros der Region.
C Bodenbewegungsmonitoring; Altbergbau; Standsicherheit; Satellitenradar
T InSAR; Bodenbewegung; Sensornetz
M Kommunen; Bauherren; Infrastrukturbetreiber
> offer | research_cooperation | market | 7 | none | public_body company |
t Überwachung von Bodenbewegungen mit Satellitenradar
s Wir werten Radardaten aus und erkennen Hebungen und Senkungen von wenigen Millimetern über Altbergbau.
d Mit dem Anstieg des Grubenwassers heben sich Teile des Ruhrgebiets wieder. Für Kommunen, Infrastrukturbetreiber und Bauherren erstellen wir Auswertungen der Bodenbewegungen aus Satellitenradardaten und bewerten, ob Gebäude, Leitungen oder Verkehrswege gefährdet sind. Kombinationen mit Messungen vor Ort sind möglich.
k Satellitenradar; Bodenbewegung; Altbergbau; Monitoring

@ company | en | Kamp-Lintfort | small | 1998 | energy construction water |
N Lintfort Drilling Services GmbH
D Lintfort Drilling Services drills wells for geothermal heat, groundwater monitoring and site investigation. Our 38 employees and eight drilling rigs work throughout North Rhine-Westphalia. Many of our drillers come from the former coal mines and know the geology of the region in detail. We are expanding into medium-deep geothermal wells and mine-water projects.
C Geothermal drilling; groundwater wells; site investigation; drilling in former mining areas
T geothermal drilling; borehole heat exchanger; well construction
M heat pump projects; utilities; construction
> offer | business | market | 9 | none | company public_body research_institute |
t Drilling for geothermal and mine-water projects up to 800 metres
s We drill and complete wells for borehole heat exchangers, mine-water access and monitoring.
d Our rigs handle borehole heat exchanger fields for housing, wells into old mine workings and monitoring wells up to 800 metres depth. We know the pitfalls of drilling in former mining areas, from cavities to gas. We support planners with permitting and geological assessment and are interested in joining research consortia.
k drilling; geothermal; mine water; well; borehole
> request | talent | concept | - | none | public_body intermediary |
t Apprentices and career changers for well drilling
s We are looking for young people and career changers who want to train as well drillers.
d Demand for geothermal drilling is growing faster than our team. We offer apprenticeships and retraining for career changers, including former miners and craftspeople, with good pay and work outdoors. We would like to cooperate with job centres, schools and regional training networks.
k apprenticeship; well driller; career change; geothermal

# ---------------------------------------------------------------- drones for infrastructure inspection
@ startup | de | Dortmund | small | 2018 | ai_data construction public_services |
N Luftblick Inspektion GmbH
D Luftblick inspiziert Brücken, Schornsteine, Dächer, Windräder und Solarparks mit Drohnen. Unsere Piloten fliegen auch in engen Industrieumgebungen, die Bilddaten werden zu 3D-Modellen und Schadenskatalogen verarbeitet. Das Dortmunder Team besteht aus 22 Mitarbeitenden, darunter Bauingenieure, die Befunde fachlich bewerten. Wir arbeiten für Kommunen, Industrie und Energieversorger.
C Drohneninspektion; Photogrammetrie; Schadenskartierung; Bauwerksprüfung
T Drohne; Photogrammetrie; Thermografie; 3D-Modell
M Kommunen; Industrie; Energieversorger
> offer | business | market | 9 | none | company public_body |
t Drohneninspektion von Brücken und Industrieanlagen
s Wir erfassen Bauwerke mit Drohnen und liefern 3D-Modelle und Schadenskataloge für die Bauwerksprüfung.
d Statt Hubsteiger und Sperrungen genügen oft wenige Stunden Flug. Wir erfassen Brücken, Türme, Fassaden und Anlagen in hoher Auflösung, erstellen georeferenzierte 3D-Modelle und markieren Risse, Abplatzungen und Korrosion. Die Ergebnisse lassen sich in gängige Bauwerksdatenbanken übernehmen.
k Drohneninspektion; Brückenprüfung; 3D-Modell; Schadenskartierung
> request | technology | prototype | 5 | none | startup research_institute |
t Automatische Risserkennung in Drohnenbildern von Betonbauwerken
s Wir suchen ein KI-Verfahren, das Risse und Abplatzungen in unseren Bilddaten automatisch findet und vermisst.
d Pro Brücke entstehen bei uns mehrere tausend Bilder, die heute manuell gesichtet werden. Gesucht wird ein Partner, der ein Verfahren zur automatischen Erkennung und Vermessung von Rissen liefert oder mit uns entwickelt. Wir stellen einen großen, teilweise annotierten Datensatz bereit.
k Risserkennung; künstliche Intelligenz; Drohnenbilder; Beton

@ public_body | de | Gelsenkirchen | large | 2004 | construction public_services mobility |
N Infrastrukturgesellschaft Emscher-Lippe mbH
D Die kommunale Infrastrukturgesellschaft betreut Straßen, Brücken, Tunnel und Lärmschutzwände für mehrere Städte im nördlichen Ruhrgebiet. Rund 320 Brücken müssen regelmäßig geprüft werden, viele davon stammen aus den Sechziger- und Siebzigerjahren. Prüfpersonal ist knapp, Sperrungen für Prüfungen belasten den Verkehr. Wir suchen deshalb neue Prüfmethoden.
C Bauwerkserhaltung; Brückenprüfung; Straßenbau; Verkehrssicherung
T Bauwerksprüfung; Brückenmonitoring; Drohne
M Kommunen; Verkehrsteilnehmer; Bauwirtschaft
> request | pilot | pilot | 6 | none | startup company research_institute |
t Brückenprüfung mit Drohnen und KI-gestützter Schadenserkennung
s Wir möchten an fünf Brücken erproben, wie Drohnen und automatische Schadenserkennung die Bauwerksprüfung unterstützen.
d Für ein Pilotprojekt suchen wir Partner, die Brücken mit Drohnen erfassen, Schäden automatisch erkennen und die Ergebnisse in unser Bauwerksmanagement übertragen. Die Ergebnisse sollen mit der herkömmlichen Handnahprüfung verglichen werden. Gesucht sind Drohnendienstleister, Softwareanbieter und Forschungseinrichtungen.
k Brückenprüfung; Drohne; Schadenserkennung; Pilotprojekt; Bauwerk

@ startup | en | Essen | small | 2021 | ai_data construction |
N Crackmap AI GmbH
D Crackmap AI builds computer vision software that finds, measures and tracks cracks, spalling and corrosion on concrete and steel structures. Our models work with images from drones, vehicles or handheld cameras and compare inspections over time. Engineering offices and infrastructure operators use the results for condition assessment and maintenance planning. The team of 13 is based in Essen.
C Computer vision for infrastructure; crack measurement; change detection; inspection data management
T crack detection; computer vision; change detection
M bridge operators; engineering offices; railways
> offer | technology | market | 8 | secret | company public_body |
t Automatic crack and damage detection for bridge and tunnel inspections
s Upload inspection images and receive located, measured and classified defects within hours.
d Our software detects cracks down to 0.1 mm width in high-resolution images, measures length and width and classifies spalling, corrosion and moisture. Results appear on a 3D model or drawing and can be exported to bridge management systems. Comparing inspections over years reveals growing defects early. Trial projects with your existing image data are possible.
k crack detection; bridge inspection; computer vision; infrastructure; AI
> request | research_cooperation | prototype | 6 | secret | public_body company university |
t Bridge operators sharing inspection images for model training
s We seek infrastructure operators who share annotated inspection images in exchange for free analysis.
d To improve detection of rare damage types, we need more images from different structures and cameras. Operators who provide historical inspection images receive free automated analysis of their structures. Data are handled under strict confidentiality. A joint research project with a university is also conceivable.
k training data; bridge inspection; data partnership; computer vision

@ company | de | Duisburg | large | 1958 | energy public_services |
N Netzgesellschaft Niederrhein-Ruhr mbH
D Die Netzgesellschaft betreibt Hoch- und Mittelspannungsnetze mit rund 4.800 Kilometern Freileitungen am Niederrhein und im westlichen Ruhrgebiet. 720 Beschäftigte sorgen für einen sicheren Netzbetrieb. Freileitungen werden heute mit Hubschrauber und Begehungen kontrolliert, was teuer ist und Fachkräfte bindet. Wir wollen die Inspektion deshalb schrittweise automatisieren.
C Netzbetrieb Hoch- und Mittelspannung; Freileitungsbau; Netzplanung; Entstörung
T Freileitung; Hochspannung; Netzüberwachung
M Energieversorger; Industriekunden; Kommunen
> request | technology | pilot | 6 | none | startup company |
t Automatisierte Freileitungsinspektion mit Langstreckendrohnen
s Wir suchen Partner für Drohnenflüge außerhalb der Sichtweite entlang unserer Freileitungen.
d Wir möchten Freileitungsabschnitte von 30 bis 50 Kilometern automatisiert mit Drohnen befliegen, die Isolatoren, Seile und Masten erfassen und Auffälligkeiten markieren. Gesucht werden Anbieter mit Erfahrung und Genehmigungen für Flüge außerhalb der Sichtweite sowie Software zur Auswertung. Ein Pilot auf einer Teststrecke ist für 2027 geplant.
k Freileitung; Drohne; außerhalb der Sichtweite; Inspektion

@ university | en | Dortmund | medium | 2012 | ai_data automation_robotics mobility |
N Chair of Aerial Robotics, Hellweg University Dortmund
D The chair develops autonomous flying robots for inspection, logistics and emergency response. Research topics include navigation without GPS, flights beyond visual line of sight, collision-tolerant drones and automatic data analysis. We operate a licensed outdoor test field and an indoor flight hall. Our team of 25 works with industry partners on applied projects.
C Autonomous flight; GPS-free navigation; regulatory approval for drone operations; flight testing
T autonomous drone; BVLOS; SLAM; flight test
M infrastructure operators; logistics; emergency services
> offer | facility | pilot | 6 | none | company startup |
t Drone test field with permits for flights beyond visual line of sight
s Test your drones and software on our licensed outdoor field and in our indoor flight hall.
d Our outdoor test field covers 60 hectares with power lines, a small bridge and industrial structures, and holds the permits for automated flights beyond visual line of sight. The indoor hall allows GPS-free testing. We support companies with test planning, safety cases and the documentation required by aviation authorities.
k drone test field; BVLOS; flight test; permits; inspection

@ company | en | Hattingen | small | 2003 | construction environment |
N Ruhr Rope Access GmbH
D Ruhr Rope Access inspects and repairs industrial structures that are hard to reach: tanks, silos, chimneys, cooling towers and bridges. Our 45 industrial climbers hold certifications in rope access, non-destructive testing and coating. Work inside tanks and silos is physically demanding and requires confined-space procedures, which makes every inspection slow and expensive.
C Rope access; non-destructive testing; confined-space work; corrosion protection
T rope access; ultrasonic thickness testing; confined space
M chemical industry; power plants; bridge operators
> request | technology | pilot | 6 | none | startup company university |
t Indoor drones for visual inspection inside tanks and silos
s We want to use drones to inspect tanks and silos before our climbers enter them.
d Many inspections inside tanks could be done faster and more safely if a drone first captured the interior surfaces. We are looking for a supplier of collision-tolerant indoor drones that fly without GPS in dark, dusty spaces and deliver images suitable for assessing corrosion and cracks. We can offer real test sites in customer plants.
k indoor drone; tank inspection; confined space; corrosion

@ startup | de | Mülheim an der Ruhr | micro | 2022 | automation_robotics construction |
N Käfigflug Robotik UG
D Käfigflug entwickelt kollisionstolerante Drohnen für Innenräume: Tanks, Kessel, Schächte und Kanäle. Ein schützender Käfig erlaubt es der Drohne, an Wänden entlangzustreifen, Lichter und Kameras erfassen die Oberfläche lückenlos. Das Team aus Mülheim an der Ruhr kommt aus der Robotikforschung und arbeitet eng mit Prüfdienstleistern zusammen.
C Indoor-Drohnen; kollisionstolerante Konstruktion; Inspektion enger Räume; Bildauswertung
T Indoor-Drohne; Käfigdrohne; Inspektion; LiDAR
M Chemie; Kraftwerke; Kanalbetreiber
> offer | technology | pilot | 7 | applied | company |
t Käfigdrohne für die Inspektion von Tanks, Kesseln und Schächten
s Unsere Drohne fliegt in dunklen, engen Räumen ohne GPS und liefert lückenlose Bilder der Innenflächen.
d Durch den Schutzkäfig übersteht die Drohne Berührungen mit Wänden und Einbauten. Starke Beleuchtung, hochauflösende Kameras und ein LiDAR-Sensor erfassen Oberflächen und Geometrie. Prüfdienstleister und Anlagenbetreiber sparen Gerüste und verkürzen die Zeit, in der Menschen enge Räume betreten müssen.
k Indoor-Drohne; Tankinspektion; enger Raum; Kesselprüfung
> request | business | pilot | 7 | applied | company |
t Prüfdienstleister als Vertriebs- und Anwendungspartner gesucht
s Wir suchen Prüf- und Inspektionsdienstleister, die unsere Drohne bei ihren Kunden einsetzen.
d Unsere Käfigdrohne ist einsatzbereit, doch uns fehlt der Zugang zu Anlagenbetreibern. Wir suchen Dienstleister für Tank-, Kessel- und Behälterprüfungen, die die Drohne als Werkzeug übernehmen oder mit uns gemeinsam Aufträge abwickeln. Schulung und Miete der Ausrüstung sind möglich.
k Vertriebspartner; Inspektion; Drohne; Prüfdienstleister

# ---------------------------------------------------------------- materials testing
@ research_institute | de | Dortmund | medium | 1974 | materials steel_metal hydrogen | bi
N Materialprüfanstalt Hellweg e.V.
D Die Materialprüfanstalt prüft metallische Werkstoffe, Bauteile und Schweißverbindungen für Industrie und Behörden. Akkreditierte Labore für mechanische Prüfung, Metallografie, Computertomografie und Korrosion gehören ebenso dazu wie Schadensanalysen nach Bauteilversagen. Ein neuer Schwerpunkt ist die Prüfung von Werkstoffen für Wasserstoffanwendungen. Rund 90 Beschäftigte arbeiten in Dortmund.
C Werkstoffprüfung; Schadensanalyse; Computertomografie; Wasserstoffversprödung
T Wasserstoffversprödung; Computertomografie; Metallografie; Zugversuch
M Stahlindustrie; Energieversorger; Anlagenbau
> offer | facility | market | - | none | company startup |
t Prüfung von Stählen und Schweißnähten unter Wasserstoff
s Wir prüfen, wie sich Werkstoffe und Schweißverbindungen unter Druckwasserstoff verhalten.
d Für Rohrleitungen, Behälter und Armaturen, die künftig Wasserstoff führen, verlangen Betreiber Nachweise zur Beständigkeit. Unsere Autoklaven erlauben Zug-, Bruchmechanik- und Ermüdungsversuche unter Wasserstoff bis 200 bar. Ergänzend bieten wir Metallografie und Bewertung nach aktuellen Regelwerken. Termine sind in der Regel innerhalb von sechs Wochen möglich.
k Wasserstoffversprödung; Werkstoffprüfung; Rohrleitung; Schweißnaht; Autoklav
> offer | facility | market | - | none | company |
t Industrielle Computertomografie für Guss- und Druckgussteile
s Wir finden Poren, Lunker und Risse im Inneren Ihrer Bauteile zerstörungsfrei und vermessen sie dreidimensional.
d Unsere CT-Anlagen prüfen Bauteile bis 80 Zentimeter Größe und vermessen innere Fehler sowie Geometrieabweichungen. Für Serienprüfungen entwickeln wir Prüfabläufe mit automatischer Auswertung. Kunden aus Gießereien und Druckguss nutzen das Angebot zur Prozessoptimierung und Reklamationsbearbeitung.
k Computertomografie; Porosität; Gussteil; zerstörungsfreie Prüfung

@ company | en | Witten | medium | 1927 | steel_metal energy hydrogen |
N Witten Tube Works GmbH
D Witten Tube Works produces seamless and welded steel tubes for pipelines, boilers and mechanical engineering. Around 310 employees work in our rolling mill, finishing and testing. Gas network operators are preparing to convert pipelines to hydrogen and ask us for tubes with proven hydrogen compatibility. We need reliable test data before we can offer them.
C Seamless tube production; welded tubes; heat treatment; non-destructive testing
T seamless tube; pipeline steel; hydrogen compatibility
M gas network operators; boiler makers; mechanical engineering
> request | research_cooperation | prototype | 6 | none | research_institute university |
t Testing pipeline steels and welds for hydrogen service
s We need a test laboratory that qualifies our tube grades and welds for hydrogen pipelines.
d We want to qualify three tube grades and their girth welds for hydrogen pipelines at pressures up to 100 bar. Required are fracture toughness and fatigue crack growth tests in gaseous hydrogen, plus metallographic analysis. We are looking for an accredited laboratory with hydrogen autoclaves, ideally in the region, and would consider a joint research project.
k hydrogen pipeline; embrittlement; fracture mechanics; tube; qualification
> offer | research_cooperation | pilot | 6 | none | research_institute university company |
t Test tubes and pipe sections for hydrogen research projects
s We provide tube and pipe samples in various grades for hydrogen test programmes and research projects.
d Research institutes and companies working on hydrogen pipelines often need real pipe material with documented production history. We supply samples, welded sections and production data for test programmes and are happy to join research consortia on hydrogen-compatible steels.
k pipe samples; hydrogen; research project; steel

@ startup | de | Dortmund | small | 2020 | materials ai_data manufacturing |
N Schallbild Prüftechnik GmbH
D Schallbild entwickelt Ultraschallprüfsysteme, die mit künstlicher Intelligenz Fehler in Schweißnähten, Gussteilen und Verbundwerkstoffen erkennen. Statt Prüfer stundenlang Bilder auswerten zu lassen, markiert unsere Software Befunde und dokumentiert sie nachvollziehbar. Das 17-köpfige Team in Dortmund verbindet zerstörungsfreie Prüfung und Softwareentwicklung und ist nach gängigen Normen für Prüfpersonal qualifiziert.
C Ultraschallprüfung; Phased Array; automatische Befundauswertung; Prüfautomatisierung
T Phased-Array-Ultraschall; künstliche Intelligenz; Schweißnahtprüfung
M Stahlbau; Gießereien; Luftfahrtzulieferer
> offer | technology | market | 8 | applied | company |
t KI-gestützte Ultraschallprüfung von Schweißnähten und Gussteilen
s Unsere Software erkennt Fehler in Ultraschalldaten automatisch und entlastet Prüfpersonal.
d Das System arbeitet mit gängigen Phased-Array-Geräten oder mit unserer eigenen Prüfmechanik für die Serie. Die KI markiert Poren, Bindefehler und Risse, der Prüfer bestätigt die Befunde. Die Auswertezeit sinkt typischerweise um 70 Prozent. Wir bieten eine Testauswertung Ihrer vorhandenen Prüfdaten an.
k Ultraschallprüfung; Schweißnaht; Gussteil; künstliche Intelligenz; zerstörungsfreie Prüfung

@ company | de | Velbert | medium | 1972 | manufacturing steel_metal |
N Druckguss Kamphausen GmbH
D Druckguss Kamphausen fertigt in Velbert Aluminium- und Zinkdruckgussteile für Automobilindustrie, Elektrotechnik und Schließsysteme. Rund 280 Beschäftigte betreuen 40 Druckgießzellen, mechanische Bearbeitung und Montage. Porosität in sicherheitsrelevanten Bauteilen ist unser größtes Qualitätsthema, die Prüfung erfolgt bisher stichprobenartig per Röntgen. Das genügt neuen Kundenanforderungen nicht mehr.
C Aluminiumdruckguss; Zinkdruckguss; mechanische Bearbeitung; Formenbau
T Druckguss; Porosität; Röntgenprüfung
M Automobilzulieferer; Elektrotechnik; Schließtechnik
> request | technology | pilot | 7 | none | startup company research_institute |
t Inline-Prüfung von Druckgussteilen auf Porosität
s Wir suchen ein Verfahren, das innere Poren in sicherheitsrelevanten Gussteilen in Taktzeit erkennt.
d Für ein neues Strukturbauteil verlangt unser Kunde eine hundertprozentige Prüfung auf Porosität. Die bisherige Röntgenstichprobe reicht nicht aus. Gesucht werden Anbieter von Inline-Röntgen, Computertomografie oder Ultraschall mit automatischer Auswertung, die eine Taktzeit von 60 Sekunden erreichen. Musterteile stehen bereit.
k Porosität; Druckguss; Inline-Prüfung; Röntgen; Computertomografie
> request | talent | concept | - | none | university public_body |
t Studierende und Auszubildende für die Gießereitechnik gesucht
s Wir bieten Praktika, Abschlussarbeiten und Ausbildungsplätze rund um Druckguss und Qualitätsprüfung.
d Gießereitechnik ist spannender als ihr Ruf: Simulation, Automatisierung und moderne Prüftechnik prägen unseren Alltag. Wir suchen Studierende der Werkstofftechnik und des Maschinenbaus für Praktika und Abschlussarbeiten sowie Auszubildende zum Gießereimechaniker. Kooperationen mit Hochschulen und Schulen sind willkommen.
k Gießereitechnik; Praktikum; Ausbildung; Abschlussarbeit

@ university | en | Essen | medium | 1981 | materials steel_metal |
N Chair of Materials Testing and Fatigue, University of the Emscher Valley
D The chair investigates how materials and components fail under cyclic loading, corrosion and high temperatures. Our test hall contains more than 30 servo-hydraulic and resonance testing machines, from small specimens to full components. We combine experiments with simulation to predict component lifetime. Industry partners commission test programmes and join publicly funded projects.
C Fatigue testing; fracture mechanics; lifetime prediction; failure analysis
T fatigue test; resonance testing; fracture mechanics; finite element analysis
M automotive; rail; energy equipment
> offer | facility | market | - | none | company |
t Fatigue testing capacity for components and spring steels
s Our test hall runs long-term fatigue programmes on specimens and components with up to one billion cycles.
d With resonance machines running up to 1,000 Hz, we test springs, wires, fasteners and small components into the very-high-cycle range within weeks. Larger components run on servo-hydraulic rigs with multi-axial loading. We design test programmes, evaluate results statistically and provide documentation suitable for customer approvals.
k fatigue testing; spring steel; high-cycle fatigue; component testing
> offer | talent | concept | - | none | company |
t Master students for materials testing projects in industry
s Students of materials engineering look for thesis projects on fatigue, corrosion or failure analysis.
d Companies with questions about component failures, material selection or test methods can host a master thesis. The chair provides supervision, access to our laboratories and scientific quality. Typical theses take six months. Several graduates have joined their host companies afterwards.
k master thesis; materials engineering; fatigue; students

@ company | en | Hagen | small | 1949 | steel_metal manufacturing |
N Volme Springs & Wire GmbH
D Volme Springs & Wire makes compression, tension and torsion springs and wire forms for automotive, household appliances and medical devices. Our 65 employees produce up to 40 million springs a year in Hagen. New customers in electromobility demand springs with higher stresses and proof of fatigue life, but our own test capacity is limited.
C Spring manufacturing; wire forming; heat treatment of springs; shot peening
T compression spring; spring steel wire; shot peening
M automotive; household appliances; medical devices
> request | facility | market | - | none | research_institute university company |
t External fatigue test capacity for high-stress springs
s We need a laboratory that can run fatigue tests of up to 100 million cycles on our new springs.
d For a new spring family in electric drives, our customer requires proof of fatigue life at high stress. Our own machines cannot run enough cycles in time. We are looking for a laboratory with resonance testing equipment that can test several hundred springs within three months and provide a statistical evaluation.
k fatigue test; spring; laboratory; electric drive
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- chemical recycling of plastics
@ startup | en | Marl | small | 2021 | chemistry circular_economy | bi
N Monomera GmbH
D Monomera breaks down PET and polyamide waste into their original monomers using a low-temperature solvolysis process. The recovered monomers are as pure as virgin material and can be polymerised again for food packaging or textile fibres. Our demonstration plant in a chemical park in Marl processes 500 tonnes per year. The team of 26 combines polymer chemists, process engineers and people from the waste industry.
C Solvolysis; monomer purification; process scale-up; feedstock qualification
T solvolysis; depolymerisation; PET; polyamide
M packaging producers; fibre manufacturers; chemical industry
> offer | technology | pilot | 6 | granted | company |
t Recycled monomers from coloured and multilayer PET waste
s Our solvolysis turns PET waste that mechanical recycling rejects into virgin-quality monomers.
d Coloured bottles, trays and multilayer films are hard to recycle mechanically. Our process depolymerises them at moderate temperatures and purifies the monomers to a quality suitable for food-contact packaging. We offer sample quantities for qualification, toll processing of customer waste and licensing for larger plants. Packaging and fibre producers looking for recycled content are our main partners.
k chemical recycling; PET; monomer; solvolysis; food-contact
> request | investment | pilot | 6 | granted | intermediary company |
t Financing for a 20,000-tonne commercial plant
s We seek equity and strategic partners for our first commercial-scale depolymerisation plant.
d After two years of successful demonstration, we are planning a commercial plant with 20,000 tonnes annual capacity in the Ruhr area. We are looking for investors and strategic partners from chemicals, packaging or waste management. Offtake agreements for recycled monomers and long-term feedstock contracts are welcome as part of the partnership.
k investment; chemical recycling; commercial plant; offtake

@ company | de | Marl | large | 1938 | chemistry circular_economy |
N Vestische Polymerwerke AG
D Die Vestischen Polymerwerke produzieren Polyolefine und Spezialkunststoffe für Verpackung, Automobil und Bau. Mit 1.800 Beschäftigten gehören wir zu den großen Arbeitgebern im Kreis Recklinghausen. Bis 2035 wollen wir ein Viertel unserer Rohstoffe aus recycelten oder biobasierten Quellen beziehen. Dafür bauen wir Partnerschaften mit Recyclern, Start-ups und Forschungseinrichtungen auf.
C Polymerherstellung; Steamcracker-Betrieb; Kunststoffentwicklung; Anwendungstechnik
T Polyolefine; Pyrolyseöl; Steamcracker; Massenbilanz
M Verpackungsindustrie; Automobilindustrie; Bauindustrie
> request | business | pilot | 6 | none | startup company |
t Pyrolyseöl aus Kunststoffabfällen als Rohstoff für unseren Cracker
s Wir suchen Lieferanten von Pyrolyseöl mit definierter Qualität in Mengen ab 5.000 Tonnen pro Jahr.
d Pyrolyseöl aus gemischten Kunststoffabfällen kann fossiles Naphtha im Steamcracker teilweise ersetzen. Wir suchen Betreiber von Pyrolyseanlagen, die Öl mit niedrigen Gehalten an Chlor, Stickstoff und Metallen liefern können. Wir unterstützen bei der Qualitätsentwicklung und bieten langfristige Abnahmeverträge. Auch Vorhaben in der Planungsphase sind für uns interessant.
k Pyrolyseöl; chemisches Recycling; Steamcracker; Abnahmevertrag; Rohstoff
> offer | facility | market | - | none | startup company |
t Analytik und Anwendungstechnik für Recyclingkunststoffe
s Unsere Labore prüfen Recyclate und Pyrolyseöle und entwickeln mit Partnern passende Rezepturen.
d Start-ups und Recycler können unsere Analytik für Pyrolyseöle, Monomere und Recyclate nutzen: Elementanalyse, Chromatographie, Schmelzindex und mechanische Prüfung. In der Anwendungstechnik verarbeiten wir Materialien zu Folien und Spritzgussteilen und bewerten die Eignung für konkrete Anwendungen. Die Zusammenarbeit erfolgt auf Basis von Kooperationsverträgen.
k Analytik; Recyclat; Pyrolyseöl; Anwendungstechnik

@ startup | de | Gelsenkirchen | small | 2020 | chemistry circular_economy energy |
N Pyrolux Kreislauf GmbH
D Pyrolux wandelt gemischte Kunststoffabfälle, die bisher verbrannt werden, in Pyrolyseöl um. Unsere modulare Anlage in Gelsenkirchen verarbeitet 8.000 Tonnen pro Jahr, eine nachgeschaltete Reinigung senkt Chlor- und Stickstoffgehalte. Das Öl dient der chemischen Industrie als Rohstoff. Gegründet wurde das Unternehmen von zwei Verfahrensingenieuren mit Erfahrung aus Raffinerie und Entsorgungswirtschaft.
C Pyrolyse; Ölaufbereitung; Anlagenbetrieb; Abfallannahme
T Pyrolyse; Pyrolyseöl; Dechlorierung
M Chemieindustrie; Entsorgungswirtschaft; Sortieranlagen
> offer | business | pilot | 7 | applied | company |
t Gereinigtes Pyrolyseöl aus gemischten Kunststoffabfällen
s Wir liefern Pyrolyseöl mit niedrigen Chlor- und Stickstoffgehalten als Rohstoff für die chemische Industrie.
d Unser Öl entsteht aus Sortierresten der Verpackungssammlung und wird in einer eigenen Stufe gereinigt. Qualitätsdaten stellen wir für jede Charge bereit. Wir suchen Abnehmer aus der Chemie, die das Öl in Crackern oder Raffinerien einsetzen, und sind offen für gemeinsame Qualitätsentwicklung und langfristige Verträge.
k Pyrolyseöl; chemisches Recycling; Kunststoffabfall; Rohstoff
> request | business | market | - | none | company public_body |
t Sortierreste aus Kunststoffsortierung als Einsatzstoff gesucht
s Für unsere Pyrolyseanlage suchen wir gemischte Kunststofffraktionen in stabilen Mengen und Qualitäten.
d Wir benötigen jährlich rund 10.000 Tonnen gemischter Polyolefinfraktionen, etwa aus der Sortierung von Verpackungsabfällen. Wichtig sind geringe Anteile an PVC und PET sowie eine verlässliche Belieferung. Wir suchen Sortieranlagen und Entsorger in einem Umkreis von 150 Kilometern.
k Sortierrest; Mischkunststoff; Einsatzstoff; Pyrolyse

@ research_institute | en | Oberhausen | medium | 2006 | chemistry energy circular_economy |
N Institute for Thermochemical Conversion Oberhausen
D The institute develops and scales thermochemical processes such as pyrolysis, gasification and catalytic upgrading for waste plastics, biomass and residues. Our pilot hall houses reactors from laboratory to 50 kg per hour, along with extensive analytics. Forty scientists and technicians work with chemical companies, plant builders and start-ups. We are an independent non-profit organisation.
C Pyrolysis; gasification; catalytic upgrading; analytics of complex oils
T pyrolysis; catalysis; gasification; GC-MS
M chemical industry; plant builders; waste management
> offer | research_cooperation | pilot | 5 | none | company startup |
t Catalyst testing and upgrading of pyrolysis oils
s We test catalysts and process conditions to bring pyrolysis oils to cracker-ready quality.
d Pyrolysis oils from plastic waste often contain too much chlorine, nitrogen and olefins for direct use. Our continuous test units allow catalyst screening, hydrotreating and adsorption trials with customer oils. Detailed analytics show which contaminants remain. We support start-ups and chemical companies from the first sample to the design of an upgrading stage.
k pyrolysis oil; catalyst; upgrading; chemical recycling; analytics
> offer | facility | market | - | none | company startup |
t Pilot pyrolysis reactor for customer feedstocks
s Run your plastic or biomass feedstock in our 50 kg per hour pilot reactor before investing in a plant.
d Our continuous pilot reactor lets companies test their feedstocks under realistic conditions, measure yields and produce oil samples for customers. Trials include feedstock preparation, mass balances and full analytics. Results support technology selection, plant design and discussions with offtakers.
k pilot reactor; pyrolysis; feedstock test; mass balance

@ company | en | Neuss | medium | 1976 | chemistry food_agriculture circular_economy |
N Rhine Packaging Solutions GmbH
D Rhine Packaging Solutions produces thermoformed trays, cups and lids for dairy, meat and ready meals. Our 240 employees operate extrusion and thermoforming lines in Neuss. Retailers demand at least 30 percent recycled content in food packaging by 2030. For polypropylene, food-grade recycled material is still scarce, and we are actively looking for sources and for design changes that make our packaging easier to recycle.
C Sheet extrusion; thermoforming; food packaging; design for recycling
T thermoforming; polypropylene; food-contact packaging
M dairy; meat products; ready meals
> request | business | pilot | - | none | startup company |
t Food-grade recycled polypropylene for thermoformed packaging
s We are looking for suppliers of recycled polypropylene approved for food contact, from mechanical or chemical recycling.
d For our dairy and ready-meal packaging we need food-grade recycled polypropylene from 2027, starting at 1,000 tonnes per year. Both mechanical recyclates with suitable approval and mass-balanced material from chemical recycling are of interest. We can run processing trials on our lines and share test results with suppliers.
k recycled polypropylene; food contact; packaging; recycled content
> request | cross_innovation | concept | - | none | creative |
t Packaging designers to make our trays recyclable
s We want to redesign our multilayer trays into mono-material packaging without losing shelf appeal.
d Many of our trays combine several plastic layers and printed labels that hinder recycling. We are looking for packaging designers who help us redesign our product range as mono-material packaging, working closely with our engineers and our customers' brand teams.
k packaging design; mono-material; recyclability; thermoforming

@ company | de | Dinslaken | small | 2001 | circular_economy environment |
N Kunststoffsortierung Lohberg GmbH
D Die Kunststoffsortierung Lohberg sortiert Leichtverpackungen aus der Wertstoffsammlung mehrerer Kreise am Niederrhein. Mit 75 Beschäftigten und moderner Nahinfrarot-Technik trennen wir Folien, PET, Polyethylen und Polypropylen. Übrig bleibt eine Mischfraktion von rund 25.000 Tonnen jährlich, die bislang überwiegend energetisch verwertet wird.
C Sortierung von Leichtverpackungen; Nahinfrarot-Sortierung; Ballenlogistik; Qualitätssicherung von Wertstoffen
T Nahinfrarot-Sortierung; Leichtverpackung; Mischkunststoff
M Recycler; Dualsysteme; Chemieindustrie
> offer | business | market | - | none | company startup |
t Mischkunststofffraktion als Rohstoff für chemisches Recycling
s Wir bieten jährlich bis zu 25.000 Tonnen gemischter Kunststoffe für Pyrolyse und andere Recyclingverfahren.
d Unsere Mischfraktion besteht überwiegend aus Polyolefinen mit Anteilen anderer Kunststoffe. Auf Wunsch sortieren wir nach, um PVC und PET weiter zu reduzieren, und liefern in Ballen. Wir suchen Abnehmer, die das Material stofflich verwerten und langfristige Verträge anstreben.
k Mischkunststoff; Sortierrest; chemisches Recycling; Ballen

# ---------------------------------------------------------------- robotics for handling
@ startup | en | Dortmund | small | 2019 | automation_robotics ai_data logistics | bi
N Graspwise Robotics GmbH
D Graspwise develops AI software that lets standard industrial robots pick unknown, mixed objects from bins and totes. Our vision system recognises items without prior teaching and calculates a safe grasp within 300 milliseconds. Customers use it in e-commerce fulfilment, parts handling and machine loading. The company has 30 employees and works with all major robot brands.
C Bin picking; grasp planning; 3D vision; robot integration
T bin picking; 3D vision; grasp planning; deep learning
M e-commerce fulfilment; automotive suppliers; machine tending
> offer | technology | market | 8 | secret | company |
t AI bin picking for mixed and unknown items
s Our software lets industrial robots pick thousands of different items from bins without prior teaching.
d The system combines a 3D camera with learned grasp planning and works with suction and finger grippers. Typical picking rates are 600 to 900 items per hour with success rates above 99 percent. Integration with warehouse systems and robot controllers is done by our engineers or certified integrators. We offer proof-of-concept tests with your items in our lab.
k bin picking; robot; 3D vision; piece picking; automation
> request | pilot | market | 8 | secret | company |
t Pilot customers for robotic machine tending with mixed parts
s We look for manufacturers who want to automate loading of machines with varying parts from crates.
d Besides e-commerce, we want to prove our technology in machine tending: robots take raw parts from crates and load CNC machines, presses or washing systems. We are looking for two or three manufacturers with frequently changing parts who host a pilot cell. We share integration costs and provide support during the first months.
k machine tending; pilot; robot; CNC; parts handling

@ company | de | Remscheid | small | 1928 | steel_metal manufacturing automation_robotics |
N Gesenkschmiede Stiller GmbH
D Die Gesenkschmiede Stiller fertigt in Remscheid Schmiedeteile für Werkzeuge, Armaturen und den Maschinenbau. Unsere 58 Beschäftigten arbeiten an Hämmern und Pressen, an denen glühende Rohteile bisher von Hand mit Zangen eingelegt werden. Die Arbeit ist heiß, schwer und laut, Nachwuchs ist kaum zu finden. Wir wollen deshalb schrittweise automatisieren.
C Gesenkschmieden; Werkzeugbau; Wärmebehandlung; Kleinserien
T Schmiedepresse; Gesenkschmieden; Automatisierung
M Werkzeughersteller; Armaturen; Maschinenbau
> request | technology | concept | 5 | none | research_institute company startup |
t Roboter zum Beladen von Schmiedepressen mit glühenden Teilen
s Wir suchen eine Roboterlösung, die 1.200 Grad heiße Rohteile sicher greift und in wechselnde Gesenke einlegt.
d Unsere Teile wiegen zwischen 0,5 und 8 Kilogramm und wechseln mehrmals pro Woche. Gesucht wird ein Partner, der eine flexible Roboterzelle mit hitzefesten Greifern und einfacher Umrüstung entwickelt. Eine Machbarkeitsstudie an einer Versuchszelle wäre ein guter erster Schritt. Fördermöglichkeiten für die Automatisierung im Mittelstand möchten wir nutzen.
k Roboter; Schmiedepresse; Greifer; Hitze; Automatisierung

@ company | en | Bochum | medium | 2009 | logistics retail_ecommerce automation_robotics |
N Ruhrbox Fulfilment GmbH
D Ruhrbox Fulfilment stores, picks and ships products for about 120 online shops, from cosmetics to spare parts. Our 280 employees process up to 45,000 orders per day in two warehouses in Bochum. Peak seasons require many temporary staff who are increasingly hard to find. We want to automate piece picking for our most frequent items while keeping flexibility for new clients.
C E-commerce fulfilment; returns processing; warehouse operations; shop system integration
T piece picking; warehouse management; conveyor systems
M online shops; cosmetics; consumer electronics
> request | technology | pilot | 8 | none | startup company |
t Robotic piece picking for mixed e-commerce orders
s We want to pilot a robot that picks single items from totes for mixed customer orders.
d Our product range changes weekly and includes bottles, boxes, soft bags and blister packs. We are looking for a robotic picking solution that handles this variety without long teaching, reaches at least 500 picks per hour and integrates with our warehouse management system. A pilot station in our Bochum warehouse is planned for 2027.
k piece picking; robotics; e-commerce; fulfilment; warehouse

@ startup | en | Mülheim an der Ruhr | micro | 2022 | automation_robotics food_agriculture |
N Softgrip Automation GmbH
D Softgrip Automation designs soft, adaptive grippers made of food-safe silicone that handle delicate, irregular products: sausages, baked goods, fruit and cheese. The grippers are inflated with air, adapt to each product's shape and can be washed down. Our team of six engineers in Mülheim an der Ruhr builds custom gripper fingers with 3D printing within days.
C Soft robotics; food-safe gripper design; 3D printing of elastomers; hygienic design
T soft gripper; silicone; food-safe; pneumatic actuator
M food processing; bakeries; meat processing
> offer | technology | pilot | 7 | applied | company |
t Food-safe soft grippers for delicate and irregular products
s Our pneumatic soft grippers handle sausages, pastries and fruit without damage and can be washed down.
d Conventional grippers damage soft food or fail with irregular shapes. Our grippers conform to each product and are made of food-contact silicone that withstands daily cleaning. We design fingers for your product range, test them in our lab and supply them for existing robots. A test with your products usually takes two weeks.
k soft gripper; food handling; robotics; hygienic design
> request | pilot | pilot | 7 | applied | company | draft
t Food producers for a gripper pilot on packaging lines
s We look for meat, bakery or confectionery producers who test our soft grippers in real production.
d After lab tests with many products, we want to prove our grippers in three production lines. We provide grippers free of charge and support integration with your robot or integrator. Producers with manual pick-and-place tasks are particularly welcome.
k pilot; food production; gripper; packaging line

@ research_institute | en | Dortmund | medium | 2000 | automation_robotics manufacturing |
N Robotics and Assembly Research Centre Hellweg
D The centre develops robot systems for flexible assembly and handling in small and medium-sized companies. Our 45 engineers and scientists work on intuitive robot programming, gripping of difficult objects and human-robot collaboration. In our application lab, companies can test whether a task is suitable for automation before they invest. We are a non-profit institute linked to the regional technical university.
C Robot application testing; human-robot collaboration; gripper development; feasibility studies
T collaborative robot; gripper; robot programming; feasibility study
M manufacturing SMEs; metalworking; food industry
> offer | facility | market | - | none | company startup |
t Robot application lab for feasibility tests before investing
s Test whether your handling or assembly task can be automated, with robots, grippers and sensors from our lab.
d Many SMEs hesitate to automate because they are unsure whether a robot can handle their parts. In our lab we build a test setup with your parts within a few weeks, try different robots, grippers and sensors and measure cycle times and reliability. The result is a neutral feasibility report that you can use to brief integrators.
k robot; feasibility study; handling; automation; test lab
> offer | research_cooperation | concept | 4 | none | company |
t Automation of hot handling tasks in forging and casting
s We seek foundries and forges for a joint project on robots that handle hot parts reliably.
d Handling glowing parts is one of the last manual tasks in forges and foundries. We plan a publicly funded project on heat-resistant grippers, thermal imaging and fast changeover for small batches. We are looking for companies that provide application cases and test their production, as well as gripper manufacturers.
k forging; hot handling; gripper; robot; research project

@ company | de | Gelsenkirchen | medium | 1966 | food_agriculture manufacturing |
N Fleischwaren Kerkhoff GmbH & Co. KG
D Fleischwaren Kerkhoff stellt Wurst, Schinken und Convenience-Produkte für den Lebensmitteleinzelhandel her. In Gelsenkirchen arbeiten 340 Beschäftigte in Produktion, Verpackung und Versand. Viele Arbeitsschritte in der Verpackung erfolgen noch von Hand, weil die Produkte unterschiedlich geformt und empfindlich sind. Der Personalmangel zwingt uns zu neuen Lösungen.
C Fleisch- und Wurstwarenherstellung; Verpackung; Lebensmittelsicherheit; Eigenmarkenproduktion
T Verpackungslinie; Lebensmittelhygiene; Automatisierung
M Lebensmitteleinzelhandel; Discounter; Gastronomie
> request | technology | pilot | 6 | none | startup company research_institute |
t Automatisches Greifen und Einlegen von Wurstwaren in Verpackungen
s Wir suchen Greiftechnik, die unterschiedlich geformte Wurstprodukte schonend und hygienisch in Schalen einlegt.
d An drei Verpackungslinien legen Mitarbeitende Würstchen, Aufschnittstapel und Snackprodukte von Hand in Schalen. Gesucht wird eine Lösung mit Roboter und geeignetem Greifer, die wechselnde Produkte ohne Beschädigung greift, nassgereinigt werden kann und mindestens 60 Stück pro Minute schafft. Ein Test mit unseren Produkten ist jederzeit möglich.
k Greifer; Lebensmittel; Verpackung; Robotik; Hygiene

# ---------------------------------------------------------------- digital twins
@ startup | de | Düsseldorf | small | 2019 | ai_data manufacturing |
N Zwillingswerk GmbH
D Zwillingswerk baut digitale Zwillinge von Maschinen und Fabriken für Planung, virtuelle Inbetriebnahme und Betrieb. Unsere Software verbindet CAD-Daten, Steuerungsprogramme und Simulation, sodass Steuerungen getestet werden können, bevor die reale Anlage steht. Das Team aus 27 Ingenieurinnen und Softwareentwicklern arbeitet in Düsseldorf für Maschinenbauer und Produktionsbetriebe.
C Virtuelle Inbetriebnahme; Anlagensimulation; Steuerungstests; Fabrikplanung
T digitaler Zwilling; virtuelle Inbetriebnahme; Simulation; SPS
M Maschinenbau; Verpackungsmaschinen; Automobilproduktion
> offer | technology | market | 8 | secret | company |
t Virtuelle Inbetriebnahme von Maschinen und Anlagen
s Wir testen Ihre Steuerungssoftware an einem digitalen Zwilling und verkürzen die Inbetriebnahme vor Ort deutlich.
d Aus Ihren CAD-Daten und Steuerungsprogrammen erstellen wir ein Simulationsmodell der Anlage, an dem Programmierer Abläufe, Fehlerfälle und Taktzeiten testen. Kunden berichten von bis zu 40 Prozent kürzeren Inbetriebnahmen. Wir übernehmen Modellierung und Schulung oder stellen die Software für Ihr eigenes Team bereit.
k virtuelle Inbetriebnahme; digitaler Zwilling; Steuerung; Simulation; Maschinenbau
> request | talent | concept | - | none | university intermediary |
t Werkstudierende für Simulation und Softwareentwicklung
s Wir suchen Studierende der Informatik, Mechatronik oder Automatisierungstechnik für Werkstudententätigkeiten.
d Werkstudierende arbeiten bei uns an echten Kundenprojekten mit, modellieren Anlagen und entwickeln Software-Bausteine. Flexible Arbeitszeiten, mobile Arbeit und die Betreuung von Abschlussarbeiten sind selbstverständlich. Wir freuen uns über Kontakte zu Hochschulen und Karriereprogrammen in der Region.
k Werkstudierende; Simulation; Informatik; Mechatronik

@ company | en | Ratingen | medium | 1984 | manufacturing automation_robotics food_agriculture | anon
N Ratingen Process Machines GmbH
D We are a medium-sized machine builder making packaging lines for the food, pharmaceutical and cosmetics industries: filling, capping, labelling and end-of-line packaging. Around 270 employees design, build and commission about 40 lines per year for customers worldwide. Commissioning at the customer's site often takes weeks longer than planned because control software problems only become visible there.
C Packaging machinery; line integration; control software; worldwide commissioning
T packaging line; PLC programming; commissioning
M food; pharmaceuticals; cosmetics
> request | technology | market | 8 | none | startup company |
t Digital twin for virtual commissioning of packaging lines
s We want to test control software on a simulation model before our lines are shipped.
d Our engineers spend many weeks at customer sites fixing control software. We are looking for a partner who builds digital twins of our packaging lines from CAD and PLC data and trains our team to use them for virtual commissioning. A pilot on one line type is planned, followed by a roll-out across our product range.
k digital twin; virtual commissioning; packaging line; PLC; simulation

@ research_institute | en | Mülheim an der Ruhr | small | 2015 | ai_data manufacturing energy |
N Institute for Digital Engineering and Simulation Ruhr
D The institute researches methods and tools for digital twins across the life cycle of products, plants and infrastructure. Twenty-two researchers work on co-simulation, model-based systems engineering and the coupling of simulations with live data. We develop open-source tools, advise companies on twin strategies and coordinate joint projects with industry.
C Co-simulation; model-based systems engineering; data integration; open-source simulation tools
T co-simulation; FMI; model-based systems engineering; digital twin
M manufacturing; energy systems; infrastructure
> offer | research_cooperation | prototype | 5 | none | company startup public_body |
t Co-simulation platform for digital twins of complex systems
s We connect simulation models from different tools into one digital twin and help partners apply it.
d Digital twins often fail because models of mechanics, control, energy and logistics live in separate tools. Our open co-simulation platform couples them via open standards and connects them with live data. We offer joint projects and consulting for companies and public operators that want to build twins of plants, grids or buildings.
k co-simulation; digital twin; FMI; systems engineering; open source

@ public_body | de | Düsseldorf | medium | 1991 | construction public_services environment |
N Stadtentwicklungsgesellschaft Rheinbogen mbH
D Die Stadtentwicklungsgesellschaft Rheinbogen entwickelt im Auftrag der Stadt neue Quartiere, gestaltet Plätze und begleitet den Umbau von Gewerbeflächen. Sechzig Mitarbeitende aus Stadtplanung, Architektur und Immobilienwirtschaft arbeiten mit Bürgerschaft und Investoren. Hitze, Starkregen und Flächenkonkurrenz stellen neue Anforderungen an die Planung, für die wir bessere Werkzeuge brauchen.
C Quartiersentwicklung; Stadtplanung; Bürgerbeteiligung; Projektsteuerung
T Stadtmodell; Klimaanpassung; Geodaten
M Stadtverwaltung; Investoren; Bürgerinnen und Bürger
> request | technology | pilot | 6 | none | startup company research_institute |
t Digitaler Stadtzwilling für Hitze- und Starkregenplanung
s Wir suchen ein 3D-Stadtmodell mit Simulation, das Hitzeinseln und Überflutungsrisiken in Planungsvarianten sichtbar macht.
d Für zwei neue Quartiere möchten wir Planungsvarianten vergleichen: Wie wirken Gebäudehöhen, Bäume und Wasserflächen auf Hitze und Starkregen? Gesucht wird ein digitaler Stadtzwilling, der vorhandene Geodaten nutzt, Simulationen einbindet und Ergebnisse auch für Bürgerveranstaltungen anschaulich darstellt.
k digitaler Zwilling; Stadtplanung; Hitze; Starkregen; 3D-Stadtmodell

@ startup | en | Düsseldorf | small | 2020 | ai_data construction public_services |
N Citymesh 3D GmbH
D Citymesh 3D builds urban digital twins for cities, utilities and developers. Our platform combines 3D city models, sensor data and simulations of heat, wind, noise and flooding in the browser. Planners can compare scenarios, and citizens can explore them on public screens or at home. The company employs 20 people in Düsseldorf and works with a dozen cities in Germany and the Netherlands.
C Urban digital twins; 3D city modelling; environmental simulation; citizen participation tools
T urban digital twin; 3D city model; microclimate simulation; web GIS
M municipalities; urban developers; utilities
> offer | technology | market | 8 | secret | public_body company |
t Urban digital twin for climate-adapted planning
s Compare planning scenarios for heat, flooding and wind in a browser-based 3D twin of your city.
d We build the twin from existing city models and geodata within weeks and add simulations of microclimate, heavy rain and wind comfort. Planners test variants directly, and a simplified version can be opened to the public for participation. We offer pilot projects for single districts at a fixed price.
k urban digital twin; climate adaptation; heat; flooding; participation

@ company | de | Neuss | large | 1962 | steel_metal manufacturing ai_data |
N Rheinwalz Aluminium GmbH
D Rheinwalz walzt in Neuss Aluminiumbänder und -bleche für Verpackung, Automobil und Bau. Rund 850 Beschäftigte betreiben Warm- und Kaltwalzwerke, Glühöfen und Veredelung. Unsere Anlagen liefern bereits große Datenmengen, doch Prozesswissen steckt oft nur in den Köpfen erfahrener Walzer. Ein digitaler Zwilling soll helfen, Qualität und Energieverbrauch besser zu steuern.
C Aluminiumwalzen; Wärmebehandlung; Bandveredelung; Prozessautomatisierung
T Walzwerk; Prozessmodell; Aluminium
M Verpackung; Automobilindustrie; Bauindustrie
> request | research_cooperation | prototype | 4 | none | research_institute university startup |
t Prozesszwilling für Kaltwalzstraße und Glühöfen
s Gesucht werden Partner, die mit uns ein physikalisch-datenbasiertes Modell des Walzprozesses aufbauen.
d Wir möchten Planheit, Oberflächenqualität und Energieverbrauch vorhersagen, bevor ein Band die Kaltwalzstraße durchläuft. Dafür sollen physikalische Modelle mit Prozessdaten aus mehreren Jahren kombiniert werden. Gesucht werden Forschungseinrichtungen oder spezialisierte Unternehmen, idealerweise für ein gemeinsames Förderprojekt.
k digitaler Zwilling; Walzprozess; Aluminium; Prozessmodell; Energieeffizienz

@ creative | en | Wuppertal | micro | 2017 | media design construction |
N Scanlight Studio
D Scanlight Studio captures buildings, machines and objects in 3D and turns them into visualisations, virtual tours and models for digital twins. We use terrestrial laser scanners, drones and photogrammetry and combine technical precision with an eye for presentation. The studio of five people in Wuppertal works for architects, museums, industrial companies and event agencies.
C 3D laser scanning; photogrammetry; architectural visualisation; virtual tours
T laser scanning; photogrammetry; point cloud; virtual tour
M architects; museums; industrial companies
> offer | cross_innovation | market | - | none | company public_body creative |
t 3D scanning and visualisation of buildings, plants and machines
s We capture spaces and objects precisely in 3D and turn them into models, tours and presentations.
d Whether an as-built model for a renovation, a virtual factory tour for recruiting or a digital copy of an exhibit: we scan on site, process point clouds and deliver models in common formats. Our visualisations are suitable for technical planning as well as marketing. Small projects are completed within two weeks.
k 3D scanning; point cloud; visualisation; virtual tour; as-built model

# ---------------------------------------------------------------- talent and student projects
@ intermediary | en | Dortmund | small | 2016 | education ict | bi
N Talent Bridge Ruhr
D Talent Bridge Ruhr connects international students and graduates of Ruhr universities with small and medium-sized companies in the region. Many SMEs struggle to attract talent, while thousands of international students leave the region after graduation. We run matching events, a mentoring programme and workshops for companies on hiring and onboarding international staff. The programme is funded by regional partners.
C Talent matching; international student services; employer workshops; mentoring
T talent matching; career events; onboarding
M SMEs; international students; universities
> offer | talent | market | - | none | company startup | pt=services
t Matching international students with SMEs for internships and first jobs
s We introduce qualified international students and graduates to companies looking for engineers, data scientists or business talent.
d Companies describe their positions, and we propose suitable candidates from our pool of about 1,500 students and graduates. We organise speed-dating events at universities, support companies with visa questions and offer an onboarding workshop for teams. The service is free for SMEs in the Ruhr area.
k international students; recruiting; internships; SMEs; skilled workers

@ university | de | Bottrop | medium | 2009 | education ict ai_data |
N Fachbereich Wirtschaftsinformatik, Hochschule Haldenberg
D Der Fachbereich Wirtschaftsinformatik bildet rund 1.100 Studierende in Bachelor- und Masterstudiengängen aus. Praxisnähe ist unser Markenzeichen: Jedes Semester bearbeiten Studierendenteams reale Projekte aus Unternehmen, Verwaltungen und Vereinen der Region. Schwerpunkte sind Prozessdigitalisierung, Datenanalyse und IT-Sicherheit im Mittelstand. Unsere Absolventinnen und Absolventen finden überwiegend Stellen in Unternehmen des Ruhrgebiets.
C Prozessdigitalisierung; Datenanalyse; ERP-Systeme; IT-Sicherheit im Mittelstand
T Prozessmanagement; Datenanalyse; ERP
M Mittelstand; Verwaltungen; Vereine
> offer | talent | concept | - | none | company public_body startup |
t Praxisprojekte mit Studierenden der Wirtschaftsinformatik
s Studierendenteams digitalisieren einen Prozess oder analysieren Daten Ihrer Organisation, betreut von Lehrenden.
d Ob Digitalisierung des Bestellprozesses, Auswertung von Verkaufsdaten oder Einführung eines Ticketsystems: Teams aus vier bis sechs Studierenden bearbeiten ein Semester lang eine Aufgabe aus Ihrer Organisation. Sie stellen eine Ansprechperson und Daten bereit, wir sichern Methodik und Betreuung. Die Ergebnisse gehören Ihnen.
k Praxisprojekt; Studierende; Digitalisierung; Datenanalyse; Mittelstand
> offer | talent | concept | - | none | company |
t Duales Studium Wirtschaftsinformatik: Partnerbetriebe gesucht
s Für unser duales Studium suchen wir Unternehmen, die Studierende einstellen und in der Praxis begleiten.
d Im dualen Studium wechseln sich Studium und Praxisphasen im Betrieb ab. Unternehmen gewinnen früh qualifizierte Nachwuchskräfte, die ihr Geschäft kennen. Wir beraten zu Ablauf, Vertragsgestaltung und Betreuung und vermitteln geeignete Bewerberinnen und Bewerber.
k duales Studium; Nachwuchs; Wirtschaftsinformatik; Partnerbetrieb

@ company | de | Kamen | small | 1981 | energy construction |
N Elektro Wolters GmbH
D Elektro Wolters ist ein Elektrohandwerksbetrieb mit 48 Beschäftigten in Kamen. Wir installieren Elektrotechnik in Wohn- und Gewerbebauten, bauen Photovoltaikanlagen, Ladestationen und Speicher und warten Anlagen für Industriekunden. Die Nachfrage nach Installationen für die Energiewende ist riesig, unser größter Engpass sind Fachkräfte und Auszubildende.
C Elektroinstallation; Photovoltaik; Ladeinfrastruktur; Gebäudeautomation
T Photovoltaik; Wallbox; Batteriespeicher
M Privatkunden; Gewerbe; Wohnungswirtschaft
> request | talent | concept | - | none | public_body intermediary university |
t Auszubildende und dual Studierende für die Elektrotechnik gesucht
s Wir suchen Wege, mehr junge Menschen für eine Ausbildung oder ein duales Studium bei uns zu gewinnen.
d Jedes Jahr bieten wir sechs Ausbildungsplätze und zwei duale Studienplätze an, von denen viele unbesetzt bleiben. Wir suchen Kooperationen mit Schulen, Berufskollegs, Hochschulen und Vermittlungsprogrammen, etwa für Praktika, Betriebserkundungen oder Projekttage. Auch Ideen für eine moderne Ansprache in sozialen Medien sind willkommen.
k Ausbildung; duales Studium; Nachwuchsgewinnung; Elektrotechnik
> offer | business | market | - | none | company public_body |
t Photovoltaik und Ladeinfrastruktur für Gewerbebetriebe
s Wir planen und installieren Solaranlagen, Speicher und Ladepunkte für Betriebe im Kreis Unna und Umgebung.
d Von der Dachprüfung über die Planung bis zum Netzanschluss erhalten Gewerbekunden alles aus einer Hand. Wir kombinieren Photovoltaik, Batteriespeicher und Ladepunkte für Firmenfahrzeuge und übernehmen die Wartung. Auf Wunsch unterstützen wir bei Förderanträgen.
k Photovoltaik; Ladeinfrastruktur; Gewerbe; Speicher

@ company | en | Moers | small | 2012 | ict ai_data |
N Lower Rhine Data Services GmbH
D Lower Rhine Data Services builds data platforms, reports and small AI applications for manufacturing and logistics companies in the Lower Rhine region. Our 32 employees help customers bring together data from ERP, machines and sales and turn it into decisions. We are growing fast and rely on young talent from universities in the region.
C Data engineering; business intelligence; machine learning applications; cloud platforms
T data platform; business intelligence; cloud; machine learning
M manufacturing; logistics; wholesale
> request | talent | concept | - | none | university intermediary |
t Working students and graduates in data engineering
s We are looking for students in computer science, data science or business informatics for part-time jobs and theses.
d Working students join real customer projects from the start, supported by a mentor. Topics include data pipelines, dashboards and machine learning for forecasting. We also supervise bachelor and master theses and offer permanent positions after graduation. We would like to cooperate with universities and career services in the region.
k working students; data engineering; thesis; graduates
> offer | business | market | - | none | company |
t Data platform and dashboards for medium-sized manufacturers
s We connect your ERP, machine and sales data and build dashboards that management and shop floor actually use.
d In a four-week kick-off project we analyse your data sources, build a cloud or on-premise data platform and create the first dashboards for key figures such as delivery reliability, scrap or energy consumption. Afterwards we extend the platform step by step, for example with forecasts.
k data platform; dashboard; business intelligence; manufacturing

@ university | en | Hamm | medium | 2010 | logistics education |
N Department of Logistics and Supply Chain Management, Lippeaue Technical University
D The department educates about 900 students in logistics, supply chain management and industrial engineering. Our research focuses on resilient supply chains, sustainable transport and warehouse planning. Students complete consulting projects with companies in every study programme, and our logistics lab offers simulation and planning tools. We maintain close ties with logistics companies in the Hamm and Dortmund region.
C Supply chain analysis; warehouse planning; transport optimisation; student consulting projects
T supply chain simulation; warehouse planning; network optimisation
M logistics service providers; retail; manufacturing
> offer | talent | concept | - | none | company startup |
t Student consulting projects on your supply chain
s Teams of logistics students analyse a supply chain question in your company and present concrete recommendations.
d Typical projects include warehouse layout, transport costs, supplier risk or carbon footprint of logistics. Teams of four to six students work for one semester, supervised by professors. Companies invest about one meeting per fortnight and receive a documented analysis. Many projects lead to internships and thesis cooperations.
k student project; supply chain; warehouse; logistics; consulting
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- further research institutes
@ research_institute | en | Gelsenkirchen | small | 2018 | ai_data ict | bi
N Institute for Applied AI Rhine-Ruhr
D The institute helps small and medium-sized companies take their first steps with artificial intelligence. Thirty researchers and engineers work on data-efficient learning, trustworthy AI and language models for industrial documents. Our AI lab offers free initial consultations, short feasibility projects and training for employees. We are funded by the state and work closely with universities across the Ruhr area.
C Machine learning feasibility studies; language models for technical documents; trustworthy AI; AI training for SMEs
T machine learning; language model; trustworthy AI; small data
M manufacturing SMEs; logistics; public administration
> offer | research_cooperation | prototype | 4 | none | company startup public_body |
t AI feasibility check for small and medium-sized companies
s In a short project we examine whether your data and your problem are suitable for an AI solution.
d Many companies have ideas for AI but no data scientists. In a feasibility check of six to eight weeks we analyse your data, build a simple prototype and estimate the effort for a production solution. The check is partly funded for SMEs. Typical topics are quality prediction, document processing, demand forecasting and maintenance.
k artificial intelligence; feasibility study; SME; prototype; machine learning
> offer | research_cooperation | concept | 3 | none | company public_body |
t Language models for searching and summarising technical documents
s We develop assistants that find answers in manuals, standards and service reports, running on your own servers.
d Service technicians and engineers spend hours searching manuals, regulations and old reports. We develop language model assistants that work with your documents, cite their sources and run locally to protect confidential information. We are looking for companies with large document collections for a joint project.
k language model; document search; service knowledge; on-premise AI

@ research_institute | de | Bochum | small | 2008 | education public_services |
N Institut für Arbeitsgestaltung und Fachkräftesicherung Ruhr e.V.
D Das Institut untersucht, wie Unternehmen im Ruhrgebiet Fachkräfte gewinnen, halten und weiterbilden können. Ein Team aus Arbeitswissenschaft, Psychologie und Soziologie begleitet Betriebe bei Arbeitszeitmodellen, altersgerechter Arbeitsgestaltung und der Einführung neuer Technik. Unsere Studien verbinden wissenschaftliche Methoden mit praktischen Empfehlungen für den Mittelstand.
C Arbeitsgestaltung; Fachkräftesicherung; Organisationsentwicklung; Begleitforschung
T Arbeitszeitmodelle; Kompetenzmanagement; Technikakzeptanz
M Mittelstand; Pflege; Handwerk
> offer | research_cooperation | pilot | - | none | company public_body |
t Begleitforschung bei der Einführung neuer Technik im Betrieb
s Wir untersuchen, wie Beschäftigte neue Technik annehmen, und helfen, Einführungen erfolgreich zu gestalten.
d Ob Roboter, Assistenzsysteme oder neue Software: Technik scheitert oft an fehlender Akzeptanz. Wir begleiten Einführungen mit Befragungen, Beobachtungen und Workshops, beteiligen die Beschäftigten und geben Empfehlungen zur Arbeitsorganisation. Für Pilotprojekte mit Förderung übernehmen wir gern die Evaluation.
k Technikakzeptanz; Begleitforschung; Arbeitsgestaltung; Evaluation
> request | research_cooperation | concept | - | none | company | draft
t Betriebe für Studie zu Vier-Tage-Woche in der Produktion gesucht
s Für eine zweijährige Studie suchen wir Produktionsbetriebe, die neue Arbeitszeitmodelle erproben möchten.
d Viele Beschäftigte wünschen sich kürzere Wochenarbeitszeiten, in Schichtbetrieben scheint das aber schwierig. Wir suchen zehn Betriebe, die mit uns Modelle wie die Vier-Tage-Woche entwickeln, erproben und auswerten. Die Teilnahme ist kostenfrei, die Ergebnisse werden anonymisiert veröffentlicht.
k Arbeitszeit; Vier-Tage-Woche; Schichtarbeit; Studie

@ research_institute | en | Remscheid | small | 2005 | materials mobility manufacturing |
N Centre for Lightweight Structures Bergisches Land
D The centre develops lightweight components from fibre-reinforced plastics, metal hybrids and recycled materials for vehicles, machines and sports equipment. Its 24 engineers design, simulate, build and test prototypes in a workshop equipped with presses, winding machines and test rigs. Many clients are small suppliers from the Bergisches Land who want to enter new markets with lighter products.
C Lightweight design; fibre composites; metal-plastic hybrids; prototype testing
T fibre-reinforced plastic; hybrid structure; thermoplastic composite; recycled carbon fibre
M automotive suppliers; machine builders; sports equipment
> offer | research_cooperation | prototype | 5 | none | company startup |
t Lightweight redesign of metal components with composites
s We redesign heavy metal parts as lighter hybrid or composite components and build prototypes for testing.
d Starting from your existing part, we analyse loads, propose lightweight concepts with thermoplastic composites or metal hybrids and estimate weight, cost and carbon savings. Prototypes are built in our workshop and tested on our rigs. Projects can be funded through innovation programmes for SMEs.
k lightweight design; composites; hybrid; prototype; weight reduction
> offer | technology | prototype | 5 | applied | company |
t Recycled carbon fibre fleeces for structural parts
s Our process turns carbon fibre production waste into fleeces suitable for pressed structural parts.
d Carbon fibre offcuts are expensive waste. We have developed a process that aligns recycled fibres into fleeces with good mechanical properties. Parts pressed from these fleeces reach about 80 percent of virgin material performance at a much lower cost and footprint. We seek manufacturers for licensing or joint development.
k recycled carbon fibre; fleece; lightweight; licensing

@ research_institute | en | Mülheim an der Ruhr | medium | 2002 | mobility energy manufacturing |
N Institute for Electric Drive Systems Ruhr
D The institute researches and tests electric motors, power electronics and complete drive trains for vehicles, industrial machines and aviation. Our test benches range from small servo motors to 600 kW truck drives, including climate chambers and acoustic measurement. Fifty engineers support manufacturers with development, validation and efficiency optimisation.
C Electric motor design; power electronics; drive train testing; acoustic measurement
T electric motor; inverter; drive train test bench; NVH
M vehicle manufacturers; machine builders; aviation suppliers
> offer | facility | market | - | none | company startup |
t Test benches for electric drive trains up to 600 kW
s Measure efficiency, thermal behaviour and noise of motors, inverters and complete drives under realistic cycles.
d Our benches run driving cycles, load profiles and endurance tests with climate control from minus 40 to plus 120 °C. An acoustic chamber allows noise and vibration analysis. Start-ups and suppliers use the facility to validate prototypes before customer approval. We also offer consulting on motor design and inverter control.
k electric drive; test bench; inverter; efficiency; NVH

@ research_institute | de | Duisburg | small | 1997 | water environment chemistry |
N Institut für Umweltanalytik und Spurenstoffe e.V.
D Das Institut untersucht Spurenstoffe in Gewässern, Abwasser, Böden und Luft: Arzneimittelrückstände, Mikroplastik, PFAS und Industriechemikalien. Zwanzig Mitarbeitende entwickeln Analysemethoden und bewerten Verfahren zur Entfernung dieser Stoffe. Unsere Auftraggeber sind Wasserverbände, Kommunen, Behörden und Industrieunternehmen, die Einleitungen überwachen oder reduzieren müssen.
C Spurenstoffanalytik; Mikroplastikanalytik; Bewertung von Reinigungsverfahren; Umweltmonitoring
T PFAS; Mikroplastik; Spurenstoffanalytik; Massenspektrometrie
M Wasserverbände; Industrie; Behörden
> offer | facility | market | - | none | company public_body startup |
t Analytik von PFAS und Mikroplastik in Wasser und Abwasser
s Wir bestimmen PFAS, Mikroplastik und Arzneimittelrückstände mit validierten Methoden und bewerten die Ergebnisse.
d Unsere Labore analysieren Proben aus Abwasser, Oberflächengewässern, Grundwasser und Prozesswasser auf über 60 PFAS-Verbindungen, Mikroplastik und Arzneimittel. Wir beraten bei Probenahmeplänen und bewerten, ob Grenzwerte eingehalten werden. Für Entwickler neuer Reinigungsverfahren messen wir Eliminationsraten unabhängig.
k PFAS; Mikroplastik; Spurenstoffe; Analytik; Abwasser
> request | research_cooperation | concept | 3 | none | startup company |
t Partner für Verfahren zur Entfernung von PFAS aus Industrieabwasser
s Wir suchen Technologieentwickler, mit denen wir neue PFAS-Entfernungsverfahren unabhängig vergleichen und verbessern.
d PFAS lassen sich mit herkömmlicher Abwasserreinigung kaum entfernen. Für ein Forschungsprojekt suchen wir Start-ups und Unternehmen mit Verfahren wie Adsorption, Membranen, Plasma oder Elektrochemie, die ihre Technik an realen Industrieabwässern testen möchten. Wir übernehmen Analytik und Bewertung.
k PFAS; Abwasserbehandlung; Forschungsprojekt; Verfahrensvergleich

@ research_institute | en | Mönchengladbach | small | 2013 | textiles medtech materials |
N Institute for Smart Textiles Lower Rhine
D The institute integrates sensors, conductors and electronics into textiles. Our 18 researchers develop knitted pressure sensors, heated fabrics, textile electrodes for health monitoring and washable connections between fabric and electronics. We have knitting, embroidery and lamination equipment as well as a test lab for washing and durability. Partners include textile companies, medical device makers and workwear producers.
C Textile sensors; conductive yarns; embroidered electronics; wash durability testing
T smart textile; textile electrode; conductive yarn; e-textile
M workwear; medical devices; automotive interiors
> offer | research_cooperation | prototype | 4 | applied | company startup |
t Textile electrodes for long-term ECG and muscle monitoring
s Washable knitted electrodes that record heart and muscle signals comfortably over days.
d Gel electrodes irritate the skin during long-term monitoring. Our knitted silver-coated electrodes can be integrated into shirts, bands or bed sheets and survive more than 50 washes. We are looking for medical device companies and start-ups to develop products for rehabilitation, sports or home care, through licensing or joint development.
k textile electrode; ECG; wearable; smart textile; licensing
> offer | facility | market | - | none | company startup creative |
t Prototyping lab for e-textiles and smart workwear
s Use our knitting, embroidery and wash-test equipment to build and test smart textile prototypes.
d Designers, start-ups and textile companies can book our lab with technical support to integrate conductors, sensors and lighting into garments. We test wash resistance, bending and abrasion and advise on suitable connection technology. Typical projects range from smart workwear to interactive fashion.
k e-textiles; prototyping; smart workwear; wash test

@ research_institute | en | Marl | small | 2016 | biotech chemistry environment |
N Institute for Industrial Biotechnology Emscher-Lippe
D The institute develops fermentation processes that turn industrial gases, sugars and residues into chemicals, proteins and materials. Our pilot plant has fermenters up to 1,000 litres and downstream processing equipment. The team of 28 biotechnologists and engineers works with chemical companies, start-ups and food producers. Carbon capture through gas fermentation is one of our main topics.
C Fermentation development; gas fermentation; downstream processing; pilot-scale production
T gas fermentation; bioprocess; downstream processing; CO2 utilisation
M chemical industry; food ingredients; biotech start-ups
> offer | facility | market | - | none | startup company |
t Pilot fermentation up to 1,000 litres for biotech start-ups
s Scale your microbial process from the lab to pilot scale and produce samples for customers.
d Our pilot plant offers fermenters from 10 to 1,000 litres, including gas fermentation, plus centrifugation, filtration and drying. Start-ups can book campaigns with our staff, transfer their process and produce kilogram quantities for application tests. We also support techno-economic assessment and scale-up planning.
k fermentation; pilot plant; scale-up; biotech start-up
> request | research_cooperation | concept | 3 | none | company |
t Industrial partners with CO2-rich off-gases for gas fermentation
s We seek plants with concentrated CO2 or CO streams to test fermentation of off-gases into chemicals.
d Gas fermentation can convert carbon monoxide and carbon dioxide into alcohols, acids or proteins. For a demonstration project we are looking for industrial sites, such as steel, lime or chemical plants, that provide a gas stream and space for a containerised fermenter. Funding for the project is being prepared.
k CO2 utilisation; gas fermentation; off-gas; demonstration

@ research_institute | de | Wuppertal | small | 2011 | chemistry circular_economy manufacturing |
N Institut für Kunststoffverarbeitung und Rezyklate Bergisch e.V.
D Das Institut unterstützt kunststoffverarbeitende Betriebe beim Einsatz von Rezyklaten. In unserem Technikum stehen Spritzgießmaschinen, Extruder und Prüfgeräte, mit denen wir Rezyklate charakterisieren, Rezepturen anpassen und Bauteile prüfen. Wir beraten Unternehmen, wie sie trotz schwankender Rezyklatqualität stabile Prozesse erreichen. Fünfzehn Mitarbeitende arbeiten für den Mittelstand im Bergischen Land und darüber hinaus.
C Rezyklatcharakterisierung; Spritzgießen; Compoundierung; Bauteilprüfung
T Rezyklat; Spritzguss; Compoundierung; Schmelzindex
M Kunststoffverarbeiter; Automobilzulieferer; Haushaltsgeräte
> offer | research_cooperation | prototype | 6 | none | company |
t Einsatz von Rezyklaten im Spritzguss ohne Qualitätsverlust
s Wir prüfen Ihre Rezyklate, passen Rezepturen an und stabilisieren Ihren Spritzgießprozess.
d Schwankende Eigenschaften von Rezyklaten führen zu Ausschuss und Reklamationen. Wir charakterisieren Material aus verschiedenen Chargen, entwickeln Compounds mit Additiven und testen die Verarbeitung an Ihren Bauteilen. Ergebnis sind Einkaufsspezifikationen und Prozessfenster, mit denen die Produktion stabil läuft.
k Rezyklat; Spritzguss; Compoundierung; Prozessstabilität

# ---------------------------------------------------------------- public bodies and intermediaries
@ public_body | en | Mettmann | medium | 1994 | public_services |
N Neandertal Business Development Agency
D The agency promotes the ten towns of the Kreis Mettmann between Düsseldorf, the Ruhr and the Bergisches Land as a business location. We help companies find sites and premises, connect them with local partners, universities and authorities, and support international firms setting up in Germany. Our team of 22 also coordinates networks for industry, logistics and health.
C Site search; investor services; business networks; permits coordination
T site search; investor services; business network
M international investors; SMEs; start-ups
> offer | business | market | - | none | company startup | pt=services
t Soft landing for international companies in the Düsseldorf region
s We help foreign companies find premises, partners and staff and guide them through German administration.
d Companies from abroad receive a personal contact who organises site visits, introduces local service providers, banks and recruiters and accompanies registration and permits. We offer temporary desks in a business centre for the first months. The service is free of charge and confidential.
k international investors; soft landing; site search; business development
> request | business | market | - | none | company |
t Companies for a new business park for light manufacturing
s We are looking for manufacturing and logistics companies interested in plots in a new business park in Velbert.
d A new business park with 14 hectares will be available from 2027, with good motorway access and a local heat network. We are looking for companies from light manufacturing, technology and logistics who would like to expand or relocate. Early applicants can influence plot sizes and shared facilities.
k business park; relocation; manufacturing; site

@ public_body | de | Solingen | medium | 1998 | public_services |
N Standortagentur Wupper-Rhein mbH
D Die Standortagentur unterstützt Unternehmen und Gründungen in Solingen, Remscheid und Wuppertal. Wir vermitteln Gewerbeflächen, beraten zu Förderprogrammen, begleiten Nachfolgeregelungen und bringen Mittelständler mit Hochschulen und Kreativen zusammen. Die traditionsreiche Metall- und Werkzeugindustrie der Region steht vor dem Strukturwandel, den wir aktiv mitgestalten wollen.
C Gründungsberatung; Fördermittelberatung; Flächenvermittlung; Unternehmensnachfolge
T Strukturwandel; Gründung; Förderprogramme
M Mittelstand; Gründende; Industrie
> offer | business | market | - | none | company startup | pt=services
t Nachfolgebörse für Betriebe der Metall- und Werkzeugindustrie
s Wir bringen Inhaber ohne Nachfolger mit Übernahmeinteressierten zusammen und begleiten den Prozess.
d Viele Familienbetriebe im Bergischen Land finden keine Nachfolge. Unsere Nachfolgebörse vermittelt vertraulich zwischen Inhabern und Kaufinteressierten, etwa Führungskräften, Gründerteams oder Unternehmen aus der Region. Wir beraten zu Bewertung, Finanzierung und Fördermitteln und vermitteln spezialisierte Berater.
k Unternehmensnachfolge; Metallindustrie; Übernahme; Mittelstand
> request | cross_innovation | concept | - | none | creative startup |
t Kreative für Zukunftsbilder der Bergischen Industrie gesucht
s Für eine Standortkampagne suchen wir Designer, Filmschaffende und Fotografinnen, die moderne Industriearbeit zeigen.
d Die Bergische Industrie hat ein verstaubtes Image, obwohl sie hochmoderne Produkte herstellt. Für eine Kampagne zur Nachwuchsgewinnung suchen wir Kreative, die Betriebe besuchen und Geschichten in Bild, Film und Text erzählen. Die Ergebnisse werden in sozialen Medien, an Schulen und auf Messen eingesetzt.
k Standortmarketing; Kampagne; Industriekultur; Nachwuchsgewinnung

@ intermediary | de | Wuppertal | micro | 2014 | design culture_arts media |
N Transferagentur Kreativwirtschaft Bergisch
D Die Transferagentur bringt Kreativschaffende mit Unternehmen aus Industrie und Handwerk zusammen. Designerinnen, Games-Entwickler, Architektinnen und Filmemacher finden neue Auftraggeber, Mittelständler neue Perspektiven auf Produkte, Marken und Arbeitswelten. Wir organisieren Cross-Innovation-Workshops, beraten zu Förderprogrammen und kuratieren ein Verzeichnis von rund 300 Kreativen.
C Cross-Innovation; Workshopformate; Vermittlung von Kreativen; Förderberatung
T Cross-Innovation; Design Thinking; Kreativwirtschaft
M Mittelstand; Kreativschaffende; Handwerk
> offer | cross_innovation | market | - | none | company creative | pt=services
t Cross-Innovation-Workshop: Kreative lösen Ihre Unternehmensfrage
s In einem eintägigen Workshop entwickeln ausgewählte Kreative mit Ihrem Team neue Ideen für eine konkrete Herausforderung.
d Sie bringen eine Frage mit, etwa zur Nachwuchsgewinnung, zu einem neuen Produkt oder zur Kundenansprache. Wir stellen ein Team aus drei bis fünf Kreativen unterschiedlicher Disziplinen zusammen und moderieren den Workshop. Im Anschluss vermitteln wir bei Bedarf eine weitere Zusammenarbeit. Für kleine Unternehmen ist das Format gefördert.
k Cross-Innovation; Workshop; Kreativwirtschaft; Ideenfindung

@ intermediary | de | Duisburg | small | 2017 | ict logistics |
N Gründungswerft Duisburg
D Die Gründungswerft ist ein Inkubator für technologieorientierte Start-ups mit Schwerpunkt Logistik, Industrie und Energie. Gründungsteams erhalten Arbeitsplätze in einem umgebauten Speichergebäude im Innenhafen, Coaching, Zugang zu Werkstätten und Kontakte zu etablierten Unternehmen. Seit 2017 haben rund 90 Start-ups unser Programm durchlaufen.
C Inkubation; Gründungscoaching; Investorenkontakte; Corporate-Start-up-Kooperationen
T Inkubator; Logistik; Industrie
M Start-ups; Logistikunternehmen; Industrie
> offer | business | market | - | none | startup | pt=services
t Inkubatorprogramm für Start-ups aus Logistik, Industrie und Energie
s Sechs Monate Arbeitsplatz, Coaching und Kontakte zu Pilotkunden für junge Technologieunternehmen.
d Zweimal im Jahr nehmen wir bis zu zwölf Teams auf. Sie erhalten kostenfreie Arbeitsplätze, Werkstattzugang, wöchentliches Coaching und einen Demo-Day mit Investoren. Unsere Partnerunternehmen aus Hafen, Logistik und Industrie stellen echte Aufgaben und Testmöglichkeiten bereit. Bewerben können sich Teams aus ganz Nordrhein-Westfalen.
k Inkubator; Start-up-Förderung; Logistik; Pilotkunden
> request | business | market | - | none | company |
t Unternehmen als Partner für Start-up-Pilotprojekte gesucht
s Wir suchen Unternehmen, die Start-ups aus unserem Programm Aufgaben stellen und Pilotprojekte ermöglichen.
d Start-ups brauchen frühe Referenzkunden. Wir suchen Logistikdienstleister, Industriebetriebe und Energieversorger, die eine konkrete Herausforderung einbringen und mit passenden Teams einen Pilot über drei bis sechs Monate durchführen. Der Aufwand bleibt überschaubar, die Auswahl der Teams erfolgt gemeinsam.
k Pilotprojekt; Corporate-Start-up-Kooperation; Logistik; Industrie

@ intermediary | en | Essen | micro | 2020 | medtech health |
N MedTech Bridge Ruhr
D MedTech Bridge Ruhr supports medical technology start-ups and SMEs on their way from prototype to approved product. Our coaches are former regulatory managers, clinicians and investors who know the pitfalls of medical device regulation. We run a six-month accelerator, connect companies with hospitals for clinical testing and help them find investors who understand the sector.
C Regulatory coaching; clinical network; investor matching; accelerator programme
T medical device regulation; clinical evaluation; quality management
M medtech start-ups; hospitals; investors
> offer | business | market | - | none | startup company | pt=services
t Regulatory coaching for medtech start-ups
s Our experts guide you through classification, quality management and clinical evaluation of your medical device.
d Many medtech start-ups underestimate the regulatory effort. In our programme, experienced coaches help you define your regulatory strategy, set up a lean quality management system and plan clinical evaluation. Participants also meet hospitals from our network for usability tests and studies.
k medical device regulation; coaching; start-up; quality management; clinical evaluation

@ intermediary | en | Moers | micro | 2021 | circular_economy environment |
N Circular Economy Hub Lower Rhine
D The hub connects companies on the Lower Rhine that want to close material loops. We map regional waste and by-product streams, organise matchmaking between companies that produce residues and those that can use them, and support pilot projects. Members include manufacturers, recyclers, municipal waste companies and research institutes. The team of four is based in Moers.
C Material flow mapping; by-product matchmaking; circular business models; project development
T material flow analysis; industrial symbiosis; by-product exchange
M manufacturers; recyclers; municipalities
> offer | business | market | - | none | company startup public_body | pt=services
t By-product exchange: find users for your residues
s We match companies that produce residues with companies that can use them as raw materials.
d Members describe their residual materials and by-products, from plastic offcuts to waste heat. We analyse them, search for users in the region and arrange meetings. Successful matches range from wood chips used in a biomass plant to textile offcuts turned into insulation. Participation is free for SMEs.
k industrial symbiosis; by-products; matchmaking; circular economy

@ intermediary | en | Düsseldorf | micro | 2013 | fintech_insurance |
N Angel Club Rhine-Ruhr e.V.
D Angel Club Rhine-Ruhr is a network of about 80 private investors, many of them entrepreneurs and managers from the region. Our members invest between 25,000 and 500,000 euros in early-stage start-ups and share their experience as mentors. We focus on industrial technology, health, energy and software. Start-ups present at our monthly pitch evenings after a short screening.
C Early-stage investment; mentoring; deal screening; co-investment
T angel investment; seed funding; syndication
M start-ups; private investors; family offices
> offer | investment | market | - | none | startup | pt=financial
t Seed funding and mentoring from experienced entrepreneurs
s Our members invest in early-stage start-ups from the region and support founders with their experience.
d Start-ups with a working prototype and first customer feedback can apply for our monthly pitch evening. After a screening call, selected teams present to about 30 investors. Investments are usually made by syndicates of several members, often alongside public seed funds. Beyond money, founders gain mentors with industry networks.
k seed funding; business angels; start-up; mentoring

@ intermediary | de | Hagen | small | 2002 | manufacturing ict |
N Technologietransfer Mittelstand Ruhr-Süd
D Die Transferstelle unterstützt kleine und mittlere Unternehmen im südlichen Ruhrgebiet und im Ennepe-Ruhr-Kreis bei Innovationsvorhaben. Wir vermitteln passende Ansprechpartner an Hochschulen und Instituten, beraten zu Innovationsförderung und helfen bei Anträgen. Jährlich begleiten wir rund 150 Projekte, vom ersten Gespräch bis zum abgeschlossenen Förderprojekt.
C Innovationsberatung; Vermittlung von Forschungspartnern; Förderantragsberatung; Patentrecherche
T Technologietransfer; Innovationsförderung; Patentrecherche
M Mittelstand; Hochschulen; Handwerk
> offer | business | market | - | none | company startup | pt=services
t Forschungspartner finden und Innovationsförderung beantragen
s Wir vermitteln Ihnen die passende Hochschule oder das passende Institut und helfen beim Förderantrag.
d Sie schildern uns Ihre technische Fragestellung, wir suchen geeignete Forschungspartner in der Region und organisieren ein erstes Gespräch. Anschließend beraten wir zu Förderprogrammen und unterstützen bei der Antragstellung. Unsere Leistungen sind für Unternehmen kostenfrei.
k Technologietransfer; Forschungspartner; Innovationsförderung; Mittelstand
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- creative industries
@ creative | de | Gelsenkirchen | small | 2009 | media culture_arts |
N Kohlenpott Filmproduktion GmbH
D Kohlenpott Film produziert Imagefilme, Dokumentationen und Recruitingvideos für Unternehmen, Stiftungen und Kommunen. Unser Team aus zehn Regisseurinnen, Kameraleuten und Editoren kennt die Region und erzählt Geschichten von Arbeit und Wandel ohne Hochglanzkitsch. Wir drehen in Werkshallen, auf Baustellen und in Laboren und sorgen dafür, dass echte Menschen vor der Kamera überzeugen.
C Imagefilm; Dokumentarfilm; Recruitingvideos; Drohnenaufnahmen
T Filmproduktion; Postproduktion; Drohnenkamera
M Industrie; Stiftungen; Kommunen
> offer | cross_innovation | market | - | none | company public_body |
t Recruitingfilme, die Industriearbeit ehrlich und modern zeigen
s Wir produzieren kurze Filme, in denen Ihre Beschäftigten zeigen, was an ihrer Arbeit spannend ist.
d Statt gestellter Szenen begleiten wir Auszubildende und Fachkräfte einen Tag lang bei der Arbeit. Daraus entstehen kurze Filme für soziale Medien, Karriereseiten und Messen. Wir beraten auch zur Verbreitung und liefern Formate für verschiedene Kanäle. Ein Projekt dauert vom Erstgespräch bis zur Veröffentlichung etwa sechs Wochen.
k Recruitingfilm; Nachwuchsgewinnung; soziale Medien; Imagefilm

@ creative | en | Essen | small | 2015 | media design |
N Wild Carrot Communications
D Wild Carrot is a content marketing agency for technology companies. Our writers, designers and video producers translate complex products into stories that buyers, engineers and investors understand. We work in English and German for start-ups, research institutes and industrial SMEs, from website copy to trade-fair campaigns and technical white papers.
C B2B content marketing; technical writing; campaign design; video explainers
T content marketing; technical copywriting; campaign design
M technology start-ups; research institutes; industrial SMEs
> offer | cross_innovation | market | - | none | startup company research_institute |
t Content that makes complex technology understandable
s We write and design websites, white papers and campaigns that explain your technology to buyers and investors.
d Engineers often describe what a product does, not why it matters. We interview your team and customers, identify the core benefits and produce content for your website, trade fairs and sales. Start-ups use our two-week messaging sprint before fundraising or market launch. All content is available in English and German.
k content marketing; technical writing; B2B; messaging
> request | business | market | - | none | company startup |
t Technology clients in hydrogen and circular economy
s We are expanding our portfolio and look for companies in hydrogen, energy and recycling that need communication support.
d After several projects in energy and recycling, we want to deepen our expertise in these sectors. We are looking for start-ups and SMEs planning a market launch, a rebranding or a funding round, and offer an introductory workshop at a reduced rate.
k communication; hydrogen; circular economy; marketing

@ creative | de | Bochum | small | 1994 | culture_arts education |
N Freies Theater Ruhr-Ost
D Das Freie Theater Ruhr-Ost spielt in einer ehemaligen Lohnhalle und entwickelt Stücke über Arbeit, Herkunft und Zusammenleben im Ruhrgebiet. Zum Ensemble gehören acht Schauspielerinnen und Schauspieler sowie Theaterpädagogen. Neben Vorstellungen bieten wir Workshops für Schulen und Unternehmen an, etwa zu Kommunikation, Konfliktlösung und Auftreten.
C Theaterproduktion; Theaterpädagogik; Kommunikationstraining; Stückentwicklung mit Laien
T Improvisation; Rollenspiel; Theaterpädagogik
M Schulen; Unternehmen; Kulturpublikum
> request | cross_innovation | concept | - | none | company | draft
t Unternehmen für ein Theaterprojekt über Arbeit im Wandel gesucht
s Wir möchten mit Beschäftigten eines Unternehmens ein Theaterstück über ihre Arbeitswelt entwickeln.
d Für unsere nächste Produktion suchen wir ein Unternehmen, dessen Beschäftigte uns von ihrer Arbeit erzählen und teilweise selbst mitspielen. Das Stück wird im Theater und im Betrieb aufgeführt. Unternehmen erhalten einen ungewöhnlichen Blick auf die eigene Kultur und stärken den Zusammenhalt. Das Projekt wird über ein Kulturförderprogramm finanziert.
k Theater; Unternehmenskultur; Beteiligung; Kulturförderung
> offer | cross_innovation | market | - | none | company public_body |
t Kommunikationstraining mit Methoden des Theaters
s Führungskräfte und Teams üben schwierige Gespräche in realistischen Szenen mit professionellen Schauspielern.
d In unseren Trainings spielen Schauspielerinnen typische Situationen aus Ihrem Arbeitsalltag nach, etwa Kritikgespräche, Kundenbeschwerden oder Konflikte im Team. Die Teilnehmenden probieren Verhaltensweisen aus und erhalten direkte Rückmeldung. Trainings finden bei uns im Theater oder in Ihrem Betrieb statt.
k Kommunikationstraining; Führung; Rollenspiel; Teamentwicklung

@ creative | en | Herne | micro | 2016 | media design mobility |
N Klangzeche Sound Studio
D Klangzeche is a sound design studio located in a former colliery building in Herne. Four sound designers and composers create sounds for products, vehicles, apps, games and exhibitions. We design warning sounds for electric vehicles, user interface sounds for medical and household devices and soundscapes for museums. Our acoustic lab allows precise measurements and listening tests.
C Product sound design; acoustic vehicle alerting sounds; UI sound; listening tests
T sound design; psychoacoustics; acoustic vehicle alerting system
M vehicle manufacturers; device makers; museums
> offer | cross_innovation | market | - | none | company startup |
t Sound design for electric vehicles and machines
s We design warning and feedback sounds that are safe, pleasant and recognisable for your brand.
d Electric vehicles, robots and machines need sounds that warn pedestrians or inform operators without annoying them. We combine psychoacoustic knowledge with composition, test sounds with listeners and deliver files and specifications for integration. Recent projects include an electric sweeper, an autonomous transport robot and a medical infusion pump.
k sound design; electric vehicle; warning sound; user experience

@ creative | en | Düsseldorf | micro | 2018 | design ai_data media |
N Datavista Studio
D Datavista is a small studio for data visualisation and information design. We turn sensor data, research results and business figures into dashboards, interactive graphics and reports that people actually read. Our clients include utilities, research institutes, newsrooms and manufacturers. The team of five combines design, statistics and front-end development.
C Data visualisation; dashboard design; information design; interactive graphics
T data visualisation; dashboard; D3; information design
M research institutes; utilities; manufacturing
> offer | cross_innovation | market | - | none | company research_institute public_body |
t Dashboards and data graphics that people understand
s We design dashboards and interactive graphics that turn complex data into clear decisions.
d Many dashboards show everything and explain nothing. We start with the questions your users need to answer, design clear views and build interactive prototypes with real data. Results range from shop-floor displays to public climate dashboards. We also train teams in good chart design.
k data visualisation; dashboard; information design; reporting

@ creative | de | Wuppertal | micro | 2013 | media education design |
N Erklärwerkstatt Wuppertal
D Die Erklärwerkstatt produziert Animationsfilme, die komplizierte Technik, Verfahren und Dienstleistungen in zwei Minuten verständlich machen. Unser Team aus Illustratorinnen, Animatoren und einer Wissenschaftsjournalistin arbeitet für Maschinenbauer, Forschungsprojekte und Verwaltungen. Wir legen Wert auf fachliche Genauigkeit und eine Bildsprache, die hängen bleibt.
C Erklärfilme; Illustration; 2D-Animation; Wissenschaftskommunikation
T Animation; Illustration; Storyboard
M Maschinenbau; Forschungsprojekte; Verwaltung
> offer | cross_innovation | market | - | none | company research_institute public_body |
t Erklärfilme für erklärungsbedürftige Technik
s Wir machen komplexe Produkte und Forschungsergebnisse in kurzen Animationsfilmen verständlich.
d Gemeinsam mit Ihren Fachleuten entwickeln wir ein Drehbuch, gestalten Illustrationen und animieren einen Film von ein bis drei Minuten. Die Filme eignen sich für Messen, Vertrieb, Förderprojekte und Schulungen. Auf Wunsch liefern wir Sprachversionen und Untertitel. Forschungsprojekte erhalten Sonderkonditionen.
k Erklärfilm; Animation; Wissenschaftskommunikation; Technik

@ creative | en | Hamm | small | 2006 | construction design culture_arts |
N Hallenwerk Architects
D Hallenwerk is an architecture office of 15 people specialising in the conversion of industrial buildings. We turn former factories, colliery buildings and warehouses into offices, schools, studios and housing while keeping their character. Our projects show that reusing existing structures saves carbon, money and identity. We advise owners and municipalities from the first feasibility study to completion.
C Adaptive reuse of industrial buildings; heritage conservation; feasibility studies; interior design
T adaptive reuse; building conversion; heritage conservation
M municipalities; property developers; creative businesses
> offer | cross_innovation | market | - | none | public_body company |
t Feasibility studies for converting vacant industrial halls
s We show owners and cities how a vacant factory or warehouse can get a new use, with costs and options.
d A feasibility study takes about eight weeks. We assess structure, building services and heritage status, develop two or three use scenarios and estimate costs and timelines. The study serves as a basis for investment decisions, funding applications or marketing to users. We have converted more than 30 industrial buildings in the region.
k adaptive reuse; industrial building; conversion; feasibility study
> request | business | concept | - | none | company startup |
t Suppliers of reclaimed building components for a school conversion
s For a school in a former machine hall we need reclaimed doors, sanitary fittings and flooring.
d We are converting a former machine hall into a vocational school and want to use as many reclaimed components as possible. We are looking for deconstruction companies, component marketplaces and dealers who can supply doors, washbasins, partition walls and wooden flooring in 2027, with documentation for approval.
k reclaimed components; school; conversion; reuse

@ creative | en | Oberhausen | small | 2011 | design culture_arts education |
N Exhibit Foundry
D Exhibit Foundry designs and builds exhibitions, visitor centres and interactive installations. We work for museums, industrial heritage sites and companies that want to present their history, products or research to the public. Our team of 12 designers, media developers and carpenters combines storytelling, interaction design and solid construction in our workshop in Oberhausen.
C Exhibition design; interactive installations; visitor centre concepts; exhibit construction
T interactive installation; exhibition design; media station
M museums; companies; research institutes
> offer | cross_innovation | market | - | none | company public_body research_institute |
t Visitor centres and interactive exhibits for companies
s We design and build spaces where visitors experience your technology, history and products hands-on.
d Companies increasingly open their doors to schools, customers and neighbours. We develop exhibition concepts, interactive stations and media installations that make industrial processes tangible, from a hydrogen electrolyser model to a walk-through steel mill. We handle design, content, construction and maintenance.
k exhibition; visitor centre; interactive installation; science communication

@ creative | en | Düsseldorf | micro | 2020 | design media |
N Kernel & Type Studio
D Kernel & Type is a brand design studio for technology start-ups and research spin-offs. We create names, logos, visual identities and websites that make young companies look as credible as their technology. Our small team of four designers has worked with more than 60 start-ups, many of them in hardware, climate tech and health.
C Brand identity; naming; web design; pitch deck design
T brand design; visual identity; web design
M start-ups; research spin-offs; investors
> offer | cross_innovation | market | - | none | startup |
t Brand identity and pitch deck for technology start-ups
s A four-week package of name check, visual identity, website and pitch deck design for young tech companies.
d Start-ups often present excellent technology with improvised branding. Our fixed-price package includes a brand workshop, logo and visual identity, a one-page website and a designed pitch deck. Founders leave with material that works for investors, customers and recruiting. Spin-offs from research institutes receive a discount.
k brand identity; pitch deck; start-up; visual design

@ creative | en | Düsseldorf | small | 2016 | games_xr retail_ecommerce design |
N Mirrorpixel XR
D Mirrorpixel develops augmented reality experiences for retail and product marketing. Customers can place furniture in their living room, try glasses virtually or configure a machine in 3D at a trade fair. Our 14 developers and 3D artists work with brands, retailers and industrial companies. We integrate experiences into web shops without requiring an app.
C Augmented reality for commerce; 3D product configurators; web AR; 3D asset production
T web AR; 3D configurator; real-time 3D; 3D asset
M retailers; furniture brands; industrial sales
> offer | cross_innovation | market | 9 | none | company |
t 3D and AR product configurators for industrial sales
s Let customers configure and place your machines or products in 3D and augmented reality directly in the browser.
d Sales teams of machine builders struggle to show variants that exist only on paper. We build browser-based configurators from your CAD data that show options, dimensions and prices in real time and project the product into the customer's hall via augmented reality. Trade-fair versions run on large touch screens.
k product configurator; augmented reality; 3D; sales; trade fair

@ creative | de | Krefeld | micro | 2014 | design circular_economy food_agriculture |
N Faltwerk Verpackungsdesign
D Faltwerk ist ein Studio für Verpackungsdesign in Krefeld. Wir gestalten Verpackungen, die im Regal überzeugen und sich gut recyceln lassen: Monomaterialien, weniger Farbe, klare Trennhinweise. Zu unseren Kunden gehören Lebensmittelhersteller, Kosmetikmarken und Hersteller von Haushaltswaren. Das vierköpfige Team arbeitet eng mit Verpackungsherstellern und Recyclern zusammen.
C Verpackungsdesign; recyclinggerechte Gestaltung; Markenauftritt im Handel; Materialberatung
T Monomaterial; Verpackungsdesign; Recyclingfähigkeit
M Lebensmittel; Kosmetik; Haushaltswaren
> offer | cross_innovation | market | - | none | company |
t Recyclinggerechtes Verpackungsdesign für Markenartikel
s Wir gestalten Verpackungen neu, sodass sie recycelbar werden, ohne im Regal an Wirkung zu verlieren.
d Wir analysieren Ihre bestehende Verpackung auf Recyclingfähigkeit, schlagen Monomaterialien und einfachere Aufbauten vor und entwickeln ein Design, das Ihre Marke weiterhin stark zeigt. Druckfarben, Etiketten und Verschlüsse beziehen wir ein. Die Bewertung erfolgt gemeinsam mit Recyclingpartnern.
k Verpackungsdesign; Recyclingfähigkeit; Monomaterial; Marke

@ creative | en | Duisburg | micro | 2012 | culture_arts design tourism |
N Lumen Collective
D Lumen Collective is a group of light artists and lighting designers who transform industrial heritage sites, bridges and public spaces with light. Our installations have been shown at festivals in Germany and abroad and permanently illuminate several landmarks in the Ruhr area. We combine artistic concepts with energy-efficient LED technology and long-term maintenance.
C Light art; architectural lighting; festival installations; energy-efficient lighting design
T LED lighting; light art; projection mapping
M cities; industrial heritage sites; festivals
> offer | cross_innovation | market | - | none | public_body company |
t Permanent light art for landmarks and industrial heritage
s We design energy-efficient light installations that make bridges, towers and halls visible landmarks at night.
d From a single headframe to a whole bridge, we develop lighting concepts that respect nature conservation and energy budgets. We handle artistic design, technical planning, installation and maintenance. Our installations are controlled remotely and can change for events.
k light art; lighting design; landmark; industrial heritage
> request | technology | concept | - | none | company startup | paused
t Partners for solar-powered outdoor light installations
s We look for suppliers of solar and storage systems that can power remote light installations off-grid.
d Several of our planned installations are located on spoil tips and in parks without grid access. We are looking for companies offering compact solar and battery systems with remote monitoring that can be integrated discreetly into artworks and withstand vandalism.
k solar; off-grid; battery storage; outdoor lighting

@ creative | en | Krefeld | micro | 2021 | textiles design medtech |
N Stitchcircuit Studio
D Stitchcircuit is a fashion-technology studio that designs garments with integrated sensors, lights and heating. Our work ranges from visibility vests with light strips for cyclists to shirts that measure posture for physiotherapy. The three founders combine fashion design, electronics and textile engineering and produce small series with manufacturers on the Lower Rhine.
C Fashion-tech design; e-textile prototyping; wearable electronics; small-series production
T e-textile; wearable; conductive embroidery
M sports; workwear; health
> request | technology | prototype | 4 | none | research_institute company |
t Washable textile sensors for a posture-monitoring shirt
s We need a partner providing textile sensors and electrodes that survive regular washing.
d Our posture shirt prototype works, but the sensors fail after a few washes. We are looking for a research institute or supplier with washable textile sensors or electrodes and experience in connecting them to small electronics. We would like to run a joint development and test programme in 2027.
k textile sensor; washable; posture; wearable
> offer | cross_innovation | prototype | - | none | company |
t Design of smart workwear with light and heating
s We design workwear that increases visibility and comfort through integrated lighting and heating.
d For workwear suppliers and companies with outdoor staff, we develop garments with integrated light strips, heating zones or sensors. We handle design, prototyping and production with partners in the region and make sure the garments can be washed industrially.
k smart workwear; e-textile; visibility; heating

@ creative | de | Dortmund | micro | 2019 | media education |
N Hörwerk Revier
D Hörwerk Revier produziert Podcasts und Audioformate für Unternehmen, Hochschulen und Kulturinstitutionen. Von der Themenfindung über Interviews bis zu Schnitt und Veröffentlichung übernehmen wir alles aus einer Hand. Unser kleines Team hat Erfahrung aus dem Hörfunk und weiß, wie man Fachthemen so erzählt, dass man bis zum Ende zuhört.
C Podcastproduktion; Audiojournalismus; Interviewführung; Sounddesign
T Podcast; Audioproduktion; Tonstudio
M Unternehmen; Hochschulen; Kulturinstitutionen
> offer | cross_innovation | market | - | none | company research_institute university |
t Podcasts für Forschungsprojekte und Unternehmen
s Wir produzieren Podcast-Reihen, die Forschung und Technik verständlich und unterhaltsam erzählen.
d Ob Wissenschaftskommunikation für ein Förderprojekt, interne Kommunikation oder Arbeitgebermarke: Wir entwickeln ein Format, führen Interviews, produzieren und veröffentlichen die Folgen. Unser mobiles Studio kommt auch in Werkshallen und Labore. Eine Reihe mit sechs Folgen entsteht in etwa drei Monaten.
k Podcast; Wissenschaftskommunikation; Audio; Arbeitgebermarke

@ creative | de | Bottrop | micro | 2020 | games_xr tourism culture_arts |
N Zeitsprung VR
D Zeitsprung VR macht Geschichte erlebbar: Mit Virtual-Reality-Brillen reisen Besucherinnen und Besucher in die Zeit, als auf Zechen und in Hütten noch gearbeitet wurde. Wir rekonstruieren Orte auf Basis von Archivmaterial und Zeitzeugengesprächen. Unsere Touren laufen an Industriedenkmälern, in Museen und auf Stadtfesten. Das Team besteht aus Historikern, 3D-Künstlerinnen und Entwicklern.
C Virtuelle Rekonstruktion; historische Recherche; VR-Touren; Besucherführung
T virtuelle Realität; 3D-Rekonstruktion; Tourismus
M Museen; Industriedenkmäler; Tourismusverbände
> offer | cross_innovation | market | 8 | none | public_body company |
t Virtuelle Zeitreisen für Industriedenkmäler und Museen
s Wir entwickeln VR-Touren, in denen Besucher historische Arbeitsorte des Ruhrgebiets erleben.
d Auf Basis von Plänen, Fotos und Erinnerungen von Zeitzeugen rekonstruieren wir Orte, die es nicht mehr gibt, etwa eine Waschkaue im Jahr 1960 oder eine Kokerei im Betrieb. Die Touren laufen auf VR-Brillen vor Ort oder als Web-Version. Wir übernehmen Recherche, Produktion und Schulung des Personals.
k virtuelle Realität; Industriekultur; Museum; Tourismus
> request | business | market | - | none | company public_body |
t Tourismuspartner für VR-Touren an neuen Standorten
s Wir suchen Betreiber von Ausflugszielen und Hotels, die unsere VR-Touren in ihr Angebot aufnehmen.
d Unsere VR-Touren sollen künftig auch an Ausflugszielen, in Hotels und bei Stadtführungen angeboten werden. Gesucht werden Partner, die Räume und Personal stellen; wir liefern Technik, Inhalte und Schulung. Die Einnahmen werden geteilt.
k Tourismus; Kooperation; VR-Tour; Ausflugsziel

@ creative | en | Essen | micro | 2019 | design ict manufacturing |
N Fieldnotes UX Research
D Fieldnotes is a user research studio that works where software meets heavy industry. We observe and interview operators, technicians and logistics staff in their real working environment and translate our findings into requirements for software and machine builders. The team of four has backgrounds in psychology, ethnography and industrial engineering.
C Contextual inquiry; user interviews; usability testing; requirements engineering
T user research; usability testing; contextual inquiry
M industrial software vendors; machine builders; logistics
> offer | cross_innovation | market | - | none | company startup |
t User research on the shop floor for industrial software
s We observe how operators and technicians really work and tell you what your software must do for them.
d Industrial software often fails because it was designed in the office. We spend time in production halls, warehouses and control rooms, interview users and test prototypes under real conditions. Results are clear findings, user journeys and prioritised requirements. Typical studies take four to six weeks.
k user research; shop floor; usability; industrial software

@ creative | de | Bochum | micro | 2017 | media education design |
N Wissensbild Grafik
D Wissensbild gestaltet Infografiken, Poster und Illustrationen für Forschungsprojekte, Hochschulen und Museen. Wir übersetzen Messdaten, Prozesse und Modelle in Bilder, die Fachleute und Laien gleichermaßen verstehen. Die beiden Gründerinnen haben Biologie und Kommunikationsdesign studiert und arbeiten eng mit den Forschenden zusammen.
C Infografik; wissenschaftliche Illustration; Postergestaltung; Visualisierung von Prozessen
T Infografik; Illustration; Visualisierung
M Forschungsprojekte; Hochschulen; Museen
> offer | cross_innovation | market | - | none | research_institute university company |
t Infografiken und Illustrationen für Forschung und Technik
s Wir machen Forschungsergebnisse und technische Abläufe in klaren Grafiken sichtbar.
d Für Förderanträge, Abschlussberichte, Ausstellungen oder Webseiten gestalten wir Grafiken, die komplexe Zusammenhänge auf einen Blick erklären. Wir arbeiten uns schnell in Themen ein und stimmen jedes Detail fachlich ab. Ein einfaches Motiv ist in zwei Wochen fertig.
k Infografik; Wissenschaftskommunikation; Illustration; Forschung

@ creative | de | Haan | micro | 2015 | design construction circular_economy |
N Studio Holzlicht
D Studio Holzlicht ist eine Designwerkstatt, die Möbel und Innenausbauten aus Rückbauholz fertigt. Balken aus alten Scheunen, Dielen aus Schulen und Bohlen aus Industriehallen werden bei uns zu Tischen, Regalen und Empfangstresen. Das fünfköpfige Team verbindet Tischlerhandwerk mit Entwurf und arbeitet für Büros, Gastronomie und Privatkunden.
C Möbeldesign; Tischlerei; Innenausbau; Aufbereitung von Altholz
T Altholz; Möbelbau; Innenausbau
M Büros; Gastronomie; Privatkunden
> request | business | market | - | none | company startup |
t Rückbauholz aus Abbruchprojekten gesucht
s Wir suchen regelmäßig Balken, Dielen und Bohlen aus Rückbauprojekten im Rheinland und Ruhrgebiet.
d Für unsere Möbel benötigen wir Massivholz mit Geschichte: Dachbalken, Fußbodendielen, Treppenstufen. Wir suchen Rückbauunternehmen und Bauteilbörsen, die uns frühzeitig über geeignete Projekte informieren. Abholung und Transport übernehmen wir selbst, auch kurzfristig und in kleinen Mengen.
k Altholz; Rückbau; Möbel; Wiederverwendung
> offer | cross_innovation | market | - | none | company public_body |
t Innenausbau aus wiederverwendetem Holz für Büros und Empfangsbereiche
s Wir entwerfen und bauen Empfangstresen, Besprechungstische und Wandverkleidungen aus Rückbauholz.
d Unternehmen, die Nachhaltigkeit sichtbar machen möchten, erhalten bei uns Einzelstücke mit Geschichte. Auf Wunsch verarbeiten wir Holz aus Ihrem eigenen Altbau. Entwurf, Fertigung und Montage kommen aus einer Hand, auch für Filialen an mehreren Standorten.
k Innenausbau; Altholz; Büro; Nachhaltigkeit

@ creative | en | Mülheim an der Ruhr | small | 2008 | media education |
N Babel Localisation Studio
D Babel Localisation Studio translates and adapts training, safety and product content into more than 25 languages. Our project managers, translators and voice actors work with manufacturers, chemical parks and logistics companies whose staff come from many countries. Beyond translation, we produce voice-overs, subtitles and simplified language versions for e-learning, videos and VR trainings.
C Localisation of training content; voice-over production; easy-language adaptation; subtitling
T localisation; voice-over; subtitling; e-learning
M manufacturing; chemical parks; logistics
> offer | cross_innovation | market | - | none | company creative |
t Multilingual versions of safety trainings and e-learning
s We adapt your safety trainings, videos and VR scenarios for staff who speak little German.
d Many industrial workers understand safety instructions only partly. We translate and record training content in the languages of your workforce, simplify complex texts and test comprehension with native speakers. For VR and e-learning we deliver files ready for integration. Rush jobs for urgent instructions are possible within 48 hours.
k localisation; safety training; multilingual; voice-over; e-learning

@ creative | de | Duisburg | micro | 2010 | media culture_arts |
N Bildkontor Industriefotografie
D Bildkontor ist ein Fotostudio für Industrie- und Architekturfotografie. Wir fotografieren Produktionsanlagen, Maschinen, Baustellen und Menschen bei der Arbeit für Geschäftsberichte, Webseiten und Ausstellungen. Zwei Fotografen und eine Bildredakteurin arbeiten seit über fünfzehn Jahren für Unternehmen zwischen Rhein und Ruhr und kennen die Sicherheitsregeln großer Werke.
C Industriefotografie; Architekturfotografie; Bildredaktion; Reportagefotografie
T Fotografie; Bildbearbeitung; Luftbild
M Industrie; Architekturbüros; Verlage
> offer | cross_innovation | market | - | none | company public_body |
t Industriefotografie für Berichte, Webseiten und Recruiting
s Wir fotografieren Anlagen, Produkte und Menschen in Ihrem Betrieb so, dass Technik und Arbeit überzeugen.
d Ob Geschäftsbericht, Karriereseite oder Messe: Wir planen Fotoshootings gemeinsam mit Ihnen, berücksichtigen Sicherheitsvorgaben und Produktionsabläufe und liefern bearbeitete Bilder in wenigen Tagen. Auf Wunsch ergänzen wir Luftaufnahmen und Bildreportagen über längere Zeiträume.
k Industriefotografie; Bildreportage; Recruiting; Unternehmenskommunikation
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- further companies (including noise)
@ company | de | Essen | large | 1899 | fintech_insurance |
N Ruhrländische Versicherung AG
D Die Ruhrländische Versicherung ist ein regionaler Sach- und Haftpflichtversicherer mit rund 1.400 Beschäftigten und über 600.000 Kundinnen und Kunden. Wir versichern Privathaushalte, Gewerbe und Landwirtschaft vor allem in Nordrhein-Westfalen. Nach Unwettern müssen wir innerhalb weniger Tage tausende Schäden an Dächern und Gebäuden begutachten, was unsere Sachverständigen an ihre Grenzen bringt.
C Sachversicherung; Schadenregulierung; Risikobewertung; Gewerbeversicherung
T Schadenmanagement; Risikomodell; Dokumentenverarbeitung
M Privathaushalte; Gewerbe; Landwirtschaft
> request | technology | pilot | 7 | none | startup company |
t Drohnengestützte Schadensaufnahme an Dächern nach Unwettern
s Wir suchen Partner, die nach Sturm und Hagel Dachschäden per Drohne erfassen und automatisch bewerten.
d Nach schweren Unwettern gehen bei uns binnen Tagen mehrere tausend Schadenmeldungen ein. Wir möchten Dächer per Drohne befliegen lassen, Schäden automatisch erkennen und Schadenhöhen abschätzen, damit Sachverständige nur noch komplexe Fälle besichtigen. Gesucht werden Drohnendienstleister und Anbieter von Bildauswertung für einen Pilot in der nächsten Unwettersaison.
k Drohne; Schadensaufnahme; Dach; Unwetter; Bildauswertung
> request | technology | market | 8 | none | startup company |
t Automatische Auswertung von Schadenmeldungen und Rechnungen
s Gesucht wird eine Lösung, die eingehende Dokumente liest, Daten extrahiert und Schadenfälle vorsortiert.
d Täglich erreichen uns tausende E-Mails, Fotos, Kostenvoranschläge und Handwerkerrechnungen. Wir suchen eine KI-gestützte Lösung, die Dokumente klassifiziert, relevante Daten ausliest und einfache Fälle zur Dunkelverarbeitung vorbereitet. Datenschutz und Betrieb in Deutschland sind Voraussetzung.
k Dokumentenverarbeitung; künstliche Intelligenz; Schadenbearbeitung; Automatisierung

@ company | de | Oberhausen | small | 1958 | retail_ecommerce textiles | hidden
N Modehaus Overbeck GmbH
D Das Modehaus Overbeck ist ein inhabergeführtes Bekleidungsgeschäft in der Oberhausener Innenstadt mit 35 Beschäftigten. Wir führen Damen-, Herren- und Kindermode auf drei Etagen und legen Wert auf persönliche Beratung. Die Kundschaft wird älter, die Innenstadt leerer, und der Onlinehandel nimmt uns Umsatz ab. Wir wollen neue Wege finden, junge Menschen anzusprechen.
C Modeeinzelhandel; persönliche Beratung; Veranstaltungen im Geschäft; Stammkundenpflege
T Kassensystem; Onlineshop; soziale Medien
M Innenstadtkundschaft; Familien; Stammkunden
> request | cross_innovation | concept | - | none | creative startup |
t Kreative Ideen für ein lebendiges Modehaus in der Innenstadt
s Wir suchen Kreative oder Start-ups, die mit uns neue Formate gegen Leerstand und für junge Kundschaft entwickeln.
d Denkbar sind Pop-up-Flächen für junge Labels, Upcycling-Werkstätten, Veranstaltungen oder digitale Angebote, die Menschen wieder in die Innenstadt holen. Eine Etage unseres Hauses steht für Experimente zur Verfügung. Wir freuen uns über Ideen von Designerinnen, Kulturschaffenden und Gründerteams.
k Innenstadt; Einzelhandel; Pop-up; Leerstand; junge Zielgruppe

@ company | en | Haltern am See | small | 1974 | tourism food_agriculture |
N Seeblick Hotel Haltern GmbH
D Seeblick is a family-run hotel with 68 rooms, a restaurant and conference facilities on the shore of a lake in Haltern am See. Our guests are cyclists, families and business groups from the Ruhr area. Around 45 employees work in the hotel. We want to attract more guests outside the summer season and lower our energy costs, which have doubled in recent years.
C Hotel operations; conference hosting; regional cuisine; cycling tourism
T hotel management software; booking platform
M leisure travellers; cyclists; business groups
> request | business | market | - | none | company startup |
t Partners for cycling and e-bike packages around the lakes
s We are looking for bike rental, guides and tour operators to create joint cycling holiday packages.
d Many guests come by bike, but we cannot offer rental, repair or guided tours ourselves. We would like to partner with e-bike rental companies, local guides and tour operators to develop packages for the spring and autumn seasons, bookable through our website.
k cycling tourism; e-bike; holiday package; partnership
> request | technology | concept | - | none | company startup |
t Lower energy costs for heating, kitchen and wellness area
s We want advice and technology to reduce the energy consumption of our hotel by at least a quarter.
d Our energy costs for heating, hot water, the kitchen and a small wellness area have doubled. We are looking for energy consultants or suppliers of heat pumps, solar and control systems who analyse our building and propose a step-by-step plan, including funding opportunities.
k energy efficiency; hotel; heat pump; solar

@ company | de | Xanten | micro | 2011 | tourism |
N Römerland Radreisen GmbH
D Römerland Radreisen organisiert individuelle und geführte Radreisen am Niederrhein, entlang von Rhein und Lippe und durch das Ruhrgebiet. Wir buchen Unterkünfte, transportieren Gepäck und stellen E-Bikes bereit. Unsere sechs Beschäftigten betreuen jährlich rund 3.000 Gäste, überwiegend aus Deutschland und den Niederlanden.
C Reiseplanung; Gepäcktransport; E-Bike-Verleih; Gästebetreuung
T Buchungssystem; Routenplanung; E-Bike
M Radtouristen; Gruppenreisen; Niederlande
> offer | business | market | - | none | company |
t Radreisepakete für Hotels und Ausflugsziele in der Region
s Wir entwickeln gemeinsam mit Hotels Radreisen mit Gepäcktransport und E-Bike-Verleih.
d Hotels und Ausflugsziele können mit uns eigene Radreisepakete anbieten. Wir planen Routen, stellen E-Bikes und übernehmen den Gepäcktransport zwischen den Unterkünften. Die Buchung erfolgt über unser System oder die Webseite des Partners. Provisionen teilen wir fair.
k Radreise; E-Bike; Tourismus; Hotelkooperation
> request | technology | concept | - | none | startup company |
t Digitale Reisebegleitung für unsere Radreisegäste
s Gesucht wird eine App, die Gästen Route, Unterkünfte, Sehenswürdigkeiten und Notfallkontakte bietet.
d Unsere Gäste erhalten heute Reiseunterlagen auf Papier. Wir suchen eine anpassbare App mit Offline-Karten, Informationen zu Sehenswürdigkeiten in mehreren Sprachen und einer Kontaktfunktion für Pannen. Audioinhalte zu Geschichte und Industriekultur wären eine schöne Ergänzung.
k Reise-App; Radtourismus; Offline-Karte; Audioguide

@ company | en | Unna | medium | 2002 | ict cybersecurity |
N Hellweg Cloud Services GmbH
D Hellweg Cloud Services is an IT service provider for medium-sized companies, municipalities and healthcare providers. Our 120 employees run two data centres in Unna and Dortmund, migrate systems to private and public clouds and provide managed security services. We are certified for information security management and handle sensitive data for hospitals and public utilities.
C Managed IT services; cloud migration; data centre operations; managed security
T private cloud; backup; security operations centre; virtualisation
M SMEs; municipalities; healthcare
> offer | business | market | 9 | none | company public_body |
t Managed security and backup for medium-sized companies
s We monitor your IT around the clock, secure backups against ransomware and respond to incidents.
d Our security operations centre monitors servers, networks and endpoints and responds to alerts at any time. Backups are stored immutably in our regional data centres and restored quickly after an attack. We offer packages sized for companies with 50 to 1,000 employees, including emergency drills.
k managed security; backup; ransomware; data centre; SME
> offer | business | market | 9 | none | company public_body |
t Data centre space with waste heat use for AI and computing projects
s We rent racks and GPU servers in a regional data centre whose waste heat supplies nearby buildings.
d Our new data centre in Unna feeds its waste heat into a local heat network. Companies and research projects can rent racks, dedicated servers or GPU capacity under German data protection rules. Short contracts for pilot projects are possible.
k data centre; GPU; waste heat; hosting

@ company | de | Bergkamen | small | 2007 | ict construction |
N Handwerk Digital Software GmbH
D Handwerk Digital entwickelt Software für Handwerksbetriebe: Angebote, Aufträge, Zeiterfassung, Materialbestellung und Rechnungen in einer Anwendung. Rund 2.300 Betriebe aus Elektro, Sanitär, Heizung und Bau nutzen unser Programm. Das Team aus 40 Beschäftigten in Bergkamen kennt den Alltag auf Baustellen und legt Wert auf einfache Bedienung auf Tablet und Smartphone.
C Branchensoftware Handwerk; mobile Anwendungen; Support und Schulung; Schnittstellen zum Großhandel
T Handwerkersoftware; mobile App; Zeiterfassung
M Elektrohandwerk; Sanitär und Heizung; Bauhandwerk
> offer | business | market | 9 | none | company |
t Auftragssoftware für Handwerksbetriebe mit mobiler Baustellen-App
s Vom Angebot bis zur Rechnung: unsere Software vereinfacht die Verwaltung im Handwerksbetrieb.
d Monteure erfassen Zeiten, Material und Fotos direkt auf der Baustelle, das Büro erstellt daraus Rechnungen. Schnittstellen zu Großhändlern, Buchhaltung und Förderprogrammen für Wärmepumpen sind enthalten. Neue Kunden erhalten eine Einführung vor Ort und drei Monate kostenlosen Support.
k Handwerkersoftware; Auftragsabwicklung; mobile App; Digitalisierung
> request | cross_innovation | concept | - | none | creative startup |
t Gestaltung einer Lern-App für Handwerkerinnen und Handwerker
s Wir suchen Kreative, die mit uns kurze Lerneinheiten für neue Technik wie Wärmepumpen gestalten.
d Viele Handwerksbetriebe müssen sich schnell in neue Technik einarbeiten. Wir möchten unsere Software um kurze, unterhaltsame Lerneinheiten ergänzen, die auf dem Smartphone funktionieren. Gesucht werden Lernspiel-Entwickler oder Designerinnen mit Erfahrung in beruflicher Bildung.
k Lern-App; Handwerk; Weiterbildung; Wärmepumpe

@ company | en | Schwerte | medium | 1993 | manufacturing medtech ict |
N Ruhr Electronics Manufacturing GmbH
D Ruhr Electronics Manufacturing assembles printed circuit boards and complete electronic devices for industrial, medical and energy customers. Our 180 employees operate SMD lines, selective soldering, coating and testing in Schwerte. We are certified for medical device manufacturing and specialise in small and medium volumes with high variety, which makes us a good partner for start-ups moving into series production.
C PCB assembly; box building; medical electronics manufacturing; test engineering
T SMD assembly; conformal coating; in-circuit test
M medical devices; industrial electronics; energy technology
> offer | business | market | 9 | none | startup company |
t Electronics manufacturing for medtech start-ups from prototype to series
s We assemble and test your electronics under medical quality rules, from 50 prototypes to thousands of units.
d Start-ups often struggle to find a manufacturer willing to produce small volumes with full documentation. We support design for manufacturing, component sourcing, assembly, testing and final device assembly under a certified medical quality system. Prototype runs are possible within three weeks.
k electronics manufacturing; medical device; PCB assembly; small series; start-up

@ company | en | Haan | small | 1989 | manufacturing chemistry circular_economy |
N Haan Precision Moulding GmbH
D Haan Precision Moulding makes injection-moulded parts and builds prototype moulds for customers in household appliances, automotive and medical technology. Around 70 employees operate 30 moulding machines and an in-house toolshop. Customers increasingly require recycled plastics, but varying material quality causes rejects and unstable processes.
C Injection moulding; prototype moulds; toolmaking; small-batch production
T injection moulding; prototype mould; recycled plastic
M household appliances; automotive suppliers; medical technology
> request | research_cooperation | pilot | 6 | none | research_institute company |
t Stable processing of recycled polypropylene in injection moulding
s We need support to process recycled polypropylene in visible parts without rejects and colour deviations.
d A customer wants 50 percent recycled content in housing parts from 2027. Our trials show flow lines, colour variation and fluctuating shrinkage. We are looking for a research institute or compounder who characterises different recyclates, adapts the formulation and helps us define a stable process window.
k recycled plastic; injection moulding; polypropylene; process window
> offer | business | market | 9 | none | startup company |
t Fast prototype moulds and small series for start-ups
s We build aluminium prototype moulds within three weeks and mould your first few thousand parts.
d Start-ups and developers need real injection-moulded parts before investing in expensive series tools. Our toolshop builds aluminium prototype moulds quickly and affordably, and we advise on design for moulding. Small series up to 10,000 parts are produced on our machines.
k prototype mould; injection moulding; small series; start-up

@ company | en | Hamminkeln | small | 2009 | energy |
N Lower Rhine Wind Services GmbH
D Lower Rhine Wind Services maintains and repairs onshore wind turbines for operators in the Lower Rhine region and the Netherlands. Our 55 technicians service gearboxes, blades and electrical systems of around 400 turbines. Rotor blade inspections still require rope access teams and turbine downtime, which is costly and weather-dependent.
C Wind turbine maintenance; rotor blade repair; gearbox service; electrical inspections
T wind turbine; rotor blade; condition monitoring
M wind farm operators; energy cooperatives; utilities
> request | technology | pilot | 7 | none | startup company |
t Automated drone inspection of wind turbine rotor blades
s We seek a drone solution that inspects rotor blades automatically and detects erosion and cracks.
d Annual blade inspections by rope access take a full day per turbine. We are looking for a drone system or service that flies an automated inspection in under an hour, detects leading-edge erosion, cracks and lightning damage and documents findings for each blade over the years. A pilot with 20 turbines is planned.
k wind turbine; rotor blade; drone inspection; erosion
> offer | business | market | 9 | none | company |
t Maintenance and blade repair for onshore wind turbines
s Independent service for wind turbines of all major makes, including blade repair and gearbox inspections.
d Operators receive scheduled maintenance, troubleshooting and repairs from one provider. Our blade repair teams fix erosion and laminate damage on site. We also offer vibration analysis of drive trains and support for lifetime extension assessments.
k wind turbine service; blade repair; maintenance; lifetime extension

@ company | de | Datteln | medium | 1972 | mobility energy public_services |
N Busverkehr Lippe-Emscher GmbH
D Busverkehr Lippe-Emscher betreibt im Auftrag mehrerer Kommunen Stadt- und Regionalbuslinien im nördlichen Ruhrgebiet. Mit 310 Beschäftigten und 160 Bussen befördern wir jährlich rund 18 Millionen Fahrgäste. Bis 2030 soll die Flotte vollständig emissionsfrei fahren; 40 Elektrobusse sind bereits im Einsatz, erste Wasserstoffbusse sind bestellt.
C Linienbusverkehr; Flottenmanagement; Werkstatt für Elektrobusse; Fahrplanung
T Elektrobus; Wasserstoffbus; Ladeinfrastruktur
M Kommunen; Fahrgäste; Schülerverkehr
> request | technology | pilot | 7 | none | startup company |
t Zustandsdiagnose der Batterien unserer Elektrobusse
s Wir suchen eine Lösung, die Alterung und Restkapazität unserer Busbatterien zuverlässig bestimmt.
d Nach vier bis fünf Jahren lassen die Batterien unserer ersten Elektrobusse nach. Für die Planung von Ersatz oder Weiterverwendung brauchen wir verlässliche Aussagen zum Gesundheitszustand jeder Batterie. Gesucht werden Diagnoseverfahren oder Datenanalysen, die ohne lange Standzeiten auskommen.
k Batteriediagnose; Elektrobus; Alterung; Restkapazität
> request | business | pilot | - | none | company public_body |
t Wasserstoffversorgung für zehn Brennstoffzellenbusse
s Für unsere ersten Wasserstoffbusse suchen wir eine verlässliche Betankungslösung am Betriebshof Datteln.
d Ab Herbst 2027 kommen zehn Brennstoffzellenbusse in den Linienverkehr. Wir benötigen täglich rund 250 Kilogramm Wasserstoff bei 350 bar. Bis eine feste Tankstelle gebaut ist, suchen wir eine Übergangslösung, etwa eine mobile Betankungseinheit, sowie Lieferanten für grünen Wasserstoff.
k Wasserstoffbus; Betankung; Betriebshof; grüner Wasserstoff
> offer | pilot | market | - | none | startup company research_institute |
t Testbetrieb neuer Technik auf Buslinien und am Betriebshof
s Start-ups und Forschende können Fahrgastinformation, Sensorik oder Ladetechnik in unserem Betrieb testen.
d Wir stellen ausgewählte Linien, Busse und unseren Betriebshof für Erprobungen zur Verfügung, etwa für Fahrgastzählung, Innenraumklima, Ladesteuerung oder Assistenzsysteme. Unsere Werkstatt und Leitstelle unterstützen bei Installation und Auswertung. Die Erprobung ist für Partner kostenfrei.
k Testfeld; ÖPNV; Elektrobus; Pilotprojekt

@ company | en | Krefeld | medium | 1968 | chemistry logistics |
N Niederrhein Chemical Distribution GmbH
D Niederrhein Chemical Distribution supplies solvents, acids, additives and specialty chemicals to manufacturers in paint, plastics, cleaning and food. Around 160 employees work in sales, filling, warehousing and our own tank truck fleet. We handle more than 4,000 products and offer repackaging into smaller containers as well as storage of hazardous goods for customers.
C Chemical distribution; repackaging; hazardous goods storage; regulatory compliance
T hazardous goods; repackaging; tank logistics
M paint industry; plastics processing; cleaning products
> offer | business | market | 9 | none | company startup |
t Hazardous goods storage and repackaging for start-ups and SMEs
s We store, repackage and ship your chemicals in compliance with all regulations, from single drums to tank loads.
d Young chemical companies and SMEs often lack approved storage for hazardous substances. Our warehouses handle flammable, corrosive and toxic goods, and our filling lines repackage into drums, canisters and bottles. Documentation, labelling and transport are included. Flexible contracts from one pallet.
k hazardous goods; storage; repackaging; chemical logistics

@ company | de | Mettmann | small | 1921 | media design | hidden
N Druckerei Lindenhof GmbH
D Die Druckerei Lindenhof ist ein Familienbetrieb in vierter Generation mit 28 Beschäftigten in Mettmann. Wir drucken Broschüren, Bücher, Verpackungen und Werbemittel im Offset- und Digitaldruck, bevorzugt auf Recyclingpapier und mit mineralölfreien Farben. Zu unseren Kunden gehören Verlage, Agenturen, Museen und mittelständische Unternehmen.
C Offsetdruck; Digitaldruck; Weiterverarbeitung; nachhaltige Druckproduktion
T Offsetdruck; Digitaldruck; Recyclingpapier
M Verlage; Agenturen; Museen
> offer | business | market | 9 | none | company creative public_body |
t Klimaschonend gedruckte Broschüren, Bücher und Verpackungen
s Wir drucken auf Recyclingpapier mit mineralölfreien Farben und beraten zu ressourcenschonenden Druckprodukten.
d Ob Geschäftsbericht, Ausstellungskatalog oder Produktverpackung: Wir beraten zu Papier, Format und Veredelung, damit Druckprodukte gut aussehen und wenig Ressourcen verbrauchen. Kleine Auflagen drucken wir digital, große im Offset. Agenturen und Kreative schätzen unsere kurzen Wege und Andrucke vor Ort.
k Druckerei; Recyclingpapier; nachhaltiger Druck; Verpackung

@ company | en | Erkrath | medium | 1979 | mobility manufacturing materials | anon
N Erkrath Seating Systems GmbH
D An automotive supplier from the Düsseldorf region with about 230 employees, developing and producing seat structures and interior components for cars and commercial vehicles. Our customers demand lighter seats with a lower carbon footprint and a high share of recycled material. We are looking for partners in lightweight design and materials.
C Seat structures; metal forming; interior components; automotive quality management
T seat structure; lightweight design; recycled plastics
M car manufacturers; commercial vehicles; rail vehicles
> request | research_cooperation | prototype | 4 | none | research_institute university startup |
t Lightweight seat backrest with recycled composite materials
s We are looking for a partner to develop a seat backrest that is 30 percent lighter and uses recycled fibres.
d Our current steel backrest weighs about four kilograms. We want to develop a hybrid or composite structure with recycled carbon or glass fibres that meets crash requirements and can be produced in high volumes. We offer load data, test facilities and a path into series production with a major customer.
k lightweight; seat; recycled fibre; composite; crash
> request | business | market | - | none | company startup |
t Suppliers of recycled plastics for interior trim parts
s We need recycled polypropylene and ABS grades with automotive approval for visible interior parts.
d From 2027, our customers require a minimum recycled content in interior parts. We are looking for compounders and recyclers who supply consistent grades with automotive approvals, low odour and good surface quality, in volumes of 500 to 2,000 tonnes per year.
k recycled plastics; automotive interior; polypropylene; supplier

@ company | de | Selm | small | 1985 | mobility retail_ecommerce |
N Autohaus Terwey GmbH
D Das Autohaus Terwey ist ein Markenhändler mit Werkstatt und Gebrauchtwagenhandel in Selm und Lünen. 75 Beschäftigte verkaufen und warten Pkw und leichte Nutzfahrzeuge. Der Anteil der Elektrofahrzeuge wächst schnell, und damit auch die Zahl beschädigter oder ausgetauschter Antriebsbatterien, deren Entsorgung aufwendig und teuer ist.
C Fahrzeugverkauf; Werkstattservice; Hochvolt-Reparatur; Gebrauchtwagenbewertung
T Elektrofahrzeug; Hochvolt; Batterietausch
M Privatkunden; Gewerbekunden; Flotten
> offer | business | market | - | none | company startup |
t Gebrauchte und beschädigte Antriebsbatterien aus unserer Werkstatt
s Wir geben jährlich mehrere Dutzend ausgebaute Antriebsbatterien an Aufbereiter oder Recycler ab.
d Aus Unfallfahrzeugen, Garantiefällen und Batterietausch fallen bei uns regelmäßig Hochvoltbatterien an. Wir suchen Partner, die diese Batterien fachgerecht abholen, bewerten und weiterverwenden oder recyceln. Wichtig sind eine einfache Abwicklung und eine nachvollziehbare Dokumentation.
k Antriebsbatterie; Elektrofahrzeug; Recycling; Second Life
> request | business | market | - | none | startup company |
t Schnelle Batteriediagnose für die Bewertung gebrauchter Elektroautos
s Wir suchen ein Messverfahren, das den Batteriezustand von Gebrauchtwagen beim Ankauf in wenigen Minuten bestimmt.
d Beim Ankauf gebrauchter Elektroautos ist der Zustand der Batterie der größte Unsicherheitsfaktor. Wir suchen eine Lösung, die den Gesundheitszustand schnell und zuverlässig ermittelt und ein Zertifikat für den Wiederverkauf erstellt.
k Batteriediagnose; Gebrauchtwagen; Elektroauto; Zertifikat

# ---------------------------------------------------------------- further start-ups
@ startup | en | Hamm | small | 2020 | energy mobility construction |
N Agrivolt Ruhr GmbH
D Agrivolt Ruhr builds solar carports and agrivoltaic systems that produce electricity without sealing new land. Our steel structures cover car parks, logistics yards and orchards and combine solar modules with charging points and battery storage. The team of 24 plans, finances and installs projects for companies, farmers and municipalities in Westphalia.
C Solar carport construction; agrivoltaics; project financing; charging infrastructure
T solar carport; agrivoltaics; battery storage; charging point
M companies with car parks; farmers; municipalities
> offer | business | market | 9 | none | company public_body |
t Solar carports with charging points for company car parks
s We turn your car park into a power plant that charges employee and fleet vehicles.
d Our modular carports are installed without interrupting operations. Each project includes planning, permits, solar modules, charging points and optional storage. Companies can buy the system or use a leasing model without upfront investment. Typical payback periods are eight to ten years.
k solar carport; charging; company car park; renewable energy
> request | pilot | concept | 5 | none | company research_institute | draft
t Fruit farms for an agrivoltaics pilot with hail protection
s We seek orchards willing to test solar panels that protect fruit trees from hail and sunburn.
d Solar modules above fruit trees can replace hail nets and generate income. We are looking for two or three fruit farms in the region for a pilot on one hectare each, accompanied by an agricultural research institute measuring yield and fruit quality.
k agrivoltaics; orchard; hail protection; pilot

@ startup | en | Düsseldorf | small | 2021 | fintech_insurance ai_data |
N Parametrix Insurance Technologies GmbH
D Parametrix develops parametric insurance products that pay out automatically when a measured event occurs, such as heavy rain above a threshold or a heatwave. Our platform combines weather data, risk models and insurance partners. Customers include event organisers, farmers, logistics companies and municipalities. The company has 18 employees in Düsseldorf.
C Parametric insurance design; weather risk modelling; insurance partnerships; API integration
T parametric insurance; weather data; risk model
M event organisers; agriculture; logistics
> offer | business | market | 8 | secret | company public_body |
t Weather-triggered insurance for events, farms and logistics
s Cover losses from heavy rain, heat or low water levels with insurance that pays automatically within days.
d Instead of lengthy claims assessment, our policies pay a fixed amount when independent weather data exceed an agreed threshold. Events can insure against rain, farms against drought, inland shipping against low water on the Rhine. We tailor triggers to your risk and arrange cover with established insurers.
k parametric insurance; weather risk; low water; drought; events

@ startup | de | Bochum | small | 2019 | education ict construction |
N Handwerkerheld GmbH
D Handwerkerheld ist eine Recruiting-Plattform für Handwerksberufe. Betriebe präsentieren sich mit kurzen Videos, Bewerberinnen und Bewerber bewerben sich ohne Anschreiben per Smartphone in zwei Minuten. Wir sprechen gezielt Quereinsteiger, Zugewanderte und Jugendliche an. Über 1.200 Betriebe aus Nordrhein-Westfalen nutzen unsere Plattform, das Team sitzt in Bochum.
C Recruiting-Plattform; Arbeitgebermarketing; Videoproduktion; Bewerbermanagement
T Recruiting-Plattform; Video; mobile Bewerbung
M Handwerksbetriebe; Quereinsteiger; Auszubildende
> offer | business | market | 9 | none | company |
t Fachkräfte und Auszubildende für Handwerksbetriebe gewinnen
s Unsere Plattform bringt Betriebe mit Bewerberinnen und Bewerbern zusammen, die sich per Smartphone in Minuten bewerben.
d Wir drehen mit Ihrem Team ein kurzes Video, erstellen Ihr Profil und schalten Stellenanzeigen in sozialen Medien. Bewerbungen kommen ohne Anschreiben, Sie entscheiden per Klick über ein Kennenlerngespräch. Betriebe zahlen eine monatliche Gebühr ohne Vermittlungsprovision.
k Recruiting; Handwerk; Fachkräfte; Auszubildende; Bewerbung

@ startup | en | Mönchengladbach | small | 2020 | retail_ecommerce circular_economy logistics | hidden
N Recommerce Loop GmbH
D Recommerce Loop helps online retailers give returned products a second life. We collect returns, test, clean and repackage them and sell them through our own outlet channels or back through the retailer's shop. Electronics, household goods and fashion are our main categories. Our warehouse in Mönchengladbach processes up to 8,000 items per day.
C Returns processing; product refurbishment; second-hand sales channels; grading
T returns management; refurbishment; grading
M online retailers; consumer electronics; fashion
> offer | business | market | 9 | none | company |
t Refurbishment and resale of customer returns for online shops
s We test, refurbish and resell your returns instead of destroying or dumping them.
d Many returns are in good condition but too costly to check. We take over the full process: collection, grading, cleaning, small repairs, new packaging and resale through outlets or your own shop. Retailers receive a share of the proceeds and a report on return reasons.
k returns; refurbishment; resale; e-commerce; circular economy

@ startup | de | Oberhausen | micro | 2022 | tourism culture_arts media |
N Revierpfade UG
D Revierpfade entwickelt Audioguide-Apps für Industriekultur, Stadtteile und Radrouten im Ruhrgebiet. Lokale Erzählerinnen und Erzähler, Zeitzeugen und Sounddesign machen Orte lebendig. Die App funktioniert offline und in mehreren Sprachen. Unsere Kunden sind Städte, Museen, Tourismusverbände und Reiseveranstalter, die Gäste auch abseits der bekannten Ziele begeistern wollen.
C Audioguide-Produktion; App-Entwicklung; Storytelling; Mehrsprachigkeit
T Audioguide; App; Offline-Karte
M Tourismusverbände; Museen; Reiseveranstalter
> offer | business | market | 8 | none | company public_body |
t Audioguides für Industriekultur und Radrouten
s Wir erzählen Geschichten von Zechen, Hütten und Siedlungen in einer App, die auch ohne Netz funktioniert.
d Für Städte, Museen und Reiseveranstalter produzieren wir Audiotouren mit lokalen Stimmen, Zeitzeugen und Karten. Die Inhalte lassen sich in eigene Apps einbinden oder über unsere App anbieten. Touren für Radreisende sind mit GPS-Auslösung verfügbar.
k Audioguide; Industriekultur; Radroute; Tourismus-App

@ startup | en | Bottrop | micro | 2022 | biotech food_agriculture |
N Algaetec Pigments GmbH
D Algaetec produces natural blue and green pigments from microalgae grown in photobioreactors on a former mine site in Bottrop. The pigments replace synthetic colourings in food, cosmetics and textiles. Our team of seven biotechnologists and engineers has developed a gentle extraction process that keeps the colour stable in heat and acid.
C Microalgae cultivation; pigment extraction; photobioreactor operation; food ingredient regulation
T microalgae; phycocyanin; photobioreactor; natural colourant
M food manufacturers; cosmetics; textile dyeing
> offer | technology | pilot | 6 | applied | company |
t Heat-stable natural blue colour from microalgae
s Our algae-based blue pigment withstands baking and acidic drinks better than conventional natural blues.
d Natural blue colourings usually fade when heated or in acidic products. Our extraction and formulation keeps the pigment stable, making it suitable for baked goods, confectionery and beverages. We offer samples and application support and are looking for food manufacturers to develop products together.
k natural colour; microalgae; blue pigment; food ingredient
> request | business | pilot | - | none | company |
t Cosmetics and textile partners for algae-based colours
s We seek cosmetics brands and textile dyers interested in testing natural algae pigments.
d Besides food, our pigments could colour cosmetics and textiles. We are looking for partners willing to test samples in their formulations or dyeing processes and share results, with the aim of joint product development.
k algae pigment; cosmetics; textile dyeing; natural colour

@ startup | en | Essen | small | 2019 | energy ict construction |
N Roomsense IoT GmbH
D Roomsense IoT equips schools, offices and public buildings with wireless sensors for temperature, air quality and occupancy. Our software controls heating and ventilation according to actual use and shows building managers where energy is wasted. The team of 16 in Essen has equipped more than 300 buildings, most of them owned by municipalities.
C Building sensors; energy monitoring; heating control; indoor air quality
T IoT sensor; CO2 sensor; building automation; LoRaWAN
M schools; municipalities; office buildings
> offer | technology | market | 9 | none | public_body company |
t Sensor-based heating control for schools and public buildings
s Our sensors and software cut heating energy in schools by up to 25 percent while improving air quality.
d Wireless sensors measure temperature, CO2 and occupancy in each room. Our software adapts heating to timetables and actual use and reminds teachers to ventilate. Installation takes one day per school without cabling. Municipalities receive a dashboard for all their buildings.
k building energy; school; heating control; air quality; IoT
> request | pilot | pilot | 7 | none | public_body |
t Municipal partners for a district-wide building energy pilot
s We look for a city or district that wants to equip all its schools with our system in one pilot.
d After many individual buildings, we want to show the impact at district level. We are looking for a municipality that equips 20 or more schools, shares energy data and evaluates results with us. We offer special conditions and support with funding applications.
k municipality; schools; energy savings; pilot
""")


BLOCKS.append(r"""
# ---------------------------------------------------------------- profiles without opportunities and late additions
@ company | de | Castrop-Rauxel | small | 1952 | construction steel_metal |
N Stahlbau Heising GmbH
D Stahlbau Heising plant, fertigt und montiert Stahlkonstruktionen für Hallen, Bühnen, Treppen und Brücken. Die 42 Beschäftigten in Castrop-Rauxel arbeiten für Industrie, Kommunen und Architekturbüros im gesamten Ruhrgebiet. Neben Neubauten übernehmen wir zunehmend Umbauten und Verstärkungen bestehender Tragwerke. Wiederverwendete Stahlträger setzen wir ein, wenn Herkunft und Güte nachgewiesen sind.
C Stahlkonstruktion; Hallenbau; Montage; Tragwerksverstärkung
T Stahlbau; Schweißtechnik; Korrosionsschutz
M Industrie; Kommunen; Architekturbüros

@ startup | en | Duisburg | micro | 2024 | logistics ai_data water | hidden
N Tidewise Analytics GmbH
D Tidewise Analytics forecasts water levels on the Rhine and its tributaries up to six weeks ahead, combining hydrological models with machine learning and weather ensembles. Shipping companies, ports and industrial sites use the forecasts to plan loads, charter extra barges or build up stocks before low water. The founding team of three works from a co-working space in Duisburg and is preparing its public launch.
C Hydrological forecasting; machine learning; risk communication; API development
T water level forecast; hydrological model; ensemble forecast
M inland shipping; ports; chemical industry

@ company | en | Ennepetal | medium | 1969 | manufacturing automation_robotics |
N Ennepe Hydraulics GmbH
D Ennepe Hydraulics develops and builds hydraulic cylinders, power units and control blocks for construction machinery, agricultural machines and presses. About 240 employees work at our plant in Ennepetal, including a test centre for endurance and leakage tests. Many cylinders return to us for overhaul, and we would like to know earlier when seals and rods start to fail in the field.
C Hydraulic cylinders; power units; endurance testing; overhaul service
T hydraulic cylinder; seal wear; endurance test
M construction machinery; agricultural machinery; presses
> request | technology | prototype | 5 | none | startup research_institute university |
t Sensor concept for detecting seal wear in hydraulic cylinders
s We look for a partner who helps us detect seal wear in cylinders in the field before leaks occur.
d Seal failure is the main reason for cylinder overhauls. We want to integrate sensors or use existing pressure and position data to recognise wear early and offer predictive service to machine manufacturers. We are looking for start-ups or research groups with experience in condition monitoring of hydraulic systems. Our test centre is available for trials.
k hydraulic cylinder; seal wear; condition monitoring; predictive service
> offer | facility | market | - | none | company startup |
t Endurance and leakage testing of hydraulic components
s Our test centre runs endurance, pressure and leakage tests for cylinders, valves and hoses of other manufacturers.
d When our own test programme leaves capacity, we offer it to other companies: endurance tests up to 10 million cycles, burst and pressure tests up to 700 bar and leakage tests at low temperatures. Start-ups developing hydraulic components receive engineering support and test reports suitable for customer approvals.
k hydraulic testing; endurance test; leakage; pressure test
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


# One host per invented university, whichever language its chair writes in.
UNIVERSITY_HOSTS = {
    "Emscher": "uni-emschertal", "Hellweg": "hellweg-uni", "Wupperbogen": "hs-wupperbogen",
    "Haldenberg": "hs-haldenberg", "Lippeaue": "tu-lippeaue",
}


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
        if ", " in name:  # "Chair of X, Y University": the university's site with a path for the chair
            unit, _, parent = name.partition(", ")
            host = next((h for key, h in UNIVERSITY_HOSTS.items() if key in parent), slug(parent))
            site = f"{host}.example/{slug(unit, 4)}"
        else:
            site = f"{slug(name)}.example"
        while site in used_sites:
            site = site.replace(".example", "-" + slug(org["city"], 1) + ".example", 1)
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
            "website": f"https://{site}",
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
