/**
 * An internet provider's playbook for outage complaints, in Polish and English.
 */
package com.example.acme.outage;
