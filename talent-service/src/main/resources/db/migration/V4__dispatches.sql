-- First secretaries and work-team members (第一书记 / 驻村工作队) sent to villages, and what they brought per year.
CREATE TABLE dispatch (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    person_name  VARCHAR(50)  NOT NULL,
    member_id    BIGINT       NULL,
    unit         VARCHAR(200) NOT NULL,
    village_code VARCHAR(15)  NOT NULL,
    from_date    DATE         NOT NULL,
    to_date      DATE         NULL,
    PRIMARY KEY (id),
    KEY ix_dispatch_village (village_code, from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dispatch_outcome (
    dispatch_id     BIGINT         NOT NULL,
    outcome_year    INT            NOT NULL,
    projects        INT            NOT NULL,
    funds           DECIMAL(15, 2) NOT NULL,
    opinions        INT            NOT NULL,
    problems_solved INT            NOT NULL,
    PRIMARY KEY (dispatch_id, outcome_year),
    CONSTRAINT fk_dispatch_outcome_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatch (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
