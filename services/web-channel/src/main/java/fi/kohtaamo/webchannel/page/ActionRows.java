package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AutomationClient;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The actions of an automation rule or a macro on a form without JavaScript: {@link #ROWS} rows,
 * each a type ({@code action-1-type}), a value ({@code action-1-value}: the priority, the tag, the
 * queue's code, the person's username or the webhook subscription's id) and a reply template ({@code action-1-template}) for the
 * types that send one. A row without a type is left out.
 */
final class ActionRows {

    static final int ROWS = 5;
    static final List<String> TYPES = List.of("SET_PRIORITY", "ADD_TAG", "TRANSFER", "SEND_REPLY_TEMPLATE",
            "ASK_CLIENT_TEMPLATE", "NOTIFY_PERSON", "NOTIFY_QUEUE", "CALL_WEBHOOK");

    /** One row as the form shows it. */
    record Row(int number, String type, String value, String template) {
    }

    /** The actions read from the form; an unreadable row puts its error (a message key) under its field. */
    static List<AutomationClient.Action> read(MultivaluedMap<String, String> form, Map<String, String> errors) {
        List<AutomationClient.Action> actions = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            String type = single(form, "action-" + n + "-type");
            String value = single(form, "action-" + n + "-value");
            String template = single(form, "action-" + n + "-template");
            if (type.isEmpty()) {
                continue;
            }
            String field = "action-" + n + "-value";
            if (!TYPES.contains(type)) {
                errors.put("action-" + n + "-type", "error_action_type");
                continue;
            }
            if (value.length() > 100 || value.indexOf('\0') >= 0) {
                errors.put(field, "error_action_value");
                continue;
            }
            switch (type) {
                case "SET_PRIORITY" -> {
                    Integer priority = value.matches("[1-5]") ? Integer.valueOf(value) : null;
                    if (priority == null) {
                        errors.put(field, "error_action_priority");
                    }
                    actions.add(new AutomationClient.Action(type, priority, null, null, null, null, null));
                }
                case "SEND_REPLY_TEMPLATE", "ASK_CLIENT_TEMPLATE" -> {
                    UUID id = PageSupport.uuidOrNull(template);
                    if (id == null) {
                        errors.put("action-" + n + "-template", "error_action_template");
                    }
                    actions.add(new AutomationClient.Action(type, null, null, null, id, null, null));
                }
                case "CALL_WEBHOOK" -> {
                    UUID subscription = PageSupport.uuidOrNull(value);
                    if (subscription == null) {
                        errors.put(field, "error_action_subscription");
                    }
                    actions.add(new AutomationClient.Action(type, null, null, null, null, null, subscription));
                }
                default -> {
                    if (value.isEmpty()) {
                        errors.put(field, "error_action_value");
                    }
                    actions.add(new AutomationClient.Action(type, null, "ADD_TAG".equals(type) ? value : null,
                            type.equals("TRANSFER") || type.equals("NOTIFY_QUEUE") ? value : null, null,
                            "NOTIFY_PERSON".equals(type) ? value : null, null));
                }
            }
        }
        if (actions.isEmpty() && errors.keySet().stream().noneMatch(key -> key.startsWith("action-"))) {
            errors.put("action-1-type", "error_actions");
        }
        return actions;
    }

    /** The rows of saved actions, as the form shows them (and empty rows up to {@link #ROWS}). */
    static void fill(List<AutomationClient.Action> actions, Map<String, String> form) {
        int n = 1;
        for (AutomationClient.Action action : actions == null ? List.<AutomationClient.Action>of() : actions) {
            if (n > ROWS) {
                break;
            }
            form.put("action-" + n + "-type", action.type());
            String value = action.priority() != null ? String.valueOf(action.priority())
                    : action.tag() != null ? action.tag() : action.queue() != null ? action.queue()
                    : action.person() != null ? action.person()
                    : action.subscriptionId() != null ? action.subscriptionId().toString() : "";
            form.put("action-" + n + "-value", value);
            form.put("action-" + n + "-template", action.templateId() == null ? "" : action.templateId().toString());
            n++;
        }
    }

    static List<Row> rows(Map<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            rows.add(new Row(n, form.getOrDefault("action-" + n + "-type", ""), form.getOrDefault("action-" + n + "-value", ""),
                    form.getOrDefault("action-" + n + "-template", "")));
        }
        return rows;
    }

    /**
     * The form field a refusal from contact routing names: actions[1].queue → action-2-value (the
     * template's own select for templateId), actions → the first row's type; null for another field.
     */
    static String fieldOf(String field) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("actions\\[(\\d+)]\\.?(\\w*).*").matcher(field);
        if (row.matches()) {
            int n = Integer.parseInt(row.group(1)) + 1;
            return "action-" + n + switch (row.group(2)) {
                case "type" -> "-type";
                case "templateId" -> "-template";
                default -> "-value";
            };
        }
        return field.equals("actions") ? "action-1-type" : null;
    }

    private static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    private ActionRows() {
    }
}
