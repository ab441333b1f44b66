-- organization-service's region events keep the local copy current (see RegionEvents):
-- the region's version there orders a late event against a fresher REST answer, and a region
-- removed there is kept here as retired, so old records still print its name.
ALTER TABLE known_region
    ADD COLUMN source_version BIGINT       NULL,
    ADD COLUMN retired_at     TIMESTAMP(6) NULL;
