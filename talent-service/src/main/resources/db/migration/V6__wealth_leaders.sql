-- 双培双带: members trained into wealth leaders and wealth leaders developed into members, and targets.
CREATE TABLE wealth_leader_entry (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    village_code VARCHAR(15)  NOT NULL,
    person_name  VARCHAR(50)  NOT NULL,
    member_id    BIGINT       NULL,
    village_cadre BOOLEAN     NOT NULL DEFAULT FALSE,
    industry     VARCHAR(100) NULL,
    started_on   DATE         NOT NULL,
    achieved_on  DATE         NULL,
    note         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_wealth_entry_village (village_code, kind),
    KEY ix_wealth_entry_achieved (kind, achieved_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wealth_leader_target (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    region_code    VARCHAR(15)   NOT NULL,
    -- The code's subtree prefix, so progress is one join: entries whose village starts with it.
    region_prefix  VARCHAR(15)   NOT NULL,
    target_year    INT           NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    target_percent DECIMAL(5, 2) NOT NULL,
    base_count     INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_wealth_target (region_code, target_year, kind),
    KEY ix_wealth_target_prefix (region_prefix)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
