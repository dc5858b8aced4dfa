/**
 * Organisations: employers, universities, agencies, training bases, administrations, each with its unified
 * social credit code ({@link org.iptalent.organisation.CreditCode}), region and industry; the unverified state
 * of one an import registered from a bare name, its verification, and its merge into the organisation it
 * duplicates. Talents, training bases, experts, demand and titles refer to organisations, so they live here
 * rather than in the talent registry, and this module depends on none of those.
 * <p>
 * {@link org.iptalent.organisation.OrganisationRecords} is the API: the list, the edits, and the look-ups by
 * credit code or by name another module needs to find the organisation a record of its names. The entity
 * {@link org.iptalent.organisation.Organisation} is part of the API, read-only outside this package, because
 * the registry's talent maps its employer to it and indexes the employer's name.
 * <p>
 * A merge must move every record that names the duplicate in its own transaction, and its audit entry says
 * what moved: a module with such records implements {@link org.iptalent.organisation.OrganisationReferences},
 * which the merge calls (the registry moves the talents and records each move as a flow). What may follow the
 * commit is an event: {@link org.iptalent.organisation.OrganisationMerged} and
 * {@link org.iptalent.organisation.OrganisationRenamed}, after which the registry replaces the search documents
 * of the staff, whose documents carry their employer's name. So the registry depends on this module, never the
 * other way round.
 * <p>
 * The table {@code organisation} has one other writer, on purpose: the registry's import (and its demo data)
 * inserts the employers a spreadsheet names with SQL inside the import's own transaction, for speed over
 * hundreds of thousands of rows and so that a failed import leaves no organisation behind. Such rows are
 * unverified unless they came with a credit code; the schema (Flyway, one for the application) is shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.iptalent.organisation;
