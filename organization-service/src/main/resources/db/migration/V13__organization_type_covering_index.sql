-- Organizations by type on a day (the organization report): with the region, founding and
-- dissolution dates in the type index the count for a province's 21,500 organizations is read
-- from the index alone (3 ms instead of 12 ms visiting every row). It still serves the list's
-- filter by type, so it replaces the one-column index.
ALTER TABLE party_organization
    ADD KEY ix_party_org_type_region_dates (type, region_code, founded_on, dissolved_on),
    DROP KEY ix_party_org_type;
