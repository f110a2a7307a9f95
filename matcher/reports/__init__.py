"""Reports for funders: numbers, CSV and charts of introductions and their outcomes."""
