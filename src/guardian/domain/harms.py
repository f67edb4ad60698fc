"""The kinds of harm a parent can ask for help with; ids shared by countries' routes, risks and the Get-help plan."""

HARM_IDS = (
    "csam",
    "grooming",
    "sextortion",
    "intimate_image",
    "cyberbullying",
    "hate",
    "self_harm",
    "violent_extreme",
    "scams",
    "privacy",
    "hacked_account",
    "dangerous_challenge",
)
