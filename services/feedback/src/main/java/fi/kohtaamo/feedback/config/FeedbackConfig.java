package fi.kohtaamo.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kohtaamo.feedback")
public interface FeedbackConfig {

    /** How soon feedback should be answered: its reply-due time is this after receipt. */
    @WithDefault("P5D")
    Duration replyTarget();

    /** The smallest group of respondents (or senders) any figure is shown for. */
    @WithDefault("5")
    int minimumGroupSize();

    /** Where a survey is answered: the invitation link is this followed by /{token}. */
    @WithDefault("http://127.0.0.1:8080/surveys")
    String surveyPageUrl();

    /**
     * How often pending mails (replies to senders, survey mails) are sent, as the scheduler reads it:
     * a duration such as {@code 10s}, or {@code off} (tests, which send at the instants they choose).
     */
    @WithDefault("10s")
    String mailEvery();

    Satisfaction satisfaction();

    Retention retention();

    SurveyReminders surveyReminders();

    SurveyRounds surveyRounds();

    /** The job that sends the due rounds of recurring surveys, asking the registry as this service. */
    interface SurveyRounds {

        /** When the rounds job runs (Quartz cron, Europe/Helsinki; {@code off} disables it): hourly, at a quarter past. */
        @WithDefault("0 15 * * * ?")
        String cron();
    }

    /** The job that mails the one reminder of sent surveys when their days have passed. */
    interface SurveyReminders {

        /** When the reminder job runs (Quartz cron, Europe/Helsinki; {@code off} disables it): hourly. */
        @WithDefault("0 0 * * * ?")
        String cron();
    }

    /** How long texts that may identify a person are kept once the work on them is done. */
    interface Retention {

        /**
         * Closed or answered feedback naming no registry client loses its texts and the sender's
         * details this long after it was finished; anonymous survey answers lose their free
         * texts this long after the response (two years).
         */
        @WithDefault("P730D")
        Duration closedFeedbackTexts();

        /** How many feedbacks (or survey answers) one transaction of the run clears. */
        @WithDefault("200")
        int batchSize();

        /** When the retention run starts (Quartz cron, Europe/Helsinki; {@code off} disables it). */
        @WithDefault("0 50 2 * * ?")
        String cron();
    }

    /** The satisfaction survey after service, sent when a contact is resolved. */
    interface Satisfaction {

        /** The share of resolved contacts whose client is invited, 0–1. */
        @WithDefault("1.0")
        double sampleRate();

        /** A client is invited at most once in this period. */
        @WithDefault("P30D")
        Duration oncePer();

        /** How long an invitation can be answered. */
        @WithDefault("P14D")
        Duration validFor();
    }
}
