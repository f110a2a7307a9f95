"""Places: the cities a profile or a search may name, and their coordinates."""
