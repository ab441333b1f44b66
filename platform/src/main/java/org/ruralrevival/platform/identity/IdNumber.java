package org.ruralrevival.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Citizen identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men), and a check character by ISO 7064 MOD 11-2.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Normalizes a lower-case x; call {@link #problemWith} first to learn what is wrong. */
    public static IdNumber parse(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new IdNumber(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The message key of what is wrong with the text, or null when it is a valid number. */
    public static String problemWith(String text) {
        if (text == null) {
            return "idnumber.shape";
        }
        String v = text.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 18 || !v.substring(0, 17).chars().allMatch(Character::isDigit)
                || !(Character.isDigit(v.charAt(17)) || v.charAt(17) == 'X')) {
            return "idnumber.shape";
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            return "idnumber.checksum";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return "idnumber.birth-date";
        }
        if (birth.getYear() < 1800 || birth.isAfter(LocalDate.now())) {
            return "idnumber.birth-date";
        }
        return null;
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The 17th digit: odd for men, even for women. */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** {@code 6201**********1234}: what callers without the right to personal data see. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
