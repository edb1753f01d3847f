"""Use cases: each takes a Database (and the acting user) and returns what changed."""
