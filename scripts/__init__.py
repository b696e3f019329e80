"""Scripts that build the course's files (run them with ``python -m scripts.<name>``)."""
