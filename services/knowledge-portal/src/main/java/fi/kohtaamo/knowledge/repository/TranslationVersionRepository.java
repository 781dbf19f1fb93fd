package fi.kohtaamo.knowledge.repository;

import fi.kohtaamo.knowledge.domain.TranslationVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TranslationVersionRepository implements PanacheRepositoryBase<TranslationVersion, TranslationVersion.Key> {

    /** A translation's versions, oldest first. */
    public List<TranslationVersion> ofTranslation(UUID translationId) {
        return list("translationId", Sort.by("version"), translationId);
    }

    public Optional<TranslationVersion> findVersion(UUID translationId, int version) {
        return find("translationId = ?1 and version = ?2", translationId, version).firstResultOptional();
    }
}
