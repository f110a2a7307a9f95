"""The pages' own words in English and German: a dict per language, the choice of language per request, and
the helpers the templates use. Profile data is shown as it was entered; only the interface is translated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import Request, Response

from matcher.profiles.vocab import sectors
from matcher.web.security import cookie_options

LANGUAGES = ("en", "de")
DEFAULT_LANGUAGE = "en"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600

Translator = Callable[..., str]

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "app.tagline": "Partners for innovation in the region",
        "nav.label": "Main",
        "nav.search": "Search",
        "nav.new_org": "New organisation",
        "nav.about": "About",
        "nav.api": "API docs",
        "nav.skip": "Skip to content",
        "lang.switch": "Deutsch",
        "footer.demo": "The demo ecosystem is invented: it describes no real organisation.",
        # search
        "search.title": "Find partners",
        "search.intro": "Ask in English or German; Matchwerk finds organisations whose offers fit your question.",
        "search.q": "What are you looking for?",
        "search.q_placeholder": "e.g. who can test hydrogen fuel cells near Essen?",
        "search.kind": "Kind of organisation",
        "search.near": "Near",
        "search.anywhere": "anywhere",
        "search.radius": "Radius in km",
        "search.radius_hint": "Needs a city under “Near”.",
        "search.submit": "Search",
        "search.results_for": "Results for “{q}”",
        "search.organisations": "Organisations",
        "search.opportunities": "Matching offers and requests",
        "search.none": "Nothing found. Try other words or fewer filters.",
        "search.matched_words": "Matching words",
        "search.all": "All organisations",
        "search.count": "{count} organisations",
        "search.empty_list": "No organisations match these filters.",
        "pager.label": "Pages",
        "pager.prev": "Previous",
        "pager.next": "Next",
        "pager.page": "Page {page} of {pages}",
        "score": "Score",
        "distance": "{km} km away",
        "offers_requests": "{offers} offers, {requests} requests",
        # organisation page
        "org.anonymous_note": "This organisation publishes its profile anonymously: its name is not shown.",
        "org.hidden_note": "This profile is hidden: only its members and the agency's managers see it, and it is "
        "suggested to nobody. Edit it and choose another visibility to publish it again.",
        "matches.hidden": "A hidden profile gets no suggestions.",
        "org.details": "Profile",
        "org.kind": "Kind",
        "org.size_band": "Size",
        "org.founding_year": "Founded",
        "org.location": "Location",
        "org.website": "Website",
        "org.languages": "Languages",
        "org.competences": "Competences",
        "org.sectors": "Sectors",
        "org.technology_keywords": "Technology keywords",
        "org.market_keywords": "Market keywords",
        "org.offers": "Offers",
        "org.requests": "Requests",
        "org.no_offers": "No offers yet.",
        "org.no_requests": "No requests yet.",
        "org.add_opportunity": "Add an offer or request",
        "org.edit": "Edit profile",
        "org.delete": "Delete organisation",
        "opp.edit": "Edit",
        "opp.expires": "expires {date}",
        "opp.expired": "expired {date}",
        "opp.trl": "TRL {trl}",
        "matches.title": "Suggested partners",
        "matches.intro": "Ranked by how well offers and requests fit in both directions; each bar shows a "
        "reason's share of the score.",
        "matches.filter": "Filter the suggestions",
        "matches.apply": "Apply",
        "matches.reset": "Reset",
        "matches.none": "No suggestions yet. Add offers and requests to get better ones.",
        "matches.why": "Why this partner",
        "matches.this_seeks": "This organisation seeks",
        "matches.partner_offers": "The partner offers",
        "matches.partner_seeks": "The partner seeks",
        "matches.this_offers": "This organisation offers",
        "matches.shared_keywords": "Shared keywords",
        "matches.shared_sectors": "Shared sectors",
        "matches.distance": "Distance",
        "matches.shared_partners": "Shared partners",
        "matches.similar_partners": "Already works with organisations like this one",
        # forms
        "form.new_org": "New organisation",
        "form.edit_org": "Edit {name}",
        "form.new_opp": "New offer or request for {name}",
        "form.edit_opp": "Edit “{title}”",
        "form.fix": "Please correct the marked fields.",
        "form.create": "Create",
        "form.save": "Save",
        "form.cancel": "Cancel",
        "form.choose": "— choose —",
        "form.none": "— not given —",
        "form.required": "required",
        "field.ref": "Reference",
        "field.ref_hint": "A stable identifier for imports, e.g. ruhrstack-antriebe. Letters, digits and dashes.",
        "field.name": "Name",
        "field.name_anonymous_hint": "Not shown for anonymous profiles. Leave empty to keep the current name.",
        "field.kind": "Kind of organisation",
        "field.size_band": "Size",
        "field.founding_year": "Founding year",
        "field.city": "City",
        "field.city_hint": "A city of the region places the organisation on the map.",
        "field.postcode": "Postcode",
        "field.country": "Country",
        "field.country_hint": "Two-letter code, e.g. DE.",
        "field.website": "Website",
        "field.website_anonymous_hint": "Not shown for anonymous profiles. Leave empty to keep the current one.",
        "field.languages": "Languages",
        "field.languages_hint": "Comma-separated, e.g. de, en.",
        "field.description": "Description",
        "field.competences": "Competences",
        "field.competences_hint": "One per line.",
        "field.sectors": "Sectors",
        "field.technology_keywords": "Technology keywords",
        "field.market_keywords": "Market keywords",
        "field.keywords_hint": "At most {max}, separated by commas or semicolons.",
        "field.visibility": "Visibility",
        "field.direction": "Offer or request",
        "field.type": "Type",
        "field.title": "Title",
        "field.summary": "Summary",
        "field.summary_hint": "One or two sentences: what exactly is offered or sought.",
        "field.opp_description": "Details",
        "field.stage": "Stage",
        "field.trl": "Technology readiness level (1-9)",
        "field.keywords": "Keywords",
        "field.expires_at": "Expires on",
        "field.status": "Status",
        # delete
        "delete.org_title": "Delete {name}?",
        "delete.org_text": "The profile and all its offers and requests will be removed. This cannot be undone.",
        "delete.opp_title": "Delete “{title}”?",
        "delete.opp_text": "This offer or request will be removed. This cannot be undone.",
        "delete.confirm": "Yes, delete",
        "delete.button": "Delete",
        "saved.hidden_title": "Saved",
        "saved.hidden_text": "The profile is hidden now: it is no longer shown, searched or suggested.",
        # errors
        "err.required": "Please fill in this field.",
        "err.too_short": "Please enter at least {min} characters.",
        "err.too_long": "Please enter at most {max} characters.",
        "err.whole_number": "Please enter a whole number.",
        "err.number": "Please enter a number.",
        "err.min": "Must be at least {limit}.",
        "err.max": "Must be at most {limit}.",
        "err.choice": "Please choose one of the options.",
        "err.date": "Please enter a date as YYYY-MM-DD.",
        "err.format": "This does not look right.",
        "err.sectors": "Unknown sector: {codes}.",
        "err.keywords": "At most {max} keywords, please: keep the few that discriminate.",
        "err.website": "Must start with http:// or https://.",
        "err.country": "Please enter a two-letter country code such as DE.",
        "err.ref_taken": "Another organisation already uses this reference.",
        "err.unknown_place": "Unknown place: choose a city of the region.",
        "err.radius_needs_near": "A radius needs a city to measure from.",
        "err.radius": "Please enter kilometres, more than 0.",
        "error.title": "Something went wrong",
        "error.title.404": "Not found",
        "error.title.409": "Conflict",
        "error.title.422": "Invalid input",
        "error.title.500": "Internal error",
        "error.back": "Back to the search",
        # about
        "about.title": "About Matchwerk",
        "about.what": "Matchwerk is an open-source matchmaking service for regional innovation ecosystems. "
        "Companies, start-ups, universities, research institutes, creative studios, public bodies and "
        "intermediaries publish profiles with what they offer and what they seek. Matchwerk suggests "
        "partners whose offers meet their requests, in both directions, and explains every suggestion.",
        "about.how": "Profiles and opportunities are compared by meaning with a sentence-transformers model "
        "(configurable; the default model is trained on English, so German texts match less well until a "
        "multilingual model is configured); shared keywords, sectors and distance add to the score.",
        "about.demo": "The demo ecosystem is invented demo data: its organisations, people and projects describe "
        "no real organisation, even where they are set in real cities.",
        "about.counts": "In this installation",
        "about.organisations": "Organisations",
        "about.offers": "Offers",
        "about.requests": "Requests",
        "about.model": "Language model",
        "about.api": "Everything here is also available through the REST API: see the API docs.",
    },
    "de": {
        "app.tagline": "Partner für Innovation in der Region",
        "nav.label": "Hauptmenü",
        "nav.search": "Suche",
        "nav.new_org": "Neue Organisation",
        "nav.about": "Über Matchwerk",
        "nav.api": "API-Dokumentation",
        "nav.skip": "Zum Inhalt springen",
        "lang.switch": "English",
        "footer.demo": "Das Demo-Ökosystem ist erfunden: Es beschreibt keine reale Organisation.",
        "search.title": "Partner finden",
        "search.intro": "Fragen Sie auf Deutsch oder Englisch; Matchwerk findet Organisationen, deren Angebote "
        "zu Ihrer Frage passen.",
        "search.q": "Wonach suchen Sie?",
        "search.q_placeholder": "z. B. Wer kann Wasserstoff-Brennstoffzellen bei Essen testen?",
        "search.kind": "Art der Organisation",
        "search.near": "In der Nähe von",
        "search.anywhere": "überall",
        "search.radius": "Umkreis in km",
        "search.radius_hint": "Braucht eine Stadt unter „In der Nähe von“.",
        "search.submit": "Suchen",
        "search.results_for": "Ergebnisse für „{q}“",
        "search.organisations": "Organisationen",
        "search.opportunities": "Passende Angebote und Gesuche",
        "search.none": "Nichts gefunden. Versuchen Sie andere Wörter oder weniger Filter.",
        "search.matched_words": "Passende Wörter",
        "search.all": "Alle Organisationen",
        "search.count": "{count} Organisationen",
        "search.empty_list": "Keine Organisation passt zu diesen Filtern.",
        "pager.label": "Seiten",
        "pager.prev": "Zurück",
        "pager.next": "Weiter",
        "pager.page": "Seite {page} von {pages}",
        "score": "Punktzahl",
        "distance": "{km} km entfernt",
        "offers_requests": "{offers} Angebote, {requests} Gesuche",
        "org.anonymous_note": "Diese Organisation veröffentlicht ihr Profil anonym: Ihr Name wird nicht angezeigt.",
        "org.hidden_note": "Dieses Profil ist verborgen: Nur seine Mitglieder und die Managerinnen und Manager der "
        "Agentur sehen es, und es wird niemandem vorgeschlagen. Wählen Sie beim Bearbeiten eine andere "
        "Sichtbarkeit, um es wieder zu veröffentlichen.",
        "matches.hidden": "Ein verborgenes Profil erhält keine Vorschläge.",
        "org.details": "Profil",
        "org.kind": "Art",
        "org.size_band": "Größe",
        "org.founding_year": "Gegründet",
        "org.location": "Standort",
        "org.website": "Website",
        "org.languages": "Sprachen",
        "org.competences": "Kompetenzen",
        "org.sectors": "Branchen",
        "org.technology_keywords": "Technologie-Schlagwörter",
        "org.market_keywords": "Markt-Schlagwörter",
        "org.offers": "Angebote",
        "org.requests": "Gesuche",
        "org.no_offers": "Noch keine Angebote.",
        "org.no_requests": "Noch keine Gesuche.",
        "org.add_opportunity": "Angebot oder Gesuch hinzufügen",
        "org.edit": "Profil bearbeiten",
        "org.delete": "Organisation löschen",
        "opp.edit": "Bearbeiten",
        "opp.expires": "läuft ab am {date}",
        "opp.expired": "abgelaufen am {date}",
        "opp.trl": "TRL {trl}",
        "matches.title": "Vorgeschlagene Partner",
        "matches.intro": "Sortiert danach, wie gut Angebote und Gesuche in beide Richtungen zusammenpassen; jeder "
        "Balken zeigt den Anteil eines Grundes an der Punktzahl.",
        "matches.filter": "Vorschläge filtern",
        "matches.apply": "Anwenden",
        "matches.reset": "Zurücksetzen",
        "matches.none": "Noch keine Vorschläge. Mit Angeboten und Gesuchen werden sie besser.",
        "matches.why": "Warum dieser Partner",
        "matches.this_seeks": "Diese Organisation sucht",
        "matches.partner_offers": "Der Partner bietet",
        "matches.partner_seeks": "Der Partner sucht",
        "matches.this_offers": "Diese Organisation bietet",
        "matches.shared_keywords": "Gemeinsame Schlagwörter",
        "matches.shared_sectors": "Gemeinsame Branchen",
        "matches.distance": "Entfernung",
        "matches.shared_partners": "Gemeinsame Partner",
        "matches.similar_partners": "Arbeitet schon mit ähnlichen Organisationen",
        "form.new_org": "Neue Organisation",
        "form.edit_org": "{name} bearbeiten",
        "form.new_opp": "Neues Angebot oder Gesuch für {name}",
        "form.edit_opp": "„{title}“ bearbeiten",
        "form.fix": "Bitte korrigieren Sie die markierten Felder.",
        "form.create": "Anlegen",
        "form.save": "Speichern",
        "form.cancel": "Abbrechen",
        "form.choose": "— bitte wählen —",
        "form.none": "— keine Angabe —",
        "form.required": "Pflichtfeld",
        "field.ref": "Kennung",
        "field.ref_hint": "Eine feste Kennung für Importe, z. B. ruhrstack-antriebe. Buchstaben, Ziffern und "
        "Bindestriche.",
        "field.name": "Name",
        "field.name_anonymous_hint": "Bei anonymen Profilen nicht sichtbar. Leer lassen, um den Namen zu behalten.",
        "field.kind": "Art der Organisation",
        "field.size_band": "Größe",
        "field.founding_year": "Gründungsjahr",
        "field.city": "Stadt",
        "field.city_hint": "Eine Stadt der Region setzt die Organisation auf die Karte.",
        "field.postcode": "Postleitzahl",
        "field.country": "Land",
        "field.country_hint": "Zweistelliger Code, z. B. DE.",
        "field.website": "Website",
        "field.website_anonymous_hint": "Bei anonymen Profilen nicht sichtbar. Leer lassen, um sie zu behalten.",
        "field.languages": "Sprachen",
        "field.languages_hint": "Durch Kommas getrennt, z. B. de, en.",
        "field.description": "Beschreibung",
        "field.competences": "Kompetenzen",
        "field.competences_hint": "Eine pro Zeile.",
        "field.sectors": "Branchen",
        "field.technology_keywords": "Technologie-Schlagwörter",
        "field.market_keywords": "Markt-Schlagwörter",
        "field.keywords_hint": "Höchstens {max}, durch Kommas oder Semikolons getrennt.",
        "field.visibility": "Sichtbarkeit",
        "field.direction": "Angebot oder Gesuch",
        "field.type": "Art",
        "field.title": "Titel",
        "field.summary": "Zusammenfassung",
        "field.summary_hint": "Ein oder zwei Sätze: Was genau wird angeboten oder gesucht?",
        "field.opp_description": "Details",
        "field.stage": "Reifegrad",
        "field.trl": "Technologie-Reifegrad (TRL 1-9)",
        "field.keywords": "Schlagwörter",
        "field.expires_at": "Läuft ab am",
        "field.status": "Status",
        "delete.org_title": "{name} löschen?",
        "delete.org_text": "Das Profil mit allen Angeboten und Gesuchen wird entfernt. Das lässt sich nicht "
        "rückgängig machen.",
        "delete.opp_title": "„{title}“ löschen?",
        "delete.opp_text": "Dieses Angebot oder Gesuch wird entfernt. Das lässt sich nicht rückgängig machen.",
        "delete.confirm": "Ja, löschen",
        "delete.button": "Löschen",
        "saved.hidden_title": "Gespeichert",
        "saved.hidden_text": "Das Profil ist jetzt verborgen: Es wird nicht mehr angezeigt, gefunden oder "
        "vorgeschlagen.",
        "err.required": "Bitte füllen Sie dieses Feld aus.",
        "err.too_short": "Bitte geben Sie mindestens {min} Zeichen ein.",
        "err.too_long": "Bitte geben Sie höchstens {max} Zeichen ein.",
        "err.whole_number": "Bitte geben Sie eine ganze Zahl ein.",
        "err.number": "Bitte geben Sie eine Zahl ein.",
        "err.min": "Muss mindestens {limit} sein.",
        "err.max": "Darf höchstens {limit} sein.",
        "err.choice": "Bitte wählen Sie eine der Möglichkeiten.",
        "err.date": "Bitte geben Sie ein Datum als JJJJ-MM-TT ein.",
        "err.format": "Das sieht nicht richtig aus.",
        "err.sectors": "Unbekannte Branche: {codes}.",
        "err.keywords": "Bitte höchstens {max} Schlagwörter: die wenigen, die unterscheiden.",
        "err.website": "Muss mit http:// oder https:// beginnen.",
        "err.country": "Bitte einen zweistelligen Ländercode wie DE eingeben.",
        "err.ref_taken": "Diese Kennung verwendet schon eine andere Organisation.",
        "err.unknown_place": "Unbekannter Ort: Bitte eine Stadt der Region wählen.",
        "err.radius_needs_near": "Ein Umkreis braucht eine Stadt, von der aus gemessen wird.",
        "err.radius": "Bitte Kilometer eingeben, mehr als 0.",
        "error.title": "Etwas ist schiefgelaufen",
        "error.title.404": "Nicht gefunden",
        "error.title.409": "Konflikt",
        "error.title.422": "Ungültige Eingabe",
        "error.title.500": "Interner Fehler",
        "error.back": "Zurück zur Suche",
        "about.title": "Über Matchwerk",
        "about.what": "Matchwerk ist ein quelloffener Matchmaking-Dienst für regionale Innovations-Ökosysteme. "
        "Unternehmen, Start-ups, Hochschulen, Forschungsinstitute, Kreativstudios, öffentliche Einrichtungen "
        "und Intermediäre veröffentlichen Profile mit ihren Angeboten und Gesuchen. Matchwerk schlägt Partner "
        "vor, deren Angebote zu den Gesuchen passen, in beide Richtungen, und begründet jeden Vorschlag.",
        "about.how": "Profile, Angebote und Gesuche werden mit einem sentence-transformers-Modell nach ihrer "
        "Bedeutung verglichen (einstellbar; das Standardmodell ist auf Englisch trainiert, deutsche Texte "
        "passen daher schlechter, bis ein mehrsprachiges Modell eingestellt ist); gemeinsame Schlagwörter, "
        "Branchen und die Entfernung fließen in die Bewertung ein.",
        "about.demo": "Das Demo-Ökosystem besteht aus erfundenen Demodaten: Seine Organisationen, Personen und "
        "Projekte beschreiben keine reale Organisation, auch wenn sie in realen Städten angesiedelt sind.",
        "about.counts": "In dieser Installation",
        "about.organisations": "Organisationen",
        "about.offers": "Angebote",
        "about.requests": "Gesuche",
        "about.model": "Sprachmodell",
        "about.api": "Alles hier gibt es auch über die REST-API: siehe die API-Dokumentation.",
    },
}

# Labels of the controlled vocabularies (kinds, sizes, ...) and of the score parts, by group and value.
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "company": ("Company", "Unternehmen"),
        "startup": ("Start-up", "Start-up"),
        "university": ("University", "Hochschule"),
        "research_institute": ("Research institute", "Forschungsinstitut"),
        "creative": ("Creative studio", "Kreativwirtschaft"),
        "public_body": ("Public body", "Öffentliche Einrichtung"),
        "intermediary": ("Intermediary", "Intermediär"),
    },
    "size_band": {
        "micro": ("Micro (fewer than 10)", "Kleinst (unter 10)"),
        "small": ("Small (10-49)", "Klein (10-49)"),
        "medium": ("Medium (50-249)", "Mittel (50-249)"),
        "large": ("Large (250 and more)", "Groß (ab 250)"),
    },
    "visibility": {
        "public": ("Public", "Öffentlich"),
        "anonymous": ("Anonymous: without name and website", "Anonym: ohne Name und Website"),
        "hidden": (
            "Hidden: not shown, searched or suggested",
            "Verborgen: nicht angezeigt, gefunden, vorgeschlagen",
        ),
    },
    "direction": {"offer": ("Offer", "Angebot"), "request": ("Request", "Gesuch")},
    "type": {
        "technology": ("Technology", "Technologie"),
        "research_cooperation": ("Research cooperation", "Forschungskooperation"),
        "pilot": ("Pilot / test bed", "Pilotprojekt / Testfeld"),
        "business": ("Business / supply", "Geschäft / Zulieferung"),
        "investment": ("Investment", "Investition"),
        "cross_innovation": ("Cross-innovation", "Cross-Innovation"),
        "talent": ("Talent / student project", "Talente / Studierendenprojekt"),
        "facility": ("Facility", "Infrastruktur"),
    },
    "stage": {
        "idea": ("Idea", "Idee"),
        "concept": ("Concept", "Konzept"),
        "prototype": ("Prototype", "Prototyp"),
        "pilot": ("Pilot", "Pilot"),
        "market": ("On the market", "Am Markt"),
    },
    "status": {
        "draft": ("Draft", "Entwurf"),
        "published": ("Published", "Veröffentlicht"),
        "paused": ("Paused", "Pausiert"),
        "expired": ("Expired", "Abgelaufen"),
        "archived": ("Archived", "Archiviert"),
    },
    "part": {
        "need_offer": (
            "The partner offers what this organisation seeks",
            "Der Partner bietet, was diese Organisation sucht",
        ),
        "offer_need": (
            "The partner seeks what this organisation offers",
            "Der Partner sucht, was diese Organisation bietet",
        ),
        "profile": ("Similar profiles", "Ähnliche Profile"),
        "keywords": ("Shared keywords and sectors", "Gemeinsame Schlagwörter und Branchen"),
        "proximity": ("Nearby", "Räumliche Nähe"),
        "lexical": ("Words their texts share", "Gemeinsame Begriffe in den Texten"),
        "network": ("Shared partners", "Gemeinsame Partner"),
        "peers": (
            "Partner of organisations like this one",
            "Partner von Organisationen mit ähnlichem Profil",
        ),
        "popularity": ("Active in cooperations", "Aktiv in Kooperationen"),
        "feedback": (
            "Earlier introductions went well",
            "Frühere Vorstellungen verliefen gut",
        ),
        "complementarity": ("Kinds that complement each other", "Sich ergänzende Arten"),
        "same_country": ("Same country", "Gleiches Land"),
        "freshness": ("Recently updated profile", "Kürzlich aktualisiertes Profil"),
    },
}


def translate(lang: str, key: str, **params: Any) -> str:
    """The text for `key` in `lang` (English when missing there, the key itself when missing everywhere)."""
    text = MESSAGES.get(lang, {}).get(key) or MESSAGES[DEFAULT_LANGUAGE].get(key, key)
    return text.format(**params) if params else text


def translator(lang: str) -> Translator:
    def t(key: str, **params: Any) -> str:
        return translate(lang, key, **params)

    return t


def label(lang: str, group: str, value: str | None) -> str:
    """A vocabulary value in the UI language; unknown values are shown as they are."""
    if value is None:
        return ""
    pair = LABELS.get(group, {}).get(value)
    if pair is None:
        return value
    return pair[1] if lang == "de" else pair[0]


def sector_label(lang: str, code: str) -> str:
    pair = sectors().get(code)
    if pair is None:
        return code
    return pair[1] if lang == "de" else pair[0]


def from_accept_language(header: str) -> str | None:
    """The supported language the browser prefers most, from a header like `de-DE,de;q=0.9,en;q=0.8`."""
    best: tuple[float, str] | None = None
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().split("-")[0].lower()
        if primary not in LANGUAGES:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        # a higher quality wins; at equal quality the earlier entry does
        candidate = (quality - position * 1e-6, primary)
        if quality > 0 and (best is None or candidate[0] > best[0]):
            best = candidate
    return best[1] if best else None


def choose_language(request: Request) -> str:
    """`?lang=` first, then the cookie a previous switch set, then Accept-Language, then English."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    return from_accept_language(request.headers.get("accept-language", "")) or DEFAULT_LANGUAGE


def remember_choice(request: Request, response: Response) -> None:
    """A `?lang=` switch sticks: store it in a cookie."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=COOKIE_MAX_AGE, **cookie_options(request))


def switch_url(request: Request, lang: str) -> str:
    """The current page in another language (for POST pages: the same address, which also answers GET)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return f"{request.url.path}?{urlencode([*params, ('lang', lang)])}"


def template_context(request: Request) -> dict[str, Any]:
    """What every template gets: the language, `t`, vocabulary labels and the language switch."""
    lang = choose_language(request)
    other = "de" if lang == "en" else "en"
    return {
        "lang": lang,
        "t": translator(lang),
        "label_of": lambda group, value: label(lang, group, value),
        "sector_label": lambda code: sector_label(lang, code),
        "other_lang": other,
        "switch_url": switch_url(request, other),
    }


def _merge_workspace_texts() -> None:
    from matcher.web.workspace_texts import WORKSPACE_MESSAGES

    for lang, texts in WORKSPACE_MESSAGES.items():
        MESSAGES[lang].update(texts)


_merge_workspace_texts()
