-- Party member recruitment (发展党员): one row per person in the pipeline, and its dated steps.
CREATE TABLE recruit (
    id                      BIGINT       NOT NULL,
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMP(6) NOT NULL,
    updated_at              TIMESTAMP(6) NOT NULL,
    name                    VARCHAR(50)  NOT NULL,
    gender                  VARCHAR(8)   NOT NULL,
    birth_date              DATE         NOT NULL,
    -- Personal information: AES-GCM ciphertext and a keyed hash, never the number itself.
    id_number_encrypted     VARCHAR(255) NOT NULL,
    id_number_hash          CHAR(64)     NOT NULL,
    -- The hash again while the recruitment is open (NULL once rejected or withdrawn): one open
    -- recruitment per person, enforced by the database even under concurrent requests.
    open_id_number_hash     CHAR(64)     NULL,
    village_code            VARCHAR(15)  NOT NULL,
    branch_id               BIGINT       NULL,
    source                  VARCHAR(32)  NOT NULL,
    application_date        DATE         NOT NULL,
    stage                   VARCHAR(24)  NOT NULL,
    last_step_date          DATE         NOT NULL,
    talk_date               DATE         NULL,
    activist_date           DATE         NULL,
    development_target_date DATE         NULL,
    -- 支部大会讨论通过: the admission date (入党时间) the reports count by.
    branch_meeting_date     DATE         NULL,
    approval_date           DATE         NULL,
    probation_ends          DATE         NULL,
    probation_extended      BOOLEAN      NOT NULL DEFAULT FALSE,
    full_member_date        DATE         NULL,
    closed_on               DATE         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_recruit_open_id_number (open_id_number_hash),
    KEY ix_recruit_id_number (id_number_hash),
    KEY ix_recruit_village (village_code),
    KEY ix_recruit_admitted (branch_meeting_date, village_code),
    KEY ix_recruit_stage (stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recruit_transition (
    id                   BIGINT       NOT NULL,
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    recruit_id           BIGINT       NOT NULL,
    kind                 VARCHAR(24)  NOT NULL,
    from_stage           VARCHAR(24)  NOT NULL,
    to_stage             VARCHAR(24)  NOT NULL,
    step_date            DATE         NOT NULL,
    talk_date            DATE         NULL,
    training_days        INT          NULL,
    training_hours       INT          NULL,
    branch_meeting_date  DATE         NULL,
    votes_entitled       INT          NULL,
    votes_present        INT          NULL,
    votes_for            INT          NULL,
    votes_against        INT          NULL,
    late_approval_reason VARCHAR(500) NULL,
    extension_months     INT          NULL,
    note                 VARCHAR(500) NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_recruit_transition_recruit (recruit_id, step_date),
    CONSTRAINT fk_recruit_transition_recruit FOREIGN KEY (recruit_id) REFERENCES recruit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cultivators (培养联系人) and introducers (入党介绍人) named by a step.
CREATE TABLE recruit_transition_person (
    transition_id BIGINT      NOT NULL,
    position      INT         NOT NULL,
    role          VARCHAR(16) NOT NULL,
    name          VARCHAR(50) NULL,
    member_id     BIGINT      NULL,
    PRIMARY KEY (transition_id, position),
    CONSTRAINT fk_rtp_transition FOREIGN KEY (transition_id) REFERENCES recruit_transition (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
