package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.KnownService;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which service an e-mail is about, guessed from its subject: the service whose name (in any of
 * its languages) the subject contains, the longest name winning ("Yritystuki, kansainvälistyminen"
 * before "Yritystuki"). Names shorter than {@link #MIN_NAME} characters are too common to tell.
 */
public final class ServiceGuess {

    static final int MIN_NAME = 5;

    private ServiceGuess() {
    }

    public static KnownService fromSubject(String subject, List<KnownService> services) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String lower = subject.toLowerCase(Locale.ROOT);
        record Match(KnownService service, int length) {
        }
        Optional<Match> best = services.stream()
                .flatMap(service -> Stream.of(service.nameFi, service.nameSv, service.nameEn)
                        .filter(name -> name != null && name.strip().length() >= MIN_NAME)
                        .filter(name -> lower.contains(name.strip().toLowerCase(Locale.ROOT)))
                        .map(name -> new Match(service, name.strip().length())))
                .max(Comparator.comparingInt(Match::length));
        return best.map(Match::service).orElse(null);
    }
}
