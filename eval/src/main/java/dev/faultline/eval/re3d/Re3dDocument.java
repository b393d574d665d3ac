package dev.faultline.eval.re3d;

import java.util.List;

/** One gold document: its text and the annotated entities and relations (offsets into {@code text}). */
public record Re3dDocument(String id, String source, String title, String text, List<Entity> entities, List<Relation> relations) {
    public Re3dDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** A typed span: gold or produced. */
    public record Entity(String type, int begin, int end, String value) {
        public boolean overlaps(int b, int e) {
            return begin < e && b < end;
        }
    }

    public record Relation(String type, int sourceBegin, int sourceEnd, String source, int targetBegin, int targetEnd, String target) {}

    /**
     * A relation the system produces, already mapped to re3d's type, between two actors given by the
     * spans where the document names them ({@code [begin, end)} pairs); {@code label} names it for people.
     */
    public record ProducedRelation(String type, List<int[]> source, List<int[]> target, String label) {
        public ProducedRelation {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }
}
