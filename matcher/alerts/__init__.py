"""Saved searches that alert when new results appear, the in-app inbox and e-mail."""
