package org.ruralrevival.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a page of the change feed with one plain JDBC query on the primary key: no entities, no
 * persistence context, the payload handed on as the stored JSON text. Loading 10,000
 * {@link OutboxEvent} entities through Hibernate costs several times the query itself, which kept
 * the feed far below what a provincial system pulling a million changes needs.
 */
@ApplicationScoped
class ChangeFeedReader {

    private static final String PAGE = "SELECT seq, event_id, entity, entity_key, kind, occurred_at, payload "
            + "FROM outbox_event WHERE seq > ? ORDER BY seq LIMIT ?";

    private final DataSource dataSource;

    ChangeFeedReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<ChangeDto> page(long after, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PAGE)) {
            s.setLong(1, after);
            s.setInt(2, limit);
            List<ChangeDto> items = new ArrayList<>(Math.min(limit, 1024));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new ChangeDto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            ChangeKind.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getString(7)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change feed after " + after, e);
        }
    }
}
