-- Party–mass service centres (党群服务中心), one per village, the works done on them each year
-- (新建 / 改扩建 / 升级改造) and the village's yearly operating funds (运转经费). Money is exact: DECIMAL.
CREATE TABLE service_center (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    region_code         VARCHAR(15)   NOT NULL,
    name                VARCHAR(200)  NULL,
    area                DECIMAL(10,2) NOT NULL,
    state               VARCHAR(24)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_service_center_region (region_code),
    KEY ix_service_center_state (state),
    CONSTRAINT fk_service_center_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_center_work (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    center_id           BIGINT        NOT NULL,
    work_year           INT           NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    completed_on        DATE          NULL,
    investment          DECIMAL(14,2) NULL,
    external_system     VARCHAR(50)   NULL,
    external_id         VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_service_center_work_external (external_system, external_id),
    KEY ix_service_center_work_center (center_id, work_year),
    KEY ix_service_center_work_year (work_year, kind),
    CONSTRAINT fk_service_center_work_center FOREIGN KEY (center_id) REFERENCES service_center (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_center_fund (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    center_id           BIGINT        NOT NULL,
    fund_year           INT           NOT NULL,
    amount              DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_service_center_fund_year (center_id, fund_year),
    KEY ix_service_center_fund_year (fund_year),
    CONSTRAINT fk_service_center_fund_center FOREIGN KEY (center_id) REFERENCES service_center (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
