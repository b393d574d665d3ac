package dev.faultline.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code faultline serve}'s options, parsed by hand (picocli belongs to the command line, which this front never
 * imports). A bad option is an {@link IllegalArgumentException} whose message is the line to print.
 *
 * <p>The token comes from {@code --token-file FILE} (its first line) or the environment variable {@code
 * FAULTLINE_TOKEN}, never from the command line, where other users of the machine can read it.
 */
record ServeOptions(List<Path> paths, Path manifest, Path db, String dbUrl, int port, String bind, Path watch, List<String> feeds,
                    int feedMinutes, Integer threads, String token, boolean help) {
    static final int DEFAULT_PORT = 8080;
    static final String USAGE = """
            Usage: faultline serve [PATH...] [--manifest CSV] [--db FILE | --db-url JDBC] [--port N] [--bind ADDR]
                                   [--watch DIR] [--feed URL|FILE]... [--feed-minutes N] [--threads N] [--token-file FILE]
            Analyses the reports given (as `faultline analyze` does), then serves the store: the web UI at
            http://ADDR:PORT/ and the REST API under /api (its OpenAPI document at /api/openapi.json).
              --port N            the port (default 8080; 0 picks a free one)
              --bind ADDR         the address to listen on (default 127.0.0.1). Anywhere but loopback needs a token:
              --token-file FILE   a file whose first line is the token (or set FAULTLINE_TOKEN); every /api request
                                  must then send Authorization: Bearer TOKEN (the UI takes it from #token=TOKEN)
              --watch DIR         analyses the report files that appear in DIR (checked every 2 seconds)
              --feed URL|FILE     polls an RSS or Atom feed (repeatable), every --feed-minutes (default 15)
              --threads N         analysis worker threads (default: all cores)
            """;

    static ServeOptions parse(String[] args, java.util.Map<String, String> env) {
        List<Path> paths = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        Path manifest = null, db = null, watch = null, tokenFile = null;
        String dbUrl = null, bind = "127.0.0.1";
        int port = DEFAULT_PORT, feedMinutes = 15;
        Integer threads = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--manifest" -> manifest = Path.of(value(args, ++i, a));
                case "--db" -> db = Path.of(value(args, ++i, a));
                case "--db-url" -> dbUrl = value(args, ++i, a);
                case "--port" -> port = integer(value(args, ++i, a), a, 0, 65535);
                case "--bind" -> bind = value(args, ++i, a);
                case "--watch" -> watch = Path.of(value(args, ++i, a));
                case "--feed" -> feeds.add(value(args, ++i, a));
                case "--feed-minutes" -> feedMinutes = integer(value(args, ++i, a), a, 1, 24 * 60);
                case "--threads" -> threads = integer(value(args, ++i, a), a, 1, 256);
                case "--token-file" -> tokenFile = Path.of(value(args, ++i, a));
                case "--token" -> throw new IllegalArgumentException(
                        "a token on the command line is visible to every user of the machine: use --token-file FILE or FAULTLINE_TOKEN");
                default -> {
                    if (a.startsWith("-")) throw new IllegalArgumentException("Unknown option: '" + a + "'");
                    paths.add(Path.of(a));
                }
            }
        }
        if (db != null && dbUrl != null) throw new IllegalArgumentException("--db and --db-url are mutually exclusive (specify only one)");
        if (watch != null && !Files.isDirectory(watch)) throw new IllegalArgumentException("--watch " + watch + " is not a folder");
        String token = token(tokenFile, env);
        return new ServeOptions(List.copyOf(paths), manifest, db, dbUrl, port, bind, watch, List.copyOf(feeds), feedMinutes, threads,
                token, help);
    }

    private static String token(Path file, java.util.Map<String, String> env) {
        String t;
        if (file != null) {
            try {
                t = Files.readAllLines(file).stream().findFirst().orElse("");
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage());
            }
            if (t.isBlank()) throw new IllegalArgumentException("the token file " + file + " is empty");
        } else {
            t = env.get("FAULTLINE_TOKEN");
        }
        if (t == null || t.isBlank()) return null;
        t = t.strip();
        if (t.length() < 16) throw new IllegalArgumentException("the token is shorter than 16 characters; use a long random one");
        return t;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException("Missing required parameter for option '" + option + "'");
        return args[i];
    }

    private static int integer(String v, String option, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + v + "' is not a number from " + min + " to " + max);
        }
    }
}
