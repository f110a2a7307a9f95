"""Tests of the server-rendered pages: parsed HTML (test_pages) and a real browser (test_browser)."""
