package org.iptalent.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

    @GetMapping
    PagedModel<UserSummary> list(@RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(users.find(q, pageable));
    }

    @GetMapping("/{id}")
    UserSummary get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    ResponseEntity<UserSummary> create(@Valid @RequestBody NewUser user) {
        UserSummary created = users.create(user);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }
}
