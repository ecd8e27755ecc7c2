"""lists sort free text case-insensitively on SQLite

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

SQLite compares text byte by byte: "FZ Srl" came before "Fabbrica", and every mixed-case name
after all the names in capitals of its letter. Lists now order free text (names, titles, cities,
roles, e-mail addresses, ...) with SQLite's built-in NOCASE collation (database.models.sort_key),
and the indexes that serve those orders must say the same to be used. PostgreSQL sorts by the
database's own collation: nothing changes there.

Written out in full (not generated from database.models), so that later changes to the code never
change what this migration does.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


# (index, table, its CREATE statement on SQLite)
INDEXES = [
    ('ix_interactions_subject_sort', 'interactions', 'CREATE INDEX ix_interactions_subject_sort ON interactions (subject COLLATE NOCASE, date, id)'),
    ('ix_partnerships_acronym_sort', 'partnerships', 'CREATE INDEX ix_partnerships_acronym_sort ON partnerships (acronym IS NULL, acronym COLLATE NOCASE, title COLLATE NOCASE, id)'),
    ('ix_partnerships_end_date_sort', 'partnerships', 'CREATE INDEX ix_partnerships_end_date_sort ON partnerships (end_date IS NULL, end_date, title COLLATE NOCASE, id)'),
    ('ix_partnerships_eu_contribution_sort', 'partnerships', 'CREATE INDEX ix_partnerships_eu_contribution_sort ON partnerships (eu_contribution IS NULL, eu_contribution, title COLLATE NOCASE, id)'),
    ('ix_partnerships_programme_sort', 'partnerships', 'CREATE INDEX ix_partnerships_programme_sort ON partnerships (programme IS NULL, programme COLLATE NOCASE, title COLLATE NOCASE, id)'),
    ('ix_partnerships_scheme_id', 'partnerships', 'CREATE INDEX ix_partnerships_scheme_id ON partnerships (scheme, title COLLATE NOCASE, id)'),
    ('ix_partnerships_start_date_sort', 'partnerships', 'CREATE INDEX ix_partnerships_start_date_sort ON partnerships (start_date IS NULL, start_date, title COLLATE NOCASE, id)'),
    ('ix_partnerships_status_id', 'partnerships', 'CREATE INDEX ix_partnerships_status_id ON partnerships (status, title COLLATE NOCASE, id)'),
    ('ix_partnerships_title_id', 'partnerships', 'CREATE INDEX ix_partnerships_title_id ON partnerships (title COLLATE NOCASE, id)'),
    ('ix_partnerships_total_budget_sort', 'partnerships', 'CREATE INDEX ix_partnerships_total_budget_sort ON partnerships (total_budget IS NULL, total_budget, title COLLATE NOCASE, id)'),
    ('ix_partnerships_updated_id', 'partnerships', 'CREATE INDEX ix_partnerships_updated_id ON partnerships (updated_at, title COLLATE NOCASE, id)'),
    ('ix_regions_name_sort', 'regions', 'CREATE INDEX ix_regions_name_sort ON regions (name COLLATE NOCASE, position, id)'),
    ('ix_sectors_name_en_sort', 'sectors', 'CREATE INDEX ix_sectors_name_en_sort ON sectors (name_en COLLATE NOCASE, position, id)'),
    ('ix_sectors_name_it_sort', 'sectors', 'CREATE INDEX ix_sectors_name_it_sort ON sectors (name_it COLLATE NOCASE, position, id)'),
    ('ix_stakeholders_city_sort', 'stakeholders', 'CREATE INDEX ix_stakeholders_city_sort ON stakeholders (city IS NULL, city COLLATE NOCASE, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_country_sort', 'stakeholders', 'CREATE INDEX ix_stakeholders_country_sort ON stakeholders (country IS NULL, country, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_created_id', 'stakeholders', 'CREATE INDEX ix_stakeholders_created_id ON stakeholders (created_at, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_name_id', 'stakeholders', 'CREATE INDEX ix_stakeholders_name_id ON stakeholders (name COLLATE NOCASE, id)'),
    ('ix_stakeholders_pic_sort', 'stakeholders', 'CREATE INDEX ix_stakeholders_pic_sort ON stakeholders (pic IS NULL, pic, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_province_sort', 'stakeholders', 'CREATE INDEX ix_stakeholders_province_sort ON stakeholders (province IS NULL, province, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_short_name_sort', 'stakeholders', 'CREATE INDEX ix_stakeholders_short_name_sort ON stakeholders (short_name IS NULL, short_name COLLATE NOCASE, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_type_name', 'stakeholders', 'CREATE INDEX ix_stakeholders_type_name ON stakeholders (type, name COLLATE NOCASE, id)'),
    ('ix_stakeholders_updated_id', 'stakeholders', 'CREATE INDEX ix_stakeholders_updated_id ON stakeholders (updated_at, name COLLATE NOCASE, id)'),
    ('ix_contacts_email_sort', 'contacts', 'CREATE INDEX ix_contacts_email_sort ON contacts (email IS NULL, email COLLATE NOCASE, name COLLATE NOCASE, id)'),
    ('ix_contacts_last_verified_sort', 'contacts', 'CREATE INDEX ix_contacts_last_verified_sort ON contacts (last_verified IS NULL, last_verified, name COLLATE NOCASE, id)'),
    ('ix_contacts_name_id', 'contacts', 'CREATE INDEX ix_contacts_name_id ON contacts (name COLLATE NOCASE, id)'),
    ('ix_contacts_role_sort', 'contacts', 'CREATE INDEX ix_contacts_role_sort ON contacts (role IS NULL, role COLLATE NOCASE, name COLLATE NOCASE, id)'),
    ('ix_contacts_updated_id', 'contacts', 'CREATE INDEX ix_contacts_updated_id ON contacts (updated_at, name COLLATE NOCASE, id)'),
]


def _recreate(statements) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name, _table, sql in statements:
        bind.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')
        bind.exec_driver_sql(sql)


def upgrade() -> None:
    _recreate(INDEXES)


def downgrade() -> None:
    _recreate([(name, table, sql.replace(" COLLATE NOCASE", "")) for name, table, sql in INDEXES])
