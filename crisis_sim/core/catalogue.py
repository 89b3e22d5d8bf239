"""The recommendation catalogue a debrief maps observations to (assets/catalogue)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from crisis_sim.core.resources import asset_path

DEFAULT_RELATIVE_PATH = "catalogue/recommendations.yaml"
CHECKED_MARKERS = ("V", "S", "U")
_CATALOGUE_KEYS = {"id", "title", "publisher", "version", "year", "url", "checked"}
_CATALOGUE_OPTIONAL = {"date", "chapters"}
_RECOMMENDATION_KEYS = {"id", "catalogue", "ref", "title", "checked"}
_RECOMMENDATION_OPTIONAL = {"chapter", "url"}


@dataclass(frozen=True)
class Bilingual:
    """A short text in French and English."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        # French is the product's first language, so anything that is not English reads French.
        return self.en if lang.lower().startswith("en") else self.fr


@dataclass(frozen=True)
class Chapter:
    id: str
    title: Bilingual


@dataclass(frozen=True)
class CatalogueInfo:
    """One source document (or, for LEGAL, one group of legal facts)."""

    id: str
    title: Bilingual
    publisher: str | None
    version: str | None
    year: int | None
    url: str | None
    checked: str
    date: str | None = None
    chapters: Mapping[str, Chapter] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Recommendation:
    """One item of a source, titled in our own words; `checked` is the brief's V/S/U marker."""

    id: str
    source: CatalogueInfo = field(repr=False)
    ref: str | None
    chapter: Chapter | None
    title: Bilingual
    checked: str
    url: str | None = None

    @property
    def catalogue(self) -> str:
        return self.source.id


class Catalogue:
    """Every recommendation, by id, in file order."""

    def __init__(self, sources: list[CatalogueInfo], items: list[Recommendation]) -> None:
        self._sources = {s.id: s for s in sources}
        self._items = {r.id: r for r in items}

    def get(self, rec_id: str) -> Recommendation:
        try:
            return self._items[rec_id]
        except KeyError:
            hint = ", ".join(self.close_matches(rec_id)) or "none"
            raise KeyError(f"unknown recommendation {rec_id!r} (did you mean: {hint})") from None

    def __contains__(self, rec_id: object) -> bool:
        return rec_id in self._items

    def __iter__(self) -> Iterator[Recommendation]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._items)

    @property
    def sources(self) -> tuple[CatalogueInfo, ...]:
        return tuple(self._sources.values())

    def source(self, cat_id: str) -> CatalogueInfo:
        if cat_id not in self._sources:
            raise KeyError(f"unknown catalogue {cat_id!r}; known: {', '.join(self._sources)}")
        return self._sources[cat_id]

    def by_catalogue(self, cat_id: str) -> tuple[Recommendation, ...]:
        self.source(cat_id)  # an unknown catalogue is a typo, not an empty result
        return tuple(r for r in self._items.values() if r.catalogue == cat_id)

    def close_matches(self, rec_id: str, n: int = 3) -> list[str]:
        # Ids are typed by hand in scenarios: ignore case and zero-padding ("anssi-hyg-7").
        by_key = {_match_key(i): i for i in self._items}
        found = difflib.get_close_matches(_match_key(rec_id), list(by_key), n=n, cutoff=0.6)
        return [by_key[m] for m in found]


def _match_key(rec_id: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group())), rec_id.upper())


def load_catalogue(path: Path | None = None) -> Catalogue:
    if path is None:
        return _load_default()
    return _parse_file(Path(path))


@lru_cache(maxsize=1)
def _load_default() -> Catalogue:
    return _parse_file(asset_path(DEFAULT_RELATIVE_PATH))


class _MalformedError(Exception):
    """Raised deep in parsing; _parse_file adds the file path to it."""


def _parse_file(path: Path) -> Catalogue:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise _MalformedError("expected a mapping with 'catalogues' and 'recommendations'")
        sources = _unique([_source(e) for e in _entries(data, "catalogues")], "catalogue")
        by_id = {s.id: s for s in sources}
        items = [_recommendation(e, by_id) for e in _entries(data, "recommendations")]
        return Catalogue(sources, _unique(items, "recommendation"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    except _MalformedError as exc:
        raise ValueError(f"{path}: {exc}") from None


def _entries(data: dict, key: str) -> list[dict]:
    entries = data.get(key)
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise _MalformedError(f"'{key}' must be a list of mappings")
    return entries


def _unique(entries: list, kind: str) -> list:
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise _MalformedError(f"duplicate {kind} id {entry.id!r}")
        seen.add(entry.id)
    return entries


def _check_keys(entry: dict, required: set[str], optional: set[str]) -> str:
    where = f"entry {entry.get('id', '<no id>')!r}"
    if missing := sorted(required - entry.keys()):
        raise _MalformedError(f"{where}: missing key(s) {', '.join(missing)}")
    if unknown := sorted(map(str, entry.keys() - required - optional)):
        raise _MalformedError(f"{where}: unknown key(s) {', '.join(unknown)}")
    if entry["checked"] not in CHECKED_MARKERS:
        raise _MalformedError(f"{where}: checked must be one of V, S, U, not {entry['checked']!r}")
    return where


def _text(value: Any, where: str) -> Bilingual:
    ok = isinstance(value, dict) and value.keys() == {"fr", "en"}
    if not ok or not all(isinstance(v, str) and v.strip() for v in value.values()):
        raise _MalformedError(
            f"{where}: a title needs non-empty 'fr' and 'en' texts, got {value!r}"
        )
    return Bilingual(fr=value["fr"], en=value["en"])


def _source(e: dict) -> CatalogueInfo:
    where = _check_keys(e, _CATALOGUE_KEYS, _CATALOGUE_OPTIONAL)
    raw_chapters = e.get("chapters") or {}
    if not isinstance(raw_chapters, dict):
        raise _MalformedError(f"{where}: chapters must map a chapter id to its title")
    chapters = MappingProxyType(
        {str(k): Chapter(str(k), _text(v, f"{where} chapter {k}")) for k, v in raw_chapters.items()}
    )
    plain = {k: e.get(k) for k in ("publisher", "version", "year", "url", "checked", "date")}
    return CatalogueInfo(
        id=str(e["id"]), title=_text(e["title"], where), chapters=chapters, **plain
    )


def _recommendation(e: dict, sources: dict[str, CatalogueInfo]) -> Recommendation:
    where = _check_keys(e, _RECOMMENDATION_KEYS, _RECOMMENDATION_OPTIONAL)
    source = sources.get(str(e["catalogue"]))
    if source is None:
        raise _MalformedError(f"{where}: unknown catalogue {e['catalogue']!r}")
    chapter = None
    if e.get("chapter") is not None:
        chapter = source.chapters.get(str(e["chapter"]))
        if chapter is None:
            raise _MalformedError(f"{where}: catalogue {source.id} has no chapter {e['chapter']!r}")
    title = _text(e["title"], where)
    return Recommendation(
        id=str(e["id"]),
        source=source,
        ref=e["ref"],
        chapter=chapter,
        title=title,
        checked=e["checked"],
        url=e.get("url"),
    )
