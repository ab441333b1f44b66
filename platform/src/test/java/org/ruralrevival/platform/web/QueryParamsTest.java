package org.ruralrevival.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.problem.ProblemException;

class QueryParamsTest {

    @Test
    void parsesOrLeavesTheFilterOut() {
        assertEquals(ChronoUnit.DAYS, QueryParams.enumValue("unit", "DAYS", ChronoUnit.class));
        assertNull(QueryParams.enumValue("unit", " ", ChronoUnit.class));
        assertEquals(LocalDate.of(2021, 6, 28), QueryParams.date("from", "2021-06-28"));
        assertEquals(Boolean.TRUE, QueryParams.bool("flowing", "TRUE"));
        assertEquals(Boolean.FALSE, QueryParams.bool("flowing", "false"));
        assertNull(QueryParams.bool("flowing", null));
        assertEquals(12L, QueryParams.longValue("organizationId", "12"));
        assertEquals(2021, QueryParams.intValue("year", "2021"));
    }

    @Test
    void refusesWithTheFieldAndTheRule() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QueryParams.enumValue("unit", "WEEKDAYS", ChronoUnit.class));
        assertEquals(400, e.status());
        assertEquals("unit", e.errors().get(0).field());
        assertEquals("json.enum", e.errors().get(0).rule());
        assertEquals("json.format", assertThrows(ProblemException.class,
                () -> QueryParams.date("from", "2021-13-01")).errors().get(0).rule());
        assertEquals("flowing", assertThrows(ProblemException.class,
                () -> QueryParams.bool("flowing", "maybe")).errors().get(0).field());
        assertThrows(ProblemException.class, () -> QueryParams.longValue("organizationId", "abc"));
        assertThrows(ProblemException.class, () -> QueryParams.intValue("year", "20x1"));
    }
}
