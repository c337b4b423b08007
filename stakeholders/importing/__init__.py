"""Importing stakeholder spreadsheets: read (reading), match headers (headers), clean cells
(cleaning, values), decide per row (planning, register_index), write in bulk (writing), and
report (report). services.imports drives it for the web, the Celery job and the command;
resource.py is django-import-export's row-by-row Resource, the benchmark's baseline."""
