-- Collective-economy projects (集体经济项目): villages holding them (with shares for joint
-- projects), investment by funding source, expected and actual yearly income, contracts.
CREATE TABLE project (
    id                     BIGINT        NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    type                   VARCHAR(32)   NOT NULL,
    model                  VARCHAR(32)   NOT NULL,
    lead_village_code      VARCHAR(15)   NOT NULL,
    started_on             DATE          NULL,
    expected_yearly_income DECIMAL(16,2) NULL,
    description            VARCHAR(1000) NULL,
    external_system        VARCHAR(50)   NULL,
    external_id            VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_project_external (external_system, external_id),
    KEY ix_project_lead (lead_village_code),
    KEY ix_project_type_model (type, model)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Shares are fractions with 6 decimals that add up to exactly 1.
CREATE TABLE project_village (
    project_id   BIGINT       NOT NULL,
    village_code VARCHAR(15)  NOT NULL,
    share        DECIMAL(7,6) NOT NULL,
    PRIMARY KEY (project_id, village_code),
    KEY ix_project_village_code (village_code),
    CONSTRAINT fk_project_village FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_funding (
    project_id BIGINT        NOT NULL,
    source     VARCHAR(32)   NOT NULL,
    amount     DECIMAL(16,2) NOT NULL,
    PRIMARY KEY (project_id, source),
    CONSTRAINT fk_project_funding FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_year (
    project_id      BIGINT        NOT NULL,
    year            INT           NOT NULL,
    expected_income DECIMAL(16,2) NULL,
    actual_income   DECIMAL(16,2) NULL,
    PRIMARY KEY (project_id, year),
    CONSTRAINT fk_project_year FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_contract (
    project_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    counterparty     VARCHAR(200)  NOT NULL,
    lease_term_years INT           NULL,
    start_date       DATE          NOT NULL,
    yearly_amount    DECIMAL(16,2) NULL,
    end_of_term      VARCHAR(32)   NOT NULL,
    end_of_term_note VARCHAR(500)  NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_contract FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each village's part of a joint project's actual income in a year (derived on every project
-- write by ShareSplit; summed into the village's accounts and the report).
CREATE TABLE project_income_share (
    project_id   BIGINT        NOT NULL,
    year         INT           NOT NULL,
    village_code VARCHAR(15)   NOT NULL,
    amount       DECIMAL(16,2) NOT NULL,
    PRIMARY KEY (project_id, year, village_code),
    KEY ix_project_share_village_year (village_code, year),
    CONSTRAINT fk_project_share FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
