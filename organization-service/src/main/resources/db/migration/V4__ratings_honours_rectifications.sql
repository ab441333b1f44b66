-- Yearly ratings of party organizations: class (一类/二类/三类), stars (十星级), 最强党支部, 四化.
CREATE TABLE rating (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    organization_id  BIGINT       NOT NULL,
    year             INT          NOT NULL,
    class_grade      VARCHAR(8)   NOT NULL,
    stars            INT          NULL,
    strongest_branch BOOLEAN      NOT NULL DEFAULT FALSE,
    standardized     BOOLEAN      NOT NULL DEFAULT FALSE,
    assessed_on      DATE         NULL,
    external_system  VARCHAR(50)  NULL,
    external_id      VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rating_org_year (organization_id, year),
    UNIQUE KEY uk_rating_external (external_system, external_id),
    KEY ix_rating_year_class (year, class_grade),
    CONSTRAINT fk_rating_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Honours (红旗村, 示范点, 党建品牌 ...) with the year and who awarded them.
CREATE TABLE honour (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    organization_id BIGINT       NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    year            INT          NOT NULL,
    title           VARCHAR(200) NOT NULL,
    issuer          VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_honour_natural (organization_id, year, kind, title),
    KEY ix_honour_year_kind (year, kind),
    CONSTRAINT fk_honour_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rectification ledger (软弱涣散 / 相对后进 整顿), closed (销号) only with a note.
CREATE TABLE rectification (
    id                   BIGINT        NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    organization_id      BIGINT        NOT NULL,
    reason               VARCHAR(24)   NOT NULL,
    description          VARCHAR(2000) NULL,
    leader_name          VARCHAR(100)  NOT NULL,
    leader_post          VARCHAR(200)  NOT NULL,
    opened_on            DATE          NOT NULL,
    deadline             DATE          NOT NULL,
    status               VARCHAR(8)    NOT NULL,
    closed_on            DATE          NULL,
    closing_note         VARCHAR(2000) NULL,
    -- The organization's id while the entry is open, NULL once closed: at most one open entry each.
    open_organization_id BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rectification_open (open_organization_id),
    KEY ix_rectification_org (organization_id),
    KEY ix_rectification_status_deadline (status, deadline),
    KEY ix_rectification_opened (opened_on),
    KEY ix_rectification_closed (closed_on),
    CONSTRAINT fk_rectification_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rectification_measure (
    rectification_id BIGINT        NOT NULL,
    position         INT           NOT NULL,
    measure          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (rectification_id, position),
    CONSTRAINT fk_rectification_measure FOREIGN KEY (rectification_id) REFERENCES rectification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
