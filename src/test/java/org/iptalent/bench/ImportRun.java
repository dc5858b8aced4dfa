package org.iptalent.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times an import through the running platform, from upload to COMPLETED (searchable: the job ends
 * only after indexing). Usage: ImportRun baseUrl token file.xlsx
 */
public final class ImportRun {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        Path file = Path.of(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        String boundary = "----bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        long start = System.nanoTime();
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/talent-imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(accepted.statusCode() + " " + accepted.body());
        }
        long id = json.readTree(accepted.body()).get("id").asLong();
        JsonNode job;
        do {
            Thread.sleep(250);
            job = json.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/talent-imports/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (!job.get("status").asString().equals("COMPLETED") && !job.get("status").asString().equals("FAILED"));
        System.out.printf("import %s: %s in %.1f s (%d new, %d updated, %d unchanged, %d errors)%n",
                file.getFileName(), job.get("status").asString(), (System.nanoTime() - start) / 1e9,
                job.get("importedRows").asInt(), job.get("updatedRows").asInt(), job.get("unchangedRows").asInt(),
                job.get("errorRows").asInt());
    }
}
