-- Yearly accounts of a village's collective economy (村集体经济收入), one per village and year.
-- Amounts in yuan, exact. By source: null when the ledger gives no breakdown.
CREATE TABLE income_account (
    id                 BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    village_code       VARCHAR(15)   NOT NULL,
    year               INT           NOT NULL,
    operating_income   DECIMAL(16,2) NOT NULL,
    total_income       DECIMAL(16,2) NOT NULL,
    net_income         DECIMAL(16,2) NOT NULL,
    resource_income    DECIMAL(16,2) NULL,
    asset_lease_income DECIMAL(16,2) NULL,
    service_income     DECIMAL(16,2) NULL,
    investment_income  DECIMAL(16,2) NULL,
    subsidy_income     DECIMAL(16,2) NULL,
    other_income       DECIMAL(16,2) NULL,
    note               VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_income_village_year (village_code, year),
    KEY ix_income_year_village (year, village_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
