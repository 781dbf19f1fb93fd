package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.domain.StaffNotice;
import fi.kohtaamo.routing.domain.StaffNoticeSettings;
import fi.kohtaamo.routing.service.StaffNotices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A staff member's own notices in the workspace, and their choices of which notices reach them where. */
@Path("/api/v1/staff-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "expert", "supervisor"})
@Tag(name = "Staff notices")
public class StaffNoticeResource {

    private final StaffNotices notices;
    private final Callers callers;

    public StaffNoticeResource(StaffNotices notices, Callers callers) {
        this.notices = notices;
        this.callers = callers;
    }

    /** A notice: which contact (by id and tracking code, nothing of its content) and what happened. */
    public record NoticeView(long id, StaffNotice.Kind kind, UUID contactId, String trackingCode, Instant createdAt,
                             Instant readAt) {
        static NoticeView of(StaffNotice notice) {
            return new NoticeView(notice.id, notice.kind, notice.contactId, notice.trackingCode, notice.createdAt,
                    notice.readAt);
        }
    }

    public record InboxView(long unread, List<NoticeView> notices) {
    }

    @GET
    @Operation(summary = "Your newest notices (at most 50) and how many are unread")
    public InboxView inbox() {
        StaffNotices.Inbox inbox = notices.inbox(callers.current());
        return new InboxView(inbox.unread(), inbox.notices().stream().map(NoticeView::of).toList());
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Mark one of your notices read (again: no change; another's: 404)")
    public NoticeView read(@PathParam("id") long id) {
        return NoticeView.of(notices.markRead(callers.current(), id));
    }

    /** One kind and whether it reaches the person by e-mail and in the workspace. */
    public record KindChoice(@NotNull StaffNotice.Kind kind, boolean email, boolean workspace) {
    }

    /**
     * Where notices go: an address for e-mail (none: no e-mail), its language, and each kind's
     * media. A kind left out of {@code kinds} is on in both.
     */
    public record Settings(@Email @Size(max = 254) String email,
                           @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
                           @Size(max = 20) List<@NotNull @Valid KindChoice> kinds) {
        static Settings of(StaffNoticeSettings settings) {
            return new Settings(settings.email, settings.language, StaffNotices.choices(settings).entrySet().stream()
                    .map(choice -> new KindChoice(choice.getKey(), choice.getValue().get(StaffNotice.Medium.EMAIL),
                            choice.getValue().get(StaffNotice.Medium.WORKSPACE)))
                    .toList());
        }

        Set<String> turnedOff() {
            Set<String> off = new HashSet<>();
            for (KindChoice choice : kinds == null ? List.<KindChoice>of() : kinds) {
                if (!choice.email()) {
                    off.add(StaffNoticeSettings.key(choice.kind(), StaffNotice.Medium.EMAIL));
                }
                if (!choice.workspace()) {
                    off.add(StaffNoticeSettings.key(choice.kind(), StaffNotice.Medium.WORKSPACE));
                }
            }
            return off;
        }
    }

    @GET
    @Path("/settings")
    @Operation(summary = "Your notice settings (every kind on in both media until you choose)")
    public Settings settings() {
        return Settings.of(notices.settings(callers.current()));
    }

    @PUT
    @Path("/settings")
    @Operation(summary = "Replace your notice settings: the same body again leaves the same settings")
    public Settings choose(@Valid @NotNull Settings settings) {
        return Settings.of(notices.choose(callers.current(), settings.email(), settings.language(), settings.turnedOff()));
    }
}
