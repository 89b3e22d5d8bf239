"""Where the bundled scenarios and assets are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    # A wheel carries the data inside the package (see pyproject's force-include);
    # a source checkout or an editable install reads it from the repository's top level.
    bundled = _PACKAGE_DIR / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / name


def scenarios_dir() -> Path:
    return _data_dir("scenarios")


def assets_dir() -> Path:
    return _data_dir("assets")


def asset_path(relative: str) -> Path:
    return assets_dir() / relative
