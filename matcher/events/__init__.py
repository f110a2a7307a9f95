"""Event matchmaking: short meetings at a conference, requested, scheduled and followed up."""
