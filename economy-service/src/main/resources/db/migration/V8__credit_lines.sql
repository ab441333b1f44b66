-- Bank credit lines granted to villages (党建+金融 授信).
CREATE TABLE credit_line (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    village_code VARCHAR(15)   NOT NULL,
    bank         VARCHAR(200)  NOT NULL,
    amount       DECIMAL(16,2) NOT NULL,
    granted_on   DATE          NOT NULL,
    term_years   INT           NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_credit_village_bank_date (village_code, bank, granted_on),
    KEY ix_credit_granted (granted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
