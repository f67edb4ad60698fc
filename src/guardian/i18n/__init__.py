"""Languages: which ones Guardian speaks, locale-aware names and dates (Babel), and Qt translators."""
