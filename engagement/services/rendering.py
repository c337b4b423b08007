"""The tagged PDF renderer now lives in core.pdf: import it from there. Kept so that a caller
not yet moved (a report made on another branch) still finds it."""

from core.pdf import Block, Bullets, Heading, Paragraph, Table, render_pdf

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table", "render_pdf"]
