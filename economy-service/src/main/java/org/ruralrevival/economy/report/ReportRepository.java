package org.ruralrevival.economy.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ruralrevival.economy.plan.DoublingPlanRepository;

/**
 * The economy report's figures, each one SQL aggregation over the region's subtree (a code
 * prefix). Village incomes are read through the {@code village_income} view, so joint-project
 * parts are always included. Native SQL that runs on MySQL 8 and MariaDB 10.11.
 */
@ApplicationScoped
public class ReportRepository {

    /** Per village: operating, total and net income of a year. */
    private static final String PER_VILLAGE = "SELECT village_code, SUM(operating_income) AS op, SUM(total_income) AS tot, "
            + "SUM(net_income) AS net FROM village_income WHERE year = :year AND village_code LIKE :prefix GROUP BY village_code";

    private static final String PROJECT_IN_REGION = "EXISTS (SELECT 1 FROM project_village pv WHERE pv.project_id = p.id "
            + "AND pv.village_code LIKE :prefix) AND (p.started_on IS NULL OR p.started_on <= :end)";

    public record YearTotals(long villages, BigDecimal operating, BigDecimal total, BigDecimal net, long atOrAbove) {
    }

    public record Sources(BigDecimal resource, BigDecimal assetLease, BigDecimal service, BigDecimal investment,
            BigDecimal subsidy, BigDecimal other, BigDecimal unspecified) {
    }

    public record PlanCounts(long total, long begun, long behind) {
    }

    private final EntityManager em;

    ReportRepository(EntityManager em) {
        this.em = em;
    }

    public YearTotals totals(String prefix, int year, IncomeMeasure measure, BigDecimal threshold) {
        Object[] r = single("SELECT COUNT(*), COALESCE(SUM(v.op), 0), COALESCE(SUM(v.tot), 0), COALESCE(SUM(v.net), 0), "
                + "COALESCE(SUM(CASE WHEN v." + measure.column + " >= :threshold THEN 1 ELSE 0 END), 0) FROM ("
                + PER_VILLAGE + ") v", Map.of("year", year, "prefix", prefix + "%", "threshold", threshold));
        return new YearTotals(n(r[0]), yuan(r[1]), yuan(r[2]), yuan(r[3]), n(r[4]));
    }

    public List<EconomyReport.Village> below(String prefix, int year, IncomeMeasure measure, BigDecimal threshold) {
        return rows("SELECT v.village_code, k.name, v.op, v.tot, v.net FROM (" + PER_VILLAGE + ") v "
                        + "LEFT JOIN known_region k ON k.code = v.village_code WHERE v." + measure.column + " < :threshold "
                        + "ORDER BY v." + measure.column + ", v.village_code",
                Map.of("year", year, "prefix", prefix + "%", "threshold", threshold)).stream()
                .map(r -> new EconomyReport.Village((String) r[0], (String) r[1], yuan(r[2]), yuan(r[3]), yuan(r[4]), "yuan"))
                .toList();
    }

    public Sources sources(String prefix, int year) {
        Map<String, Object> p = Map.of("year", year, "prefix", prefix + "%");
        Object[] r = single("SELECT COALESCE(SUM(resource_income), 0), COALESCE(SUM(asset_lease_income), 0), "
                + "COALESCE(SUM(service_income), 0), COALESCE(SUM(investment_income), 0), COALESCE(SUM(subsidy_income), 0), "
                + "COALESCE(SUM(other_income), 0), "
                + "COALESCE(SUM(CASE WHEN resource_income IS NULL THEN total_income ELSE 0 END), 0) "
                + "FROM income_account WHERE year = :year AND village_code LIKE :prefix", p);
        Object joint = single1("SELECT COALESCE(SUM(amount), 0) FROM project_income_share "
                + "WHERE year = :year AND village_code LIKE :prefix", p);
        return new Sources(yuan(r[0]), yuan(r[1]), yuan(r[2]), yuan(r[3]).add(yuan(joint)), yuan(r[4]), yuan(r[5]), yuan(r[6]));
    }

    public PlanCounts plans(String prefix, int year) {
        Object[] r = single("SELECT COUNT(*), COALESCE(SUM(CASE WHEN p.baseline_year < :year THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN p.baseline_year < :year AND " + DoublingPlanRepository.BEHIND
                + " THEN 1 ELSE 0 END), 0) FROM doubling_plan p WHERE p.village_code LIKE :prefix",
                Map.of("year", year, "prefix", prefix + "%"));
        return new PlanCounts(n(r[0]), n(r[1]), n(r[2]));
    }

    /** [count, joint count, total investment, expected income of the year, actual income of the year]. */
    public Object[] projectTotals(String prefix, int year) {
        Map<String, Object> p = Map.of("prefix", prefix + "%", "end", LocalDate.of(year, 12, 31));
        Object[] counts = single("SELECT COUNT(*), COALESCE(SUM(CASE WHEN (SELECT COUNT(*) FROM project_village x "
                + "WHERE x.project_id = p.id) > 1 THEN 1 ELSE 0 END), 0) FROM project p WHERE " + PROJECT_IN_REGION, p);
        Object investment = single1("SELECT COALESCE(SUM(f.amount), 0) FROM project_funding f JOIN project p "
                + "ON p.id = f.project_id WHERE " + PROJECT_IN_REGION, p);
        Object[] income = single("SELECT COALESCE(SUM(y.expected_income), 0), COALESCE(SUM(y.actual_income), 0) "
                + "FROM project_year y JOIN project p ON p.id = y.project_id WHERE y.year = :year AND " + PROJECT_IN_REGION,
                Map.of("prefix", prefix + "%", "end", p.get("end"), "year", year));
        return new Object[] {n(counts[0]), n(counts[1]), yuan(investment), yuan(income[0]), yuan(income[1])};
    }

    /** Rows of [group value, count] or [group value, amount] for projects in the region. */
    public List<Object[]> projectsBy(String column, String prefix, int year) {
        return rows("SELECT p." + column + ", COUNT(*) FROM project p WHERE " + PROJECT_IN_REGION
                + " GROUP BY p." + column + " ORDER BY p." + column,
                Map.of("prefix", prefix + "%", "end", LocalDate.of(year, 12, 31)));
    }

    public List<Object[]> fundsBySource(String prefix, int year) {
        return rows("SELECT f.source, SUM(f.amount) FROM project_funding f JOIN project p ON p.id = f.project_id WHERE "
                + PROJECT_IN_REGION + " GROUP BY f.source ORDER BY f.source",
                Map.of("prefix", prefix + "%", "end", LocalDate.of(year, 12, 31)));
    }

    /** Rows of [branch role, count, members]. */
    public List<Object[]> cooperatives(String prefix, int year) {
        return rows("SELECT branch_role, COUNT(*), COALESCE(SUM(member_count), 0) FROM cooperative "
                + "WHERE village_code LIKE :prefix AND (founded_on IS NULL OR founded_on <= :end) "
                + "GROUP BY branch_role ORDER BY branch_role",
                Map.of("prefix", prefix + "%", "end", LocalDate.of(year, 12, 31)));
    }

    /** Rows of [type, count, area in mu]. */
    public List<Object[]> listings(String prefix, int year) {
        return rows("SELECT type, COUNT(*), COALESCE(SUM(area_mu), 0) FROM property_listing "
                + "WHERE village_code LIKE :prefix AND listed_on <= :end GROUP BY type ORDER BY type",
                Map.of("prefix", prefix + "%", "end", LocalDate.of(year, 12, 31)));
    }

    /** [count, value] of deals from {@code from} (null: the beginning) to the end of the year. */
    public Object[] deals(String prefix, LocalDate from, int year) {
        Object[] r = single("SELECT COUNT(*), COALESCE(SUM(price), 0) FROM property_deal WHERE village_code LIKE :prefix "
                        + "AND deal_date >= :from AND deal_date <= :end",
                Map.of("prefix", prefix + "%", "from", from == null ? LocalDate.of(1900, 1, 1) : from,
                        "end", LocalDate.of(year, 12, 31)));
        return new Object[] {n(r[0]), yuan(r[1])};
    }

    /** [lines, villages, amount] of credit granted from {@code from} (null: the beginning) to the end of the year. */
    public Object[] credit(String prefix, LocalDate from, int year) {
        Object[] r = single("SELECT COUNT(*), COUNT(DISTINCT village_code), COALESCE(SUM(amount), 0) FROM credit_line "
                        + "WHERE village_code LIKE :prefix AND granted_on >= :from AND granted_on <= :end",
                Map.of("prefix", prefix + "%", "from", from == null ? LocalDate.of(1900, 1, 1) : from,
                        "end", LocalDate.of(year, 12, 31)));
        return new Object[] {n(r[0]), n(r[1]), yuan(r[2])};
    }

    private Object[] single(String sql, Map<String, Object> params) {
        return (Object[]) query(sql, params).getSingleResult();
    }

    private Object single1(String sql, Map<String, Object> params) {
        return query(sql, params).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        return query(sql, params).getResultList();
    }

    private Query query(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q;
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static BigDecimal yuan(Object o) {
        return o == null ? new BigDecimal("0.00") : new BigDecimal(o.toString()).setScale(2);
    }
}
