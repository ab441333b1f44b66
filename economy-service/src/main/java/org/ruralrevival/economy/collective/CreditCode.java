package org.ruralrevival.economy.collective;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-HJ-NPQRTUWXY} (no I, O, S, V, Z) — registering authority (1), institution type (1),
 * the registering authority's division code (6), the subject's identifier (9), and a check
 * character.
 *
 * <p>Check character (GB 32100 §4.5, after GB/T 17710): each of the first 17 characters has its
 * value (its index in the alphabet above) multiplied by the weight {@code 3^i mod 31}
 * (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28); the check value is
 * {@code 31 − (sum mod 31)}, where 31 becomes 0.
 *
 * <p>Registering authorities used here: {@code N} agriculture and rural affairs, which registers
 * rural collective economic organizations (institution type 1 group-level 组级, 2 village-level
 * 村级, 3 town-level 乡镇级, 9 other); {@code 9} market regulation, whose type {@code 3} is the
 * farmers' professional cooperative (农民专业合作社), so cooperatives start with {@code 93}.
 */
public record CreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Upper-case and trimmed, as stored. */
    public static String normalize(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The message key of what is wrong, or null for a valid code. {@code creditcode.checksum}
     * is the only problem an operator may override for a known legacy code.
     */
    public static String problemWith(String text) {
        String v = normalize(text);
        if (v == null || v.length() != 18 || !v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return "creditcode.shape";
        }
        if (!v.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return "creditcode.region";
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            return "creditcode.checksum";
        }
        return null;
    }

    /** The check character for the first 17 characters (which must be from the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** A well-formed code; its check character may be wrong only when {@code allowWrongCheck}. */
    public static CreditCode parse(String text, boolean allowWrongCheck) {
        String problem = problemWith(text);
        if (problem != null && !(allowWrongCheck && problem.equals("creditcode.checksum"))) {
            throw new IllegalArgumentException(problem);
        }
        return new CreditCode(normalize(text));
    }

    public boolean checkCharacterMatches() {
        return checkCharacter(value.substring(0, 17)) == value.charAt(17);
    }

    public char expectedCheckCharacter() {
        return checkCharacter(value.substring(0, 17));
    }

    /** Registered by agriculture and rural affairs as a rural collective economic organization. */
    public boolean isRuralCollective() {
        return value.charAt(0) == 'N';
    }

    /** Registered by market regulation as a farmers' professional cooperative (93…). */
    public boolean isFarmerCooperative() {
        return value.startsWith("93");
    }

    /** The institution type: '1' group, '2' village, '3' town, '9' other for a collective. */
    public char institutionType() {
        return value.charAt(1);
    }

    /** The division code (6 digits, GB/T 2260) of the authority that registered it. */
    public String registrationArea() {
        return value.substring(2, 8);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
