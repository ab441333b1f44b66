package org.ruralrevival.economy.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareSplitTest {

    private static ProjectVillage v(String code, String share) {
        return new ProjectVillage(code, new BigDecimal(share));
    }

    @Test
    void twentyEqualSharesOf348000GiveEveryVillage17400() {
        List<ProjectVillage> holders = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            holders.add(v(String.format("150621102%03d", i), "0.050000"));
        }
        Map<String, BigDecimal> parts = ShareSplit.split(new BigDecimal("348000.00"), holders);
        assertEquals(20, parts.size());
        parts.values().forEach(p -> assertEquals(new BigDecimal("17400.00"), p));
    }

    @Test
    void theRoundingRemainderGoesToTheLargestShare() {
        // 100.01 × 0.25 = 25.0025 → 25.00 twice; × 0.5 = 50.005 → 50.00; 0.01 left → the 0.5 holder.
        Map<String, BigDecimal> parts = ShareSplit.split(new BigDecimal("100.01"),
                List.of(v("A", "0.25"), v("B", "0.5"), v("C", "0.25")));
        assertEquals(new BigDecimal("25.00"), parts.get("A"));
        assertEquals(new BigDecimal("50.01"), parts.get("B"));
        assertEquals(new BigDecimal("25.00"), parts.get("C"));
    }

    @Test
    void thirdsAddUpExactly() {
        Map<String, BigDecimal> parts = ShareSplit.split(new BigDecimal("100.00"),
                List.of(v("A", "0.333333"), v("B", "0.333334"), v("C", "0.333333")));
        assertEquals(new BigDecimal("33.33"), parts.get("A"));
        assertEquals(new BigDecimal("33.34"), parts.get("B"));
        assertEquals(new BigDecimal("33.33"), parts.get("C"));
    }

    @Test
    void amongEqualLargestSharesTheFirstListedTakesTheRemainder() {
        Map<String, BigDecimal> parts = ShareSplit.split(new BigDecimal("0.01"), List.of(v("A", "0.5"), v("B", "0.5")));
        assertEquals(new BigDecimal("0.01"), parts.get("A"));
        assertEquals(new BigDecimal("0.00"), parts.get("B"));
    }

    @Test
    void refusesSharesThatDoNotAddUpToOne() {
        assertThrows(IllegalArgumentException.class,
                () -> ShareSplit.split(BigDecimal.TEN, List.of(v("A", "0.5"), v("B", "0.4"))));
    }
}
