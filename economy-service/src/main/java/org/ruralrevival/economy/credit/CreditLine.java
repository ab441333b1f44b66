package org.ruralrevival.economy.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** A bank credit line granted to a village (党建+金融 授信, e.g. 10–20 million yuan per key village). */
@Entity
@Table(name = "credit_line")
public class CreditLine extends BaseEntity {

    @Column(name = "village_code", nullable = false, length = 15, updatable = false)
    public String villageCode;

    @Column(nullable = false, length = 200)
    public String bank;

    /** Yuan. */
    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "term_years")
    public Integer termYears;
}
