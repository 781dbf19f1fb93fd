package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueAdminClient;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Attribute;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Choice;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Detail;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue admin's service form as flat fields ({@code name-sv}, {@code q0-code},
 * {@code q0-choices}) and back: a page without JavaScript posts one field per value, so each extra
 * question is a numbered group and its choices are lines of {@code key | fi | sv | en}. What the
 * form does not show (classifications, channels, producers, area) is carried over from the
 * service as it was read, so saving the form never drops it.
 */
final class ServiceForm {

    static final List<String> GROUPS = List.of("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION", "FINANCING_AND_PROMOTION",
            "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS", "INFRASTRUCTURE");
    static final List<String> PTV_TYPES = List.of("SERVICE", "PERMIT_OR_OBLIGATION", "PROFESSIONAL_QUALIFICATION");
    static final List<String> DATATYPES = List.of("STRING", "TEXT", "NUMBER", "DATE", "SINGLE_CHOICE", "MULTI_CHOICE");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final Pattern QUESTION_FIELD = Pattern.compile("q(\\d{1,2})-code");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");
    private static final Pattern QUESTION_CODE = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    private ServiceForm() {
    }

    /** The form's fields of a service as the catalogue has it. */
    static Map<String, String> of(Detail service) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", service.code());
        form.put("group", service.group());
        form.put("ptvType", service.ptvType());
        putTexts(form, "name", service.name());
        putTexts(form, "summary", service.summary());
        putTexts(form, "description", service.texts() == null ? null : service.texts().description());
        form.put("defaultQueue", service.routing() == null ? "" : service.routing().defaultQueue());
        form.put("area", service.responsibilityArea() == null ? "" : service.responsibilityArea().toString());
        form.put("version", String.valueOf(service.version()));
        List<Attribute> attributes = service.attributes() == null ? List.of() : service.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            form.put("q" + i + "-code", attribute.code());
            form.put("q" + i + "-datatype", attribute.datatype());
            if (attribute.required()) {
                form.put("q" + i + "-required", "on");
            }
            putTexts(form, "q" + i, attribute.description());
            form.put("q" + i + "-choices", choiceLines(attribute.values()));
        }
        return form;
    }

    /** The numbers of the questions on a form, in order; a form shows one more, empty, for adding. */
    static List<Integer> questionNumbers(Map<String, String> form) {
        List<Integer> numbers = new ArrayList<>();
        for (String key : form.keySet()) {
            Matcher matcher = QUESTION_FIELD.matcher(key);
            if (matcher.matches()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        numbers.sort(Integer::compareTo);
        return numbers;
    }

    /**
     * The draft the form asks for, or null with the refusals put in {@code errors} by field. The
     * service as read (null for a new one) gives what the form does not show.
     */
    static CatalogueAdminClient.Draft draft(Map<String, String> form, Detail current, List<String> newAreaCodes,
                                            Set<String> areas, Map<String, String> errors) {
        String code = form.getOrDefault("code", "");
        if (!CODE.matcher(code).matches()) {
            errors.put("code", "cat_error_code");
        }
        String group = GROUPS.contains(form.get("group")) ? form.get("group") : null;
        if (group == null) {
            errors.put("group", "cat_error_refused");
        }
        String ptvType = PTV_TYPES.contains(form.get("ptvType")) ? form.get("ptvType") : null;
        if (ptvType == null) {
            errors.put("ptvType", "cat_error_refused");
        }
        Texts name = texts(form, "name", 200, errors);
        if (name.fi() == null) {
            errors.putIfAbsent("name-fi", "cat_error_name");
        }
        Texts summary = texts(form, "summary", 2000, errors);
        Texts description = texts(form, "description", 10000, errors);
        String queue = form.getOrDefault("defaultQueue", "");
        if (queue.isEmpty() || queue.length() > 100 || queue.indexOf('\0') >= 0) {
            errors.put("defaultQueue", "cat_error_queue");
        }
        String area = form.getOrDefault("area", "");
        UUID areaId = area.isEmpty() ? null : PageSupport.uuidOrNull(area);
        if (!area.isEmpty() && (areaId == null || !areas.contains(area))) {
            errors.put("area", "cat_error_area");
        }
        List<Attribute> attributes = attributes(form, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        CatalogueAdminClient.LongTexts old = current == null || current.texts() == null ? null : current.texts();
        CatalogueAdminClient.LongTexts longTexts = new CatalogueAdminClient.LongTexts(description,
                old == null ? null : old.userInstructions(), old == null ? null : old.processingTime(),
                old == null ? null : old.validityTime());
        CatalogueAdminClient.Routing routing = current == null || current.routing() == null
                ? new CatalogueAdminClient.Routing(queue, List.of(), 3, 8, 80)
                : new CatalogueAdminClient.Routing(queue, current.routing().requiredSkills(), current.routing().priority(),
                current.routing().firstResponseHours(), current.routing().resolutionHours());
        if (current == null) {
            boolean limited = !newAreaCodes.isEmpty();
            return new CatalogueAdminClient.Draft(code, group, ptvType, name, summary, longTexts, "FREE",
                    limited ? "LIMITED" : "NATIONWIDE", newAreaCodes, "DIRECT", List.of(), List.of(), List.of(), routing,
                    attributes, areaId);
        }
        return new CatalogueAdminClient.Draft(code, group, ptvType, name, summary, longTexts, current.chargeType(),
                current.area() == null ? "NATIONWIDE" : current.area().type(),
                current.area() == null ? List.of() : current.area().codes(), current.clientContact(),
                classifications(current.classifications()), current.producers(),
                current.channels() == null ? List.of() : current.channels().stream().map(CatalogueAdminClient.ChannelRef::id).toList(),
                routing, attributes, areaId);
    }

    /** The catalogue's name of a refused field as this form's field: name.sv → name-sv, attributes[1].values → q1-choices. */
    static String fieldOf(String apiField, List<Integer> questionNumbers) {
        Matcher attribute = Pattern.compile("attributes\\[(\\d+)\\]\\.?(\\w*).*").matcher(apiField);
        if (attribute.matches()) {
            int index = Integer.parseInt(attribute.group(1));
            int number = index < questionNumbers.size() ? questionNumbers.get(index) : index;
            return "q" + number + (attribute.group(2).equals("values") ? "-choices" : "-code");
        }
        if (apiField.matches("(name|summary)\\.(fi|sv|en)")) {
            return apiField.replace('.', '-');
        }
        if (apiField.matches("texts\\.description\\.(fi|sv|en)")) {
            return "description-" + apiField.substring(apiField.length() - 2);
        }
        return switch (apiField) {
            case "code", "group", "ptvType" -> apiField;
            case "responsibilityArea" -> "area";
            case "routing.defaultQueue" -> "defaultQueue";
            default -> "form";
        };
    }

    private static List<Attribute> attributes(Map<String, String> form, Map<String, String> errors) {
        List<Attribute> attributes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int order = 1;
        for (int number : questionNumbers(form)) {
            String prefix = "q" + number;
            String code = form.getOrDefault(prefix + "-code", "");
            Texts description = texts(form, prefix, 500, errors);
            String choices = form.getOrDefault(prefix + "-choices", "");
            if (form.containsKey(prefix + "-remove") || code.isEmpty() && description.fi() == null && choices.isBlank()) {
                continue; // removed, or the empty row for adding left empty
            }
            if (!QUESTION_CODE.matcher(code).matches() || !codes.add(code) || description.fi() == null) {
                errors.put(prefix + "-code", "cat_error_question");
                continue;
            }
            String datatype = DATATYPES.contains(form.get(prefix + "-datatype")) ? form.get(prefix + "-datatype") : "STRING";
            List<Choice> values = choices(choices);
            boolean hasChoices = datatype.endsWith("_CHOICE");
            if (values == null || hasChoices == values.isEmpty()) {
                errors.put(prefix + "-choices", "cat_error_choices");
                continue;
            }
            attributes.add(new Attribute(code, datatype, form.containsKey(prefix + "-required"), order++, description, values));
        }
        return attributes;
    }

    /** Lines of {@code key | fi | sv | en}; null when one is not of that shape. */
    static List<Choice> choices(String lines) {
        List<Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length < 2 || parts.length > 4 || line.indexOf('\0') >= 0 || line.length() > 1000) {
                return null;
            }
            String key = parts[0].strip();
            String fi = PageSupport.blankToNull(parts[1]);
            if (key.isEmpty() || key.length() > 100 || fi == null || !keys.add(key)) {
                return null;
            }
            choices.add(new Choice(key, new Texts(fi, parts.length > 2 ? PageSupport.blankToNull(parts[2]) : null,
                    parts.length > 3 ? PageSupport.blankToNull(parts[3]) : null)));
        }
        return choices;
    }

    static String choiceLines(List<Choice> choices) {
        if (choices == null) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        for (Choice choice : choices) {
            Texts name = choice.name() == null ? new Texts(null, null, null) : choice.name();
            lines.append(choice.key()).append(" | ").append(orEmpty(name.fi())).append(" | ").append(orEmpty(name.sv()))
                    .append(" | ").append(orEmpty(name.en())).append('\n');
        }
        return lines.toString();
    }

    private static Texts texts(Map<String, String> form, String prefix, int max, Map<String, String> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String value = form.getOrDefault(prefix + "-" + language, "");
            if (value.length() > max || value.indexOf('\0') >= 0) {
                errors.put(prefix + "-" + language, prefix.startsWith("q") ? "cat_error_question" : "cat_error_text");
            }
            values.put(language, value.isEmpty() ? null : value);
        }
        return new Texts(values.get("fi"), values.get("sv"), values.get("en"));
    }

    private static void putTexts(Map<String, String> form, String prefix, Texts texts) {
        Texts given = texts == null ? new Texts(null, null, null) : texts;
        form.put(prefix + "-fi", orEmpty(given.fi()));
        form.put(prefix + "-sv", orEmpty(given.sv()));
        form.put(prefix + "-en", orEmpty(given.en()));
    }

    private static List<CatalogueAdminClient.ClassificationDraft> classifications(CatalogueAdminClient.Classifications all) {
        List<CatalogueAdminClient.ClassificationDraft> drafts = new ArrayList<>();
        if (all != null) {
            add(drafts, "SERVICE_CLASS", all.serviceClasses());
            add(drafts, "TARGET_GROUP", all.targetGroups());
            add(drafts, "LIFE_EVENT", all.lifeEvents());
            add(drafts, "KEYWORD", all.keywords());
        }
        return drafts;
    }

    private static void add(List<CatalogueAdminClient.ClassificationDraft> drafts, String kind, List<CatalogueAdminClient.Label> labels) {
        if (labels != null) {
            labels.forEach(label -> drafts.add(new CatalogueAdminClient.ClassificationDraft(kind, label.code(), label.labels())));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
