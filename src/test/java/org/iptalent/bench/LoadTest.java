package org.iptalent.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load test: C clients each send R requests back to back; reports p50/p95/p99 and
 * throughput. Kinds: {@code search} (text plus two facets), {@code profile} (a talent by id, random
 * among ids 1..maxId). The first 10 % of each client's requests warm up and are not counted.
 * Usage: LoadTest baseUrl token kind clients requests maxId
 */
public final class LoadTest {

    private static final String[] PROVINCES = {"110000", "440000", "320000", "330000", "310000", "510000"};
    private static final String[] CATEGORIES = {"APP_PATENT_AGENT", "APP_ENTERPRISE_MANAGER", "BASIC_PATENT_EXAMINER",
        "APP_SERVICE_INDUSTRY"};
    private static final String[] WORDS = {"专利", "知识产权", "王", "张伟", "工程", "代理", "审查"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String kind = args[2];
        int clients = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        long maxId = Long.parseLong(args[5]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(client);
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    String path = kind.equals("search")
                            ? "/api/v1/talents?q=" + java.net.URLEncoder.encode(WORDS[random.nextInt(WORDS.length)],
                                    java.nio.charset.StandardCharsets.UTF_8) + "&province="
                                    + PROVINCES[random.nextInt(PROVINCES.length)] + "&category="
                                    + CATEGORIES[random.nextInt(CATEGORIES.length)]
                            : "/api/v1/talents/" + (1 + (long) (random.nextDouble() * maxId));
                    long t = System.nanoTime();
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
                    long elapsed = System.nanoTime() - t;
                    if (response.statusCode() != 200 && response.statusCode() != 404) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    if (i >= requests / 10) {
                        latencies.add(elapsed);
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("%s: %d clients, %d measured requests, %.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", kind, clients, all.size(), clients * requests / seconds, pct(all, 50), pct(all, 95),
                pct(all, 99), all.get(all.size() - 1) / 1e6);
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
    }
}
