"""The Qt desktop shell: the facilitator's console and the players' screen.

A thin shell over the Qt-free core: views render core state through Qt item models and
graphics items; each slot reads its input and makes one core call. Entry point: ``run_gui``
in ``crisis_sim.gui.app``.
"""
