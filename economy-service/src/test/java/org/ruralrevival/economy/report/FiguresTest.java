package org.ruralrevival.economy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Growth and shares against the figures the seed reports print. */
class FiguresTest {

    @Test
    void daratBannerOperatingIncomeGrew17point4Percent() {
        // 达拉特旗 2021: operating income above 28 million, +17.4% on the year before.
        assertEquals(new BigDecimal("17.4"),
                Trend.of(new BigDecimal("28000000.00"), new BigDecimal("23850000.00"), "yuan").growthPercent());
        // Net income above 22 million, +40.1%.
        assertEquals(new BigDecimal("40.1"),
                Trend.of(new BigDecimal("22000000.00"), new BigDecimal("15703069.24"), "yuan").growthPercent());
    }

    @Test
    void jian_anDistrict341Of368VillagesIs92point7Percent() {
        // 建安区: 341 villages at or above 50,000 yuan, 92.7%.
        assertEquals(new BigDecimal("92.7"), ReportService.percent(341, 368));
        assertNull(ReportService.percent(0, 0));
    }

    @Test
    void growthFromNothingIsNotANumber() {
        assertNull(Trend.of(new BigDecimal("10.00"), new BigDecimal("0.00"), "yuan").growthPercent());
        assertEquals(new BigDecimal("-50.0"), Trend.of(new BigDecimal("5"), new BigDecimal("10"), "yuan").growthPercent());
    }
}
