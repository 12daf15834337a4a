"""Views: turn query and analysis results into text, files and pages (no extraction, no SPARQL)."""
