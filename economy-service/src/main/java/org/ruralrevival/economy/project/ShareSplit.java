package org.ruralrevival.economy.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a joint project's income among its villages by share, exactly: every part is the
 * amount times the share rounded down to the fen (0.01 yuan), and the remainder that rounding
 * leaves (less than 0.01 yuan per village) goes to the village with the largest share — the
 * first listed among equal largest shares — so the parts always add up to the amount.
 *
 * <p>Example: 100.00 yuan over shares 1/3 (0.333334, 0.333333, 0.333333) gives 33.33 each by
 * rounding down, and the 0.01 left to the first village: 33.34 + 33.33 + 33.33.
 */
public final class ShareSplit {

    public static final BigDecimal ONE = BigDecimal.ONE;
    /** Shares are stored with 6 decimals. */
    public static final int SHARE_SCALE = 6;

    private ShareSplit() {
    }

    /** The parts, in the order of {@code holders}. Shares must add up to exactly 1. */
    public static Map<String, BigDecimal> split(BigDecimal amount, List<ProjectVillage> holders) {
        if (!sumIsOne(holders)) {
            throw new IllegalArgumentException("shares must add up to 1");
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        ProjectVillage largest = holders.get(0);
        for (ProjectVillage h : holders) {
            BigDecimal part = amount.multiply(h.share).setScale(2, RoundingMode.DOWN);
            parts.put(h.villageCode, part);
            given = given.add(part);
            if (h.share.compareTo(largest.share) > 0) {
                largest = h;
            }
        }
        parts.merge(largest.villageCode, amount.subtract(given), BigDecimal::add);
        return parts;
    }

    public static boolean sumIsOne(List<ProjectVillage> holders) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ProjectVillage h : holders) {
            sum = sum.add(h.share);
        }
        return !holders.isEmpty() && sum.compareTo(ONE) == 0;
    }
}
