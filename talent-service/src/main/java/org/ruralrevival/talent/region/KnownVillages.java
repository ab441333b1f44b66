package org.ruralrevival.talent.region;

import jakarta.persistence.Query;
import java.util.List;

/**
 * The villages talent-service knows of in a region, for reports that must also list villages with
 * nothing recorded (空白村, villages short of reserve cadres): every village a recruit or a
 * reserve cadre names, plus the villages the caller passes (the region's full village list, as
 * organization-service has it). A village no ledger names and no caller passes cannot be seen
 * here; passing the list closes that gap.
 */
public final class KnownVillages {

    private KnownVillages() {
    }

    /**
     * A native derived table {@code (village_code)} of distinct codes starting with {@code :prefix},
     * plus {@code extra} codes bound as {@code :v0 … :vN}.
     */
    public static String table(int extra) {
        StringBuilder sql = new StringBuilder("(SELECT village_code FROM recruit WHERE village_code LIKE :prefix"
                + " UNION SELECT village_code FROM reserve_cadre WHERE village_code LIKE :prefix");
        for (int i = 0; i < extra; i++) {
            sql.append(" UNION SELECT :v").append(i);
        }
        return sql.append(")").toString();
    }

    /** Binds what {@link #table(int)} needs. */
    public static Query bind(Query query, String prefix, List<String> villages) {
        query.setParameter("prefix", prefix + "%");
        for (int i = 0; i < villages.size(); i++) {
            query.setParameter("v" + i, villages.get(i));
        }
        return query;
    }
}
