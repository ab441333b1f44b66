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
    void comparedFigureCarriesTheChangeInItsUnit() {
        Figure age = Figure.of(new BigDecimal("44.5"), Figure.YEAR, new BigDecimal("48.5"), Figure.YEAR);
        assertEquals(new BigDecimal("-4.0"), age.change());
        Figure share = Figure.share(new BigDecimal("32.4"), new BigDecimal("23.9"));
        assertEquals(new BigDecimal("8.5"), share.change());
        assertEquals(Figure.PERCENTAGE_POINT, share.changeUnit());
        Figure alone = Figure.count(3, null, Figure.VILLAGE);
        assertNull(alone.change());
        assertEquals(Figure.VILLAGE, alone.changeUnit());
    }
}
