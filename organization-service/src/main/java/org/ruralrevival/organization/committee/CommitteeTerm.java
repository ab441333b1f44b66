package org.ruralrevival.organization.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ruralrevival.platform.persistence.BaseEntity;

/** One village's two committees (村两委) as elected at one 换届, e.g. the 2021 term. */
@Entity
@Table(name = "committee_term")
public class CommitteeTerm extends BaseEntity {

    /** The village (村 / 嘎查 / 社区). */
    @Column(name = "region_code", nullable = false, length = 15)
    public String regionCode;

    /** The 换届 year the term is named after; the election date lies in it. */
    @Column(name = "term_year", nullable = false)
    public int termYear;

    /** Ages are counted at this date. */
    @Column(name = "election_date", nullable = false)
    public LocalDate electionDate;

    @Column(name = "external_system", length = 50)
    public String externalSystem;

    @Column(name = "external_id", length = 100)
    public String externalId;
}
