"""The ids an import gives new records (bulk.IdMaker): unique, in the order made, valid UUIDs of
version 7, made alike one by one and many at once."""

from __future__ import annotations

import copy
import uuid

from database.imports.bulk import IdMaker


def test_many_ids_are_the_ids_one_call_each_would_make():
    maker = IdMaker()
    maker()
    twin = copy.copy(maker)
    assert maker.many(1000) == [twin() for _ in range(1000)]
    assert maker() == twin()  # both went on from the same place


def test_ids_are_unique_ordered_version_7_uuids():
    maker = IdMaker()
    ids = [maker() for _ in range(5)] + maker.many(50_000) + [maker()]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert all(type(i) is uuid.UUID and i.version == 7 and i.variant == uuid.RFC_4122 for i in ids[:10] + ids[-10:])
    assert [str(i) for i in ids[:3]] == [str(uuid.UUID(i.hex)) for i in ids[:3]]  # (as the constructor makes them)
    assert hash(ids[7]) == hash(uuid.UUID(ids[7].hex)) and ids[7] == uuid.UUID(ids[7].hex)


def test_two_makers_in_the_same_millisecond_make_different_ids():
    a, b = IdMaker(), IdMaker()
    b._ms = a._ms  # (as if started together)
    b._base = b._layout()
    assert not set(a.many(1000)) & set(b.many(1000))
