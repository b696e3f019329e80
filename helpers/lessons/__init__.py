"""One package per lesson: ``lessons/NN_<slug>.ipynb`` calls ``helpers.lessons.<slug>``.

Each lesson package holds that lesson's apps (``apps.py``, with the tuple ``APPS``), exercise
checks (``exercises.py``), models and charts, and names in its ``__init__`` (with
``__all__``) exactly what its notebook may call. No lesson package imports another's: what
two lessons need is promoted to :mod:`helpers.shared`.
"""
