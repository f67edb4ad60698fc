"""Dialogs: the first-run welcome and the parent PIN prompts."""
