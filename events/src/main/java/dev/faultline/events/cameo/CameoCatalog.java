package dev.faultline.events.cameo;

import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.PloverType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every CAMEO code Faultline knows, from the shipped table. Immutable; load once and share. */
public final class CameoCatalog {
    static final String SHIPPED = "dev/faultline/events/cameo/cameo-codes.tsv";

    private final Map<String, CameoEntry> entries;

    private CameoCatalog(Map<String, CameoEntry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /**
     * Reads the shipped table.
     *
     * @throws IllegalStateException naming the line when the table is malformed (a build defect)
     */
    public static CameoCatalog load() {
        try (InputStream in = CameoCatalog.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) throw new IllegalStateException("the CAMEO code table is not on the class path: " + SHIPPED);
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED + ": " + e.getMessage(), e);
        }
    }

    static CameoCatalog read(InputStream in, String name) throws IOException {
        Map<String, CameoEntry> m = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("version\t")) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 6) throw new IllegalArgumentException("expected 6 tab-separated fields, found " + f.length);
                if (!CodedEvent.CAMEO_CODE.matcher(f[0]).matches()) throw new IllegalArgumentException("not a CAMEO code: '" + f[0] + "'");
                Optional<PloverType> type = f[2].isEmpty() ? Optional.empty()
                        : Optional.of(PloverType.parse(f[2]).orElseThrow(() -> new IllegalArgumentException("unknown PLOVER type '" + f[2] + "'")));
                List<String> context = f[4].isBlank() ? List.of() : List.of(f[4].strip());
                if (m.put(f[0], new CameoEntry(f[0], f[5], Double.parseDouble(f[1]), type, f[3].strip(), context)) != null) {
                    throw new IllegalArgumentException("code " + f[0] + " listed twice");
                }
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + n + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new IllegalStateException("the CAMEO code table is malformed: " + String.join("; ", problems));
        return new CameoCatalog(m);
    }

    public Optional<CameoEntry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public int size() {
        return entries.size();
    }
}
