package org.ruralrevival.organization.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.ruralrevival.platform.bulk.BulkCaller;
import org.ruralrevival.platform.bulk.BulkHandler;
import org.ruralrevival.platform.bulk.BulkItem;
import org.ruralrevival.platform.bulk.BulkResult;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.OutboxBatch;
import org.ruralrevival.platform.persistence.IdBlocks;
import org.ruralrevival.platform.persistence.LoadData;
import org.ruralrevival.platform.persistence.TabRows;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;

/**
 * Members in bulk (the provincial ledger's hot path: a million rows): the single path's value
 * rules ({@link MemberService#check}), then per chunk one query for the organizations, one for the
 * members already on file by ID-number hash and one per external system; the new rows in one
 * {@link LoadData} (a JDBC batch where the database does not take it), the changed rows in a JDBC
 * batch, and their change-feed rows in one {@link OutboxBatch}. An unchanged member is neither
 * written nor fed.
 */
@ApplicationScoped
public class MemberBulk implements BulkHandler<MemberRequest> {

    private static final Logger LOG = Logger.getLogger(MemberBulk.class);

    private static final String COLUMNS = "organization_id, region_code, name, gender, ethnicity, birth_date, education, "
            + "id_number_enc, id_number_hash, phone_enc, joined_on, full_member_on, status, left_on, flowing_away, "
            + "flowing_where, flowing_since, door_plate_on, external_system, external_id";
    private static final List<String> LOAD_COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("id", "version", "created_at", "updated_at"),
            java.util.Arrays.stream(COLUMNS.split(",")).map(String::trim)).toList();
    private static final String SELECT = "SELECT id, version, created_at, " + COLUMNS + " FROM party_member WHERE ";
    private static final String INSERT = "INSERT INTO party_member (id, version, created_at, updated_at, " + COLUMNS
            + ") VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE party_member SET version = version + 1, updated_at = ?, "
            + "organization_id = ?, region_code = ?, name = ?, gender = ?, ethnicity = ?, birth_date = ?, education = ?, "
            + "id_number_enc = ?, id_number_hash = ?, phone_enc = ?, joined_on = ?, full_member_on = ?, status = ?, "
            + "left_on = ?, flowing_away = ?, flowing_where = ?, flowing_since = ?, door_plate_on = ?, "
            + "external_system = ?, external_id = ? WHERE id = ? AND version = ?";

    private final MemberService service;
    private final MemberMapper mapper;
    private final EntityManager em;
    private final IdBlocks ids;
    private final OutboxBatch outbox;
    private final LoadData loadData;

    MemberBulk(MemberService service, MemberMapper mapper, EntityManager em, IdBlocks ids, OutboxBatch outbox,
            LoadData loadData) {
        this.service = service;
        this.mapper = mapper;
        this.em = em;
        this.ids = ids;
        this.outbox = outbox;
        this.loadData = loadData;
    }

    @Override
    public String collection() {
        return "members";
    }

    @Override
    public Class<MemberRequest> requestType() {
        return MemberRequest.class;
    }

    /** A record that passed the value rules, on its way to the database. */
    private static final class Pending {
        final BulkItem<MemberRequest> item;
        final MemberService.Checked checked;
        Member existing;

        Pending(BulkItem<MemberRequest> item, MemberService.Checked checked) {
            this.item = item;
            this.checked = checked;
        }

        String key() {
            return checked.idNumber().masked();
        }
    }

    @Override
    public List<BulkResult> upsert(List<BulkItem<MemberRequest>> chunk, BulkCaller caller) {
        long started = System.nanoTime();
        List<BulkResult> results = new ArrayList<>(chunk.size());
        List<Pending> pending = new ArrayList<>(chunk.size());
        Map<String, Long> firstRowOfHash = new HashMap<>();
        for (BulkItem<MemberRequest> item : chunk) {
            MemberService.Checked c;
            try {
                c = service.check(item.request());
            } catch (ProblemException p) {
                results.add(BulkResult.refused(item.row(), null, p));
                continue;
            }
            Long earlier = firstRowOfHash.putIfAbsent(c.idNumberHash(), item.row());
            if (earlier != null) {
                results.add(BulkResult.refused(item.row(), c.idNumber().masked(),
                        Problems.conflict("bulk.key.repeated", earlier)));
                continue;
            }
            pending.add(new Pending(item, c));
        }
        if (pending.isEmpty()) {
            return results;
        }
        Stages stages = LOG.isDebugEnabled() ? new Stages(chunk.size(), started) : null;
        em.unwrap(Session.class).doWork(connection -> write(connection, pending, caller, results, stages));
        if (stages != null) {
            LOG.debug(stages.done());
        }
        return results;
    }

    /** Where a chunk's time goes, for DEBUG: each mark ends the stage named. */
    private static final class Stages {
        private final StringBuilder text;
        private final long started;
        private long last;

        Stages(int records, long started) {
            this.text = new StringBuilder("members chunk of ").append(records).append(':');
            this.started = started;
            this.last = started;
        }

        void mark(String stage) {
            long now = System.nanoTime();
            text.append(' ').append(stage).append(' ').append((now - last) / 100_000 / 10.0).append(" ms,");
            last = now;
        }

        String done() {
            return text.append(" in all ").append((System.nanoTime() - started) / 100_000 / 10.0).append(" ms").toString();
        }
    }

    private void write(Connection connection, List<Pending> pending, BulkCaller caller, List<BulkResult> results,
            Stages stages) throws SQLException {
        if (stages != null) {
            stages.mark("check");
        }
        Map<Long, String> organizations = organizations(connection, pending);
        Map<String, Member> byHash = byHash(connection, pending);
        Map<String, Member> byRef = byExternalRef(connection, pending);
        if (stages != null) {
            stages.mark("find");
        }
        Instant now = Instant.now();
        Timestamp stamp = Timestamp.from(now);
        List<Member> inserts = new ArrayList<>();
        List<Member> updates = new ArrayList<>();
        List<OutboxBatch.Change> changes = new ArrayList<>();
        List<Pending> created = new ArrayList<>();
        MemberTally.Changes tallied = new MemberTally.Changes();
        for (Pending p : pending) {
            MemberRequest r = p.item.request();
            String region = organizations.get(r.organizationId());
            if (region == null) {
                results.add(BulkResult.refused(p.item.row(), p.key(),
                        Problems.unprocessable("member.organization.missing", r.organizationId())));
                continue;
            }
            ProblemException outside = caller.outsideScope(region);
            Member hashHit = byHash.get(p.checked.idNumberHash());
            Member refHit = r.externalRef() == null ? null : byRef.get(refKey(r.externalRef().system(), r.externalRef().id()));
            if (outside == null && hashHit != null && refHit != null && hashHit.id.longValue() != refHit.id.longValue()) {
                outside = Problems.conflict("member.external-ref.taken", r.externalRef().system(), r.externalRef().id());
            }
            Member existing = hashHit != null ? hashHit : refHit;
            if (outside == null && existing != null) {
                outside = caller.outsideScope(existing.regionCode);
            }
            if (outside != null) {
                results.add(BulkResult.refused(p.item.row(), p.key(), outside));
                continue;
            }
            Member next = existing == null ? new Member() : copy(existing);
            service.apply(next, p.checked, r.organizationId(), region);
            tallied.add(existing == null ? null : MemberTally.Standing.of(existing), MemberTally.Standing.of(next));
            if (existing == null) {
                created.add(p);
                inserts.add(next);
                p.existing = next;
            } else if (same(existing, next)) {
                results.add(BulkResult.unchanged(p.item.row(), p.key(), existing.id));
            } else {
                next.version = existing.version + 1;
                next.updatedAt = now;
                updates.add(next);
                results.add(BulkResult.updated(p.item.row(), p.key(), next.id));
                changes.add(new OutboxBatch.Change(MemberService.ENTITY, next.id, ChangeKind.UPDATED,
                        mapper.masked(next, p.checked.idNumber().value(), p.checked.phone())));
            }
        }
        if (stages != null) {
            stages.mark("compare");
        }
        if (!inserts.isEmpty()) {
            long id = ids.allocate("party_member", inserts.size());
            for (int i = 0; i < inserts.size(); i++) {
                Member m = inserts.get(i);
                Pending p = created.get(i);
                m.id = id++;
                m.version = 0;
                m.createdAt = now;
                m.updatedAt = now;
                results.add(BulkResult.created(p.item.row(), p.key(), m.id));
                changes.add(new OutboxBatch.Change(MemberService.ENTITY, m.id, ChangeKind.CREATED,
                        mapper.masked(m, p.checked.idNumber().value(), p.checked.phone())));
            }
            if (stages != null) {
                stages.mark("ids");
            }
            if (loadData.usable(connection, inserts.size())) {
                TabRows rows = new TabRows(inserts.size());
                for (Member m : inserts) {
                    row(rows.number(m.id).number(0).timestamp(now).timestamp(now), m).endRow();
                }
                loadData.load(connection, "party_member", LOAD_COLUMNS, rows);
            } else {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (Member m : inserts) {
                        insert.setLong(1, m.id);
                        insert.setTimestamp(2, stamp);
                        insert.setTimestamp(3, stamp);
                        bind(insert, 4, m);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Member m : updates) {
                    update.setTimestamp(1, stamp);
                    int next = bind(update, 2, m);
                    update.setLong(next, m.id);
                    update.setLong(next + 1, m.version - 1);
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        // Someone changed the member since we read it: retried alone, it is refused.
                        throw Problems.conflict("problem.concurrent-change");
                    }
                }
            }
        }
        if (stages != null) {
            stages.mark("insert+update");
        }
        // The report's figures, in the chunk's transaction, after the member rows (see MemberTally).
        tallied.write(connection);
        if (stages != null) {
            stages.mark("tally");
        }
        outbox.append(changes);
        if (stages != null) {
            stages.mark("outbox");
        }
    }

    private static Map<Long, String> organizations(Connection connection, List<Pending> pending) throws SQLException {
        Set<Long> wanted = pending.stream().map(p -> p.item.request().organizationId()).collect(Collectors.toSet());
        Map<Long, String> found = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT id, region_code FROM party_organization WHERE id IN (" + marks(wanted.size()) + ")")) {
            int i = 1;
            for (Long id : wanted) {
                q.setLong(i++, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    private static Map<String, Member> byHash(Connection connection, List<Pending> pending) throws SQLException {
        Map<String, Member> found = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement(SELECT + "id_number_hash IN (" + marks(pending.size()) + ")")) {
            int i = 1;
            for (Pending p : pending) {
                q.setString(i++, p.checked.idNumberHash());
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Member m = read(rs);
                    found.put(m.idNumberHash, m);
                }
            }
        }
        return found;
    }

    private static Map<String, Member> byExternalRef(Connection connection, List<Pending> pending) throws SQLException {
        Map<String, Set<String>> idsBySystem = new HashMap<>();
        for (Pending p : pending) {
            if (p.item.request().externalRef() != null) {
                idsBySystem.computeIfAbsent(p.item.request().externalRef().system(), s -> new LinkedHashSet<>())
                        .add(p.item.request().externalRef().id());
            }
        }
        Map<String, Member> found = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : idsBySystem.entrySet()) {
            try (PreparedStatement q = connection.prepareStatement(SELECT + "external_system = ? AND external_id IN ("
                    + marks(e.getValue().size()) + ")")) {
                int i = 1;
                q.setString(i++, e.getKey());
                for (String id : e.getValue()) {
                    q.setString(i++, id);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Member m = read(rs);
                        found.put(refKey(m.externalSystem, m.externalId), m);
                    }
                }
            }
        }
        return found;
    }

    private static String refKey(String system, String id) {
        return system + '\u0000' + id;
    }

    private static String marks(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Member read(ResultSet rs) throws SQLException {
        Member m = new Member();
        m.id = rs.getLong("id");
        m.version = rs.getLong("version");
        m.createdAt = rs.getTimestamp("created_at").toInstant();
        m.organizationId = rs.getLong("organization_id");
        m.regionCode = rs.getString("region_code");
        m.name = rs.getString("name");
        m.gender = Gender.valueOf(rs.getString("gender"));
        m.ethnicity = rs.getString("ethnicity");
        m.birthDate = date(rs, "birth_date");
        String education = rs.getString("education");
        m.education = education == null ? null : Education.valueOf(education);
        m.idNumberEncrypted = rs.getString("id_number_enc");
        m.idNumberHash = rs.getString("id_number_hash");
        m.phoneEncrypted = rs.getString("phone_enc");
        m.joinedOn = date(rs, "joined_on");
        m.fullMemberOn = date(rs, "full_member_on");
        m.status = MemberStatus.valueOf(rs.getString("status"));
        m.leftOn = date(rs, "left_on");
        m.flowingAway = rs.getBoolean("flowing_away");
        m.flowingWhere = rs.getString("flowing_where");
        m.flowingSince = date(rs, "flowing_since");
        m.doorPlateOn = date(rs, "door_plate_on");
        m.externalSystem = rs.getString("external_system");
        m.externalId = rs.getString("external_id");
        return m;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** Binds the columns of {@link #COLUMNS} from {@code first}; answers the next index. */
    private static int bind(PreparedStatement s, int first, Member m) throws SQLException {
        int i = first;
        s.setLong(i++, m.organizationId);
        s.setString(i++, m.regionCode);
        s.setString(i++, m.name);
        s.setString(i++, m.gender.name());
        s.setString(i++, m.ethnicity);
        setDate(s, i++, m.birthDate);
        s.setString(i++, m.education == null ? null : m.education.name());
        s.setString(i++, m.idNumberEncrypted);
        s.setString(i++, m.idNumberHash);
        s.setString(i++, m.phoneEncrypted);
        setDate(s, i++, m.joinedOn);
        setDate(s, i++, m.fullMemberOn);
        s.setString(i++, m.status.name());
        setDate(s, i++, m.leftOn);
        s.setBoolean(i++, m.flowingAway);
        s.setString(i++, m.flowingWhere);
        setDate(s, i++, m.flowingSince);
        setDate(s, i++, m.doorPlateOn);
        s.setString(i++, m.externalSystem);
        s.setString(i++, m.externalId);
        return i;
    }

    /** The columns of {@link #COLUMNS}, in that order, as {@link #bind} sets them. */
    private static TabRows row(TabRows r, Member m) {
        return r.number(m.organizationId).text(m.regionCode).text(m.name).text(m.gender.name()).text(m.ethnicity)
                .date(m.birthDate).text(m.education == null ? null : m.education.name()).text(m.idNumberEncrypted)
                .text(m.idNumberHash).text(m.phoneEncrypted).date(m.joinedOn).date(m.fullMemberOn).text(m.status.name())
                .date(m.leftOn).bool(m.flowingAway).text(m.flowingWhere).date(m.flowingSince).date(m.doorPlateOn)
                .text(m.externalSystem).text(m.externalId);
    }

    private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(d));
        }
    }

    private static Member copy(Member e) {
        Member m = new Member();
        m.id = e.id;
        m.version = e.version;
        m.createdAt = e.createdAt;
        m.organizationId = e.organizationId;
        m.regionCode = e.regionCode;
        m.name = e.name;
        m.gender = e.gender;
        m.ethnicity = e.ethnicity;
        m.birthDate = e.birthDate;
        m.education = e.education;
        m.idNumberEncrypted = e.idNumberEncrypted;
        m.idNumberHash = e.idNumberHash;
        m.phoneEncrypted = e.phoneEncrypted;
        m.joinedOn = e.joinedOn;
        m.fullMemberOn = e.fullMemberOn;
        m.status = e.status;
        m.leftOn = e.leftOn;
        m.flowingAway = e.flowingAway;
        m.flowingWhere = e.flowingWhere;
        m.flowingSince = e.flowingSince;
        m.doorPlateOn = e.doorPlateOn;
        m.externalSystem = e.externalSystem;
        m.externalId = e.externalId;
        return m;
    }

    /** Equal in every stored column (encrypted values are only replaced when their plain value changed). */
    private static boolean same(Member a, Member b) {
        return Objects.equals(a.organizationId, b.organizationId) && Objects.equals(a.regionCode, b.regionCode)
                && Objects.equals(a.name, b.name) && a.gender == b.gender && Objects.equals(a.ethnicity, b.ethnicity)
                && Objects.equals(a.birthDate, b.birthDate) && a.education == b.education
                && Objects.equals(a.idNumberEncrypted, b.idNumberEncrypted) && Objects.equals(a.idNumberHash, b.idNumberHash)
                && Objects.equals(a.phoneEncrypted, b.phoneEncrypted) && Objects.equals(a.joinedOn, b.joinedOn)
                && Objects.equals(a.fullMemberOn, b.fullMemberOn) && a.status == b.status
                && Objects.equals(a.leftOn, b.leftOn) && a.flowingAway == b.flowingAway
                && Objects.equals(a.flowingWhere, b.flowingWhere) && Objects.equals(a.flowingSince, b.flowingSince)
                && Objects.equals(a.doorPlateOn, b.doorPlateOn) && Objects.equals(a.externalSystem, b.externalSystem)
                && Objects.equals(a.externalId, b.externalId);
    }
}
