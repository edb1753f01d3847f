"""Scenarios apart from the unit tests (which mirror the package under tests/unit): campaigns and
stories across the layers: races, kills, fuzzing, the carat property, the benchmark history,
offline sites, attacks on the file, the write guards under interleavings."""
