package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.domain.WorkCalendar;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkCalendarRepository implements PanacheRepositoryBase<WorkCalendar, UUID> {

    /** An organisation's calendars, by code. */
    public List<WorkCalendar> ofOrganisation(String organisation) {
        return list("organisation = ?1 order by code", organisation);
    }
}
