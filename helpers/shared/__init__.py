"""What two or more lessons use: the timeline, population and vital rates, and baselines.

A model or chart moves here from a lesson package when a second lesson needs it; lesson
packages never import each other. See :mod:`helpers` for the map.
"""
