-- Doubling plans (村级集体经济倍增工程): from a baseline year's operating income to a multiple
-- of it by a target year, phase by phase (一年建设、两年巩固、三年发展、四年倍增).
CREATE TABLE doubling_plan (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    village_code    VARCHAR(15)   NOT NULL,
    baseline_year   INT           NOT NULL,
    baseline_income DECIMAL(16,2) NOT NULL,
    target_multiple DECIMAL(6,2)  NOT NULL,
    target_year     INT           NOT NULL,
    model           VARCHAR(16)   NOT NULL,
    note            VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_plan_village_baseline (village_code, baseline_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
