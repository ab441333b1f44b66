-- Pooled id blocks for every entity (see BaseEntity): batch-friendly and portable.
CREATE TABLE id_generator (
    entity  VARCHAR(255) NOT NULL,
    next_id BIGINT       NOT NULL,
    PRIMARY KEY (entity)
) ENGINE = InnoDB;
