package dev.faultline.cli.export;

import dev.faultline.relations.AllianceModel;

import java.io.PrintWriter;

/** GraphML of the alliance model (to be written). */
public final class GraphMl {
    private GraphMl() {
    }

    public static void write(AllianceModel model, Object claims, PrintWriter out) {
        throw new UnsupportedOperationException("GraphML export is not written yet");
    }
}
