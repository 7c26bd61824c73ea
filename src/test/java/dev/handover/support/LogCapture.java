package dev.handover.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records everything the function logs while it is open (a handler on the root logger, which Quarkus's log manager
 * feeds), so that a test can assert what never reaches the log. The function's loggers log at every level meanwhile:
 * a profile that quieted them (the chaos test's) must not make such an assertion pass by logging nothing.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger function = Logger.getLogger("dev.handover");
    private final Level functionLevel = function.getLevel();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.function.setLevel(Level.ALL);
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

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        function.setLevel(functionLevel);
    }
}
