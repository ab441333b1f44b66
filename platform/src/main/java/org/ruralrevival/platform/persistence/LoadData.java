package org.ruralrevival.platform.persistence;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes bulk rows with {@code LOAD DATA LOCAL INFILE} streamed from memory instead of a batched
 * INSERT: the server parses plain tab-separated text, where the driver's batch rewrite spent more
 * time building and escaping the multi-row INSERT than the service spent on the records.
 *
 * <p>It needs {@code allowLoadLocalInfile=true} on the JDBC URL and {@code local_infile=ON} on the
 * server (MySQL 8 defaults to OFF). Whether both hold is asked once; when not (or when
 * {@code platform.bulk.load-data=false}) {@link #usable} answers false, with one WARN saying why,
 * and callers write with their batched INSERT as before.
 *
 * <p>With LOCAL the server cannot stop the client mid-file, so it treats the load as IGNORE: a
 * duplicate key or a value it has to adjust becomes a warning and the row is skipped or changed
 * instead of failing the statement. {@link #load} therefore fails the chunk when any row is missing
 * or any warning came back; the bulk runner then splits the chunk, and a single record is written
 * with the plain INSERT, which answers the database's own refusal for it.
 */
@ApplicationScoped
public class LoadData {

    private static final Logger LOG = Logger.getLogger(LoadData.class);

    /** Fewer rows than this go by plain INSERT: their exact refusal matters more than speed. */
    public static final int MIN_ROWS = 2;

    private final boolean enabled;
    private volatile Boolean usable;

    LoadData(@ConfigProperty(name = "platform.bulk.load-data", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether {@code rows} rows should go by {@link #load} on this connection's database. */
    public boolean usable(Connection connection, int rows) throws SQLException {
        if (rows < MIN_ROWS) {
            return false;
        }
        Boolean known = usable;
        if (known == null) {
            known = decide(connection);
            usable = known;
        }
        return known;
    }

    private synchronized boolean decide(Connection connection) throws SQLException {
        if (usable != null) {
            return usable;
        }
        if (!enabled) {
            LOG.info("bulk writes use batched INSERT: platform.bulk.load-data=false");
            return false;
        }
        JdbcConnection mysql;
        try {
            mysql = connection.unwrap(JdbcConnection.class);
        } catch (SQLException notMysql) {
            LOG.warnf("bulk writes use batched INSERT: the connection is not mysql-connector-j's (%s)", notMysql.getMessage());
            return false;
        }
        if (!mysql.getPropertySet().getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()) {
            LOG.warn("bulk writes use batched INSERT, several times slower: the JDBC URL lacks allowLoadLocalInfile=true");
            return false;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT @@local_infile")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                LOG.warn("bulk writes use batched INSERT, several times slower: the database server has local_infile=OFF "
                        + "(set local_infile=ON for bulk speed; see docs/deployment.md)");
                return false;
            }
        }
        return true;
    }

    /**
     * Loads the rows into {@code table}'s {@code columns} (in the order the rows hold them) and
     * throws unless every row was stored exactly as sent.
     */
    public void load(Connection connection, String table, List<String> columns, TabRows rows) throws SQLException {
        String sql = "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + String.join(", ", columns) + ")";
        try (Statement s = connection.createStatement()) {
            s.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows.stream());
            long stored;
            try {
                stored = s.executeLargeUpdate(sql);
            } catch (SQLException e) {
                if (refusedByServer(e)) {
                    // Switched off since we asked (or a server behind a proxy that differs): say so once, write as before.
                    usable = false;
                    LOG.warnf("bulk writes use batched INSERT from now on: the database refused LOAD DATA LOCAL (%s)", e.getMessage());
                }
                throw e;
            }
            SQLWarning warning = s.getWarnings();
            if (stored != rows.rows() || warning != null) {
                throw new LoadShortfall(table, rows.rows(), stored, warning);
            }
        }
    }

    /** ER_NOT_ALLOWED_COMMAND (MariaDB, MySQL 5.7) and ER_CLIENT_LOCAL_FILES_DISABLED (MySQL 8). */
    private static boolean refusedByServer(SQLException e) {
        return e.getErrorCode() == 1148 || e.getErrorCode() == 3948;
    }

    /**
     * A load that skipped or adjusted rows: not a refusal of any one record, so the bulk runner
     * splits the chunk until the record at fault goes alone by plain INSERT.
     */
    public static final class LoadShortfall extends RuntimeException {
        LoadShortfall(String table, int sent, long stored, SQLWarning warning) {
            super("LOAD DATA into " + table + " stored " + stored + " of " + sent + " rows"
                    + (warning == null ? "" : ", first warning: " + warning.getErrorCode() + " " + warning.getMessage()));
        }
    }
}
