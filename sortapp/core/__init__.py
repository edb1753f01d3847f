"""The Qt-free domain: units, errors, roles, change summaries and canonical hashing."""
