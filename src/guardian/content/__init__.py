"""Read-only knowledge: loading, validating, indexing and searching the files in resources/."""
