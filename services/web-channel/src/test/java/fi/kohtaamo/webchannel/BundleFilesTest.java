package fi.kohtaamo.webchannel;

import fi.kohtaamo.webchannel.i18n.AuditMessages;
import fi.kohtaamo.webchannel.i18n.AutomationMessages;
import fi.kohtaamo.webchannel.i18n.SendingMessages;
import fi.kohtaamo.webchannel.i18n.C360Messages;
import fi.kohtaamo.webchannel.i18n.CatAdminMessages;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
import fi.kohtaamo.webchannel.i18n.EditorMessages;
import fi.kohtaamo.webchannel.i18n.FindMessages;
import fi.kohtaamo.webchannel.i18n.HandlingMessages;
import fi.kohtaamo.webchannel.i18n.InsightMessages;
import fi.kohtaamo.webchannel.i18n.ManageMessages;
import fi.kohtaamo.webchannel.i18n.PublicMessages;
import fi.kohtaamo.webchannel.i18n.RegistryMessages;
import fi.kohtaamo.webchannel.i18n.ReplyMessages;
import fi.kohtaamo.webchannel.i18n.RuleMessages;
import fi.kohtaamo.webchannel.i18n.SetupMessages;
import fi.kohtaamo.webchannel.i18n.SiteMessages;
import fi.kohtaamo.webchannel.i18n.WebhookMessages;
import fi.kohtaamo.webchannel.i18n.WorkMessages;
import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in Finnish, Swedish and English: each bundle's three files hold exactly its
 * interface's keys, none empty. Qute falls back to Finnish for a key a translation lacks, so
 * without this a missing Swedish text would show in Finnish and no page test would notice.
 */
class BundleFilesTest {

    private static final List<Class<?>> BUNDLES = List.of(SiteMessages.class, CitizenMessages.class, WorkMessages.class, FindMessages.class,
            ManageMessages.class, InsightMessages.class, HandlingMessages.class, EditorMessages.class, RuleMessages.class,
            C360Messages.class, ReplyMessages.class, AuditMessages.class, SetupMessages.class,
            PublicMessages.class, CatAdminMessages.class,
            RegistryMessages.class, SendingMessages.class, AutomationMessages.class, WebhookMessages.class);

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void eachBundleFileHasExactlyItsInterfacesKeys(String language) throws IOException {
        for (Class<?> bundle : BUNDLES) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
            Properties texts = read("messages/" + name + "_" + language + ".properties");
            assertThat(texts.stringPropertyNames()).as("%s_%s keys", name, language).isEqualTo(keys);
            assertThat(texts.values()).as("%s_%s texts", name, language).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    /** A page looks a key up in its own bundle, then the site's: a key in two would hide one text. */
    @Test
    void noKeyIsInTwoBundles() {
        Set<String> seen = new HashSet<>();
        for (Class<?> bundle : BUNDLES) {
            for (Method method : bundle.getDeclaredMethods()) {
                assertThat(seen.add(method.getName())).as("%s also in another bundle", method.getName()).isTrue();
            }
        }
    }

    private static Properties read(String resource) throws IOException {
        try (InputStream in = BundleFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
