package org.ruralrevival.organization.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.platform.persistence.BaseEntity;

/** One organization's rating for one year: class, stars (十星级), 最强党支部 and 四化. */
@Entity
@Table(name = "rating")
public class Rating extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Read-only view of the same column, for joins and names in answers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    public PartyOrganization organization;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "class_grade", nullable = false, length = 8)
    public ClassGrade classGrade;

    /** 1–10 under 十星级管理; null where the county does not award stars. */
    public Integer stars;

    /** 最强党支部: only branch-level organizations can be one. */
    @Column(name = "strongest_branch", nullable = false)
    public boolean strongestBranch;

    /** Meets the 四化 standard (standardized, normalized...). */
    @Column(nullable = false)
    public boolean standardized;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;
}
