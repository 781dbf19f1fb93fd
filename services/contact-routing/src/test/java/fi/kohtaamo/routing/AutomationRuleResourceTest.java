package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ReplyTemplate;
import fi.kohtaamo.routing.domain.StaffNotice;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Automation rules: validated, versioned, their organisation's alone, simulated, and run on the
 * contact events routing produces, through the agent's own domain methods, once per chain.
 * The rules live in organisations of their own, so that they touch no other test's contacts.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class AutomationRuleResourceTest {

    static final String PATH = "/api/v1/automation-rules";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Map<String, Object> rule(String name, List<String> triggers, Map<String, Object> conditions,
                                    List<Map<String, Object>> actions) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("triggers", triggers);
        rule.put("conditions", conditions);
        rule.put("actions", actions);
        return rule;
    }

    static Map<String, Object> action(String type, String field, Object value) {
        Map<String, Object> action = new HashMap<>();
        action.put("type", type);
        if (field != null) {
            action.put(field, value);
        }
        return action;
    }

    static String create(Map<String, Object> rule) {
        return given().contentType(ContentType.JSON).body(rule).when().post(PATH).then().statusCode(201)
                .extract().path("id");
    }

    static UUID template(String organisation, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReplyTemplate template = new ReplyTemplate();
            template.id = UUID.randomUUID();
            template.organisation = organisation;
            template.name = "auto-" + template.id;
            template.textFi = text;
            template.version = 1;
            template.updatedBy = "test";
            template.updatedAt = Instant.now();
            template.persist();
            return template.id;
        });
    }

    static void tag(UUID contactId, String tag) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(contactId);
            contact.tags = new ArrayList<>(List.of(tag));
        });
    }

    static List<ContactEntry> history(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactEntry.<ContactEntry>list("contactId = ?1 order by at, id", contactId));
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = "auto-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-a"))
    void badRulesAreProblemsNamingTheField() {
        Queue own = WorkFixtures.queue("ely-auto-a", Tier.FIRST_LINE, false);
        Queue others = WorkFixtures.queue("ely-auto-other", Tier.FIRST_LINE, false);
        List<Map<String, Object>> tagged = List.of(action("ADD_TAG", "tag", "kiire"));

        refused(rule(" ", List.of("RECEIVED"), Map.of(), tagged), "name");
        refused(rule("x".repeat(100_000), List.of("RECEIVED"), Map.of(), tagged), "name");
        refused(rule("Kii\u0000re", List.of("RECEIVED"), Map.of(), tagged), "name");
        refused(rule("r", List.of(), Map.of(), tagged), "triggers");
        refused(rule("r", List.of("HAPPENED"), Map.of(), tagged), "triggers[0]");
        Map<String, Object> wrongTriggers = rule("r", List.of("RECEIVED"), Map.of(), tagged);
        wrongTriggers.put("triggers", Map.of("a", 1));
        refused(wrongTriggers, "triggers");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of()), "actions");
        refused(rule("r", List.of("RECEIVED"), Map.of("keywords", List.of("x".repeat(100_000))), tagged), "conditions.keywords[0]");
        refused(rule("r", List.of("RECEIVED"), Map.of("priorities", List.of(9)), tagged), "conditions.priorities[0]");
        refused(rule("r", List.of("RECEIVED"), Map.of("waitedMinutes", "long"), tagged), "conditions.waitedMinutes");
        refused(rule("r", List.of("RECEIVED"), Map.of("channels", List.of("PIGEON")), tagged), "conditions.channels[0]");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("SET_PRIORITY", null, null))), "actions[0].priority");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("SET_PRIORITY", "priority", 9))), "actions[0].priority");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("SET_PRIORITY", "priority", "high"))), "actions[0].priority");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("ADD_TAG", "tag", "ki\u0000re"))), "actions[0].tag");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("ADD_TAG", "tag", "<b>"))), "actions[0].tag");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("SHRUG", null, null))), "actions[0].type");
        // a rule may only send a contact to a queue its organisation may use
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("ADD_TAG", "tag", "a"),
                action("TRANSFER", "queue", others.code))), "actions[1].queue");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("SEND_REPLY_TEMPLATE", "templateId",
                template("ely-auto-other", "Hei").toString()))), "actions[0].templateId");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("NOTIFY_PERSON", "person", "nobody"))), "actions[0].person");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("CALL_WEBHOOK", null, null))), "actions[0].subscriptionId");
        refused(rule("r", List.of("RECEIVED"), Map.of(), List.of(action("CALL_WEBHOOK", "subscriptionId", "not-a-uuid"))),
                "actions[0].subscriptionId");

        create(rule("fine", List.of("RECEIVED"), Map.of(), List.of(action("TRANSFER", "queue", own.code))));
    }

    @Test
    @TestSecurity(user = "auto-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-a"))
    void aRuleIsVersionedSimulatedAndDeleted() {
        Map<String, Object> urgent = rule("Kiireelliset", List.of("RECEIVED", "MESSAGE_ADDED"),
                Map.of("keywords", List.of("kiire"), "channels", List.of("WEB")),
                List.of(action("SET_PRIORITY", "priority", 1), action("ADD_TAG", "tag", "kiire")));
        String id = given().contentType(ContentType.JSON).body(urgent).when().post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("updatedBy", equalTo("auto-supervisor"))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("event", "RECEIVED", "channel", "WEB", "language", "fi",
                        "description", "Tämä on kiireellinen asia")).when().post(PATH + "/simulate")
                .then().statusCode(200).body("event", equalTo("RECEIVED"))
                .body("rules.find { it.ruleId == '" + id + "' }.wouldRun", equalTo(true))
                .body("rules.find { it.ruleId == '" + id + "' }.reason", equalTo("runs on RECEIVED: channel in [WEB]; keyword in [kiire]"))
                .body("rules.find { it.ruleId == '" + id + "' }.actions", contains("set priority to 1", "add tag \"kiire\""));
        given().contentType(ContentType.JSON).body(Map.of("event", "RECEIVED", "channel", "PHONE", "description", "kiire"))
                .when().post(PATH + "/simulate").then().statusCode(200)
                .body("rules.find { it.ruleId == '" + id + "' }.wouldRun", equalTo(false))
                .body("rules.find { it.ruleId == '" + id + "' }.reason", equalTo("conditions not met: channel in [WEB]"))
                .body("rules.find { it.ruleId == '" + id + "' }.checks.held", contains(false, true));
        given().contentType(ContentType.JSON).body(Map.of("event", "RESOLVED", "description", "kiire"))
                .when().post(PATH + "/simulate").then().statusCode(200)
                .body("rules.find { it.ruleId == '" + id + "' }.reason", equalTo("does not run on RESOLVED"));
        given().contentType(ContentType.JSON).body(Map.of("description", "kiire")).when().post(PATH + "/simulate")
                .then().statusCode(400).body("violations.field", hasItem("event"));

        given().contentType(ContentType.JSON).body(urgent).when().put(PATH + "/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(urgent).when().put(PATH + "/" + id)
                .then().statusCode(412);
        urgent.put("enabled", false);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(urgent).when().put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("enabled", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("event", "RECEIVED", "channel", "WEB", "description", "kiire"))
                .when().post(PATH + "/simulate").then().statusCode(200)
                .body("rules.find { it.ruleId == '" + id + "' }.reason", equalTo("disabled"));

        given().when().delete(PATH + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().when().get(PATH + "/" + id).then().statusCode(404);
        given().when().get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED", "DELETED")).body("[0].rule.enabled", equalTo(true));
    }

    @Test
    @TestSecurity(user = "auto-supervisor-b", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-b"))
    void anotherOrganisationsRuleIsNotFound() {
        String theirs = QuarkusTransaction.requiringNew().call(() -> {
            var rule = new fi.kohtaamo.routing.domain.AutomationRule();
            rule.id = UUID.randomUUID();
            rule.organisation = "ely-auto-a";
            rule.name = "theirs";
            rule.triggers = new ArrayList<>(List.of(fi.kohtaamo.routing.automation.Trigger.RECEIVED));
            rule.actions = new ArrayList<>(List.of(new fi.kohtaamo.routing.automation.AutomationAction(
                    fi.kohtaamo.routing.automation.AutomationAction.Type.ADD_TAG, null, "x", null, null, null, null)));
            rule.version = 1;
            rule.updatedBy = "test";
            rule.updatedAt = Instant.now();
            rule.persist();
            var version = new fi.kohtaamo.routing.domain.AutomationRuleVersion();
            version.key = new fi.kohtaamo.routing.domain.AutomationRuleVersion.Key(rule.id, 1);
            version.change = "CREATED";
            version.snapshot = rule.snapshot();
            version.changedBy = "test";
            version.changedAt = rule.updatedAt;
            version.persist();
            return rule.id.toString();
        });
        given().when().get(PATH + "/" + theirs).then().statusCode(404).contentType("application/problem+json");
        given().when().get(PATH + "/" + theirs + "/versions").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(rule("mine now", List.of("RECEIVED"), Map.of(), List.of(action("ADD_TAG", "tag", "x"))))
                .when().put(PATH + "/" + theirs).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete(PATH + "/" + theirs).then().statusCode(404);
        given().when().get(PATH).then().statusCode(200).body("id", not(hasItem(theirs)));
        given().contentType(ContentType.JSON).body(Map.of("event", "RECEIVED")).when().post(PATH + "/simulate")
                .then().statusCode(200).body("rules.ruleId", not(hasItem(theirs)));
    }

    @Test
    @TestSecurity(user = "auto-agent", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-c"))
    void aMessageRunsTheRulesActionsWithHistoryLinesAndEvents() {
        Queue inbox = WorkFixtures.queue("ely-auto-c", Tier.FIRST_LINE, false);
        Queue urgent = WorkFixtures.queue("ely-auto-c", Tier.FIRST_LINE, false);
        WorkFixtures.agent("auto-agent", "ely-auto-c", false, Map.of(), List.of("fi"), 5, Set.of(inbox.id, urgent.id));
        WorkFixtures.agent("auto-lead", "ely-auto-c", false, Map.of(), List.of("fi"), 5, Set.of(urgent.id));
        UUID contactId = WorkFixtures.contact(inbox, 3, "fi", Map.of(), 5);
        tag(contactId, "vip");
        given().when().post("/api/v1/contacts/" + contactId + "/take").then().statusCode(200);
        // a first message while the organisation has no rules: the rules read then must not outlive the new rule
        given().contentType(ContentType.JSON).body(Map.of("text", "Hei")).when()
                .post("/api/v1/contacts/" + contactId + "/replies").then().statusCode(200);
        String ruleId = create(rule("VIP-asiakkaat", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("vip"), "priorities", List.of(3)),
                List.of(action("SET_PRIORITY", "priority", 1), action("ADD_TAG", "tag", "kiire"),
                        action("NOTIFY_PERSON", "person", "auto-lead"), action("TRANSFER", "queue", urgent.code))));

        given().contentType(ContentType.JSON).body(Map.of("text", "Hei, katsomme asiaa")).when()
                .post("/api/v1/contacts/" + contactId + "/replies").then().statusCode(200);

        Contact after = WorkFixtures.reload(contactId);
        assertThat(after.priority).isEqualTo(1);
        assertThat(after.tags).containsExactly("vip", "kiire");
        assertThat(after.queue.id).isEqualTo(urgent.id);
        List<ContactEntry> lines = history(contactId).stream().filter(entry -> ruleId.equals(entry.details.get("automationRuleId"))).toList();
        assertThat(lines).extracting(entry -> entry.kind).containsExactly(ContactEntry.Kind.PRIORITY_CHANGED,
                ContactEntry.Kind.TAGGED, ContactEntry.Kind.STAFF_NOTIFIED, ContactEntry.Kind.TRANSFERRED);
        assertThat(lines).allSatisfy(entry -> {
            assertThat(entry.details).containsEntry("automationRule", "VIP-asiakkaat").containsEntry("automationRuleVersion", 1);
            assertThat(entry.actorKind).isEqualTo(ContactEntry.ActorKind.SYSTEM);
        });
        long notices = QuarkusTransaction.requiringNew().call(() -> StaffNotice.count("recipient = ?1 and contactId = ?2 and kind = ?3",
                "auto-lead", contactId, StaffNotice.Kind.AUTOMATION));
        assertThat(notices).isEqualTo(1);

        // the transfer went out through the outbox as an agent's does, naming the rule by id and version
        List<ConsumerRecord<String, String>> transferred = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> contactId.toString().equals(record.key()) && record.value().contains("contact.transferred"), 1,
                Duration.ofSeconds(30));
        assertThat(transferred.getFirst().value()).contains(ruleId, "\"toQueue\":\"" + urgent.code + "\"");
    }

    /**
     * "Call a webhook" (issue 26): the action writes one {@code automation-webhook} event naming the
     * subscription, rule and contact (no personal data) and a line staff see; it changes nothing of the
     * contact, so it triggers no rule, and the chain's guard runs the rule once as before.
     */
    @Test
    @TestSecurity(user = "hook-agent", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-g"))
    void aRuleCallsAWebhookThroughAnEventAndTriggersNothingMore() {
        Queue inbox = WorkFixtures.queue("ely-auto-g", Tier.FIRST_LINE, false);
        WorkFixtures.agent("hook-agent", "ely-auto-g", false, Map.of(), List.of("fi"), 5, Set.of(inbox.id));
        UUID contactId = WorkFixtures.contact(inbox, 3, "fi", Map.of(), 5);
        tag(contactId, "hook");
        UUID subscription = UUID.randomUUID();
        String ruleId = create(rule("Kutsu järjestelmää", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("hook")),
                List.of(action("CALL_WEBHOOK", "subscriptionId", subscription.toString()), action("ADD_TAG", "tag", "called"))));
        given().contentType(ContentType.JSON).body(Map.of("event", "MESSAGE_ADDED", "tags", List.of("hook")))
                .when().post(PATH + "/simulate").then().statusCode(200)
                .body("rules.find { it.ruleId == '" + ruleId + "' }.actions", contains("call webhook " + subscription, "add tag \"called\""));

        given().when().post("/api/v1/contacts/" + contactId + "/take").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Hei")).when()
                .post("/api/v1/contacts/" + contactId + "/replies").then().statusCode(200);

        // the call is no message added: the rule runs once, one call and one tag
        List<ContactEntry> called = history(contactId).stream().filter(entry -> entry.kind == ContactEntry.Kind.WEBHOOK_CALLED).toList();
        assertThat(called).hasSize(1);
        assertThat(called.getFirst().details).containsEntry("automationRuleId", ruleId)
                .containsEntry("subscriptionId", subscription.toString());
        assertThat(called.getFirst().visibleToClient).isFalse();
        assertThat(WorkFixtures.reload(contactId).tags).containsExactly("hook", "called");

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> contactId.toString().equals(record.key()) && record.value().contains("contact.automation-webhook.v1"), 1,
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().value()).contains("\"subscriptionId\":\"" + subscription + "\"", ruleId,
                "\"organisation\":\"ely-auto-g\"");
    }

    /**
     * A rule may send a contact to a queue another organisation shares with its own; from then on
     * the contact is that organisation's: neither the rest of the rule's actions nor the sending
     * organisation's later rules change it (they are skipped with a line, or not run).
     */
    @Test
    @TestSecurity(user = "handoff-agent", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-e"))
    void noRuleActsOnAContactItsActionsMovedToAnotherOrganisation() {
        Queue own = WorkFixtures.queue("ely-auto-e", Tier.FIRST_LINE, false);
        Queue theirs = WorkFixtures.queue("ely-auto-f", Tier.FIRST_LINE, false);
        QuarkusTransaction.requiringNew().run(() -> ((Queue) Queue.findById(theirs.id)).sharedWith.add("ely-auto-e"));
        WorkFixtures.agent("handoff-agent", "ely-auto-e", false, Map.of(), List.of("fi"), 5, Set.of(own.id));
        UUID contactId = WorkFixtures.contact(own, 3, "fi", Map.of(), 5);
        tag(contactId, "handoff");
        String handOff = create(rule("A hand-off", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("handoff")),
                List.of(action("TRANSFER", "queue", theirs.code), action("SET_PRIORITY", "priority", 1))));
        String later = create(rule("B later", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("handoff")),
                List.of(action("ADD_TAG", "tag", "ely-auto-e"))));

        given().when().post("/api/v1/contacts/" + contactId + "/take").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Siirrämme asian")).when()
                .post("/api/v1/contacts/" + contactId + "/replies").then().statusCode(200);

        Contact after = WorkFixtures.reload(contactId);
        assertThat(after.queue.id).isEqualTo(theirs.id);
        assertThat(after.organisation).isEqualTo("ely-auto-f");
        assertThat(after.priority).as("the rule's action after the hand-off").isEqualTo(3);
        assertThat(after.tags).as("the sending organisation's later rule").containsExactly("handoff");
        List<ContactEntry> lines = history(contactId);
        assertThat(lines).anySatisfy(entry -> {
            assertThat(entry.kind).isEqualTo(ContactEntry.Kind.AUTOMATION_SKIPPED);
            assertThat(entry.details).containsEntry("automationRuleId", handOff).containsEntry("action", "SET_PRIORITY");
        });
        assertThat(lines).noneSatisfy(entry -> assertThat(entry.details).containsEntry("automationRuleId", later));
    }

    @Test
    @TestSecurity(user = "loop-agent", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-auto-d"))
    void aRuleDoesNotTriggerItselfAndChainsAreCapped() {
        Queue first = WorkFixtures.queue("ely-auto-d", Tier.FIRST_LINE, false);
        Queue second = WorkFixtures.queue("ely-auto-d", Tier.FIRST_LINE, false);
        Queue third = WorkFixtures.queue("ely-auto-d", Tier.FIRST_LINE, false);
        WorkFixtures.agent("loop-agent", "ely-auto-d", false, Map.of(), List.of("fi"), 5, Set.of(first.id));
        UUID template = template("ely-auto-d", "Kiitos viestistä, {client_name}");

        // its own reply is a message added: the rule would answer itself for ever
        UUID echoed = WorkFixtures.contact(first, 3, "fi", Map.of(), 5);
        tag(echoed, "echo");
        String echo = create(rule("Echo", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("echo")),
                List.of(action("SEND_REPLY_TEMPLATE", "templateId", template.toString()))));
        given().when().post("/api/v1/contacts/" + echoed + "/take").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Hei")).when()
                .post("/api/v1/contacts/" + echoed + "/replies").then().statusCode(200);
        List<ContactEntry> replies = history(echoed).stream().filter(entry -> entry.kind == ContactEntry.Kind.REPLY).toList();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).details).containsEntry("automationRuleId", echo);
        assertThat(replies.get(1).body).startsWith("Kiitos viestistä");

        // two rules sending the contact back and forth: each runs once
        UUID bounced = WorkFixtures.contact(first, 3, "fi", Map.of(), 5);
        tag(bounced, "pingpong");
        String ping = create(rule("Ping", List.of("TRANSFERRED"), Map.of("tags", List.of("pingpong")),
                List.of(action("TRANSFER", "queue", third.code))));
        String pong = create(rule("Pong", List.of("TRANSFERRED"), Map.of("tags", List.of("pingpong")),
                List.of(action("TRANSFER", "queue", second.code))));
        given().when().post("/api/v1/contacts/" + bounced + "/take").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("queueId", second.id.toString(), "note", "Toiselle jonolle"))
                .when().post("/api/v1/contacts/" + bounced + "/transfer").then().statusCode(200);
        List<ContactEntry> transfers = history(bounced).stream().filter(entry -> entry.kind == ContactEntry.Kind.TRANSFERRED).toList();
        assertThat(transfers).extracting(entry -> entry.details.get("automationRuleId")).containsExactly(null, ping, pong);
        assertThat(WorkFixtures.reload(bounced).queue.id).isEqualTo(second.id);

        // a cap on what one change sets off: 10 + 10 actions run, the third rule's are refused with a line
        UUID capped = WorkFixtures.contact(first, 3, "fi", Map.of(), 5);
        tag(capped, "many");
        List<Map<String, Object>> tenTags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenTags.add(action("ADD_TAG", "tag", "t" + i));
        }
        create(rule("Many 1", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("many")), tenTags));
        create(rule("Many 2", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("many")), tenTags));
        String third3 = create(rule("Many 3", List.of("MESSAGE_ADDED"), Map.of("tags", List.of("many")),
                List.of(action("SET_PRIORITY", "priority", 1))));
        given().contentType(ContentType.JSON).body(Map.of("text", "muistiinpano")).when()
                .post("/api/v1/contacts/" + capped + "/notes").then().statusCode(200);
        assertThat(WorkFixtures.reload(capped).priority).isEqualTo(3);
        assertThat(history(capped)).anySatisfy(entry -> {
            assertThat(entry.kind).isEqualTo(ContactEntry.Kind.AUTOMATION_SKIPPED);
            assertThat(entry.details).containsEntry("automationRuleId", third3);
        });
    }
}
