-- The division-code tree (统计用区划代码) from province to village, plus villager groups.
CREATE TABLE region (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    code           VARCHAR(15)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    level          VARCHAR(16)  NOT NULL,
    parent_code    VARCHAR(15)  NULL,
    kind           VARCHAR(24)  NOT NULL,
    category       VARCHAR(50)  NULL,
    tier           VARCHAR(24)  NULL,
    key_village    BOOLEAN      NOT NULL DEFAULT FALSE,
    weak_and_lax   BOOLEAN      NOT NULL DEFAULT FALSE,
    weak_economy   BOOLEAN      NOT NULL DEFAULT FALSE,
    demonstration  BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_region_code (code),
    KEY ix_region_parent (parent_code),
    KEY ix_region_level_code (level, code),
    KEY ix_region_name (name),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
