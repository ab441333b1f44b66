-- Every create and update of a party organization leaves a row here, so renames and moves keep
-- their history. No foreign key to party_organization: the history outlives a deleted organization.
CREATE TABLE party_organization_history (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    organization_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    parent_id       BIGINT       NULL,
    region_code     VARCHAR(15)  NOT NULL,
    valid_from      TIMESTAMP(6) NOT NULL,
    valid_to        TIMESTAMP(6) NULL,
    changed_by      VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_party_org_history_org (organization_id, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Alliances (党建联盟): party organizations, and partners outside the tree, joined for a purpose.
CREATE TABLE alliance (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    purpose      VARCHAR(2000) NULL,
    region_code  VARCHAR(15)   NOT NULL,
    founded_on   DATE          NULL,
    PRIMARY KEY (id),
    KEY ix_alliance_region (region_code),
    KEY ix_alliance_kind (kind),
    CONSTRAINT fk_alliance_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE alliance_organization (
    alliance_id     BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (alliance_id, organization_id),
    KEY ix_alliance_org_org (organization_id),
    CONSTRAINT fk_alliance_org_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE,
    CONSTRAINT fk_alliance_org_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Partners outside the organization tree (universities, enterprises), by name.
CREATE TABLE alliance_partner (
    alliance_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (alliance_id, position),
    CONSTRAINT fk_alliance_partner_alliance FOREIGN KEY (alliance_id) REFERENCES alliance (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
