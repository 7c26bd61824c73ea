package dev.handover.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Records the function's log lines with their MDC fields while open, as the JSON log writes them; the loggers an
 * earlier test quieted are opened meanwhile, as {@link LogCapture} does.
 */
public final class MdcLog extends Handler implements AutoCloseable {

    /** One log line: its logger, its formatted message and its MDC fields. */
    public record Line(String logger, String level, String message, Map<String, String> mdc) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final LogCapture levels;

    private MdcLog(LogCapture levels) {
        this.levels = levels;
    }

    public static MdcLog start() {
        MdcLog log = new MdcLog(LogCapture.start());
        Logger.getLogger("").addHandler(log);
        return log;
    }

    /** The lines of the function's own loggers. */
    public List<Line> lines() {
        return lines.stream().filter(line -> line.logger().startsWith("dev.handover.")).toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            lines.add(new Line(ext.getLoggerName(), ext.getLevel().getName(), ext.getFormattedMessage(),
                    Map.copyOf(ext.getMdcCopy())));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        levels.close();
    }
}
