-- Party organizations (党组织) of every type, their parent, and the regions each covers.
CREATE TABLE party_organization (
    id                  BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(40)  NOT NULL,
    parent_id           BIGINT       NULL,
    region_code         VARCHAR(15)  NOT NULL,
    founded_on          DATE         NULL,
    dissolved_on        DATE         NULL,
    external_system     VARCHAR(50)  NULL,
    external_id         VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_party_org_external (external_system, external_id),
    KEY ix_party_org_region (region_code),
    KEY ix_party_org_parent (parent_id),
    KEY ix_party_org_type (type),
    CONSTRAINT fk_party_org_parent FOREIGN KEY (parent_id) REFERENCES party_organization (id),
    CONSTRAINT fk_party_org_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One organization can cover several villages (农村社区党委 over many 行政村).
CREATE TABLE party_organization_region (
    organization_id BIGINT      NOT NULL,
    region_code     VARCHAR(15) NOT NULL,
    PRIMARY KEY (organization_id, region_code),
    KEY ix_party_org_region_code (region_code),
    CONSTRAINT fk_por_org FOREIGN KEY (organization_id) REFERENCES party_organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_por_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
