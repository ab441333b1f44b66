-- Reserve cadres (后备干部) per village, and their appointment into the two committees.
CREATE TABLE reserve_cadre (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    village_code   VARCHAR(15)  NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    gender         VARCHAR(8)   NOT NULL,
    birth_date     DATE         NOT NULL,
    education      VARCHAR(24)  NOT NULL,
    category       VARCHAR(24)  NOT NULL,
    source         VARCHAR(50)  NULL,
    party_member   BOOLEAN      NOT NULL,
    reserved_on    DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    post           VARCHAR(32)  NULL,
    appointed_on   DATE         NULL,
    term_year      INT          NULL,
    PRIMARY KEY (id),
    KEY ix_reserve_cadre_village (village_code, status),
    KEY ix_reserve_cadre_category (category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
