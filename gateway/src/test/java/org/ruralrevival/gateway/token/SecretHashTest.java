package org.ruralrevival.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretHashTest {

    @Test
    void matchesOnlyTheSecretItWasMadeFrom() {
        SecretHash hash = SecretHash.parse(SecretHash.hash("correct horse battery staple", 10_000));
        assertTrue(hash.matches("correct horse battery staple"));
        assertFalse(hash.matches("correct horse battery stapl"));
        assertFalse(hash.matches(""));
    }

    @Test
    void saltsEveryHashAndWritesItsIterations() {
        String a = SecretHash.hash("same secret", 12_345);
        String b = SecretHash.hash("same secret", 12_345);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$12345$"), a);
        assertEquals(12_345, SecretHash.parse(a).iterations());
    }

    @Test
    void defaultsToOwaspsIterationCount() {
        assertTrue(SecretHash.hash("x").startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void refusesAStoredHashThatIsMalformedOrTooWeak() {
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("plain-secret"));
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("pbkdf2-sha256$many$c2FsdA$aGFzaA"));
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("pbkdf2-sha256$10000$!!$!!"));
        String weak = SecretHash.hash("secret", 1_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretHash.parse(weak));
        assertTrue(e.getMessage().contains("minimum"), e.getMessage());
    }
}
