-- Experts and local talent (专家库, 乡土人才, 科技示范户) and their service events.
CREATE TABLE expert (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    field       VARCHAR(100) NOT NULL,
    region_code VARCHAR(15)  NOT NULL,
    unit        VARCHAR(200) NULL,
    PRIMARY KEY (id),
    KEY ix_expert_region (region_code, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_service_event (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    expert_id      BIGINT       NOT NULL,
    served_on      DATE         NOT NULL,
    sessions       INT          NOT NULL,
    people_trained INT          NOT NULL,
    topic          VARCHAR(200) NULL,
    village_code   VARCHAR(15)  NULL,
    PRIMARY KEY (id),
    KEY ix_expert_service_expert (expert_id, served_on),
    KEY ix_expert_service_date (served_on),
    CONSTRAINT fk_expert_service_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
