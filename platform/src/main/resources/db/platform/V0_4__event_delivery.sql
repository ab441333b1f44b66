-- Where each subscriber's delivery stands: events go out in seq order, one cursor per subscriber.
CREATE TABLE event_delivery (
    subscriber      VARCHAR(64)  NOT NULL,
    last_seq        BIGINT       NOT NULL DEFAULT 0,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NULL,
    last_error      VARCHAR(500) NULL,
    lease_owner     VARCHAR(64)  NULL,
    lease_until     TIMESTAMP(6) NULL,
    delivered       BIGINT       NOT NULL DEFAULT 0,
    retried         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (subscriber)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events a subscriber refused until the attempts ran out: parked for an operator, not lost.
CREATE TABLE event_dead_letter (
    subscriber VARCHAR(64)  NOT NULL,
    seq        BIGINT       NOT NULL,
    last_error VARCHAR(500) NULL,
    parked_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (subscriber, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Event ids this service has applied: a repeated delivery changes nothing twice.
CREATE TABLE applied_event (
    event_id   VARCHAR(100) NOT NULL,
    source     VARCHAR(200) NOT NULL,
    type       VARCHAR(200) NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,
    applied_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_entity_seq ON outbox_event (entity, seq);
