package fi.kohtaamo.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2's two response formats ({@code .json}, {@code .xml}) and its error
 * documents: the API's own counterpart of problem details. XML is written from the same maps and
 * lists as JSON, with the JDK's StAX.
 */
public enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML("text/xml; charset=utf-8");

    /** The media types as an OpenAPI document names them. */
    public static final String JSON_MEDIA_TYPE = MediaType.APPLICATION_JSON;
    public static final String XML_MEDIA_TYPE = MediaType.TEXT_XML;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final String mediaType;

    Open311Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a path's extension; null for any other. */
    public static Open311Format of(String extension) {
        return switch (extension == null ? "" : extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> null;
        };
    }

    /** The answer to a path with an unknown extension. */
    public static Response unsupported() {
        return JSON.error(404, "format must be json or xml");
    }

    /** @param itemNames for XML: the element name of each list's items, by the list's own name ("" for the root) */
    public Response ok(Object body, String root, Map<String, String> itemNames) {
        return Response.ok(entity(body, root, itemNames)).type(mediaType).build();
    }

    /** An Open311 error document: a list of errors, each with a code and a description. */
    public Response error(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return Response.status(code).entity(entity(List.of(error), "errors", Map.of("", "error"))).type(mediaType).build();
    }

    private Object entity(Object body, String root, Map<String, String> itemNames) {
        return this == JSON ? body : xml(root, body, itemNames);
    }

    static String xml(String root, Object body, Map<String, String> itemNames) {
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
