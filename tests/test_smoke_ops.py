from database import demo, ops


def test_demo_and_search(db):
    added = demo.load(db)
    assert added > 0
    assert demo.load(db) == 0
    s = ops.stats(db)
    assert s["stakeholders"] >= 40 and s["partnerships"] >= 12 and s["contacts"] >= 20
    hits = ops.search(db, "universita torino")
    assert hits and hits[0].label == "Università degli Studi di Torino"
    page = ops.list_page(db, "stakeholder", sort="city", limit=10)
    assert len(page.rows) == 10
    page2 = ops.list_page(db, "stakeholder", sort="city", limit=10, after=page.next_cursor)
    assert not {r.id for r in page.rows} & {r.id for r in page2.rows}
