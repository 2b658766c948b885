/**
 * Evaluation: pseudonymised extracts for the external evaluator, who never sees a name, a
 * personal identity number or an id that leads back to one.
 */
package se.steget.evaluation;
