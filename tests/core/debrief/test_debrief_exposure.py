"""Single points of failure and the dependencies the attack went through."""

from __future__ import annotations

from debrief_scenario import ids

from crisis_sim.core.analysis import criticality_ranking, single_points_of_failure
from crisis_sim.core.debrief import FindingKind

FINEX = "- at: H+12\n  finex: true\n"


def test_a_component_whose_loss_alone_stops_several_services_is_a_spof(debrief):
    finding = debrief(FINEX).finding("single-point-of-failure:dns")
    assert finding.kind is FindingKind.SINGLE_POINT_OF_FAILURE
    assert "Library" in finding.summary.en
    assert "Civil registry" in finding.summary.en
    assert "ANSSI-CRISE-F01" in finding.recommendation_ids


def test_a_redundant_component_is_not_a_spof(town, debrief):
    spofs = single_points_of_failure(criticality_ranking(town(redundant_dns=True)))
    assert "dns" not in {entry.node for entry in spofs}
    assert "single-point-of-failure:dns" not in ids(debrief(FINEX, redundant_dns=True))


def test_the_attack_path_through_a_redundant_pair_is_named(debrief):
    # Both DNS servers are encrypted: the attack went through the redundancy.
    result = debrief(FINEX, redundant_dns=True)
    paths = [f for f in result.findings if f.kind is FindingKind.ATTACK_PATH]
    assert [f.subject for f in paths] in (["dns"], ["dns2"])
    assert "Library" in paths[0].summary.en


def test_a_spof_is_not_named_twice_as_an_attack_path(debrief):
    result = debrief(FINEX)
    assert "attack-path:dns" not in ids(result)
    assert "attack-path:srv" not in ids(result)


def test_nothing_down_means_no_exposure_finding(debrief):
    result = debrief("- at: M+30\n  finex: true\n")
    kinds = {f.kind for f in result.findings}
    assert FindingKind.SINGLE_POINT_OF_FAILURE not in kinds
    assert FindingKind.ATTACK_PATH not in kinds
