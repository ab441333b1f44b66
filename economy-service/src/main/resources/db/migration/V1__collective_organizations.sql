-- Rural collective economic organizations (村集体经济组织 / 股份经济合作社), keyed by their
-- unified social credit code (GB 32100).
CREATE TABLE collective_organization (
    id                     BIGINT       NOT NULL,
    version                BIGINT       NOT NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    credit_code            CHAR(18)     NOT NULL,
    legacy_check_character BOOLEAN      NOT NULL DEFAULT FALSE,
    name                   VARCHAR(200) NOT NULL,
    region_code            VARCHAR(15)  NOT NULL,
    registered_on          DATE         NULL,
    member_count           INT          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_collective_credit_code (credit_code),
    KEY ix_collective_region (region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
