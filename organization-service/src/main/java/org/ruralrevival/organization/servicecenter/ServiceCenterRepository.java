package org.ruralrevival.organization.servicecenter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralrevival.platform.report.Figure;
import org.ruralrevival.organization.servicecenter.ServiceCenterFigures.FundTotals;
import org.ruralrevival.organization.servicecenter.ServiceCenterFigures.KindTotals;
import org.ruralrevival.organization.servicecenter.ServiceCenterFigures.WorkFigures;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.region.DivisionCode;

@ApplicationScoped
public class ServiceCenterRepository implements PanacheRepositoryBase<ServiceCenter, Long> {

    /** 运转经费 line in 达拉特旗: at least 150,000 yuan per village and year. */
    public static final BigDecimal DEFAULT_MINIMUM_FUNDS = new BigDecimal("150000");

    public Optional<ServiceCenter> findByRegion(String regionCode) {
        return find("regionCode", regionCode).firstResultOptional();
    }

    public PageResult<ServiceCenterDto> search(String prefix, CenterState state, PageQuery page) {
        StringBuilder q = new StringBuilder("regionCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (state != null) {
            q.append(" and state = :state");
            p.and("state", state);
        }
        var query = find(q + " order by regionCode", p);
        return PageResult.of(query.page(page.toPanache()).list(), page, query.count(), ServiceCenterDto::of);
    }

    /**
     * The figures of the centres in a subtree (code prefix, "" for all) for a year, against the
     * year before; for the organization report too.
     */
    public ServiceCenterFigures figures(String prefix, int year, BigDecimal minimum) {
        Map<CenterState, Long> byState = centersByState(prefix);
        Map<CenterState, Figure> states = new EnumMap<>(CenterState.class);
        long centers = 0;
        for (CenterState s : CenterState.values()) {
            long n = byState.getOrDefault(s, 0L);
            centers += n;
            states.put(s, Figure.count(n, null, Figure.CENTER));
        }
        Map<WorkKind, KindTotals> current = worksByKind(prefix, year);
        Map<WorkKind, KindTotals> previous = worksByKind(prefix, year - 1);
        Map<WorkKind, WorkFigures> kinds = new EnumMap<>(WorkKind.class);
        for (WorkKind k : WorkKind.values()) {
            KindTotals now = current.getOrDefault(k, KindTotals.NONE);
            KindTotals before = previous.getOrDefault(k, KindTotals.NONE);
            kinds.put(k, new WorkFigures(Figure.count(now.works(), before.works(), Figure.WORK),
                    Figure.of(now.investment(), Figure.YUAN, before.investment(), Figure.YUAN)));
        }
        FundTotals funds = funds(prefix, year, minimum);
        FundTotals fundsBefore = funds(prefix, year - 1, minimum);
        return new ServiceCenterFigures(prefix.isEmpty() ? null : DivisionCode.fromPrefix(prefix).value(), year, minimum,
                Figure.count(centers, null, Figure.CENTER), states, kinds,
                Figure.of(funds.total(), Figure.YUAN, fundsBefore.total(), Figure.YUAN),
                Figure.count(funds.funded(), fundsBefore.funded(), Figure.VILLAGE),
                Figure.count(funds.belowMinimum(), fundsBefore.belowMinimum(), Figure.VILLAGE),
                Figure.count(funds.withoutRecord(), fundsBefore.withoutRecord(), Figure.VILLAGE));
    }

    public Map<CenterState, Long> centersByState(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT state, COUNT(*) FROM service_center WHERE region_code LIKE ?1 GROUP BY state")
                .setParameter(1, prefix + "%").getResultList();
        Map<CenterState, Long> counts = new EnumMap<>(CenterState.class);
        for (Object[] row : rows) {
            counts.put(CenterState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public Map<WorkKind, KindTotals> worksByKind(String prefix, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT w.kind, COUNT(*), COALESCE(SUM(w.investment), 0)
                  FROM service_center_work w JOIN service_center c ON c.id = w.center_id
                 WHERE c.region_code LIKE ?1 AND w.work_year = ?2
                 GROUP BY w.kind
                """).setParameter(1, prefix + "%").setParameter(2, year).getResultList();
        Map<WorkKind, KindTotals> totals = new EnumMap<>(WorkKind.class);
        for (Object[] row : rows) {
            totals.put(WorkKind.valueOf((String) row[0]), new KindTotals(((Number) row[1]).longValue(), money(row[2])));
        }
        return totals;
    }

    /** Funds recorded for a year: villages funded, the total, those under the line, centres without a record. */
    public FundTotals funds(String prefix, int year, BigDecimal minimum) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT COUNT(f.id),
                       COALESCE(SUM(f.amount), 0),
                       COALESCE(SUM(CASE WHEN f.amount < ?3 THEN 1 ELSE 0 END), 0),
                       COUNT(c.id) - COUNT(f.id)
                  FROM service_center c
                  LEFT JOIN service_center_fund f ON f.center_id = c.id AND f.fund_year = ?2
                 WHERE c.region_code LIKE ?1
                """).setParameter(1, prefix + "%").setParameter(2, year).setParameter(3, minimum).getSingleResult();
        return new FundTotals(((Number) row[0]).longValue(), money(row[1]), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    private static BigDecimal money(Object value) {
        BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
