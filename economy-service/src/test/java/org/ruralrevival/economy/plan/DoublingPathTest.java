package org.ruralrevival.economy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DoublingPathTest {

    /** 夏官营镇-style: baseline 105,000 in 2022, doubled by 2026. */
    private final DoublingPath path = new DoublingPath(2022, new BigDecimal("105000.00"), new BigDecimal("2.00"), 2026);

    @Test
    void theTargetLineRisesStraightToTheTarget() {
        assertEquals(new BigDecimal("210000.00"), path.target());
        assertEquals(new BigDecimal("105000.00"), path.lineAt(2022));
        assertEquals(new BigDecimal("131250.00"), path.lineAt(2023));
        assertEquals(new BigDecimal("157500.00"), path.lineAt(2024));
        assertEquals(new BigDecimal("183750.00"), path.lineAt(2025));
        assertEquals(new BigDecimal("210000.00"), path.lineAt(2026));
        assertEquals(new BigDecimal("210000.00"), path.lineAt(2030));
    }

    @Test
    void phasesFollowOneYearBuildingTwoConsolidatingThreeDevelopingFourDoubling() {
        assertNull(path.phaseAt(2022));
        assertEquals(PlanPhase.CONSTRUCTION, path.phaseAt(2023));
        assertEquals(PlanPhase.CONSOLIDATION, path.phaseAt(2024));
        assertEquals(PlanPhase.DEVELOPMENT, path.phaseAt(2025));
        assertEquals(PlanPhase.DOUBLING, path.phaseAt(2026));
        assertNull(path.phaseAt(2027));
    }

    @Test
    void behindMeansBelowTheLineExactly() {
        assertTrue(path.isBehind(new BigDecimal("131249.99"), 2023));
        assertFalse(path.isBehind(new BigDecimal("131250.00"), 2023));
        // A line that is not a whole fen: 100 → 300 over 3 years is 166.666… in year 1.
        DoublingPath odd = new DoublingPath(2020, new BigDecimal("100.00"), new BigDecimal("3.00"), 2023);
        assertTrue(odd.isBehind(new BigDecimal("166.66"), 2021));
        assertFalse(odd.isBehind(new BigDecimal("166.67"), 2021));
        assertEquals(new BigDecimal("166.67"), odd.lineAt(2021));
    }

    @Test
    void progressIsAPercentOfTheTarget() {
        assertEquals(new BigDecimal("150.0"), path.percentOfTarget(new BigDecimal("315000.00")));
        assertEquals(new BigDecimal("50.0"), path.percentOfTarget(new BigDecimal("105000.00")));
    }
}
