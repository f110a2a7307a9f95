"""Measurements of match quality: benchmarks that the `matcher eval` commands run and report."""
