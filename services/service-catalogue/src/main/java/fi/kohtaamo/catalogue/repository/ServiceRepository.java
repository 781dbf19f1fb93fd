package fi.kohtaamo.catalogue.repository;

import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<CatalogueService, UUID> {

    /** Åland's municipalities (Statistics Finland codes 035-941 of region 21) are outside "nationwide except Åland". */
    private static final List<String> ALAND = List.of("035", "043", "060", "062", "065", "076", "170", "295", "318",
            "417", "438", "478", "736", "766", "771", "941");

    public record Found(List<CatalogueService> services, long total) {
    }

    /** A classification code published services use, with its labels and how many services carry it. */
    public record InUse(String code, String labelFi, String labelSv, String labelEn, long services) {
    }

    /** The codes of one kind that published services carry, in code order: what a catalogue can be browsed by. */
    public List<InUse> classificationsInUse(ClassificationKind kind) {
        return getEntityManager().createQuery("select new fi.kohtaamo.catalogue.repository.ServiceRepository$InUse("
                        + "c.code, min(c.labelFi), min(c.labelSv), min(c.labelEn), count(distinct s.id))"
                        + " from CatalogueService s join s.classifications c where s.status = :published and c.kind = :kind"
                        + " group by c.code order by c.code", InUse.class)
                .setParameter("published", PublishingStatus.PUBLISHED).setParameter("kind", kind).getResultList();
    }

    /** Published services matching every given filter, in group and code order. */
    public Found search(ServiceSearch search, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = Parameters.with("published", PublishingStatus.PUBLISHED);
        where.add("s.status = :published");
        if (search.text() != null && !search.text().isBlank()) {
            parameters.and("text", "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%");
            where.add("(lower(s.name.fi) like :text or lower(s.name.sv) like :text or lower(s.name.en) like :text"
                    + " or lower(s.summary.fi) like :text or lower(s.summary.sv) like :text or lower(s.summary.en) like :text"
                    + " or exists (select 1 from CatalogueService k join k.classifications kc where k.id = s.id"
                    + " and kc.kind = :keyword and (lower(kc.labelFi) like :text or lower(kc.labelSv) like :text"
                    + " or lower(kc.labelEn) like :text)))");
            parameters.and("keyword", ClassificationKind.KEYWORD);
        }
        if (search.group() != null) {
            where.add("s.group = :group");
            parameters.and("group", search.group());
        }
        classified(search.targetGroup(), ClassificationKind.TARGET_GROUP, "targetGroup", where, parameters);
        classified(search.lifeEvent(), ClassificationKind.LIFE_EVENT, "lifeEvent", where, parameters);
        if (search.organisation() != null) {
            where.add("s.organisation.code = :organisation");
            parameters.and("organisation", search.organisation());
        }
        if (search.municipality() != null) {
            where.add("(s.areaType = fi.kohtaamo.catalogue.domain.AreaType.NATIONWIDE"
                    + " or (s.areaType = fi.kohtaamo.catalogue.domain.AreaType.NATIONWIDE_EXCEPT_ALAND and :municipality not in :aland)"
                    + " or array_contains(s.areaCodes, :municipality))");
            parameters.and("municipality", search.municipality()).and("aland", ALAND);
        }
        if (search.channelType() != null) {
            where.add("exists (select 1 from CatalogueService t join t.channels tc where t.id = s.id and tc.type = :channelType)");
            parameters.and("channelType", search.channelType());
        }
        if (search.language() != null) {
            where.add("exists (select 1 from CatalogueService l join l.channels lc where l.id = s.id"
                    + " and array_contains(lc.languages, :language))");
            parameters.and("language", search.language());
        }
        String query = "from CatalogueService s join fetch s.organisation where " + String.join(" and ", where)
                + " order by s.group, s.code";
        PanacheQuery<CatalogueService> found = find(query, parameters);
        long total = count("from CatalogueService s where " + String.join(" and ", where), parameters);
        return new Found(found.page(Page.of(page, size)).list(), total);
    }

    private static void classified(String code, ClassificationKind kind, String name, List<String> where, Parameters parameters) {
        if (code == null) {
            return;
        }
        where.add("exists (select 1 from CatalogueService c join c.classifications cc where c.id = s.id"
                + " and cc.kind = :" + name + "Kind and cc.code = :" + name + ")");
        parameters.and(name, code).and(name + "Kind", kind);
    }

    /** Published services, optionally of one group: everything Open311 lists. */
    public List<CatalogueService> listPublished(ServiceGroup group) {
        return search(new ServiceSearch(null, group, null, null, null, null, null, null), 0, 10_000).services();
    }

    /** An organisation's services (every status), by code: the order a PTV export lists them in. */
    public List<CatalogueService> ofOrganisation(UUID organisationId) {
        return list("organisation.id", Sort.by("code"), organisationId);
    }

    /** The service locked for a change, so that the If-Match version check and the write cannot interleave. */
    public Optional<CatalogueService> lockedById(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CatalogueService> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
