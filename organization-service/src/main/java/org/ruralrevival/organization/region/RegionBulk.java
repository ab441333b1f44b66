package org.ruralrevival.organization.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.hibernate.Session;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkHandler;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.bulk.Sheets;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.persistence.IdBlocks;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * Divisions in bulk, matched by code: a new one by the rules of POST (its parent on file, or
 * created by an earlier row of the upload — parents before children), one on file corrected by
 * the rules of PUT ({@link RegionService#fill}, {@link RegionService#correct}). The change-feed
 * rows carry the {@link RegionDto} the single path feeds, which economy and talent apply as region
 * events.
 *
 * <p>Plain JDBC rather than Hibernate, as for members: a province is some 21,600 regions that a
 * provincial system sends in one upload, and per chunk this is one query for the codes and their
 * parents, one id block, and one batched INSERT and UPDATE (rewritten by the driver into
 * multi-row statements), where Hibernate's persist and flush cost an id-table transaction every
 * 100 rows and the entity bookkeeping on top. {@link Region} objects are used as plain values.
 */
@ApplicationScoped
public class RegionBulk implements BulkHandler<RegionRequest> {

    private static final String COLUMNS = "code, name, level, parent_code, kind, category, tier, key_village, "
            + "weak_and_lax, weak_economy, demonstration";
    private static final String INSERT = "INSERT INTO region (id, version, created_at, updated_at, " + COLUMNS
            + ") VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE region SET version = version + 1, updated_at = ?, name = ?, kind = ?, "
            + "category = ?, tier = ?, key_village = ?, weak_and_lax = ?, weak_economy = ?, demonstration = ? "
            + "WHERE id = ? AND version = ?";

    private final EntityManager em;
    private final IdBlocks ids;
    private final OutboxBatch outbox;
    private final RegionRepository regions;

    RegionBulk(EntityManager em, IdBlocks ids, OutboxBatch outbox, RegionRepository regions) {
        this.em = em;
        this.ids = ids;
        this.outbox = outbox;
        this.regions = regions;
    }

    @Override
    public String collection() {
        return "regions";
    }

    @Override
    public Class<RegionRequest> requestType() {
        return RegionRequest.class;
    }

    /** A region of the chunk that passed the rules and is to be written. */
    private record Write(BulkItem<RegionRequest> item, Region region, boolean created) {
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<RegionRequest>> chunk, BulkCaller caller) {
        List<BulkResult> results = new ArrayList<>(chunk.size());
        em.unwrap(Session.class).doWork(connection -> write(connection, chunk, caller, results));
        return results;
    }

    private void write(Connection connection, List<BulkItem<RegionRequest>> chunk, BulkCaller caller,
            List<BulkResult> results) throws SQLException {
        Map<String, Long> firstRow = new HashMap<>();
        List<BulkItem<RegionRequest>> distinct = new ArrayList<>(chunk.size());
        Set<String> wanted = new LinkedHashSet<>();
        for (BulkItem<RegionRequest> item : chunk) {
            String code = item.request().code();
            Long earlier = code == null ? null : firstRow.putIfAbsent(code, item.row());
            if (earlier != null) {
                results.add(BulkResult.refused(item.row(), code, Problems.conflict("bulk.key.repeated", earlier)));
                continue;
            }
            distinct.add(item);
            if (code != null && DivisionCode.problemWith(code) == null) {
                wanted.add(code);
                DivisionCode.of(code).parent().map(DivisionCode::value).ifPresent(wanted::add);
            }
        }
        // The codes new regions may hang under: the parents on file, then every region the chunk creates.
        Set<String> known = new HashSet<>();
        Map<String, Region> onFile = new HashMap<>();
        for (Region r : find(connection, wanted)) {
            known.add(r.code);
            onFile.put(r.code, r);
        }
        List<Write> writes = new ArrayList<>();
        for (BulkItem<RegionRequest> item : distinct) {
            RegionRequest request = item.request();
            Region existing = request.code() == null ? null : onFile.get(request.code());
            try {
                if (existing == null) {
                    Region region = new Region();
                    RegionService.fill(region, request, known::contains);
                    refuseOutside(caller, region.code);
                    // After the scope check: a refused parent's children are refused as orphans.
                    known.add(region.code);
                    writes.add(new Write(item, region, true));
                } else {
                    refuseOutside(caller, existing.code);
                    Region next = copy(existing);
                    RegionService.correct(next, request);
                    if (Objects.equals(RegionService.toRequest(existing), RegionService.toRequest(next))) {
                        results.add(BulkResult.unchanged(item.row(), existing.code, existing.id));
                    } else {
                        writes.add(new Write(item, next, false));
                    }
                }
            } catch (ProblemException p) {
                results.add(BulkResult.refused(item.row(), request.code(), p));
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Timestamp stamp = Timestamp.from(now);
        List<Region> inserts = new ArrayList<>();
        List<Region> updates = new ArrayList<>();
        List<OutboxBatch.Change> changes = new ArrayList<>(writes.size());
        long created = writes.stream().filter(Write::created).count();
        long nextId = created == 0 ? 0 : ids.allocate("region", (int) created);
        for (Write w : writes) {
            Region r = w.region();
            r.updatedAt = now;
            if (w.created()) {
                r.id = nextId++;
                r.version = 0;
                r.createdAt = now;
                inserts.add(r);
                results.add(BulkResult.created(w.item().row(), r.code, r.id));
            } else {
                r.version++;
                updates.add(r);
                results.add(BulkResult.updated(w.item().row(), r.code, r.id));
            }
            changes.add(new OutboxBatch.Change(RegionService.ENTITY, r.code,
                    w.created() ? ChangeKind.CREATED : ChangeKind.UPDATED, RegionDto.of(r)));
        }
        if (!inserts.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Region r : inserts) {
                    insert.setLong(1, r.id);
                    insert.setTimestamp(2, stamp);
                    insert.setTimestamp(3, stamp);
                    insert.setString(4, r.code);
                    insert.setString(5, r.name);
                    insert.setString(6, r.level.name());
                    insert.setString(7, r.parentCode);
                    bindAttributes(insert, 8, r);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Region r : updates) {
                    update.setTimestamp(1, stamp);
                    update.setString(2, r.name);
                    int next = bindAttributes(update, 3, r);
                    update.setLong(next, r.id);
                    update.setLong(next + 1, r.version - 1);
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        // Changed since the chunk read it: retried alone, it is refused.
                        throw Problems.conflict("problem.concurrent-change");
                    }
                }
            }
        }
        outbox.append(changes);
    }

    private static void refuseOutside(BulkCaller caller, String code) {
        ProblemException outside = caller.outsideScope(code);
        if (outside != null) {
            throw outside;
        }
    }

    /** Binds kind … demonstration from {@code first}; answers the next index. */
    private static int bindAttributes(PreparedStatement s, int first, Region r) throws SQLException {
        int i = first;
        s.setString(i++, r.kind.name());
        s.setString(i++, r.category);
        if (r.tier == null) {
            s.setNull(i++, Types.VARCHAR);
        } else {
            s.setString(i++, r.tier.name());
        }
        s.setBoolean(i++, r.keyVillage);
        s.setBoolean(i++, r.weakAndLax);
        s.setBoolean(i++, r.weakEconomy);
        s.setBoolean(i++, r.demonstration);
        return i;
    }

    private static List<Region> find(Connection connection, Collection<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Region> found = new ArrayList<>(codes.size());
        try (PreparedStatement q = connection.prepareStatement("SELECT id, version, created_at, " + COLUMNS
                + " FROM region WHERE code IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")")) {
            int i = 1;
            for (String code : codes) {
                q.setString(i++, code);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Region r = new Region();
                    r.id = rs.getLong("id");
                    r.version = rs.getLong("version");
                    r.createdAt = rs.getTimestamp("created_at").toInstant();
                    r.code = rs.getString("code");
                    r.name = rs.getString("name");
                    r.level = RegionLevel.valueOf(rs.getString("level"));
                    r.parentCode = rs.getString("parent_code");
                    r.kind = RegionKind.valueOf(rs.getString("kind"));
                    r.category = rs.getString("category");
                    String tier = rs.getString("tier");
                    r.tier = tier == null ? null : VillageTier.valueOf(tier);
                    r.keyVillage = rs.getBoolean("key_village");
                    r.weakAndLax = rs.getBoolean("weak_and_lax");
                    r.weakEconomy = rs.getBoolean("weak_economy");
                    r.demonstration = rs.getBoolean("demonstration");
                    found.add(r);
                }
            }
        }
        return found;
    }

    private static Region copy(Region from) {
        Region r = new Region();
        r.id = from.id;
        r.version = from.version;
        r.createdAt = from.createdAt;
        r.code = from.code;
        r.name = from.name;
        r.level = from.level;
        r.parentCode = from.parentCode;
        r.kind = from.kind;
        r.category = from.category;
        r.tier = from.tier;
        r.keyVillage = from.keyVillage;
        r.weakAndLax = from.weakAndLax;
        r.weakEconomy = from.weakEconomy;
        r.demonstration = from.demonstration;
        return r;
    }

    /** The export: pages of a subtree, by level and name as the list filters them, as request bodies. */
    Sheets.Pages exportPages(String prefix, RegionLevel level, String name) {
        IntFunction<List<Region>> page = n -> regions.page(prefix, level, name, new PageQuery(n, PageQuery.MAX_SIZE));
        return n -> page.apply(n).stream().map(RegionService::toRequest).toList();
    }
}
