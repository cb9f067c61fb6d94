package io.solvereign.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code bom/pom.xml} aligns our library modules and nothing else, and, having no parent, repeats the
 * parent's version and publication metadata exactly.
 */
class BomTest {
    private static final Document PARENT = parse(ReadmeExampleTest.ROOT.resolve("pom.xml"));
    private static final Document BOM = parse(ReadmeExampleTest.ROOT.resolve("bom/pom.xml"));

    @Test
    void bomHasNoParentSoNoThirdPartyPinReachesAConsumer() {
        assertEquals(0, BOM.getDocumentElement().getElementsByTagName("parent").getLength(),
                "an imported BOM brings its parent's dependencyManagement along");
        for (Element d : managed(BOM)) {
            assertEquals("io.solvereign", text(d, "groupId"), "the BOM pins " + text(d, "artifactId"));
            assertEquals("${project.version}", text(d, "version"));
        }
    }

    @Test
    void bomManagesExactlyThePublishedLibraryModules() {
        TreeSet<String> parentsOwn = new TreeSet<>();
        for (Element d : managed(PARENT)) {
            if (text(d, "groupId").equals("io.solvereign")) {
                parentsOwn.add(text(d, "artifactId"));
            }
        }
        TreeSet<String> published = new TreeSet<>();
        for (String module : List.of("solver-api", "solver-engine", "audit-rules", "harness", "benchmarks", "golden-runs")) {
            String pom = ReadmeExampleTest.ROOT.resolve(module).resolve("pom.xml").toString();
            if (parse(Path.of(pom)).getDocumentElement().getTextContent().contains("maven-source-plugin")) {
                published.add(module);
            }
        }
        TreeSet<String> inBom = new TreeSet<>();
        managed(BOM).forEach(d -> inBom.add(text(d, "artifactId")));
        assertEquals(new TreeSet<>(List.of("audit-rules", "solver-api", "solver-engine")), inBom);
        assertEquals(inBom, parentsOwn);
        assertEquals(inBom, published, "modules that build -sources jars are the ones the BOM aligns");
    }

    @Test
    void bomRepeatsTheParentsVersionAndMetadata() {
        assertEquals(top(PARENT, "version"), top(BOM, "version"));
        assertEquals(top(PARENT, "groupId"), top(BOM, "groupId"));
        for (String tag : List.of("url", "inceptionYear", "licenses", "developers", "scm")) {
            String parent = top(PARENT, tag);
            assertFalse(parent.isBlank(), "the parent pom has no " + tag);
            assertEquals(parent, top(BOM, tag), tag);
        }
        assertTrue(top(PARENT, "licenses").contains("Apache License, Version 2.0"));
    }

    private static List<Element> managed(Document pom) {
        List<Element> out = new ArrayList<>();
        NodeList dm = pom.getDocumentElement().getElementsByTagName("dependencyManagement");
        NodeList deps = ((Element) dm.item(0)).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            out.add((Element) deps.item(i));
        }
        return out;
    }

    /** The whitespace-normalised text of a direct child of the project element. */
    private static String top(Document pom, String tag) {
        for (Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }
}
