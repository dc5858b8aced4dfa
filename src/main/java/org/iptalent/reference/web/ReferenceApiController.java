package org.iptalent.reference.web;

import java.util.List;

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
    List<Division> divisions() {
        return reference.provinces().stream()
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
                        reference.citiesOf(p.code()).stream())).toList();
    }

    @GetMapping("/divisions/{code}")
    Division division(@PathVariable String code) {
        return reference.division(code).orElseThrow(() -> new RecordNotFoundException("Division", code));
    }

    @GetMapping("/industries")
    List<Industry> industries() {
        return reference.industries();
    }

    @GetMapping("/ipc")
    List<IpcClass> ipc() {
        return reference.ipcClasses();
    }

    @GetMapping("/taxonomies/{kind}")
    List<Term> taxonomy(@PathVariable TaxonomyKind kind) {
        return reference.terms(kind);
    }
}
