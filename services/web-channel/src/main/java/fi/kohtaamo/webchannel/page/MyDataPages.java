package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AttachmentClient;
import fi.kohtaamo.webchannel.client.ContactClient;
import fi.kohtaamo.webchannel.client.RegistryClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RegistryMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.unavailable;

/**
 * "My data": a signed-in citizen's own record in the client registry, and who has read their data:
 * the registry's reads of the record and contact routing's opens of their contacts, in one list,
 * newest first. Each service answers for its own reads; routing being down hides only its part.
 */
@Path("/my-data")
@Produces(MediaType.TEXT_HTML)
public class MyDataPages {


    private final RegistryClient registry;
    private final ContactClient contacts;
    private final PageFrame frame;
    private final AttachmentClient attachments;

    public MyDataPages(@RestClient RegistryClient registry, @RestClient ContactClient contacts, PageFrame frame,
                       @RestClient AttachmentClient attachments) {
        this.attachments = attachments;
        this.registry = registry;
        this.contacts = contacts;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myData(PageContext page, RegistryClient.Own record, List<ReadView> reads,
                                              boolean contactReadsMissing, List<FileUploads.FileView> files,
                                              boolean filesMissing, MyDataRequestPages.OwnRequests requests, String notice);
    }

    /** One read: of the registry record ({@code contact} null) or of one of the citizen's contacts. */
    public record ReadView(String when, String organisation, String roles, String action, String purpose, String contact) {
    }

    private record Read(Instant at, ReadView view) {
    }

    @GET
    public Response show(@QueryParam("notice") String notice, @QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        RegistryClient.Own record = null;
        List<Read> reads = new ArrayList<>();
        try {
            record = registry.me();
            registry.accessLog().forEach(a -> reads.add(new Read(a.at(), new ReadView(WHEN.format(a.at()), a.organisation(),
                    a.roles(), a.action(), a.purpose(), null))));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                return unavailable(frame.context(language, uri), language);
            }
        } catch (ProcessingException e) {
            return unavailable(frame.context(language, uri), language);
        }
        boolean contactReadsMissing = false;
        try {
            contacts.readsOfMine().forEach(r -> reads.add(new Read(r.at(), new ReadView(WHEN.format(r.at()), r.organisation(),
                    r.roles(), r.action(), null, r.trackingCode()))));
        } catch (WebApplicationException | ProcessingException e) {
            contactReadsMissing = true;
        }
        reads.sort(Comparator.comparing(Read::at).reversed());
        List<ReadView> views = reads.stream().map(Read::view).toList();
        List<FileUploads.FileView> files = List.of();
        boolean filesMissing = false;
        try {
            files = attachments.filesOfMine().stream().map(file -> FileUploads.view(file, "/my-data/files/")).toList();
        } catch (WebApplicationException | ProcessingException e) {
            filesMissing = true;
        }
        // what the citizen changed or asked for (MyDataRequestPages), said after its redirect here
        String noticeText = notice != null && notice.matches("details_saved|export_requested|erasure_(requested|waiting)")
                ? PageSupport.text(RegistryMessages.class, "mine_notice_" + notice, language) : null;
        MyDataRequestPages.OwnRequests requests = record == null ? null : MyDataRequestPages.load(registry);
        return PageFrame.respond(Templates.myData(frame.context(language, uri), record, views, contactReadsMissing, files,
                        filesMissing, requests, noticeText), language, lang, 200)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A file of one of the citizen's contacts, whoever added it: the bytes their data export refers
     * to. Routing checks that the contact is theirs (another's is its 404) and logs the download.
     */
    @GET
    @Path("/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("fileId") String fileId, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try {
            return FileUploads.relay(attachments.downloadMine(UUID.fromString(fileId)));
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 404 || status == 409 ? notFound(frame.context(language, uri), language)
                    : unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            return unavailable(frame.context(language, uri), language);
        }
    }
}
