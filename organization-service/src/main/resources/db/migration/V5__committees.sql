-- Village "two committees" (村两委): one term per village and election year (换届), its members
-- and the posts they hold in the party branch committee and the villagers' committee.
CREATE TABLE committee_term (
    id                  BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    region_code         VARCHAR(15)  NOT NULL,
    term_year           INT          NOT NULL,
    election_date       DATE         NOT NULL,
    external_system     VARCHAR(50)  NULL,
    external_id         VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_committee_term_village_year (region_code, term_year),
    UNIQUE KEY uk_committee_term_external (external_system, external_id),
    KEY ix_committee_term_year (term_year, region_code),
    CONSTRAINT fk_committee_term_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- party_member_id points at a party member (another feature's table) without a foreign key, so
-- either side can be loaded first and a member's removal never blocks the committee's history.
CREATE TABLE committee_member (
    id                  BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    term_id             BIGINT       NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    gender              VARCHAR(8)   NOT NULL,
    birth_date          DATE         NOT NULL,
    education           VARCHAR(24)  NOT NULL,
    ethnicity           VARCHAR(30)  NULL,
    party_member_id     BIGINT       NULL,
    external_system     VARCHAR(50)  NULL,
    external_id         VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_committee_member_external (external_system, external_id),
    KEY ix_committee_member_term (term_id),
    KEY ix_committee_member_party_member (party_member_id),
    CONSTRAINT fk_committee_member_term FOREIGN KEY (term_id) REFERENCES committee_term (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE committee_member_post (
    member_id BIGINT      NOT NULL,
    post      VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, post),
    KEY ix_committee_member_post (post, member_id),
    CONSTRAINT fk_committee_member_post_member FOREIGN KEY (member_id) REFERENCES committee_member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
