package org.kiloguardian.gateway.realtime.household;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.ui.live.Notice;
import org.kiloguardian.ui.live.NoticeStore;

/**
 * The notices feed in PostgreSQL ({@code realtime.notice}, migration {@code db/migration/realtime}),
 * so a restarted server shows the same notices. Bounded: each insert drops all but the newest
 * {@code kilo.realtime.notices.kept}. Plain JDBC, called from worker threads only (the ui's
 * {@code LiveUpdates} writes from a thread of its own and reads at start).
 */
@ApplicationScoped
public class NoticeTable implements NoticeStore {

    private final DataSource database;
    private final int kept;

    NoticeTable(DataSource database, RealtimeConfig config) {
        this.database = database;
        this.kept = Math.max(1, config.notices().kept());
    }

    @Override
    public void add(Notice notice) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO realtime.notice (kind, severity, message, at, person_id) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement trim = connection.prepareStatement(
                            "DELETE FROM realtime.notice WHERE id <= (SELECT id FROM realtime.notice ORDER BY id DESC OFFSET ? LIMIT 1)")) {
                insert.setString(1, notice.kind().name());
                insert.setString(2, notice.severity() == null ? "info" : notice.severity());
                insert.setString(3, notice.message() == null ? "" : notice.message());
                insert.setTimestamp(4, Timestamp.from(notice.at() == null ? Instant.now() : notice.at()));
                insert.setObject(5, notice.personId(), java.sql.Types.BIGINT);
                insert.executeUpdate();
                trim.setInt(1, kept);
                trim.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("notice not stored: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Notice> newest(int limit) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, severity, message, at, person_id FROM realtime.notice ORDER BY id DESC LIMIT ?")) {
            select.setInt(1, limit);
            List<Notice> notices = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notices.add(new Notice(Notice.Kind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant(), rows.getObject(5, Long.class)));
                }
            }
            return notices;
        } catch (SQLException e) {
            throw new IllegalStateException("notices not read: " + e.getMessage(), e);
        }
    }
}
