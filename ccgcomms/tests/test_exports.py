from ccgcomms.exports import defuse


def test_it_defuses_cells_a_spreadsheet_would_run():
    for cell in ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]:
        assert defuse(cell) == "'" + cell


def test_it_leaves_ordinary_cells_alone():
    assert defuse("Bootle") == "Bootle"
    assert defuse(42) == 42
    assert defuse(None) == ""


def test_instants_are_written_in_uk_time_without_an_offset():
    import datetime

    summer = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
    assert defuse(summer) == datetime.datetime(2026, 6, 1, 10, 0)  # BST


def test_other_objects_are_written_as_their_text_and_defused():
    class Person:
        def __str__(self):
            return "=Casey Comms"

    assert defuse(Person()) == "'=Casey Comms"
