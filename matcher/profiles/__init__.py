"""The profile domain: organisations, their opportunities (offers and requests), contacts and cooperations."""
