package dev.handover.support;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/**
 * A dynalite process (DynamoDB's wire protocol, from npm) on a free loopback port, or the endpoint named by
 * {@code HANDOVER_DYNAMODB_ENDPOINT} when that is set.
 */
public final class Dynalite implements AutoCloseable {

    private final String endpoint;
    private final Process process;

    private Dynalite(String endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
    }

    public static Dynalite start() {
        String external = System.getenv("HANDOVER_DYNAMODB_ENDPOINT");
        if (external != null && !external.isBlank()) {
            return new Dynalite(external, null);
        }
        File cli = new File("node_modules/dynalite/cli.js");
        if (!cli.isFile()) {
            throw new IllegalStateException("dynalite is not installed: run 'npm ci' in " + new File("").getAbsolutePath());
        }
        int port = freePort();
        try {
            Process process = new ProcessBuilder("node", "--require", abortGuard(), cli.getPath(), "--host",
                    "127.0.0.1", "--port",
                    Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            awaitPort(port, process);
            return new Dynalite("http://127.0.0.1:" + port, process);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dynalite with node: " + e.getMessage(), e);
        }
    }

    /**
     * dynalite 4.0.0 throws from a request's error handler, so a client that gives up on a call (an API call
     * timeout, which the function uses to keep its deadline) takes the whole process down (architect/dynalite
     * issue 183). Preloaded, this keeps it serving: an aborted request only loses its own answer.
     */
    private static String abortGuard() throws IOException {
        java.nio.file.Path guard = java.nio.file.Files.createTempFile("dynalite-abort-guard", ".cjs");
        guard.toFile().deleteOnExit();
        java.nio.file.Files.writeString(guard, "process.on('uncaughtException', (e) => {\n"
                + "  const aborted = e && (e.code === 'ECONNRESET' || e.code === 'ECONNABORTED'\n"
                + "      || e.message === 'aborted');\n"
                + "  if (!aborted) { console.error(e); process.exit(1); }\n});\n");
        return guard.toString();
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitPort(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within 20 s");
    }
}
