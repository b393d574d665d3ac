package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Relation;
import dev.faultline.relations.AllianceModel;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alliance model as GraphML (opens in Gephi, yEd, Cytoscape, networkx, igraph). Nodes are the
 * model's actors, with {@code label}, {@code kind}, {@code country}, {@code sector}, {@code cameo},
 * {@code origin}, {@code lineage} (ids joined by " > ") and {@code events} (how many events name the
 * actor). Edges are its relations, with {@code label} and {@code type} (the relation), {@code basis}
 * (knowledge | events), {@code score}, {@code weight} (|score|, or 1 for a relation known from the
 * knowledge base), {@code rolled_up}, {@code evidence} and {@code evidence_count}, {@code from} and
 * {@code to} as the relation gives them (2018, 2018-09, 2018-09-02), and {@code start} and {@code end},
 * the first and last day they cover as ISO dates (an open end has none), which Gephi's Data Laboratory
 * turns into the edge's time interval (Merge columns, Create time interval, format yyyy-MM-dd). Gephi
 * takes {@code label} as the node's and edge's label and {@code weight} as the edge's weight. Relations that read the same from either end (ally, hostile) are undirected edges in a
 * directed graph ({@code directed="false"}); command, leadership, membership, backing and proxies
 * point from {@code a} to {@code b}. Text is escaped by the XML writer; characters XML cannot carry
 * at all (most control characters) become U+FFFD.
 */
public final class GraphMl {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** A declared attribute: its key id, the element it is for, its name and GraphML type. */
    private record Key(String id, String target, String name, String type) {}

    private static final List<Key> NODE_KEYS = List.of(
            new Key("v_label", "node", "label", "string"),
            new Key("v_kind", "node", "kind", "string"),
            new Key("v_country", "node", "country", "string"),
            new Key("v_sector", "node", "sector", "string"),
            new Key("v_cameo", "node", "cameo", "string"),
            new Key("v_origin", "node", "origin", "string"),
            new Key("v_lineage", "node", "lineage", "string"),
            new Key("v_events", "node", "events", "int"));
    private static final List<Key> EDGE_KEYS = List.of(
            new Key("e_label", "edge", "label", "string"),
            new Key("e_type", "edge", "type", "string"),
            new Key("e_basis", "edge", "basis", "string"),
            new Key("e_score", "edge", "score", "double"),
            new Key("e_weight", "edge", "weight", "double"),
            new Key("e_rolled_up", "edge", "rolled_up", "boolean"),
            new Key("e_evidence_count", "edge", "evidence_count", "int"),
            new Key("e_evidence", "edge", "evidence", "string"),
            new Key("e_citation", "edge", "citation", "string"),
            new Key("e_from", "edge", "from", "string"),
            new Key("e_to", "edge", "to", "string"),
            new Key("e_start", "edge", "start", "string"),
            new Key("e_end", "edge", "end", "string"));

    private GraphMl() {
    }

    /** Writes the model's actors and relations; {@code events} are counted per actor. Flushes {@code out}, does not close it. */
    public static void write(AllianceModel model, List<CodedEvent> events, Writer out) {
        List<ActorRef> actors = model.actors();
        List<Relation> relations = model.relations();
        Map<String, Integer> counts = CorpusModel.eventCounts(events);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute("xsi", XSI, "schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
            for (Key k : NODE_KEYS) key(x, k);
            for (Key k : EDGE_KEYS) key(x, k);
            indent(x, 1);
            x.writeStartElement("graph");
            x.writeAttribute("id", "faultline");
            x.writeAttribute("edgedefault", "directed");
            for (ActorRef a : actors) {
                indent(x, 2);
                x.writeStartElement("node");
                x.writeAttribute("id", a.id());
                data(x, "v_label", a.name());
                data(x, "v_kind", a.kind().label());
                data(x, "v_country", a.country());
                data(x, "v_sector", a.sector() == null ? null : a.sector().name());
                data(x, "v_cameo", a.cameo());
                data(x, "v_origin", a.origin().name().toLowerCase(Locale.ROOT));
                data(x, "v_lineage", String.join(" > ", a.lineage()));
                data(x, "v_events", Integer.toString(counts.getOrDefault(a.id(), 0)));
                indent(x, 2);
                x.writeEndElement();
            }
            int n = 0;
            for (Relation r : relations) {
                indent(x, 2);
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", r.a().id());
                x.writeAttribute("target", r.b().id());
                x.writeAttribute("directed", Boolean.toString(!r.type().symmetric()));
                data(x, "e_label", r.type().label());
                data(x, "e_type", r.type().label());
                data(x, "e_basis", r.basis().name().toLowerCase(Locale.ROOT));
                data(x, "e_score", Double.toString(r.score()));
                data(x, "e_weight", Double.toString(r.score() == 0 ? 1.0 : Math.abs(r.score())));
                data(x, "e_rolled_up", Boolean.toString(r.rolledUp()));
                data(x, "e_evidence_count", Integer.toString(r.evidence().size()));
                data(x, "e_evidence", String.join("; ", r.evidence()));
                data(x, "e_citation", r.citation());
                data(x, "e_from", Values.value(r.from()));
                data(x, "e_to", Values.value(r.to()));
                data(x, "e_start", r.from() == null ? null : r.from().start().toString());
                data(x, "e_end", r.to() == null ? null : r.to().end().toString());
                indent(x, 2);
                x.writeEndElement();
            }
            indent(x, 1);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write GraphML: " + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, Key k) throws XMLStreamException {
        indent(x, 1);
        x.writeEmptyElement("key");
        x.writeAttribute("id", k.id());
        x.writeAttribute("for", k.target());
        x.writeAttribute("attr.name", k.name());
        x.writeAttribute("attr.type", k.type());
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) return;
        indent(x, 3);
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(xml(value));
        x.writeEndElement();
    }

    private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 cannot carry (control characters other than tab and line ends, lone surrogates, U+FFFE/U+FFFF) as U+FFFD. */
    static String xml(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(ok ? c : '\uFFFD');
        }
        return b == null ? s : b.toString();
    }
}
