"""Forms of the campaign calendar, one module per part of the plan."""
