"""How the tagged PDFs look: one font, NHS blue headings, 10-point body text (sizes in points,
lengths in millimetres)."""

from pathlib import Path

# PDF/UA needs every font embedded, so no PDF core font (Helvetica) as a fall-back:
# Debian's fonts-dejavu-core (.ci/run installs it) has any character people type.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"
NHS_BLUE = (0, 94, 184)
PALE_BLUE = (166, 197, 232)
HEADER_FILL = (232, 237, 238)
BLACK = (0, 0, 0)
HEADING_SIZES = {1: 18, 2: 14, 3: 12}
BODY_SIZE, SMALL_SIZE, LINE = 10, 9, 5
