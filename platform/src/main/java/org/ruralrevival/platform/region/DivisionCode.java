package org.ruralrevival.platform.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.Set;
import org.ruralrevival.platform.problem.Problems;

/**
 * A statistical division code (统计用区划代码): 12 digits {@code PP CC XX TTT VVV} = province,
 * city, county, town, village. Villager groups (村民小组) are below the code system; they get the
 * village's code plus a 3-digit local number (15 digits).
 *
 * <p>The level is the last non-zero segment. A segment may be zero above a non-zero one only where
 * the standard allows it: cities without counties (e.g. 东莞市 441900) have towns directly, so the
 * county segment may be 00 under a town; a village always needs its town, and a county or town
 * always needs its city.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    /** First two digits of every province-level division (GB/T 2260). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    public DivisionCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw Problems.invalidField("code", problem, value);
        }
    }

    @JsonCreator
    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** The message key of what is wrong with the text as a division code, or null when it is one. */
    public static String problemWith(String value) {
        if (value == null || !(value.length() == 12 || value.length() == 15) || !value.chars().allMatch(Character::isDigit)) {
            return "region.code.shape";
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return "region.code.province";
        }
        boolean city = nonZero(value, 2, 4);
        boolean county = nonZero(value, 4, 6);
        boolean town = nonZero(value, 6, 9);
        boolean village = nonZero(value, 9, 12);
        if ((county || town) && !city) {
            return "region.code.gap";
        }
        if (village && !town) {
            return "region.code.gap";
        }
        if (value.length() == 15 && (!village || !nonZero(value, 12, 15))) {
            return "region.code.group";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    public RegionLevel level() {
        if (value.length() == 15) {
            return RegionLevel.GROUP;
        }
        if (nonZero(value, 9, 12)) {
            return RegionLevel.VILLAGE;
        }
        if (nonZero(value, 6, 9)) {
            return RegionLevel.TOWN;
        }
        if (nonZero(value, 4, 6)) {
            return RegionLevel.COUNTY;
        }
        if (nonZero(value, 2, 4)) {
            return RegionLevel.CITY;
        }
        return RegionLevel.PROVINCE;
    }

    /** The code this one nests under (its own segment zeroed), empty for a province. */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case GROUP -> Optional.of(new DivisionCode(value.substring(0, 12)));
            case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
            case TOWN -> Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case COUNTY -> Optional.of(new DivisionCode(value.substring(0, 4) + "00000000"));
            case CITY -> Optional.of(new DivisionCode(value.substring(0, 2) + "0000000000"));
        };
    }

    /**
     * The digits every code below this one starts with: "62" for a province, "620123" for a
     * county, the whole code for a village. {@code code LIKE prefix%} is the subtree.
     */
    public String subtreePrefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value.substring(0, 6);
            case TOWN -> value.substring(0, 9);
            case VILLAGE, GROUP -> value;
        };
    }

    /** True when this code is {@code ancestor} itself or anywhere below it. */
    public boolean isWithin(DivisionCode ancestor) {
        return value.startsWith(ancestor.subtreePrefix());
    }

    /**
     * A {@code ?region=} filter: a full code, or the leading digits of one (2, 4, 6, 9 or 12), as
     * the prefix of the subtree it names.
     */
    public static String filterPrefix(String region) {
        if (region == null || region.isBlank()) {
            return "";
        }
        String r = region.trim();
        if ((r.length() == 12 || r.length() == 15) && isValid(r)) {
            return new DivisionCode(r).subtreePrefix();
        }
        if ((r.length() == 2 || r.length() == 4 || r.length() == 6 || r.length() == 9)
                && r.chars().allMatch(Character::isDigit) && PROVINCES.contains(r.substring(0, 2))) {
            return r;
        }
        throw Problems.invalidField("region", "region.filter", r);
    }

    /** Expands a filter prefix back to the full code of the region it names. */
    public static DivisionCode fromPrefix(String prefix) {
        if (prefix.length() >= 12) {
            return new DivisionCode(prefix);
        }
        return new DivisionCode((prefix + "000000000000").substring(0, 12));
    }

    private static boolean nonZero(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) != '0') {
                return true;
            }
        }
        return false;
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

    @Override
    public int compareTo(DivisionCode o) {
        return value.compareTo(o.value);
    }
}
