package org.iptalent.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem response an API operation gives beyond those the API documentation derives from the operation
 * itself (401 and 403 when it needs a token, 400 when it takes input, 404 on a path variable, 412 and 428
 * with {@code If-Match}, 413 with a body, 500 always), or a more precise description of one of those. It is
 * documented as {@code application/problem+json} with the {@code ProblemDetail} schema.
 *
 * <p>Use it rather than swagger's {@code @ApiResponse} for error responses: an {@code @ApiResponse} on a
 * method makes springdoc drop the success response it derives from the return type.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ApiProblem.List.class)
public @interface ApiProblem {

    /** The HTTP status, 400 to 599. */
    int status();

    /** When the operation answers it, in a sentence (Markdown). */
    String description();

    /** The container of repeated {@link ApiProblem}s. */
    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ApiProblem[] value();
    }
}
