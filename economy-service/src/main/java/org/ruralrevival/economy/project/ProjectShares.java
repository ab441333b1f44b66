package org.ruralrevival.economy.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Each village's part of joint projects' actual income, derived by {@link ShareSplit} whenever a
 * project is written, and kept in {@code project_income_share} so accounts and reports add it
 * with plain SQL. Only joint projects (two villages or more) are split: a single village's
 * project income is in that village's own ledger already, and counting it again would double it.
 */
@ApplicationScoped
public class ProjectShares {

    private final EntityManager em;

    ProjectShares(EntityManager em) {
        this.em = em;
    }

    /** The village's part of all joint projects' actual income in the year, yuan. */
    public BigDecimal incomeOf(String villageCode, int year) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(amount), 0) FROM project_income_share "
                        + "WHERE village_code = ?1 AND year = ?2")
                .setParameter(1, villageCode).setParameter(2, year).getSingleResult();
        return new BigDecimal(sum.toString()).setScale(2);
    }

    /** Rewrites the project's parts from its current villages, shares and actual incomes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Project project) {
        forget(project.id);
        if (!project.isJoint()) {
            return;
        }
        for (ProjectYear y : project.years) {
            if (y.actualIncome == null) {
                continue;
            }
            for (Map.Entry<String, BigDecimal> part : ShareSplit.split(y.actualIncome, project.villages).entrySet()) {
                em.createNativeQuery("INSERT INTO project_income_share (project_id, year, village_code, amount) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, project.id).setParameter(2, y.year).setParameter(3, part.getKey())
                        .setParameter(4, part.getValue()).executeUpdate();
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long projectId) {
        em.createNativeQuery("DELETE FROM project_income_share WHERE project_id = ?1").setParameter(1, projectId)
                .executeUpdate();
    }

    /** The parts of one project, for its answer: village → year → amount. */
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> partsOf(long projectId) {
        return em.createNativeQuery("SELECT village_code, year, amount FROM project_income_share WHERE project_id = ?1 "
                + "ORDER BY year, village_code").setParameter(1, projectId).getResultList();
    }
}
