"""The matching engine: vector indexes, candidate retrieval, filters, scoring and explanations.

It works on plain records (`catalogue.OrgDoc`, `catalogue.OppDoc`) and vectors; it knows nothing of HTTP or SQL.
"""
