"""Render one page of each kind of the paper kit to PNG, for docs/paper-kits.md.

    python tools/render_paper_kit_pages.py [SCENARIO] [--lang fr|en] [--out docs/screenshots]

Needs poppler's ``pdftoppm`` and ``pdftotext`` (Debian: ``apt-get install poppler-utils``).
Pages are found by the section name printed in their foot.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crisis_sim.cli.scenario_commands import load  # noqa: E402 (after the path is set)
from crisis_sim.export.i18n import translate, use_language  # noqa: E402
from crisis_sim.export.paper_kit import render_paper_kit  # noqa: E402

DPI = 80


def page_kinds() -> dict[str, tuple[str, int]]:
    """Screenshot name -> (section name in the page foot, which page of the section)."""
    return {
        "animators-card": (translate("ExportExercise", "Inject cards — animation team copy"), 1),
        "players-card": (translate("ExportExercise", "Inject cards — players' copy"), 1),
        "chronogramme": (translate("ExportExercise", "Chronogramme — facilitator's sheet"), 0),
        "observer-grid": (translate("ExportExercise", "Observer grid"), 0),
        "directory": (translate("ExportDay", "Crisis contact directory"), 0),
        "fallback-sheet": (translate("ExportDay", "Paper fallback procedures") + " — ", 0),
        "first-hour-checklist": (translate("ExportDay", "First-hour checklist"), 0),
    }


def page_feet(pdf: Path) -> list[str]:
    """The last line of each page's text, laid out as printed: the running foot."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        ([line for line in page.splitlines() if line.strip()] or [""])[-1]
        for page in text.split("\f")
    ]


def render(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), *pages, str(pdf), str(stem)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", default="angers-2021")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        print("needs pdftoppm and pdftotext (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    result = load(args.scenario)
    if result.scenario is None:
        print(f"{args.scenario}: not a valid scenario", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "kit.pdf"
        render_paper_kit(result.scenario, pdf, lang=args.lang)
        use_language(args.lang)
        feet = page_feet(pdf)
        render(pdf, 1, args.out / "paper-kit-cover.png")
        for name, (section, nth) in page_kinds().items():
            pages = [number for number, foot in enumerate(feet, start=1) if section in foot]
            page = pages[min(nth, len(pages) - 1)]
            render(pdf, page, args.out / f"paper-kit-{name}.png")
            print(f"paper-kit-{name}.png: page {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
