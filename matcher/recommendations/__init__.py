"""What callers ask of the engine: the `Recommender` (partners of an organisation, free-text search, ranked
records for a new domain's texts and rules), pairs for the workspace, batch runs locally or on Ray, training."""
