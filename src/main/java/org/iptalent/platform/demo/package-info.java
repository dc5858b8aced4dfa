/**
 * How modules contribute to the demo dataset: a module declares a {@link org.iptalent.platform.demo.DemoDataContributor}
 * bean and depends on the platform only; the {@code demo} module finds the contributors and runs them. The
 * settings they share are {@link org.iptalent.platform.demo.DemoProperties} ({@code iptalent.demo.*}).
 */
@org.springframework.modulith.NamedInterface("demo")
package org.iptalent.platform.demo;
