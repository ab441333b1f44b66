package org.ruralrevival.platform.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final PersonalData data = new PersonalData(
            Base64.getEncoder().encodeToString(new byte[32]),
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()));

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String a = data.encrypt("11010519491231002X");
        String b = data.encrypt("11010519491231002X");
        assertNotEquals(a, b);
        assertFalse(a.contains("11010519491231002X"));
        assertEquals("11010519491231002X", data.decrypt(a));
    }

    @Test
    void hashIsStableAndKeyed() {
        assertEquals(data.hash("13812345678"), data.hash("13812345678"));
        assertEquals(64, data.hash("13812345678").length());
        PersonalData other = new PersonalData(Base64.getEncoder().encodeToString(new byte[32]),
                Base64.getEncoder().encodeToString("another-key-another-key-another-k".getBytes()));
        assertNotEquals(data.hash("13812345678"), other.hash("13812345678"));
    }

    @Test
    void masksPhones() {
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
        assertEquals("**34", PersonalData.maskPhone("1234"));
    }
}
