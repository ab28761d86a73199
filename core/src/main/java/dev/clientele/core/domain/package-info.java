/**
 * For the core's application layer and the engine: the domain model of customers, interactions,
 * escalations and service-level clocks. Depends on the JDK and the playbooks API only.
 */
package dev.clientele.core.domain;
