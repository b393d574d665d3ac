package dev.faultline.places;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The gazetteer's compiled form: its place table, division names and both name indexes as arrays in
 * one file, written once after the text sources are read and read back whole (tens of milliseconds for
 * cities500, against seconds for the text). The file names the sources it was compiled from; a
 * different fingerprint means it is stale and is rebuilt.
 */
final class CompiledGazetteer {
    private static final int MAGIC = 0x464c475a;   // "FLGZ"
    /** Bumped when the layout or what the builder puts in changes. */
    static final int FORMAT = 13;

    private CompiledGazetteer() {}

    record Contents(PlaceTable places, Map<String, String> admin1Names, NameIndex names, NameIndex skeletons, int sourcePlaces) {}

    static void write(Path file, String fingerprint, Contents c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, fingerprint);
            out.writeInt(c.sourcePlaces());
            PlaceTable t = c.places();
            out.writeInt(t.size());
            for (long v : t.ids) out.writeLong(v);
            for (float v : t.lat) out.writeFloat(v);
            for (float v : t.lon) out.writeFloat(v);
            for (long v : t.population) out.writeLong(v);
            for (short v : t.country) out.writeShort(v);
            for (short v : t.admin1) out.writeShort(v);
            for (short v : t.feature) out.writeShort(v);
            ints(out, t.nameStart);
            bytes(out, t.names);
            strings(out, t.countries);
            strings(out, t.admin1Codes);
            strings(out, t.features);
            out.writeInt(c.admin1Names().size());
            for (Map.Entry<String, String> e : c.admin1Names().entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue());
            }
            index(out, c.names());
            index(out, c.skeletons());
        }
        // a temporary file of this process's own, so two processes compiling at once never write into one file
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(tmp, bytes.toByteArray());
            try {                                        // readable by whoever shares the cache, as a plain write would be
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions stay
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);                   // gone already when the move succeeded
        }
    }

    /** The contents, or null when the file was compiled from other sources or by another format. */
    static Contents read(Path file, String fingerprint) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || !string(in).equals(fingerprint)) return null;
            int sourcePlaces = in.getInt();
            int n = in.getInt();
            long[] ids = new long[n], pop;
            in.asLongBuffer().get(ids);
            skip(in, 8L * n);
            float[] lat = new float[n], lon = new float[n];
            in.asFloatBuffer().get(lat);
            skip(in, 4L * n);
            in.asFloatBuffer().get(lon);
            skip(in, 4L * n);
            pop = new long[n];
            in.asLongBuffer().get(pop);
            skip(in, 8L * n);
            short[] country = shorts(in, n), admin1 = shorts(in, n), feature = shorts(in, n);
            int[] nameStart = ints(in);
            byte[] names = bytes(in);
            PlaceTable t = new PlaceTable(ids, lat, lon, pop, country, admin1, feature, nameStart, names, strings(in), strings(in), strings(in));
            int m = in.getInt();
            Map<String, String> admin1Names = new HashMap<>(m * 4 / 3 + 1);
            for (int i = 0; i < m; i++) admin1Names.put(string(in), string(in));
            return new Contents(t, admin1Names, index(in), index(in), sourcePlaces);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a compiled gazetteer (" + e + ")", e);
        }
    }

    private static void skip(ByteBuffer in, long n) {
        in.position(Math.toIntExact(in.position() + n));
    }

    private static short[] shorts(ByteBuffer in, int n) {
        short[] a = new short[n];
        in.asShortBuffer().get(a);
        skip(in, 2L * n);
        return a;
    }

    private static void index(DataOutputStream out, NameIndex x) throws IOException {
        bytes(out, x.keys);
        ints(out, x.keyStart);
        ints(out, x.postStart);
        ints(out, x.postings);
    }

    private static NameIndex index(ByteBuffer in) {
        return new NameIndex(bytes(in), ints(in), ints(in), ints(in));
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] ints(ByteBuffer in) {
        int[] a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        skip(in, 4L * a.length);
        return a;
    }

    private static void bytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] a = new byte[in.getInt()];
        in.get(a);
        return a;
    }

    private static void strings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) string(out, s);
    }

    private static String[] strings(ByteBuffer in) {
        String[] a = new String[in.getInt()];
        for (int i = 0; i < a.length; i++) a[i] = string(in);
        return a;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String string(ByteBuffer in) {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }
}
