package org.ruralrevival.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps the log records the service writes while open, with the MDC as it was when each was
 * written, so a test can assert what a log line carries (the request id) and what it must not
 * (personal data). {@code try (LogCapture logs = LogCapture.open()) { … }}
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** A log record as written: level, formatted message, the MDC's request id. */
    public record Line(String level, String logger, String message, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    public static LogCapture open() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        String requestId = null;
        String message = record.getMessage();
        if (record instanceof ExtLogRecord ext) {
            requestId = ext.getMdc("requestId");
            message = ext.getFormattedMessage();
        }
        lines.add(new Line(record.getLevel().getName(), record.getLoggerName(), message, requestId));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
