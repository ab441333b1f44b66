package org.ruralrevival.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsTheStandardsExamples() {
        // GB 11643-1999 appendix examples.
        assertNull(IdNumber.problemWith("11010519491231002X"));
        assertNull(IdNumber.problemWith("440524188001010014"));
        assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
        assertEquals('4', IdNumber.checkCharacter("44052418800101001"));
    }

    @Test
    void readsBirthDateAndSexAndNormalizesLowerCaseX() {
        IdNumber id = IdNumber.parse("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertFalse(id.male());
        assertTrue(IdNumber.parse("440524188001010014").male());
        assertEquals("1101**********002X", id.masked());
    }

    @Test
    void refusesWrongShapeChecksumAndImpossibleDates() {
        assertEquals("idnumber.shape", IdNumber.problemWith("1101051949123100"));
        assertEquals("idnumber.shape", IdNumber.problemWith("11010519491231002Y"));
        assertEquals("idnumber.checksum", IdNumber.problemWith("110105194912310021"));
        // 1949-02-30 with a check character computed for it: the checksum passes, the date does not.
        String first17 = "11010519490230002";
        assertEquals("idnumber.birth-date", IdNumber.problemWith(first17 + IdNumber.checkCharacter(first17)));
    }
}
