"""Where the network view draws each organisation: one ring, names pointing outwards, the
organisation in the middle when the network is around one."""

from __future__ import annotations

import math
import uuid

import pytest

from database.ops import NetworkLink, NetworkNode
from desktop_app.gui.network_view import SPACING, ring_layout


def _node(name, country, in_scope=False, partnerships=1):
    return NetworkNode(uuid.uuid4(), name, "university", country, in_scope, partnerships)


def _link(a, b, shared):
    return NetworkLink(a.id, b.id, tuple((uuid.uuid4(), f"P{i}") for i in range(shared)))


def _ring_order(places, nodes):
    """The organisations on the ring, clockwise from the top."""
    on_ring = [n for n in nodes if (places[n.id].x, places[n.id].y) != (0.0, 0.0)]
    return [n.name for n in sorted(on_ring, key=lambda n: (places[n.id].angle + math.pi / 2) % (2 * math.pi))]


def test_around_one_organisation_it_is_in_the_middle_and_its_partners_go_round_by_country():
    centre = _node("Politecnico di Torino", "IT", in_scope=True, partnerships=9)
    partners = [_node("CNR", "IT"), _node("Politecnico di Milano", "IT"), _node("ENEA", "IT"),
                _node("Fraunhofer", "DE"), _node("KIT", "DE"), _node("CEA", "FR"), _node("Somewhere", None)]
    strength = {"CNR": 2, "Politecnico di Milano": 5, "ENEA": 1, "Fraunhofer": 3, "KIT": 4, "CEA": 6, "Somewhere": 1}
    by_name = {n.name: n for n in partners}
    links = [_link(centre, by_name[name], shared) for name, shared in strength.items()]
    links.append(_link(by_name["CNR"], by_name["KIT"], 9))  # partners' own links do not decide the order
    nodes = [centre, *partners]
    places = ring_layout(nodes, links)

    assert (places[centre.id].x, places[centre.id].y) == (0.0, 0.0)
    # Italy has most partners, then Germany, France, and the organisations with no country last;
    # within a country the partner sharing most partnerships with the middle comes first
    assert _ring_order(places, nodes) == ["Politecnico di Milano", "CNR", "ENEA", "KIT", "Fraunhofer", "CEA",
                                          "Somewhere"]
    first = places[by_name["Politecnico di Milano"].id]
    assert first.x == pytest.approx(0.0, abs=1e-9) and first.y < 0  # the ring starts at the top
    radii = {round(math.hypot(places[n.id].x, places[n.id].y), 6) for n in partners}
    assert len(radii) == 1


@pytest.mark.parametrize("count", [2, 12, 59, 200])
def test_no_two_organisations_on_the_ring_are_closer_than_a_name_is_tall(count):
    centre = _node("Centre", "IT", in_scope=True)
    partners = [_node(f"Partner {i:03}", ("IT", "DE", "FR", "ES")[i % 4]) for i in range(count)]
    places = ring_layout([centre, *partners], [_link(centre, p, 1 + i % 5) for i, p in enumerate(partners)])
    points = [(places[p.id].x, places[p.id].y) for p in partners]
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest >= SPACING * 0.99
    # every partner's name points away from the middle: its angle is the direction of its place
    for p in partners:
        place = places[p.id]
        assert math.atan2(place.y, place.x) == pytest.approx(math.remainder(place.angle, 2 * math.pi), abs=1e-9)


def test_around_a_region_its_organisations_come_first_on_the_ring_and_nothing_is_in_the_middle():
    ours = [_node("Regione Piemonte", "IT", True, 3), _node("Politecnico di Torino", "IT", True, 8),
            _node("Environment Park", "IT", True, 1)]
    theirs = [_node("Fraunhofer", "DE", partnerships=4), _node("CEA", "FR", partnerships=2)]
    links = [_link(ours[1], theirs[0], 4), _link(ours[0], theirs[1], 2), _link(ours[2], ours[1], 1)]
    nodes = theirs + ours
    places = ring_layout(nodes, links)

    assert all((p.x, p.y) != (0.0, 0.0) for p in places.values())
    assert _ring_order(places, nodes) == ["Politecnico di Torino", "Regione Piemonte", "Environment Park",
                                          "Fraunhofer", "CEA"]
    assert ring_layout(nodes, links) == places  # the same network is always drawn the same way


def test_an_organisation_with_no_partners_is_drawn_alone_in_the_middle():
    alone = _node("Alone", "IT", in_scope=True, partnerships=0)
    places = ring_layout([alone], [])
    assert list(places) == [alone.id] and (places[alone.id].x, places[alone.id].y) == (0.0, 0.0)
    assert ring_layout([], []) == {}
