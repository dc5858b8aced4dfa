package org.iptalent.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Imports over the API as a provincial system does: upload, then poll the job until it ends. */
public final class ImportJobs {

    private ImportJobs() {
    }

    /** Uploads {@code content} (202 expected) and returns the job once COMPLETED or FAILED. */
    public static JsonNode run(Http http, String auth, String fileName, byte[] content) throws InterruptedException {
        var response = http.upload("/api/v1/talent-imports", fileName, content, "Authorization", auth);
        assertThat(response.status()).as("upload of " + fileName + ": " + response.body()).isEqualTo(202);
        return await(http, auth, response.json().get("id").asLong());
    }

    /** The job once it has ended, polled every 100 ms for at most a minute. */
    public static JsonNode await(Http http, String auth, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = http.get("/api/v1/talent-imports/" + id, "Authorization", auth).json();
            String status = job.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
