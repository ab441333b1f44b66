package org.ruralrevival.economy.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A project's income to the collective(s) in one year, expected and actual, in yuan. */
@Embeddable
public class ProjectYear {

    @Column(nullable = false)
    public int year;

    @Column(name = "expected_income", precision = 16, scale = 2)
    public BigDecimal expectedIncome;

    @Column(name = "actual_income", precision = 16, scale = 2)
    public BigDecimal actualIncome;

    public ProjectYear() {
    }

    public ProjectYear(int year, BigDecimal expectedIncome, BigDecimal actualIncome) {
        this.year = year;
        this.expectedIncome = expectedIncome;
        this.actualIncome = actualIncome;
    }
}
