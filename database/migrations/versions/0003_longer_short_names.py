"""longer short names, postcodes and acronyms: CORDIS publishes them

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

The CORDIS participant table of May 2024 has short names of up to 197 characters, postcodes of up
to 20 ("P.Bag 13112 Windhoek") and a project acronym of 73. At 80, 16 and 60 characters the import
refused 313 of its rows, and 95 organisations with all their participations were left out.

On SQLite the declared length is not enforced, but the schema states it: batch mode copies each
table to change it, and that copy leaves out the indexes on expressions and the collations of the
others (the lists' sort indexes): every index of the table is made again here exactly as it was.
"""
import warnings

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


# table -> (column, length before, length after)
WIDER = {
    "stakeholders": [("short_name", 80, 200), ("postcode", 16, 32)],
    "partnerships": [("acronym", 60, 100)],
}


def _change(lengths: dict) -> None:
    bind = op.get_bind()
    for table, columns in lengths.items():
        if bind.dialect.name != "sqlite":
            for column, before, after in columns:
                op.alter_column(table, column, type_=sa.String(after), existing_type=sa.String(before))
            continue
        indexes = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                       "AND sql IS NOT NULL", (table,)).fetchall()
        with warnings.catch_warnings(), op.batch_alter_table(table, recreate="always") as batch:
            warnings.simplefilter("ignore")  # "skipped expression-based index": made again below
            for column, before, after in columns:
                batch.alter_column(column, type_=sa.String(after), existing_type=sa.String(before))
        for name, sql in indexes:  # (the copy also loses the COLLATE NOCASE of the indexes it keeps)
            bind.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')
            bind.exec_driver_sql(sql)


def upgrade() -> None:
    _change(WIDER)


def downgrade() -> None:
    _change({table: [(column, after, before) for column, before, after in columns]
             for table, columns in WIDER.items()})
