"""Machinery no lesson edits: checks, theme, chart kit, renderer, wiring, data, progress.

See :mod:`helpers` for what each module holds.
"""
