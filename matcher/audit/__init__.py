"""The audit log: every change written beside it in the same transaction."""
