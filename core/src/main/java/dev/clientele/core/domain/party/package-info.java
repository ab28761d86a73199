/**
 * For the domain and the engine: people, the roles they hold towards a paying account, and the
 * account's entitlement. Entitlements come from the payer's contract; tactics from the person on the line.
 */
package dev.clientele.core.domain.party;
