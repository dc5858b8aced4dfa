/**
 * The demo dataset: a realistic national dataset generated on an empty embedded database, so that a
 * newcomer sees a working platform. Modules add their own data by declaring a
 * {@link org.iptalent.demo.DemoDataContributor}. It refuses to run on an external database unless forced.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.iptalent.demo;
