"""Importers that turn other projects' dictionaries into this project's codebook format."""
