package org.ruralrevival.talent.bounty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A problem a town or village posts for a unit or cadre to take on (揭榜挂帅). */
@Entity
@Table(name = "bounty")
public class Bounty extends BaseEntity {

    /** The town or village that posted it. */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(name = "posted_on", nullable = false)
    public LocalDate postedOn;

    /** Funds the poster expects it to need, yuan. */
    @Column(precision = 15, scale = 2)
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BountyState state = BountyState.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_kind", length = 16)
    public ClaimantKind claimantKind;

    @Column(name = "claimant_name", length = 200)
    public String claimantName;

    @Column(name = "claimant_member_id")
    public Long claimantMemberId;

    @Column(name = "claimed_on")
    public LocalDate claimedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "funds_spent", precision = 15, scale = 2)
    public BigDecimal fundsSpent;

    /** Points for the claimant's yearly assessment (纳入年度考核). */
    public Integer points;

    @Column(name = "completion_note", length = 500)
    public String completionNote;
}
