package org.ruralrevival.economy.collective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** Published codes: the example of GB 32100-2015 itself, and two registered companies. */
    @Test
    void acceptsPublishedCodes() {
        assertNull(CreditCode.problemWith("91350100M000100Y43"));
        assertNull(CreditCode.problemWith("914403001922038216"));
        assertNull(CreditCode.problemWith("91440300708461136T"));
    }

    @Test
    void computesTheCheckCharacterByTheStandardsWeights() {
        // 91350100M000100Y4: 9·1+1·3+3·9+5·27+0·19+1·26+0·16+0·17+M(21)·20+0·29+0·25+0·13+1·8+0·24+0·10+Y(30)·30+4·28
        // = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertEquals('6', CreditCode.checkCharacter("91440300192203821"));
        assertEquals('T', CreditCode.checkCharacter("91440300708461136"));
    }

    @Test
    void aRemainderOfZeroGivesCheckZeroNot31() {
        // 93620123MA7ABCDE2: the weighted sum is a multiple of 31, so 31 − 0 = 31 becomes 0.
        assertEquals('0', CreditCode.checkCharacter("93620123MA7ABCDE2"));
        assertNull(CreditCode.problemWith("93620123MA7ABCDE20"));
    }

    @Test
    void refusesAWrongCheckCharacterUnlessOverridden() {
        assertEquals("creditcode.checksum", CreditCode.problemWith("91350100M000100Y44"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse("91350100M000100Y44", false));
        CreditCode legacy = CreditCode.parse("91350100M000100Y44", true);
        assertFalse(legacy.checkCharacterMatches());
        assertEquals('3', legacy.expectedCheckCharacter());
    }

    @Test
    void refusesTheWrongLengthAndLettersTheStandardLeavesOut() {
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100M000100Y4"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100M000100Y433"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100I000100Y43"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100O000100Y43"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100S000100Y43"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100V000100Y43"));
        assertEquals("creditcode.shape", CreditCode.problemWith("91350100Z000100Y43"));
        assertEquals("creditcode.shape", CreditCode.problemWith(null));
        assertEquals("creditcode.region", CreditCode.problemWith("9135A100M000100Y43"));
    }

    @Test
    void normalizesLowerCaseAndKnowsCollectivesAndCooperatives() {
        assertNull(CreditCode.problemWith(" 91440300708461136t "));
        CreditCode village = CreditCode.parse("N2620123MF0000012P", false);
        assertTrue(village.isRuralCollective());
        assertEquals('2', village.institutionType());
        assertEquals("620123", village.registrationArea());
        assertTrue(CreditCode.parse("93620123MA7ABCDE1W", false).isFarmerCooperative());
        assertFalse(CreditCode.parse("914403001922038216", false).isFarmerCooperative());
    }
}
