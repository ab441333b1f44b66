package org.ruralrevival.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.problem.ProblemException;

class DivisionCodeTest {

    @Test
    void derivesLevelAndParentFromTheSeedsCodes() {
        assertEquals(RegionLevel.PROVINCE, DivisionCode.of("620000000000").level());
        assertEquals(RegionLevel.CITY, DivisionCode.of("620100000000").level());
        assertEquals(RegionLevel.COUNTY, DivisionCode.of("620123000000").level());
        assertEquals(RegionLevel.TOWN, DivisionCode.of("620123104000").level());
        assertEquals(RegionLevel.VILLAGE, DivisionCode.of("620123104201").level());
        assertEquals(RegionLevel.GROUP, DivisionCode.of("620123104201003").level());

        assertEquals("620123104000", DivisionCode.of("620123104201").parent().orElseThrow().value());
        assertEquals("620123000000", DivisionCode.of("620123104000").parent().orElseThrow().value());
        assertEquals("620100000000", DivisionCode.of("620123000000").parent().orElseThrow().value());
        assertEquals("620000000000", DivisionCode.of("620100000000").parent().orElseThrow().value());
        assertTrue(DivisionCode.of("620000000000").parent().isEmpty());
        assertEquals("620123104201", DivisionCode.of("620123104201003").parent().orElseThrow().value());
    }

    @Test
    void allowsTownsDirectlyUnderACityWithoutCounties() {
        // 东莞市 has no county level: its towns are 441900xxx000.
        DivisionCode town = DivisionCode.of("441900003000");
        assertEquals(RegionLevel.TOWN, town.level());
        assertEquals("441900000000", town.parent().orElseThrow().value());
    }

    @Test
    void refusesCodesOfTheWrongShapeOrWithGaps() {
        assertEquals("region.code.shape", DivisionCode.problemWith("62012300000"));
        assertEquals("region.code.shape", DivisionCode.problemWith("62012300000a"));
        assertEquals("region.code.province", DivisionCode.problemWith("990000000000"));
        assertEquals("region.code.gap", DivisionCode.problemWith("620123000201"));
        assertEquals("region.code.gap", DivisionCode.problemWith("620023000000"));
        assertEquals("region.code.group", DivisionCode.problemWith("620123104201000"));
        assertEquals("region.code.group", DivisionCode.problemWith("620123104000001"));
        assertNull(DivisionCode.problemWith("150621101201"));
        ProblemException refused = assertThrows(ProblemException.class, () -> DivisionCode.of("1234"));
        assertEquals(400, refused.status());
    }

    @Test
    void subtreePrefixAndFilters() {
        assertEquals("620123", DivisionCode.of("620123000000").subtreePrefix());
        assertEquals("620123104", DivisionCode.of("620123104000").subtreePrefix());
        assertEquals("620123", DivisionCode.filterPrefix("620123"));
        assertEquals("620123", DivisionCode.filterPrefix("620123000000"));
        assertEquals("", DivisionCode.filterPrefix(null));
        assertThrows(ProblemException.class, () -> DivisionCode.filterPrefix("62012"));
        assertThrows(ProblemException.class, () -> DivisionCode.filterPrefix("abc"));
        assertTrue(DivisionCode.of("620123104201").isWithin(DivisionCode.of("620123000000")));
        assertFalse(DivisionCode.of("620124104201").isWithin(DivisionCode.of("620123000000")));
        assertEquals("620123000000", DivisionCode.fromPrefix("620123").value());
    }
}
