"""The gazetteer of the region's cities (profiles/cities.csv): a city by its name (accents and case folded), and a
place typed into a search (a city or `lat,lon`) resolved to coordinates."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matcher.errors import InvalidInput

CITIES_FILE = Path(__file__).resolve().parent.parent.parent / "profiles" / "cities.csv"


_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class City:
    name: str
    postcode: str
    latitude: float
    longitude: float
    region: str


def _fold(name: str) -> str:
    """Case- and accent-insensitive key: 'Mülheim an der Ruhr' == 'mulheim an der ruhr' == 'Muelheim ...'."""
    name = name.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    name = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).split())


@cache
def cities() -> dict[str, City]:
    result: dict[str, City] = {}
    if CITIES_FILE.exists():
        with CITIES_FILE.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                city = City(
                    row["name"],
                    row["postcode"],
                    float(row["latitude"]),
                    float(row["longitude"]),
                    row["region"],
                )
                result[_fold(city.name)] = city
    return result


def find_city(name: str | None) -> City | None:
    if not name:
        return None
    return cities().get(_fold(name))


def resolve_place(near: str) -> tuple[float, float]:
    """`near` is a city of the gazetteer or `lat,lon`."""
    match = _LATLON.match(near)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
    city = find_city(near)
    if city is None:
        raise InvalidInput(
            f"unknown place {near!r} for `near`: give a city of the region (see GET /api/v1/cities) "
            "or coordinates as `lat,lon`",
            detail=[{"field": "near", "message": "unknown place"}],
        )
    return city.latitude, city.longitude
