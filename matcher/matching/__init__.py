"""The matching service: keeps the engine's catalogue and indexes in step with the database and answers
match and search requests with schemas the web layer and the CLI can render."""
