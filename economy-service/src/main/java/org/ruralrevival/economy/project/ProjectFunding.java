package org.ruralrevival.economy.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** Investment from one source, in yuan. */
@Embeddable
public class ProjectFunding {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public FundingSource source;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    public ProjectFunding() {
    }

    public ProjectFunding(FundingSource source, BigDecimal amount) {
        this.source = source;
        this.amount = amount;
    }
}
