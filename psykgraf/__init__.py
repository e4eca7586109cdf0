"""Shared settings and paths of psykgraf."""
