package org.ruralrevival.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void sharesAndGrowthAsTheSeedsPrintThem() {
        // 达拉特旗 2021: 287 of 889 two-committee members are college-educated: 32.3% (the seed prints 32.4%).
        assertEquals(new BigDecimal("32.3"), Figure.percent(287, 889));
        // 建安区: 341 villages at or above 50,000 yuan of 368 → 92.7%.
        assertEquals(new BigDecimal("92.7"), Figure.percent(341, 368));
        assertNull(Figure.percent(1, 0));
        assertEquals(new BigDecimal("17.4"), Figure.growth(new BigDecimal("28000000"), new BigDecimal("23850000")));
        assertNull(Figure.growth(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void comparedFigureCarriesTheChange() {
        Figure f = Figure.compared(new BigDecimal("44.5"), new BigDecimal("48.5"), Figure.YEARS);
        assertEquals(new BigDecimal("-4.0"), f.change());
        assertNull(Figure.compared(BigDecimal.ONE, null, Figure.COUNT).change());
    }
}
