package org.ruralrevival.economy.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A village's doubling plan (倍增工程) for its collective operating income. */
@Entity
@Table(name = "doubling_plan")
public class DoublingPlan extends BaseEntity {

    @Column(name = "village_code", nullable = false, length = 15, updatable = false)
    public String villageCode;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    /** Operating income of the baseline year, yuan. */
    @Column(name = "baseline_income", nullable = false, precision = 16, scale = 2)
    public BigDecimal baselineIncome;

    @Column(name = "target_multiple", nullable = false, precision = 6, scale = 2)
    public BigDecimal targetMultiple;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PlanModel model;

    @Column(length = 500)
    public String note;

    public DoublingPath path() {
        return new DoublingPath(baselineYear, baselineIncome, targetMultiple, targetYear);
    }
}
