package org.ruralrevival.organization.servicecenter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A village's operating funds (运转经费) for one year, e.g. at least 150,000 yuan in 达拉特旗. */
@Entity
@Table(name = "service_center_fund")
public class ServiceCenterFund extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "center_id", nullable = false, updatable = false)
    public ServiceCenter center;

    @Column(name = "fund_year", nullable = false, updatable = false)
    public int year;

    /** Yuan, exact. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
}
