package fi.kohtaamo.routing.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "kohtaamo.routing")
public interface RoutingConfig {

    /** Code of the queue that takes contacts no other queue is found for. */
    String triageQueue();

    /** How long after resolution the client may reopen a contact; after it the contact closes. */
    @WithDefault("P14D")
    Duration reopenPeriod();

    /** How often the service-level check runs, as the scheduler reads it: a duration, or {@code off} (tests). */
    @WithDefault("30s")
    String slaCheckEvery();

    /** How often waiting contacts are offered to agents in push mode: a duration, or {@code off} (tests). */
    @WithDefault("2s")
    String offerEvery();

    /** Contacts the service-level check looks at in one transaction. */
    @WithDefault("500")
    int slaCheckBatch();

    /** The Open311 jurisdiction_id served; requests naming another are refused. */
    @WithDefault("kohtaamo.fi")
    String open311Jurisdiction();

    /**
     * The api_key of the local platform's demo Open311 client (Uusimaa's civic app), registered at
     * start when given. Only the local launcher and the tests give it: it is public.
     */
    java.util.Optional<String> open311DemoKey();

    /**
     * The platform's own survey page (feedback's survey-page-url): a satisfaction survey link that
     * reaches a citizen (status page, official e-mail) must be this followed by /{token}.
     */
    @WithDefault("http://127.0.0.1:8080/surveys")
    String surveyPageUrl();

    /** How long an agent in push mode has to accept an offered contact. */
    @WithDefault("30s")
    Duration offerTimeout();

    /** Contacts offered in one pass of the offer job. */
    @WithDefault("200")
    int offerBatch();

    /** The web page where a client follows a contact with its code and secret (linked from e-mail notices). */
    @WithDefault("http://127.0.0.1:8080/status")
    String statusPageUrl();

    /** The staff workspace (a staff notice links to {@code <this>/contacts/<id>}). */
    @WithDefault("http://127.0.0.1:8080/work")
    String workspaceUrl();

    /** How often pending e-mail notices are sent (the scheduler reads it; {@code off} disables it). */
    @WithDefault("10s")
    String noticeEvery();

    /** Languages a newly seen agent serves in until a supervisor says otherwise. */
    @WithDefault("fi,sv,en")
    List<String> agentLanguages();

    Retention retention();

    Mail mail();

    /** Lost tracking codes: new secrets sent to the address a client gave. */
    Recovery recovery();

    /** Receipts by SMS through an HTTP gateway; off unless a gateway is named. */
    Sms sms();

    /** The change feed for agency systems. */
    Changes changes();

    interface Changes {

        /** How often committed changes are placed in the feed between reads (the scheduler reads it; {@code off} disables it). */
        @WithDefault("5s")
        String sequenceEvery();
    }

    interface Sms {

        /** The gateway's endpoint (HTTPS; plain HTTP only on this machine). None: no SMS at all. */
        Optional<java.net.URI> gatewayUrl();

        /** The gateway's API token, sent as a bearer token: from a secret (KOHTAAMO_ROUTING_SMS_TOKEN), never in the repo. */
        Optional<String> token();

        /** The sender name the gateway shows (alphanumeric, at most 11 characters by the SMS standard). */
        @WithDefault("Kohtaamo")
        String sender();

        /** Connecting to and waiting for the gateway at most this long; a slow gateway is a failed try. */
        @WithDefault("10s")
        Duration timeout();

        /** When a receipt goes by SMS: to a client who left a phone number but no e-mail address, always, or never. */
        @WithDefault("when-no-email")
        SmsReceipts receipts();

        enum SmsReceipts { WHEN_NO_EMAIL, ALWAYS, NEVER }
    }

    interface Recovery {

        /** Requests one address may make in an hour, whether or not it has contacts. */
        @WithDefault("3")
        int perAddressPerHour();

        /** At most this many open matters get a new secret by one request. */
        @WithDefault("20")
        int maxContacts();
    }

    Attachments attachments();

    Clamd clamd();

    /** Files on contacts: how large, how many bytes a contact may hold, which types (by content). */
    interface Attachments {

        /** One file at most (413 above it). The gateway's upload routes and the HTTP body limit follow it. */
        @WithDefault("10M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxFileSize();

        /** All files of one contact together at most (422 above it). */
        @WithDefault("25M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxPerContact();

        /** Types that may be attached, as Apache Tika detects them from the content (refined by the name's extension). */
        @WithDefault("application/pdf,image/png,image/jpeg,image/gif,image/tiff,image/webp,text/plain,text/csv,"
                + "application/msword,application/vnd.ms-excel,application/vnd.ms-powerpoint,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
                + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
                + "application/vnd.oasis.opendocument.presentation")
        Set<String> allowedTypes();

        /** Where the files' bytes are kept: {@code database} (the embedded default) or {@code s3}. */
        @WithDefault("database")
        Store store();

        /** The S3-compatible object store, read only when {@link #store()} is {@code s3}. */
        S3 s3();
    }

    enum Store { DATABASE, S3 }

    /**
     * An S3-compatible object store (AWS S3, MinIO, Ceph RGW, a cloud provider's): the objects are
     * named by attachment id under {@link #prefix()}; the database keeps the metadata.
     */
    interface S3 {

        /** The service's address; none: AWS S3 of {@link #region()}. */
        Optional<URI> endpoint();

        @WithDefault("eu-north-1")
        String region();

        /** The bucket (made by operations; required with the S3 store). */
        Optional<String> bucket();

        /** Path-style addresses ({@code endpoint/bucket/key}), as most S3-compatible servers need. */
        @WithDefault("false")
        boolean pathStyle();

        /** Put before each object's name, the attachment's id. */
        @WithDefault("attachments/")
        String prefix();

        /** The access key (KOHTAAMO_ROUTING_ATTACHMENTS_S3_ACCESS_KEY_ID, from a secret); none: the SDK's default chain. */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /**
         * How long after it was written an object without metadata is taken for an orphan: longer
         * than any transaction (Quarkus's default timeout is 60 s).
         */
        @WithDefault("10m")
        Duration orphanAfter();

        /**
         * How often the bucket is listed for orphans (objects of uploads whose service stopped
         * before the commit): a listing reads every object's name, so not every minute.
         */
        @WithDefault("1h")
        Duration orphanScanEvery();

        /** How often orphan and erased objects are deleted (the scheduler reads it). */
        @WithDefault("1m")
        String cleanupEvery();

        /** One attempt of one S3 call (a 10 MB file included) at most this long. */
        @WithDefault("60s")
        Duration callTimeout();
    }

    /** Malware scanning by clamd (INSTREAM over TCP); without a host files are NOT_SCANNED and available. */
    interface Clamd {

        Optional<String> host();

        @WithDefault("3310")
        int port();

        /** Connecting to clamd and waiting for its verdict at most this long. */
        @WithDefault("30s")
        Duration timeout();

        /** How often files still waiting for a scan are tried again (clamd was down, or a replica stopped). */
        @WithDefault("10s")
        String scanEvery();
    }

    /** Reading the organisations' mailboxes (e-mail as a channel). */
    interface Mail {

        /**
         * How often every enabled mailbox is read (the scheduler reads it; {@code off} disables it);
         * IDLE brings new mail sooner where the server has it.
         */
        @WithDefault("60s")
        String pollEvery();

        /** Whether a connection per mailbox waits with IMAP IDLE for new mail, where the server supports it. */
        @WithDefault("true")
        boolean idle();

        /** Messages read from one mailbox in one pass. */
        @WithDefault("50")
        int batch();

        /** Loop protection: messages from one sender that an organisation takes in an hour; more are set aside. */
        @WithDefault("20")
        int perSenderPerHour();

        /** Connecting to and waiting for an IMAP server at most this long. */
        @WithDefault("30s")
        Duration timeout();

        /**
         * The mail servers mailboxes may connect to: host names or addresses, or {@code *.domain}
         * for any host under a domain (KOHTAAMO_ROUTING_MAIL_ALLOWED_HOSTS, comma-separated). None
         * by default: a mailbox can be saved only once operations name its server.
         */
        Optional<List<String>> allowedHosts();

        /** The domain of the Message-IDs routing puts on its notices. */
        @WithDefault("kohtaamo.invalid")
        String messageIdDomain();
    }

    /** How long a closed contact not linked to a registry client keeps its personal data. */
    interface Retention {

        /** After this time from closing, the contact's texts and the client's contact details are removed (two years). */
        @WithDefault("P730D")
        Duration closedContactPersonalData();

        /** How many contacts one transaction of the run clears. */
        @WithDefault("200")
        int batchSize();

        /** When the retention run starts (Quartz cron, Europe/Helsinki; {@code off} disables it). */
        @WithDefault("0 45 2 * * ?")
        String cron();
    }
}
