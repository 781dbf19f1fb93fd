package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * The feedback service's management view, with the manager's token; {@code area} (a responsibility
 * area's id, null for all) limits the figures to that area's services.
 */
@RegisterRestClient(configKey = "feedback")
@RegisterClientHeaders
@Path("/api/v1/statistics")
public interface StatisticsClient {

    @GET
    @Path("/overview")
    Overview overview(@QueryParam("by") String by, @QueryParam("interval") String interval, @QueryParam("from") String from,
                      @QueryParam("lang") String language, @QueryParam("area") String area);

    /** The four survey types side by side (feedback's management view); CSAT and NPS left out of small groups. */
    @GET
    @Path("/survey-types")
    SurveyTypes surveyTypes(@QueryParam("from") String from, @QueryParam("area") String area);

    record SurveyTypes(int minimumGroupSize, List<SurveyType> rows) {
    }

    record SurveyType(String type, long invited, long responses, Double responseRate, Double csatAverage, Integer nps,
                      boolean suppressed) {
    }

    @GET
    @Path("/feedback-themes")
    List<Theme> themes(@QueryParam("from") String from, @QueryParam("area") String area);

    @GET
    @Path("/forecast")
    Forecast forecast(@QueryParam("history") int history, @QueryParam("weeks") int weeks, @QueryParam("area") String area);

    record Row(String key, String label, String period, long contacts, Long answered, Double firstResponseAttainment,
               Long resolved, Double resolutionAttainment, Long responses, Double csatAverage, List<Long> csatDistribution,
               Integer nps, long invited, Double responseRate, Long feedback, Map<String, Long> feedbackByKind,
               boolean satisfactionSuppressed, boolean feedbackSuppressed) {
    }

    record Overview(String from, String to, int minimumGroupSize, List<Row> rows) {
    }

    record Theme(String theme, Long feedback, boolean suppressed) {
    }

    record Week(String week, long contacts) {
    }

    record Point(String week, double contacts) {
    }

    record Forecast(String method, List<Week> history, List<Point> forecast) {
    }
}
