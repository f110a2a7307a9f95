"""Introductions between organisations from suggestion to cooperation, and the managers' queue of pairs."""
