package dev.faultline.places;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name keys (plain ASCII, see {@link PlaceNames}) to the places that bear them: the keys sorted in one
 * byte array and searched by bisection, each with its postings (place index and how the place bears the
 * name). Nothing is allocated a lookup beyond the answer, and the arrays are written and read whole.
 */
final class NameIndex {
    /** How a place bears a name: as its own, or among its alternate names. */
    static final int OWN = 0, ALTERNATE = 1;

    final byte[] keys;
    final int[] keyStart;     // n + 1 offsets into keys
    final int[] postStart;    // n + 1 offsets into postings
    final int[] postings;     // place index << 1 | OWN or ALTERNATE

    NameIndex(byte[] keys, int[] keyStart, int[] postStart, int[] postings) {
        this.keys = keys;
        this.keyStart = keyStart;
        this.postStart = postStart;
        this.postings = postings;
    }

    int keyCount() {
        return keyStart.length - 1;
    }

    /** The postings under a key, in the order they were built (best first); empty when none. */
    int[] find(String key) {
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int lo = 0, hi = keyCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, k);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return Arrays.copyOfRange(postings, postStart[mid], postStart[mid + 1]);
        }
        return new int[0];
    }

    private int compare(int i, byte[] k) {
        return Arrays.compare(keys, keyStart[i], keyStart[i + 1], k, 0, k.length);
    }

    /** Collects keys and postings; {@link #build} sorts each key's postings with the given order. */
    static final class Builder {
        private final Map<String, List<Integer>> map = new HashMap<>();

        void add(String key, int place, int how) {
            if (!PlaceNames.latin(key) || key.length() < 2) return;
            List<Integer> list = map.computeIfAbsent(key, x -> new ArrayList<>(1));
            int own = place << 1 | OWN, alternate = place << 1 | ALTERNATE;
            if (list.contains(own)) return;
            if (how == ALTERNATE) {
                if (!list.contains(alternate)) list.add(alternate);
                return;
            }
            list.remove(Integer.valueOf(alternate));
            list.add(own);
        }

        /** Every key collected so far, with its postings (for deriving a coarser index from this one). */
        Map<String, List<Integer>> entries() {
            return map;
        }

        NameIndex build(java.util.Comparator<Integer> order) {
            List<String> sorted = new ArrayList<>(map.keySet());
            sorted.sort(null);   // ASCII keys: String order is byte order
            int n = sorted.size();
            int[] keyStart = new int[n + 1], postStart = new int[n + 1];
            java.io.ByteArrayOutputStream keys = new java.io.ByteArrayOutputStream(n * 10);
            int total = 0;
            for (List<Integer> l : map.values()) total += l.size();
            int[] postings = new int[total];
            int p = 0;
            for (int i = 0; i < n; i++) {
                String k = sorted.get(i);
                keyStart[i] = keys.size();
                keys.writeBytes(k.getBytes(StandardCharsets.US_ASCII));
                postStart[i] = p;
                List<Integer> list = map.get(k);
                list.sort(order);
                for (int v : list) postings[p++] = v;
            }
            keyStart[n] = keys.size();
            postStart[n] = p;
            return new NameIndex(keys.toByteArray(), keyStart, postStart, postings);
        }
    }
}
