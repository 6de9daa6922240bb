"""Adapters that turn a source (feed, page, export file, folder) into ``Post`` objects."""
