-- Cooperatives founded or led by village party branches (党支部领办/创办合作社).
CREATE TABLE cooperative (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    credit_code    CHAR(18)      NULL,
    name           VARCHAR(200)  NOT NULL,
    village_code   VARCHAR(15)   NOT NULL,
    branch_role    VARCHAR(16)   NOT NULL,
    member_count   INT           NOT NULL,
    business_model VARCHAR(500)  NULL,
    founded_on     DATE          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cooperative_credit_code (credit_code),
    KEY ix_cooperative_village (village_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
