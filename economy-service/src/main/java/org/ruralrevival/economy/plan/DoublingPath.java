package org.ruralrevival.economy.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The path of a doubling plan from the baseline to the target, and where a year stands on it.
 *
 * <p>Target = baseline income × multiple. The target line is straight: in year y it is
 * {@code baseline + (target − baseline) × (y − baselineYear) / (targetYear − baselineYear)},
 * and stays at the target after the target year. A plan is behind in a year when the village's
 * latest operating income (the latest year from the baseline year up to y with any income
 * recorded, else the baseline income) is below that line. The comparison is exact: both sides
 * are multiplied by the number of plan years instead of dividing. The same formula runs in SQL
 * in {@link DoublingPlanRepository}.
 *
 * <p>Phases follow 一年建设、两年巩固、三年发展、四年倍增: year 1 after the baseline year is
 * CONSTRUCTION, 2 CONSOLIDATION, 3 DEVELOPMENT, 4 and later DOUBLING; no phase before year 1 or
 * after the target year.
 */
public record DoublingPath(int baselineYear, BigDecimal baselineIncome, BigDecimal multiple, int targetYear) {

    public BigDecimal target() {
        return baselineIncome.multiply(multiple).setScale(2, RoundingMode.HALF_UP);
    }

    private int span() {
        return targetYear - baselineYear;
    }

    private int elapsed(int year) {
        return Math.max(0, Math.min(year - baselineYear, span()));
    }

    /** The target line in a year, rounded to the fen for display. */
    public BigDecimal lineAt(int year) {
        return lineTimesSpan(year).divide(BigDecimal.valueOf(span()), 2, RoundingMode.HALF_UP);
    }

    private BigDecimal lineTimesSpan(int year) {
        BigDecimal exactTarget = baselineIncome.multiply(multiple);
        return baselineIncome.multiply(BigDecimal.valueOf(span()))
                .add(exactTarget.subtract(baselineIncome).multiply(BigDecimal.valueOf(elapsed(year))));
    }

    public boolean isBehind(BigDecimal income, int year) {
        return income.multiply(BigDecimal.valueOf(span())).compareTo(lineTimesSpan(year)) < 0;
    }

    /** Null before the first plan year and after the target year. */
    public PlanPhase phaseAt(int year) {
        int n = year - baselineYear;
        if (n < 1 || year > targetYear) {
            return null;
        }
        return switch (n) {
            case 1 -> PlanPhase.CONSTRUCTION;
            case 2 -> PlanPhase.CONSOLIDATION;
            case 3 -> PlanPhase.DEVELOPMENT;
            default -> PlanPhase.DOUBLING;
        };
    }

    /** Income as a percentage of the target, one decimal. */
    public BigDecimal percentOfTarget(BigDecimal income) {
        BigDecimal target = baselineIncome.multiply(multiple);
        return target.signum() == 0 ? null
                : income.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
