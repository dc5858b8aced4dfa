package org.iptalent.reference.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The code lists over the API, for provincial systems that map their own codes. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data")
class ReferenceApiController {

    private final ReferenceData reference;

    ReferenceApiController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/divisions")
    @Operation(summary = "Provinces and their cities (GB/T 2260)", description = "Each province followed by its "
            + "cities.")
    List<Division> divisions() {
        return reference.provinces().stream()
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
                        reference.citiesOf(p.code()).stream())).toList();
    }

    @GetMapping("/divisions/{code}")
    @Operation(summary = "One division by its code")
    Division division(@Parameter(description = "Six-digit GB/T 2260 code (440000, 440300); an unknown code is 404.")
            @PathVariable String code) {
        return reference.division(code).orElseThrow(() -> new RecordNotFoundException("Division", code));
    }

    @GetMapping("/industries")
    @Operation(summary = "Industries (GB/T 4754-2017)")
    List<Industry> industries() {
        return reference.industries();
    }

    @GetMapping("/ipc")
    @Operation(summary = "International Patent Classification classes")
    List<IpcClass> ipc() {
        return reference.ipcClasses();
    }

    @GetMapping("/taxonomies/{kind}")
    @Operation(summary = "One of the plan's code lists", description = "Teams, categories, qualification types, "
            + "title levels, organisation types, education, disciplines.")
    List<Term> taxonomy(@Parameter(description = "Which list; another value is 400.") @PathVariable TaxonomyKind kind) {
        return reference.terms(kind);
    }
}
