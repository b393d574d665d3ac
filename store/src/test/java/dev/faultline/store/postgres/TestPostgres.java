package dev.faultline.store.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the tests: the one {@code FAULTLINE_PG_URL} names, or else a throwaway
 * cluster started here from {@code initdb}/{@code pg_ctl} (found on the PATH or under
 * /usr/lib/postgresql) in a temporary folder, on a free loopback port, as the postgres user when run
 * as root (PostgreSQL refuses root), and removed by {@link #close()}. Each test gets its own schema.
 */
final class TestPostgres implements AutoCloseable {
    static final String URL_VARIABLE = "FAULTLINE_PG_URL";

    private final String url;
    private final Cluster cluster;

    private TestPostgres(String url, Cluster cluster) {
        this.url = url;
        this.cluster = cluster;
    }

    /** A server, or why there is none. */
    record Availability(TestPostgres server, String reason) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.close();
        }
    }

    static Availability find() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) return new Availability(new TestPostgres(url, null), null);
        try {
            Cluster cluster = Cluster.start();
            return new Availability(new TestPostgres(cluster.url(), cluster), null);
        } catch (Unavailable e) {
            return new Availability(null, URL_VARIABLE + " is unset and no throwaway cluster could be started: " + e.getMessage());
        }
    }

    /** The server's URL as given, for a connection that is not confined to a test's schema. */
    String url() {
        return url;
    }

    /** Creates an empty schema and returns a URL whose connections use it. */
    String createSchema(String schema) throws SQLException {
        execute("CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(url, new Properties()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        if (cluster != null) cluster.stop();
    }

    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** A cluster this JVM started, in its own folder. */
    private record Cluster(Path bin, Path dir, int port, List<String> asOwner) {
        String url() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/faultline_test?user=postgres";
        }

        static Cluster start() throws Unavailable {
            Path bin = binaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            try {
                Path dir = Files.createTempDirectory("faultline-pg-");
                if (root) {
                    UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                    Files.setOwner(dir, postgres);
                }
                int port = freePort();
                Cluster c = new Cluster(bin, dir, port, asOwner);
                c.run(60, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                        "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync");
                c.run(60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                        "-l", dir.resolve("log").toString(), "-w", "-t", "60", "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c synchronous_commit=off -c full_page_writes=off", "start");
                try (Connection admin = new org.postgresql.Driver().connect(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres", new Properties());
                     Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE faultline_test");
                } catch (SQLException e) {
                    c.stop();
                    throw new Unavailable("the cluster started but refused CREATE DATABASE: " + e.getMessage());
                }
                return c;
            } catch (IOException e) {
                throw new Unavailable("cannot prepare a cluster: " + e);
            }
        }

        private static Path binaries() throws Unavailable {
            List<Path> candidates = new ArrayList<>();
            for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) candidates.add(Path.of(p));
            }
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                // no Debian-packaged PostgreSQL; the PATH may still have one
            }
            // A PATH entry may hold links to a few of the tools (initdb -> /usr/lib/postgresql/15/bin/initdb): use their folder.
            return candidates.stream()
                    .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                    .map(d -> {
                        try {
                            return d.resolve("initdb").toRealPath().getParent();
                        } catch (IOException e) {
                            return d;
                        }
                    })
                    .findFirst()
                    .orElseThrow(() -> new Unavailable("initdb and pg_ctl are neither on the PATH nor under /usr/lib/postgresql"));
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        private void run(int timeoutSeconds, String... command) throws Unavailable, IOException {
            List<String> full = new ArrayList<>(asOwner);
            full.addAll(List.of(command));
            Path out = Files.createTempFile("faultline-pg-cmd-", ".log");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile())
                        .directory(dir.toFile()).start();
                boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!done) p.destroyForcibly();
                if (!done || p.exitValue() != 0) {
                    String log = Files.readString(out, StandardCharsets.UTF_8);
                    Path serverLog = dir.resolve("log");
                    if (Files.isReadable(serverLog)) log += Files.readString(serverLog, StandardCharsets.UTF_8);
                    stop();
                    throw new Unavailable(String.join(" ", full) + (done ? " failed: " : " timed out: ") + log.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted while running " + String.join(" ", full));
            } finally {
                Files.deleteIfExists(out);
            }
        }

        void stop() {
            try {
                if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
                    List<String> full = new ArrayList<>(asOwner);
                    full.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                            "-m", "immediate", "-w", "stop"));
                    Process p = new ProcessBuilder(full).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                System.err.println("could not remove the test PostgreSQL cluster in " + dir + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
