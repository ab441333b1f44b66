package org.ruralrevival.talent.common;

import java.time.LocalDate;
import org.ruralrevival.platform.problem.Problems;

/** A closed period of days, from {@code ?year=} or {@code ?from=&to=}. */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * {@code year} wins when given; otherwise {@code from}/{@code to}, each defaulting to an open
     * end (1949-10-01 and 2100-12-31).
     */
    public static DateRange parse(String year, String from, String to) {
        Integer y = QueryParams.year("year", year);
        if (y != null) {
            return ofYear(y);
        }
        LocalDate f = QueryParams.date("from", from);
        LocalDate t = QueryParams.date("to", to);
        DateRange range = new DateRange(f == null ? LocalDate.of(1949, 10, 1) : f, t == null ? LocalDate.of(2100, 12, 31) : t);
        if (range.to.isBefore(range.from)) {
            throw Problems.invalidField("to", "talent.period.order", range.from, range.to);
        }
        return range;
    }

    /** Like {@link #parse}, but the whole of {@code defaultYear} when no period is given at all. */
    public static DateRange parseOr(String year, String from, String to, int defaultYear) {
        boolean none = (year == null || year.isBlank()) && (from == null || from.isBlank()) && (to == null || to.isBlank());
        return none ? ofYear(defaultYear) : parse(year, from, to);
    }
}
