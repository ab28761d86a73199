/**
 * The service-provider interface that playbook authors implement and register with
 * {@link java.util.ServiceLoader}.
 */
package dev.clientele.playbooks.spi;
