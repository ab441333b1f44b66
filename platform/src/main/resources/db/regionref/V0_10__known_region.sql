-- The regions a service has confirmed at organization-service: its local copy, so writes for
-- known villages keep working while organization-service is briefly down (see KnownRegions).
CREATE TABLE known_region (
    code        VARCHAR(15)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(15)  NULL,
    checked_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (code),
    KEY ix_known_region_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
