"""The first-hour checklist cites only real catalogue ids, and the essential ones."""

from __future__ import annotations

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.export.first_hour import first_hour_actions
from crisis_sim.export.i18n import use_language


def test_checklist_ids_are_in_the_catalogue(qapp):
    use_language("fr")
    catalogue = load_catalogue()
    cited = [rec_id for _, ids in first_hour_actions() for rec_id in ids]
    assert [rec_id for rec_id in cited if rec_id not in catalogue] == []
    for essential in (
        "ANSSI-RANSOM-STANDBY",
        "ANSSI-RANSOM-NO-RANSOM",
        "GDPR-ART-33",
        "LEGAL-COMPLAINT",
        "CERTFR-2024-RFX-001",
        "CYBERMALVEILLANCE-ASSIST",
    ):
        assert essential in cited
