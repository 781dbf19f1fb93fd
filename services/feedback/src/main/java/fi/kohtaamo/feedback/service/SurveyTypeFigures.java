package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The four survey types side by side for the management view: invitations, responses, response
 * rate, CSAT and NPS in a period. Satisfaction figures of a type fewer than the minimum answered
 * are left out, as everywhere in the view.
 */
@ApplicationScoped
public class SurveyTypeFigures {

    private final SurveyResponseRepository responses;
    private final ManagementView view;

    public SurveyTypeFigures(SurveyResponseRepository responses, ManagementView view) {
        this.responses = responses;
        this.view = view;
    }

    public record Row(Survey.Type type, long invited, long responses, Double responseRate, Double csatAverage, Integer nps,
                      boolean suppressed) {
    }

    /** One row per type, every type present (zeros when none was sent or answered). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> of(ManagementView.Scope scope, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        Map<String, SurveyResponseRepository.TypeFigures> found = responses.byType(scope.organisation(), scope.area(), from, to).stream()
                .collect(Collectors.toMap(SurveyResponseRepository.TypeFigures::type, Function.identity()));
        int minimum = view.minimumGroupSize();
        return Arrays.stream(Survey.Type.values()).map(type -> {
            SurveyResponseRepository.TypeFigures f = found.getOrDefault(type.name(),
                    new SurveyResponseRepository.TypeFigures(type.name(), 0, 0, 0, null, 0, 0, 0));
            boolean suppressed = f.responses() < minimum;
            Double rate = f.invited() == 0 ? null : Math.min(1.0, (double) f.responses() / f.invited());
            Double csat = suppressed || f.csatAnswers() < minimum ? null : f.csatAverage();
            Integer nps = suppressed || f.npsAnswers() < minimum ? null
                    : (int) Math.round(100.0 * (f.promoters() - f.detractors()) / f.npsAnswers());
            return new Row(type, f.invited(), f.responses(), rate, csat, nps, suppressed);
        }).toList();
    }
}
