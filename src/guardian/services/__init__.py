"""Use cases the UI calls: content, search, household, exports."""
