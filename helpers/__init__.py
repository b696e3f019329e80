"""Shared helpers for the Great Leap Forward course."""
