-- The outbox: every write appends its change here in the same transaction.
CREATE TABLE outbox_event (
    seq         BIGINT       NOT NULL,
    event_id    CHAR(36)     NOT NULL,
    entity      VARCHAR(64)  NOT NULL,
    entity_key  VARCHAR(128) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    payload     LONGTEXT     NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_entity (entity, entity_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row whose lock orders writers: numbers are taken in commit order, with no gaps.
CREATE TABLE outbox_sequence (
    id       TINYINT NOT NULL,
    last_seq BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO outbox_sequence (id, last_seq) VALUES (1, 0);
