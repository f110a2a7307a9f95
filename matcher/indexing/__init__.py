"""Keeping the engine in step with the database: the `Indexer` loads, rebuilds and saves the indexes and applies
each committed change to them (`service.py`), from the engine's records of the database (`documents.py`)."""
