-- Training sessions (头雁 training and the like) and who attended.
CREATE TABLE training_session (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    region_code VARCHAR(15)   NOT NULL,
    held_on     DATE          NOT NULL,
    topic       VARCHAR(200)  NOT NULL,
    organizer   VARCHAR(100)  NOT NULL,
    place       VARCHAR(200)  NULL,
    hours       DECIMAL(6, 1) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_training_region_date (region_code, held_on),
    KEY ix_training_date (held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_attendance (
    session_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    name       VARCHAR(50) NOT NULL,
    member_id  BIGINT      NULL,
    -- "member:<id>" or "name:<name>": what counts distinct people across sessions.
    person_key VARCHAR(80) NOT NULL,
    PRIMARY KEY (session_id, position),
    KEY ix_training_attendance_person (person_key),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
