-- Bounties (揭榜挂帅): problems posted by towns or villages, claimed, and completed with funds spent.
CREATE TABLE bounty (
    id                 BIGINT         NOT NULL,
    version            BIGINT         NOT NULL,
    created_at         TIMESTAMP(6)   NOT NULL,
    updated_at         TIMESTAMP(6)   NOT NULL,
    region_code        VARCHAR(15)    NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        VARCHAR(2000)  NULL,
    posted_on          DATE           NOT NULL,
    budget             DECIMAL(15, 2) NULL,
    state              VARCHAR(16)    NOT NULL,
    claimant_kind      VARCHAR(16)    NULL,
    claimant_name      VARCHAR(200)   NULL,
    claimant_member_id BIGINT         NULL,
    claimed_on         DATE           NULL,
    completed_on       DATE           NULL,
    funds_spent        DECIMAL(15, 2) NULL,
    points             INT            NULL,
    completion_note    VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    KEY ix_bounty_region (region_code, state),
    KEY ix_bounty_completed (completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
