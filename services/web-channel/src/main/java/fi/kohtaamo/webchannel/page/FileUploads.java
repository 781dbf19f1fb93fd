package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AttachmentClient;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;

/**
 * Files a person attaches on a page, passed on to contact routing's attachment API one at a time,
 * each streamed from the temporary copy Quarkus wrote to disk while the form arrived (never held
 * whole in memory). Routing decides what is allowed (it detects the type from the content); the
 * page checks only what it can before anything is sent (how many files, each one's size), so that
 * a refusal is said beside the field with the person's text kept. Also passes downloads on and
 * shapes routing's file lists for the pages. {@code fileLimits} in templates (the field's hint).
 */
@ApplicationScoped
@Named("fileLimits")
public class FileUploads {

    private static final Logger LOG = Logger.getLogger(FileUploads.class);

    /** The form field of the pages' file inputs ({@code multiple}). */
    public static final String FIELD = "files";

    private final int maxFiles;
    private final long maxFileSize;
    private final long maxPerContact;

    /** Routing's limits as its configuration has them (it enforces them; these only inform and pre-check). */
    public FileUploads(@ConfigProperty(name = "kohtaamo.web.attachments.max-files", defaultValue = "5") int maxFiles,
                       @ConfigProperty(name = "kohtaamo.web.attachments.max-file-size", defaultValue = "10M") MemorySize maxFileSize,
                       @ConfigProperty(name = "kohtaamo.web.attachments.max-per-contact", defaultValue = "25M") MemorySize maxPerContact) {
        this.maxFiles = maxFiles;
        this.maxFileSize = maxFileSize.asLongValue();
        this.maxPerContact = maxPerContact.asLongValue();
    }

    public int getMaxFiles() {
        return maxFiles;
    }

    /** The per-file limit in whole megabytes, for the hint beside the field. */
    public long getMaxMegabytes() {
        return maxFileSize / (1024 * 1024);
    }

    public long getMaxContactMegabytes() {
        return maxPerContact / (1024 * 1024);
    }

    /** The files actually chosen: a browser sends an empty, nameless part when none was. */
    static List<FileUpload> chosen(List<FileUpload> files) {
        return files == null ? List.of() : files.stream()
                .filter(file -> file != null && file.uploadedFile() != null
                        && (file.size() > 0 || file.fileName() != null && !file.fileName().isBlank()))
                .toList();
    }

    /** What the page can refuse before sending anything: a message key, or empty. */
    Optional<String> precheck(List<FileUpload> chosen) {
        if (chosen.size() > maxFiles) {
            return Optional.of("error_files_too_many");
        }
        if (chosen.stream().anyMatch(file -> file.size() == 0)) {
            return Optional.of("error_file_empty");
        }
        if (chosen.stream().anyMatch(file -> file.size() > maxFileSize)) {
            return Optional.of("error_file_too_large");
        }
        return Optional.empty();
    }

    /**
     * Sends each file through {@code upload} (with the form's other fields {@code fields} adds) and
     * stops at the first refusal: its message key, or empty when all went. Files sent before a
     * refusal stay attached; the page lists them.
     */
    Optional<String> send(List<FileUpload> chosen, Function<ClientMultipartForm, ClientMultipartForm> fields,
                          Function<ClientMultipartForm, AttachmentClient.File> upload) {
        for (FileUpload file : chosen) {
            ClientMultipartForm form = fields.apply(ClientMultipartForm.create())
                    .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(), "application/octet-stream");
            try {
                upload.apply(form);
            } catch (WebApplicationException e) {
                return Optional.of(refusal(e.getResponse().getStatus()));
            } catch (ProcessingException e) {
                LOG.warnf("contact routing unavailable for a file: %s", e.getClass().getSimpleName());
                return Optional.of("error_file_unavailable");
            }
        }
        return Optional.empty();
    }

    /** Routing's refusal of a file as the page's message key. */
    static String refusal(int status) {
        return switch (status) {
            case 413 -> "error_file_too_large";
            case 415 -> "error_file_type";
            case 422 -> "error_files_contact_full";
            case 409 -> "error_file_closed";
            case 400 -> "error_file_invalid";
            default -> {
                LOG.warnf("contact routing answered %d to a file", status);
                yield "error_file_unavailable";
            }
        };
    }

    /** A file as a page lists it; {@code href} its download, null when it may not be downloaded. */
    public record FileView(String id, String name, String size, String addedBy, String state, String reason,
                           String when, String trackingCode, String href) {
    }

    static FileView view(AttachmentClient.File file, String hrefPrefix) {
        return new FileView(file.id().toString(), file.fileName(), size(file.sizeBytes()), file.addedBy(), file.scanState(),
                file.scanReason(), when(file.createdAt()), null, file.available() ? hrefPrefix + file.id() : null);
    }

    static FileView view(AttachmentClient.OwnFile file, String hrefPrefix) {
        return new FileView(file.id().toString(), file.fileName(), size(file.sizeBytes()), file.addedBy(), file.scanState(),
                file.scanReason(), when(file.createdAt()), file.trackingCode(), file.available() ? hrefPrefix + file.id() : null);
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** A size as people read it: kB below a megabyte, MB with one decimal above. */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, (bytes + 1023) / 1024) + " kB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Routing's download passed on: its type, name and length, never cached, never sniffed into
     * something that runs. A refusal (not found, not scanned clean) is {@code null}: the page says it.
     */
    static Response relay(Response upstream) {
        Response.ResponseBuilder out = Response.ok(upstream.readEntity(InputStream.class), upstream.getMediaType());
        for (String header : List.of("Content-Disposition", HttpHeaders.CONTENT_LENGTH)) {
            String value = upstream.getHeaderString(header);
            if (value != null) {
                out.header(header, value);
            }
        }
        return out.header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
