package fi.kohtaamo.catalogue.rest;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Writes Open311's XML documents from the same maps and lists as the JSON ones, with the JDK's StAX. */
final class Open311Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {
    }

    static String write(String root, Object body, Map<String, String> itemNames) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, body, "", itemNames);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value, String listName,
                                Map<String, String> itemNames) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(xml, entry.getKey().toString(), entry.getValue(), entry.getKey().toString(), itemNames);
            }
        } else if (value instanceof List<?> list) {
            String itemName = itemNames.getOrDefault(listName, "item");
            for (Object item : list) {
                element(xml, itemName, item, itemName, itemNames);
            }
        } else if (value != null) {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }
}
