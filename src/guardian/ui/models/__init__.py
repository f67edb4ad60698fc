"""Qt item models: thin adapters over plain objects."""
