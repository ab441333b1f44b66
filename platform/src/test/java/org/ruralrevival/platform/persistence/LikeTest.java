package org.ruralrevival.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void matchesWildcardsAndTheEscapeCharacterLiterally() {
        assertEquals("%高墩营%", Like.containing(" 高墩营 "));
        assertEquals("%50\\%%", Like.containing("50%"));
        assertEquals("%a\\_b%", Like.containing("a_b"));
        assertEquals("%a\\\\b%", Like.containing("a\\b"));
    }
}
