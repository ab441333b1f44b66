-- How far the outbox has been purged (see OutboxRetention): the change feed answers 410 Gone to a
-- cursor below this, because the rows after it that the client has not seen are gone.
CREATE TABLE outbox_purge (
    id             TINYINT      NOT NULL,
    purged_through BIGINT       NOT NULL,
    purged_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO outbox_purge (id, purged_through) VALUES (1, 0);
