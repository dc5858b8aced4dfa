/**
 * The talent registry: people, their qualifications, employers and organisations, talent flows;
 * Chinese full-text and faceted search; the API provincial systems sync with. Every read and write
 * is limited to the signed-in user's region. {@link org.iptalent.registry.TalentRegistry} is the
 * read API for other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent registry")
package org.iptalent.registry;
