package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at {@code /api/docs} is the contract provincial systems code against. Read with a
 * parser independent of springdoc (swagger-parser), it is valid, names the platform and the build's version,
 * declares the bearer scheme, and every operation under {@code /api/v1} is documented: a summary, described
 * parameters, a success response, the bearer token unless it is public, and the problem responses its shape
 * implies. Every API mapping of the application is in it, so an operation hidden from the document fails too.
 */
@PlatformTest
class ApiContractTests {

    /** What the API filter chain permits without a token (identity's SecurityConfiguration). */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/tokens", "POST /api/v1/auth/password",
            "GET /api/v1/certificates/{code}/verification",
            // published annual reports are public (a draft is found by a national administrator's token only)
            "GET /api/v1/annual-reports", "GET /api/v1/annual-reports/{year}.pdf",
            "GET /api/v1/annual-reports/{year}.xlsx");

    static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort
    int port;
    @Autowired
    ObjectProvider<BuildProperties> build;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentIsValidOpenApi() {
        SwaggerParseResult result = parse(documentJson());
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void itNamesThePlatformAndTheBuildsVersion() {
        BuildProperties properties = build.getIfAvailable();
        assertThat(properties).as("BuildProperties: spring-boot-maven-plugin's build-info goal").isNotNull();
        var info = document().getInfo();
        assertThat(info.getTitle()).contains("IPTalent", "知识产权人才管理平台").isNotEqualTo("OpenAPI definition");
        assertThat(info.getVersion()).isNotEqualTo("v0").isEqualTo(properties.getVersion());
        assertThat(info.getDescription()).contains("POST /api/v1/auth/tokens", "My account", "404", "0-based",
                "PagedModel", "lower bound", "sort", "ETag", "If-Match", "412", "428", "RFC 9457", PROBLEM_JSON,
                "errors", "Accept-Language: en", "zh-CN", "503", "Retry-After");
    }

    @Test
    void itDeclaresTheBearerSchemeAndTheProblemSchema() {
        OpenAPI api = document();
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer).isNotNull();
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
        assertThat(problem).isNotNull();
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void everyOperationIsDocumented() {
        OpenAPI api = document();
        assertThat(operations(api)).as("operations under /api/v1").hasSizeGreaterThan(10);
        assertThat(problems(api).stream()).as("undocumented").isEmpty();
    }

    @Test
    void everyApiMappingIsInTheDocument() {
        Set<String> mapped = mappedOperations();
        assertThat(mapped).contains("GET /api/v1/talents", "POST /api/v1/auth/tokens");
        assertThat(missing(mapped, document())).as("API mappings missing from /api/docs").isEmpty();
    }

    /** The document's security is the truth: a secured operation refuses a call without a token, a public one not. */
    @Test
    void securityInTheDocumentIsWhatTheApiEnforces() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        for (var entry : operations(document()).entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = PATH_VARIABLE.matcher(entry.getKey().substring(method.length() + 1)).replaceAll("1");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean secured = PUBLIC.stream().noneMatch(entry.getKey()::equals);
            if (secured && (response.statusCode() != 401 || !response.headers().firstValue("Content-Type")
                    .orElse("").startsWith(PROBLEM_JSON))) {
                wrong.add(entry.getKey() + " answered " + response.statusCode() + " without a token");
            } else if (!secured && (response.statusCode() == 401 || response.statusCode() >= 500)) {
                wrong.add(entry.getKey() + " (public) answered " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The checks above fail on an operation added without documentation, and on one hidden from the document. */
    @Test
    void theChecksCatchAnUndocumentedOrHiddenOperation() {
        OpenAPI undocumented = document();
        undocumented.getPaths().addPathItem("/api/v1/undocumented/{id}", new PathItem().get(new Operation()
                .addParametersItem(new Parameter().name("id").in("path").required(true).schema(new Schema<>()))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")))));
        assertThat(problems(undocumented).stream().filter(problem -> problem.startsWith("GET /api/v1/undocumented/")))
                .containsExactlyInAnyOrder(
                "GET /api/v1/undocumented/{id}: no summary",
                "GET /api/v1/undocumented/{id}: parameter id has no description",
                "GET /api/v1/undocumented/{id}: no bearer security",
                "GET /api/v1/undocumented/{id}: no 400 response",
                "GET /api/v1/undocumented/{id}: no 401 response",
                "GET /api/v1/undocumented/{id}: no 403 response",
                "GET /api/v1/undocumented/{id}: no 404 response",
                "GET /api/v1/undocumented/{id}: no 500 response",
                "GET /api/v1/undocumented/{id}: no 4xx problem response");

        OpenAPI hidden = document();
        hidden.getPaths().remove("/api/v1/talents/{id}");
        assertThat(missing(mappedOperations(), hidden)).containsExactlyInAnyOrder("GET /api/v1/talents/{id}",
                "PUT /api/v1/talents/{id}");
    }

    /** What is wrong with the document's operations, as "METHOD path: what". */
    static List<String> problems(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        operations(api).forEach((key, operation) -> {
            List<String> wrong = new ArrayList<>();
            boolean secured = !PUBLIC.contains(key);
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                wrong.add("no summary");
            }
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            for (Parameter parameter : parameters) {
                if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                    wrong.add("parameter " + parameter.getName() + " has no description");
                }
            }
            List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                    : api.getSecurity() == null ? List.of() : api.getSecurity();
            boolean bearer = security.stream().anyMatch(requirement -> requirement.containsKey("bearer"));
            if (secured && !bearer) {
                wrong.add("no bearer security");
            } else if (!secured && !security.isEmpty()) {
                wrong.add("public, yet declares security " + security);
            }
            Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of()
                    : operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                wrong.add("no success response");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("2") && response.getContent() != null && response.getContent().containsKey("*/*")) {
                    wrong.add(code + " answers */* rather than its media type");
                }
            });
            Set<String> expected = new TreeSet<>(Set.of("500"));
            if (!parameters.isEmpty() || operation.getRequestBody() != null) {
                expected.add("400");
            }
            if (secured) {
                expected.addAll(Set.of("401", "403"));
            }
            if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && !isEnumeration(p.getSchema()))) {
                expected.add("404");
            }
            if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()))) {
                expected.addAll(Set.of("412", "428"));
            }
            if (operation.getRequestBody() != null) {
                expected.add("413");
            }
            for (String code : expected) {
                if (!responses.containsKey(code)) {
                    wrong.add("no " + code + " response");
                }
            }
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                wrong.add("no 4xx problem response");
            }
            responses.forEach((code, response) -> {
                if (!(code.startsWith("4") || code.startsWith("5"))) {
                    return;
                }
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    wrong.add(code + " has no description");
                }
                if (!isProblem(response.getContent())) {
                    wrong.add(code + " is not " + PROBLEM_JSON + " with the ProblemDetail schema");
                }
                if (code.equals("503") && (response.getHeaders() == null
                        || !response.getHeaders().containsKey("Retry-After"))) {
                    wrong.add("503 without Retry-After");
                }
            });
            wrong.forEach(what -> problems.add(key + ": " + what));
        });
        return problems;
    }

    /** Every operation under /api/v1, by "METHOD path", in order. */
    static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (path.startsWith("/api/v1/")) {
                    operations.put(method.name() + " " + path, operation);
                }
            }));
        }
        return operations;
    }

    /** Every API operation the application maps, by "METHOD path" with plain path variables. */
    Set<String> mappedOperations() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                String path = PATH_VARIABLE.matcher(pattern).replaceAll("{$1}");
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    mapped.add("ANY " + path);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + path));
            }
        }
        return mapped;
    }

    static Set<String> missing(Set<String> mapped, OpenAPI api) {
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(operations(api).keySet());
        return missing;
    }

    private static boolean isProblem(Content content) {
        MediaType problem = content == null ? null : content.get(PROBLEM_JSON);
        return problem != null && problem.getSchema() != null && PROBLEM_REF.equals(problem.getSchema().get$ref());
    }

    private static boolean isEnumeration(Schema<?> schema) {
        return schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty();
    }

    private String documentJson() {
        Http.Response response = new Http(port).get("/api/docs");
        assertThat(response.status()).isEqualTo(200);
        try {
            // the document as tested, for a reviewer or a provincial system's developer
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return response.body();
    }

    private OpenAPI document() {
        SwaggerParseResult result = parse(documentJson());
        assertThat(result.getOpenAPI()).as("parsed: %s", result.getMessages()).isNotNull();
        return result.getOpenAPI();
    }

    private static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }
}
