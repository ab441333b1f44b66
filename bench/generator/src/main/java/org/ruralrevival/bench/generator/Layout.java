package org.ruralrevival.bench.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The region tree of a generated province (甘肃, code 62): its 14 cities and prefectures, about
 * 100 counties, 15 towns per county and the villages under them, with GB/T 2260-style codes
 * (towns: 0xx sub-districts, 1xx towns, 2xx townships; villages: 0xx communities, 2xx villages).
 */
final class Layout {

    /** One division: its code, name, kind and parent; villages also carry their attributes. */
    record Place(String code, String name, String kind, String parentCode, int level, VillageTraits traits) {

        String county() {
            return code.substring(0, 6);
        }
    }

    /** What reports group villages by (DOMAIN.md §1). */
    record VillageTraits(String tier, boolean keyVillage, boolean weakAndLax, boolean weakEconomy,
            boolean demonstration) {
    }

    static final String PROVINCE_CODE = "620000000000";
    private static final String[][] CITIES = {
            {"6201", "兰州市", "CITY"}, {"6202", "嘉峪关市", "CITY"}, {"6203", "金昌市", "CITY"},
            {"6204", "白银市", "CITY"}, {"6205", "天水市", "CITY"}, {"6206", "武威市", "CITY"},
            {"6207", "张掖市", "CITY"}, {"6208", "平凉市", "CITY"}, {"6209", "酒泉市", "CITY"},
            {"6210", "庆阳市", "CITY"}, {"6211", "定西市", "CITY"}, {"6212", "陇南市", "CITY"},
            {"6229", "临夏回族自治州", "PREFECTURE"}, {"6230", "甘南藏族自治州", "PREFECTURE"}};
    static final int TOWNS_PER_COUNTY = 15;

    final List<Place> all = new ArrayList<>();
    final List<Place> counties = new ArrayList<>();
    final List<Place> towns = new ArrayList<>();
    final List<Place> villages = new ArrayList<>();

    Layout(long seed, int countyCount, int villageCount) {
        SplittableRandom r = new SplittableRandom(seed);
        all.add(new Place(PROVINCE_CODE, "甘肃省", "PROVINCE", null, 0, null));
        int[] villagesPerTown = spread(r, countyCount * TOWNS_PER_COUNTY, villageCount, 5, 40);
        int town = 0;
        for (int c = 0; c < CITIES.length; c++) {
            String[] city = CITIES[c];
            Place cityPlace = new Place(city[0] + "00000000", city[1], city[2], PROVINCE_CODE, 1, null);
            all.add(cityPlace);
            // Counties spread evenly over the cities, the first ones taking the remainder.
            int countiesHere = countyCount / CITIES.length + (c < countyCount % CITIES.length ? 1 : 0);
            Set<String> countyNames = new HashSet<>();
            for (int k = 0; k < countiesHere; k++) {
                String name = unique(countyNames, Names.place(r));
                boolean district = k == 0 && "CITY".equals(city[2]);
                Place county = new Place(city[0] + String.format("%02d", district ? 2 : 21 + k) + "000000",
                        name + (district ? "区" : "县"), district ? "DISTRICT" : "COUNTY", cityPlace.code(), 2, null);
                all.add(county);
                counties.add(county);
                Set<String> townNames = new HashSet<>();
                for (int t = 0; t < TOWNS_PER_COUNTY; t++, town++) {
                    // One sub-district (街道) per county, then towns (镇), the last third townships (乡).
                    String kind = t == 0 ? "SUBDISTRICT" : t < 10 ? "TOWN" : "TOWNSHIP";
                    int number = t == 0 ? 1 : t < 10 ? 100 + t : 200 + t - 9;
                    String suffix = t == 0 ? "街道" : t < 10 ? "镇" : "乡";
                    Place townPlace = new Place(county.code().substring(0, 6) + String.format("%03d", number) + "000",
                            unique(townNames, Names.place(r)) + suffix, kind, county.code(), 3, null);
                    all.add(townPlace);
                    towns.add(townPlace);
                    boolean communities = t == 0;
                    Set<String> villageNames = new HashSet<>();
                    for (int v = 0; v < villagesPerTown[town]; v++) {
                        String code = townPlace.code().substring(0, 9) + String.format("%03d", (communities ? 1 : 201) + v);
                        Place village = new Place(code, unique(villageNames, Names.place(r)) + (communities ? "社区" : "村"),
                                communities ? "COMMUNITY" : "VILLAGE", townPlace.code(), 4, traits(r));
                        all.add(village);
                        villages.add(village);
                    }
                }
            }
        }
    }

    private static VillageTraits traits(SplittableRandom r) {
        int t = r.nextInt(100);
        String tier = t < 20 ? "LEADING" : t < 85 ? "IMPROVING" : "LAGGING";
        return new VillageTraits(tier, r.nextInt(100) < 10, r.nextInt(100) < 3, r.nextInt(100) < 7, r.nextInt(100) < 8);
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /** {@code total} split over {@code parts} at random, each part in [min, max], adding up exactly. */
    static int[] spread(SplittableRandom r, int parts, int total, int min, int max) {
        if ((long) parts * min > total || (long) parts * max < total) {
            throw new IllegalArgumentException(total + " cannot be split into " + parts + " parts of " + min + " to " + max);
        }
        int[] out = new int[parts];
        int sum = 0;
        int mean = total / parts;
        for (int i = 0; i < parts; i++) {
            out[i] = Math.max(min, Math.min(max, mean - mean / 3 + r.nextInt(2 * (mean / 3) + 1)));
            sum += out[i];
        }
        while (sum != total) {
            int i = r.nextInt(parts);
            if (sum < total && out[i] < max) {
                out[i]++;
                sum++;
            } else if (sum > total && out[i] > min) {
                out[i]--;
                sum--;
            }
        }
        return out;
    }
}
