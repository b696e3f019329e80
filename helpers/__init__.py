"""The course's code, in three parts. Read this first; it says where everything goes.

``helpers.core``: machinery no lesson edits
    ``validate`` argument checks that name the parameter and the allowed range;
    ``theme`` the course's colours and sizes; ``chart_kit`` the parts every chart uses
    (the ink colour, the year axis, the famine band, panel titles, descriptions built from
    clauses, charts built once and filled with new data); ``render`` the one module that
    knows how a chart reaches the screen; ``ui`` the one wiring helper (controls -> model ->
    chart); ``feedback`` explained answers for exercise checks; ``display`` the labelled
    tables and sentences a cell shows instead of Python's reprs; ``quiz`` check-yourself
    questions answered with a click; ``presentation`` the cells a projected lesson shows; ``progress`` the learner's
    passed exercises; ``data`` checked tables from ``data/``; ``reference`` the glossary and
    bibliography; ``course`` the course map read from the lessons; ``course_files`` the
    files written from it (``make index``); ``launch`` Binder and hub links; ``discovery``
    every lesson and app, found by convention; ``paths`` where the repository's folders are;
    ``i18n`` the language a lesson is read in (``lessons/kk/`` chooses Kazakh).

``helpers.shared``: what two or more lessons use
    ``timeline`` and ``timeline_chart`` the dated events; ``vital_rates`` population
    (mid-year, computed only here), birth and death rates, the source text's S20 table;
    ``baselines`` the normal-years rate an excess is counted against (lessons 06 and 07).

``helpers.lessons.<slug>``: one package per lesson ``lessons/NN_<slug>.ipynb``
    ``__init__`` names (with ``__all__``) exactly what the notebook may call;
    ``apps.py`` the app factories and ``APPS``; ``exercises.py`` the checks ``ex_N``;
    ``evidence.py`` figures read from ``data/``, and the models run on them;
    ``figures.py`` static charts of the course data; ``charts.py`` chart functions
    (DataFrame -> chart); the lesson's models in modules named by topic
    (``index_chains.py``, ``mess_halls.py``).

Where a new thing goes: a chart for lesson 04 goes in ``helpers/lessons/crisis/charts.py``;
a model only one lesson uses goes in that lesson's package; when a second lesson needs it,
move it to ``helpers.shared`` (lesson packages never import each other); a part every chart
can use goes in ``helpers.core.chart_kit``. A new lesson starts as a copy of ``template/``
(``CONTRIBUTING.md`` says how). Tests mirror this layout in ``tests/``.
"""
