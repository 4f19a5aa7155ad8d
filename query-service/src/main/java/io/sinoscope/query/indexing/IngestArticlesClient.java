package io.sinoscope.query.indexing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ingest-service's record of what it published, and its way to publish articles again: what reconciliation compares
 * this service's store with and how it fills a gap. Base URL and timeouts: {@code quarkus.rest-client.ingest.*}.
 * Blocking calls: use from a worker thread.
 */
@RegisterRestClient(configKey = "ingest")
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestArticlesClient {

    /** An article as ingest last published it: its version, and whether that publication was its retraction. */
    record PublishedArticle(String id, long version, boolean retracted) {
    }

    /** A page in id order; {@code next} is the {@code after} of the next page, null after the last. */
    record PublishedPage(List<PublishedArticle> articles, String next) {
    }

    record Ids(List<String> ids) {
    }

    /** What ingest handed back to its outbox, and the ids it did not (unknown, or on their way again already). */
    record Requeued(List<String> requeued, List<String> notRequeued) {
    }

    /**
     * @param relayedBefore ISO-8601 instant: only articles whose latest publication left ingest before it
     */
    @GET
    @Path("/published")
    PublishedPage published(@QueryParam("after") String after, @QueryParam("limit") int limit,
            @QueryParam("relayedBefore") String relayedBefore, @HeaderParam("X-Api-Key") String apiKey);

    @POST
    @Path("/republish/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    Requeued republish(Ids ids, @HeaderParam("X-Api-Key") String apiKey);
}
