package org.ruralrevival.economy.income;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A village's collective-economy account for one year (村集体经济年度收入), as its ledger gives it. */
@Entity
@Table(name = "income_account")
public class IncomeAccount extends BaseEntity {

    @Column(name = "village_code", nullable = false, length = 15, updatable = false)
    public String villageCode;

    @Column(nullable = false, updatable = false)
    public int year;

    /** 经营性收入. */
    @Column(name = "operating_income", nullable = false, precision = 16, scale = 2)
    public BigDecimal operatingIncome;

    /** 总收入. */
    @Column(name = "total_income", nullable = false, precision = 16, scale = 2)
    public BigDecimal totalIncome;

    /** 纯收入 (may be negative: a loss). */
    @Column(name = "net_income", nullable = false, precision = 16, scale = 2)
    public BigDecimal netIncome;

    @Column(name = "resource_income", precision = 16, scale = 2)
    public BigDecimal resourceIncome;

    @Column(name = "asset_lease_income", precision = 16, scale = 2)
    public BigDecimal assetLeaseIncome;

    @Column(name = "service_income", precision = 16, scale = 2)
    public BigDecimal serviceIncome;

    @Column(name = "investment_income", precision = 16, scale = 2)
    public BigDecimal investmentIncome;

    @Column(name = "subsidy_income", precision = 16, scale = 2)
    public BigDecimal subsidyIncome;

    @Column(name = "other_income", precision = 16, scale = 2)
    public BigDecimal otherIncome;

    @Column(length = 500)
    public String note;

    /** The breakdown by source, empty when the ledger gave none. */
    public Map<IncomeSource, BigDecimal> bySource() {
        Map<IncomeSource, BigDecimal> m = new EnumMap<>(IncomeSource.class);
        if (resourceIncome == null) {
            return m;
        }
        m.put(IncomeSource.RESOURCE, resourceIncome);
        m.put(IncomeSource.ASSET_LEASE, assetLeaseIncome);
        m.put(IncomeSource.SERVICE, serviceIncome);
        m.put(IncomeSource.INVESTMENT, investmentIncome);
        m.put(IncomeSource.SUBSIDY, subsidyIncome);
        m.put(IncomeSource.OTHER, otherIncome);
        return m;
    }

    private static final BigDecimal NONE = new BigDecimal("0.00");

    void setBySource(Map<IncomeSource, BigDecimal> sources) {
        boolean none = sources == null || sources.isEmpty();
        resourceIncome = none ? null : sources.getOrDefault(IncomeSource.RESOURCE, NONE);
        assetLeaseIncome = none ? null : sources.getOrDefault(IncomeSource.ASSET_LEASE, NONE);
        serviceIncome = none ? null : sources.getOrDefault(IncomeSource.SERVICE, NONE);
        investmentIncome = none ? null : sources.getOrDefault(IncomeSource.INVESTMENT, NONE);
        subsidyIncome = none ? null : sources.getOrDefault(IncomeSource.SUBSIDY, NONE);
        otherIncome = none ? null : sources.getOrDefault(IncomeSource.OTHER, NONE);
    }
}
