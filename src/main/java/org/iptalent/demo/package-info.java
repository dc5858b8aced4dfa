/**
 * The demo dataset: a realistic national dataset generated on an empty embedded database, so that a
 * newcomer sees a working platform. It runs the modules' {@link org.iptalent.platform.demo.DemoDataContributor}s
 * in order and adds the demo accounts; no module depends on it. It refuses to run on an external database
 * unless forced.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.iptalent.demo;
