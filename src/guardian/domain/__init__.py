"""Plain rules and values shared by content, services and ui. No Qt, no SQL."""
