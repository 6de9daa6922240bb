"""Brand self-audits: which stored posts are about a brand, and whether they disclosed."""
