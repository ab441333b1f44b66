CREATE TABLE idempotency_record (
    key_hash     CHAR(64)     NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    completed    BOOLEAN      NOT NULL DEFAULT FALSE,
    status       INT          NULL,
    content_type VARCHAR(100) NULL,
    location     VARCHAR(500) NULL,
    etag         VARCHAR(100) NULL,
    body         LONGTEXT     NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (key_hash),
    KEY ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
