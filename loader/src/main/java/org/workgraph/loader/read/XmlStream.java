package org.workgraph.loader.read;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.workgraph.loader.ParseException;

/**
 * A StAX pull parser over exports and feeds, set for what they are in the wild: no DTDs or external entities (a
 * hostile file cannot read local files or expand entities without bound), and names read by their local part
 * without resolving prefixes, since WordPress.com writes prefixes it never declares and a strict parser would
 * refuse the whole export for it. The prefixes of exports and feeds are fixed by convention, so nothing is lost.
 */
final class XmlStream implements AutoCloseable {
    /** Prefixes of the vocabularies feeds and exports use; elements of any other (media:, itunes:) are skipped. */
    private static final Set<String> KNOWN = Set.of("", "atom", "thr", "dc", "content", "wp", "excerpt", "wfw", "slash", "app", "rdf", "rss");

    private final XMLStreamReader xml;

    XmlStream(InputStream in) throws ParseException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            xml = f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error(e);
        }
    }

    /** Moves to the next start or end tag; false at the end of the document. */
    boolean next() throws ParseException {
        try {
            while (xml.hasNext()) {
                int t = xml.next();
                if (t == XMLStreamConstants.START_ELEMENT || t == XMLStreamConstants.END_ELEMENT) return true;
            }
            return false;
        } catch (XMLStreamException e) {
            throw error(e);
        }
    }

    boolean isStart() { return xml.getEventType() == XMLStreamConstants.START_ELEMENT; }

    boolean isEnd() { return xml.getEventType() == XMLStreamConstants.END_ELEMENT; }

    /** The element's name without its prefix, or "" for an element of a vocabulary no reader needs. */
    String name() {
        String qname = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? xml.getLocalName() : xml.getPrefix() + ":" + xml.getLocalName();
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        return KNOWN.contains(prefix) ? qname.substring(colon + 1) : "";
    }

    /** The current start tag's attributes by local name. */
    Map<String, String> attributes() {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String n = xml.getAttributeLocalName(i);
            out.put(n.substring(n.indexOf(':') + 1), xml.getAttributeValue(i));
        }
        return out;
    }

    /** All text inside the current start tag (tags inside it dropped), leaving the reader on its end tag. */
    String text() throws ParseException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        try {
            while (depth > 0 && xml.hasNext()) {
                int t = xml.next();
                if (t == XMLStreamConstants.START_ELEMENT) depth++;
                else if (t == XMLStreamConstants.END_ELEMENT) depth--;
                else if (t == XMLStreamConstants.CHARACTERS || t == XMLStreamConstants.CDATA || t == XMLStreamConstants.SPACE) out.append(xml.getText());
            }
        } catch (XMLStreamException e) {
            throw error(e);
        }
        return out.toString().strip();
    }

    int line() { return xml.getLocation() == null ? 0 : Math.max(0, xml.getLocation().getLineNumber()); }

    private static ParseException error(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String m = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
        return new ParseException(line, "malformed XML: " + m.strip());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader over a file we close ourselves: nothing to report
        }
    }
}
