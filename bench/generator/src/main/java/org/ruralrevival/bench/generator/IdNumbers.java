package org.ruralrevival.bench.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ruralrevival.platform.identity.IdNumber;

/**
 * Hands out distinct 18-character ID numbers (GB 11643): the county's 6-digit code, the birth
 * date, a 3-digit order number whose last digit is odd for men and even for women, and the MOD 11-2
 * check character. Each allocator uses its own band of order numbers, so members and recruits
 * generated separately never share a number.
 */
final class IdNumbers {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final int DAYS = 200 * 366;

    private final int firstBand;
    private final int bands;
    /** Per county: how many numbers were handed out per (day, gender). */
    private final Map<String, short[]> used = new HashMap<>();

    /** Order numbers {@code firstBand*10 … (firstBand+bands)*10-1}; 100 bands in all. */
    IdNumbers(int firstBand, int bands) {
        this.firstBand = firstBand;
        this.bands = bands;
    }

    String next(String countyCode6, LocalDate birth, boolean male) {
        short[] counts = used.computeIfAbsent(countyCode6, c -> new short[DAYS * 2]);
        int slot = (int) (birth.toEpochDay() - EPOCH.toEpochDay()) * 2 + (male ? 1 : 0);
        int n = counts[slot]++;
        // Five digits of each parity per band: 0,2,4,6,8 for women, 1,3,5,7,9 for men.
        if (n >= bands * 5) {
            throw new IllegalStateException("more than " + bands * 5 + " people born on " + birth + " in " + countyCode6);
        }
        int order = (firstBand + n / 5) * 10 + (n % 5) * 2 + (male ? 1 : 0);
        String first17 = countyCode6 + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), order);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
