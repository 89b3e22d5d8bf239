"""Printed documents (PDF): rendering only, no business logic; reads the typed scenario.

Building blocks (pdf_base, styles, markup, blocks, i18n) are shared by every document; the paper
kits (paper_kit*) are the first documents built on them.
"""
