"""Printed documents: data built in the core, rendered here."""
