package dev.faultline.eval;

/** Precision, recall and F1 from counts; NaN where a denominator is zero (reported as n/a). */
public record Score(int truePositivesProduced, int produced, int goldFound, int gold) {
    public double precision() {
        return produced == 0 ? Double.NaN : (double) truePositivesProduced / produced;
    }

    public double recall() {
        return gold == 0 ? Double.NaN : (double) goldFound / gold;
    }

    /** F1; an empty system output against non-empty gold scores 0, not n/a. */
    public double f1() {
        if (gold == 0) return Double.NaN;
        double p = produced == 0 ? 0 : precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositivesProduced + o.truePositivesProduced, produced + o.produced, goldFound + o.goldFound, gold + o.gold);
    }

    public static Score zero() {
        return new Score(0, 0, 0, 0);
    }
}
