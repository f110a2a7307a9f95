"""Matchwerk: matchmaking for regional innovation ecosystems."""

__version__ = "0.1.0"
