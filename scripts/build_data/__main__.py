"""``python -m scripts.build_data``: rebuild ``data/`` from ``data/raw/``."""

from .run import main

raise SystemExit(main())
