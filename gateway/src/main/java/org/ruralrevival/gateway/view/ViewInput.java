package org.ruralrevival.gateway.view;

/**
 * The shape checks of the views' parameters, made before any upstream call so a typo costs one
 * 400 instead of several refused calls. Only the shape of a division code (统计用区划代码,
 * {@code PP CC XX TTT VVV}): whether the region exists is organization-service's answer. The
 * gateway does not depend on the platform module, whose {@code DivisionCode} holds the full rules.
 */
final class ViewInput {

    private ViewInput() {
    }

    /** A village's code: 12 digits with non-zero city, town and village segments. */
    static String villageCode(Caller caller, String code) {
        if (code == null || code.length() != 12 || !digits(code) || zeros(code, 2, 4) || zeros(code, 6, 9)
                || zeros(code, 9, 12)) {
            throw ViewProblems.invalid(caller, "code", "view.code", code);
        }
        return code;
    }

    /** A {@code region} filter as the services take it (a code or its first 2, 4, 6 or 9 digits); null when absent. */
    static String regionFilter(Caller caller, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String r = region.trim();
        int n = r.length();
        if (!(n == 2 || n == 4 || n == 6 || n == 9 || n == 12) || !digits(r)) {
            throw ViewProblems.invalid(caller, "region", "view.region", region);
        }
        return r;
    }

    /** A required report year; the services' reports cover 1949 to 2100. */
    static int year(Caller caller, String year) {
        if (year == null || year.isBlank()) {
            throw ViewProblems.invalid(caller, "year", "view.year.required", "");
        }
        String y = year.trim();
        if (y.length() != 4 || !digits(y) || Integer.parseInt(y) < 1949 || Integer.parseInt(y) > 2100) {
            throw ViewProblems.invalid(caller, "year", "view.year", year);
        }
        return Integer.parseInt(y);
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean zeros(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
