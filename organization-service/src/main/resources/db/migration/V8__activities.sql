-- Organisation life (组织生活): 主题党日 and 三会一课, each a dated activity with its attendees.
CREATE TABLE activity (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    organization_id  BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    held_on          DATE         NOT NULL,
    topic            VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_org_date (organization_id, held_on),
    KEY ix_activity_date (held_on),
    CONSTRAINT fk_activity_org FOREIGN KEY (organization_id) REFERENCES party_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_attendee (
    activity_id BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    PRIMARY KEY (activity_id, member_id),
    KEY ix_activity_attendee_member (member_id),
    CONSTRAINT fk_activity_attendee_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_attendee_member FOREIGN KEY (member_id) REFERENCES party_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
