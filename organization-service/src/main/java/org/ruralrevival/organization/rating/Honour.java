package org.ruralrevival.organization.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.platform.persistence.BaseEntity;

/** An honour (红旗村, 示范点, 党建品牌 ...) awarded to an organization in a year. */
@Entity
@Table(name = "honour")
public class Honour extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Read-only view of the same column, for region joins. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    public PartyOrganization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public HonourKind kind;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String title;

    /** Who awarded it, e.g. 中共许昌市建安区委. */
    @Column(length = 200)
    public String issuer;
}
