/**
 * Organisations: Arbetsförmedlingen offices, municipalities, companies, schools,
 * employers.
 */
package se.steget.organisation;
