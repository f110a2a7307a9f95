"""Corporate challenges: open calls that start-ups and researchers answer, with jury, scoring, shortlist and pitch day."""
