-- The rural property-rights exchange (农村产权服务中心): listings and the deals that close them.
CREATE TABLE property_listing (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    village_code VARCHAR(15)   NOT NULL,
    type         VARCHAR(24)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    area_mu      DECIMAL(12,2) NULL,
    asking_price DECIMAL(16,2) NULL,
    listed_on    DATE          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_listing_village (village_code),
    KEY ix_listing_type (type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE property_deal (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    listing_id   BIGINT        NOT NULL,
    village_code VARCHAR(15)   NOT NULL,
    price        DECIMAL(16,2) NOT NULL,
    deal_date    DATE          NOT NULL,
    counterparty VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_deal_listing (listing_id),
    KEY ix_deal_village_date (village_code, deal_date),
    CONSTRAINT fk_deal_listing FOREIGN KEY (listing_id) REFERENCES property_listing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
