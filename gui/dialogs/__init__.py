"""The window's dialogs. Functions that block on the user (`prompts`) are small and separate so tests can
replace them."""
