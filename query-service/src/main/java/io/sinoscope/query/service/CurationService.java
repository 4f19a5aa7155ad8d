package io.sinoscope.query.service;

import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.repository.InsightRepository.EntityRef;
import io.sinoscope.query.repository.OverrideRepository;
import io.sinoscope.query.repository.OverrideRepository.StoredMention;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.support.curation.CurationRules;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.LinkedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records analysts' overrides after checking they make sense against the gazetteer, the store and the overrides
 * already in force; then announces them (entities.curated) and starts the {@link CurationJob} that applies them to
 * the stored articles. Blocking: call from a worker thread.
 */
@ApplicationScoped
public class CurationService {

    public static final int MAX_ALIAS = 50;
    public static final int MAX_REASON = 1000;
    static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "OTHER");
    private static final Logger LOG = Logger.getLogger(CurationService.class);

    @Inject
    OverrideRepository overrides;
    @Inject
    InsightRepository insights;
    @Inject
    TermVariants variants;
    @Inject
    CuratedEntities curated;
    @Inject
    CurationFeed feed;
    @Inject
    CurationJob job;

    /**
     * An override as recorded, and the job that applies it to the stored articles (the one started for it, or the
     * run in progress that will; absent if none could be started).
     */
    public record Recorded(EntityCuration override, java.time.Instant publishedAt, Job.View job) {
    }

    /** Merges {@code mergedId} into {@code survivorId}. */
    public Recorded merge(String survivorId, String mergedId, String reason, String actor) {
        reason = reason(reason);
        EntityRef survivor = current(survivorId);
        if (mergedId == null || mergedId.isBlank()) {
            throw ProblemException.badRequest("entityId is required: the id of the entity to merge into "
                    + survivorId + " (find it with GET /api/v1/entities?q=<a name>)");
        }
        if (mergedId.strip().equals(survivorId)) {
            throw ProblemException.badRequest("An entity cannot be merged into itself: entityId must name another "
                    + "entity than " + survivorId);
        }
        EntityRef merged = known(mergedId.strip());
        if (rules().canonicalId(merged.id()).equals(survivor.id())) {
            throw ProblemException.conflict(merged.id() + " is already merged into " + survivor.id());
        }
        return record(new EntityCuration(EntityCuration.SCHEMA_VERSION, 0, EntityCuration.MERGE, survivor.id(),
                survivor.name(), survivor.type(), merged.id(), merged.name(), merged.type(), null,
                List.copyOf(mergedNames(survivor.id(), merged.id())), null, null, null, reason, actor, null));
    }

    /** Makes {@code alias} (in every script) a name of the entity. */
    public Recorded addAlias(String entityId, String alias, String reason, String actor) {
        reason = reason(reason);
        EntityRef entity = current(entityId);
        Set<String> forms = forms(alias);
        Optional<CanonicalEntity> listed = gazetteerOwner(forms);
        if (listed.isPresent()) {
            String owner = rules().canonicalId(listed.get().id());
            if (owner.equals(entity.id())) {
                throw ProblemException.conflict("'" + alias.strip() + "' is already a name of " + entity.id()
                        + " in the gazetteer");
            }
            throw alreadyNames(alias, owner, listed.get().name(), entity.id());
        }
        for (String form : forms) {
            Optional<String> target = rules().aliasTarget(form);
            if (target.isPresent()) {
                if (target.get().equals(entity.id())) {
                    throw ProblemException.conflict("'" + alias.strip() + "' is already an alias of " + entity.id()
                            + " (added by an earlier override: GET /api/v1/curation/entities/" + entity.id() + "/overrides)");
                }
                throw alreadyNames(alias, target.get(), null, entity.id());
            }
        }
        for (String owner : linkedOwners(forms)) {
            if (!owner.equals(entity.id())) {
                throw alreadyNames(alias, owner, null, entity.id());
            }
        }
        return record(new EntityCuration(EntityCuration.SCHEMA_VERSION, 0, EntityCuration.ADD_ALIAS, entity.id(),
                entity.name(), entity.type(), null, null, null, alias.strip(), List.copyOf(forms), null, null, null,
                reason, actor, null));
    }

    /**
     * Moves the mentions of the entity written as {@code alias} to {@code targetId}, or, without one, to a new entity
     * named {@code newName} (default: the alias) of type {@code newType} (default: the entity's).
     */
    public Recorded splitAlias(String entityId, String alias, String targetId, String newName, String newType,
            String reason, String actor) {
        reason = reason(reason);
        EntityRef entity = current(entityId);
        Set<String> forms = forms(alias);
        if (!namedBy(entity.id(), forms)) {
            throw ProblemException.conflict(entity.id() + " is not named '" + alias.strip() + "' in the gazetteer, "
                    + "in any stored article or by an added alias, so there is nothing to split off; the names it "
                    + "goes by are listed by GET /api/v1/entities/" + entity.id());
        }
        EntityRef target;
        if (targetId != null && !targetId.isBlank()) {
            target = current(targetId.strip());
            if (target.id().equals(entity.id())) {
                throw ProblemException.badRequest("targetEntityId must be another entity than " + entity.id()
                        + ", or left out to split the alias off into a new entity");
            }
        } else {
            String type = newType == null || newType.isBlank() ? entity.type() : newType.strip().toUpperCase();
            if (!TYPES.contains(type)) {
                throw ProblemException.badRequest("type must be one of " + TYPES + ", not '" + newType + "'");
            }
            String name = newName == null || newName.isBlank() ? alias.strip() : newName.strip();
            target = new EntityRef("curated:" + UUID.randomUUID().toString().substring(0, 8), name, type);
        }
        return record(new EntityCuration(EntityCuration.SCHEMA_VERSION, 0, EntityCuration.SPLIT_ALIAS, entity.id(),
                entity.name(), entity.type(), target.id(), target.name(), target.type(), alias.strip(),
                List.copyOf(forms), null, null, null, reason, actor, null));
    }

    /** Says that the entity mention at {@code [start, end)} of the article is not one. */
    public Recorded rejectMention(String entityId, String articleId, Integer start, Integer end, String reason,
            String actor) {
        reason = reason(reason);
        EntityRef entity = current(entityId);
        if (articleId == null || articleId.isBlank() || start == null || end == null) {
            throw ProblemException.badRequest("articleId, start and end are required: the mention's article and its "
                    + "offsets, as GET /api/v1/articles/{id} lists them under entities[].mentions");
        }
        StoredMention mention = Blocking.await(() -> overrides.mention(articleId.strip(), start, end));
        if (mention == null) {
            throw ProblemException.notFound("Article " + articleId.strip() + " has no entity mention at [" + start
                    + ", " + end + "); GET /api/v1/articles/" + articleId.strip()
                    + " lists its mentions with their offsets");
        }
        if (!rules().canonicalId(mention.entityId()).equals(entity.id())) {
            throw ProblemException.conflict("The mention '" + mention.surface() + "' at [" + start + ", " + end
                    + ") of article " + articleId.strip() + " is linked to " + mention.entityId() + ", not to "
                    + entity.id() + "; reject it under /api/v1/curation/entities/" + mention.entityId() + "/reject-mention");
        }
        return record(new EntityCuration(EntityCuration.SCHEMA_VERSION, 0, EntityCuration.REJECT_MENTION,
                entity.id(), entity.name(), entity.type(), null, null, null, mention.surface(),
                List.of(mention.surface()), articleId.strip(), start, end, reason, actor, null));
    }

    /**
     * One override of the audit trail.
     *
     * @param publishedAt when entities.curated acknowledged it, null before
     * @param appliedAt   when the stored articles were rewritten for it, null before
     */
    public record AuditEntry(EntityCuration override, java.time.Instant publishedAt, java.time.Instant appliedAt) {
    }

    /** The audit trail, newest first: every override, or those naming the entity. */
    public List<AuditEntry> trail(String entityId, int limit) {
        return Blocking.await(() -> overrides.trail(entityId, limit)).stream()
                .map(o -> new AuditEntry(o.override(), o.publishedAt(), o.appliedAt())).toList();
    }

    private Recorded record(EntityCuration override) {
        OverrideRepository.StoredOverride stored = Blocking.await(() -> overrides.append(override));
        curated.reload();
        java.time.Instant published = null;
        try {
            feed.publish(stored.override());
            Blocking.await(() -> overrides.markPublished(stored.override().sequence()));
            published = java.time.Instant.now();
        } catch (RuntimeException e) {
            // Recorded and applied here all the same; the curation job publishes it once the broker answers.
            LOG.warnf("entity override %d recorded but not yet published on entities.curated: %s",
                    stored.override().sequence(), e.getMessage());
        }
        Job.View run = null;
        try {
            run = job.startOrJoin("override " + stored.override().sequence()).orElse(null);
        } catch (RuntimeException e) {
            LOG.warnf("curation job not started for override %d (%s); the periodic run applies it",
                    stored.override().sequence(), e.getMessage());
        }
        return new Recorded(stored.override(), published, run);
    }

    private CurationRules rules() {
        return curated.rules();
    }

    /** The entity, which must exist and not have been merged into another. */
    private EntityRef current(String id) {
        EntityRef entity = known(id);
        String survivor = rules().canonicalId(entity.id());
        if (!survivor.equals(entity.id())) {
            throw ProblemException.conflict(entity.id() + " was merged into " + survivor + "; curate " + survivor
                    + " instead (GET /api/v1/entities/" + survivor + ")");
        }
        return entity;
    }

    /** The entity as the store, the gazetteer or an earlier override knows it; 404 if none does. */
    private EntityRef known(String id) {
        EntityRef stored = Blocking.await(() -> insights.entity(id));
        if (stored != null) {
            return stored;
        }
        Optional<CanonicalEntity> listed = variants.entityById(id);
        if (listed.isPresent()) {
            return new EntityRef(id, listed.get().name(), listed.get().type().name());
        }
        return rules().ref(id).filter(ref -> ref.id().equals(id))
                .map(ref -> new EntityRef(ref.id(), ref.name(), ref.type()))
                .orElseThrow(() -> ProblemException.notFound("No entity with id " + id + " (not in the gazetteer, "
                        + "never mentioned by a stored article, not created by an override); find ids with "
                        + "GET /api/v1/entities?q=<a name>"));
    }

    /** The alias as typed and its normalised Simplified, Taiwan and Hong Kong forms. */
    private Set<String> forms(String alias) {
        if (alias == null || alias.isBlank()) {
            throw ProblemException.badRequest("alias is required: the name as articles write it, e.g. 贝索斯");
        }
        String typed = alias.strip();
        if (typed.length() < 2 || typed.length() > MAX_ALIAS) {
            throw ProblemException.badRequest("alias must be 2 to " + MAX_ALIAS + " characters, was " + typed.length()
                    + (typed.length() < 2 ? ": a one-character alias would link that character in every article" : ""));
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(typed);
        forms.addAll(variants.forms(typed));
        return forms;
    }

    /**
     * How stored articles wrote the two merged entities, in every script, less what the gazetteer lists: these names
     * then resolve to the survivor in look-ups, searches and the linking of new articles (an unlinked name has no id
     * a merge could follow, and a search by the survivor's own unlinked name must find the merged one's articles).
     */
    private Set<String> mergedNames(String survivorId, String mergedId) {
        Set<String> names = namesNotListed(mergedId);
        names.addAll(namesNotListed(survivorId));
        return names;
    }

    /** How stored articles wrote the entity, in every script, less what the gazetteer lists. */
    private Set<String> namesNotListed(String mergedId) {
        Set<String> names = new LinkedHashSet<>();
        for (String surface : Blocking.await(() -> overrides.surfacesOf(mergedId))) {
            if (surface.strip().length() >= 2 && variants.entity(surface).isEmpty()) {
                names.add(surface.strip());
                names.addAll(variants.forms(surface.strip()));
            }
        }
        return names;
    }

    private Optional<CanonicalEntity> gazetteerOwner(Set<String> forms) {
        for (String form : forms) {
            Optional<CanonicalEntity> owner = variants.entity(form);
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    /** Linked (not unlinked) entities stored mentions written as one of the forms belong to. */
    private List<String> linkedOwners(Set<String> forms) {
        return Blocking.await(() -> overrides.entitiesNamed(forms)).stream()
                .filter(id -> !LinkedEntity.isUnlinked(id)).map(id -> rules().canonicalId(id)).distinct().toList();
    }

    private boolean namedBy(String entityId, Set<String> forms) {
        Optional<CanonicalEntity> listed = variants.entityById(entityId);
        if (listed.isPresent()) {
            Set<String> folded = new LinkedHashSet<>();
            forms.forEach(f -> folded.add(Gazetteer.fold(f)));
            for (String alias : listed.get().aliases()) {
                if (folded.contains(Gazetteer.fold(alias))) {
                    return true;
                }
            }
        }
        Set<String> added = rules().aliasesOf(entityId);
        if (forms.stream().anyMatch(added::contains)) {
            return true;
        }
        return Blocking.await(() -> overrides.entitiesNamed(forms)).stream()
                .anyMatch(id -> rules().canonicalId(id).equals(entityId));
    }

    private static ProblemException alreadyNames(String alias, String owner, String ownerName, String wanted) {
        return ProblemException.conflict("'" + alias.strip() + "' already names " + owner
                + (ownerName == null ? "" : " (" + ownerName + ")") + "; to make it a name of " + wanted
                + ", split it off that entity: POST /api/v1/curation/entities/" + owner + "/split-alias with {\"alias\": \""
                + alias.strip() + "\", \"targetEntityId\": \"" + wanted + "\", \"reason\": ...}");
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason is required: say why, for the audit trail (e.g. \"same "
                    + "person: 贝索斯 is the mainland spelling of 貝佐斯\")");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw ProblemException.badRequest("reason must be at most " + MAX_REASON + " characters, was "
                    + reason.strip().length());
        }
        return reason.strip();
    }
}
