"""The bundled data, read with :mod:`importlib.resources`.

* ``record.json`` -- the one foundation record: organisations, Platinum and Gold memberships
  2012-2026, the board 2020-2026 from every board-page version, officers, vacancies; every fact
  with its sources, every approximation a numbered choice (:mod:`openinfra_model.record`);
* ``individuals-synthetic.json`` -- a SYNTHETIC sample of Individual members (generated names
  and dates, flagged ``synthetic``), for the election roll only, never for report or board
  figures;
* ``community.json`` -- regional hubs, hosted projects and partnerships;
* ``counting-example.json`` -- a Meek STV count example.
"""
