package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.WorkClient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names, in the page's language, for the codes contact routing keeps: a queue's name for its code,
 * the service's name, an extra question's label and a choice's text from the catalogue's
 * definition of the service. Staff read names; a code stays only where no name is known (a queue
 * the organisation no longer sees, a question the service has since dropped), so that nothing the
 * client wrote is hidden.
 */
final class ContactNames {

    private final Map<String, String> queues;
    private final Map<String, CatalogueClient.Question> questions;
    private final String service;
    private final String language;

    private ContactNames(Map<String, String> queues, Map<String, CatalogueClient.Question> questions, String service,
                         String language) {
        this.queues = queues;
        this.questions = questions;
        this.service = service;
        this.language = language;
    }

    /** From the queues the user sees and the service's definition (null when the contact has none or the catalogue is away). */
    static ContactNames of(List<WorkClient.Queue> queues, CatalogueClient.Definition definition, String language) {
        Map<String, String> queueNames = queues.stream().collect(Collectors.toMap(WorkClient.Queue::code,
                queue -> WorkPages.QueueView.of(queue, language).name(), (first, second) -> first));
        Map<String, CatalogueClient.Question> questions = definition == null || definition.attributes() == null ? Map.of()
                : definition.attributes().stream().collect(Collectors.toMap(CatalogueClient.Question::code,
                Function.identity(), (first, second) -> first));
        String service = definition == null || definition.name() == null ? null : definition.name().in(language);
        return new ContactNames(queueNames, questions, service, language);
    }

    /** The queue's name; its code when the user does not see it any more. */
    String queue(String code) {
        return code == null ? null : queues.getOrDefault(code, code);
    }

    /** The service's name; null when unknown. */
    String service() {
        return service;
    }

    /**
     * The answers to the extra questions, in the order of the service's questions: each question's
     * label and the answer as text (a choice's name, several choices' names joined).
     */
    Map<String, String> answers(Map<String, Object> attributes) {
        Map<String, String> answers = new LinkedHashMap<>();
        attributes.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(answer -> questions.containsKey(answer.getKey())
                        ? questions.get(answer.getKey()).order() : Integer.MAX_VALUE))
                .forEach(answer -> {
                    CatalogueClient.Question question = questions.get(answer.getKey());
                    String label = question == null || question.description() == null ? answer.getKey()
                            : question.description().in(language);
                    answers.put(label, answerText(question, answer.getValue()));
                });
        return answers;
    }

    private String answerText(CatalogueClient.Question question, Object value) {
        Collection<?> values = value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value);
        return values.stream().filter(Objects::nonNull).map(String::valueOf).map(key -> choice(question, key))
                .collect(Collectors.joining(", "));
    }

    private String choice(CatalogueClient.Question question, String key) {
        if (question == null || question.values() == null) {
            return key;
        }
        return question.values().stream().filter(choice -> key.equals(choice.key()) && choice.name() != null)
                .map(choice -> choice.name().in(language)).findFirst().orElse(key);
    }
}
