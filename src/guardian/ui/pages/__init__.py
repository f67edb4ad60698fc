"""One module per section page."""
