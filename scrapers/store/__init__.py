"""Where posts, verdicts and their evidence are kept: SQLite by default, PostgreSQL by URL."""
