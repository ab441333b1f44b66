package org.ruralrevival.organization.committee;

import org.ruralrevival.platform.report.Figure;
import java.math.BigDecimal;

/**
 * The raw sums and counts of one term year in a region, as SQL aggregates them; averages and
 * shares are divided here so rounding happens once, exactly (ages are completed years at the
 * election date).
 */
public record TermFigures(
        int year,
        long villages,
        long members,
        long ageSum,
        long secretaries,
        long secretaryAgeSum,
        long collegeOrAbove,
        long women,
        long oneShoulderVillages) {

    public BigDecimal averageAge() {
        return Figure.ratio(ageSum, members);
    }

    public BigDecimal secretariesAverageAge() {
        return Figure.ratio(secretaryAgeSum, secretaries);
    }

    public BigDecimal collegeOrAboveShare() {
        return Figure.percent(collegeOrAbove, members);
    }

    public BigDecimal womenShare() {
        return Figure.percent(women, members);
    }

    /** Villages whose party secretary is also the villagers' committee director (一肩挑), in percent. */
    public BigDecimal oneShoulderShare() {
        return Figure.percent(oneShoulderVillages, villages);
    }
}
