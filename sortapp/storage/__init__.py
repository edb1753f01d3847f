"""Qt-free storage: every SQL statement of sortapp lives in this package."""
