package dev.faultline.ingest.dup;

import dev.faultline.store.Signature;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word {@code k}-shingles of a text (words: runs of letters and digits, lower
 * case, so punctuation, quotes and line breaks do not matter). Each of the {@code n} hash functions is
 * a 64-bit mix of the shingle's hash with a per-function seed drawn from a fixed-seed generator, so
 * signatures are the same on every machine and in every run, and comparable with stored ones.
 * A text shorter than {@code k} words is one shingle.
 */
public final class MinHasher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long SEED = 0x5EEDFA17L;

    private final int shingleWords;
    private final long[] seeds;

    public MinHasher(int hashes, int shingleWords) {
        if (hashes < 1 || shingleWords < 1) throw new IllegalArgumentException("hashes and shingle size must be positive");
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(SEED);
        this.seeds = new long[hashes];
        for (int i = 0; i < hashes; i++) seeds[i] = random.nextLong();
    }

    public Signature signature(String text) {
        long[] words = words(text);
        int[] mins = new int[seeds.length];
        Arrays.fill(mins, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - shingleWords + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int w = s; w < Math.min(words.length, s + shingleWords); w++) h = mix(h * 31 + words[w]);
            for (int i = 0; i < seeds.length; i++) {
                int v = (int) (mix(h ^ seeds[i]) >>> 33);
                if (v < mins[i]) mins[i] = v;
            }
        }
        return new Signature(mins);
    }

    private static long[] words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] out = new long[16];
        int n = 0;
        while (m.find()) {
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = mix(m.group().hashCode());
        }
        return Arrays.copyOf(out, n);
    }

    /** SplitMix64's finalizer: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
