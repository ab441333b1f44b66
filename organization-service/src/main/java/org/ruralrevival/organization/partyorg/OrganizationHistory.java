package org.ruralrevival.organization.partyorg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ruralrevival.platform.persistence.BaseEntity;

/**
 * One state of a party organization's name, type, parent and region, valid from one change to
 * the next. Reports of past years name organizations as they were then (renames and moves).
 */
@Entity
@Table(name = "party_organization_history")
public class OrganizationHistory extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganizationType type;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    /** Null while this is the current state. */
    @Column(name = "valid_to")
    public Instant validTo;

    /** The token subject of whoever made the change. */
    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;
}
