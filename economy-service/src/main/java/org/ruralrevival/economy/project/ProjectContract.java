package org.ruralrevival.economy.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract of a project: a lease or cooperation with a counterparty (合同). */
@Embeddable
public class ProjectContract {

    @Column(nullable = false, length = 200)
    public String counterparty;

    @Column(name = "lease_term_years")
    public Integer leaseTermYears;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Rent or fee per year to the collective, yuan. */
    @Column(name = "yearly_amount", precision = 16, scale = 2)
    public BigDecimal yearlyAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_of_term", nullable = false, length = 32)
    public EndOfTerm endOfTerm;

    @Column(name = "end_of_term_note", length = 500)
    public String endOfTermNote;

    /** The last day of the term (start + years − 1 day), or null for an open-ended contract. */
    public LocalDate endDate() {
        return leaseTermYears == null ? null : startDate.plusYears(leaseTermYears).minusDays(1);
    }
}
