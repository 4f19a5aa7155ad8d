package io.sinoscope.query.search.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.search.IndexConfig;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexRebuild;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Requests;

/**
 * The physical indexes behind the alias ({@code sinoscope.opensearch.index}) and their lifecycle: the index template
 * (mappings and analyzer, versioned with the code), the first index, an index for a rebuild, and the one atomic move
 * of the alias onto a rebuilt index. Blocking.
 */
final class OpenSearchIndexAdmin {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndexAdmin.class);

    /** The index template, versioned with the code: the mappings and the analyzer made explicit. */
    static final String TEMPLATE = "opensearch/article-index-template.json";

    private final OpenSearchClient client;
    private final OpenSearchConfig config;
    private final IndexConfig indexConfig;
    private final ObjectMapper objectMapper;
    private final String alias;

    OpenSearchIndexAdmin(OpenSearchClient client, OpenSearchConfig config, IndexConfig indexConfig,
            ObjectMapper objectMapper) {
        this.client = client;
        this.config = config;
        this.indexConfig = indexConfig;
        this.objectMapper = objectMapper;
        this.alias = config.index();
    }

    String alias() {
        return alias;
    }

    /**
     * Puts the template and creates the first index if the alias has none.
     *
     * @return whether the alias is on an index of an older format (see {@link IndexRebuild#INDEX_FORMAT})
     */
    boolean setUp() throws IOException {
        putTemplate();
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            createFirstIndex();
        }
        boolean outdated = !olderFormats().isEmpty();
        if (outdated) {
            acceptCurrentDocuments();
        }
        return outdated;
    }

    /** The template applies the analyzer and mappings to every physical index of the alias, rebuilds included. */
    @SuppressWarnings("unchecked")
    private void putTemplate() throws IOException {
        String body;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            Map<String, Object> template = objectMapper.readValue(in, Map.class);
            template.put("index_patterns", List.of(alias + "-*"));
            // The format recorded is the code's, so that an index this code built is never taken for an older one
            // (rebuilt at every start), nor an older one for current.
            template.put("version", IndexRebuild.INDEX_FORMAT);
            Map<String, Object> mappings = (Map<String, Object>) ((Map<String, Object>) template.get("template"))
                    .get("mappings");
            mappings.put("_meta", Map.of("format", IndexRebuild.INDEX_FORMAT));
            body = objectMapper.writeValueAsString(template);
        }
        try (var response = client.generic().execute(Requests.builder().method("PUT")
                .endpoint("/_index_template/" + alias).json(body).build())) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("OpenSearch refused the index template (HTTP " + response.getStatus()
                        + "): " + response.getBody().map(b -> b.bodyAsString()).orElse(""));
            }
        }
    }

    /** The alias's physical indexes whose mapping records an older format than the current one (or none). */
    private Set<String> olderFormats() throws IOException {
        Set<String> older = new TreeSet<>();
        client.indices().getMapping(g -> g.index(alias)).result().forEach((index, mapping) -> {
            JsonData format = mapping.mappings() == null ? null : mapping.mappings().meta().get("format");
            if (format == null || format.to(Integer.class) < IndexRebuild.INDEX_FORMAT) {
                older.add(index);
            }
        });
        return older;
    }

    /**
     * Adds this format's new fields to an index of an older one, so that writes of current documents are accepted
     * (its mapping is strict) until the rebuild at start replaces it; searches meanwhile find its older documents by
     * entity id and phrases only, and its entity facet counts none of them. Adding a field to a mapping is allowed on
     * a live index; changing one is not.
     */
    private void acceptCurrentDocuments() throws IOException {
        LOG.infof("OpenSearch alias %s is on an index of an older format than %d; it is rebuilt at start", alias,
                IndexRebuild.INDEX_FORMAT);
        client.indices().putMapping(m -> m.index(alias)
                .properties(IndexFields.WORDS, p -> p.keyword(k -> k.docValues(false)))
                .properties(IndexFields.ENTITY_FACET, p -> p.keyword(k -> k.index(false)))
                .properties(IndexFields.ENTITY_POSSIBLE, p -> p.keyword(k -> k.index(false).docValues(false))));
    }

    /**
     * The first physical index, named so that two replicas starting together create one: the second's create fails
     * as already existing, and both then use it.
     */
    private void createFirstIndex() throws IOException {
        String name = alias + "-0";
        try {
            createIndex(name, true);
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** A new physical index for a rebuild to fill, not yet searched: its name. */
    String createRebuildIndex() throws IOException {
        String target = alias + "-" + System.currentTimeMillis();
        createIndex(target, false);
        return target;
    }

    private void createIndex(String name, boolean withAlias) throws IOException {
        client.indices().create(c -> {
            c.index(name).settings(s -> s.numberOfShards(config.shards()).numberOfReplicas(config.replicas())
                    .refreshInterval(t -> t.time(indexConfig.refreshInterval().toMillis() + "ms")));
            if (withAlias) {
                c.aliases(alias, a -> a);
            }
            return c;
        });
    }

    /** Moves the alias onto the index in one step; returns the indexes it left (to {@link #drop}). */
    Set<String> moveAliasTo(String target) throws IOException {
        Set<String> previous = client.indices().getAlias(a -> a.name(alias)).result().keySet();
        client.indices().refresh(r -> r.index(target));
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(alias)));
            for (String old : previous) {
                u.actions(a -> a.remove(remove -> remove.index(old).alias(alias)));
            }
            return u;
        });
        return previous;
    }

    void drop(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }
}
