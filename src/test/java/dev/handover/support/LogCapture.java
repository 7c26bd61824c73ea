package dev.handover.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records everything the function logs while it is open (a handler on the root logger, which Quarkus's log manager
 * feeds), so that a test can assert what never reaches the log.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** The function's loggers quieted by an earlier test (or a profile), opened to INFO while capturing. */
    private final Map<Logger, Level> opened = new HashMap<>();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.open(Logger.getLogger("dev.handover"));
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            if (name.startsWith("dev.handover.")) {
                capture.open(Logger.getLogger(name));
            }
        }
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Every record as its message template, its parameters and its stack trace. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
                + record.getMessage());
        if (record.getParameters() != null) {
            line.append(' ').append(Arrays.toString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    private void open(Logger logger) {
        Level level = logger.getLevel();
        if (level != null && level.intValue() > Level.INFO.intValue()) {
            opened.put(logger, level);
            logger.setLevel(Level.INFO);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        opened.forEach(Logger::setLevel);
    }
}
