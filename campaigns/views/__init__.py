"""The campaign calendar's pages, one module per part of the plan."""
