"""The bundled default dataset: ``roster.json``, read with :mod:`importlib.resources`.

The roster holds the Platinum and Gold memberships the sources name, 2012 to 2026, each fact
with its ``sources`` citations; approximated dates cite the ``dataset-choices`` document (see
the membership guide). Load it with :func:`openinfra_model.default_roster`.
"""
