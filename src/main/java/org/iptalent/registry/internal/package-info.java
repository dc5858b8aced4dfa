/**
 * The registry's domain: the talent entity with its categories and qualifications, the records service that
 * creates and changes talents (validated, audited, within the user's region), merges of duplicates, the talents'
 * movements and the facts other modules read. The use cases built on it have sub-packages of their own:
 * {@code search}, {@code imports}, {@code export} and {@code demo}.
 */
package org.iptalent.registry.internal;
