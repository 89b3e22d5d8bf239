"""crisis_sim: offline cyber-crisis tabletop exercise simulator."""

__version__ = "0.1.0"
