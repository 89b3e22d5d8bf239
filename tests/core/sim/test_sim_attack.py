"""Attack reach over zones, and containment before or after a step."""

from __future__ import annotations

from crisis_sim.core.scenario.model_decisions import Effect

MIN, H = 60, 3600

ZONES = [
    {"id": "internet", "kind": "internet"},
    {"id": "dmz", "kind": "dmz", "links": ["internet"]},
    {"id": "lan", "links": ["dmz"]},
]
# internet -> web (dmz) at 1 h; from that foothold into the lan at 2 h; encryption at 3 h.
RANSOMWARE = [
    {"id": "entree", "at": "1h", "kind": "initial-access", "effect": "compromise"}
    | {"targets": ["web"], "entry": "internet"},
    {"id": "rebond", "at": "2h", "effect": "compromise", "target_zones": ["lan"]},
    {"id": "chiffrement", "at": "3h", "kind": "encryption", "effect": "encrypt"}
    | {"target_zones": ["lan", "dmz"], "target_kinds": ["server"]},
]


def town_hall(kit, steps=RANSOMWARE, decisions=()):
    return kit.scenario(
        [
            kit.node("web", "server", zone="dmz"),
            kit.node("srv", "server", zone="lan"),
            kit.node("ad", "server", zone="lan"),
            kit.node("postes", "workstations", zone="lan"),
            kit.node("app", "application", "srv", zone="lan"),
            kit.node("saas", "external"),
        ],
        zones=ZONES,
        steps=list(steps),
        decisions=list(decisions),
    )


def simulate(engine, scenario, actions=(), until=4 * H):
    sim = engine(scenario)
    for at, action in actions:
        sim.apply(action, at=at)
    sim.run(until)
    return sim


def test_the_attack_spreads_from_its_foothold_and_encrypts(engine, kit):
    sim = simulate(engine, town_hall(kit))
    assert kit.changes(sim, "web") == [(1 * H, "compromised"), (3 * H, "encrypted")]
    assert kit.changes(sim, "srv") == [(2 * H, "compromised"), (3 * H, "encrypted")]
    # target_kinds keeps encryption to servers: the workstations stay compromised only.
    assert kit.changes(sim, "postes") == [(2 * H, "compromised")]
    assert kit.changes(sim, "app") == [(2 * H, "compromised"), (3 * H, "down")]
    assert sim.state_at("srv").cause.detail == "encrypted by step 'chiffrement'"


def test_isolating_the_lan_before_the_spread_keeps_it_clean(engine, kit):
    sim = simulate(engine, town_hall(kit), [(90 * MIN, Effect(isolate=("lan",)))])
    assert kit.changes(sim, "srv") == []
    assert kit.changes(sim, "web") == [(1 * H, "compromised"), (3 * H, "encrypted")]
    spread = next(o for o in sim.attack_log if o.step == "rebond")
    assert spread.hit == ()
    assert set(spread.out_of_reach) == {"srv", "ad", "postes", "app"}


def test_isolating_a_node_before_encryption_protects_it(engine, kit):
    sim = simulate(engine, town_hall(kit), [(150 * MIN, Effect(isolate=("srv",)))])
    assert kit.changes(sim, "srv") == [(2 * H, "compromised"), (150 * MIN, "isolated")]
    assert kit.changes(sim, "ad")[-1] == (3 * H, "encrypted")  # ad is still a foothold
    assert next(o for o in sim.attack_log if o.step == "chiffrement").protected == ("srv",)


def test_a_decision_at_the_same_time_as_a_step_comes_first(engine, kit):
    sim = simulate(engine, town_hall(kit), [(3 * H, Effect(shut_down=("srv",)))])
    assert kit.changes(sim, "srv") == [(2 * H, "compromised"), (3 * H, "down")]


def test_isolation_after_encryption_does_not_undo_it(engine, kit):
    late = [(4 * H, Effect(isolate=("lan",))), (4 * H, Effect(isolate=("srv",)))]
    sim = simulate(engine, town_hall(kit), late, until=5 * H)
    assert kit.changes(sim, "srv") == [(2 * H, "compromised"), (3 * H, "encrypted")]


def test_cutting_the_internet_link_blocks_the_initial_access(engine, kit):
    sim = simulate(engine, town_hall(kit), [(0, Effect(cut_link=("internet", "dmz")))])
    # No foothold: the later steps, which start from footholds, reach nothing either.
    assert all(kit.changes(sim, n) == [] for n in ("web", "srv", "ad", "postes", "app"))
    assert [o.hit for o in sim.attack_log] == [(), (), ()]


def test_isolating_the_entry_zone_leaves_only_its_own_nodes_in_reach(engine, kit):
    steps = [
        {"id": "scan", "at": "1h", "effect": "disable", "entry": "dmz"}
        | {"target_zones": ["dmz", "lan"]}
    ]
    sim = simulate(engine, town_hall(kit, steps), [(0, Effect(isolate=("dmz",)))])
    assert kit.changes(sim, "web") == [(1 * H, "down")]
    assert kit.changes(sim, "srv") == []


def test_a_node_without_zone_is_reached_only_when_named_and_accessible(engine, kit):
    steps = [
        {"id": "ddos", "at": "1h", "effect": "disable", "targets": ["saas"]},
        {"id": "phishing", "at": "2h", "effect": "compromise", "targets": ["web"]}
        | {"entry": "internet"},
        {"id": "ddos-2", "at": "3h", "effect": "disable", "targets": ["saas"]},
    ]
    sim = simulate(engine, town_hall(kit, steps))
    # At 1 h there is no entry and no foothold yet; at 3 h web is a foothold.
    assert kit.changes(sim, "saas") == [(3 * H, "down")]


def test_degrade_and_exfiltrate_effects(engine, kit):
    steps = [
        {"id": "defacement", "at": "1h", "effect": "degrade", "entry": "internet"}
        | {"targets": ["web"]},
        {"id": "vol", "at": "2h", "effect": "exfiltrate", "entry": "internet", "targets": ["web"]},
    ]
    sim = simulate(engine, town_hall(kit, steps))
    assert kit.changes(sim, "web") == [(1 * H, "degraded"), (2 * H, "degraded")]
    record = sim.state_at("web")
    assert (record.level, record.exfiltrated, record.compromised) == (1, True, False)


def test_a_step_over_many_nodes_keeps_each_ones_own_earlier_causes(engine, kit):
    """The encryption hits web (compromised by the entry step) and srv and ad (by the spread):
    each keeps the cause of its own compromise, and all get the encryption's."""
    sim = simulate(engine, town_hall(kit))
    world = sim.world
    first_compromise = {
        node_id: world.conditions[world.node(node_id)].compromised.detail
        for node_id in ("web", "srv", "ad", "postes")
    }
    assert first_compromise == {
        "web": "compromised by step 'entree'",
        "srv": "compromised by step 'rebond'",
        "ad": "compromised by step 'rebond'",
        "postes": "compromised by step 'rebond'",
    }
    for node_id in ("web", "srv", "ad"):
        encrypted = world.conditions[world.node(node_id)].encrypted
        assert encrypted.detail == "encrypted by step 'chiffrement'", node_id
    assert world.conditions[world.node("postes")].encrypted is None
    # Nodes in the same condition share the new one (and its state), as a clean node does.
    assert world.conditions[world.node("srv")] is world.conditions[world.node("ad")]
    assert world.own[world.node("srv")] is world.own[world.node("ad")]
