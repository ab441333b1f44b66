-- Village collective income per year (村集体经济收入), as economy-service records it: a copy kept
-- from its income events, shown as context on the ratings of the village's organizations.
-- source_seq is the event's position in economy-service's outbox: a later correction replaces.
CREATE TABLE village_collective_income (
    village_code     VARCHAR(15)   NOT NULL,
    year             INT           NOT NULL,
    operating_income DECIMAL(16,2) NOT NULL,
    total_income     DECIMAL(16,2) NOT NULL,
    net_income       DECIMAL(16,2) NOT NULL,
    source_seq       BIGINT        NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (village_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
