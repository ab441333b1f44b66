package org.ruralrevival.talent.recruit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.talent.region.KnownVillages;

@ApplicationScoped
public class RecruitRepository implements PanacheRepositoryBase<Recruit, Long> {

    public record Page(List<Recruit> items, long total) {
    }

    /** Admissions counted per period and source: one row per pair that has any. */
    public record AdmissionCount(String period, RecruitSource source, long count) {
    }

    public record LastAdmission(String villageCode, LocalDate lastAdmission) {
    }

    public Page search(String prefix, RecruitStage stage, RecruitSource source, Long branchId, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (stage != null) {
            q.append(" and stage = :stage");
            p.and("stage", stage);
        }
        if (source != null) {
            q.append(" and source = :source");
            p.and("source", source);
        }
        if (branchId != null) {
            q.append(" and branchId = :branch");
            p.and("branch", branchId);
        }
        var query = find(q + " order by villageCode, applicationDate, id", p);
        return new Page(query.page(page.toPanache()).list(), query.count());
    }

    public Optional<Recruit> findOpenByIdNumberHash(String hash) {
        return find("openIdNumberHash", hash).firstResultOptional();
    }

    /**
     * Takes the row lock before the rules read the recruit, so two steps sent at once are judged one
     * after the other. A plain {@code FOR UPDATE}: MariaDB does not know Hibernate's {@code FOR UPDATE OF}.
     */
    public Optional<Recruit> lock(long id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM recruit WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    /** Admissions (支部大会通过, the 入党时间) in the period, by period and source. */
    public List<AdmissionCount> admissions(String prefix, LocalDate from, LocalDate to, Granularity per) {
        String period = switch (per) {
            case YEAR -> "CAST(YEAR(branch_meeting_date) AS CHAR)";
            case QUARTER -> "CONCAT(YEAR(branch_meeting_date), '-Q', QUARTER(branch_meeting_date))";
            case MONTH -> "DATE_FORMAT(branch_meeting_date, '%Y-%m')";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT " + period + " AS period, source, COUNT(*) "
                        + "FROM recruit WHERE village_code LIKE :prefix AND branch_meeting_date BETWEEN :from AND :to "
                        + "GROUP BY period, source ORDER BY period, source")
                .setParameter("prefix", prefix + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        List<AdmissionCount> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new AdmissionCount(String.valueOf(row[0]), RecruitSource.valueOf((String) row[1]),
                    ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /**
     * Known villages (see {@link KnownVillages}) with no admission after {@code since} up to
     * {@code asOf}, with their last admission on or before {@code asOf} (null: never).
     */
    public List<LastAdmission> villagesWithoutAdmission(String prefix, List<String> villages, LocalDate since,
            LocalDate asOf) {
        var query = getEntityManager().createNativeQuery("SELECT k.village_code, MAX(r.branch_meeting_date) "
                + "FROM " + KnownVillages.table(villages.size()) + " k "
                + "LEFT JOIN recruit r ON r.village_code = k.village_code AND r.branch_meeting_date <= :asOf "
                + "GROUP BY k.village_code "
                + "HAVING MAX(r.branch_meeting_date) IS NULL OR MAX(r.branch_meeting_date) <= :since "
                + "ORDER BY k.village_code");
        KnownVillages.bind(query, prefix, villages).setParameter("asOf", asOf).setParameter("since", since);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<LastAdmission> result = new ArrayList<>();
        for (Object[] row : rows) {
            result.add(new LastAdmission((String) row[0], toDate(row[1])));
        }
        return result;
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
