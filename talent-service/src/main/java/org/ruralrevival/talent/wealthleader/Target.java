package org.ruralrevival.talent.wealthleader;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A region's 双培双带 target for a year: a share of a base count, e.g. 80% of 250 capable members by 2025. */
@Entity
@Table(name = "wealth_leader_target")
public class Target extends BaseEntity {

    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    @Column(name = "region_prefix", nullable = false, length = 15)
    public String regionPrefix;

    @Column(name = "target_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public TargetKind kind;

    @Column(name = "target_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal targetPercent;

    /** How many people the percentage is of (e.g. the capable farmer members). */
    @Column(name = "base_count", nullable = false)
    public int baseCount;
}
