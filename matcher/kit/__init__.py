"""Domain-free plumbing: the database base and unit of work, durable files, logging.

Nothing in `matcher.kit` imports the rest of `matcher` (not even `matcher.config`): every domain builds on it.
"""
