package org.ruralrevival.bench.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.ruralrevival.bench.generator.Layout.Place;

/**
 * A realistic province, record by record, as the JSON bodies of each collection's single-record
 * POST. Everything follows from the seed: a village's records come from a random stream of its
 * own (seed and village number), so each collection can be written alone and comes out the same.
 *
 * <p>Distributions follow the seeds and DOMAIN.md: rural members mostly men and older (many
 * joined decades ago), two-committee terms of 2018 and 2021 (2021 younger, more women and college
 * graduates, 一肩挑 nearly everywhere), collective incomes around the 50,000 yuan line and growing,
 * 2–5 reserve cadres per village (the 1211 scheme), a few recruits a year.
 */
public final class Province {

    /** The {@code externalRef.system} of every generated record that has one. */
    public static final String SYSTEM = "bench-province";

    private static final String[] ETHNICITIES = {"汉族", "回族", "藏族", "东乡族", "土族", "蒙古族"};
    private static final int[] ETHNICITY_WEIGHTS = {880, 70, 25, 15, 5, 5};
    private static final String[] AWAY = {"广东省深圳市宝安区", "新疆维吾尔自治区乌鲁木齐市", "甘肃省兰州市城关区",
            "浙江省宁波市", "江苏省苏州市昆山市", "陕西省西安市未央区"};

    private final long seed;
    private final LocalDate asOf;
    private final int memberTotal;
    final Layout layout;
    private final int[] membersPerVillage;

    /**
     * @param asOf the day the data describes: no date after it (keep it before the day of loading,
     *             since the services refuse future dates).
     */
    public Province(long seed, int counties, int villages, int members, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
        this.memberTotal = members;
        this.layout = new Layout(seed, counties, villages);
        this.membersPerVillage = Layout.spread(new SplittableRandom(seed * 31 + 7), layout.villages.size(), members,
                Math.max(1, members / villages / 4), Math.max(2, members / villages * 3));
    }

    public int villageCount() {
        return layout.villages.size();
    }

    public List<String> villageCodes() {
        return layout.villages.stream().map(Place::code).toList();
    }

    public int memberCount() {
        return memberTotal;
    }

    /** Every region, parents before children (province, cities, counties, towns, villages). */
    public void regions(Consumer<Map<String, Object>> out) {
        for (Place p : layout.all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("name", p.name());
            if (p.parentCode() != null) {
                m.put("parentCode", p.parentCode());
            }
            m.put("kind", p.kind());
            if (p.traits() != null) {
                m.put("tier", p.traits().tier());
                m.put("keyVillage", p.traits().keyVillage());
                m.put("weakAndLax", p.traits().weakAndLax());
                m.put("weakEconomy", p.traits().weakEconomy());
                m.put("demonstration", p.traits().demonstration());
            }
            out.accept(m);
        }
    }

    /** A committee (党委) per town and a branch per village: 总支 where it has 50 members or more. */
    public void organizations(Consumer<Map<String, Object>> out) {
        for (Place t : layout.towns) {
            SplittableRandom r = random(1, t.code());
            out.accept(organization("中共" + t.name() + "委员会", "COMMITTEE", t.code(), date(r, 1950, 1990), "ORG-" + t.code()));
        }
        for (int i = 0; i < layout.villages.size(); i++) {
            Place v = layout.villages.get(i);
            SplittableRandom r = random(2, v.code());
            boolean general = membersPerVillage[i] >= 50;
            out.accept(organization("中共" + v.name() + (general ? "总支部委员会" : "支部委员会"),
                    general ? "GENERAL_BRANCH" : "BRANCH", v.code(), date(r, 1950, 2000), "ORG-" + v.code()));
        }
    }

    /** The external id of a village's branch, to look its organization id up after loading. */
    public static String branchRef(String villageCode) {
        return "ORG-" + villageCode;
    }

    private static Map<String, Object> organization(String name, String type, String region, LocalDate founded, String ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type);
        m.put("regionCode", region);
        m.put("foundedOn", founded.toString());
        m.put("externalRef", externalRef(ref));
        return m;
    }

    /**
     * The party members of every village, each with its branch's organization id looked up by
     * village code. Ages, join dates and education follow a rural membership: most members men,
     * about a third over 60, a tenth with college education, a few percent moved away or dead.
     */
    public void members(ToLongFunction<String> branchIdOfVillage, Consumer<Map<String, Object>> out) {
        IdNumbers ids = new IdNumbers(0, 80);
        for (int i = 0; i < layout.villages.size(); i++) {
            Place v = layout.villages.get(i);
            long organizationId = branchIdOfVillage.applyAsLong(v.code());
            SplittableRandom r = random(3, v.code());
            for (int k = 0; k < membersPerVillage[i]; k++) {
                out.accept(member(r, ids, v, organizationId));
            }
        }
    }

    private Map<String, Object> member(SplittableRandom r, IdNumbers ids, Place village, long organizationId) {
        boolean male = r.nextInt(100) < 76;
        int age = pick(r, new int[] {18, 36, 46, 56, 66, 76, 91}, new int[] {14, 16, 22, 22, 16, 10});
        LocalDate birth = asOf.minusYears(age).minusDays(r.nextInt(365));
        // Admission mostly between 20 and 35, never before 18, never after asOf.
        int joinAge = 18 + (int) Math.min(age - 18, Math.abs(r.nextGaussian()) * 9 + 2);
        LocalDate joined = min(birth.plusYears(joinAge).plusDays(r.nextInt(365)), asOf.minusDays(r.nextInt(30) + 1));
        if (joined.isBefore(birth.plusYears(18))) {
            joined = birth.plusYears(18);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationId", organizationId);
        m.put("name", Names.person(r, male));
        m.put("gender", male ? "MALE" : "FEMALE");
        m.put("ethnicity", ETHNICITIES[pick(r, ETHNICITY_WEIGHTS)]);
        m.put("birthDate", birth.toString());
        m.put("education", memberEducation(r, birth.getYear()));
        m.put("idNumber", ids.next(village.county(), birth, male));
        if (r.nextInt(100) < 75) {
            m.put("phone", "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000)));
        }
        m.put("joinedOn", joined.toString());
        LocalDate full = joined.plusYears(1).plusDays(r.nextInt(30));
        boolean probationary = full.isAfter(asOf);
        if (!probationary) {
            m.put("fullMemberOn", full.toString());
        }
        int fate = r.nextInt(1000);
        if (!probationary && fate < 20) {
            m.put("status", "TRANSFERRED_OUT");
            m.put("leftOn", between(r, full, asOf).toString());
        } else if (!probationary && age >= 60 && fate < 20 + age / 2) {
            m.put("status", "DECEASED");
            m.put("leftOn", between(r, max(full, asOf.minusYears(5)), asOf).toString());
        } else {
            m.put("status", probationary ? "PROBATIONARY" : "FULL");
            if (age < 55 && r.nextInt(100) < 12) {
                Map<String, Object> flowing = new LinkedHashMap<>();
                flowing.put("away", true);
                flowing.put("where", AWAY[r.nextInt(AWAY.length)]);
                flowing.put("since", between(r, max(joined, asOf.minusYears(6)), asOf).toString());
                m.put("flowing", flowing);
            }
        }
        if (r.nextInt(100) < 10) {
            m.put("doorPlateOn", between(r, LocalDate.of(2019, 6, 1), asOf).toString());
        }
        return m;
    }

    private static String memberEducation(SplittableRandom r, int birthYear) {
        // Older members left school early; the young ones are the college graduates.
        int[] weights = birthYear < 1960 ? new int[] {45, 35, 15, 4, 1, 0}
                : birthYear < 1980 ? new int[] {20, 40, 25, 10, 5, 0}
                : new int[] {5, 25, 28, 22, 19, 1};
        return new String[] {"PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "JUNIOR_COLLEGE", "BACHELOR", "MASTER"}[pick(r, weights)];
    }

    /** Two-committee terms (村两委换届) of 2018 and 2021 for every village. */
    public void committeeTerms(Consumer<Map<String, Object>> out) {
        for (Place v : layout.villages) {
            for (int year : termYears()) {
                SplittableRandom r = random(4 + year, v.code());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("regionCode", v.code());
                m.put("termYear", year);
                m.put("electionDate", LocalDate.of(year, 1 + r.nextInt(4), 1 + r.nextInt(28)).toString());
                m.put("externalRef", externalRef(termRef(v.code(), year)));
                out.accept(m);
            }
        }
    }

    public static String termRef(String villageCode, int year) {
        return "TERM-" + villageCode + "-" + year;
    }

    int[] termYears() {
        return new int[] {2018, 2021};
    }

    /**
     * The people of each term, with the term id looked up by {@link #termRef}. The 2021 term is
     * younger, has more women and college graduates, and its secretary is nearly always also the
     * director (一肩挑), as 达拉特旗 and 建安区 report.
     */
    public void committeeMembers(ToLongFunction<String> termIdOfRef, Consumer<Map<String, Object>> out) {
        for (Place v : layout.villages) {
            for (int year : termYears()) {
                boolean recent = year >= 2021;
                SplittableRandom dates = random(4 + year, v.code());
                LocalDate election = LocalDate.of(year, 1 + dates.nextInt(4), 1 + dates.nextInt(28));
                SplittableRandom r = random(5 + year, v.code());
                long termId = termIdOfRef.applyAsLong(termRef(v.code(), year));
                int people = 5 + r.nextInt(3);
                boolean both = r.nextInt(100) < (recent ? 95 : 40);
                for (int k = 0; k < people; k++) {
                    List<String> posts = new ArrayList<>();
                    if (k == 0) {
                        posts.add("PARTY_SECRETARY");
                        if (both) {
                            posts.add("VILLAGE_DIRECTOR");
                        }
                    } else if (k == 1 && !both) {
                        posts.add("VILLAGE_DIRECTOR");
                    } else if (k == 1) {
                        posts.add("PARTY_DEPUTY_SECRETARY");
                        posts.add("VILLAGE_DEPUTY_DIRECTOR");
                    } else {
                        posts.add(k % 2 == 0 ? "PARTY_COMMITTEE_MEMBER" : "VILLAGE_COMMITTEE_MEMBER");
                        if (r.nextInt(100) < 30) {
                            posts.add(k % 2 == 0 ? "VILLAGE_COMMITTEE_MEMBER" : "PARTY_COMMITTEE_MEMBER");
                        }
                    }
                    boolean male = k == 0 ? r.nextInt(100) < 92 : r.nextInt(100) >= (recent ? 28 : 24);
                    double meanAge = (k == 0 ? 48.4 : 44.0) + (recent ? 0 : 3.5);
                    int age = (int) Math.max(23, Math.min(68, meanAge + r.nextGaussian() * 7));
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("termId", termId);
                    m.put("name", Names.person(r, male));
                    m.put("gender", male ? "MALE" : "FEMALE");
                    m.put("birthDate", election.minusYears(age).minusDays(1 + r.nextInt(360)).toString());
                    m.put("education", new String[] {"PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "TECHNICAL_SECONDARY",
                            "JUNIOR_COLLEGE", "BACHELOR"}[pick(r, recent ? new int[] {3, 27, 28, 10, 20, 12}
                                    : new int[] {6, 32, 30, 8, 16, 8})]);
                    m.put("ethnicity", ETHNICITIES[pick(r, ETHNICITY_WEIGHTS)]);
                    m.put("posts", posts);
                    m.put("externalRef", externalRef("CM-" + v.code() + "-" + year + "-" + k));
                    out.accept(m);
                }
            }
        }
    }

    /** Ten years of collective accounts per village, the sources adding up exactly (in fen). */
    public void incomes(Consumer<Map<String, Object>> out) {
        int lastYear = asOf.getYear() - 1;
        for (Place v : layout.villages) {
            SplittableRandom r = random(6, v.code());
            double operating = Math.exp(Math.log(v.traits().weakEconomy() ? 25_000 : 70_000) + r.nextGaussian() * 0.7);
            for (int year = lastYear - 9; year <= lastYear; year++) {
                operating *= 1.0 + (r.nextInt(25) - 5) / 100.0;
                long[] operatingParts = split(r, Math.round(operating * 100), 4);
                long subsidy = 2_000_000 + r.nextInt(8_000_000);
                long other = r.nextInt(1_000_000);
                long operatingFen = operatingParts[0] + operatingParts[1] + operatingParts[2] + operatingParts[3];
                long total = operatingFen + subsidy + other;
                Map<String, Object> bySource = new LinkedHashMap<>();
                String[] sources = {"RESOURCE", "ASSET_LEASE", "SERVICE", "INVESTMENT"};
                for (int s = 0; s < 4; s++) {
                    bySource.put(sources[s], yuan(operatingParts[s]));
                }
                bySource.put("SUBSIDY", yuan(subsidy));
                bySource.put("OTHER", yuan(other));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("villageCode", v.code());
                m.put("year", year);
                m.put("operatingIncome", yuan(operatingFen));
                m.put("totalIncome", yuan(total));
                m.put("netIncome", yuan(Math.round(total * (0.55 + r.nextInt(35) / 100.0))));
                m.put("bySource", bySource);
                out.accept(m);
            }
        }
    }

    /** About three projects per town, one in six held jointly by several of its villages (联村共建). */
    public void projects(Consumer<Map<String, Object>> out) {
        String[] types = {"PV_LEASE", "SHOPS", "PROPERTY_SERVICES", "GREENHOUSE", "LIVESTOCK_FARM", "COMMUNITY_FACTORY",
                "LOGISTICS", "OTHER"};
        String[] typeNames = {"光伏租赁", "商铺", "劳务公司", "设施农业大棚", "养殖场", "社区工厂", "物流", "特色产业"};
        String[] models = {"ASSET_REVITALIZATION", "SELF_OPERATED", "COMMUNITY_FACTORY", "TRI_INDUSTRY"};
        String[] funders = {"CENTRAL_FISCAL", "PROVINCIAL_FISCAL", "COUNTY_FISCAL", "VILLAGE_COLLECTIVE", "ENTERPRISE"};
        int n = 0;
        List<Place> villages = layout.villages;
        int first = 0;
        for (Place t : layout.towns) {
            int last = first;
            while (last < villages.size() && villages.get(last).parentCode().equals(t.code())) {
                last++;
            }
            SplittableRandom r = random(7, t.code());
            int projects = 2 + r.nextInt(3);
            for (int p = 0; p < projects && last > first; p++, n++) {
                boolean joint = r.nextInt(6) == 0 && last - first >= 3;
                int holders = joint ? Math.min(last - first, 3 + r.nextInt(3)) : 1;
                int start = first + r.nextInt(last - first - holders + 1);
                int type = r.nextInt(types.length);
                List<Map<String, Object>> holderList = new ArrayList<>();
                long millionths = 1_000_000;
                for (int h = 0; h < holders; h++) {
                    Map<String, Object> holder = new LinkedHashMap<>();
                    holder.put("villageCode", villages.get(start + h).code());
                    if (joint) {
                        long share = h == 0 ? millionths - (millionths / holders) * (holders - 1) : millionths / holders;
                        holder.put("share", BigDecimal.valueOf(share, 6));
                    }
                    holderList.add(holder);
                }
                int startYear = asOf.getYear() - 1 - r.nextInt(8);
                long expected = (3 + r.nextInt(12)) * 1_000_000L;
                List<Map<String, Object>> years = new ArrayList<>();
                for (int y = startYear; y < asOf.getYear(); y++) {
                    Map<String, Object> year = new LinkedHashMap<>();
                    year.put("year", y);
                    year.put("expectedIncome", yuan(expected));
                    year.put("actualIncome", yuan(expected * (70 + r.nextInt(50)) / 100));
                    years.add(year);
                }
                List<Map<String, Object>> funding = new ArrayList<>();
                int sources = 1 + r.nextInt(2);
                for (int s = 0; s < sources; s++) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("source", funders[(type + s) % funders.length]);
                    f.put("amount", yuan((20 + r.nextInt(80)) * 1_000_000L));
                    funding.add(f);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", villages.get(start).name() + typeNames[type] + "项目");
                m.put("type", types[type]);
                m.put("model", joint ? "JOINT_VILLAGES" : models[r.nextInt(models.length)]);
                m.put("villages", holderList);
                m.put("funding", funding);
                m.put("yearlyIncomes", years);
                m.put("startedOn", LocalDate.of(startYear, 3 + r.nextInt(6), 1 + r.nextInt(28)).toString());
                m.put("expectedYearlyIncome", yuan(expected));
                m.put("externalRef", externalRef("PRJ-" + t.code() + "-" + p));
                out.accept(m);
            }
            first = last;
        }
    }

    /** 2–5 reserve cadres per village in the 1211 categories (后备干部). */
    public void reserveCadres(Consumer<Map<String, Object>> out) {
        String[] categories = {"SECRETARY_SUCCESSOR", "COLLEGE_EDUCATED", "YOUNG_MEMBER", "WEALTH_LEADER"};
        String[] sources = {"返乡大学生", "致富能手", "退役军人", "村医村教", "外出务工返乡人员"};
        for (Place v : layout.villages) {
            SplittableRandom r = random(8, v.code());
            int count = 2 + r.nextInt(4);
            for (int k = 0; k < count; k++) {
                String category = categories[k % categories.length];
                boolean male = r.nextInt(100) < 70;
                boolean young = "YOUNG_MEMBER".equals(category);
                int age = young ? 24 + r.nextInt(9) : 26 + r.nextInt(20);
                boolean college = "COLLEGE_EDUCATED".equals(category) || r.nextInt(100) < 35;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("villageCode", v.code());
                m.put("name", Names.person(r, male));
                m.put("gender", male ? "MALE" : "FEMALE");
                m.put("birthDate", asOf.minusYears(age).minusDays(r.nextInt(300)).toString());
                m.put("education", college ? (r.nextBoolean() ? "BACHELOR" : "JUNIOR_COLLEGE")
                        : (r.nextBoolean() ? "SENIOR_HIGH" : "JUNIOR_HIGH"));
                m.put("category", category);
                m.put("source", sources[r.nextInt(sources.length)]);
                m.put("partyMember", young || r.nextInt(100) < 60);
                m.put("reservedOn", between(r, asOf.minusYears(4), asOf).toString());
                out.accept(m);
            }
        }
    }

    /** 入党申请人 of the last ten years: a couple per village, from the four sources the reports count. */
    public void recruits(Consumer<Map<String, Object>> out) {
        IdNumbers ids = new IdNumbers(80, 20);
        String[] sources = {"RETURNING_GRADUATE", "YOUNG_FARMER", "VETERAN", "NEW_PROFESSIONAL_FARMER", "OTHER"};
        for (Place v : layout.villages) {
            SplittableRandom r = random(9, v.code());
            int count = r.nextInt(4);
            for (int k = 0; k < count; k++) {
                boolean male = r.nextInt(100) < 65;
                LocalDate application = between(r, asOf.minusYears(10), asOf);
                LocalDate birth = application.minusYears(19 + r.nextInt(20)).minusDays(r.nextInt(360));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", Names.person(r, male));
                m.put("gender", male ? "MALE" : "FEMALE");
                m.put("birthDate", birth.toString());
                m.put("idNumber", ids.next(v.county(), birth, male));
                m.put("villageCode", v.code());
                m.put("source", sources[r.nextInt(sources.length)]);
                m.put("applicationDate", application.toString());
                out.accept(m);
            }
        }
    }

    // --- helpers

    /** A random stream of its own for one collection and one place, so collections are independent. */
    private SplittableRandom random(int collection, String code) {
        long h = seed * 0x9E3779B97F4A7C15L + collection * 0xC2B2AE3D27D4EB4FL + Long.parseLong(code);
        return new SplittableRandom(h);
    }

    private static Map<String, Object> externalRef(String id) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("system", SYSTEM);
        ref.put("id", id);
        return ref;
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** {@code total} split into {@code parts} random non-negative parts that add up exactly. */
    private static long[] split(SplittableRandom r, long total, int parts) {
        long[] out = new long[parts];
        long left = total;
        for (int i = 0; i < parts - 1; i++) {
            out[i] = left == 0 ? 0 : (long) (left * r.nextDouble() * 0.6);
            left -= out[i];
        }
        out[parts - 1] = left;
        return out;
    }

    private static LocalDate date(SplittableRandom r, int fromYear, int toYear) {
        return LocalDate.of(fromYear + r.nextInt(toYear - fromYear + 1), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? to : from.plusDays(r.nextLong(days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** An index drawn with the given weights. */
    static int pick(SplittableRandom r, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = r.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A value in one of the bands {@code [bounds[i], bounds[i+1])}, the band drawn with {@code weights}. */
    private static int pick(SplittableRandom r, int[] bounds, int[] weights) {
        int band = pick(r, weights);
        return bounds[band] + r.nextInt(bounds[band + 1] - bounds[band]);
    }
}
