package dev.faultline.relations;

/** An unordered pair of actor ids, smaller id first. */
record Pair(String a, String b) {
    static Pair of(String x, String y) {
        return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    boolean has(String id) {
        return a.equals(id) || b.equals(id);
    }
}
