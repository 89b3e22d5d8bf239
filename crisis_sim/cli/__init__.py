"""Command-line interface: the same core as the GUI, for trainers, scripts and CI."""
