package org.ruralrevival.talent.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What a dispatched cadre brought to the village in one year. */
@Embeddable
public class Outcome {

    @Column(name = "outcome_year", nullable = false)
    public int year;

    /** Projects brought in (引进项目). */
    @Column(nullable = false)
    public int projects;

    /** Funds brought in, yuan (争取资金). */
    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal funds;

    /** Public opinions collected (收集社情民意). */
    @Column(nullable = false)
    public int opinions;

    /** Problems solved (解决问题). */
    @Column(name = "problems_solved", nullable = false)
    public int problemsSolved;
}
