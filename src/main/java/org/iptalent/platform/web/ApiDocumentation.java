package org.iptalent.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /api/docs}, the contract provincial systems code against. Controllers say
 * what only they know (a summary, their parameters, an {@link ApiProblem} where an error is specific); this
 * class adds what holds for every operation, so a new one is complete without copied annotations:
 * <ul>
 * <li>the title, the build's version and the Markdown description of the conventions (tokens, region scope,
 * paging, sorting, {@code ETag}/{@code If-Match}, problem details, languages, a busy search);
 * <li>the bearer scheme, applied to every operation except those marked public with an empty
 * {@code @SecurityRequirements}, which is how the operations the API filter chain permits are declared;
 * <li>the problem responses an operation gives by its shape: 401 and 403 when it needs a token, 400 when it
 * takes parameters or a body, 404 on a path variable, 412 and 428 with an {@code If-Match} header, 413 with
 * a body, 500 always, plus its {@link ApiProblem}s; each as {@code application/problem+json} with the
 * {@code ProblemDetail} schema, a 503 with its {@code Retry-After} header;
 * <li>descriptions of the parameters every list shares ({@code page}, {@code size}, {@code id},
 * {@code If-Match}) where the controller gives none.
 * </ul>
 * {@code ApiContractTests} holds every operation to this.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    static final String TITLE = "IPTalent API · 知识产权人才管理平台 API";

    static final String DESCRIPTION = """
            The API of IPTalent (知识产权人才管理平台), the national platform for China's IP talents. Provincial \
            systems sync against it nightly; this document is its contract, and every operation in it is held to \
            it by the platform's tests.

            ## Bearer tokens
            Every operation needs `Authorization: Bearer <token>`, except `POST /api/v1/auth/tokens`, \
            `POST /api/v1/auth/password` and the public `GET /api/v1/certificates/{code}/verification`. Create a \
            token with `POST /api/v1/auth/tokens` (`username`, `password`, \
            an optional `name`); it is valid until its `expiresAt` (30 days by default). A new account must first \
            change its initial password with `POST /api/v1/auth/password`. Accounts whose role needs a second factor \
            (administrators and auditors) cannot create tokens here: they sign in with the browser, pass their \
            second factor, and create tokens on their *My account* page. A missing, malformed, expired or revoked \
            token is `401` (with `WWW-Authenticate: Bearer`); a role that may not use an operation is `403`.

            ## Region scope
            Every account works within its region: the whole country, one province or one city. A record outside \
            the caller's region is answered `404`, exactly like one that does not exist, so the API reveals nothing \
            about other regions; lists and searches contain only records in scope. A role with no business region \
            (the security and system administrators, the auditor, the business roles) is `403` on the talent, \
            import and organisation operations.

            ## Paging
            Lists take `page`, **0-based** (a negative page is 0), and `size`, 1 to %d (smaller or larger values are \
            clamped). They answer a Spring Data `PagedModel`:
            `{"content": [ … ], "page": {"size": 20, "number": 0, "totalElements": 57, "totalPages": 3}}`.
            A page beyond what a list can reach is `400`. The talent search pages through its first %,d hits, and \
            past %,d hits it stops counting: `page.totalElements` is then a **lower bound**.

            ## Sorting
            `sort=field` or `sort=field,asc|desc`, repeatable, with only the fields an operation documents; any \
            other field is `400` (never silently ignored).

            ## Concurrent updates: `ETag` and `If-Match`
            A record that can be updated is read with an `ETag`. Send it back in `If-Match` when you update it: \
            `412` when the record changed since (read it again), `428` when the update carries neither `If-Match` \
            nor the record's `version` field (a stale `version` is `409`). `If-Match: *` matches the record as it \
            is now; a list matches when any of its tags does; a weak tag (`W/"3"`) never matches.

            ## Problems
            Every error is an RFC 9457 problem detail, `application/problem+json`: `type`, `title`, `status`, \
            `detail`, `instance`; invalid input also lists its fields under `errors` \
            (`[{"field": "identityNumber", "message": "…"}]`). `title`, `detail` and the messages are in Chinese \
            (zh-CN) by default and in English with `Accept-Language: en`. A body over the size limit is `413`.

            ## A busy search
            Searches run a few at a time and the rest wait in line. One that waits too long is answered `503` with \
            `Retry-After` (seconds): nothing was changed, retry after that.
            """.formatted(PageRequests.MAX_SIZE, PageRequests.SEARCH_WINDOW, PageRequests.SEARCH_WINDOW);

    /** Parameters every list shares, described where the controller says nothing. */
    static final Map<String, String> COMMON_PARAMETERS = Map.of(
            "page", "Page number, from 0 (a negative page is 0); a page beyond what the list can reach is 400.",
            "size", "Items per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger values are clamped).",
            "id", "The record's id. A record outside your region is 404, like one that does not exist.",
            "If-Match", "The ETag you read (\"3\"), a comma-separated list of them, or * for the record as it is now. "
                    + "A weak tag (W/\"3\") never matches.");

    private final String version;
    private final DataSize maxBody;
    private final DataSize maxUpload;

    ApiDocumentation(ObjectProvider<BuildProperties> build, WebRequestProperties web, MultipartProperties multipart) {
        this.version = version(build.getIfAvailable());
        this.maxBody = web.maxBodySize();
        this.maxUpload = multipart.getMaxRequestSize();
    }

    /**
     * The build's version: Maven's build-info ({@code META-INF/build-info.properties}), else the jar manifest's
     * Implementation-Version; a class tree without either (an IDE that skipped Maven) says so.
     */
    static String version(BuildProperties build) {
        if (build != null && StringUtils.hasText(build.getVersion())) {
            return build.getVersion();
        }
        String manifest = ApiDocumentation.class.getPackage().getImplementationVersion();
        return StringUtils.hasText(manifest) ? manifest : "unknown (built without build-info)";
    }

    /** The document's info, the bearer scheme and the problem schemas. */
    @Bean
    OpenApiCustomizer apiContract() {
        return api -> {
            api.info(new Info().title(TITLE).version(version).description(DESCRIPTION));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("opaque (ipt_…)")
                    .description("A token from POST /api/v1/auth/tokens, or from the My account page for accounts "
                            + "with a second factor."));
            components.addSchemas(FIELD_PROBLEM, object("One invalid field and why.")
                    .addProperty("field", typed("string").description("The field, as named in the request."))
                    .addProperty("message", typed("string").description("What is wrong with it, in the "
                            + "response's language."))
                    .required(List.of("field", "message")));
            components.addSchemas(PROBLEM, object("RFC 9457 problem details, in Chinese by default or English "
                    + "with Accept-Language: en.")
                    .addProperty("type", typed("string").format("uri").description("A URI for the problem's kind; "
                            + "about:blank when the status says it all."))
                    .addProperty("title", typed("string").description("The status in words."))
                    .addProperty("status", typed("integer").format("int32").description("The HTTP status."))
                    .addProperty("detail", typed("string").description("What went wrong, for a person."))
                    .addProperty("instance", typed("string").format("uri").description("The request's path."))
                    .addProperty("errors", typed("array").items(new Schema<>().$ref(FIELD_PROBLEM))
                            .description("For invalid input: each invalid field."))
                    .required(List.of("status", "title")));
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(this::problemContent));
            }
        };
    }

    /** Security and the problem responses each operation gives by its shape and its {@link ApiProblem}s. */
    @Bean
    OperationCustomizer apiOperationContract() {
        return (operation, handler) -> {
            boolean secured = !isPublic(handler);
            operation.setSecurity(secured ? new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER)))
                    : new ArrayList<>());
            describeParameters(operation, handler);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean input = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                    || operation.getRequestBody() != null;
            if (input) {
                problem(responses, 400, "Invalid input: a malformed parameter or field, or one that breaks a rule; "
                        + "invalid fields are listed under `errors`.");
            }
            if (secured) {
                problem(responses, 401, "No bearer token, or one that is malformed, expired or revoked.");
                problem(responses, 403, "Your role may not do this.");
            }
            if (hasRecordPathVariable(handler)) {
                problem(responses, 404, "No such record in your region: a record outside it is answered the same "
                        + "way as one that does not exist.");
            }
            if (hasHeader(operation, "If-Match")) {
                problem(responses, 412, "`If-Match` does not match the record's current `ETag`: it was changed since "
                        + "you read it, and nothing was changed now. Read it again, then update.");
                problem(responses, 428, "Neither `If-Match` nor the `version` field was sent.");
            }
            if (operation.getRequestBody() != null) {
                boolean upload = operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().keySet().stream()
                                .anyMatch(type -> type.startsWith("multipart/"));
                problem(responses, 413, upload
                        ? "The upload is larger than " + maxUpload.toMegabytes() + " MB."
                        : "The body is larger than " + maxBody.toKilobytes() + " KB.");
            }
            for (ApiProblem specific : specificProblems(handler)) {
                responses.addApiResponse(String.valueOf(specific.status()),
                        new ApiResponse().description(specific.description()));
            }
            problem(responses, 500, "An unexpected failure: it is logged, and the answer carries no internals.");
            operation.setResponses(inOrder(responses));
            problemContent(operation);
            return operation;
        };
    }

    /** Public: marked with an empty {@code @SecurityRequirements}, as the API filter chain permits it. */
    static boolean isPublic(HandlerMethod handler) {
        SecurityRequirements requirements = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                SecurityRequirements.class);
        return requirements != null && requirements.value().length == 0;
    }

    /** A path variable that names a record: not an enumeration, whose unknown values are 400 instead. */
    private static boolean hasRecordPathVariable(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(PathVariable.class))
                .map(MethodParameter::getParameterType)
                .anyMatch(type -> !type.isEnum());
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    private static List<ApiProblem> specificProblems(HandlerMethod handler) {
        return List.copyOf(AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                ApiProblem.class, ApiProblem.List.class));
    }

    /**
     * Describes a parameter the controller left bare: from a method-level {@code @Parameter} of its name (springdoc
     * does not apply those to the fields of a {@code @ParameterObject}), else as every list's parameter of that name.
     */
    private static void describeParameters(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, String> declared = new LinkedHashMap<>();
        AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                io.swagger.v3.oas.annotations.Parameter.class, io.swagger.v3.oas.annotations.Parameters.class)
                .forEach(p -> {
                    if (StringUtils.hasText(p.name()) && StringUtils.hasText(p.description())) {
                        declared.put(p.name(), p.description());
                    }
                });
        for (Parameter parameter : operation.getParameters()) {
            String description = declared.getOrDefault(parameter.getName(), COMMON_PARAMETERS.get(parameter.getName()));
            if (!StringUtils.hasText(parameter.getDescription()) && description != null) {
                parameter.setDescription(description);
            }
        }
    }

    /** The responses by status, success first. */
    private static ApiResponses inOrder(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        return sorted;
    }

    /** Adds a problem response unless the operation already documents that status. */
    private static void problem(ApiResponses responses, int status, String description) {
        responses.computeIfAbsent(String.valueOf(status), code -> new ApiResponse().description(description));
    }

    /**
     * Every error response as {@code application/problem+json} with the {@code ProblemDetail} schema (whatever
     * springdoc derived for it), a 503 with its {@code Retry-After}.
     */
    private void problemContent(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((code, response) -> {
            if (!isError(code) || response.get$ref() != null) {
                return;
            }
            if (!StringUtils.hasText(response.getDescription())) {
                var status = org.springframework.http.HttpStatus.resolve(Integer.parseInt(code));
                response.setDescription(status == null ? "Problem " + code : status.getReasonPhrase());
            }
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref(PROBLEM))));
            if (code.equals("503")) {
                Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>()
                        : response.getHeaders();
                headers.putIfAbsent("Retry-After", new Header().description("Seconds to wait before trying again.")
                        .schema(typed("integer").format("int32")));
                response.setHeaders(headers);
            }
        });
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5")) && code.chars()
                .allMatch(Character::isDigit);
    }

    /** A schema of one JSON type, written right in OpenAPI 3.1 ({@code types}) and 3.0 ({@code type}). */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(Set.of(type)));
        return schema;
    }

    private static Schema<Object> object(String description) {
        return typed("object").description(description);
    }
}
