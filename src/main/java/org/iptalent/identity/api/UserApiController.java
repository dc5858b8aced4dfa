package org.iptalent.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Accounts over the API, scoped exactly like the pages. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    /** What the list may be sorted by: what it shows, never a secret (a password hash, a second-factor secret). */
    static final SortFields SORTS = SortFields.of(Sort.by("username"), "username", "displayName", "regionCode",
            "lastLoginAt", "createdAt");

    @GetMapping
    @Operation(summary = "Accounts you may manage", description = "Matched by user or display name (q).")
    PagedModel<UserSummary> list(@Parameter(description = "Text in the user name or the display name.")
            @RequestParam(required = false) String q,
            @Parameter(description = "Page number from 0 (a negative page is 0); a page beyond the 2,147,483,647th "
                    + "row is refused with 400.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Accounts per page, 1 to " + PageRequests.MAX_SIZE + " (smaller or larger "
                    + "values are clamped).") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "field or field,asc|desc, repeatable; the fields are username (the default), "
                    + "displayName, regionCode, lastLoginAt, createdAt. Any other is 400.")
            @RequestParam(required = false) List<String> sort) {
        return new PagedModel<>(users.find(q, PageRequests.of(page, size, PageRequests.DATABASE_WINDOW, SORTS, sort)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account you may manage")
    UserSummary get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    @Operation(summary = "Create an account", description = "In your region, with roles you may grant; the initial "
            + "password must be changed at the first sign-in. 201 with the account and its Location.")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiProblem(status = 403, description = "Your role may not create accounts, or not with these roles or in this "
            + "region.")
    ResponseEntity<UserSummary> create(@Valid @RequestBody NewUser user) {
        UserSummary created = users.create(user);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }
}
