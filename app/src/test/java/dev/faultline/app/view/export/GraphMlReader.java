package dev.faultline.app.view.export;

import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLEventDrivenImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphML document read back by JGraphT's importer, which validates it against the GraphML schema
 * (and fails on any violation): its nodes with their attributes, its edges with theirs, and each
 * edge's {@code directed} attribute (which the importer does not report) read with the DOM.
 */
public record GraphMlReader(Map<String, Map<String, String>> nodes, List<Edge> edges) {
    public record Edge(String source, String target, Double weight, Map<String, String> data, String directed) {}

    public static GraphMlReader read(String xml) {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        Map<Triple<String, String, Double>, Map<String, String>> edgeData = new IdentityHashMap<>();
        List<Triple<String, String, Double>> order = new ArrayList<>();
        GraphMLEventDrivenImporter importer = new GraphMLEventDrivenImporter();
        if (!importer.isSchemaValidation()) throw new AssertionError("the importer should validate");
        importer.addVertexConsumer(v -> nodes.put(v, new LinkedHashMap<>()));
        importer.addVertexAttributeConsumer((p, a) -> nodes.get(p.getFirst()).put(p.getSecond(), value(a)));
        importer.addEdgeConsumer(e -> {
            order.add(e);
            edgeData.put(e, new LinkedHashMap<>());
        });
        importer.addEdgeAttributeConsumer((p, a) -> edgeData.get(p.getFirst()).put(p.getSecond(), value(a)));
        importer.importInput(new StringReader(xml));

        List<String> directed = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList es = d.getElementsByTagNameNS(GraphMl.NS, "edge");
            for (int i = 0; i < es.getLength(); i++) directed.add(((Element) es.item(i)).getAttribute("directed"));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e, e);
        }
        if (directed.size() != order.size()) throw new AssertionError(directed.size() + " edge elements, " + order.size() + " edges imported");
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Triple<String, String, Double> t = order.get(i);
            edges.add(new Edge(t.getFirst(), t.getSecond(), t.getThird(), edgeData.get(t), directed.get(i)));
        }
        return new GraphMlReader(nodes, edges);
    }

    private static String value(Attribute a) {
        return a.getValue();
    }
}
