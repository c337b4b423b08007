"""Models for this app arrive with its issue; the app exists so imports point one way."""
