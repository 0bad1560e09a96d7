package chainatlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j 5.26 (community) for development, tests and CI, without Docker: the in-process
 * neo4j-harness with Bolt on 127.0.0.1, HTTP off, auth on (user neo4j, password from
 * NEO4J_PASSWORD). Started and stopped by scripts/neo4j.mjs.
 *
 * <p>Arguments: {@code [--data-dir DIR [--keep-data]] [--ready-file FILE]}. DIR must be empty or
 * absent (a temporary folder is created otherwise); it is deleted on exit. With --keep-data, DIR
 * holds Neo4j's data folder (databases and transaction logs) and is kept: a later start with the
 * same DIR serves the same graph (the harness's own working folder is temporary). FILE receives
 * {"port":…,"pid":…,"dataDir":…,"startupMs":…} once Bolt is up and the password is set.
 * Environment: NEO4J_PASSWORD (required, at least 8 characters, not "neo4j"), NEO4J_BOLT_PORT
 * (default: a free port), NEO4J_PAGECACHE (default 256m).
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path dataDir = null;
        Path readyFile = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--keep-data" -> keep = true;
                case "--ready-file" -> readyFile = Path.of(args[++i]).toAbsolutePath();
                default -> fail("unknown argument " + args[i]);
            }
        }
        Map<String, String> env = System.getenv();
        String password = env.getOrDefault("NEO4J_PASSWORD", "");
        if (password.length() < 8 || password.equals("neo4j")) {
            fail("NEO4J_PASSWORD must be set, at least 8 characters and not 'neo4j'");
        }
        int port = parsePort(env.getOrDefault("NEO4J_BOLT_PORT", ""));
        long pageCache = parseBytes(env.getOrDefault("NEO4J_PAGECACHE", "256m"));

        if (keep && dataDir == null) fail("--keep-data needs --data-dir");
        final Path kept = keep ? dataDir : null;
        if (keep) {
            Files.createDirectories(kept);
            dataDir = Files.createTempDirectory("chain-atlas-neo4j-");
        } else if (dataDir == null) {
            dataDir = Files.createTempDirectory("chain-atlas-neo4j-");
        } else {
            Files.createDirectories(dataDir);
            try (Stream<Path> s = Files.list(dataDir)) {
                if (s.findAny().isPresent()) fail("data dir is not empty: " + dataDir);
            }
        }

        // the harness's working folder (always removed at exit); with --keep-data, not where the data is
        final Path root = dataDir;
        final Path ready = readyFile;
        final CountDownLatch stopped = new CountDownLatch(1);
        final Neo4j[] holder = new Neo4j[1];
        // SIGTERM / SIGINT / System.exit: shut the database down cleanly, then remove its files.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                synchronized (holder) {
                    if (holder[0] != null) holder[0].close();
                }
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                deleteQuietly(root);
                if (ready != null) deleteQuietly(ready);
                stopped.countDown();
                log("stopped");
            }
        }, "local-neo4j-shutdown"));

        Neo4j neo4j;
        try {
            var builder = Neo4jBuilders.newInProcessBuilder(root);
            if (kept != null) builder = builder.withConfig(GraphDatabaseSettings.data_directory, kept);
            neo4j = builder
                    .withDisabledServer() // no HTTP/HTTPS; Bolt only
                    .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                    .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .withConfig(GraphDatabaseSettings.auth_enabled, true)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty's graceful shutdown waits out a quiet period (several seconds by default).
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        synchronized (holder) {
            holder[0] = neo4j;
        }

        try {
            announce(neo4j, password, kept != null ? kept : root, ready, t0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        stopped.await(); // until the shutdown hook has run
    }

    private static void announce(Neo4j neo4j, String password, Path root, Path ready, long t0)
            throws IOException {
        // Auth is on, so the system database holds the user neo4j with the default password "neo4j"
        // and "change required". Embedded transactions bypass auth, so set the password here,
        // before announcing readiness: no client ever sees the default credentials.
        // A kept data folder already has a password: the same one again is refused, and is fine.
        try {
            neo4j.databaseManagementService()
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) throw e;
        }

        int boltPort = neo4j.boltURI().getPort();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ready != null) {
            String json = String.format(
                    "{\"port\":%d,\"pid\":%d,\"dataDir\":\"%s\",\"startupMs\":%d}%n",
                    boltPort, ProcessHandle.current().pid(), jsonEscape(root.toString()), ms);
            Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        log("ready bolt://127.0.0.1:" + boltPort + " in " + ms + " ms (data " + root + ")");
    }

    private static int parsePort(String s) {
        if (s.isBlank()) return 0;
        try {
            int p = Integer.parseInt(s.trim());
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("NEO4J_BOLT_PORT is not a port: " + s);
        return 0;
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long unit = 1;
        if (v.endsWith("k")) unit = ByteUnit.kibiBytes(1);
        else if (v.endsWith("m")) unit = ByteUnit.mebiBytes(1);
        else if (v.endsWith("g")) unit = ByteUnit.gibiBytes(1);
        if (unit != 1) v = v.substring(0, v.length() - 1);
        try {
            return Long.parseLong(v) * unit;
        } catch (NumberFormatException e) {
            fail("NEO4J_PAGECACHE is not a size: " + s);
            return 0;
        }
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void deleteQuietly(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    System.err.println("local-neo4j: could not delete " + f + ": " + e);
                }
            });
        } catch (IOException e) {
            System.err.println("local-neo4j: could not delete " + p + ": " + e);
        }
    }

    private static void log(String msg) {
        System.out.println("local-neo4j: " + msg);
        System.out.flush();
    }

    private static void fail(String msg) {
        System.err.println("local-neo4j: error: " + msg);
        System.exit(2);
    }
}
