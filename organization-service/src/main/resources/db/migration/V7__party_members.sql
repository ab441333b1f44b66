-- Party members (党员) and what hangs off them: household links (党员联户) and points (先锋指数).
-- ID and phone numbers are stored encrypted (AES-GCM, key outside the database) with a keyed
-- hash of the ID number for uniqueness and lookup, so a dump reveals neither.
CREATE TABLE party_member (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    organization_id  BIGINT       NOT NULL,
    region_code      VARCHAR(15)  NOT NULL,
    name             VARCHAR(50)  NOT NULL,
    gender           VARCHAR(8)   NOT NULL,
    ethnicity        VARCHAR(20)  NULL,
    birth_date       DATE         NOT NULL,
    education        VARCHAR(20)  NULL,
    id_number_enc    VARCHAR(128) NOT NULL,
    id_number_hash   CHAR(64)     NOT NULL,
    phone_enc        VARCHAR(128) NULL,
    joined_on        DATE         NOT NULL,
    full_member_on   DATE         NULL,
    status           VARCHAR(20)  NOT NULL,
    left_on          DATE         NULL,
    flowing_away     BOOLEAN      NOT NULL DEFAULT FALSE,
    flowing_where    VARCHAR(200) NULL,
    flowing_since    DATE         NULL,
    door_plate_on    DATE         NULL,
    external_system  VARCHAR(50)  NULL,
    external_id      VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_party_member_id_number (id_number_hash),
    UNIQUE KEY uk_party_member_external (external_system, external_id),
    KEY ix_party_member_region_status (region_code, status),
    KEY ix_party_member_org (organization_id),
    KEY ix_party_member_joined (joined_on),
    KEY ix_party_member_name (name),
    CONSTRAINT fk_party_member_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 党员联户: one member looks after several households; a household is its head and address.
CREATE TABLE member_household (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    member_id       BIGINT       NOT NULL,
    household_head  VARCHAR(50)  NOT NULL,
    group_code      VARCHAR(15)  NULL,
    address         VARCHAR(200) NOT NULL,
    linked_on       DATE         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_household (member_id, household_head, address),
    KEY ix_member_household_group (group_code),
    CONSTRAINT fk_member_household_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_member_household_group FOREIGN KEY (group_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 先锋指数 / 积分管理: scored events; the yearly sum gives the red and black lists.
CREATE TABLE member_point (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    member_id   BIGINT       NOT NULL,
    scored_on   DATE         NOT NULL,
    points      INT          NOT NULL,
    category    VARCHAR(50)  NOT NULL,
    reason      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_member_point_member_date (member_id, scored_on),
    KEY ix_member_point_date (scored_on),
    CONSTRAINT fk_member_point_member FOREIGN KEY (member_id) REFERENCES party_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
