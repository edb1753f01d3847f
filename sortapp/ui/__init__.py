"""The Qt Widgets desktop app (the only package besides reports.printing that imports widgets)."""
