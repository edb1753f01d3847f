"""sortapp: inventory for rough-diamond sorting facilities."""

__version__ = "0.1.0"
